"""Drafts and final books, read back: the draft mark on every page, the review page."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader

from tests.conftest import SHARED
from tests.typeset import plain
from wordspictures.api import build_book

DRAFTS = {"noor-nl": "Concept 2 · 18 november 2026", "sam-en": "Draft 1 · 12 November 2026",
          "lotte-nl": "Concept 3 · 2 oktober 2026"}
REVIEW = {"noor-nl": ("Klopt dit verhaal?", "Wat klopt er?", "Wat mist er?",
                      "Welke woorden wil je anders?"),
          "sam-en": ("Is this story right?", "What is right?", "What is missing?",
                     "Which words should change?")}


def slide_texts(path: Path) -> list[str]:
    """Return all the text of each slide, as it reads (a non-breaking space as a space)."""
    return [plain(" ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame))
            for slide in Presentation(str(path)).slides]


@pytest.mark.parametrize("name", list(DRAFTS))
def test_every_page_of_a_draft_says_draft_with_version_and_date(built: dict,
                                                                 name: str) -> None:
    pages = [p.extract_text() for p in PdfReader(built[name]["pdf"]).pages]
    slides = slide_texts(built[name]["pptx"])
    assert len(pages) == len(slides) >= 12
    for text in pages + slides:
        assert DRAFTS[name] in text
    # and the cover says it under the title, so nobody takes a draft for the book
    assert pages[0].count(DRAFTS[name]) == 2 and slides[0].count(DRAFTS[name]) == 2


def test_a_final_book_never_says_draft(built: dict) -> None:
    pages = [p.extract_text() for p in PdfReader(built["mia-en"]["pdf"]).pages]
    slides = slide_texts(built["mia-en"]["pptx"])
    for text in pages + slides:
        assert "Draft" not in text and "draft" not in text and "Concept" not in text
        assert "15 September 2026" in text  # the date is still on every page
    assert "Is this story right?" not in " ".join(pages + slides)


def test_a_landscape_draft_is_marked_on_every_page_too(tmp_path: Path) -> None:
    result = build_book(SHARED / "sam-en.yaml", tmp_path, ["pdf", "pptx"], "a4",
                        orientation="landscape")
    pdf = next(p for p in result.files if p.suffix == ".pdf")
    pptx = next(p for p in result.files if p.suffix == ".pptx")
    texts = [p.extract_text() for p in PdfReader(pdf).pages] + slide_texts(pptx)
    assert all(DRAFTS["sam-en"] in text for text in texts)


@pytest.mark.parametrize("name", list(REVIEW))
def test_a_draft_ends_with_a_review_page_with_lines_to_write_on(built: dict, name: str) -> None:
    last = PdfReader(built[name]["pdf"]).pages[-1].extract_text()
    for phrase in REVIEW[name]:
        assert phrase in last
    document = pdfium.PdfDocument(built[name]["pdf"])
    page = document[len(document) - 1]
    width = page.get_size()[0]
    rules = [o.get_bounds() for o in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,))]
    long_flat = [b for b in rules if b[2] - b[0] > width * 0.5 and b[3] - b[1] < 3]
    assert len(long_flat) >= 6  # at least two lines under each of the three questions
    slide = Presentation(str(built[name]["pptx"])).slides[-1]
    lines = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.LINE]
    assert len(lines) == len(long_flat)
    assert REVIEW[name][0] in slide_texts(built[name]["pptx"])[-1]


def test_the_review_page_names_who_to_give_it_to(built: dict) -> None:
    last = PdfReader(built["noor-nl"]["pdf"]).pages[-1].extract_text()
    assert "Sofie van Veilig Thuis" in last  # the professional among the makers
