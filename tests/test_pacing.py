"""Picture-book pacing: the pace per age is data, a page that goes on shows it by its
section's band (never "(continued)"), the helpers stand together round the child, the whole
scale is one page, and a long account for a three-year-old stays within a picture book."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from pptx import Presentation
from pypdf import PdfReader

from tests.conftest import ALL_EXAMPLES, EXAMPLES, ROOT, SHARED
from tests.helpers import account_texts, assert_in_order, pdf_text, pptx_text, squash
from wordspictures.account.load import load_account
from wordspictures.account.model import Entry
from wordspictures.api import build_book
from wordspictures.book import planner as planner_module
from wordspictures.book.pace import FILE, load_paces
from wordspictures.book.pages import Book, PageKind
from wordspictures.book.planner import plan_book, planner_for
from wordspictures.layout.paper import paper_for
from wordspictures.layout.typeset import plain
from wordspictures.render.files import lay_out
from wordspictures.render.palette import SECTION_COLOURS

PIP = ROOT / "tests" / "data" / "pacing" / "pip-en.yaml"  # 32 items, a three-year-old
CONTINUED = ("(continued)", "(verder)", "continued)", "verder)")


def account_paragraphs(page) -> list:  # type: ignore[no-untyped-def]
    """Return the caseworker's own paragraphs on a page (one or more for each item)."""
    return [p for p in page.paragraphs if p.source == "account" and p.style == "body"]


def child_pages(book: Book) -> int:
    """Return the pages of the child's book with its booklet's back cover: not the review."""
    return 1 + sum(page.kind is not PageKind.REVIEW for page in book.pages)


# -- no "(continued)": the band says it -----------------------------------------------------

def test_no_example_book_says_continued(built: dict[str, dict[str, Path]]) -> None:
    for account in ALL_EXAMPLES:
        book = plan_book(load_account(account))
        assert any(page.continued for page in book.pages), account.stem  # pages go on
        texts = pdf_text(built[account.stem]["pdf"]) + pptx_text(built[account.stem]["pptx"])
        for word in CONTINUED:
            assert word not in texts, (account.stem, word)
        assert not any(w in page.heading for page in book.pages for w in CONTINUED)


def test_a_page_that_goes_on_has_its_sections_band_and_no_heading() -> None:
    book = plan_book(load_account(EXAMPLES / "lotte-nl.yaml"))
    layouts = lay_out(book, paper_for("a5"))
    pairs = list(zip(book.pages, layouts, strict=True))
    for (before, _), (page, layout) in zip(pairs, pairs[1:], strict=False):
        if page.kind in (PageKind.COVER, PageKind.REVIEW):
            assert layout.band is None
            continue
        assert layout.band is not None and layout.section == page.kind.value
        assert layout.band.bottom < layout.heading.y or not layout.heading_rows
        if page.continued:
            assert page.kind is before.kind and not layout.heading_rows
        else:
            assert " ".join(layout.heading_rows).split() == page.heading.split()


def band_colour(pdf: Path, number: int) -> tuple[int, int, int]:
    """Return the colour printed in the middle of a page's band (A5, 14 mm margin)."""
    page = pdfium.PdfDocument(pdf)[number - 1]
    image = page.render(scale=2).to_pil().convert("RGB")
    # The band: 7 mm from the top, 2.2 mm high, across the text's width.
    y = round((14 * 0.5 + 1.1) * 72 / 25.4 * 2)
    return image.getpixel((image.width // 2, y))


def test_the_pdf_and_the_powerpoint_draw_the_band_in_the_sections_colour(
        built: dict[str, dict[str, Path]]) -> None:
    book = plan_book(load_account(EXAMPLES / "lotte-nl.yaml"))
    files = built["lotte-nl"]
    slides = Presentation(str(files["pptx"])).slides
    seen = set()
    for number, (page, slide) in enumerate(zip(book.pages, slides, strict=True), 1):
        bands = [s for s in slide.shapes if s.name == "Section band"]
        if page.kind in (PageKind.COVER, PageKind.REVIEW):
            assert not bands
            continue
        colour = SECTION_COLOURS[page.kind.value]
        [band] = bands
        assert tuple(band.fill.fore_color.rgb) == colour
        headings = [s for s in slide.shapes if s.has_text_frame and
                    " ".join(plain(s.text_frame.text).split()) == " ".join(page.heading.split())]
        assert bool(headings) != page.continued, number
        if page.kind not in seen or page.continued:
            found = band_colour(files["pdf"], number)
            assert all(abs(a - b) <= 6 for a, b in zip(found, colour, strict=True)), number
        seen.add(page.kind)
    # Neighbouring sections can be told apart by their colour.
    order = list(dict.fromkeys(p.kind.value for p in book.pages if p.kind.value in
                               SECTION_COLOURS))
    for one, other in zip(order, order[1:], strict=False):
        assert SECTION_COLOURS[one] != SECTION_COLOURS[other], (one, other)


# -- the pace is data -----------------------------------------------------------------------

def test_the_pace_per_age_is_read_from_its_table() -> None:
    table = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    paces = load_paces()
    assert paces.most_pages == table["most_pages"] == 32 and paces.together == 8
    for row in table["paces"]:
        pace, fuller = paces.at(row["from"])
        assert (pace.words, pace.ideas, pace.events, pace.people) == (
            row["words"], row["ideas"], row["events"], row["people"])
        assert fuller.words >= pace.words and fuller.ideas >= pace.ideas
    assert paces.at(3)[0].ideas == 1  # one idea a page for the youngest
    ideas = [paces.at(age)[0].ideas for age in range(2, 15)]
    assert ideas == sorted(ideas) and ideas[-1] > ideas[0]  # more as the child grows
    assert (ROOT / "docs" / "pacing.md").read_text(encoding="utf-8").count("pace.yaml") >= 1


def test_a_changed_table_changes_the_book(monkeypatch: pytest.MonkeyPatch) -> None:
    account = load_account(SHARED / "noor-nl.yaml")  # youngest reader: 4
    before = plan_book(account)
    table = load_paces()
    rows = tuple((age, replace(pace, ideas=3, words=60), fuller)
                 for age, pace, fuller in table.rows)
    monkeypatch.setattr(planner_module, "load_paces", lambda: replace(table, rows=rows))
    after = plan_book(account)
    good = [p for p in after.pages if p.kind is PageKind.GOOD_THINGS]
    assert len(good) < sum(p.kind is PageKind.GOOD_THINGS for p in before.pages)
    assert max(len(account_paragraphs(p)) for p in good) >= 2


def test_the_youngest_get_one_idea_a_page_and_older_readers_more() -> None:
    account = load_account(SHARED / "noor-nl.yaml")
    young = plan_book(account, child="daan")  # 4: its pace is kept, the book is short
    assert child_pages(young) <= load_paces().most_pages
    for page in young.pages:
        if page.kind not in (PageKind.HELPERS, PageKind.SCALE):
            assert len(account_paragraphs(page)) <= 1, page.heading
    older = plan_book(load_account(EXAMPLES / "mia-en.yaml"), child="jay")  # 11
    assert max(len(account_paragraphs(p)) for p in older.pages
               if p.kind is PageKind.SAFETY_PLAN) >= 2


# -- together on one page --------------------------------------------------------------------

def test_the_helpers_stand_together_round_the_child() -> None:
    account = load_account(SHARED / "sam-en.yaml")
    [page] = [p for p in plan_book(account).pages if p.kind is PageKind.HELPERS]
    helpers = {pid for e in account.helpers for pid in e.who}
    assert helpers | {"sam"} <= {p.id for p in page.scene.people}
    assert not page.scene.panels and page.scene.place is None
    assert all(f.action == "stands" for f in page.scene.figures)
    said = squash(" ".join(p.text for p in page.paragraphs))
    assert_in_order(said, [squash(e.text) for e in account.helpers])


def test_more_than_eight_helpers_share_two_pages_evenly() -> None:
    account = load_account(SHARED / "sam-en.yaml")
    granny = account.helpers[0]
    nine = tuple(replace(granny, text=f"Granny Ria helps on day {n}.") for n in range(9))
    book = plan_book(replace(account, helpers=nine))
    pages = [p for p in book.pages if p.kind is PageKind.HELPERS]
    assert [len(account_paragraphs(p)) for p in pages] == [5, 4]
    assert [p.continued for p in pages] == [False, True]


def test_the_whole_scale_is_on_one_page() -> None:
    for path in ALL_EXAMPLES:
        account = load_account(path)
        [page] = [p for p in plan_book(account).pages if p.kind is PageKind.SCALE]
        assert [person.id for person, _ in page.scene.scores] == [s.who for s in account.scale]


# -- a long account for a three-year-old ---------------------------------------------------

def test_a_long_account_for_a_three_year_old_stays_within_a_picture_book(
        monkeypatch: pytest.MonkeyPatch) -> None:
    account = load_account(PIP)
    items = sum(len(entries) for _, entries in account.entries())  # the scale's aside
    assert items >= 30 and account.reading_age == 3
    book = plan_book(account)
    assert child_pages(book) <= 32
    text = squash(" ".join(p.text for page in book.pages for p in page.paragraphs))
    assert_in_order(text, account_texts(account))  # every sentence, in order
    # At one idea a page it would not fit: sections gave way, the story's core did not.
    table = load_paces()
    monkeypatch.setattr(planner_module, "load_paces",
                        lambda: replace(table, most_pages=999))
    slow = plan_book(account)
    assert child_pages(slow) > 32
    for kind in (PageKind.WHAT_HAPPENED, PageKind.SAFETY_PLAN):
        assert all(len(account_paragraphs(p)) <= 1 for p in book.pages if p.kind is kind)


def test_items_that_share_a_page_keep_a_picture_each() -> None:
    """Issue 13's rule holds when sections give way: two items with a different place or
    people that share a page get a panel each, and a page never holds three pictures."""
    planner = planner_for(load_account(PIP), None, None)
    book = planner.plan()
    shared = 0
    for page in book.pages:
        entries = [p for p in account_paragraphs(page)]
        if page.kind in (PageKind.HELPERS, PageKind.SCALE) or len(entries) < 2:
            continue
        shared += 1
        assert len(page.scene.panels) <= 2
        keys = {planner.block_key(page.kind, block, None) for block in
                blocks_of(planner, page)}
        assert len(page.scene.panels) == (len(keys) if len(keys) > 1 else 0), page.heading
    assert shared >= 3


def blocks_of(planner, page):  # type: ignore[no-untyped-def]
    """Return the page's items as the planner's blocks."""
    from wordspictures.book.blocks import Block

    entries = {e.text: e for _, es in planner.account.entries() for e in es
               if isinstance(e, Entry)}
    return [Block((p,), entries[p.text]) for p in account_paragraphs(page)
            if p.text in entries]


def test_the_long_account_makes_a_booklet_of_eight_sheets(tmp_path: Path) -> None:
    result = build_book(PIP, tmp_path, ["pdf"], booklet=True)
    booklet = next(p for p in result.files if p.name.endswith("-booklet.pdf"))
    assert len(PdfReader(booklet).pages) * 2 <= 32
    assert not [w for w in result.warnings if "sheets" in w.message]


# -- quiet lines: who and when without labels, a date said once --------------------------

def test_no_book_labels_who_and_when(built: dict[str, dict[str, Path]]) -> None:
    for name, files in built.items():
        text = pdf_text(files["pdf"]) + pptx_text(files["pptx"])
        for label in ("Who:", "When:", "Wie:", "Wanneer:"):
            assert label not in text, (name, label)


def test_a_date_is_said_once(built: dict[str, dict[str, Path]]) -> None:
    sam = pdf_text(built["sam-en"]["pdf"])
    assert "On Saturday 3 March" in sam and "3 March 2026" not in sam
    lotte = pdf_text(built["lotte-nl"]["pdf"])
    assert lotte.count("7 september") == 2  # said by the first item of each section
    assert "zaterdag 7 september 2026" not in lotte
    noor = pdf_text(built["noor-nl"]["pdf"])  # the words do not say this date: the line does
    assert "14 oktober 2026 Op een avond was er geen eten in huis." in noor


def quiet_lines(book: Book, kind: PageKind) -> list[str]:
    """Return the quiet lines of a section's pages, in order."""
    return [p.text for page in book.pages if page.kind is kind for p in page.paragraphs
            if p.style == "caption"]


def test_the_quiet_line_says_only_what_the_words_and_picture_leave_out() -> None:
    book = plan_book(load_account(PIP))
    # The fourth event is on the same Sunday: only its hour is new. The fifth is another day.
    assert quiet_lines(book, PageKind.WHAT_HAPPENED) == ["four o'clock",
                                                         "Tuesday 14 April 2026"]
    # 'Someone picks Pip up' does not name Uncle Sami; the other rules name their doers.
    assert quiet_lines(book, PageKind.SAFETY_PLAN) == [
        "every time Mum is very tired", "Uncle Sami · every weekday"]
