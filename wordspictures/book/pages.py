"""The planned book: pages with their words, picture and notes, ready for any renderer.

The planner makes a ``Book``; the renderers (PPTX, PDF) and the illustrator read it.
Nothing here knows about the account file's format or about a renderer's library.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from wordspictures.account.model import Person
from wordspictures.problems import Mark, Problem


class PageKind(str, Enum):
    """What a page is about; also the name of its template and its kind of picture."""

    COVER = "cover"
    CAST = "cast"
    GOOD_THINGS = "good_things"
    WORRIED = "worried"
    WHAT_HAPPENED = "what_happened"
    PARENTS_SAY = "parents_say"
    NOT_YOUR_FAULT = "not_your_fault"
    WHAT_HAPPENED_NEXT = "what_happened_next"
    WORRIES_NOW = "worries_now"
    SAFETY_PLAN = "safety_plan"
    HELPERS = "helpers"
    CHILD_CAN = "child_can"
    CALL = "call"
    SCALE = "scale"
    NEXT = "next"
    MAKERS = "makers"
    DRAW = "draw"      # an empty page for the child's own drawing (pads a booklet)
    REVIEW = "review"  # a draft's questions for the family, with lines to write on
    BACK = "back"      # a booklet's outside back cover: the title, nothing else


@dataclass(frozen=True)
class Paragraph:
    """A block of text on a page.

    ``source`` is ``account`` for the caseworker's own words (printed word for word) and
    ``template`` for the book's framing. ``mark`` points at the account line it came from.
    ``style`` tells the renderer how to set it: ``body``, ``caption`` (small, e.g. who and
    when of a rule), ``line`` (a line to sign on), ``stamp`` (the draft mark under the
    cover's title), ``question`` (a review question; the layout puts ruled lines under it to
    write the answer on), ``note`` (small print at the foot of the page), ``second`` (the
    line before it in the book's second language) or ``second_heading`` (the heading in the
    second language, under the heading).

    ``language`` (a language code), ``tag`` (its BCP 47 tag) and ``direction`` (ltr or rtl)
    are set on a paragraph in the book's second language; empty means the book's own.
    """

    text: str
    source: str = "account"
    style: str = "body"
    mark: Mark | None = None
    language: str = ""
    tag: str = ""
    direction: str = ""


@dataclass(frozen=True)
class When:
    """A rule's 'when' as its words and what a picture can show of it (``clock``): an hour
    and minute, the weekdays (0 = Monday), 'morning' or 'evening', the day of the month of
    a date ('3 maart': 3, a calendar sheet shows it)."""

    text: str
    time: tuple[int, int] | None = None
    days: tuple[int, ...] = ()
    daytime: str | None = None
    date: int | None = None


@dataclass(frozen=True)
class Figure:
    """One person as a picture shows them: what the words tell of their look (the same on
    every page of a book) and what they feel and do on this page.

    ``feeling`` is one of the account's feelings or ``neutral`` (a plain face: everyone an
    item is not about). ``action`` is one of ``vocabulary.ACTIONS``. ``gender`` is ``she``
    or ``he`` when the pronoun, a title or a kinship word says so, else None (a look that
    could be either). ``clothes`` is a colour nobody else in the book wears (a uniform's is
    its own); ``elder`` gives grey hair.
    """

    person: Person
    feeling: str = "calm"
    action: str = "stands"
    gender: str | None = None
    clothes: str | None = None
    elder: bool = False


@dataclass(frozen=True)
class Scene:
    """What a page's picture shows. The illustrator turns it into pixels.

    ``kind`` is the page kind. ``people`` are drawn with their looks and labelled with
    ``Person.called``; ``child`` is the child the book is for (first of them), who is drawn
    on pages about them. ``place`` is a place kind from the account format or free words.
    ``clock`` is the rule's 'when' on safety-plan pages. ``scores`` are the safety-scale
    marks. ``image`` is the family's own drawing or photo, which replaces the drawing.

    What the words say (``book.scenes``): ``figures`` are the people with their own feeling
    and action (when empty, everyone gets ``feeling``); ``daytime`` is day, evening or
    night; ``serious`` marks a worry, a harm, a fear or a danger (nobody smiles, nor the
    sun); ``panels`` are the scenes of two items that share a page, side by side;
    ``variant`` turns a picture round where it would repeat the page before.
    """

    kind: PageKind
    people: tuple[Person, ...] = ()
    place: str | None = None
    feeling: str | None = None
    children: tuple[Person, ...] = ()
    clock: When | None = None
    scores: tuple[tuple[Person, int], ...] = ()
    image: Path | None = None
    alt: str = ""
    figures: tuple[Figure, ...] = ()
    daytime: str | None = None
    serious: bool = False
    panels: tuple[Scene, ...] = ()
    variant: int = 0


@dataclass(frozen=True)
class Page:
    """One page of the book: a heading, a few short paragraphs, a picture and notes.

    ``continued`` marks a page that goes on with the page before it under the same
    heading: the layout shows it by the section's colour band and leaves the heading out.
    """

    kind: PageKind
    heading: str
    paragraphs: tuple[Paragraph, ...]
    scene: Scene
    notes: str
    section: str
    continued: bool = False


@dataclass(frozen=True)
class Book:
    """The whole planned book, plus what the renderers need to know about it."""

    title: str
    language: str
    pages: tuple[Page, ...]
    children: tuple[Person, ...]
    is_draft: bool
    draft_label: str
    date: dt.date | None
    version: int | None
    reading_age: int
    language_tag: str
    direction: str = "ltr"  # how the book's language is written: ltr or rtl
    problems: tuple[Problem, ...] = ()  # warnings the planning found (looks, items left out)
    # A book in two languages: the second one's code (None: one language) and its title.
    second_language: str | None = None
    second_title: str = ""
