"""The page plan: order, framing, one idea a page, long sections going on over pages."""

from __future__ import annotations

from dataclasses import replace

from tests.conftest import SHARED
from tests.helpers import account_texts, assert_in_order, squash
from wordspictures.account.load import load_account
from wordspictures.book.pace import load_paces
from wordspictures.book.pages import PageKind
from wordspictures.book.planner import plan_book

ORDER = [k for k in PageKind]


def kinds(book) -> list[PageKind]:  # type: ignore[no-untyped-def]
    seen: list[PageKind] = []
    for page in book.pages:
        if not seen or seen[-1] is not page.kind:
            seen.append(page.kind)
    return seen


def test_pages_follow_the_words_and_pictures_order() -> None:
    book = plan_book(load_account(SHARED / "sam-en.yaml"))
    found = kinds(book)
    assert found == sorted(found, key=ORDER.index)
    assert found[0] is PageKind.COVER and found[-2:] == [PageKind.MAKERS, PageKind.REVIEW]
    assert PageKind.NOT_YOUR_FAULT in found and PageKind.CALL in found


def test_every_account_sentence_is_in_the_plan_in_order() -> None:
    account = load_account(SHARED / "noor-nl.yaml")
    book = plan_book(account)
    text = squash(" ".join(p.text for page in book.pages for p in page.paragraphs))
    assert_in_order(text, account_texts(account))


def test_framing_uses_the_childs_names_and_language() -> None:
    book = plan_book(load_account(SHARED / "noor-nl.yaml"))
    assert book.title == "Het verhaal van Noor en Daan"
    fault = next(p for p in book.pages if p.kind is PageKind.NOT_YOUR_FAULT)
    assert fault.heading == "Het is niet jullie schuld"
    assert "Noor en Daan" in fault.paragraphs[0].text
    assert all(p.source == "template" for p in fault.paragraphs)
    assert book.draft_label == "Concept 2 · 18 november 2026"


def test_one_child_is_spoken_to_as_one() -> None:
    book = plan_book(load_account(SHARED / "sam-en.yaml"))
    call = next(p for p in book.pages if p.kind is PageKind.CALL)
    assert call.heading == "Who can I call?"
    assert call.paragraphs[0].text == "Granny Ria: 06-12345678"


def test_young_readers_get_one_event_a_page_going_on_under_the_same_heading() -> None:
    book = plan_book(load_account(SHARED / "noor-nl.yaml"))  # youngest reader: 4
    events = [p for p in book.pages if p.kind is PageKind.WHAT_HAPPENED]
    assert len(events) == 3
    assert [p.continued for p in events] == [False, True, True]
    assert {p.heading for p in events} == {"Wat er gebeurde"}  # no "(verder)"
    assert events[0].scene.place == "bedroom" and events[0].scene.feeling == "sad"
    assert [p.called for p in events[2].scene.people] == ["Noor", "Oma Khadija"]


def test_a_page_stays_within_the_reading_age_budget() -> None:
    account = load_account(SHARED / "noor-nl.yaml")
    budget = load_paces().at(account.reading_age)[0].words
    for page in plan_book(account).pages:
        if page.kind in (PageKind.HELPERS, PageKind.SCALE):
            continue  # everyone together on one page: the helpers' circle, the whole scale
        body = [p for p in page.paragraphs if p.style == "body" and p.source == "account"]
        if len(body) > 1:  # several entries share a page only while they fit
            assert sum(len(p.text.split()) for p in body) <= budget


def test_a_long_entry_continues_on_the_next_page_at_a_sentence() -> None:
    account = load_account(SHARED / "sam-en.yaml")
    long_text = " ".join(f"Sentence number {n} is here." for n in range(1, 31))
    entry = replace(account.what_happened[0], text=long_text)
    book = plan_book(replace(account, what_happened=(entry,)))
    pages = [p for p in book.pages if p.kind is PageKind.WHAT_HAPPENED]
    assert len(pages) >= 3
    joined = " ".join(p.text for page in pages for p in page.paragraphs if p.style == "body")
    assert joined == long_text
    assert all(p.paragraphs[-1].text.endswith(".") for p in pages)


def test_older_readers_get_fuller_pages() -> None:
    account = load_account(SHARED / "noor-nl.yaml")
    older = replace(account, people=tuple(
        replace(p, age=12) if p.is_child else p for p in account.people))
    assert len(plan_book(older).pages) < len(plan_book(account).pages)


def test_every_page_has_a_picture_description_and_notes() -> None:
    for page in plan_book(load_account(SHARED / "sam-en.yaml")).pages:
        assert page.scene.alt.startswith(("A drawing", "A line")), page.scene.alt
        assert len(page.notes.split()) >= 8
