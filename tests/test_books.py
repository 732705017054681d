"""End to end: every example account becomes a PDF and a PPTX holding all its words."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu
from pypdf import PdfReader

from tests.conftest import ALL_EXAMPLES
from tests.helpers import (
    account_texts,
    assert_in_order,
    load,
    pdf_alt_texts,
    pdf_text,
    pptx_text,
)

NAMES = [a.stem for a in ALL_EXAMPLES]
ACCOUNTS = dict(zip(NAMES, ALL_EXAMPLES, strict=True))
A5 = (419.53, 595.28)


@pytest.mark.parametrize("name", NAMES)
def test_pdf_holds_every_sentence_in_order(built: dict, name: str) -> None:
    account = load(ACCOUNTS[name])
    assert_in_order(pdf_text(built[name]["pdf"]), account_texts(account))


@pytest.mark.parametrize("name", NAMES)
def test_pdf_names_everyone_as_the_child_calls_them(built: dict, name: str) -> None:
    text = pdf_text(built[name]["pdf"])
    for person in load(ACCOUNTS[name]).people:
        assert person.called in text


@pytest.mark.parametrize("name", NAMES)
def test_pptx_holds_every_sentence_in_order(built: dict, name: str) -> None:
    account = load(ACCOUNTS[name])
    text = pptx_text(built[name]["pptx"])
    assert_in_order(text, account_texts(account))
    for person in account.people:
        assert person.called in text


@pytest.mark.parametrize("name", NAMES)
def test_every_slide_has_a_described_picture_and_notes(built: dict, name: str) -> None:
    prs = Presentation(str(built[name]["pptx"]))
    assert len(prs.slides) >= 12
    for slide in prs.slides:
        pictures = [s for s in slide.shapes if s.shape_type == 13]
        assert len(pictures) == 1
        alt = pictures[0]._element.nvPicPr.cNvPr.get("descr")
        assert alt and len(alt) > 10
        notes = slide.notes_slide.notes_text_frame.text
        assert len(notes.split()) >= 8


@pytest.mark.parametrize("name", NAMES)
def test_pdf_and_pptx_have_the_same_pages_at_a5(built: dict, name: str) -> None:
    reader = PdfReader(built[name]["pdf"])
    prs = Presentation(str(built[name]["pptx"]))
    assert len(reader.pages) == len(prs.slides)
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A5, abs=0.5)
    assert Emu(prs.slide_width).pt == pytest.approx(A5[0], abs=0.5)
    assert Emu(prs.slide_height).pt == pytest.approx(A5[1], abs=0.5)


@pytest.mark.parametrize("name", NAMES)
def test_pdf_has_title_language_bookmarks_and_pictures(built: dict, name: str) -> None:
    account = load(ACCOUNTS[name])
    reader = PdfReader(built[name]["pdf"])
    assert reader.metadata is not None and reader.metadata.title
    assert str(reader.trailer["/Root"]["/Lang"]).startswith(account.language)
    titles = [item["/Title"] for item in reader.outline]
    assert len(titles) == len(set(titles)) >= 10
    for page in reader.pages:
        assert page.images, "every page has a picture"


@pytest.mark.parametrize("name", NAMES)
def test_every_pdf_picture_has_alt_text(built: dict, name: str) -> None:
    reader = PdfReader(built[name]["pdf"])
    alts = pdf_alt_texts(built[name]["pdf"])
    assert len(alts) == len(reader.pages)
    assert all(len(alt) > 10 for alt in alts)
    prs = Presentation(str(built[name]["pptx"]))
    slide_alts = [s._element.nvPicPr.cNvPr.get("descr") for slide in prs.slides
                  for s in slide.shapes if s.shape_type == 13]
    assert alts == slide_alts


@pytest.mark.parametrize("name", NAMES)
def test_font_is_embedded_as_a_subset(built: dict, name: str) -> None:
    reader = PdfReader(built[name]["pdf"])
    fonts = reader.pages[1]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        base = str(font["/BaseFont"])
        assert "+" in base and "Lexend" in base, base  # 'ABCDEF+Lexend': a subset
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()


def test_pptx_text_carries_the_story_language(built: dict) -> None:
    prs = Presentation(str(built["noor-nl"]["pptx"]))
    runs = [r for s in prs.slides for sh in s.shapes if sh.has_text_frame
            for p in sh.text_frame.paragraphs for r in p.runs]
    assert runs and all(r._r.get_or_add_rPr().get("lang") == "nl-NL" for r in runs)


def test_pptx_properties_say_only_what_the_account_says(built: dict) -> None:
    props = Presentation(str(built["sam-en"]["pptx"])).core_properties
    assert props.title == "Sam's story"
    assert props.author == "" and props.last_modified_by == ""
    assert props.created.year == 2026 and props.modified == props.created


def test_draft_pages_say_draft_with_version_and_date(built: dict) -> None:
    for page in PdfReader(built["noor-nl"]["pdf"]).pages:
        assert "Concept 2 · 18 november 2026" in page.extract_text()


def test_final_book_is_not_marked_draft(built: dict) -> None:
    text = pdf_text(built["mia-en"]["pdf"])
    assert "Draft" not in text
    assert "15 September 2026" in text


def test_file_names_come_from_title_version_and_date(built: dict) -> None:
    assert Path(built["noor-nl"]["pdf"]).name == "het-verhaal-van-noor-en-daan-v2-2026-11-18.pdf"
    assert Path(built["sam-en"]["pptx"]).name == "sams-story-v1-2026-11-12.pptx"
