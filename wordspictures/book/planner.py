"""Plan the book: turn an account into an ordered list of pages.

The caseworker's sentences go into the book word for word and in order; the framing comes
from the language's templates. A page holds what the reader's pace allows (``pace``): one
idea a page for the youngest, more as the child grows. A section too long for one page goes
on over the next pages under no new heading (the layout marks them with the section's
colour band); a book longer than a picture book lets sections take a fuller pace.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from wordspictures.account.model import Account, Entry, Person
from wordspictures.book.bilingual import Second, paired
from wordspictures.book.blocks import Block, chunks, fill_pages, length, share
from wordspictures.book.captions import untold_people, untold_when
from wordspictures.book.casting import cast_people
from wordspictures.book.pace import Pace, load_paces
from wordspictures.book.pages import Book, Page, PageKind, Paragraph, Scene
from wordspictures.book.picture_words import load_picture_words
from wordspictures.book.reading import Reader
from wordspictures.book.scenes import Item, Scenes, scene_key, split_by_scene, turn_repeats
from wordspictures.book.selection import items_for
from wordspictures.language.files import find_pack_file
from wordspictures.language.wording import Wording
from wordspictures.problems import Mark, Problem

Part = Callable[[Pace], list[Page]]  # a section's pages at a pace


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
        self.paces = load_paces()
        self.pace, self.fuller = self.paces.at(account.reading_age)
        words = load_picture_words(account.language, templates)
        cast = cast_people(account.people, words, account.language)
        reader = Reader(account.people, words, cast.genders, wording.facts.abbreviation)
        self.scenes = Scenes(account, reader, cast, wording.facts)
        self.problems = (*problems, *cast.problems)
        # A pack without picture.j2 (an organisation's language made before it) keeps each
        # page template's own picture description; one without back.j2 a back with the title.
        self.describes = find_pack_file(account.language, "picture.j2", templates) is not None
        self.has_back = find_pack_file(account.language, "back.j2", templates) is not None
        self.second = Second(account, templates) if account.second_language else None
        self.second_title = self.second.title(account) if self.second else ""

    def plan(self) -> Book:
        """Return the whole book, its pages in the usual Words and Pictures order."""
        a = self.account
        title = a.title or self.wording.phrase("default_title", list(self.children))
        parts: list[tuple[str, Part]] = [
            ("cover", lambda _: self.cover(title)),
            ("cast", self.cast),
            ("good_things", self.section(PageKind.GOOD_THINGS, a.good_things, feeling="happy")),
            ("worried", self.section(PageKind.WORRIED, a.worried, feeling="worried")),
            ("what_happened", self.section(PageKind.WHAT_HAPPENED, a.what_happened,
                                           events=True, caption=self.event_captions())),
            ("parents_say", self.section(PageKind.PARENTS_SAY, a.parents_say,
                                         people=self.people_of(a.parents_say))),
            ("not_your_fault", lambda _: self.fixed(PageKind.NOT_YOUR_FAULT)),
            ("what_happened_next", self.section(PageKind.WHAT_HAPPENED_NEXT,
                                                a.what_happened_next)),
            ("worries_now", self.section(PageKind.WORRIES_NOW, a.worries_now,
                                         feeling="worried")),
            ("safety_plan", self.section(PageKind.SAFETY_PLAN, a.safety_plan, events=True,
                                         caption=self.rule_caption)),
            ("helpers", lambda _: self.helpers()),
            ("child_can", self.section(PageKind.CHILD_CAN, a.child_can)),
            ("call", lambda _: self.call()),
            ("scale", lambda _: self.scale()),
            ("next", self.section(PageKind.NEXT, a.next)),
            ("makers", lambda _: self.makers()),
            ("review", lambda _: self.review()),
        ]
        pages = [page for part in self.at_pace(parts) for page in part]
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
            problems=tuple(self.problems), second_language=a.second_language,
            second_title=self.second_title,
        )

    def at_pace(self, parts: Sequence[tuple[str, Part]]) -> list[list[Page]]:
        """Return each part's pages at the reader's pace; while the book is longer than a
        picture book, the sections that give way first take the fuller pace."""
        made = {name: part(self.pace) for name, part in parts}
        made_by = dict(parts)
        for name in self.paces.give_way:
            if length(made.values()) <= self.paces.most_pages:
                break
            if name in made_by:
                made[name] = made_by[name](self.fuller)
        return list(made.values())

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

    def cast(self, pace: Pace) -> list[Page]:
        """Return the pages that introduce everyone, as the child calls them."""
        people = sorted(self.account.people, key=lambda p: (not p.is_family, p.is_professional))
        blocks = [Block(self.both("cast_line", p, list(self.children), mark=p.mark),
                        people=(p.id,)) for p in people]
        pages = []
        most = pace.people if self.second is None else (pace.people + 1) // 2  # each twice
        for number, chunk in enumerate(chunks(list(zip(people, blocks, strict=True)), most)):
            shown = tuple(p for p, _ in chunk)
            pages += self.pages(PageKind.CAST, [b for _, b in chunk], people=shown,
                                continued=number > 0, per_page=len(chunk), budget=999)
        return pages

    def section(self, kind: PageKind, entries: Sequence[Entry], *, events: bool = False,
                feeling: str | None = None, people: tuple[Person, ...] | None = None,
                caption: Callable[[Sequence[Entry]], list[tuple[Paragraph, ...]]] | None = None,
                ) -> Part:
        """Return the pages of a story list at a pace: a few entries a page (``events``:
        as many as the pace's events, else its ideas); ``caption`` gives each entry's
        quiet line."""
        def at(pace: Pace) -> list[Page]:
            if not entries:
                return []
            captions = caption(entries) if caption else [()] * len(entries)
            blocks = [self.block(e, c) for e, c in zip(entries, captions, strict=True)]
            return self.pages(kind, blocks, feeling=feeling, people=people, pace=pace,
                              per_page=pace.events if events else pace.ideas)
        return at

    def fixed(self, kind: PageKind) -> list[Page]:
        """Return a page that is the book's own words only."""
        return self.pages(kind, [], people=self.children)

    def helpers(self) -> list[Page]:
        """Return the safety people together round the child: one page for up to eight
        (``pace.yaml``: together), their words under the picture. A helper's item with
        the family's own picture keeps a page of its own."""
        entries = self.account.helpers
        if not entries:
            return []
        ring = [e for e in entries if not e.picture]
        pages = []
        for number, group in enumerate(share(ring, self.paces.together)):
            pages += self.pages(PageKind.HELPERS, [self.block(e, ()) for e in group],
                                people=self.people_of(group), continued=number > 0,
                                budget=999, together=True)
        for entry in (e for e in entries if e.picture):
            pages += self.pages(PageKind.HELPERS, [self.block(entry, ())], budget=999,
                                continued=bool(pages))
        return pages

    def call(self) -> list[Page]:
        """Return the 'who can I call' page, when any helper has a phone number."""
        lines = [Block(self.both("phone_line", self.person(e.who[0]), e.phone, mark=e.mark),
                       people=(e.who[0],)) for e in self.account.helpers if e.phone and e.who]
        return self.pages(PageKind.CALL, lines, people=self.children,
                          budget=999) if lines else []

    def scale(self) -> list[Page]:
        """Return the safety-scale page: the whole scale, everyone's number, on one page."""
        scores = self.account.scale
        if not scores:
            return []
        blocks = []
        for s in scores:
            line = self.both("score_line", self.person(s.who), s.score, mark=s.mark)
            extra = (Paragraph(s.text, mark=s.mark),
                     *self.translation(s.translation, s.translation_mark)) if s.text else ()
            # In two languages a note is a block of its own: under its score, or over the page.
            parts = [line, extra] if self.second and extra else [(*line, *extra)]
            blocks += [Block(part, people=(s.who,)) for part in parts]
        marks = tuple((self.person(s.who), s.score) for s in scores)
        people = tuple(p for p, _ in marks)
        # In two languages the whole scale is twice as long: it goes on at the reader's pace.
        return self.pages(PageKind.SCALE, blocks, people=people, scores=marks,
                          budget=None if self.second else 999)

    def makers(self) -> list[Page]:
        """Return the last page: who made the book, with room to sign."""
        makers = tuple(self.person(pid) for pid in self.account.made_by)
        lines = [Block((Paragraph(self.wording.phrase("sign_line", p), source="template",
                                  style="line"),)) for p in makers]
        if self.second:  # two languages: the lines to sign on go on over the page
            return [*self.pages(PageKind.MAKERS, [], people=makers, date=self.account.date),
                    *self.pages(PageKind.MAKERS, lines, people=makers, continued=True)]
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

    def booklet(self, book: Book) -> Book:
        """Return the book as a folded booklet holds it: without the review page (a loose
        sheet of its own, ``review_sheet``), padded with drawing pages to a multiple of
        four, a calm back cover with the title last."""
        story = tuple(p for p in book.pages if p.kind is not PageKind.REVIEW)
        missing = -(len(story) + 1) % 4
        drawing = self.pages(PageKind.DRAW, [], people=self.children) * missing
        return replace(book, pages=(*story, *drawing, self.back(book.title)))

    def back(self, title: str) -> Page:
        """Return the outside back cover: the title, and nothing for a child to read."""
        if not self.has_back:
            return Page(PageKind.BACK, title, (), Scene(PageKind.BACK), "", title)
        [page] = self.pages(PageKind.BACK, [], people=self.children, title=title)
        return page

    def review_sheet(self, book: Book) -> Book | None:
        """Return a draft's review page as a book of its own (a loose sheet), or None."""
        review = tuple(p for p in book.pages if p.kind is PageKind.REVIEW)
        return replace(book, pages=review) if review else None

    # -- helpers -----------------------------------------------------------------------

    def pages(self, kind: PageKind, blocks: Sequence[Block], *, per_page: int = 99,
              people: tuple[Person, ...] | None = None, feeling: str | None = None,
              continued: bool = False, scores: tuple[tuple[Person, int], ...] = (),
              budget: int | None = None, pace: Pace | None = None, together: bool = False,
              **context: object) -> list[Page]:
        """Return the pages of one section: framing first, blocks cut to the budget.

        ``together``: one picture of everyone on the page (the helpers' circle), not a
        picture of each item."""
        first = self.wording.page(kind.value, **self.context(people or (), **context))
        intro = tuple(Paragraph(t, source="template") for t in first.intro)
        both = intro if self.second is None else paired(intro, map(
            self.second.paragraph, self.second.page(kind.value, self.context(
                people or (), **context), self.second_title).intro))
        limit = budget or (pace or self.pace).words
        room = max(limit - sum(len(p.text.split()) for p in both), 10)
        groups = list(fill_pages(blocks, room, limit, per_page,
                                 self.wording.facts.abbreviation)) or [[]]
        if not together:  # two pictures on a page at most
            groups = split_by_scene(groups, lambda b: self.block_key(kind, b, feeling))
        result = []
        heading = ""
        for number, group in enumerate(groups):
            first_page = number == 0 and not continued
            shown = self.shown(kind, group, people)
            marks = tuple(m for m in scores if m[0] in shown) if scores else scores
            own_words = [p.text for b in group if b.entry is None or together
                         for p in b.paragraphs if not p.language]
            items = [] if together else [Item(b.entry, b.text) for b in group if b.entry]
            scene = self.scenes.page(
                kind, items, " ".join(([p.text for p in intro] if first_page else []) +
                                      own_words), shown, feeling, marks)
            words = self.wording.page(kind.value, **self.context(
                shown, place=scene.place, feeling=scene.feeling, clock=scene.clock, **context))
            # A page goes on under the same heading as the page before it: the layout
            # shows it by the section's band, not with words. A page about someone else
            # (what Mama says, after what Papa says) has a heading of its own, and her
            # second page goes on under hers.
            more = continued or (number > 0 and words.heading == heading)
            heading = words.heading
            second = () if self.second is None or more else self.second.heading(
                kind.value, self.context(shown, place=scene.place, feeling=scene.feeling,
                                         clock=scene.clock, **context), self.second_title)
            paragraphs = second + (
                both if first_page else ()) + tuple(p for block in group for p in block.paragraphs)
            result.append(Page(kind=kind, heading=words.heading, paragraphs=paragraphs,
                               scene=replace(scene, alt=self.describe(scene) or words.alt),
                               notes=words.notes, section=first.heading, continued=more))
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
        """Return an entry as paragraphs: its quiet line, then its sentences word for word
        (and in a book of two languages, their translation)."""
        return Block((*caption, Paragraph(entry.text, mark=entry.mark),
                      *self.translation(entry.translation, entry.translation_mark)), entry)

    def translation(self, text: str | None, mark: Mark | None) -> tuple[Paragraph, ...]:
        return self.second.translation(text, mark) if self.second else ()  # its paragraph

    def both(self, name: str, *args: object, mark: Mark | None = None) -> tuple[Paragraph, ...]:
        """Return a phrase of the book's own as a paragraph, and its translation."""
        line = Paragraph(self.wording.phrase(name, *args), source="template", mark=mark)
        return (line, *(self.second.phrased(name, args, mark) if self.second else ()))

    def quiet_line(self, people: Sequence[Person], when: str | None) -> tuple[Paragraph, ...]:
        """Return the one quiet line of who and when, or nothing when there is neither."""
        if not people and not when:
            return ()
        return (Paragraph(self.wording.phrase("who_when", list(people), when or ""),
                          source="template", style="caption"),)

    def event_captions(self) -> Callable[[Sequence[Entry]], list[tuple[Paragraph, ...]]]:
        """Return the quiet lines of the events: each one's 'when' where its words do not
        say it, a date said once (not again for the next event on the same day)."""
        def captions(entries: Sequence[Entry]) -> list[tuple[Paragraph, ...]]:
            lines, before = [], None
            for entry in entries:
                when = untold_when(entry.when, entry.text, self.wording.facts, before)
                lines.append(self.quiet_line((), when))
                before = entry.when or before
            return lines
        return captions

    def rule_caption(self, entries: Sequence[Entry]) -> list[tuple[Paragraph, ...]]:
        """Return the quiet line of each rule: who does it and when, where its sentence
        does not say so (the picture shows them too)."""
        lines = []
        for entry in entries:
            named = self.scenes.named(entry.text)
            who = [self.person(pid) for pid in untold_people(entry.who, named)]
            lines.append(self.quiet_line(who, untold_when(entry.when, entry.text,
                                                          self.wording.facts)))
        return lines

    def person(self, pid: str) -> Person:
        """Return a person by id."""
        return self.account.person(pid)

    def people_of(self, entries: Sequence[Entry]) -> tuple[Person, ...]:
        """Return everyone named in the entries' 'who', once each."""
        seen = dict.fromkeys(pid for e in entries for pid in e.who)
        return tuple(self.person(pid) for pid in seen)

