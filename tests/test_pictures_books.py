"""The pictures of the bundled and shared example books tell the same story as the words:
whoever a page names is drawn with their name, nobody smiles on a page about a worry,
each person has their own feeling and clothes, no picture repeats the page before it, and a
clock shows the time the words say."""

from __future__ import annotations

import math
from functools import cache

import pytest

from tests.conftest import ALL_EXAMPLES
from tests.picture_checks import (
    count_colour,
    face_box,
    figures_of,
    image_of,
    ink_under,
    named,
    page_text,
)
from wordspictures.account.load import load_account
from wordspictures.book.pages import Book, PageKind
from wordspictures.book.planner import plan_book
from wordspictures.illustrate import draw_scene, plan_scene
from wordspictures.illustrate.faces import MOUTH
from wordspictures.illustrate.palette import CHEEKS, INK, SUN
from wordspictures.illustrate.shapes import SceneLayout

NAMES = [account.stem for account in ALL_EXAMPLES]
# Words of a harm, a fear or a worry, in both languages: a page with one shows no smile.
# The test's own short list, apart from the packs' (it must not agree with them by design).
WORRY_WORDS = ("hurt", "pushed", "grabbed", "shouted", "scared", "frightened", "angry",
               "argue", "bruise", "worried", "crying", "pijn", "duwde", "bang", "boos",
               "huilde", "bier", "geen eten", "verdrietig", "somber", "zich zorgen")


@cache
def book_of(name: str) -> Book:
    account = next(a for a in ALL_EXAMPLES if a.stem == name)
    return plan_book(load_account(account))


@cache
def drawn(name: str) -> tuple[tuple[SceneLayout, bytes], ...]:
    return tuple((plan_scene(page.scene), draw_scene(page.scene))
                 for page in book_of(name).pages)


@pytest.mark.parametrize("name", NAMES)
def test_everyone_a_page_names_is_drawn_with_their_name(name: str) -> None:
    book = book_of(name)
    people = load_account(next(a for a in ALL_EXAMPLES if a.stem == name)).people
    checked = 0
    for number, (page, (layout, png)) in enumerate(zip(book.pages, drawn(name), strict=True),
                                                   1):
        if layout.image is not None:
            continue
        wanted = named(page_text(page), people)
        image = image_of(png)
        if page.kind is PageKind.SCALE:
            assert wanted <= {m.person_id for m in layout.marks}, (number, page.heading)
            continue
        spots = {spot.person_id: (spot, offset) for spot, offset in figures_of(layout)}
        missing = wanted - set(spots)
        assert not missing, f"page {number} ({page.heading}) names {missing} but draws them not"
        for pid in wanted:
            assert ink_under(image, *spots[pid]) > 25, f"page {number}: no name under {pid}"
            checked += 1
    assert checked > 30


def is_about_a_worry(page_kind: PageKind, text: str) -> bool:
    low = text.lower()
    return page_kind in (PageKind.WORRIED, PageKind.WHAT_HAPPENED, PageKind.WORRIES_NOW) or \
        any(word in low for word in WORRY_WORDS)


@pytest.mark.parametrize("name", NAMES)
def test_nobody_smiles_on_a_page_about_a_worry(name: str) -> None:
    book = book_of(name)
    pages = 0
    for number, (page, (layout, png)) in enumerate(zip(book.pages, drawn(name), strict=True),
                                                   1):
        if not is_about_a_worry(page.kind, page_text(page)) or layout.image is not None:
            continue
        pages += 1
        image = image_of(png)
        for spot, offset in figures_of(layout):
            assert spot.feeling not in ("happy", "calm"), (number, spot.person_id)
            box = face_box(spot, offset)
            # Pink cheeks and an open red smile are only on happy and calm faces.
            assert count_colour(image, CHEEKS, box) < 4, (number, spot.person_id)
            if spot.feeling != "scared":  # an open smile is hundreds of red pixels
                assert count_colour(image, MOUTH, box) < 20, (number, spot.person_id)
        kinds = [p.kind for part in (layout.panels or (layout,)) for p in part.props]
        assert "sun" not in kinds, f"page {number} has a smiling sun"
    assert pages >= 5


@pytest.mark.parametrize("name", NAMES)
def test_no_two_pages_in_a_row_show_the_same_picture(name: str) -> None:
    pictures = [png for _, png in drawn(name)]
    for number in range(1, len(pictures)):
        assert pictures[number] != pictures[number - 1], f"pages {number} and {number + 1}"


@pytest.mark.parametrize("name", NAMES)
def test_each_person_wears_their_own_colour_and_a_uniform_is_its_own(name: str) -> None:
    worn: dict[str, str] = {}
    for layout, _ in drawn(name):
        for spot, _ in figures_of(layout):
            assert worn.setdefault(spot.person_id, spot.look.clothes) == spot.look.clothes
    assert len(set(worn.values())) == len(worn), worn
    account = load_account(next(a for a in ALL_EXAMPLES if a.stem == name))
    for person in account.people:
        if person.role == "police" and person.id in worn:
            assert worn[person.id] == "navy"


@pytest.mark.parametrize("name", NAMES)
def test_a_clock_shows_the_time_the_words_say(name: str) -> None:
    clocks = 0
    for page, (layout, png) in zip(book_of(name).pages, drawn(name), strict=True):
        for part, offset in ((p, 0 if i == 0 else layout.width - p.width)
                             for i, p in enumerate(layout.panels or (layout,))):
            for prop in part.props:
                if prop.kind != "clock":
                    continue
                clocks += 1
                assert prop.time is not None, "a clock without hands tells nothing"
                assert page.scene.clock is not None and prop.time == page.scene.clock.time
                hour, minute = prop.time
                hands_point_at(image_of(png), offset + prop.x, prop.y, prop.size,
                               (hour % 12) * 30 + minute * 0.5, minute * 6)
    if name in ("sam-en", "lotte-nl", "noor-nl"):
        assert clocks >= 1


def hands_point_at(image, x: float, y: float, r: float, hour: float,  # type: ignore[no-untyped-def]
                   minute: float) -> None:
    """Assert that the clock's hands are drawn towards ``hour`` and ``minute`` (degrees,
    0 = twelve o'clock) and nowhere else."""
    def ink_at(angle: float) -> int:
        a = math.radians(angle)
        points = [(x + math.sin(a) * r * f, y - math.cos(a) * r * f) for f in (0.25, 0.32, 0.38)]
        return sum(1 for px, py in points if sum(image.getpixel((int(px), int(py)))) <
                   sum(INK) + 120)

    def apart(a: float, b: float) -> float:
        return abs((a - b + 180) % 360 - 180)

    assert ink_at(hour) >= 2 and ink_at(minute) >= 2, f"no hands at {hour}° and {minute}°"
    empty = [a for a in range(0, 360, 15) if apart(a, hour) > 40 and apart(a, minute) > 40]
    assert empty and all(ink_at(a) == 0 for a in empty), "a hand where the time is not"


def test_after_dark_there_is_no_sun_and_the_moon_is_up() -> None:
    found = 0
    for name in NAMES:
        for page, (layout, png) in zip(book_of(name).pages, drawn(name), strict=True):
            for part in layout.panels or (layout,):
                if part.daytime not in ("evening", "night"):
                    continue
                found += 1
                kinds = part.prop_kinds()
                assert "sun" not in kinds, page.heading
                assert {"moon", "night_window"} & set(kinds), page.heading
            if layout.daytime in ("evening", "night") and not layout.panels:
                assert count_colour(image_of(png), SUN, (0, 0, layout.width,
                                                         int(layout.height * 0.3))) < 400 or \
                    "ceiling_lamp" in layout.prop_kinds()
    assert found >= 3


# How far each thing at the edge of a picture reaches from its middle, in its sizes.
REACH = {"sun": 1.0, "cloud": 1.3, "moon": 1.0, "clock": 1.05, "calendar": 1.05, "heart": 1.1,
         "star": 1.0}


@pytest.mark.parametrize("name", NAMES)
def test_everything_is_inside_the_frame(name: str) -> None:
    for number, (layout, _) in enumerate(drawn(name), 1):
        for part in layout.panels or (layout,):
            for prop in part.props:
                reach = prop.width / 2 if prop.kind == "card" else \
                    REACH.get(prop.kind, 0.0) * prop.size
                assert prop.x - reach >= 0 and prop.x + reach <= part.width, (number, prop)
                if prop.kind in REACH:
                    assert prop.y - reach >= 0 and prop.y + reach <= part.height, (number, prop)
            for spot in part.figures:
                assert spot.top >= 0 and spot.ground <= part.height, (number, spot.person_id)
                assert spot.x - spot.head_radius >= 0 and spot.x + spot.head_radius <= \
                    part.width, (number, spot.person_id)


def crosses(a: tuple[float, float], b: tuple[float, float],
            box: tuple[float, float, float, float]) -> bool:
    """Return True when the segment a-b passes through the box (x0, y0, x1, y1)."""
    steps = 60
    return any(box[0] <= a[0] + (b[0] - a[0]) * i / steps <= box[2] and
               box[1] <= a[1] + (b[1] - a[1]) * i / steps <= box[3] for i in range(steps + 1))


def test_the_scales_pointers_cross_no_face_and_no_name() -> None:
    from wordspictures.account.model import Person
    from wordspictures.book.pages import Scene
    from wordspictures.problems import Mark

    people = tuple(Person(f"p{i}", n, "other", n, Mark("t", 1, 1)) for i, n in enumerate(
        ("Karim van het wijkteam", "Papa", "Mama", "Opa Henk", "Oma", "Juf Mirjam")))
    layouts = [plan_scene(Scene(PageKind.SCALE, scores=tuple(zip(people, scores,
                                                                  strict=False))))
               for scores in ((6, 8, 7, 8, 2, 7), (5, 5, 5, 5), (0, 10), (9, 9, 8))]
    layouts += [layout for name in NAMES for layout, _ in drawn(name) if layout.marks]
    for layout in layouts:
        assert layout.scale is not None
        for mark in layout.marks:
            pointer = ((mark.x, mark.stem_top), (mark.target, layout.scale.y))
            for other in layout.marks:
                r = other.radius
                face = (other.x - r, other.y - r, other.x + r, other.y + r)
                name = (other.x - other.label_width / 2, other.y + 1.3 * r,
                        other.x + other.label_width / 2, other.y + 1.3 * r +
                        2.5 * other.label_size)
                assert not crosses(*pointer, face), (mark.label, other.label)
                assert not crosses(*pointer, name), (mark.label, other.label)
            # Names never overlap: each mark has its own room.
            for other in layout.marks:
                if other is not mark:
                    assert abs(other.x - mark.x) >= mark.label_width * 0.95
