"""The account as typed, frozen objects: what every step after the loader works with.

Nothing here knows about YAML. Positions (``Mark``) point into the account file so that
later steps (the linter, error messages) can name the line a sentence came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wordspictures.account.keys import SECTION_NAMES as STORY_SECTIONS
from wordspictures.account.vocabulary import FAMILY_ROLES, PARENT_ROLES, PROFESSIONAL_ROLES
from wordspictures.problems import Mark


@dataclass(frozen=True)
class Looks:
    """How a person is drawn; ``None`` means 'let the drawing choose'."""

    hair: str | None = None
    hair_colour: str | None = None
    skin: str | None = None
    glasses: bool = False
    beard: bool = False
    clothes: str | None = None


@dataclass(frozen=True)
class Person:
    """Someone in the story, with how the child calls them."""

    id: str
    name: str
    role: str
    called: str
    mark: Mark
    age: int | None = None
    pronoun: str = "they"
    looks: Looks = field(default_factory=Looks)
    picture: Path | None = None
    # How the child calls them in the book's second language ({nl: Mama, ar: ماما});
    # None: the same word in both (a name usually is).
    called_translation: str | None = None
    # Their name in the second language's letters ({nl: Yusuf, ar: يوسف}), so that the
    # anonymous copy can find it in the translations; None: not given.
    name_translation: str | None = None

    @property
    def is_child(self) -> bool:
        """Return True for a person whose role is child."""
        return self.role == "child"

    @property
    def is_family(self) -> bool:
        """Return True for the child's family (parents, grandparents, siblings...)."""
        return self.role in FAMILY_ROLES

    @property
    def is_parent(self) -> bool:
        """Return True for a parent or step/foster parent."""
        return self.role in PARENT_ROLES

    @property
    def is_professional(self) -> bool:
        """Return True for someone who helps as their job (teacher, social worker...)."""
        return self.role in PROFESSIONAL_ROLES


@dataclass(frozen=True)
class Drawing:
    """What an item's picture shows where the account says so (``picture: {…}``): the
    place, what people do (person id, action) and the time of day. Left out: read from the
    item's words."""

    place: str | None = None
    doing: tuple[tuple[str, str], ...] = ()
    time: str | None = None


@dataclass(frozen=True)
class Cover:
    """Who and what the cover shows (``cover:``); left out: the children the book is for,
    the people its title names, else their family."""

    who: tuple[str, ...] = ()
    where: str | None = None
    picture: Path | None = None


@dataclass(frozen=True)
class Entry:
    """One item of a story list: the caseworker's words and what the picture shows.

    Which keys an entry may carry depends on its section (``account.SECTION_KEYS``);
    the others stay ``None``/empty. ``feeling`` is one word for the children the item is
    about; ``feelings`` gives people their own (``feeling: {noor: scared, papa: sad}``).
    """

    text: str
    mark: Mark
    who: tuple[str, ...] = ()
    when: str | None = None
    where: str | None = None
    feeling: str | None = None
    picture: Path | None = None
    phone: str | None = None
    feelings: tuple[tuple[str, str], ...] = ()  # per person: (id, feeling)
    drawing: Drawing = field(default_factory=Drawing)
    only_for: tuple[str, ...] = ()  # 'for': a book for another child leaves the item out
    audio: Path | None = None
    # The interpreter's words in the book's second language (`text: {nl: …, ar: …}`), and
    # where they stand in the file; None in a book of one language.
    translation: str | None = None
    translation_mark: Mark | None = None


@dataclass(frozen=True)
class Score:
    """One person's number on the safety scale (0 = not safe, 10 = safe enough)."""

    who: str
    score: int
    mark: Mark
    text: str | None = None
    translation: str | None = None  # the note in the book's second language
    translation_mark: Mark | None = None


@dataclass(frozen=True)
class PageAudio:
    """Recordings of a page read aloud (the top's 'audio:'), by the page's name: one for
    each of its pages, in order, when the book continues it on more pages."""

    page: str
    files: tuple[Path, ...]
    mark: Mark


@dataclass(frozen=True)
class Account:
    """A whole account, checked: every id refers to a person, every value is known."""

    source: Path
    language: str
    people: tuple[Person, ...]
    for_children: tuple[str, ...]
    title: str | None = None
    status: str = "draft"
    version: int | None = None
    date: dt.date | None = None
    made_by: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    worried: tuple[Entry, ...] = ()
    what_happened: tuple[Entry, ...] = ()
    parents_say: tuple[Entry, ...] = ()
    good_things: tuple[Entry, ...] = ()
    worries_now: tuple[Entry, ...] = ()
    what_happened_next: tuple[Entry, ...] = ()
    safety_plan: tuple[Entry, ...] = ()
    helpers: tuple[Entry, ...] = ()
    child_can: tuple[Entry, ...] = ()
    scale: tuple[Score, ...] = ()
    next: tuple[Entry, ...] = ()
    cover: Cover | None = None
    audio: tuple[PageAudio, ...] = ()
    # A bilingual book (`language: [nl, ar]`): the second language, whose words stand under
    # the main language's on every page; every text then carries a translation.
    second_language: str | None = None
    title_translation: str | None = None

    @property
    def languages(self) -> tuple[str, ...]:
        """Return the book's languages, the main one first."""
        return (self.language, self.second_language) if self.second_language else (
            self.language,)

    def person(self, person_id: str) -> Person:
        """Return the person with this id (ids are checked when the account is loaded)."""
        for person in self.people:
            if person.id == person_id:
                return person
        raise KeyError(person_id)

    @property
    def children(self) -> tuple[Person, ...]:
        """Return the children the book is for, in the order the account gives."""
        return tuple(self.person(pid) for pid in self.for_children)

    @property
    def reading_age(self) -> int:
        """Return the age of the youngest child the book is for (the book's reading level)."""
        ages = [c.age for c in self.children if c.age is not None]
        return min(ages) if ages else 7

    @property
    def is_draft(self) -> bool:
        """Return True unless the account says the book is final."""
        return self.status != "final"

    def entries(self) -> tuple[tuple[str, tuple[Entry, ...]], ...]:
        """Return every story list with its section name, in book order."""
        return tuple((name, getattr(self, name)) for name in STORY_SECTIONS)

    def story_texts(self) -> Iterator[tuple[str, Entry]]:
        """Yield every text of the story with its section: the entries, then the scale's
        notes (as entries of section 'scale', so each has its place in the file)."""
        for section, entries in self.entries():
            for entry in entries:
                yield section, entry
        for score in self.scale:
            if score.text:
                yield "scale", Entry(text=score.text, mark=score.mark,
                                     translation=score.translation,
                                     translation_mark=score.translation_mark)
