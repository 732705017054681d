"""Plan a page's picture: who is drawn where, how tall, feeling what, with which props.

``plan_scene`` is pure (no Pillow): tests check the plan, ``draw_scene`` draws it.
"""

from __future__ import annotations

from dataclasses import replace

from wordspictures.account.model import Person
from wordspictures.account.vocabulary import FEELINGS, PLACES
from wordspictures.book.pages import PageKind, Scene
from wordspictures.illustrate.arrange import (
    Member,
    choose_rows,
    label_size_for,
    place_marks,
    place_ring,
    place_rows,
    split_even,
)
from wordspictures.illustrate.looks import look_for
from wordspictures.illustrate.shapes import Box, FigureSpot, Prop, SceneLayout

DEFAULT_FEELING = {
    PageKind.COVER: "happy", PageKind.CAST: "happy", PageKind.GOOD_THINGS: "happy",
    PageKind.WORRIED: "worried", PageKind.WORRIES_NOW: "worried", PageKind.HELPERS: "happy",
    PageKind.NEXT: "happy", PageKind.MAKERS: "happy",
}
DEFAULT_PLACE = {PageKind.COVER: "home", PageKind.CAST: "plain", PageKind.SCALE: "plain"}
OUTDOOR = frozenset({
    "home", "park", "street", "grandparents_home", "foster_home", "neutral", "police_station",
    "hospital", "car",
})
GLOOMY = frozenset({"sad", "scared", "angry", "worried"})
BUBBLES = {PageKind.WORRIED: "thought", PageKind.PARENTS_SAY: "speech"}
BOARD_ROOMS = frozenset({"school"})  # backgrounds with a board of their own
TALLEST = 0.6       # an adult alone is six tenths of the picture's height
SIDE = 0.70         # people use the left 70% when a prop stands at the side


def read_place(place: str | None) -> str | None:
    """Return the place kind for the account's words, or None for free words."""
    if place is None:
        return None
    key = place.strip().lower().replace(" ", "_").replace("-", "_")
    return key if key in PLACES else None


def choose_feeling(scene: Scene) -> str:
    """Return the page's feeling: the scene's own, else the page kind's default."""
    if scene.feeling in FEELINGS:
        return scene.feeling
    return DEFAULT_FEELING.get(PageKind(scene.kind), "calm")


def choose_background(scene: Scene) -> str:
    """Return the background: the place kind, else the page kind's default or 'neutral'."""
    place = read_place(scene.place)
    if place is not None:
        return place
    if scene.place is None:
        return DEFAULT_PLACE.get(PageKind(scene.kind), "neutral")
    return "neutral"


def unique(people: tuple[Person, ...] | list[Person]) -> list[Person]:
    """Return the people without repeats, in their order."""
    seen: set[str] = set()
    result = []
    for person in people:
        if person.id not in seen:
            seen.add(person.id)
            result.append(person)
    return result


def people_box(width: int, height: int, side: bool = False) -> Box:
    """Return the area the people stand in: the whole page, or left of a side prop."""
    return Box(width * 0.03, height * 0.04, width * (SIDE if side else 0.97), height * 0.985)


def floor_of(height: int) -> float:
    """Return the y where the floor starts: just above a single row's feet."""
    return height * 0.985 - 2.5 * label_size_for(1, height) - height * 0.065


def sky_props(kind: PageKind, background: str, feeling: str, width: int, height: int,
              ) -> list[Prop]:
    """Return the props high up on the page: sun, heart, cloud or arrow."""
    sun = Prop("sun", width * 0.9, height * 0.13, height * 0.075)
    cloud = Prop("cloud", width * 0.88, height * 0.12, height * 0.08)
    if kind == PageKind.GOOD_THINGS:
        return [Prop("heart", width * 0.1, height * 0.14, height * 0.08), sun]
    if kind == PageKind.WHAT_HAPPENED_NEXT:
        return [Prop("arrow", width * 0.5, height * 0.12, width * 0.16)]
    if kind == PageKind.WORRIES_NOW:
        return [Prop("sun", width * 0.9, height * 0.11, height * 0.06), cloud]
    if kind in (PageKind.COVER, PageKind.NEXT, PageKind.HELPERS, PageKind.MAKERS):
        return [sun]
    if background in OUTDOOR:
        return [cloud if feeling in GLOOMY else sun]
    return []


def side_props(scene: Scene, width: int, height: int) -> list[Prop]:
    """Return the props standing at the right: clock, calendar, or book and pencil."""
    x, size = width * 0.85, min(width * 0.11, height * 0.17)
    kind = PageKind(scene.kind)
    if kind == PageKind.SAFETY_PLAN and scene.clock:
        time, days, daytime = scene.clock.time, scene.clock.days, scene.clock.daytime
        props = []
        if time is not None or not days:
            props.append(Prop("clock", x, height * 0.32, size, time=time, daytime=daytime))
        if days and not (time is not None and len(days) == 7):
            props.append(Prop("calendar", x, height * 0.7, size, days=days))
        if len(props) == 1:
            props = [Prop(props[0].kind, x, height * 0.5, size * 1.25, props[0].time,
                          props[0].days, props[0].daytime)]
        return props
    if kind == PageKind.NEXT:
        return [Prop("calendar", x, height * 0.55, size * 1.2)]
    if kind == PageKind.MAKERS:
        return [Prop("book", x, height * 0.6, size * 1.2), Prop("pencil", x, height * 0.6, size)]
    return []


def members_of(people: list[Person], background: str, bubble: str | None = None
               ) -> list[Member]:
    """Return the people as members to place on the background, each with the page's bubble.

    In the classroom the teacher stands at the school's own board: a second, small board
    beside them would only make the child wonder why there are two.
    """
    members = []
    for person in people:
        look = look_for(person)
        if look.mark == "board" and background in BOARD_ROOMS:
            look = replace(look, mark=None)
        members.append(Member(person, look, bubble))
    return members


def plan_group(scene: Scene, width: int, height: int, feeling: str, background: str,
               ) -> SceneLayout:
    """Return the plan of a page that shows its people together, with the page's props."""
    kind = PageKind(scene.kind)
    people = unique(scene.people) or (unique(scene.children) if kind == PageKind.COVER else [])
    bubble = BUBBLES.get(kind)
    side = side_props(scene, width, height)
    box = people_box(width, height, side=bool(side))
    members = members_of(people, background, bubble)
    figures = place_rows(choose_rows(members, box, height * TALLEST, height), box,
                         height * TALLEST, height, feeling) if members else []
    sky = [] if bubble and figures else sky_props(kind, background, feeling, width, height)
    return SceneLayout(width, height, kind.value, background, floor_of(height), feeling,
                       tuple(figures), tuple(sky + side))


def plan_cast(scene: Scene, width: int, height: int, feeling: str, background: str,
              ) -> SceneLayout:
    """Return the plan of 'who is in this story': family, other helpers, professionals."""
    people = unique(scene.people)
    groups = [
        [p for p in people if p.is_family],
        [p for p in people if not p.is_family and not p.is_professional],
        [p for p in people if p.is_professional],
    ]
    groups = [g for g in groups if g]
    members = members_of(people, background)
    box = people_box(width, height)
    if len(people) <= 5:
        rows = [[m for g in groups for m in members_of(g, background)]] if people else []
    else:
        rows = [row for g in groups
                for row in split_even(members_of(g, background), -(-len(g) // 6))]
        if len(rows) > 3:  # too many small groups: fill rows in group order instead
            rows = choose_rows(members, box, height * TALLEST, height)
    figures = place_rows(rows, box, height * TALLEST, height, feeling) if rows else []
    return SceneLayout(width, height, PageKind.CAST.value, background, floor_of(height),
                       feeling, tuple(figures))


def plan_not_your_fault(scene: Scene, width: int, height: int, feeling: str, background: str,
                        ) -> SceneLayout:
    """Return the plan of 'it is not your fault': the child in front of a big heart."""
    people = unique(scene.children) or unique(scene.people)
    box = people_box(width, height)
    members = members_of(people, background)
    figures = place_rows(choose_rows(members, box, height * 0.62, height), box,
                         height * 0.62, height, feeling) if members else []
    if figures:
        left = min(f.x for f in figures)
        right = max(f.x for f in figures)
        tallest = max(f.height for f in figures)
        centre_x, centre_y = (left + right) / 2, figures[-1].ground - tallest * 0.62
        size = max(tallest * 0.62, (right - left) * 0.5 + tallest * 0.35)
    else:
        centre_x, centre_y, size = width / 2, height * 0.45, height * 0.35
    size = min(size, height * 0.42, width * 0.4)
    props = [Prop("big_heart", centre_x, centre_y, size),
             Prop("heart", width * 0.1, height * 0.16, height * 0.05),
             Prop("heart", width * 0.9, height * 0.22, height * 0.04)]
    return SceneLayout(width, height, PageKind.NOT_YOUR_FAULT.value, background,
                       floor_of(height), feeling, tuple(figures), tuple(props))


def plan_helpers(scene: Scene, width: int, height: int, feeling: str, background: str,
                 ) -> SceneLayout:
    """Return the plan of the safety people: the helpers in a circle around the child."""
    if not scene.children:
        return plan_group(scene, width, height, feeling, background)
    child = scene.children[0]
    helpers = [p for p in unique(scene.people) if p.id != child.id]
    box = people_box(width, height)
    figures, ring = place_ring(Member(child, look_for(child)),
                               members_of(helpers, background), box,
                               height * TALLEST, height, feeling)
    return SceneLayout(width, height, PageKind.HELPERS.value, background, floor_of(height),
                       feeling, tuple(figures), tuple(sky_props(PageKind.HELPERS, background,
                                                                feeling, width, height)),
                       ring=ring)


def plan_child(scene: Scene, width: int, height: int, feeling: str, background: str,
               ) -> SceneLayout:
    """Return the plan of 'what you can do': the child talking, or holding a phone."""
    kind = PageKind(scene.kind)
    children = unique(scene.children)[:1] or [p for p in unique(scene.people) if p.is_child][:1]
    others = [p for p in unique(scene.people) if not children or p.id != children[0].id]
    members = [Member(c, look_for(c), None if kind == PageKind.CALL else "speech",
                      "phone" if kind == PageKind.CALL else None) for c in children]
    members += members_of(others, background)
    box = people_box(width, height)
    figures: list[FigureSpot] = []
    if members:
        figures = place_rows(choose_rows(members, box, height * TALLEST, height), box,
                             height * TALLEST, height, feeling)
    sky = [] if kind == PageKind.CHILD_CAN and figures else sky_props(
        kind, background, feeling, width, height)
    return SceneLayout(width, height, kind.value, background, floor_of(height), feeling,
                       tuple(figures), tuple(sky))


def plan_scale(scene: Scene, width: int, height: int, feeling: str, background: str,
               ) -> SceneLayout:
    """Return the plan of the safety scale: a 0-10 line with each person's mark."""
    box = Box(width * 0.03, height * 0.04, width * 0.97, height * 0.98)
    scores = [(person, int(score), look_for(person)) for person, score in scene.scores]
    line, marks = place_marks(scores, box, height)
    return SceneLayout(width, height, PageKind.SCALE.value, background, floor_of(height),
                       feeling, marks=tuple(marks), scale=line)


PLANNERS = {
    PageKind.CAST: plan_cast,
    PageKind.NOT_YOUR_FAULT: plan_not_your_fault,
    PageKind.HELPERS: plan_helpers,
    PageKind.CHILD_CAN: plan_child,
    PageKind.CALL: plan_child,
    PageKind.SCALE: plan_scale,
}


def plan_scene(scene: Scene, width: int = 1200, height: int = 800) -> SceneLayout:
    """Return the plan of the scene's picture at width x height pixels."""
    kind = PageKind(scene.kind)
    feeling = choose_feeling(scene)
    if scene.image is not None:
        return SceneLayout(width, height, kind.value, "image", height, feeling, image=scene.image)
    planner = PLANNERS.get(kind, plan_group)
    return planner(scene, width, height, feeling, choose_background(scene))
