"""Faces a child reads at a glance: eyes, eyebrows and mouth for each feeling.

happy: open smile; calm: small smile; neutral: a straight mouth (everyone a page is not
about); sad: turned-down mouth, brows up in the middle; scared: round mouth, high brows;
angry: brows down in the middle, flat mouth; worried: wavy mouth, slanted brows; asleep:
closed eyes. Only happy and calm faces have pink cheeks. Glasses and beard belong to the
face too.
"""

from __future__ import annotations

import math

from wordspictures.illustrate.palette import CHEEKS, INK, RGB, TEAR, WHITE
from wordspictures.illustrate.pen import Pen, Point, arc_points

MOUTH: RGB = (204, 92, 100)

# Eyebrow ends (inner, outer) as heights above the eyes, in head radii.
BROWS = {
    "happy": (0.34, 0.36), "calm": (0.30, 0.31), "sad": (0.44, 0.26),
    "scared": (0.50, 0.46), "angry": (0.16, 0.38), "worried": (0.42, 0.28),
    "neutral": (0.30, 0.30), "asleep": (0.28, 0.28),
}


def draw_eyes(pen: Pen, cx: float, cy: float, r: float, feeling: str, line: float = 1.0
              ) -> None:
    """Draw two dark eyes with a white glint (the glint keeps them alive on dark skin), or
    two closed ones, asleep."""
    if feeling == "asleep":
        for side in (-1, 1):
            pen.stroke(arc_points(cx + side * 0.36 * r, cy - 0.02 * r, 0.13 * r, 0.08 * r, 20,
                                  160, 6), INK, line * 0.9, wobble=0.05)
        return
    size = 0.12 * r if feeling == "scared" else 0.1 * r
    for side in (-1, 1):
        ex = cx + side * 0.36 * r
        pen.dot(ex, cy, size, INK)
        pen.dot(ex + 0.035 * r, cy - 0.035 * r, size * 0.36, WHITE)


def draw_brows(pen: Pen, cx: float, cy: float, r: float, feeling: str, line: float) -> None:
    """Draw the eyebrows: their slant carries most of the feeling."""
    inner, outer = BROWS.get(feeling, BROWS["calm"])
    for side in (-1, 1):
        start = (cx + side * 0.18 * r, cy - inner * r)
        end = (cx + side * 0.52 * r, cy - outer * r)
        middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2 - 0.04 * r)
        pen.stroke([start, middle, end], INK, line * 0.85, wobble=0.2)


def mouth_points(cx: float, my: float, r: float, feeling: str) -> list[Point]:
    """Return the line of a closed mouth for the feeling."""
    if feeling == "sad":
        return arc_points(cx, my + 0.14 * r, 0.22 * r, 0.13 * r, 200, 340, 8)
    if feeling == "angry":
        return [(cx - 0.18 * r, my + 0.06 * r), (cx, my + 0.01 * r), (cx + 0.18 * r, my + 0.06 * r)]
    if feeling == "worried":
        return [(cx - 0.24 * r + 0.06 * r * i, my + 0.05 * r * math.sin(i * math.pi / 2.4))
                for i in range(9)]
    if feeling in ("neutral", "asleep"):
        width = 0.12 if feeling == "asleep" else 0.17
        return [(cx - width * r, my + 0.04 * r), (cx + width * r, my + 0.04 * r)]
    return arc_points(cx, my - 0.02 * r, 0.22 * r, 0.12 * r, 20, 160, 8)  # calm


def draw_mouth(pen: Pen, cx: float, cy: float, r: float, feeling: str, line: float,
               beard: bool = False) -> None:
    """Draw the mouth: an open smile, a round 'oh', or a line that says the feeling.

    In a beard the round 'oh' is small and dark, and sits under the moustache: a red one
    there read as a tongue poking out.
    """
    my = cy + 0.42 * r
    if feeling == "happy":
        smile = arc_points(cx, my - 0.06 * r, 0.3 * r, 0.26 * r, 0, 180, 10)
        pen.shape(smile, MOUTH, INK, line * 0.8, wobble=0.15)
    elif feeling == "scared" and beard:
        pen.ellipse(cx, my + 0.06 * r, 0.08 * r, 0.09 * r, INK, INK, line * 0.6, wobble=0.05)
    elif feeling == "scared":
        pen.ellipse(cx, my + 0.04 * r, 0.1 * r, 0.13 * r, MOUTH, INK, line * 0.8, wobble=0.1)
    else:
        pen.stroke(mouth_points(cx, my, r, feeling), INK, line * 0.9, wobble=0.1)


def draw_cheeks(pen: Pen, cx: float, cy: float, r: float) -> None:
    """Draw soft pink cheeks (only on happy and calm faces)."""
    for side in (-1, 1):
        pen.ellipse(cx + side * 0.58 * r, cy + 0.3 * r, 0.13 * r, 0.09 * r, CHEEKS, None, 0, 0.1)


def draw_tear(pen: Pen, cx: float, cy: float, r: float, line: float) -> None:
    """Draw one small tear under an eye (a sad face, never more)."""
    x, y = cx - 0.42 * r, cy + 0.2 * r
    drop = [(x, y - 0.1 * r)] + arc_points(x, y + 0.04 * r, 0.07 * r, 0.07 * r, -30, 210, 8)
    pen.shape(drop, TEAR, INK, line * 0.5, wobble=0.05)


def draw_glasses(pen: Pen, cx: float, cy: float, r: float, line: float) -> None:
    """Draw round glasses around the eyes."""
    for side in (-1, 1):
        pen.ellipse(cx + side * 0.36 * r, cy, 0.22 * r, 0.2 * r, None, INK, line * 0.7, 0.1)
    pen.stroke([(cx - 0.14 * r, cy - 0.03 * r), (cx + 0.14 * r, cy - 0.03 * r)], INK, line * 0.7,
               wobble=0.05)


def draw_beard(pen: Pen, cx: float, cy: float, r: float, colour: RGB, line: float) -> None:
    """Draw a beard around the chin and a moustache, leaving room for the mouth."""
    outer = arc_points(cx, cy, 1.02 * r, 1.02 * r, 5, 175, 14)
    inner = [(cx - 0.72 * r, cy + 0.2 * r), (cx - 0.45 * r, cy + 0.45 * r),
             (cx - 0.28 * r, cy + 0.66 * r), (cx, cy + 0.72 * r), (cx + 0.28 * r, cy + 0.66 * r),
             (cx + 0.45 * r, cy + 0.45 * r), (cx + 0.72 * r, cy + 0.2 * r)]
    pen.shape(outer + inner, colour, INK, line, wobble=0.3)
    pen.ellipse(cx, cy + 0.3 * r, 0.26 * r, 0.07 * r, colour, INK, line * 0.6, 0.1)


def draw_face(pen: Pen, cx: float, cy: float, r: float, feeling: str, glasses: bool,
              beard: RGB | None, line: float) -> None:
    """Draw the whole face for a feeling on a head already drawn at cx, cy."""
    if beard is not None:
        draw_beard(pen, cx, cy, r, beard, line)
    if feeling in ("happy", "calm") and beard is None:
        draw_cheeks(pen, cx, cy, r)
    draw_eyes(pen, cx, cy, r, feeling, line)
    draw_brows(pen, cx, cy, r, feeling, line)
    draw_mouth(pen, cx, cy, r, feeling, line, beard is not None)
    if feeling == "sad":
        draw_tear(pen, cx, cy, r, line)
    if glasses:
        draw_glasses(pen, cx, cy, r, line)
