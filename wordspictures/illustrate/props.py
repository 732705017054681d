"""Things on the page besides people: sun, cloud, hearts, arrow, clock, calendar, book,
pencil, and the thought and speech bubbles above heads."""

from __future__ import annotations

import math
from collections.abc import Callable

from wordspictures.illustrate import palette as pal
from wordspictures.illustrate.furniture import FURNITURE
from wordspictures.illustrate.lettering import font_at
from wordspictures.illustrate.palette import INK
from wordspictures.illustrate.pen import Pen, arc_points, heart_points
from wordspictures.illustrate.shapes import FigureSpot, Prop


def draw_sun(pen: Pen, prop: Prop, line: float) -> None:
    """Draw a smiling sun with short rays."""
    x, y, r = prop.x, prop.y, prop.size * 0.62
    for i in range(10):
        a = math.radians(i * 36 + 8)
        pen.stroke(
            [
                (x + math.cos(a) * r * 1.3, y + math.sin(a) * r * 1.3),
                (x + math.cos(a) * r * 1.6, y + math.sin(a) * r * 1.6),
            ],
            pal.SUN_RAY,
            line,
            wobble=0.2,
        )
    pen.ellipse(x, y, r, r, pal.SUN, INK, line)
    for side in (-1, 1):
        pen.dot(x + side * 0.32 * r, y - 0.1 * r, 0.08 * r, INK)
    pen.stroke(
        arc_points(x, y + 0.1 * r, 0.38 * r, 0.3 * r, 25, 155, 8), INK, line * 0.8, wobble=0.1
    )


def draw_cloud(pen: Pen, prop: Prop, line: float) -> None:
    """Draw a soft, light cloud."""
    draw_puff(pen, prop.x, prop.y, prop.size, pal.CLOUD, line)


def draw_puff(pen: Pen, x: float, y: float, size: float, fill: pal.RGB, line: float) -> None:
    """Draw a cloud shape: all outlines first, then all fills, so only the rim shows."""
    w = size * 2.4
    bumps = [
        (-0.3, 0.08, 0.26),
        (-0.08, -0.14, 0.3),
        (0.2, -0.06, 0.27),
        (0.32, 0.14, 0.2),
        (0.0, 0.18, 0.3),
    ]
    shapes = [
        pen.oval_points(x + bx * w, y + by * w * 0.54, br * w, br * w * 0.75)
        for bx, by, br in bumps
    ]
    for points in shapes:
        pen.shape(points, None, INK, line * 2, 0.0)
    for points in shapes:
        pen.shape(points, fill, None, 0, 0.0)


def draw_heart(pen: Pen, prop: Prop, line: float) -> None:
    """Draw a small red heart."""
    pen.shape(heart_points(prop.x, prop.y, prop.size), pal.HEART, INK, line, 0.4)


def draw_big_heart(pen: Pen, prop: Prop, line: float) -> None:
    """Draw a big, light heart to stand in front of."""
    pen.shape(
        heart_points(prop.x, prop.y, prop.size, 60), pal.HEART_SOFT, pal.HEART, line * 1.6, 0.8
    )


def draw_arrow(pen: Pen, prop: Prop, line: float) -> None:
    """Draw a gentle curved arrow pointing right: 'and then'."""
    x, y, s = prop.x, prop.y, prop.size
    curve = arc_points(x, y + s * 0.5, s, s * 0.45, 200, 330, 12)
    pen.stroke(curve, pal.ARROW, line * 3.2, wobble=0.3)
    ex, ey = curve[-1]
    pen.stroke(
        [(ex - s * 0.16, ey - s * 0.02), (ex, ey), (ex - s * 0.06, ey + s * 0.15)],
        pal.ARROW,
        line * 3.2,
        wobble=0.1,
    )


def draw_clock(pen: Pen, prop: Prop, line: float) -> None:
    """Draw a clock with its hands at the time (the book draws one only when a time is
    known; a clock without hands tells nothing)."""
    x, y, r = prop.x, prop.y, prop.size
    pen.ellipse(x, y, r, r, pal.WHITE, INK, line * 1.4)
    for hour in range(12):
        a = math.radians(hour * 30)
        inner = 0.78 if hour % 3 == 0 else 0.85
        pen.stroke(
            [
                (x + math.sin(a) * r * inner, y - math.cos(a) * r * inner),
                (x + math.sin(a) * r * 0.92, y - math.cos(a) * r * 0.92),
            ],
            INK,
            line * 0.8,
            wobble=0.0,
        )
    # Evening or morning beside the clock, not on its face: a hand pointing at six would
    # cover a moon drawn there.
    if prop.daytime == "evening":
        draw_moon(pen, x - r * 0.95, y - r * 0.95, r * 0.2, line)
    elif prop.daytime == "morning":
        pen.ellipse(x - r * 0.95, y - r * 0.95, r * 0.16, r * 0.16, pal.SUN, INK, line * 0.6)
    if prop.time is not None:
        hour, minute = prop.time
        minute_angle = math.radians(minute * 6)
        hour_angle = math.radians((hour % 12) * 30 + minute * 0.5)
        pen.stroke(
            [(x, y), (x + math.sin(hour_angle) * r * 0.45, y - math.cos(hour_angle) * r * 0.45)],
            INK,
            line * 2.2,
            wobble=0.0,
        )
        pen.stroke(
            [
                (x, y),
                (x + math.sin(minute_angle) * r * 0.72, y - math.cos(minute_angle) * r * 0.72),
            ],
            INK,
            line * 1.5,
            wobble=0.0,
        )
    pen.dot(x, y, line * 1.6, INK)


def draw_moon(pen: Pen, x: float, y: float, r: float, line: float) -> None:
    """Draw a small crescent moon (evening)."""
    outer = arc_points(x, y, r, r, 60, 300, 10)
    inner = arc_points(x + r * 0.45, y, r * 0.75, r * 0.85, 290, 70, 8)
    pen.shape(outer + inner, pal.MOON, INK, line * 0.6, 0.05)


def draw_calendar(pen: Pen, prop: Prop, line: float) -> None:
    """Draw a calendar page with a week of seven days, the rule's days with a heart; or a
    date's sheet with its day's number (``Prop.width`` holds the day)."""
    x, y, s = prop.x, prop.y, prop.size
    left, right, top, bottom = x - s, x + s, y - s * 0.85, y + s * 0.85
    pen.rect(left, top, right, bottom, pal.WHITE, INK, line * 1.4, 0.4)
    pen.rect(left, top, right, top + s * 0.4, pal.CALENDAR_TOP, INK, line * 1.2, 0.2)
    for ring in (-0.5, 0.5):
        pen.stroke(
            [(x + ring * s, top - s * 0.12), (x + ring * s, top + s * 0.12)],
            INK,
            line * 1.6,
            wobble=0.0,
        )
    if prop.width:  # a date: the sheet of that day, its number big (a number needs no language)
        font = font_at(round(s * 0.95 * pen.scale), bold=True)
        pen.draw.text((x * pen.scale, (top + s * 1.05) * pen.scale), str(int(prop.width)),
                      font=font, fill=INK, anchor="mm")
        return
    cell = (right - left - s * 0.2) / 7
    for day in range(7):
        cx = left + s * 0.1 + cell * (day + 0.5)
        for row, cy in enumerate((top + s * 0.75, top + s * 1.2)):
            marked = row == 0 and day in prop.days
            if marked:
                pen.shape(heart_points(cx, cy, cell * 0.42), pal.HEART, INK, line * 0.6, 0.1)
            else:
                pen.dot(cx, cy, max(1.0, cell * 0.1), pal.SOFT_INK)


def draw_book(pen: Pen, prop: Prop, line: float) -> None:
    """Draw an open book with lines of writing on both pages."""
    x, y, s = prop.x, prop.y, prop.size
    for side in (-1, 1):
        page = [
            (x, y - s * 0.5),
            (x + side * s * 0.5, y - s * 0.62),
            (x + side * s, y - s * 0.55),
            (x + side * s, y + s * 0.45),
            (x + side * s * 0.5, y + s * 0.38),
            (x, y + s * 0.5),
        ]
        pen.shape(page, pal.PAPER_PAGE, INK, line * 1.3, 0.3)
        for i in range(4):
            ly = y - s * 0.3 + i * s * 0.18
            pen.stroke(
                [(x + side * s * 0.15, ly), (x + side * s * 0.8, ly)],
                pal.SOFT_INK,
                line * 0.8,
                wobble=0.3,
            )
    pen.shape(
        heart_points(x - s * 0.5, y + s * 0.32 - s * 0.1, s * 0.08),
        pal.HEART,
        INK,
        line * 0.5,
        0.05,
    )


def draw_pencil(pen: Pen, prop: Prop, line: float) -> None:
    """Draw a yellow pencil lying across the book."""
    x, y, s = prop.x + prop.size * 0.55, prop.y - prop.size * 0.55, prop.size
    dx, dy = math.cos(math.radians(125)), math.sin(math.radians(125))
    nx, ny = -dy * s * 0.09, dx * s * 0.09
    back = (x - dx * s * 0.55, y - dy * s * 0.55)
    tip = (x + dx * s * 0.55, y + dy * s * 0.55)
    wood = (x + dx * s * 0.38, y + dy * s * 0.38)
    pen.shape(
        [
            (back[0] + nx, back[1] + ny),
            (wood[0] + nx, wood[1] + ny),
            (wood[0] - nx, wood[1] - ny),
            (back[0] - nx, back[1] - ny),
        ],
        pal.SUN,
        INK,
        line * 1.1,
        0.1,
    )
    pen.shape(
        [(wood[0] + nx, wood[1] + ny), tip, (wood[0] - nx, wood[1] - ny)],
        pal.WOOD,
        INK,
        line * 1.1,
        0.05,
    )
    pen.ellipse(back[0], back[1], s * 0.09, s * 0.09, pal.HEART, INK, line)


def draw_bubble(pen: Pen, spot: FigureSpot, line: float) -> None:
    """Draw a thought bubble with a question mark, or a speech bubble with '…' (no words)."""
    r = spot.head_radius
    width = min(spot.label_width * 0.9, 2.6 * r)
    height = width * 0.62
    cx = spot.x + 0.45 * r
    bottom = spot.top - 0.3 * r
    cy = bottom - height / 2
    k = pen.scale
    if spot.bubble == "thought":
        pen.ellipse(
            spot.x + 0.3 * r, spot.top - 0.05 * r, 0.08 * r, 0.08 * r, pal.BUBBLE, INK, line
        )
        pen.ellipse(
            spot.x + 0.4 * r, spot.top - 0.22 * r, 0.12 * r, 0.12 * r, pal.BUBBLE, INK, line
        )
        draw_puff(pen, cx, cy - 0.05 * r, width / 2.4, pal.BUBBLE, line)
        font = font_at(round(height * 0.62 * k), bold=True)
        pen.draw.text((cx * k, (cy - 0.02 * r) * k), "?", font=font, fill=INK, anchor="mm")
        return
    tail = [
        (cx - width * 0.15, bottom - height * 0.12),
        (spot.x + 0.1 * r, spot.top + 0.05 * r),
        (cx + width * 0.08, bottom - height * 0.08),
    ]
    pen.shape(tail, pal.BUBBLE, INK, line, 0.1)
    pen.ellipse(cx, cy, width / 2, height / 2, pal.BUBBLE, INK, line)
    pen.shape(tail, pal.BUBBLE, None, 0, 0.0)
    for i in (-1, 0, 1):
        pen.dot(cx + i * width * 0.17, cy, max(1.0, width * 0.045), INK)


def draw_star(pen: Pen, prop: Prop, line: float) -> None:
    """Draw a small star in the night sky."""
    points = []
    for i in range(10):
        radius = prop.size * (1.0 if i % 2 == 0 else 0.45)
        angle = math.radians(-90 + 36 * i)
        points.append((prop.x + radius * math.cos(angle), prop.y + radius * math.sin(angle)))
    pen.shape(points, pal.STAR, None, 0, 0.05)


def draw_big_moon(pen: Pen, prop: Prop, line: float) -> None:
    """Draw the moon in the night sky: a crescent with a sleepy face."""
    draw_moon(pen, prop.x, prop.y, prop.size, line)


def draw_night_window(pen: Pen, prop: Prop, line: float) -> None:
    """Draw a window after dark over the room's own: dark glass, the moon and a star."""
    x, y, w, h = prop.x, prop.y, prop.width, prop.size
    pen.rect(x - w / 2, y - h / 2, x + w / 2, y + h / 2, pal.NIGHT_GLASS, pal.SOFT_INK, line, 0.3)
    draw_moon(pen, x + w * 0.18, y - h * 0.12, h * 0.18, line)
    pen.dot(x - w * 0.22, y - h * 0.2, h * 0.03, pal.STAR)
    pen.dot(x - w * 0.05, y + h * 0.15, h * 0.025, pal.STAR)


def draw_ceiling_lamp(pen: Pen, prop: Prop, line: float) -> None:
    """Draw a lamp hanging from the ceiling, lit, with its warm light round it."""
    x, s = prop.x, prop.size
    pen.ellipse(x, s * 1.05, s * 0.9, s * 0.5, pal.LAMP_LIGHT, None, 0, 0.0)
    pen.stroke([(x, 0), (x, s * 0.6)], pal.SOFT_INK, line, wobble=0.0)
    pen.shape([(x - s * 0.35, s * 0.95), (x - s * 0.12, s * 0.6), (x + s * 0.12, s * 0.6),
               (x + s * 0.35, s * 0.95)], pal.SUN, INK, line, 0.2)


def draw_card(pen: Pen, prop: Prop, line: float) -> None:
    """Draw the soft card a clock or a calendar stands on, so it does not float."""
    pen.rect(prop.x - prop.width / 2, prop.y - prop.size / 2, prop.x + prop.width / 2,
             prop.y + prop.size / 2, pal.PAPER, pal.SOFT_INK, line, 0.4)


PROPS: dict[str, Callable[[Pen, Prop, float], None]] = {
    "star": draw_star,
    "moon": draw_big_moon,
    "night_window": draw_night_window,
    "ceiling_lamp": draw_ceiling_lamp,
    "card": draw_card,
    "sun": draw_sun,
    "cloud": draw_cloud,
    "heart": draw_heart,
    "big_heart": draw_big_heart,
    "arrow": draw_arrow,
    "clock": draw_clock,
    "calendar": draw_calendar,
    "book": draw_book,
    "pencil": draw_pencil,
}


PROPS.update(FURNITURE)


def draw_prop(pen: Pen, prop: Prop, line: float) -> None:
    """Draw one prop (unknown kinds draw nothing: a picture must never fail)."""
    drawer = PROPS.get(prop.kind)
    if drawer is not None:
        drawer(pen, prop, line)
