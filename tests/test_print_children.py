"""A book per child, read back: named for the child, spoken to them, paced for their age."""

from __future__ import annotations

from pathlib import Path
from statistics import mean

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Emu
from pypdf import PdfReader

from tests.conftest import SHARED
from wordspictures.account.load import load_account
from wordspictures.api import build_book
from wordspictures.book.pages import PageKind
from wordspictures.book.planner import plan_book
from wordspictures.errors import WordsPicturesError


@pytest.fixture(scope="module")
def account(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the Dutch example with a 13-year-old (Noor) and a 3-year-old (Daan)."""
    path = tmp_path_factory.mktemp("ages") / "noor-en-daan.yaml"
    text = (SHARED / "noor-nl.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("age: 9,", "age: 13,").replace("age: 4,", "age: 3,"),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def books(account: Path) -> dict[str, dict[str, Path]]:
    """Return {child id: {"pdf": path, "pptx": path}}: one build, a book for each child."""
    result = build_book(account, account.parent / "out", children=["noor", "daan"])
    assert [book.child for book in result.books] == ["noor", "daan"]
    return {book.child: {p.suffix[1:]: p for p in book.files} for book in result.books}


def body_words(path: Path) -> list[int]:
    """Return, for each slide, the words of its text (not heading, not footer: a heading
    is all bold; a page that goes on with the one before has none)."""
    counts = []
    for slide in Presentation(str(path)).slides:
        boxes = [s for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip()]
        text = [b for b in boxes[:-2] if not all(r.font.bold for p in b.text_frame.paragraphs
                                                 for r in p.runs)]
        counts.append(sum(len(b.text_frame.text.split()) for b in text))
    return counts


def picture_areas(path: Path) -> list[float]:
    """Return the area of each slide's picture, in square points."""
    return [Emu(s.width).pt * Emu(s.height).pt for slide in Presentation(str(path)).slides
            for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]


def test_each_childs_book_is_named_for_the_child(books: dict) -> None:
    assert books["noor"]["pdf"].name == "het-verhaal-van-noor-en-daan-noor-v2-2026-11-18.pdf"
    assert books["daan"]["pptx"].name == "het-verhaal-van-noor-en-daan-daan-v2-2026-11-18.pptx"


def test_each_book_speaks_to_its_own_child(books: dict) -> None:
    for child, name in (("noor", "Noor"), ("daan", "Daan")):
        text = " ".join(p.extract_text() for p in PdfReader(books[child]["pdf"]).pages)
        assert f"Een verhaal voor {name}." in text
        assert "Het is niet jouw schuld" in text and "jullie schuld" not in text


def story_words(path: Path, account: Path, child: str) -> list[int]:
    """Return the words of each slide but those that hold everyone at any age (the helpers
    round the child, the whole scale, the phone numbers: one page each)."""
    together = (PageKind.HELPERS, PageKind.SCALE, PageKind.CALL)
    pages = plan_book(load_account(account), child=child).pages
    return [words for words, page in zip(body_words(path), pages, strict=True)
            if page.kind not in together]


def test_a_three_year_old_gets_clearly_fewer_words_a_page(books: dict, account: Path) -> None:
    young = story_words(books["daan"]["pptx"], account, "daan")
    old = story_words(books["noor"]["pptx"], account, "noor")
    assert mean(young) < 0.7 * mean(old), (mean(young), mean(old))
    assert len(young) > len(old)  # the same story, spread over more pages
    # Read back from the PDF too: all the words on a page, footer and heading included.
    pdf_young = [len(p.extract_text().split()) for p in PdfReader(books["daan"]["pdf"]).pages]
    pdf_old = [len(p.extract_text().split()) for p in PdfReader(books["noor"]["pdf"]).pages]
    assert mean(pdf_young) < 0.8 * mean(pdf_old), (mean(pdf_young), mean(pdf_old))


def test_a_three_year_old_gets_bigger_pictures(books: dict) -> None:
    assert mean(picture_areas(books["daan"]["pptx"])) > \
        1.15 * mean(picture_areas(books["noor"]["pptx"]))


def test_without_child_one_book_is_made_for_everyone(account: Path, tmp_path: Path) -> None:
    result = build_book(account, tmp_path, ["pdf"])
    [book] = result.books
    assert book.child is None
    assert result.files[0].name == "het-verhaal-van-noor-en-daan-v2-2026-11-18.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(result.files[0]).pages)
    assert "Een verhaal voor Noor en Daan." in text and "jullie schuld" in text


@pytest.mark.parametrize(("child", "message"), [
    ("nor", "did you mean 'noor'"), ("mama", "is not a child in this story")])
def test_a_child_that_is_not_in_the_story_is_a_clear_error(account: Path, tmp_path: Path,
                                                          child: str, message: str) -> None:
    with pytest.raises(WordsPicturesError, match=message):
        build_book(account, tmp_path, ["pdf"], children=[child])
    assert list(tmp_path.iterdir()) == []


def test_the_word_check_runs_once_for_all_the_childrens_books(
        account: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import wordspictures.lint

    calls: list[str] = []
    monkeypatch.setattr(wordspictures.lint, "lint_account",
                        lambda story, rules=None: calls.append(story.title) or [])
    result = build_book(account, tmp_path, ["pdf"], children=["noor", "daan"],
                        word_check=True)
    assert len(result.books) == 2 and len(calls) == 1 and result.findings == ()
