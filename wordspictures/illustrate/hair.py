"""Hair styles, drawn in layers around the head: behind the body, beside the face, on top."""

from __future__ import annotations

from wordspictures.illustrate.palette import INK, RGB
from wordspictures.illustrate.pen import Pen, arc_points


def draw_hair_back(pen: Pen, style: str, cx: float, cy: float, r: float, colour: RGB,
                   line: float) -> None:
    """Draw the hair that falls behind the head and shoulders (long hair, a ponytail)."""
    if style == "long":
        top = arc_points(cx, cy, 1.1 * r, 1.08 * r, 180, 360, 12)
        pen.shape(top + [(cx + 1.18 * r, cy + 1.3 * r), (cx + 0.5 * r, cy + 1.42 * r),
                         (cx - 0.5 * r, cy + 1.42 * r), (cx - 1.18 * r, cy + 1.3 * r)],
                  colour, INK, line)
    elif style == "ponytail":
        pen.shape([(cx + 0.55 * r, cy - 0.8 * r), (cx + 1.25 * r, cy - 0.5 * r),
                   (cx + 1.45 * r, cy + 0.2 * r), (cx + 1.3 * r, cy + 0.95 * r),
                   (cx + 1.05 * r, cy + 0.5 * r), (cx + 0.9 * r, cy - 0.1 * r)],
                  colour, INK, line)


def draw_braids(pen: Pen, cx: float, cy: float, r: float, colour: RGB, ribbon: RGB,
                line: float) -> None:
    """Draw two braids hanging beside the face, each tied with a ribbon."""
    for side in (-1, 1):
        x = cx + side * 0.92 * r
        for i in range(4):
            pen.ellipse(x + side * 0.04 * r * i, cy + (0.1 + 0.3 * i) * r, 0.2 * r, 0.19 * r,
                        colour, INK, line * 0.8)
        bx, by = x + side * 0.16 * r, cy + 1.2 * r
        pen.shape([(bx, by), (bx - 0.2 * r, by - 0.12 * r), (bx - 0.2 * r, by + 0.12 * r)],
                  ribbon, INK, line * 0.6, 0.1)
        pen.shape([(bx, by), (bx + 0.2 * r, by - 0.12 * r), (bx + 0.2 * r, by + 0.12 * r)],
                  ribbon, INK, line * 0.6, 0.1)


def draw_headscarf(pen: Pen, cx: float, cy: float, r: float, colour: RGB, line: float) -> None:
    """Draw a headscarf over the head and shoulders (the face is drawn on top)."""
    top = arc_points(cx, cy - 0.05 * r, 1.15 * r, 1.15 * r, 180, 360, 14)
    pen.shape(top + [(cx + 1.3 * r, cy + 1.1 * r), (cx + 1.05 * r, cy + 1.5 * r),
                     (cx - 1.05 * r, cy + 1.5 * r), (cx - 1.3 * r, cy + 1.1 * r)],
              colour, INK, line)


def draw_hair_front(pen: Pen, style: str, cx: float, cy: float, r: float, colour: RGB,
                    line: float) -> None:
    """Draw the hair on top of the head: a cap with a fringe, curls, or nothing (bald)."""
    if style in ("short", "ponytail", "braids"):
        cap = arc_points(cx, cy, 1.05 * r, 1.06 * r, 190, 350, 12)
        fringe = [(cx + 0.92 * r, cy - 0.2 * r), (cx + 0.45 * r, cy - 0.52 * r),
                  (cx + 0.05 * r, cy - 0.45 * r), (cx - 0.45 * r, cy - 0.58 * r),
                  (cx - 0.95 * r, cy - 0.15 * r)]
        pen.shape(cap + fringe, colour, INK, line)
    elif style == "long":
        cap = arc_points(cx, cy, 1.08 * r, 1.07 * r, 165, 375, 14)
        fringe = [(cx + 0.86 * r, cy + 0.35 * r), (cx + 0.8 * r, cy - 0.25 * r),
                  (cx + 0.25 * r, cy - 0.6 * r), (cx - 0.05 * r, cy - 0.45 * r),
                  (cx - 0.5 * r, cy - 0.5 * r), (cx - 0.82 * r, cy - 0.2 * r),
                  (cx - 0.86 * r, cy + 0.35 * r)]
        pen.shape(cap + fringe, colour, INK, line)
    elif style == "curly":
        draw_curls(pen, cx, cy, r, colour, line)


def draw_curls(pen: Pen, cx: float, cy: float, r: float, colour: RGB, line: float) -> None:
    """Draw a crown of curls: all outlines first, then all fills, so only the rim shows."""
    spots = arc_points(cx, cy, 0.98 * r, 0.98 * r, 165, 375, 9)
    size = 0.3 * r
    shapes = [pen.oval_points(x, y, size, size * 0.95) for x, y in spots]
    for points in shapes:
        pen.shape(points, None, INK, line * 2, 0.0)
    for points in shapes:
        pen.shape(points, colour, None, 0, 0.0)


def draw_police_cap(pen: Pen, cx: float, cy: float, r: float, cap: RGB, badge: RGB,
                    line: float) -> None:
    """Draw a police cap with a badge (the hair is drawn under it)."""
    crown = [(cx - 0.95 * r, cy - 0.5 * r), (cx - 1.05 * r, cy - 1.05 * r),
             (cx - 0.5 * r, cy - 1.3 * r), (cx + 0.5 * r, cy - 1.3 * r),
             (cx + 1.05 * r, cy - 1.05 * r), (cx + 0.95 * r, cy - 0.5 * r)]
    pen.shape(crown, cap, INK, line)
    pen.shape(arc_points(cx, cy - 0.52 * r, 1.02 * r, 0.24 * r, 0, 180, 10), INK, INK, line * 0.5)
    pen.ellipse(cx, cy - 0.88 * r, 0.17 * r, 0.17 * r, badge, INK, line * 0.6)
