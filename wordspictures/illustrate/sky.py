"""What is high up on a page and at its side: the sun, a cloud, the moon and stars, a
window after dark, a heart; a clock at the time the words say, a calendar with its days.

Evening and night have a dark sky (outdoors) or a dark window and a lamp (indoors), never
the sun. A page about a worry gets a cloud, not the smiling sun. A clock is drawn only with
hands at a known time; the days of a rule get a calendar. Both stand on a card inside the
frame, so they do not float in a meadow.
"""

from __future__ import annotations

from dataclasses import replace

from wordspictures.book.pages import PageKind, Scene
from wordspictures.illustrate.shapes import Prop

OUTDOOR = frozenset({
    "home", "park", "street", "grandparents_home", "foster_home", "neutral", "police_station",
    "hospital", "car", "their_home",
})
DARK = frozenset({"evening", "night"})
# Where an indoor background has (or would have) its window: x, y, width, height in parts
# of the picture. After dark a dark window with the moon is drawn there.
WINDOWS = {
    "kitchen": (0.5, 0.25, 0.16, 0.2), "bedroom": (0.14, 0.22, 0.13, 0.2),
    "living_room": (0.52, 0.2, 0.14, 0.17), "office": (0.55, 0.22, 0.14, 0.2),
    "living_room_bare": (0.52, 0.2, 0.14, 0.17), "bedroom_bare": (0.14, 0.22, 0.13, 0.2),
    "school": (0.12, 0.2, 0.12, 0.18), "doctor": (0.3, 0.2, 0.12, 0.18),
}
SUNNY = frozenset({PageKind.COVER, PageKind.NEXT, PageKind.HELPERS, PageKind.MAKERS,
                   PageKind.GOOD_THINGS})


def sky_props(kind: PageKind, background: str, serious: bool, daytime: str | None,
              width: int, height: int, left: bool = False) -> list[Prop]:
    """Return the props high up on the page: sun or cloud by day, moon and stars or a dark
    window and a lamp after dark, and the heart of 'what goes well'. With ``left`` the sun,
    cloud or moon stand at the left (a clock's card stands at the right)."""
    heart = [Prop("heart", height * 0.11, height * 0.14, height * 0.08)] \
        if kind == PageKind.GOOD_THINGS and not serious and daytime not in DARK else []
    if daytime in DARK:
        if background in OUTDOOR or background not in WINDOWS:
            stars = [Prop("star", width * x, height * y, height * 0.018)
                     for x, y in ((0.62, 0.08), (0.72, 0.17), (0.55, 0.2), (0.78, 0.07))]
            x = height * 0.12 if left else width - height * 0.12
            return stars + [Prop("moon", x, height * 0.13, height * 0.07)]
        x, y, w, h = WINDOWS[background]
        return heart + [Prop("night_window", width * x, height * y, height * h,
                             width=width * w),
                        Prop("ceiling_lamp", width * 0.72, 0, height * 0.14)]
    # Inside the frame however narrow the picture (a panel): the sun's rays reach a whole
    # size out, a cloud 1.2 sizes.
    sun = Prop("sun", height * 0.11 if left else width - height * 0.11, height * 0.13,
               height * 0.075)
    cloud = Prop("cloud", height * 0.2 if left else width - height * 0.13, height * 0.12,
                 height * 0.08)
    if left:
        heart = []
    if background not in OUTDOOR and background != "plain":
        return heart  # no sun in a room
    if serious:
        return [cloud]
    if kind in SUNNY or background in OUTDOOR:
        return heart + [sun]
    return heart


def side_props(scene: Scene, width: int, height: int) -> list[Prop]:
    """Return the props standing at the right, on a card: a clock with hands at the time
    the words say, a calendar with their days; the makers' book and pencil."""
    size = min(width * 0.1, height * 0.155)
    x = width - size * 1.45
    kind = PageKind(scene.kind)
    clock = scene.clock
    props: list[Prop] = []
    if clock is not None and (clock.time is not None or clock.days or clock.date):
        if clock.time is not None:
            props.append(Prop("clock", x, height * 0.3, size, time=clock.time,
                              daytime=clock.daytime))
        if clock.days and not (clock.time is not None and len(clock.days) == 7):
            props.append(Prop("calendar", x, height * 0.68, size, days=clock.days))
        elif clock.date and not clock.days:  # a date: its sheet, with the day's number
            props.append(Prop("calendar", x, height * 0.68, size, width=float(clock.date)))
        if len(props) == 1:
            props = [replace(props[0], y=height * 0.45, size=size * 1.2)]
        top = min(p.y - p.size * 1.05 for p in props)
        bottom = max(p.y + p.size * 1.05 for p in props)
        card = Prop("card", x, (top + bottom) / 2, bottom - top, width=size * 2.45)
        return [card, *props]
    if kind == PageKind.NEXT:
        return [Prop("calendar", x, height * 0.5, size * 1.2)]
    if kind == PageKind.MAKERS:
        return [Prop("book", x, height * 0.6, size * 1.2), Prop("pencil", x, height * 0.6, size)]
    return []
