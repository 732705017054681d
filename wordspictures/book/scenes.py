"""The scene of each page: who is drawn, doing and feeling what, where and when.

An item's scene comes from its keys (``who``, ``where``, ``when``, ``feeling``,
``picture: {…}``) and from its words (``reading``): everyone the words name is drawn, each
with their own feeling and action. The account's keys win over the words; the words win
over a section's defaults. docs/pictures.md tells the rules in plain words.

Two items that share a page but not a place or the same people get two panels; the
planner never puts three on one page (``split_by_scene``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from wordspictures.account.model import Account, Entry, Person
from wordspictures.book.casting import Cast
from wordspictures.book.clock import read_time, read_when
from wordspictures.book.pages import Figure, Page, PageKind, Scene, When
from wordspictures.book.reading import SHARED as SHARED_ACTIONS
from wordspictures.book.reading import Reader, Reading
from wordspictures.language.facts import Facts

T = TypeVar("T")
# Kinds whose people look happy unless the item is about a worry.
HAPPY = frozenset({PageKind.COVER, PageKind.CAST, PageKind.GOOD_THINGS, PageKind.HELPERS,
                   PageKind.CHILD_CAN, PageKind.CALL, PageKind.NEXT, PageKind.MAKERS,
                   PageKind.REVIEW, PageKind.DRAW})
# Kinds that are always about a worry, a harm, a fear or a danger: nobody smiles.
SERIOUS = frozenset({PageKind.WORRIED, PageKind.WHAT_HAPPENED, PageKind.WORRIES_NOW})
GLOOMY = frozenset({"sad", "scared", "angry", "worried"})
# An action that needs a room: drawn there, or in a home (which becomes that room).
ROOMS = {"cooks": "kitchen", "eats": "kitchen", "lies": "bedroom", "sleeps": "bedroom",
         "sleeps_on_sofa": "living_room", "hides": "living_room"}
# An action that happens inside: a home (or no place) becomes this room.
INSIDE = {"sits": "living_room", "draws": "living_room", "writes": "living_room",
          "meets": "living_room", "plays": "living_room", "reads": "living_room",
          "rings": "home", "listens": "home"}
HOMES = frozenset({None, "home", "their_home", "grandparents_home", "foster_home"})
INDOORS = frozenset({"kitchen", "bedroom", "living_room", "school", "doctor", "office"})
BEDS = frozenset({"bedroom", "hospital", "doctor"})
# Where a professional who was worried works: their picture is there.
WORKPLACES = {"teacher": "school", "doctor": "doctor", "nurse": "doctor"}


@dataclass(frozen=True)
class Item:
    """An item's words on one page (all of them, or the part of a long one there)."""

    entry: Entry
    text: str


class Scenes:
    """Makes the scenes of one book."""

    def __init__(self, account: Account, reader: Reader, cast: Cast, facts: Facts):
        self.account = account
        self.reader = reader
        self.cast = cast
        self.facts = facts
        self.children = account.children

    # -- people as drawn ------------------------------------------------------------

    def figure(self, person: Person, feeling: str, action: str = "stands") -> Figure:
        """Return a person with their book-wide look and this page's feeling and action."""
        return Figure(person, feeling, action, self.cast.genders.get(person.id),
                      self.cast.clothes.get(person.id), person.id in self.cast.elders)

    def people(self, ids: Iterable[str]) -> tuple[Person, ...]:
        """Return the people of the ids, once each, in order."""
        return tuple(self.account.person(pid) for pid in dict.fromkeys(ids))

    def named(self, text: str) -> tuple[str, ...]:
        """Return the ids of the people a text names."""
        return self.reader.read(text).named if text else ()

    # -- a page ---------------------------------------------------------------------

    def page(self, kind: PageKind, items: Sequence[Item], said: str, shown: Sequence[Person],
             feeling: str | None, scores: tuple[tuple[Person, int], ...] = ()) -> Scene:
        """Return the scene of a page: its items' scenes (two items in two panels), or for
        a page without items, its people with the page kind's feeling. ``said`` is the
        book's own words on the page: whom they name is drawn too."""
        chosen = kind is PageKind.COVER and self.account.cover and self.account.cover.who
        extra = () if chosen else self.named(said)  # the account's cover key wins
        scenes = unique_scenes([self.item(kind, item, feeling, extra if i == 0 else ())
                                for i, item in enumerate(items)])
        if len(scenes) == 1:
            return scenes[0]
        if scenes:
            if any(s.serious for s in scenes):  # nobody smiles beside a worry
                scenes = [unsmiling(s) for s in scenes]
            everyone = tuple(dict.fromkeys(p for s in scenes for p in s.people))
            return Scene(kind, everyone, feeling=feeling, children=self.children,
                         panels=tuple(scenes), serious=any(s.serious for s in scenes),
                         figures=tuple(f for s in scenes for f in s.figures))
        people = tuple(dict.fromkeys((*shown, *self.people(extra))))
        serious = feeling in GLOOMY
        mood = face(kind, serious)
        action = "phones" if kind is PageKind.CALL else "stands"
        figures = tuple(self.figure(p, feeling if feeling and p.is_child and serious else mood,
                                    action) for p in people)
        if scores:  # the scale: only the people whose numbers this page tells
            people = tuple(p for p, _ in scores)
        return Scene(kind, people, feeling=feeling, children=self.children, scores=scores,
                     figures=figures, serious=serious)

    def item(self, kind: PageKind, item: Item, feeling: str | None,
             extra: Sequence[str] = ()) -> Scene:
        """Return the scene of one item: its people, place, time, actions and feelings."""
        entry, read = item.entry, self.reader.read(item.text)
        ids = [*entry.who, *read.named, *extra]
        if read.host and read.place == "their_home":
            ids.append(read.host)
        if read.everyone:  # 'iedereen praat samen', 'meet the whole family': the family
            ids += [p.id for p in self.account.people if p.is_child or p.is_parent]
        if not ids:
            ids = [c.id for c in self.children]
        people = self.people(ids)
        together = [a for _, a in read.doing if a in SHARED_ACTIONS] + list(read.loose)
        if read.everyone and together:  # what everyone does together, they all do
            read = replace(read, doing=(*read.doing, *((p.id, together[0]) for p in people)))
        place = self.place_of(kind, entry, read)
        doing = {**{p: a for p, a in read.doing}, **dict(entry.drawing.doing)}
        doing = {pid: action for pid, action in doing.items() if pid in {p.id for p in people}}
        if read.host and place == "their_home" and read.host not in doing and \
                self.home_of(read.host) != "home":
            doing[read.host] = "waves"  # the one at whose home it is, at the door
        place, doing = fit_rooms(place, doing)
        if read.host and place == "their_home":
            place = self.home_of(read.host)
        clock = self.clock_of(entry, item.text)
        serious = (kind in SERIOUS or read.serious or entry.feeling in GLOOMY
                   or any(f in GLOOMY for _, f in (*entry.feelings, *read.feelings)))
        feelings = self.feelings_of(kind, entry, read, people, serious)
        figures = tuple(self.figure(p, feelings[p.id], doing.get(p.id, "stands"))
                        for p in people)
        daytime = entry.drawing.time or read.time or (clock.daytime if clock else None)
        return Scene(kind, people, place, entry.feeling or feeling, self.children,
                     clock if clock and (clock.time or clock.days or clock.date) else None,
                     image=entry.picture, figures=figures, daytime=daytime, serious=serious)

    def place_of(self, kind: PageKind, entry: Entry, read: Reading) -> str | None:
        """Return where an item is: the account's words, a worried professional's work,
        else the place its words name."""
        if entry.drawing.place or entry.where:
            return entry.drawing.place or entry.where
        if kind is PageKind.WORRIED:
            for pid in entry.who:
                role = self.account.person(pid).role
                if role in WORKPLACES:
                    return WORKPLACES[role]
        return read.place

    def home_of(self, host: str) -> str:
        """Return the home of the person at whose home an item is."""
        person = self.account.person(host)
        if person.role in ("grandmother", "grandfather"):
            return "grandparents_home"
        if person.role in ("foster_mother", "foster_father"):
            return "foster_home"
        return "home" if person.is_parent else "their_home"

    def clock_of(self, entry: Entry, text: str) -> When | None:
        """Return what an item's 'when' says a clock and a calendar show; a clock time its
        words say ('every evening at 8') when the 'when' has none."""
        if not entry.when:
            time = read_time(text, self.facts.clock)
            return When(text, time) if time else None
        when = read_when(entry.when, self.facts)
        if when.time is None:
            time = read_time(text, self.facts.clock)
            if time is not None:
                when = replace(when, time=time)
        if when.daytime is None and when.time and when.time[0] >= 18:
            when = replace(when, daytime="evening")
        return when

    def feelings_of(self, kind: PageKind, entry: Entry, read: Reading,
                    people: Sequence[Person], serious: bool) -> dict[str, str]:
        """Return each person's face: the account's feeling for them, else what the words
        say of them, else the item's feeling for the children it is about (the children in
        ``who``; the people in ``who`` when it holds no child; the children it names when it
        has no ``who``), else the page's own. Who did harm is never one the item's word is for (they
        do not wear the child's fear); on a page about a worry nobody smiles."""
        given = dict(entry.feelings)
        words = dict(read.feelings)
        who = [p for p in people if p.id in entry.who]
        targets = [p.id for p in who if p.is_child] or \
            [p.id for p in who if p.id not in read.doers] or \
            [p.id for p in people if p.is_child]
        base = face(kind, serious)
        feelings = {}
        for person in people:
            pid = person.id
            feeling = given.get(pid) or words.get(pid)
            if feeling is None and entry.feeling and pid in targets:
                feeling = entry.feeling
            if feeling is None and kind is PageKind.WORRIED and pid in entry.who:
                feeling = "worried"
            feeling = feeling or base
            if serious and feeling in ("happy", "calm"):
                feeling = "neutral"
            feelings[pid] = feeling
        return feelings

    # -- the cover ------------------------------------------------------------------

    def cover_people(self, title: str) -> tuple[Person, ...]:
        """Return who the cover shows: the account's ``cover``, else the children the book
        is for and the people its title names, else the children and their parents."""
        cover = self.account.cover
        if cover and cover.who:
            return self.people(cover.who)
        named = [p for p in self.people(self.named(title)) if p not in self.children]
        family = named or [p for p in self.account.people if p.is_parent]
        return tuple(dict.fromkeys((*self.children, *family)))


def unsmiling(scene: Scene) -> Scene:
    """Return the scene with no smile in it (it shares a page with a worry)."""
    figures = tuple(replace(f, feeling="neutral") if f.feeling in ("happy", "calm") else f
                    for f in scene.figures)
    return replace(scene, figures=figures, serious=True)


def face(kind: PageKind, serious: bool) -> str:
    """Return a page kind's face for everyone the items do not give another."""
    if serious:
        return "neutral"
    return "happy" if kind in HAPPY else "calm"


def fit_rooms(place: str | None, doing: dict[str, str]) -> tuple[str | None, dict[str, str]]:
    """Return the place and actions made to fit: an action that needs a room turns a home
    into that room ('sleeps_on_sofa' at home is the living room); elsewhere it is left out
    (a bed at school would tell something else). Sleeping in a living room is on the sofa."""
    rooms = [ROOMS[a] for a in doing.values() if a in ROOMS]
    if place in HOMES and rooms:
        place = rooms[0]
    inside = [INSIDE[a] for a in doing.values() if a in INSIDE]
    if inside and (place is None or (place == "home" and inside[0] != "home")):
        place = inside[0]
    if place in INDOORS and "drives" in doing.values():
        place = "street"  # picked up from school: the car waits outside
    fitted = {}
    for pid, action in doing.items():
        if action == "sleeps" and place == "living_room":
            action = "sleeps_on_sofa"
        elif action == "sleeps_on_sofa" and place in BEDS:
            action = "sleeps"
        room = ROOMS.get(action)
        if room is not None and room != place and not (room == "bedroom" and place in BEDS):
            continue
        fitted[pid] = action
    return place, fitted


def scene_key(scene: Scene) -> tuple[object, ...]:
    """Return what makes two items' pictures the same: place, time and everyone's face and
    action."""
    return (scene.place, scene.daytime, scene.image, scene.clock and scene.clock.time,
            tuple(sorted((f.person.id, f.feeling, f.action) for f in scene.figures)))


def unique_scenes(scenes: list[Scene]) -> list[Scene]:
    """Return the scenes without repeats (items that show the same share one picture)."""
    seen: dict[tuple[object, ...], Scene] = {}
    for scene in scenes:
        seen.setdefault(scene_key(scene), scene)
    return list(seen.values())


def split_by_scene(groups: Sequence[list[T]], key: Callable[[T], object]) -> list[list[T]]:
    """Return the page groups cut so that a page shows at most two pictures (two items
    that differ in place or people get a panel each; a third goes on the next page)."""
    result: list[list[T]] = []
    for group in groups:
        page: list[T] = []
        seen: list[object] = []
        for block in group:
            found = key(block)
            if found is not None and found not in seen and len(seen) == 2:
                result.append(page)
                page, seen = [], []
            if found is not None and found not in seen:
                seen.append(found)
            page.append(block)
        result.append(page)
    return result


def turn_repeats(pages: list[Page]) -> list[Page]:
    """Return the pages with a picture that would repeat the page before it turned round
    (``Scene.variant``): no two pages in a row show the same picture."""
    result: list[Page] = []
    for page in pages:
        if result and same_picture(result[-1].scene, page.scene):
            scene = replace(page.scene, variant=result[-1].scene.variant + 1)
            page = replace(page, scene=scene)
        result.append(page)
    return result


def same_picture(one: Scene, other: Scene) -> bool:
    """Return True when two scenes draw the same picture (their words aside)."""
    return replace(one, alt="", variant=0) == replace(other, alt="", variant=0)
