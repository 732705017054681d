"""The booklet, read back: A5 pages two to a side of A4 landscape, in saddle-stitch order."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from tests.conftest import EXAMPLES, SHARED
from tests.test_print_paper import check_pdf_pages, letter_boxes, picture_boxes
from wordspictures.api import build_book
from wordspictures.commands.cli import main
from wordspictures.render.booklet import sheet_order

MM = 72 / 25.4
A4_LANDSCAPE = (841.89, 595.28)
FOLD_CLEAR = 12 * MM
DRAWING_PAGE = re.compile(r"Hier (mag jij|mogen jullie) tekenen|Your own page")
# The book's own last page: who made it, with room to sign (a draft's review page is a
# loose sheet of its own, never in the booklet).
LAST_HEADING = {"noor-nl": "Wie maakte dit boek?", "sam-en": "Who made this book?",
                "lotte-nl": "Wie maakte dit boek?", "mia-en": "Who made this book?"}
REVIEW_HEADING = {"noor-nl": "Klopt dit verhaal?", "sam-en": "Is this story right?",
                  "lotte-nl": "Klopt dit verhaal?"}
# Words of the printing instructions, in both languages: never in the book.
PRINTING = re.compile(r"dubbelzijdig|double-sided|nietjes|staples|korte kant|short edge|A4",
                      re.IGNORECASE)


@pytest.fixture(scope="module")
def booklets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Return {name: {"pdf": A5 book, "booklet": its booklet}} for the examples we check."""
    made = {}
    for name, extra in (("noor-nl", {}), ("sam-en", {}), ("lotte-nl", {}), ("mia-en", {}),
                        ("noor-nl-rotated", {"rotate_backs": True})):
        out = tmp_path_factory.mktemp(name)
        account = SHARED / f"{name[:7]}.yaml"
        account = account if account.exists() else EXAMPLES / f"{name[:8]}.yaml"
        result = build_book(account, out, ["pdf"], booklet=True, **extra)
        made[name] = {next((k for k in ("booklet", "review") if k in p.name), "pdf"): p
                      for p in result.files}
    return made


def halves(path: Path, side: int) -> tuple[str, str]:
    """Return the text of the left and the right half of one side (0-based)."""
    page = pdfium.PdfDocument(path)[side]
    width, height = page.get_size()
    text = page.get_textpage()
    return (text.get_text_bounded(0, 0, width / 2, height),
            text.get_text_bounded(width / 2, 0, width, height))


def page_number(text: str) -> int | None:
    """Return the page number printed at the end of an A5 page's footer (None: the back
    cover, which has none: its footer ends on the draft's date, or has nothing)."""
    last = text.strip().splitlines()[-1] if text.strip() else ""
    found = re.fullmatch(r".*?\s(\d{1,3})", last) or re.fullmatch(r"(\d{1,3})", last)
    return int(found.group(1)) if found else None


def story_pages(booklets: dict, name: str) -> int:
    """Return the pages of the book the booklet holds: the PDF's, but the review page."""
    return len(PdfReader(booklets[name]["pdf"]).pages) - (name in REVIEW_HEADING)


def test_sheet_order_for_eight_pages() -> None:
    assert sheet_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]
    assert sheet_order(4) == [(4, 1), (2, 3)]
    with pytest.raises(ValueError, match="multiple of four"):
        sheet_order(6)


@pytest.mark.parametrize("name", list(LAST_HEADING))
def test_a_booklet_has_two_sides_for_every_four_pages(booklets: dict, name: str) -> None:
    pages = story_pages(booklets, name) + 1  # and the back cover
    sides = PdfReader(booklets[name]["booklet"]).pages
    assert len(sides) == math.ceil(pages / 4) * 2
    for side in sides:
        box = side.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(A4_LANDSCAPE, abs=0.5)


@pytest.mark.parametrize("name", list(LAST_HEADING))
def test_the_first_side_holds_a_calm_back_and_the_cover(booklets: dict, name: str) -> None:
    """Side 1 is the outside of the folded book: the back cover (the title and, on a draft,
    the draft's mark; no page number) and the cover. Neither the review page nor how to
    print is on it."""
    reader = PdfReader(booklets[name]["pdf"])
    title = reader.metadata.title
    left, right = halves(booklets[name]["booklet"], 0)
    assert title.split()[0] in right and page_number(right) == 1
    back = " ".join(left.split())
    assert back.startswith(" ".join(title.split()))
    # And the footer every page has: the draft's mark ("Concept 2 · 18 november 2026"), or
    # a final book's date.
    assert len(back.split()) <= len(title.split()) + 6, back
    assert page_number(left) is None
    assert not PRINTING.search(left)
    assert REVIEW_HEADING.get(name, "Klopt dit verhaal?") not in left
    assert LAST_HEADING[name] not in left


@pytest.mark.parametrize("name", list(REVIEW_HEADING))
def test_the_review_page_is_a_loose_sheet(booklets: dict, name: str) -> None:
    sheet = PdfReader(booklets[name]["review"])
    assert len(sheet.pages) == 1
    box = sheet.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((595.28, 841.89), abs=0.5)
    text = sheet.pages[0].extract_text()
    assert text.startswith(REVIEW_HEADING[name])
    assert page_number(text) is None  # the page numbers are the book's
    booklet = PdfReader(booklets[name]["booklet"])
    assert all(REVIEW_HEADING[name] not in side.extract_text() for side in booklet.pages)
    # The book's own PDF still ends with it: the draft is read and changed on screen too.
    assert REVIEW_HEADING[name] in PdfReader(booklets[name]["pdf"]).pages[-1].extract_text()


def test_a_final_book_has_no_review_sheet(booklets: dict) -> None:
    assert "review" not in booklets["mia-en"]


@pytest.mark.parametrize("name", list(LAST_HEADING))
def test_no_page_of_the_booklet_says_how_to_print(booklets: dict, name: str) -> None:
    for side in PdfReader(booklets[name]["booklet"]).pages:
        assert not PRINTING.search(side.extract_text()), side.extract_text()


def test_the_command_says_how_to_print_the_booklet(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SHARED / "noor-nl.yaml"), "-o",
                                       str(tmp_path), "--format", "pdf", "--booklet",
                                       "--rotate-backs"])
    assert result.exit_code == 0, result.output
    assert "dubbelzijdig" in result.output and "lange kant" in result.output
    assert "-review.pdf" in result.output and "los vel" in result.output


@pytest.mark.parametrize("name", list(LAST_HEADING))
def test_every_side_is_in_saddle_stitch_order(booklets: dict, name: str) -> None:
    path = booklets[name]["booklet"]
    order = sheet_order(len(PdfReader(path).pages) * 2)
    found = [tuple(page_number(half) for half in halves(path, side))
             for side in range(len(order))]
    total = len(order) * 2  # the back cover has no number
    assert found == [tuple(None if n == total else n for n in pair) for pair in order]


def test_some_example_needs_padding(booklets: dict) -> None:
    counts = [story_pages(booklets, name) + 1 for name in LAST_HEADING]
    assert any(count % 4 for count in counts), counts


@pytest.mark.parametrize("name", list(LAST_HEADING))
def test_padding_pages_are_for_drawing_and_sit_before_the_back(booklets: dict,
                                                               name: str) -> None:
    count = story_pages(booklets, name)
    path = booklets[name]["booklet"]
    total = len(PdfReader(path).pages) * 2
    assert total - count - 1 == -(count + 1) % 4
    order = sheet_order(total)
    for number in range(1, total + 1):
        side = next(i for i, pair in enumerate(order) if number in pair)
        text = halves(path, side)[order[side].index(number)]
        assert bool(DRAWING_PAGE.search(text)) == (count < number < total), number
        if number == count:  # the book's own last page comes before the drawing pages
            assert LAST_HEADING[name] in text


def test_every_half_of_a_draft_booklet_is_marked_draft(booklets: dict) -> None:
    path = booklets["noor-nl"]["booklet"]
    for side in range(len(PdfReader(path).pages)):
        for half in halves(path, side):
            assert "Concept 2 · 18 november 2026" in half


@pytest.mark.parametrize("name", [*LAST_HEADING, "noor-nl-rotated"])
def test_nothing_is_cut_at_the_edges_or_lost_in_the_fold(booklets: dict, name: str) -> None:
    path = booklets[name]["booklet"]
    check_pdf_pages(path, A4_LANDSCAPE)
    middle = A4_LANDSCAPE[0] / 2
    for page in pdfium.PdfDocument(path):
        for left, _, right, _ in letter_boxes(page) + picture_boxes(page):
            assert right <= middle - FOLD_CLEAR or left >= middle + FOLD_CLEAR


def render_side(path: Path, side: int) -> list[int]:
    """Return a small grey rendering of one side, as a flat list of pixel values."""
    bitmap = pdfium.PdfDocument(path)[side].render(scale=0.25, grayscale=True)
    return list(bitmap.to_pil().get_flattened_data())


def test_rotate_backs_turns_only_the_backs_upside_down(booklets: dict) -> None:
    plain, turned = booklets["noor-nl"]["booklet"], booklets["noor-nl-rotated"]["booklet"]
    assert render_side(plain, 0) == render_side(turned, 0)  # a front: as it was
    assert render_side(plain, 2) == render_side(turned, 2)
    back, turned_back = render_side(plain, 1), render_side(turned, 1)
    assert back != turned_back
    differing = sum(abs(a - b) > 40 for a, b in zip(back, reversed(turned_back), strict=True))
    assert differing < len(back) * 0.004  # the same side, half a turn round (anti-aliasing)
    total = len(PdfReader(turned).pages) * 2
    left, right = halves(turned, 1)  # the halves swap places: page N-1 is now at the left
    assert str(total - 1) in re.findall(r"\d+", left)
    assert str(total - 1) not in re.findall(r"\d+", right)


@pytest.mark.parametrize("paper", ["a5", "a4"])
def test_a_booklet_draws_no_picture_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          paper: str) -> None:
    """The booklet is the book padded, not planned again: without a cache each different
    picture (page scene and size) is drawn once for the book and its booklet together."""
    import wordspictures.illustrate as illustrate
    from wordspictures.account.load import load_account
    from wordspictures.book.planner import planner_for
    from wordspictures.layout.paper import paper_for
    from wordspictures.render.files import (
        BOOKLET_PAGE,
        REVIEW_PAGE,
        lay_out,
        picture_requests,
    )

    monkeypatch.setenv("WORDSPICTURES_NO_CACHE", "1")
    monkeypatch.setenv("WORDSPICTURES_JOBS", "1")  # draw here, where the drawings are counted
    drawn: list[object] = []
    real = illustrate.render_layout
    monkeypatch.setattr(illustrate, "render_layout", lambda layout: drawn.append(layout) or
                        real(layout))
    account = SHARED / "sam-en.yaml"
    build_book(account, tmp_path, ["pdf"], paper, booklet=True)
    planner = planner_for(load_account(account), None, None)
    book = planner.plan()
    padded = planner.booklet(book)
    review = planner.review_sheet(book)
    assert review is not None
    wanted = {r for r in (*picture_requests(book, lay_out(book, paper_for(paper))),
                          *picture_requests(padded, lay_out(padded, BOOKLET_PAGE)),
                          *picture_requests(review, lay_out(review, REVIEW_PAGE))) if r}
    # Two scenes may come to the same drawing: then it is drawn once, for both.
    assert len(wanted) - 2 <= len(drawn) <= len(wanted)
    assert len(drawn) == len(set(map(repr, drawn)))  # no drawing made twice


@pytest.mark.parametrize(("pages", "warned"), [(48, False), (52, True)])
def test_a_booklet_of_more_than_twelve_sheets_is_warned_about(pages: int,
                                                              warned: bool) -> None:
    from dataclasses import replace

    from wordspictures.account.load import load_account
    from wordspictures.book.planner import planner_for
    from wordspictures.render.files import PrintOptions, printing_advice

    account = load_account(SHARED / "noor-nl.yaml")
    planner = planner_for(account, None, None)
    book = planner.booklet(planner.plan())
    thick = replace(book, pages=(book.pages[1],) * pages)
    notes, warnings = printing_advice(account, None, PrintOptions(booklet=True), thick, None)
    assert "dubbelzijdig" in notes[0] and len(notes) == 1  # no review sheet: no word of it
    assert bool(warnings) == warned
    if warned:
        [warning] = warnings
        assert warning.is_warning and warning.mark and warning.mark.path.endswith("noor-nl.yaml")
        assert f"{pages // 4} vellen" in warning.message and "A4" in warning.hint
        assert "twee delen" in warning.hint
