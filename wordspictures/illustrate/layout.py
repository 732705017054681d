"""Plan a page's picture: who is drawn where, how tall, feeling and doing what, with which
props and furniture.

``plan_scene`` is pure (no Pillow): tests check the plan, ``draw_scene`` draws it. A scene
the book made carries each person's own feeling and action (``Scene.figures``); a scene
without them (the gallery, older callers) gives everyone the page's feeling.
"""

from __future__ import annotations

from dataclasses import replace

from wordspictures.account.model import Person
from wordspictures.account.vocabulary import FEELINGS, PLACES
from wordspictures.book.pages import Figure, PageKind, Scene
from wordspictures.illustrate.actions import SHARED, pose_of
from wordspictures.illustrate.arrange import (
    Member,
    choose_rows,
    label_size_for,
    place_marks,
    place_ring,
    place_rows,
    split_even,
)
from wordspictures.illustrate.furnish import furniture_for
from wordspictures.illustrate.looks import look_for
from wordspictures.illustrate.shapes import Box, FigureSpot, Prop, SceneLayout
from wordspictures.illustrate.sky import side_props, sky_props

DEFAULT_FEELING = {
    PageKind.COVER: "happy", PageKind.CAST: "happy", PageKind.GOOD_THINGS: "happy",
    PageKind.WORRIED: "worried", PageKind.WORRIES_NOW: "worried", PageKind.HELPERS: "happy",
    PageKind.NEXT: "happy", PageKind.MAKERS: "happy",
}
DEFAULT_PLACE = {PageKind.COVER: "home", PageKind.CAST: "plain", PageKind.SCALE: "plain"}
GLOOMY = frozenset({"sad", "scared", "angry", "worried"})
BOARD_ROOMS = frozenset({"school"})  # backgrounds with a board of their own
INDOORS = frozenset({"kitchen", "bedroom", "living_room", "school", "doctor", "office",
                     "living_room_bare", "bedroom_bare"})
BACKGROUNDS = frozenset({*PLACES, "their_home"})
TALLEST = 0.6       # an adult alone is six tenths of the picture's height
SIDE = 0.70         # people use the left 70% when a prop stands at the side
PANEL_GAP = 0.025   # between two panels, in parts of the picture's width
# A room whose own furniture someone's action brings: drawn without it.
BARE = {"living_room": ({"sofa", "sofa_front"}, "living_room_bare"),
        "bedroom": ({"bed"}, "bedroom_bare")}


def read_place(place: str | None) -> str | None:
    """Return the place kind for the account's words, or None for free words."""
    if place is None:
        return None
    key = place.strip().lower().replace(" ", "_").replace("-", "_")
    return key if key in BACKGROUNDS else None


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


def figure_of(scene: Scene, person: Person) -> Figure | None:
    """Return how the book wants a person drawn on this page, if it said."""
    return next((f for f in scene.figures if f.person.id == person.id), None)


def member_of(scene: Scene, person: Person, background: str, bubble: str | None = None,
              holds: str | None = None, action: str | None = None) -> Member:
    """Return a person to place, with their look, feeling and action on this page.

    In the classroom the teacher stands at the school's own board: a second, small board
    beside them would only make the child wonder why there are two.
    """
    figure = figure_of(scene, person)
    look = look_for(person, figure)
    if look.mark == "board" and background in BOARD_ROOMS:
        look = replace(look, mark=None)
    doing = action or (figure.action if figure else "stands")
    if pose_of(doing).body != "stand" and look.mark == "board":
        look = replace(look, mark=None)  # no board beside someone in bed or at a table
    if doing == "talks" and bubble is None:
        bubble = "speech"
    if pose_of(doing).holds == "phone":
        holds = "phone"
    return Member(person, look, bubble, holds, figure.feeling if figure else None, doing)


def members_of(scene: Scene, people: list[Person], background: str,
               bubble: str | None = None) -> list[Member]:
    """Return the people as members, those who share a table, a step or a car side by
    side (so one piece of furniture holds them all)."""
    members = [member_of(scene, p, background, bubble_for(scene, p, bubble)) for p in people]
    order: list[str | None] = []
    for m in members:
        kind = pose_of(m.action).furniture
        key = kind if kind in SHARED else None
        if key not in order:
            order.append(key)
    return sorted(members, key=lambda m: order.index(
        k if (k := pose_of(m.action).furniture) in SHARED else None))


def bubble_for(scene: Scene, person: Person, bubble: str | None) -> str | None:
    """Return a person's bubble on this page: a worried grown-up thinks, a parent speaks."""
    kind = PageKind(scene.kind)
    figure = figure_of(scene, person)
    if kind == PageKind.WORRIED:
        worried = figure is None or figure.feeling == "worried"
        return "thought" if worried and not person.is_child else None
    if kind == PageKind.PARENTS_SAY:
        talking = [f for f in scene.figures if f.action == "talks"]
        if figure is None or not talking:
            return "speech" if figure is None or person.is_parent else None
    return bubble


def with_furniture(layout: SceneLayout) -> SceneLayout:
    """Return the layout with the furniture its people's actions need."""
    back, front = furniture_for(layout.figures)
    if not back and not front:
        return layout
    return replace(layout, props=(*back, *layout.props, *front))


def plan_group(scene: Scene, width: int, height: int, feeling: str, background: str,
               ) -> SceneLayout:
    """Return the plan of a page that shows its people together, with the page's props."""
    kind = PageKind(scene.kind)
    people = unique(scene.people) or (unique(scene.children) if kind == PageKind.COVER else [])
    if scene.variant % 2:
        people.reverse()  # turned round: the page before showed the same
    side = side_props(scene, width, height)
    box = people_box(width, height, side=bool(side))
    members = members_of(scene, people, background)
    # People at one table, on one step or in one car sit in one row: two rows of tables
    # look like a classroom.
    # Indoors, people stand on the floor in one row: a second row floats on the wall.
    together = any(pose_of(m.action).furniture in SHARED for m in members) or \
        (background in INDOORS and len(members) <= 7)
    rows = [members] if together else choose_rows(members, box, height * TALLEST, height)
    figures = place_rows(rows, box, height * TALLEST, height, feeling) if members else []
    sky = sky_props(kind, background, scene.serious or feeling in GLOOMY and not scene.figures,
                    scene.daytime, width, height, left=bool(side))
    if any(f.bubble for f in figures):  # a bubble needs the sky's room, but not after dark
        sky = [p for p in sky if p.kind in ("night_window", "ceiling_lamp", "moon", "star")]
    furniture = {pose_of(f.action).furniture for f in figures}
    if background in BARE and BARE[background][0] & furniture:
        background = BARE[background][1]  # one sofa, one bed: the one someone is on
    return with_furniture(SceneLayout(width, height, kind.value, background, floor_of(height),
                                      feeling, tuple(figures), tuple(sky + side),
                                      daytime=scene.daytime, mirrored=scene.variant % 2 == 1))


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
    members = members_of(scene, people, background)
    box = people_box(width, height)
    if len(people) <= 5:
        rows = [[m for g in groups for m in members_of(scene, g, background)]] if people else []
    else:
        rows = [row for g in groups
                for row in split_even(members_of(scene, g, background), -(-len(g) // 6))]
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
    members = members_of(scene, people, background)
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
    """Return the plan of the safety people: the helpers in a circle around the child; a
    helper's item that says where or what they do is drawn as it says."""
    if not scene.children or scene.place or any(f.action != "stands" for f in scene.figures):
        return plan_group(scene, width, height, feeling, background)
    child = next((c for c in scene.children if c in scene.people), scene.children[0])
    helpers = [p for p in unique(scene.people) if p.id != child.id]
    box = people_box(width, height)
    figures, ring = place_ring(member_of(scene, child, background),
                               members_of(scene, helpers, background), box,
                               height * TALLEST, height, feeling)
    return SceneLayout(width, height, PageKind.HELPERS.value, background, floor_of(height),
                       feeling, tuple(figures),
                       tuple(sky_props(PageKind.HELPERS, background, scene.serious,
                                       scene.daytime, width, height)), ring=ring,
                       daytime=scene.daytime)


def plan_child(scene: Scene, width: int, height: int, feeling: str, background: str,
               ) -> SceneLayout:
    """Return the plan of 'what you can do' (the child talking, unless the words say
    more) and 'who can I call' (the child and the helpers with a phone each)."""
    kind = PageKind(scene.kind)
    if kind == PageKind.CHILD_CAN and any(f.action != "stands" for f in scene.figures):
        return plan_group(scene, width, height, feeling, background)
    children = [c for c in unique(scene.children) if c in scene.people][:1] or \
        unique(scene.children)[:1] or [p for p in unique(scene.people) if p.is_child][:1]
    others = [p for p in unique(scene.people) if not children or p.id != children[0].id]
    call = kind == PageKind.CALL
    members = [member_of(scene, c, background, None if call else "speech",
                         action="phones" if call else None) for c in children]
    members += [member_of(scene, p, background, action="phones" if call else None)
                for p in others]
    box = people_box(width, height)
    figures: list[FigureSpot] = []
    if members:
        figures = place_rows(choose_rows(members, box, height * TALLEST, height), box,
                             height * TALLEST, height, feeling)
    sky = [] if kind == PageKind.CHILD_CAN and figures else sky_props(
        kind, background, scene.serious, scene.daytime, width, height)
    return SceneLayout(width, height, kind.value, background, floor_of(height), feeling,
                       tuple(figures), tuple(sky), daytime=scene.daytime)


def plan_scale(scene: Scene, width: int, height: int, feeling: str, background: str,
               ) -> SceneLayout:
    """Return the plan of the safety scale: a 0-10 line with each person's mark."""
    box = Box(width * 0.03, height * 0.04, width * 0.97, height * 0.98)
    scores = [(person, int(score), look_for(person, figure_of(scene, person)))
              for person, score in scene.scores]
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
    if scene.panels:
        half = round(width * (1 - PANEL_GAP) / 2)
        panels = tuple(plan_scene(panel, half, height) for panel in scene.panels[:2])
        return SceneLayout(width, height, kind.value, "panels", height, feeling, panels=panels)
    planner = PLANNERS.get(kind, plan_group)
    return planner(scene, width, height, feeling, choose_background(scene))
