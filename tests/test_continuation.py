"""A page that goes on: what continuation is since the "(continued)" headings went (14b).

A continued page shows no heading, only its section's band: the child reads it as more of
the page before. So a continued page must only ever follow a page of the same section under
the same heading; what someone else says (Mama, after Papa) starts with a heading of its
own. And a page that does go on under the same heading is marked, so its heading is not
printed twice.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import ALL_EXAMPLES, EXAMPLES, SHARED
from wordspictures.account.load import load_account
from wordspictures.book.pages import Book, PageKind
from wordspictures.book.planner import plan_book

LOTTE = EXAMPLES / "lotte-nl.yaml"  # has a papa and a mama


def assert_continuation_is_exact(book: Book) -> None:
    """Assert: continued pages follow a page of their section and heading; a page that
    follows one of its section and heading is continued (never the cover, never page 1)."""
    assert not book.pages[0].continued
    for before, page in zip(book.pages, book.pages[1:], strict=False):
        same = (page.kind is before.kind and page.section == before.section
                and page.heading == before.heading)
        if page.continued:
            assert same, (f"{page.heading!r} goes on after {before.heading!r} "
                          f"({before.kind.value} -> {page.kind.value})")
        elif page.kind not in (PageKind.COVER, PageKind.REVIEW):
            assert not same, f"{page.heading!r} is printed twice in a row"


def parents_saying(many: int) -> Book:
    """Return Lotte's book with ``many`` short items each for what Papa and Mama say."""
    account = load_account(LOTTE)
    item = account.parents_say[0]
    said = tuple(replace(item, who=(who,), text=f"{who.capitalize()} zegt iets, keer {n}.")
                 for who in ("papa", "mama") for n in range(many))
    return plan_book(replace(account, parents_say=said))


def test_what_mama_says_never_goes_on_under_what_papa_says() -> None:
    pages = [p for p in parents_saying(4).pages if p.kind is PageKind.PARENTS_SAY]
    headings = [(p.heading, p.continued) for p in pages]
    assert len(pages) >= 4, headings
    papa = [p for p in pages if p.heading == "Wat Papa zegt"]
    mama = [p for p in pages if p.heading == "Wat Mama zegt"]
    assert papa and mama and len(papa) + len(mama) == len(pages), headings
    first_mama = pages.index(mama[0])
    assert pages[first_mama - 1].heading == "Wat Papa zegt"
    assert not mama[0].continued, headings  # Mama's words start under her own heading
    assert all(p.continued for p in papa[1:] + mama[1:]), headings
    for page in mama:
        assert all(p.text.startswith("Mama") for p in page.paragraphs), page.paragraphs
    assert_continuation_is_exact(parents_saying(4))


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: p.stem)
def test_every_example_continues_only_under_the_same_heading(path) -> None:  # type: ignore[no-untyped-def]
    book = plan_book(load_account(path))
    assert any(p.continued for p in book.pages), path.stem  # the check has work to do
    assert_continuation_is_exact(book)


def test_a_long_list_of_everything_continues_only_under_the_same_heading() -> None:
    account = load_account(SHARED / "sam-en.yaml")
    long = {section: tuple(replace(e, text=f"{e.text} Again, time {n}.")
                           for e in getattr(account, section) for n in range(3))
            for section in ("what_happened", "worried", "good_things", "safety_plan",
                            "helpers", "child_can", "parents_say", "worries_now",
                            "what_happened_next")}
    book = plan_book(replace(account, **long))
    assert sum(p.continued for p in book.pages) >= 5
    assert_continuation_is_exact(book)
