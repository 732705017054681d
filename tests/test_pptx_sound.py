"""The PowerPoint read aloud: one sound on each slide that is read, stored as PowerPoint
stores an inserted recording, playing when its loudspeaker is clicked; the same sound as
the HTML book's; and LibreOffice keeps it."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.conftest import SHARED
from tests.libreoffice import find_soffice
from wordspictures.account.load import load_account
from wordspictures.api import build_book
from wordspictures.book.pages import PageKind
from wordspictures.book.planner import plan_book
from wordspictures.voice import page_voices

AUDIO = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/audio"
MEDIA = "http://schemas.microsoft.com/office/2007/relationships/media"
NS = {"p": "http://schemas.openxmlformats.org/presentationml/2006/main",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "p14": "http://schemas.microsoft.com/office/powerpoint/2010/main"}


@pytest.fixture(scope="module")
def spoken_pptx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the Noor example's PowerPoint, read aloud by the computer voice."""
    out = tmp_path_factory.mktemp("pptx-sound")
    result = build_book(SHARED / "noor-nl.yaml", out, formats=["pptx"], voice="synth")
    (pptx,) = result.files
    return pptx


def slide_sounds(slide) -> list[tuple[str, bytes]]:
    """Return each sound on a slide as (content type, bytes), read through its relations,
    after checking that its picture, relations and timing agree."""
    rels = slide.part.rels
    found = []
    for pic in slide._element.iterfind(".//p:pic", NS):
        link = pic.find("p:nvPicPr/p:nvPr/a:audioFile", NS)
        if link is None:
            continue
        audio = rels[link.get(f"{{{NS['r']}}}link")]
        media = rels[pic.find(".//p14:media", NS).get(f"{{{NS['r']}}}embed")]
        assert (audio.reltype, media.reltype) == (AUDIO, MEDIA)
        assert audio.target_part is media.target_part
        shape = pic.find("p:nvPicPr/p:cNvPr", NS).get("id")
        targets = {el.get("spid") for el in slide._element.iterfind(".//p:timing//p:spTgt", NS)}
        assert targets == {shape}
        assert slide._element.find(f".//p:audio//p:spTgt[@spid='{shape}']", NS) is not None
        assert slide._element.find(".//p:cmd[@cmd='togglePause']", NS) is not None
        trigger = slide._element.find(".//p:cTn[@nodeType='interactiveSeq']/p:stCondLst/"
                                      "p:cond[@evt='onClick']//p:spTgt", NS)
        assert trigger is not None and trigger.get("spid") == shape  # plays on click
        found.append((audio.target_part.content_type, audio.target_part.blob))
    return found


def test_python_pptx_reads_one_sound_on_every_slide(spoken_pptx: Path) -> None:
    import miniaudio
    from pptx import Presentation

    account = load_account(SHARED / "noor-nl.yaml")
    book = plan_book(account)
    voices = page_voices(book, account, "synth")
    slides = Presentation(str(spoken_pptx)).slides
    assert len(slides) == len(book.pages)
    assert book.pages[-1].kind == PageKind.REVIEW  # a draft's page for the grown-ups, read too
    for slide, page, voice in zip(slides, book.pages, voices, strict=True):
        sounds = slide_sounds(slide)
        assert len(sounds) == 1
        kind, data = sounds[0]
        assert kind == "audio/mpeg" and data == voice.sound  # the HTML book's sound
        assert miniaudio.decode(data, nchannels=1, sample_rate=22050).duration > 1.0
        notes = slide.notes_slide.notes_text_frame.text
        assert page.notes in notes and voice.note in notes  # the reader knows it is synthetic
    with zipfile.ZipFile(spoken_pptx) as pptx:
        types = pptx.read("[Content_Types].xml").decode()
    assert 'ContentType="audio/mpeg"' in types


def test_a_powerpoint_without_voice_has_no_sound(built: dict[str, dict[str, Path]]) -> None:
    from pptx import Presentation

    slides = Presentation(str(built["noor-nl"]["pptx"])).slides
    assert all(slide_sounds(slide) == [] for slide in slides)
    assert not any(rel.reltype in (AUDIO, MEDIA)
                   for slide in slides for rel in slide.part.rels.values())


def test_libreoffice_keeps_the_sound_of_every_slide(spoken_pptx: Path, tmp_path: Path) -> None:
    """LibreOffice Impress opens the file and, saving it again, keeps a sound on each slide."""
    program = find_soffice()
    if program is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must open the PowerPoint in LibreOffice")
        pytest.skip("LibreOffice Impress is not installed")
    from pptx import Presentation

    home = tmp_path / "home"
    subprocess.run([program, f"-env:UserInstallation={(home / 'profile').as_uri()}",
                    "--headless", "--norestore", "--convert-to", "pptx", "--outdir",
                    str(tmp_path / "out"), str(spoken_pptx)],
                   env={**os.environ, "HOME": str(home)}, capture_output=True, timeout=600,
                   check=True)
    saved = Presentation(str(tmp_path / "out" / spoken_pptx.name)).slides
    ours = Presentation(str(spoken_pptx)).slides
    with_sound = [any(r.reltype == MEDIA for r in s.part.rels.values()) for s in saved]
    assert with_sound == [bool(slide_sounds(s)) for s in ours]


def test_the_loudspeaker_is_a_round_blue_button_with_a_white_speaker() -> None:
    import io

    from PIL import Image

    from wordspictures.illustrate.speaker import speaker_png

    image = Image.open(io.BytesIO(speaker_png())).convert("RGB")
    size = image.width
    assert image.getpixel((2, 2)) == (255, 255, 255)  # a round button: white corners
    assert image.getpixel((size // 2, size // 10)) == (38, 70, 120)  # the headings' blue
    assert image.getpixel((size * 5 // 16, size // 2)) == (255, 255, 255)  # the speaker
    assert image.getpixel((size * 11 // 16, size * 3 // 16)) == (38, 70, 120)
