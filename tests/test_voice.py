"""Reading aloud: eSpeak NG speaks every language the issue names, each page gets its sound
and the time of each sentence, recordings come first and are checked like pictures, and
nothing personal reaches a file name."""

from __future__ import annotations

import shutil
import sys
import types
import wave
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import SHARED
from wordspictures.account.load import load_account
from wordspictures.api import check_account
from wordspictures.book.pages import PageKind
from wordspictures.book.planner import plan_book
from wordspictures.system.cache import cache_folder
from wordspictures.voice import page_voices
from wordspictures.voice.espeak import espeak
from wordspictures.voice.reading import HEADING
from wordspictures.voice.speak import PageVoice, speakable

SOUNDS = Path(__file__).parent / "data" / "sounds"
SAM = SHARED / "sam-en.yaml"
GOOD = "  - Mum and Dad love Sam very much.\n"


def seconds(mp3: bytes) -> float:
    """Return how long an MP3 lasts, decoded."""
    import miniaudio

    return miniaudio.decode(mp3, nchannels=1, sample_rate=22050).duration


def wav_file(path: Path, length: float, rate: int = 16000) -> Path:
    """Write a WAV of a soft hum, ``length`` seconds long, and return its path."""
    import math

    frames = b"".join(int(3000 * math.sin(i / 10)).to_bytes(2, "little", signed=True)
                      for i in range(int(length * rate)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return path


def sam_with(tmp_path: Path, item_line: str = GOOD, top: str = "") -> Path:
    """Return a copy of the Sam example, its first good thing ``item_line``, ``top`` added."""
    text = SAM.read_text(encoding="utf-8")
    assert GOOD in text
    account = tmp_path / "sam.yaml"
    account.write_text(text.replace(GOOD, item_line) + top, encoding="utf-8")
    return account


@pytest.mark.parametrize("language", ["nl", "en", "ar", "tr", "pl", "uk", "fa", "ti"])
def test_espeak_speaks_every_language_the_issue_names(language: str) -> None:
    engine = espeak()
    pcm = engine.say("1 2 3 4 5 6 7 8", language, 145)
    assert len(pcm) / 2 / engine.rate > 1.0  # eight numbers take over a second
    assert max(abs(int.from_bytes(pcm[i:i + 2], "little", signed=True))
               for i in range(0, len(pcm), 200)) > 1000  # sound, not silence


def test_every_page_of_both_examples_is_read_and_timed() -> None:
    for account_path in sorted(SHARED.glob("*.yaml")):
        account = load_account(account_path)
        book = plan_book(account)
        voices = page_voices(book, account, "recorded")
        assert len(voices) == len(book.pages)
        for page, voice in zip(book.pages, voices, strict=True):
            assert page.kind != PageKind.DRAW  # (only a booklet has those)
            assert voice.source == "synthetic" and voice.note
            assert abs(seconds(voice.sound) - voice.duration) < 0.2
            first = voice.sentences[0]
            assert first.paragraph == HEADING and first.begins == 0.0
            said = [page.heading if s.paragraph == HEADING
                    else page.paragraphs[s.paragraph].text for s in voice.sentences]
            assert all(s.end > s.start and s.end <= len(text)
                       for s, text in zip(voice.sentences, said, strict=True))
            times = [t for s in voice.sentences for t in (s.begins, s.ends)]
            assert times == sorted(times) and times[-1] <= voice.duration


def test_the_words_read_are_the_words_shown_and_not_the_stamp() -> None:
    account = load_account(SHARED / "noor-nl.yaml")
    book = plan_book(account)
    voices = page_voices(book, account)
    cover, voice = book.pages[0], voices[0]
    read = {s.paragraph for s in voice.sentences}
    stamp = [i for i, p in enumerate(cover.paragraphs) if p.style == "stamp"]
    assert stamp and not read & set(stamp)  # "Concept 2 · 18 november 2026" is not read
    assert read == {HEADING} | {i for i, p in enumerate(cover.paragraphs) if p.style == "body"}


def test_long_numbers_are_read_digit_by_digit() -> None:
    assert speakable("Granny Ria: 06-12345678") == "Granny Ria: 06-1 2 3 4 5 6 7 8"
    assert speakable("on 3 March 2026") == "on 3 March 2026"


def test_a_page_is_read_once_then_taken_from_the_cache(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORDSPICTURES_CACHE_DIR", str(tmp_path / "cache"))
    account = load_account(SAM)
    book = plan_book(account)
    first = page_voices(book, account)
    stored = sorted(p.name for p in (tmp_path / "cache").glob("voice-*"))
    assert len(stored) == len({v.sound for v in first if v.sound})
    assert all("sam" not in name.lower() for name in stored)  # hashes, never names
    calls = []
    monkeypatch.setattr("wordspictures.voice.speak.read_page",
                        lambda *a: calls.append(a) or PageVoice(b"", 0, (), "none"))
    again = page_voices(book, account)
    assert calls == [] and [v.sound for v in again] == [v.sound for v in first]
    changed = replace(book, pages=(replace(book.pages[0], heading="Another title"),
                                   *book.pages[1:]))
    page_voices(changed, account)
    assert len(calls) == 1  # only the page whose words changed is read again
    assert cache_folder() == tmp_path / "cache"


def test_an_items_recording_reads_its_words(tmp_path: Path) -> None:
    wav_file(tmp_path / "love.wav", 2.5)
    account = load_account(sam_with(tmp_path, "  - {text: Mum and Dad love Sam very much., "
                                              "audio: love.wav}\n"))
    book = plan_book(account)
    voices = page_voices(book, account, "recorded")
    page = next(i for i, p in enumerate(book.pages)
                if any(par.text == "Mum and Dad love Sam very much." for par in p.paragraphs))
    voice = voices[page]
    assert voice.source == "mixed" and "recorded" in voice.note
    loved = [s for s in voice.sentences if book.pages[page].paragraphs[s.paragraph].text
             == "Mum and Dad love Sam very much." and s.paragraph != HEADING]
    assert len(loved) == 1 and abs(loved[0].ends - loved[0].begins - 2.5) < 0.01
    synth = page_voices(book, account, "synth")[page]
    assert synth.source == "synthetic" and synth.sound != voice.sound
    assert all(v.sound == b"" for v in page_voices(book, account, "none"))


def test_a_whole_page_recording_in_ogg_reads_that_page(tmp_path: Path) -> None:
    shutil.copy(SOUNDS / "voice.ogg", tmp_path / "cover.ogg")
    account = load_account(sam_with(tmp_path, top="audio:\n  cover: cover.ogg\n"))
    book = plan_book(account)
    voices = page_voices(book, account)
    assert voices[0].source == "recorded" and voices[0].note == ""
    assert abs(voices[0].duration - 2.92) < 0.05
    assert [s.paragraph for s in voices[0].sentences][0] == HEADING
    assert voices[0].sentences[-1].ends == pytest.approx(voices[0].duration, abs=0.01)
    assert voices[1].source == "synthetic"


def test_a_list_gives_each_page_of_a_continued_page_its_recording(tmp_path: Path) -> None:
    for name in ("one", "two"):
        wav_file(tmp_path / f"{name}.wav", 1.0 if name == "one" else 2.0)
    account = load_account(sam_with(tmp_path, top="audio:\n  cast: [one.wav, two.wav]\n"))
    book = plan_book(account)
    cast = [i for i, p in enumerate(book.pages) if p.kind == PageKind.CAST]
    assert len(cast) >= 2
    voices = page_voices(book, account)
    assert [round(voices[i].duration) for i in cast[:2]] == [1, 2]
    assert all(voices[i].source == "synthetic" for i in cast[2:])


@pytest.mark.parametrize("name, data, says", [
    ("voice-opus.ogg", None, "Ogg Opus"),
    ("notes.mp3", b"These are typed notes, not sound.", "is not a wav, mp3 or ogg"),
    ("cut.ogg", "cut", "broken or cut short"),
    ("tiny.wav", "tiny", "too short"),
])
def test_a_recording_that_cannot_be_heard_is_told_at_its_line(
        tmp_path: Path, name: str, data: bytes | str | None, says: str) -> None:
    target = tmp_path / name
    if data is None:
        shutil.copy(SOUNDS / name, target)
    elif data == "cut":
        target.write_bytes((SOUNDS / "voice.ogg").read_bytes()[:300])
    elif data == "tiny":
        wav_file(target, 0.1)
    else:
        assert isinstance(data, bytes)
        target.write_bytes(data)
    account = sam_with(tmp_path, "  - {text: Mum and Dad love Sam very much., "
                                 f"audio: {name}}}\n")
    line = account.read_text(encoding="utf-8").splitlines().index(
        f"  - {{text: Mum and Dad love Sam very much., audio: {name}}}") + 1
    problems = [p for p in check_account(account) if says in p.message]
    assert len(problems) == 1 and problems[0].mark and problems[0].mark.line == line
    assert not problems[0].is_warning


def test_a_missing_recording_and_an_unknown_page_are_told_in_the_account(
        tmp_path: Path) -> None:
    account = sam_with(tmp_path, "  - {text: Mum and Dad love Sam very much., "
                                 "audio: gone.mp3}\n", "audio:\n  covr: cover.mp3\n")
    text = "\n".join(str(p) for p in check_account(account))
    assert "the recording 'gone.mp3' is not there" in text
    assert "'covr'" in text and "did you mean 'cover'" in text


def test_an_anonymous_copy_carries_no_recording(tmp_path: Path) -> None:
    from wordspictures.account.anonymise import anonymise
    from wordspictures.language.wording import Wording

    wav_file(tmp_path / "love.wav", 1.0)
    account = load_account(sam_with(tmp_path, "  - {text: Mum and Dad love Sam very much., "
                                              "audio: love.wav}\n", "audio:\n  cover: love.wav\n"))
    assert account.audio and account.good_things[0].audio
    hidden = anonymise(account, Wording("en"))
    assert hidden.audio == () and all(e.audio is None for _, es in hidden.entries() for e in es)


def test_a_better_voice_in_the_organisations_folder_reads_instead(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The hook for a Piper voice, with a stand-in for piper-tts (no model is shipped)."""
    (tmp_path / "en_GB-test-medium.onnx").write_bytes(b"model")
    (tmp_path / "en_GB-test-medium.onnx.json").write_text('{"audio": {"sample_rate": 16000}}')
    said: list[str] = []

    class Voice:
        @staticmethod
        def load(path: str) -> Voice:
            assert path.endswith("en_GB-test-medium.onnx")
            return Voice()

        def synthesize_wav(self, text: str, wav: wave.Wave_write) -> None:
            said.append(text)
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(16000)
            wav.writeframes(b"\x10\x00" * 8000)  # half a second

    monkeypatch.setitem(sys.modules, "piper", types.SimpleNamespace(PiperVoice=Voice))
    monkeypatch.setenv("WORDSPICTURES_VOICES", str(tmp_path))
    monkeypatch.setenv("WORDSPICTURES_NO_CACHE", "1")
    account = load_account(SAM)
    book = plan_book(account)
    voices = page_voices(book, account)
    assert said[0] == book.pages[0].heading
    assert voices[0].sentences[0].ends == pytest.approx(0.5)
    assert voices[0].source == "synthetic"
    monkeypatch.setenv("WORDSPICTURES_VOICES", str(tmp_path / "nothing-here"))
    said.clear()
    page_voices(book, account)
    assert said == []  # no model for the language: eSpeak NG reads, as always


def test_the_recordings_are_watched_with_the_account(tmp_path: Path) -> None:
    from wordspictures.commands.watch import watched_files

    wav_file(tmp_path / "love.wav", 1.0)
    wav_file(tmp_path / "cover.wav", 1.0)
    account = sam_with(tmp_path, "  - {text: Mum and Dad love Sam very much., "
                                 "audio: love.wav}\n", "audio:\n  cover: cover.wav\n")
    assert watched_files(account) == [account, tmp_path / "love.wav", tmp_path / "cover.wav"]


def test_build_makes_the_html_book_and_refuses_an_unknown_voice(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from wordspictures.commands.cli import main

    result = CliRunner().invoke(main, ["build", str(SAM), "-o", str(tmp_path), "--format",
                                       "html,pdf", "--voice", "synth"])
    assert result.exit_code == 0, result.output
    made = sorted(p.suffix for p in tmp_path.iterdir())
    assert made == [".html", ".pdf"]
    html = next(tmp_path.glob("*.html")).read_text(encoding="utf-8")
    assert html.count("data:audio/mpeg;base64,") == len(plan_book(load_account(SAM)).pages)
    wrong = CliRunner().invoke(main, ["build", str(SAM), "--voice", "robot"])
    assert wrong.exit_code == 2 and "'robot' is not one of" in wrong.output
    wrong = CliRunner().invoke(main, ["build", str(SAM), "--format", "epub"])
    assert wrong.exit_code == 2 and "use pptx, pdf or html" in wrong.output


def test_a_build_without_html_or_voice_reads_nothing_aloud(tmp_path: Path) -> None:
    """The usual PowerPoint and PDF stay as fast as before: nothing of speech is loaded."""
    import subprocess

    code = ("import sys; from wordspictures.api import build_book; "
            f"build_book({str(SAM)!r}, {str(tmp_path)!r}); "
            "print(sorted(m for m in sys.modules if m.startswith(('wordspictures.voice', "
            "'wordspictures.render.html', 'lameenc', 'miniaudio', 'espeakng'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_a_language_without_a_voice_is_told_not_thrown(tmp_path: Path) -> None:
    """A pack for a language eSpeak NG has no voice of (its code is no voice's name)."""
    from click.testing import CliRunner

    from wordspictures.commands.cli import main

    packs = Path(__file__).parent / "data" / "packs"
    account = tmp_path / "fy.yaml"
    account.write_text((packs / "fy" / "starter.yaml").read_text(encoding="utf-8"),
                       encoding="utf-8")
    args = ["build", str(account), "-o", str(tmp_path), "--templates", str(packs),
            "--format", "html"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and "no voice 'fy'" in result.output
    assert "--voice none" in result.output and not list(tmp_path.glob("*.html"))
    assert CliRunner().invoke(main, [*args, "--voice", "none"]).exit_code == 0
    assert len(list(tmp_path.glob("*.html"))) == 1


def test_the_schema_takes_an_account_with_recordings(tmp_path: Path) -> None:
    import jsonschema

    from tests.test_schema import read
    from wordspictures.account.schema import account_schema

    wav_file(tmp_path / "love.wav", 1.0)
    account = sam_with(tmp_path, "  - {text: Mum and Dad love Sam very much., "
                                 "audio: love.wav}\n", "audio:\n  cover: love.wav\n"
                                 "  cast: [love.wav, love.wav]\n")
    schema = account_schema()
    jsonschema.validate(read(account), schema)
    account.write_text(account.read_text(encoding="utf-8").replace("  cover:", "  covr:"),
                       encoding="utf-8")
    wrong = read(account)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(wrong, schema)
