"""The framing packs of issue 18 (ar, fa, pl, tr, uk): a book in each language takes its
headings and framing sentences from its pack, in its own direction, and reads back; the
word check says plainly that it does not read these languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.helpers import pptx_text
from tests.test_text_layer import as_pdfium_reads, read_pdfium, read_pypdf, sentences_in_order
from wordspictures.api import build_book
from wordspictures.commands.cli import main

# language: (a sentence of the account, the cast page's heading, its first framing sentence)
BOOKS = {
    "ar": ("ماما تطبخ العشاء كل مساء.", "من في هذه القصة؟", "هؤلاء هم الناس في قصة Yusuf."),
    "fa": ("مامان هر شب شام می‌پزد.", "چه کسانی در این داستان هستند؟",
           "این‌ها آدم‌های داستان Yusuf هستند."),
    "tr": ("Annem her akşam yemek pişiriyor.", "Bu hikâyede kimler var?",
           "Bunlar Yusuf hikâyesindeki insanlar."),
    "pl": ("Mama co wieczór gotuje kolację.", "Kto jest w tej historii?",
           "To są ludzie z tej historii (Yusuf)."),
    "uk": ("Мама щовечора готує вечерю.", "Хто є в цій історії?", "Це люди з історії (Yusuf)."),
}


def account(folder: Path, language: str, sentence: str) -> Path:
    path = folder / f"yusuf-{language}.yaml"
    path.write_text(f"language: {language}\npeople:\n"
                    "  yusuf: {name: Yusuf, role: child, age: 8, pronoun: he}\n"
                    "  mama: {name: Sara, role: mother}\n"
                    f"safety_plan:\n  - {{text: '{sentence}', who: [mama]}}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("language", sorted(BOOKS))
def test_a_book_in_a_framing_language_reads_back(tmp_path: Path, language: str) -> None:
    sentence, heading, framing = BOOKS[language]
    result = build_book(account(tmp_path, language, sentence), tmp_path / "out",
                        ["pdf", "pptx"])
    files = {p.suffix: p for p in result.files}
    expected = [heading, framing, sentence]
    for reader in (read_pypdf, read_pdfium):
        text = " ".join(" ".join(reader(files[".pdf"])).split()).replace("\u061c", "")
        # The cast page's Latin name inside a right-to-left sentence is read in each
        # reader's own order (docs/font.md): there only the heading and the account's
        # sentence are whole sentences in one direction.
        wanted = expected if language not in ("ar", "fa") else [heading, sentence]
        sentences_in_order(text, wanted if reader is read_pypdf
                           else [as_pdfium_reads(s) for s in wanted])
    assert all(part in pptx_text(files[".pptx"]) for part in expected)


def test_a_right_to_left_pack_sets_its_powerpoint_right_to_left(tmp_path: Path) -> None:
    from pptx import Presentation

    result = build_book(account(tmp_path, "ar", BOOKS["ar"][0]), tmp_path / "out", ["pptx"])
    [pptx] = result.files
    slides = Presentation(str(pptx)).slides
    frames = [shape.text_frame for slide in slides for shape in slide.shapes
              if shape.has_text_frame] + [slide.notes_slide.notes_text_frame for slide in slides]
    paragraphs = [p._p for frame in frames for p in frame.paragraphs if p.text]
    assert paragraphs and all(p.pPr.get("rtl") == "1" for p in paragraphs)
    # ... and starts on the right, as in the PDF: only the page number, which a right-to-left
    # book mirrors to the left of its footer, is set left.
    on_slides = [(p.text, p._p.pPr.get("algn")) for slide in slides for shape in slide.shapes
                 if shape.has_text_frame for p in shape.text_frame.paragraphs if p.text]
    assert {algn for text, algn in on_slides if not text.isdigit()} == {"r", "ctr"}
    assert {algn for text, algn in on_slides if text.isdigit()} == {"l"}
    assert {r.get("lang") for p in paragraphs for r in p.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}rPr")} == {"ar"}


def test_the_word_check_says_it_does_not_read_the_language(tmp_path: Path) -> None:
    path = account(tmp_path, "ar", BOOKS["ar"][0])
    result = CliRunner().invoke(main, ["check", str(path)])
    assert "the word check reads Dutch and English only: it did not read the words in Arabic" \
        in result.output
    assert "the book's own words in Arabic are still to be checked by a native speaker" \
        in result.output
    built = CliRunner().invoke(main, ["build", str(path), "--format", "pdf"])
    assert "still to be checked by a native speaker" in built.output, built.output
    dutch = account(tmp_path, "nl", "Mama kookt elke avond.")
    said = CliRunner().invoke(main, ["check", str(dutch)]).output
    assert "word check reads" not in said and "native speaker" not in said
