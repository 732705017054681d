"""The planner, one page kind at a time: what each page says, whom it shows, how a section is
cut into pages and when a long book takes the fuller pace, without laying out or printing.

Each test plans from a small account (Sam's, or a few items of it) and calls the planner's
own methods; only a few plan a whole book. The file runs in a few seconds, so that
``python -m tests.mutate planner`` can run it against every mutant of book/planner.py.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import SHARED
from tests.helpers import own_pack
from wordspictures.account.load import load_account
from wordspictures.account.model import Account, Cover, Entry, Person, Score
from wordspictures.book.blocks import Block, length
from wordspictures.book.pages import Book, Page, PageKind, Paragraph, Scene
from wordspictures.book.planner import Planner, plan_book, planner_for

PACK = Path(__file__).parent / "data" / "packs"  # a small West Frisian pack (no picture.j2)
SAM = load_account(SHARED / "sam-en.yaml")  # one child of 7, a draft
NOOR = load_account(SHARED / "noor-nl.yaml")  # Noor (9) and Daan (4), a draft
# Sam's story with one item a section and five people: a whole book planned in a blink.
SMALL = replace(
    SAM, people=tuple(SAM.person(pid) for pid in ("sam", "mum", "dad", "granny", "sofia")),
    worried=SAM.worried[1:], what_happened=(replace(SAM.what_happened[1], when="that night"),),
    parents_say=SAM.parents_say[:1], good_things=SAM.good_things[:1],
    what_happened_next=SAM.what_happened_next[:1], safety_plan=SAM.safety_plan[1:2],
    helpers=SAM.helpers[:1], child_can=SAM.child_can[:1], scale=SAM.scale[:2],
    next=SAM.next[:1])


def planner(account: Account = SAM, templates: Path | None = None,
            child: str | None = None) -> Planner:
    return planner_for(account, templates, child)


def texts(pages: list[Page]) -> list[list[str]]:
    """Return each page's paragraphs' texts."""
    return [[p.text for p in page.paragraphs] for page in pages]


def ids(people: Iterable[Person]) -> list[str]:
    return [p.id for p in people]


def item(text: str, *who: str, **more: object) -> Entry:
    return replace(SAM.worried[0], text=text, who=who, **more)  # type: ignore[arg-type]


# -- the whole book ------------------------------------------------------------------------


def test_sams_book_in_order_a_draft_with_its_quiet_lines() -> None:
    book = plan_book(SAM)
    order = list(dict.fromkeys(p.kind for p in book.pages))
    assert order == [PageKind.COVER, PageKind.CAST, PageKind.GOOD_THINGS, PageKind.WORRIED,
                     PageKind.WHAT_HAPPENED, PageKind.PARENTS_SAY, PageKind.NOT_YOUR_FAULT,
                     PageKind.WHAT_HAPPENED_NEXT, PageKind.WORRIES_NOW, PageKind.SAFETY_PLAN,
                     PageKind.HELPERS, PageKind.CHILD_CAN, PageKind.CALL, PageKind.SCALE,
                     PageKind.NEXT, PageKind.MAKERS, PageKind.REVIEW]
    stamp, *rest = book.pages[0].paragraphs
    assert stamp == Paragraph("Draft 1 · 12 November 2026", source="template", style="stamp")
    assert [p.text for p in rest] == ["A story for Sam."]
    assert (book.title, book.language, book.is_draft) == ("Sam's story", "en", True)
    assert (book.draft_label, book.date, book.version) == (
        "Draft 1 · 12 November 2026", dt.date(2026, 11, 12), 1)
    assert (book.reading_age, book.language_tag, book.direction) == (7, "en-GB", "ltr")
    assert ids(book.children) == ["sam"]
    assert [p.message for p in book.problems] == [
        p.message for p in planner().problems]  # Sofia's look
    by_kind: dict[PageKind, list[Page]] = {}
    for page in book.pages:
        by_kind.setdefault(page.kind, []).append(page)
    assert [p.kind for p in book.pages].count(PageKind.REVIEW) == 1
    # Sam is 7: two ideas a page, but one event or rule, each rule with its quiet line.
    assert [len(p.paragraphs) for p in by_kind[PageKind.GOOD_THINGS]] == [1 + 2, 1]
    assert len(by_kind[PageKind.WHAT_HAPPENED]) == 3 == len(SAM.what_happened)
    assert len(by_kind[PageKind.SAFETY_PLAN]) == 4 == len(SAM.safety_plan)
    caption = by_kind[PageKind.SAFETY_PLAN][0].paragraphs[1]
    assert (caption.text, caption.style) == ("every time Dad feels angry", "caption")
    feelings = {kind: {p.scene.feeling for p in by_kind[kind]}
                for kind in (PageKind.GOOD_THINGS, PageKind.WORRIED, PageKind.WORRIES_NOW,
                             PageKind.NEXT)}
    assert feelings == {PageKind.GOOD_THINGS: {"happy"}, PageKind.WORRIED: {"worried"},
                        PageKind.WORRIES_NOW: {"worried"}, PageKind.NEXT: {None}}
    # What the parents say: a section of all the parents who speak, in the order they do.
    assert {p.section for p in by_kind[PageKind.PARENTS_SAY]} == {"What Dad and Mum say"}


def test_a_final_book_has_the_date_only_and_no_review_page() -> None:
    book = plan_book(replace(SMALL, status="final", title=None))
    assert not book.is_draft and book.draft_label == "12 November 2026"
    assert book.title == "The story of Sam" == book.pages[0].heading
    assert [p.style for p in book.pages[0].paragraphs] == ["body"]
    assert book.pages[-1].kind is PageKind.MAKERS
    assert "Draft" not in " ".join(p.text for page in book.pages for p in page.paragraphs)
    [event] = [p for p in book.pages if p.kind is PageKind.WHAT_HAPPENED]
    assert [(p.text, p.style) for p in event.paragraphs[:1]] == [("that night", "caption")]


def test_a_right_to_left_language_is_marked_so() -> None:
    book = plan_book(replace(SMALL, language="ar"))
    assert (book.direction, book.language) == ("rtl", "ar")
    assert book.language_tag.startswith("ar")


def test_the_warnings_of_casting_are_in_the_accounts_language() -> None:
    [problem] = planner(NOOR).problems
    assert problem.message.startswith("niets zegt of Sofie van Veilig Thuis een vrouw")


def test_a_book_for_one_child_leaves_out_the_other_childs_items() -> None:
    noor, daan, mama = (NOOR.person(pid) for pid in ("noor", "daan", "mama"))
    only_daan = replace(NOOR.good_things[0], text="Alleen voor Daan.", only_for=("daan",))
    account = replace(NOOR, people=(noor, daan, mama), made_by=("mama",), scale=(),
                      good_things=(NOOR.good_things[0], only_daan))
    account = replace(account, **{section: () for section in (
        "worried", "what_happened", "parents_say", "worries_now", "what_happened_next",
        "safety_plan", "helpers", "child_can", "next")})
    for_noor = plan_book(account, child="noor")
    said = " ".join(p.text for page in for_noor.pages for p in page.paragraphs)
    assert "Alleen voor Daan." not in said and "Mama houdt" in said
    assert ids(for_noor.children) == ["noor"] and for_noor.reading_age == 9
    [left_out] = for_noor.problems
    assert left_out.message.startswith("left out of the book for Noor")
    assert left_out.mark == only_daan.mark
    both = planner(account)
    assert ids(both.children) == ["noor", "daan"] and both.problems == ()
    assert len(both.section(PageKind.GOOD_THINGS, both.account.good_things)(both.pace)) == 2


# -- an organisation's own pack ------------------------------------------------------------


@pytest.fixture(scope="module")
def frisian(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Account]:
    """Return a copy of the Frisian test pack with a picture.j2, a back.j2 and picture
    words of its own, and an account in Frisian."""
    own = tmp_path_factory.mktemp("packs")
    shutil.copytree(PACK / "fy", own / "fy")
    (own / "fy" / "picture.j2").write_text(
        "{% macro alt(scene) %}Us tekening fan {{ scene.kind.value }}{% endmacro %}",
        encoding="utf-8")
    (own / "fy" / "back.j2").write_text(
        "{% set heading %}Efterkant: {{ title }}{% endset %}{% set intro %}{% endset %}"
        "{% set notes %}De efterkant.{% endset %}{% set alt %}{% endset %}", encoding="utf-8")
    (own / "fy" / "pictures.yaml").write_text(
        "places:\n  kitchen: [keuken]\n", encoding="utf-8")
    event = replace(SAM.what_happened[0], text="Wy wienen yn de keuken.", where=None,
                    who=(), when=None, feeling=None)
    account = replace(SMALL, language="fy", what_happened=(event,))
    return own, account


def test_an_organisations_pack_words_and_draws_the_book(
        frisian: tuple[Path, Account]) -> None:
    own, account = frisian
    book = plan_book(account, own)
    assert all(p.scene.alt == f"Us tekening fan {p.scene.kind.value}" for p in book.pages
               if p.kind is not PageKind.REVIEW)
    [event] = [p for p in book.pages if p.kind is PageKind.WHAT_HAPPENED]
    assert event.scene.place == "kitchen"  # its own picture words: 'keuken'
    back = planner(account, own).back("Titel")
    assert (back.heading, back.notes) == ("Efterkant: Titel", "De efterkant.")


def test_a_pack_without_picture_or_back_keeps_its_page_descriptions(
        frisian: tuple[Path, Account]) -> None:
    _, account = frisian
    plain = planner(account, PACK)
    assert not plain.describes and not plain.has_back
    [event] = plain.section(PageKind.WHAT_HAPPENED, account.what_happened)(plain.pace)
    assert event.scene.place is None  # no picture words: 'keuken' is not read
    assert event.scene.alt == "In tekening fan Sam."  # what_happened.j2's own 'alt'
    back = plain.back("Titel")
    assert back == Page(PageKind.BACK, "Titel", (), Scene(PageKind.BACK), "", "Titel")


def test_every_template_may_name_the_people_its_page_shows(tmp_path: Path) -> None:
    heading = "{% set heading %}{{ people|map(attribute='id')|join(' ') }}{% endset %}"
    own = own_pack(tmp_path, {f"{kind}.j2": heading for kind in (
        "not_your_fault", "draw", "back", "call", "scale", "cast", "makers", "review",
        "helpers")})
    plan = planner(SMALL, own)
    [fault] = plan.fixed(PageKind.NOT_YOUR_FAULT)
    assert fault.section == fault.heading == "sam"
    draw = [p for p in plan.booklet(plan.plan()).pages if p.kind is PageKind.DRAW]
    assert draw and {p.section for p in draw} == {"sam"}
    assert plan.back("T").section == "sam"
    assert [p.section for p in plan.call()] == ["sam"]
    assert [p.section for p in plan.scale()] == ["sofia mum"]
    assert [p.section for p in plan.cast(plan.pace)] == ["sam mum dad granny", "sofia"]
    assert [p.section for p in plan.makers()] == ["mum dad sofia"]
    assert [p.section for p in plan.review()] == ["mum dad sofia"]
    assert [p.section for p in plan.helpers()] == ["granny"]


def test_a_page_whose_template_sets_no_heading_still_starts_its_section(
        tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"not_your_fault.j2": "{% set intro %}Words.{% endset %}"})
    [page] = planner(SMALL, own).fixed(PageKind.NOT_YOUR_FAULT)
    assert (page.heading, page.continued) == ("", False)


def test_a_pages_template_is_told_the_place_feeling_and_clock_of_its_picture(
        tmp_path: Path) -> None:
    told = "{% set notes %}{{ place }}|{{ feeling }}|{{ clock.text if clock else '' }}{% endset %}"
    own = own_pack(tmp_path, {"what_happened.j2": told, "safety_plan.j2": told})
    plan = planner(SAM, own)
    [event] = plan.section(PageKind.WHAT_HAPPENED, SAM.what_happened[:1])(plan.pace)
    assert event.notes == "kitchen|scared|3 March 2026"
    [rule] = plan.section(PageKind.SAFETY_PLAN, SAM.safety_plan[2:3], events=True)(plan.pace)
    assert rule.scene.clock is not None and rule.notes == "None|None|every evening"


# -- the pace ------------------------------------------------------------------------------


def section_pages(book: Book) -> dict[PageKind, int]:
    counts: dict[PageKind, int] = {}
    for page in book.pages:
        counts[page.kind] = counts.get(page.kind, 0) + 1
    return counts


# A child of four: one idea, one event, three people a page; two of each at the fuller pace.
# Every section that may give way has two short items (one page each at the fuller pace).
def two_short(entries: tuple[Entry, ...], section: str) -> tuple[Entry, ...]:
    first = replace(entries[0], who=entries[0].who[:1], when=None, where=None, feeling=None)
    return tuple(replace(first, text=f"Short {section} {n}.") for n in (1, 2))


SECTIONS = ("next", "child_can", "good_things", "what_happened_next", "worries_now",
            "worried", "parents_say", "safety_plan", "what_happened")
YOUNG = replace(SMALL, people=(replace(SAM.person("sam"), age=4), *SMALL.people[1:4]),
                made_by=("mum", "dad"), scale=SMALL.scale[1:],
                **{s: two_short(getattr(SMALL, s), s) for s in SECTIONS})
YOUNG = replace(YOUNG, worried=tuple(replace(e, who=("mum",)) for e in YOUNG.worried))
GIVE_WAY = (PageKind.NEXT, PageKind.CHILD_CAN, PageKind.GOOD_THINGS,
            PageKind.WHAT_HAPPENED_NEXT, PageKind.WORRIES_NOW, PageKind.CAST,
            PageKind.WORRIED, PageKind.PARENTS_SAY, PageKind.SAFETY_PLAN,
            PageKind.WHAT_HAPPENED)


def at_most(pages: int) -> dict[PageKind, int]:
    """Return the pages of each kind of the young child's book when it may be ``pages``
    long at most."""
    plan = planner(YOUNG)
    plan.paces = replace(plan.paces, most_pages=pages)
    return section_pages(plan.plan())


def test_a_long_book_gives_way_section_by_section_until_it_fits() -> None:
    assert planner(YOUNG).paces.most_pages == 32
    at_pace = section_pages(plan_book(YOUNG))
    assert all(at_pace[kind] == 2 for kind in GIVE_WAY), at_pace
    pages = 1 + sum(n for kind, n in at_pace.items() if kind is not PageKind.REVIEW)
    assert at_most(pages) == at_pace  # it fits: nothing gives way
    for many in range(1, 4):  # the first 'many' sections give way, one page each
        assert at_most(pages - many) == {
            **at_pace, **{kind: 1 for kind in GIVE_WAY[:many]}}, many
    assert at_most(0) == {**at_pace, **{kind: 1 for kind in GIVE_WAY}}  # never short enough


def test_the_book_length_counts_the_back_cover_and_not_the_review_page() -> None:
    page = Page(PageKind.CAST, "", (), Scene(PageKind.CAST), "", "")
    review = replace(page, kind=PageKind.REVIEW)
    assert length([]) == 1
    assert length([[page, page], [review], [page]]) == 4


# -- the pages, kind by kind ---------------------------------------------------------------



def test_the_cover_shows_the_childs_own_place_or_picture() -> None:
    plain = planner().cover("Title")
    assert plain[0].heading == "Title" and plain[0].scene.place is None
    where = planner(replace(SAM, cover=Cover(where="garden"))).cover("T")
    assert where[0].scene.place == "garden" and where[0].scene.image is None
    drawn = planner(replace(SAM, cover=Cover(picture=Path("us.png"))))
    [page] = drawn.cover("T")
    assert page.scene.image == Path("us.png") and page.scene.place is None
    who = planner(replace(SAM, cover=Cover(who=("granny",)))).cover("T")
    assert ids(who[0].scene.people) == ["granny"] and who[0].scene.image is None
    # Without 'cover: who', the children and whom the title names, else their parents.
    assert ids(planner().cover("Sam and Granny Ria")[0].scene.people) == ["sam", "granny"]
    assert ids(planner().cover("Sam's story")[0].scene.people) == ["sam", "mum", "dad"]


def test_the_cast_puts_the_family_first_a_few_to_a_page() -> None:
    plan = planner()
    pages = plan.cast(plan.pace)
    assert plan.pace.people == 4
    assert [ids(p.scene.people)[:4 - n] for n, p in enumerate(pages)] == [
        ["sam", "mum", "dad", "granny"], ["tom", "mrs_jansen", "sofia"]]
    assert [p.continued for p in pages] == [False, True]
    assert texts(pages)[1] == ["Uncle Tom is the uncle of Sam.",
                               "Mrs Jansen is a teacher at school.",
                               "Sofia is someone who helps children and parents."]
    assert texts(pages)[0][0].startswith("These are the people")
    assert [p.mark for p in pages[1].paragraphs] == [
        SAM.person(pid).mark for pid in ("tom", "mrs_jansen", "sofia")]
    assert all(p.source == "template" for page in pages for p in page.paragraphs)
    fuller = plan.cast(plan.fuller)
    assert len(fuller) == 2 and len(fuller[0].paragraphs) == 1 + 6  # the intro and six


def test_an_empty_section_has_no_pages() -> None:
    plan = planner(replace(SAM, next=(), helpers=(), scale=()))
    assert plan.section(PageKind.NEXT, ())(plan.pace) == []
    assert plan.helpers() == [] and plan.call() == [] and plan.scale() == []


def test_events_and_ideas_share_a_page_at_their_own_pace() -> None:
    plan = planner()  # 7: two ideas, one event a page
    entries = [item(f"Short thing {n}.") for n in range(4)]
    ideas = plan.section(PageKind.GOOD_THINGS, entries)(plan.pace)
    events = plan.section(PageKind.GOOD_THINGS, entries, events=True)(plan.pace)
    assert (plan.pace.ideas, plan.pace.events) == (2, 1)
    assert [len([p for p in page.paragraphs if p.source == "account"]) for page in ideas] == [
        2, 2]
    assert len(events) == 4
    fifteen = [item(" ".join(["word"] * 14) + ".") for _ in range(3)]
    assert (plan.pace.words, plan.fuller.words, plan.fuller.ideas) == (40, 55, 3)
    at_pace = plan.section(PageKind.GOOD_THINGS, fifteen)(plan.pace)
    fuller = plan.section(PageKind.GOOD_THINGS, fifteen)(plan.fuller)  # 6 + 45 words
    assert (len(at_pace), len(fuller)) == (2, 1)


def test_an_event_says_its_date_once_and_a_rule_who_and_when() -> None:
    plan = planner()
    captions = plan.event_captions()
    events = [item("It rained.", when="3 March 2026"), item("We went home.", when=None),
              item("We slept.", when="3 March 2026"), item("Sam woke up.", when="4 March 2026"),
              item("On 5 March we sang.", when="5 March 2026")]
    assert [[p.text for p in c] for c in captions(events)] == [
        ["3 March 2026"], [], [], ["4 March 2026"], []]
    assert [p.style for p in captions(events)[0]] == ["caption"]
    rules = [item("Tom phones.", "tom", "dad", when="every evening"),
             item("Granny visits.", "granny"),
             item("We play.", when="on Sundays"), item("We talk.")]
    assert [[p.text for p in c] for c in plan.rule_caption(rules)] == [
        ["Dad · every evening"], [], ["on Sundays"], []]


def test_a_quiet_line_names_who_and_when_or_is_left_out() -> None:
    plan = planner()
    granny, tom = SAM.person("granny"), SAM.person("tom")
    assert plan.quiet_line([], None) == ()
    assert plan.quiet_line([], "") == ()
    [line] = plan.quiet_line([granny, tom], "on Sundays")
    assert line == Paragraph("Granny Ria and Uncle Tom · on Sundays", source="template",
                             style="caption")
    assert plan.quiet_line([granny], None)[0].text == "Granny Ria"
    assert plan.quiet_line([], "today")[0].text == "today"


def test_the_helpers_stand_together_a_page_of_their_own_for_a_picture() -> None:
    plan = planner()
    nine = tuple(replace(SAM.helpers[1], text=f"Helper {n} helps.") for n in range(9))
    pages = planner(replace(SAM, helpers=nine)).helpers()
    assert [len([p for p in page.paragraphs if p.source == "account"]) for page in pages] == [
        5, 4]
    assert [p.continued for p in pages] == [False, True]
    assert all(p.scene.place is None for p in pages)
    drawn = replace(SAM.helpers[2], picture=Path("jansen.png"))
    mixed = planner(replace(SAM, helpers=(*SAM.helpers[:2], drawn))).helpers()
    assert [texts([p])[0][-1] for p in mixed] == [SAM.helpers[1].text, drawn.text]
    assert [p.continued for p in mixed] == [False, True]
    assert ids(mixed[0].scene.people)[:2] == ["granny", "tom"]
    assert mixed[1].scene.image == Path("jansen.png")
    alone = planner(replace(SAM, helpers=(drawn,))).helpers()
    assert [p.continued for p in alone] == [False]
    assert plan.paces.together == 8
    # However many words, the circle is one page and a helper's own picture another.
    long = "Word " + " ".join(["word"] * 10) + "."  # a sentence of eleven words
    ring = tuple(replace(SAM.helpers[1], text=long) for _ in range(3))
    own = replace(SAM.helpers[2], picture=Path("jansen.png"), text=f"{long} {long} {long}")
    people = (*YOUNG.people, SAM.person("tom"), SAM.person("mrs_jansen"))
    young = planner(replace(YOUNG, people=people, helpers=(*ring, own)))
    assert young.pace.words == 25
    assert [len(p.paragraphs) for p in young.helpers()] == [1 + 3, 1]


def test_the_circle_draws_whom_the_helpers_words_name() -> None:
    granny = replace(SAM.helpers[0], text="Granny Ria helps.")
    tom = replace(SAM.helpers[1], text="Dad talks to Uncle Tom.")
    [page] = planner().pages(PageKind.HELPERS, [Block((Paragraph(e.text),), e)
                                                for e in (granny, tom)],
                             people=(SAM.person("granny"), SAM.person("tom")), budget=999,
                             together=True)
    assert "dad" in ids(page.scene.people)  # named in Uncle Tom's words only


def test_the_call_page_lists_each_helper_with_a_phone_number() -> None:
    tom = replace(SAM.helpers[1], phone="06-99")
    nobody = replace(SAM.helpers[2], phone="112", who=())
    [page] = planner(replace(SAM, helpers=(SAM.helpers[0], tom, nobody))).call()
    assert texts([page]) == [["Granny Ria: 06-12345678", "Uncle Tom: 06-99"]]
    assert [p.mark for p in page.paragraphs] == [SAM.helpers[0].mark, tom.mark]
    assert ids(page.scene.people)[:3] == ["sam", "granny", "tom"]
    assert planner(replace(SAM, helpers=(nobody,))).call() == []
    assert {p.source for p in page.paragraphs} == {"template"}  # the book's words, not the
    # caseworker's: no recording of the helper's item is looked for
    many = tuple(replace(SAM.helpers[0], phone=f"06-{n}") for n in range(12))
    young = planner(replace(YOUNG, helpers=many))
    assert young.pace.words == 25
    assert [len(p.paragraphs) for p in young.call()] == [12]  # one page, however many


def test_the_scale_gives_everyones_number_and_note() -> None:
    scores = (Score(SAM.scale[0].who, 5, SAM.scale[0].mark, "Wants more time."),
              Score("mum", 8, SAM.scale[1].mark))
    [page] = planner(replace(SAM, scale=scores)).scale()
    assert texts([page])[0][-3:] == ["Sofia gives a 5.", "Wants more time.", "Mum gives an 8."]
    assert [p.source for p in page.paragraphs[-3:]] == ["template", "account", "template"]
    assert page.paragraphs[-2].mark == scores[0].mark
    assert [(p.id, n) for p, n in page.scene.scores] == [("sofia", 5), ("mum", 8)]
    assert ids(page.scene.people)[:2] == ["sofia", "mum"]
    assert [p.mark for p in page.paragraphs[-3:]] == [scores[0].mark] * 2 + [scores[1].mark]
    many = tuple(Score("mum", n, SAM.scale[1].mark, "Some words to say about it.")
                 for n in range(11))
    [page] = planner(replace(YOUNG, scale=many)).scale()  # the whole scale on one page
    assert len([p for p in page.paragraphs if p.source == "account"]) == 11


def test_the_makers_sign_and_a_draft_is_reviewed_by_them() -> None:
    plan = planner()
    [makers] = plan.makers()
    assert texts([makers])[0][-3:] == ["Mum:", "Dad:", "Sofia:"]
    assert [p.style for p in makers.paragraphs[-3:]] == ["line"] * 3
    assert {p.source for p in makers.paragraphs} == {"template"}
    assert "12 November 2026" in " ".join(texts([makers])[0])
    assert ids(makers.scene.people)[:3] == ["mum", "dad", "sofia"]
    [review] = plan.review()
    assert texts([review])[0][-3:] == ["What is right?", "What is missing?",
                                       "Which words should change? Write the page number too."]
    assert [p.style for p in review.paragraphs[-3:]] == ["question"] * 3
    assert {p.source for p in review.paragraphs} == {"template"}
    assert "Then give this page to Sofia." in texts([review])[0]
    assert review.kind is PageKind.REVIEW and review.scene.kind is PageKind.MAKERS
    assert ids(review.scene.people)[:3] == ["mum", "dad", "sofia"]
    nobody = planner(replace(SAM, made_by=()))
    [review] = nobody.review()
    assert ids(review.scene.people)[:2] == ["mum", "dad"]  # the parents
    assert planner(replace(SAM, status="final")).review() == []


def test_a_booklet_is_padded_to_whole_sheets_with_the_back_last() -> None:
    plan = planner()
    book = plan.plan()
    story = [p for p in book.pages if p.kind is not PageKind.REVIEW]
    for count in range(1, 9):
        booklet = plan.booklet(replace(book, pages=(*story[:count], book.pages[-1])))
        pages = booklet.pages
        assert len(pages) % 4 == 0 and len(pages) - count - 1 < 4, count
        assert pages[:count] == tuple(story[:count])
        assert {p.kind for p in pages[count:-1]} <= {PageKind.DRAW}
        assert pages[-1].kind is PageKind.BACK and pages[-1].heading == "Sam's story"
    [draw] = [p for p in plan.booklet(replace(book, pages=tuple(story[:2]))).pages
              if p.kind is PageKind.DRAW]
    assert draw.heading == "Your own page" and ids(draw.scene.people) == ["sam"]


def test_the_review_is_a_loose_sheet_of_its_own() -> None:
    plan = planner()
    book = plan.plan()
    sheet = plan.review_sheet(book)
    assert sheet is not None and [p.kind for p in sheet.pages] == [PageKind.REVIEW]
    assert sheet.title == book.title
    assert plan.review_sheet(replace(book, pages=book.pages[:-1])) is None


def test_the_back_cover_says_only_the_title() -> None:
    back = planner().back("Sam's story")
    assert back.kind is PageKind.BACK and back.heading == back.section == "Sam's story"
    assert back.paragraphs == () and back.scene.kind is PageKind.BACK
    assert ids(back.scene.people) == ["sam"]


# -- how a section is cut into pages -------------------------------------------------------


def test_the_framing_is_on_the_first_page_only() -> None:
    plan = planner()
    entries = [item(f"Thing number {n} happened.") for n in range(3)]
    pages = plan.section(PageKind.WHAT_HAPPENED_NEXT, entries, events=True)(plan.pace)
    first = plan.wording.page("what_happened_next", **plan.context(plan.children))
    assert len(pages) == 3
    assert [p.text for p in pages[0].paragraphs] == [*first.intro, entries[0].text]
    assert texts(pages[1:]) == [[entries[1].text], [entries[2].text]]
    assert [p.continued for p in pages] == [False, True, True]
    assert all(p.section == first.heading == p.heading for p in pages)
    assert all(p.notes and p.scene.alt.startswith("A drawing") for p in pages)


def test_a_page_goes_on_only_under_the_heading_of_the_page_before() -> None:
    plan = planner()
    said = [item("Dad says one.", "dad"), item("Dad says two.", "dad"),
            item("Mum says one.", "mum"), item("Mum says two.", "mum")]
    pages = plan.pages(PageKind.PARENTS_SAY, [plan.block(e, ()) for e in said], per_page=1)
    assert [(p.heading, p.continued) for p in pages] == [
        ("What Dad says", False), ("What Dad says", True), ("What Mum says", False),
        ("What Mum says", True)]
    assert {p.section for p in pages} == {"What Mum and Dad say"}  # the parents
    more = plan.pages(PageKind.PARENTS_SAY, [plan.block(said[2], ())], continued=True)
    assert [p.continued for p in more] == [True]
    assert more[0].paragraphs == (Paragraph("Mum says one.", mark=said[2].mark),)


def test_whom_the_framing_names_is_drawn_on_its_first_page_only() -> None:
    plan = planner()  # "Some grown-ups were worried about Sam."
    said = [item("Sofia came to talk.", "sofia"), item("Mum and Dad listened.", "mum", "dad")]
    pages = plan.pages(PageKind.WORRIED, [plan.block(e, ()) for e in said], per_page=1)
    assert [ids(p.scene.people) for p in pages] == [["sofia", "sam"], ["mum", "dad"]]


def test_a_page_holds_what_its_budget_allows() -> None:
    plan = planner()
    ten = item(" ".join(["word"] * 9) + ".")  # ten words
    blocks = [plan.block(ten, ()) for _ in range(4)]
    intro = plan.wording.page("worried", **plan.context(plan.children)).intro
    assert len(" ".join(intro).split()) == 6
    pages = plan.pages(PageKind.WORRIED, blocks, budget=20)
    assert [len(p.paragraphs) for p in pages] == [1 + 1, 2, 1]  # the framing takes room too
    assert len(plan.pages(PageKind.WORRIED, blocks, budget=26)) == 2
    assert len(plan.pages(PageKind.WORRIED, blocks, budget=999)) == 1
    assert len(plan.pages(PageKind.WORRIED, blocks, budget=999, per_page=3)) == 2
    # However long the framing, ten words of the story fit beside it.
    assert len(plan.pages(PageKind.WORRIED, blocks[:1], budget=1)) == 1
    five, six = item("One two three four five."), item("One two three four five six.")
    floor = plan.pages(PageKind.WORRIED, [plan.block(five, ()), plan.block(six, ())], budget=1)
    assert [len(p.paragraphs) for p in floor] == [1 + 1, 1]  # 11 words: more than ten
    assert plan.pace.words == 40  # without a budget, the reader's pace: 34 words beside 6
    assert [len(p.paragraphs) for p in plan.pages(PageKind.WORRIED, blocks)] == [1 + 3, 1]
    fuller = plan.pages(PageKind.WORRIED, blocks, pace=plan.fuller)  # 55 words
    assert [len(p.paragraphs) for p in fuller] == [1 + 4]


def test_a_scores_mark_is_on_the_page_of_its_person() -> None:
    plan = planner()
    marks = tuple((SAM.person(pid), n) for pid, n in (("sofia", 5), ("mum", 7), ("dad", 8)))
    lines = [Block((Paragraph(f"{pid} line"),), people=(pid,)) for pid in ("mum", "dad")]
    [page] = plan.pages(PageKind.SCALE, lines, scores=marks, budget=999)
    assert [(p.id, n) for p, n in page.scene.scores] == [("mum", 7), ("dad", 8)]
    assert ids(page.scene.people) == ["mum", "dad"]
    [page] = plan.pages(PageKind.SCALE, lines, budget=999)
    assert page.scene.scores == ()


def test_whom_a_page_shows() -> None:
    plan = planner()
    mum, dad, granny = (SAM.person(pid) for pid in ("mum", "dad", "granny"))
    own = [plan.block(item("x.", "dad"), ())]
    lines = [Block((Paragraph("Granny: 1"),), people=("granny",))]
    assert ids(plan.shown(PageKind.CALL, lines, None)) == ["sam", "granny"]
    assert ids(plan.shown(PageKind.SCALE, lines, None)) == ["granny"]
    assert ids(plan.shown(PageKind.NEXT, own, (mum,))) == ["dad"]
    assert ids(plan.shown(PageKind.NEXT, [], (mum, granny))) == ["mum", "granny"]
    assert ids(plan.shown(PageKind.NEXT, [], None)) == ["sam"]
    assert ids(plan.people_of([item("a", "dad", "mum"), item("b", "mum", "granny")])) == [
        "dad", "mum", "granny"]
    assert plan.person("dad") is dad


def test_a_page_picture_shows_its_words_and_people() -> None:
    plan = planner()
    kitchen = item("Dad cooked in the kitchen.", "dad")
    school = item("Mum was at school.", "mum")
    park = item("Granny walked in the park.", "granny")
    blocks = [plan.block(e, ()) for e in (kitchen, school, park)]
    pages = plan.pages(PageKind.NEXT, blocks, budget=999)  # two pictures a page at most
    assert [[s.place for s in p.scene.panels] for p in pages] == [["kitchen", "school"], []]
    assert pages[1].scene.place == "park" and ids(pages[1].scene.people) == ["granny"]
    assert ids(pages[0].scene.people) == ["dad", "mum"]
    together = plan.pages(PageKind.HELPERS, blocks, budget=999, together=True)
    assert len(together) == 1 and together[0].scene.panels == ()
    assert ids(together[0].scene.people)[:3] == ["dad", "mum", "granny"]
    # Each picture draws whom its own item names, not whom the item beside it names.
    two = [plan.block(item("Mum sings.", "mum"), ()),
           plan.block(item("Dad reads to Sam.", "dad"), ())]
    [page] = plan.pages(PageKind.GOOD_THINGS, two, budget=999)
    assert [ids(s.people) for s in page.scene.panels] == [["mum"], ["dad", "sam"]]
    assert plan.block_key(PageKind.NEXT, blocks[0], None) != plan.block_key(
        PageKind.NEXT, blocks[1], None)
    assert plan.block_key(PageKind.NEXT, Block((Paragraph("x"),)), None) is None


def test_an_items_words_come_after_its_quiet_line() -> None:
    plan = planner()
    entry = item("Word for word.", "dad")
    caption = (Paragraph("Dad", source="template", style="caption"),)
    block = plan.block(entry, caption)
    assert block.paragraphs == (*caption, Paragraph("Word for word.", mark=entry.mark))
    assert block.entry is entry


def test_what_every_template_may_use() -> None:
    plan = planner()
    mum = SAM.person("mum")
    assert plan.context([mum]) == {
        "children": list(plan.children), "people": [mum], "title": "", "date": None,
        "place": None, "feeling": None, "clock": None}
    day = dt.date(2026, 1, 2)
    made = plan.context((), title="T", date=day, place="park", extra=1)
    assert (made["title"], made["date"], made["place"], made["extra"]) == ("T", day, "park", 1)


def test_a_scene_gets_its_description() -> None:
    scene = Scene(PageKind.COVER, alt="old")
    plan = planner()
    assert plan.describe(scene).startswith("A drawing")


# A book in two languages, planned without layout: every line of the book's own and every
# item in the main language is followed by its translation, carrying the second language.
YUSUF = load_account(Path(__file__).parent / "data" / "examples" / "yusuf-nl-ar.yaml")


def test_a_bilingual_book_follows_every_item_with_its_translation() -> None:
    book = plan_book(YUSUF)
    assert (book.second_language, book.second_title) == ("ar", YUSUF.title_translation)
    lines = [p for page in book.pages for p in page.paragraphs]
    items = [e for _, entries in YUSUF.entries() for e in entries]
    for entry in items:
        at = next(i for i, p in enumerate(lines) if p.text == entry.text)
        second = lines[at + 1]
        assert (second.text, second.style, second.source) == (
            entry.translation, "second", "account"), entry.text
        assert (second.language, second.direction, second.mark) == (
            "ar", "rtl", entry.translation_mark)
    assert not any(p.language for p in lines if p.style not in ("second", "second_heading"))


def test_each_heading_and_framing_line_of_a_bilingual_book_has_its_arabic() -> None:
    book = plan_book(YUSUF)
    for page in book.pages:
        lines = page.paragraphs
        for before, after in zip(lines, lines[1:], strict=False):
            if before.source == "template" and before.style == "body":
                assert after.style == "second" and after.language == "ar", before.text
        if page.heading and not page.continued and page.kind.name != "COVER":
            assert lines[0].style == "second_heading" and lines[0].direction == "rtl", (
                page.heading)


def test_a_book_of_one_language_has_no_second_lines() -> None:
    lines = [p for page in plan_book(SAM).pages for p in page.paragraphs]
    assert not [p for p in lines if p.style.startswith("second") or p.language]
