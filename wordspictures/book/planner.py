"""Plan the book: turn an account into an ordered list of pages.

The caseworker's sentences go into the book word for word and in order; the framing comes
from the language's templates. A page holds one idea: sections that are too long for the
child's reading age continue on the next page instead of getting smaller type.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from wordspictures.account.model import Account, Entry, Person
from wordspictures.book.casting import cast_people
from wordspictures.book.pages import Book, Page, PageKind, Paragraph, Scene
from wordspictures.book.picture_words import load_picture_words
from wordspictures.book.reading import Reader
from wordspictures.book.scenes import Item, Scenes, scene_key, split_by_scene, turn_repeats
from wordspictures.book.selection import items_for
from wordspictures.language.files import find_pack_file
from wordspictures.language.sentences import split_sentences
from wordspictures.language.wording import Wording
from wordspictures.problems import Problem


@dataclass(frozen=True)
class Pace:
    """How much a page holds for a reading age (AVI guidance: ~30 words at 6, 40 at 7).

    ``words`` is the budget of the child's words a page, ``ideas`` how many entries of a
    list share a page, ``events`` how many events or rules, ``people`` how many people the
    'who is in this story' pages introduce at once.
    """

    words: int
    events: int
    people: int
    ideas: int = 99


def pace_for(age: int) -> Pace:
    """Return the page budget for the youngest reader's age."""
    if age <= 5:  # listening, not reading: one idea a page, so the picture tells it
        return Pace(words=25, events=1, people=3, ideas=1)
    if age <= 7:
        return Pace(words=30 + 10 * (age - 6), events=1, people=4)
    if age <= 9:
        return Pace(words=50, events=1, people=5)
    if age <= 11:
        return Pace(words=70, events=2, people=6)
    return Pace(words=90, events=2, people=6)


@dataclass(frozen=True)
class Block:
    """A paragraph with the scene of the entry it came from, before pages are cut;
    ``people`` are the ids a line of the book's own is about (a score, a phone number)."""

    paragraphs: tuple[Paragraph, ...]
    entry: Entry | None = None
    people: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """Return the caseworker's words in this block (what its picture shows)."""
        return " ".join(p.text for p in self.paragraphs if p.style == "body"
                        and p.source == "account")

    @property
    def words(self) -> int:
        """Return the number of words the child reads in this block."""
        return sum(len(p.text.split()) for p in self.paragraphs if p.style == "body")


def plan_book(account: Account, templates: Path | None = None,
              child: str | None = None) -> Book:
    """Return the planned book for an account.

    ``child`` (a person id) makes the book for that one child, at their age; without it the
    book is for everyone in ``for``, pitched at the youngest.
    """
    return planner_for(account, templates, child).plan()


def planner_for(account: Account, templates: Path | None, child: str | None) -> Planner:
    """Return the planner of the book for ``child`` (None: for everyone in ``for``).

    A book for one child leaves out the items that are only for other children (``for:``
    on an item), each with a warning that names its line.
    """
    left_out: list[Problem] = []
    if child is not None:
        account, left_out = items_for(replace(account, for_children=(child,)), child)
    return Planner(account, Wording(account.language, templates), templates, left_out)


class Planner:
    """Builds the pages of one book; one method a page kind."""

    def __init__(self, account: Account, wording: Wording, templates: Path | None = None,
                 problems: Sequence[Problem] = ()):
        self.account = account
        self.wording = wording
        self.children = account.children
        self.pace = pace_for(account.reading_age)
        words = load_picture_words(account.language, templates)
        cast = cast_people(account.people, words, account.language)
        reader = Reader(account.people, words, cast.genders, wording.facts.abbreviation)
        self.scenes = Scenes(account, reader, cast, wording.facts)
        self.problems = (*problems, *cast.problems)
        # A pack without picture.j2 (an organisation's language made before it) keeps each
        # page template's own picture description.
        self.describes = find_pack_file(account.language, "picture.j2", templates) is not None

    def plan(self) -> Book:
        """Return the whole book, its pages in the usual Words and Pictures order."""
        a = self.account
        title = a.title or self.wording.phrase("default_title", list(self.children))
        pages: list[Page] = [
            *self.cover(title),
            *self.cast(),
            *self.section(PageKind.GOOD_THINGS, a.good_things, feeling="happy"),
            *self.section(PageKind.WORRIED, a.worried, feeling="worried"),
            *self.section(PageKind.WHAT_HAPPENED, a.what_happened, per_page=self.pace.events,
                          caption=lambda e: self.caption("event_when", e.when)),
            *self.section(PageKind.PARENTS_SAY, a.parents_say,
                          people=self.people_of(a.parents_say)),
            *self.fixed(PageKind.NOT_YOUR_FAULT),
            *self.section(PageKind.WHAT_HAPPENED_NEXT, a.what_happened_next),
            *self.section(PageKind.WORRIES_NOW, a.worries_now, feeling="worried"),
            *self.section(PageKind.SAFETY_PLAN, a.safety_plan, per_page=self.pace.events,
                          caption=self.rule_caption),
            *self.section(PageKind.HELPERS, a.helpers, people=self.people_of(a.helpers)),
            *self.section(PageKind.CHILD_CAN, a.child_can),
            *self.call(),
            *self.scale(),
            *self.section(PageKind.NEXT, a.next),
            *self.makers(),
            *self.review(),
        ]
        draft = self.wording.phrase("draft_label", a.version, a.date)
        if a.is_draft:  # the cover says so under the title, every page in its footer
            stamp = Paragraph(draft, source="template", style="stamp")
            pages[0] = replace(pages[0], paragraphs=(stamp, *pages[0].paragraphs))
        pages = turn_repeats(pages)
        return Book(
            title=title, language=a.language, pages=tuple(pages), children=self.children,
            is_draft=a.is_draft,
            draft_label=draft if a.is_draft else self.wording.phrase("final_label", a.date),
            date=a.date, version=a.version, reading_age=a.reading_age,
            language_tag=self.wording.facts.tag, direction=self.wording.facts.direction,
            problems=tuple(self.problems),
        )

    # -- pages -------------------------------------------------------------------------

    def cover(self, title: str) -> list[Page]:
        """Return the cover: title, who the book is for, a drawing of them (``cover``)."""
        pages = self.pages(PageKind.COVER, [], people=self.scenes.cover_people(title),
                           title=title)
        cover = self.account.cover
        if cover and (cover.where or cover.picture):
            scene = replace(pages[0].scene, place=cover.where, image=cover.picture)
            pages[0] = replace(pages[0], scene=scene)
        return pages

    def cast(self) -> list[Page]:
        """Return the pages that introduce everyone, as the child calls them."""
        people = sorted(self.account.people, key=lambda p: (not p.is_family, p.is_professional))
        blocks = [Block((Paragraph(self.wording.phrase("cast_line", p, list(self.children)),
                                   source="template", mark=p.mark),), people=(p.id,))
                  for p in people]
        pages = []
        for number, chunk in enumerate(chunks(list(zip(people, blocks, strict=True)),
                                                   self.pace.people)):
            shown = tuple(p for p, _ in chunk)
            pages += self.pages(PageKind.CAST, [b for _, b in chunk], people=shown,
                                continued=number > 0, per_page=len(chunk), budget=999)
        return pages

    def section(self, kind: PageKind, entries: Sequence[Entry], *, per_page: int | None = None,
                feeling: str | None = None, people: tuple[Person, ...] | None = None,
                caption=None) -> list[Page]:
        """Return the pages of a story list, one entry or a few a page (the reader's pace)."""
        if not entries:
            return []
        blocks = [self.block(e, caption(e) if caption else ()) for e in entries]
        return self.pages(kind, blocks, feeling=feeling, people=people,
                          per_page=per_page or self.pace.ideas)

    def fixed(self, kind: PageKind) -> list[Page]:
        """Return a page that is the book's own words only."""
        return self.pages(kind, [], people=self.children)

    def call(self) -> list[Page]:
        """Return the 'who can I call' page, when any helper has a phone number."""
        lines = [Block((Paragraph(self.wording.phrase("phone_line", self.person(e.who[0]),
                                                      e.phone), source="template",
                                  mark=e.mark),), people=(e.who[0],))
                 for e in self.account.helpers if e.phone and e.who]
        return self.pages(PageKind.CALL, lines, people=self.children) if lines else []

    def scale(self) -> list[Page]:
        """Return the safety-scale page with everyone's number."""
        scores = self.account.scale
        if not scores:
            return []
        blocks = []
        for s in scores:
            line = Paragraph(self.wording.phrase("score_line", self.person(s.who), s.score),
                             source="template", mark=s.mark)
            extra = (Paragraph(s.text, mark=s.mark),) if s.text else ()
            blocks.append(Block((line, *extra), people=(s.who,)))
        marks = tuple((self.person(s.who), s.score) for s in scores)
        people = tuple(p for p, _ in marks)
        # Every scale page shows the whole scale; the lines go on to a next page like any
        # text, because crowding them onto one page shrinks the picture to a stamp.
        return self.pages(PageKind.SCALE, blocks, people=people, scores=marks)

    def makers(self) -> list[Page]:
        """Return the last page: who made the book, with room to sign."""
        makers = tuple(self.person(pid) for pid in self.account.made_by)
        lines = [Block((Paragraph(self.wording.phrase("sign_line", p), source="template",
                                  style="line"),)) for p in makers]
        return self.pages(PageKind.MAKERS, lines, people=makers, date=self.account.date)

    def review(self) -> list[Page]:
        """Return a draft's review page: what is right, what is missing, which words to
        change, each with lines to write on. A final book has none."""
        if not self.account.is_draft:
            return []
        # The lines to write on are the layout's: they share out the room that is left.
        questions = [Block((Paragraph(self.wording.phrase(name), source="template",
                                      style="question"),))
                     for name in ("review_right", "review_missing", "review_words")]
        makers = tuple(self.person(pid) for pid in self.account.made_by)
        grown_ups = tuple(p for p in self.account.people if p.is_parent)
        [page] = self.pages(PageKind.REVIEW, questions, people=makers or grown_ups,
                            budget=999, helpers=[p for p in makers if p.is_professional])
        # The picture is the makers page's: the grown-ups with a book and a pencil.
        return [replace(page, scene=replace(page.scene, kind=PageKind.MAKERS))]

    def pad_for_booklet(self, book: Book, long_edge: bool) -> Book:
        """Return the book padded with drawing pages to a multiple of four pages, the
        printing note in small print on its last page."""
        missing = -len(book.pages) % 4
        drawing = self.pages(PageKind.DRAW, [], people=self.children) * missing
        note = Paragraph(self.wording.phrase("booklet_note", long_edge), source="template",
                         style="note")
        last = replace(book.pages[-1], paragraphs=(*book.pages[-1].paragraphs, note))
        return replace(book, pages=(*book.pages[:-1], *drawing, last))

    # -- helpers -----------------------------------------------------------------------

    def pages(self, kind: PageKind, blocks: Sequence[Block], *, per_page: int = 99,
              people: tuple[Person, ...] | None = None, feeling: str | None = None,
              continued: bool = False, scores: tuple[tuple[Person, int], ...] = (),
              budget: int | None = None, **context: object) -> list[Page]:
        """Return the pages of one section: framing first, blocks cut to the budget."""
        first = self.wording.page(kind.value, **self.context(people or (), **context))
        intro = tuple(Paragraph(t, source="template") for t in first.intro)
        limit = budget or self.pace.words
        room = max(limit - sum(len(p.text.split()) for p in intro), 10)
        groups = list(fill_pages(blocks, room, limit, per_page,
                                 self.wording.facts.abbreviation)) or [[]]
        result = []
        heading = ""
        groups = split_by_scene(groups, lambda b: self.block_key(kind, b, feeling))
        for number, group in enumerate(groups):
            first_page = number == 0 and not continued
            shown = self.shown(kind, group, people)
            marks = tuple(m for m in scores if m[0] in shown) if scores else scores
            own_words = [p.text for b in group if b.entry is None for p in b.paragraphs]
            scene = self.scenes.page(
                kind, [Item(b.entry, b.text) for b in group if b.entry],
                " ".join(([p.text for p in intro] if first_page else []) + own_words),
                shown, feeling, marks)
            words = self.wording.page(kind.value, **self.context(
                shown, place=scene.place, feeling=scene.feeling, clock=scene.clock, **context))
            # '(continued)' only under the same heading: a page about someone else (what
            # Mama says, after what Papa says) has a heading of its own.
            heading = words.heading if number == 0 else heading
            more = continued or (number > 0 and words.heading == heading)
            title = self.wording.phrase("continued", words.heading) if more else words.heading
            paragraphs = (intro if first_page else ()) + tuple(
                p for block in group for p in block.paragraphs)
            result.append(Page(kind=kind, heading=title, paragraphs=paragraphs,
                               scene=replace_alt(scene, self.describe(scene) or words.alt),
                               notes=words.notes,
                               section=first.heading, continued=more))
        return result

    def shown(self, kind: PageKind, group: Sequence[Block],
              people: tuple[Person, ...] | None) -> tuple[Person, ...]:
        """Return whom a page is about: the people of its lines (a score, a phone number:
        with the child who phones), else of its entries' 'who', else the section's."""
        own = tuple(self.person(pid) for b in group for pid in b.people)
        if own:
            return (*self.children, *own) if kind is PageKind.CALL else own
        return self.people_of([b.entry for b in group if b.entry]) or people or self.children

    def describe(self, scene: Scene) -> str:
        """Return what the picture shows in words (``picture.j2``), or '' to keep the page
        template's description."""
        return self.wording.macro("picture.j2", "alt", scene) if self.describes else ""

    def block_key(self, kind: PageKind, block: Block, feeling: str | None) -> object:
        """Return what a block's picture shows, to tell blocks of one picture from others."""
        if block.entry is None:
            return None
        return scene_key(self.scenes.item(kind, Item(block.entry, block.text), feeling))

    def context(self, people: Iterable[Person], **extra: object) -> dict[str, object]:
        """Return what every template may use."""
        return {"children": list(self.children), "people": list(people),
                "title": extra.pop("title", ""), "date": extra.pop("date", None),
                "place": None, "feeling": None, "clock": None, **extra}

    def block(self, entry: Entry, caption: Sequence[Paragraph]) -> Block:
        """Return an entry as paragraphs: its caption, then its sentences word for word."""
        return Block((*caption, Paragraph(entry.text, mark=entry.mark)), entry)

    def caption(self, phrase: str, value: str | None) -> tuple[Paragraph, ...]:
        """Return a one-line caption paragraph, or nothing when there is no value."""
        if not value:
            return ()
        return (Paragraph(self.wording.phrase(phrase, value), source="template",
                          style="caption"),)

    def rule_caption(self, entry: Entry) -> tuple[Paragraph, ...]:
        """Return who does a safety-plan rule and when."""
        who = [self.person(pid) for pid in entry.who]
        lines = [Paragraph(self.wording.phrase("rule_who", who), source="template",
                           style="caption")] if who else []
        return (*lines, *self.caption("rule_when", entry.when))

    def person(self, pid: str) -> Person:
        """Return a person by id."""
        return self.account.person(pid)

    def people_of(self, entries: Sequence[Entry]) -> tuple[Person, ...]:
        """Return everyone named in the entries' 'who', once each."""
        seen = dict.fromkeys(pid for e in entries for pid in e.who)
        return tuple(self.person(pid) for pid in seen)


def replace_alt(scene: Scene, alt: str) -> Scene:
    """Return the scene with its alt text set."""
    return replace(scene, alt=alt)


def fill_pages(blocks: Sequence[Block], first_budget: int, budget: int,
               per_page: int, abbreviation: re.Pattern[str]) -> Iterator[list[Block]]:
    """Yield the blocks in page-sized groups; a block too long for a page is cut at sentences."""
    page: list[Block] = []
    room = first_budget
    for block in (piece for b in blocks for piece in split_block(b, budget, abbreviation)):
        if page and (block.words > room or len(page) >= per_page):
            yield page
            page, room = [], budget
        page.append(block)
        room -= block.words
    if page:
        yield page


def split_block(block: Block, budget: int, abbreviation: re.Pattern[str]) -> Iterator[Block]:
    """Yield the block, or its sentences in page-sized runs when it is longer than a page
    (cut where the word check cuts them: ``language.sentences``)."""
    if block.words <= budget:
        yield block
        return
    captions = tuple(p for p in block.paragraphs if p.style != "body")
    for body in (p for p in block.paragraphs if p.style == "body"):
        run: list[str] = []
        for sentence in (s.text for s in split_sentences(body.text, abbreviation)):
            if run and len(" ".join([*run, sentence]).split()) > budget:
                yield Block((*captions, Paragraph(" ".join(run), body.source, body.style,
                                                  body.mark)), block.entry)
                run, captions = [], ()
            run.append(sentence)
        yield Block((*captions, Paragraph(" ".join(run), body.source, body.style, body.mark)),
                    block.entry)


def chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    """Yield the items in runs of ``size``."""
    for start in range(0, len(items), size):
        yield items[start:start + size]
