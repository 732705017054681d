"""Each page's sound: one MP3 a page, and the time each of its sentences is said.

The computer voice reads sentence by sentence, so the time of each sentence is known to
the sample; a recording's sentences are timed by their length (a person reads at an even
pace, near enough to light up the sentence being read). A page's sound is cached under a
hash of everything that makes it (the voice, the words, the recordings' bytes): a rebuild
reads again only the pages whose words changed. Names and words enter the hash, never a
file name.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from wordspictures.account.model import Account
from wordspictures.book.pages import Book
from wordspictures.language.facts import load_facts
from wordspictures.language.wording import Wording
from wordspictures.system.cache import read_cached, write_cached
from wordspictures.voice.reading import HEADING, Part, Reading, book_readings

MODES = ("none", "synth", "recorded")
# Raise when the sound of a page changes, so sounds cached by an older version are not used.
SOUND_VERSION = "1"
PAUSES = {"heading": 0.7, "sentence": 0.25, "paragraph": 0.5}  # seconds of quiet after
LONG_NUMBER = re.compile(r"\d{5,}")  # a phone number: read digit by digit, not in millions


@dataclass(frozen=True)
class Spoken:
    """One sentence read aloud: where it stands (``paragraph``: -1 for the heading, and
    its start and end in that text) and when it is said, in seconds."""

    paragraph: int
    start: int
    end: int
    begins: float
    ends: float


@dataclass(frozen=True)
class PageVoice:
    """A page's sound (MP3; empty for a silent page), how long it lasts, its sentences,
    whose voice it is (``recorded``, ``synthetic``, ``mixed`` or ``none``) and the line
    the reader's notes get about it."""

    sound: bytes
    duration: float
    sentences: tuple[Spoken, ...]
    source: str
    note: str = ""


class Speaker(Protocol):
    """A computer voice: its sound's rate, what names it in the cache key, and speech."""

    rate: int
    name: str

    def say(self, text: str) -> bytes:
        """Return the text spoken, as 16-bit mono PCM at ``rate``."""
        ...


@dataclass
class EspeakSpeaker:
    """eSpeak NG with one of its voices, at a pace in words a minute."""

    voice: str
    pace: int
    rate: int
    name: str

    def say(self, text: str) -> bytes:
        """Return the text spoken by eSpeak NG."""
        from wordspictures.voice.espeak import espeak

        return espeak().say(text, self.voice, self.pace)


def speaker_for(language: str, templates: Path | None = None) -> Speaker:
    """Return the voice that reads a book in ``language``: the organisation's better voice
    where one is configured (``better``), else eSpeak NG with the language's voice."""
    from wordspictures.voice.better import better_speaker
    from wordspictures.voice.espeak import espeak

    better = better_speaker(language)
    if better is not None:
        return better
    facts = load_facts(language, templates)
    engine = espeak()
    return EspeakSpeaker(facts.voice, facts.pace, engine.rate,
                         f"espeak {engine.version} {facts.voice} {facts.pace}")


def page_voices(book: Book, account: Account, mode: str = "recorded",
                templates: Path | None = None) -> list[PageVoice]:
    """Return the voice of every page of a planned book (``account``: its recordings).

    ``mode`` is ``recorded`` (the account's recordings where it names them, the computer
    voice elsewhere), ``synth`` (the computer voice only) or ``none`` (silence)."""
    if mode == "none":
        return [PageVoice(b"", 0.0, (), "none") for _ in book.pages]
    facts = load_facts(book.language, templates)
    readings = book_readings(book, account, facts.abbreviation, mode == "recorded")
    speaker = speaker_for(book.language, templates)
    others = {}
    if book.second_language:  # a book in two languages reads each in its own voice
        second = speaker_for(book.second_language, templates)
        if second.rate == speaker.rate:  # (one sound: a voice of another rate cannot join)
            others[book.second_language] = second
    wording = Wording(book.language, templates)
    notes = {source: wording.phrase(f"voice_{source}") for source in ("synthetic", "mixed")}
    voices = [page_voice(reading, speaker, others) for reading in readings]
    return [replace(voice, note=notes.get(voice.source, "")) for voice in voices]


def page_voice(reading: Reading, speaker: Speaker,
               others: Mapping[str, Speaker] | None = None) -> PageVoice:
    """Return one page's voice, from the cache when the same page was read before;
    ``others`` are the voices of the book's second language, by its code."""
    if not reading.parts:
        return PageVoice(b"", 0.0, (), "none")
    key = cache_key(reading, speaker, others or {})
    cached = read_cached(key)
    if cached is not None:
        found = unpack(cached)
        if found is not None:
            return found
    voice = read_page(reading, speaker, others or {})
    write_cached(key, pack(voice))
    return voice


def read_page(reading: Reading, speaker: Speaker,
              others: Mapping[str, Speaker] | None = None) -> PageVoice:
    """Return the page read aloud now: its MP3 and the time of each sentence."""
    from wordspictures.voice.mp3 import encode_mp3
    from wordspictures.voice.recording import decode_recording

    rate = speaker.rate
    if reading.recording is not None:
        pcm = decode_recording(reading.recording, rate)
        seconds = len(pcm) / 2 / rate
        return PageVoice(encode_mp3(pcm, rate), seconds,
                         tuple(spread(reading.parts, 0.0, seconds)), "recorded")
    sound = bytearray()
    timed = []
    sources = set()
    for part in reading.parts:
        if part.recording is not None:
            pcm = decode_recording(part.recording, rate)
            timed += spread([part], len(sound) / 2 / rate, len(pcm) / 2 / rate)
            sound += pcm
            sources.add("recorded")
        else:
            for number, sentence in enumerate(part.sentences):
                begins = len(sound) / 2 / rate
                sound += (others or {}).get(part.language, speaker).say(
                    speakable(sentence.text))
                timed.append(Spoken(part.paragraph, sentence.start,
                                    sentence.start + len(sentence.text), round(begins, 3),
                                    round(len(sound) / 2 / rate, 3)))
                if number < len(part.sentences) - 1:
                    sound += quiet(PAUSES["sentence"], rate)
            sources.add("synthetic")
        sound += quiet(PAUSES["heading" if part.paragraph == HEADING else "paragraph"], rate)
    source = sources.pop() if len(sources) == 1 else "mixed"
    return PageVoice(encode_mp3(bytes(sound), rate), len(sound) / 2 / rate, tuple(timed),
                     source)


def spread(parts: Sequence[Part], begins: float, seconds: float) -> list[Spoken]:
    """Return the sentences of ``parts`` timed over a recording that starts at ``begins``
    and lasts ``seconds``, each its share by length."""
    sentences = [(part, s) for part in parts for s in part.sentences]
    total = sum(len(s.text) for _, s in sentences) or 1
    timed, at = [], begins
    for part, sentence in sentences:
        length = seconds * len(sentence.text) / total
        timed.append(Spoken(part.paragraph, sentence.start, sentence.start + len(sentence.text),
                            round(at, 3), round(at + length, 3)))
        at += length
    return timed


def speakable(text: str) -> str:
    """Return the text as the computer voice should say it: long numbers (phone numbers)
    digit by digit."""
    return LONG_NUMBER.sub(lambda m: " ".join(m.group()), text)


def quiet(seconds: float, rate: int) -> bytes:
    """Return silence of ``seconds`` as 16-bit PCM."""
    return bytes(2 * round(seconds * rate))


def cache_key(reading: Reading, speaker: Speaker,
              others: Mapping[str, Speaker] | None = None) -> str:
    """Return the cache file name of a page's voice: a hash of its words, the voice and the
    recordings' bytes (so a re-recorded page is read again)."""
    second = "".join(f"{code} {s.name}\n" for code, s in sorted((others or {}).items()))
    digest = hashlib.sha256(f"{SOUND_VERSION}\n{speaker.name}\n{speaker.rate}\n{second}"
                            f"{PAUSES}\n{reading.parts!r}".encode("utf-8", "replace"))
    for path in [reading.recording, *(p.recording for p in reading.parts)]:
        if path is not None:
            try:
                digest.update(hashlib.sha256(path.read_bytes()).digest())
            except OSError:
                digest.update(b"unreadable")
    return f"voice-{digest.hexdigest()[:40]}.bin"


def pack(voice: PageVoice) -> bytes:
    """Return a page's voice as cache bytes: a line of JSON, then the MP3."""
    head = {"duration": voice.duration, "source": voice.source,
            "sentences": [[s.paragraph, s.start, s.end, s.begins, s.ends]
                          for s in voice.sentences]}
    return json.dumps(head).encode() + b"\n" + voice.sound


def unpack(data: bytes) -> PageVoice | None:
    """Return the page's voice from cache bytes, or None when they are not ours."""
    head, _, sound = data.partition(b"\n")
    try:
        found = json.loads(head)
        return PageVoice(sound, float(found["duration"]),
                         tuple(Spoken(*s) for s in found["sentences"]), str(found["source"]))
    except (ValueError, KeyError, TypeError):
        return None
