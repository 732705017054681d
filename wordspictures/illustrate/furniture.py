"""Drawing the furniture and things of people's actions: a bed and its blanket, a sofa, a
table with what lies on it, a step, a rug with blocks, a car, a door, a kitchen counter,
moving boxes. Each stands on the prop's ground (``Prop.y``) and is sized by an adult's
height there (``Prop.size``)."""

from __future__ import annotations

from collections.abc import Callable

from wordspictures.illustrate import palette as pal
from wordspictures.illustrate.palette import INK, SOFT_INK
from wordspictures.illustrate.pen import Pen, arc_points
from wordspictures.illustrate.shapes import BED_TOP, Prop

BLANKET = (150, 190, 236)
SOFA = (176, 206, 150)
CLOTH = (250, 232, 200)


def draw_bed(pen: Pen, p: Prop, line: float) -> None:
    """Draw a bed seen from the side: headboard at the left, mattress and pillow."""
    a, x0, x1, g = p.size, p.x - p.width / 2, p.x + p.width / 2, p.y
    top = g - BED_TOP * a
    pen.rect(x0 - a * 0.03, g - a * 0.55, x0 + a * 0.04, g, pal.WOOD, INK, line, 0.3)
    pen.rect(x1 - a * 0.03, g - a * 0.36, x1 + a * 0.03, g, pal.WOOD, INK, line, 0.3)
    pen.rect(x0, top + a * 0.06, x1, g - a * 0.06, pal.WOOD, INK, line, 0.3)
    pen.rect(x0 + a * 0.02, top, x1 - a * 0.02, top + a * 0.07, pal.WHITE, INK, line, 0.4)
    pen.ellipse(x0 + a * 0.16, top - a * 0.02, a * 0.13, a * 0.055, pal.WHITE, INK, line)


def draw_sofa(pen: Pen, p: Prop, line: float) -> None:
    """Draw a sofa seen from the front: a back, a seat and two armrests."""
    a, x0, x1, g = p.size, p.x - p.width / 2, p.x + p.width / 2, p.y
    top = g - BED_TOP * a
    pen.rect(x0 + a * 0.04, top - a * 0.2, x1 - a * 0.04, top + a * 0.04, SOFA, INK, line, 0.5)
    pen.rect(x0 + a * 0.04, top, x1 - a * 0.04, g - a * 0.05, SOFA, INK, line, 0.5)
    for x in (x0, x1 - a * 0.1):
        pen.rect(x, top - a * 0.06, x + a * 0.1, g - a * 0.04, pal.TREE, INK, line, 0.3)
    for x in (x0 + a * 0.06, x1 - a * 0.06):
        pen.stroke([(x, g - a * 0.05), (x, g)], INK, line * 1.4, wobble=0.1)


def draw_blanket(pen: Pen, p: Prop, line: float) -> None:
    """Draw the blanket over someone lying down: from the shoulders to the feet."""
    a, x0, x1, g = p.size, p.x - p.width / 2, p.x + p.width / 2, p.y
    top = g - BED_TOP * a
    left = x0 + a * (0.3 if p.colour == "sofa" else 0.28)
    right = x1 - a * (0.12 if p.colour == "sofa" else 0.04)
    hump = arc_points((left + right) / 2, top + a * 0.02, (right - left) / 2, a * 0.1, 180,
                      360, 14)
    pen.shape([(left, top + a * 0.06), *hump, (right, top + a * 0.06), (right, top + a * 0.1),
               (left, top + a * 0.1)], BLANKET, INK, line, 0.4)
    for i in range(1, 4):
        x = left + (right - left) * i / 4
        pen.stroke([(x, top - a * 0.05), (x, top + a * 0.08)], (120, 160, 214), line * 0.7,
                   wobble=0.2)


def draw_sofa_front(pen: Pen, p: Prop, line: float) -> None:
    """Draw a sofa in front of someone hiding behind it: only their head looks over."""
    a, x0, x1, g = p.size, p.x - p.width / 2, p.x + p.width / 2, p.y
    back = g - a * 0.44
    pen.rect(x0, back, x1, g - a * 0.16, SOFA, INK, line, 0.5)
    pen.rect(x0 - a * 0.04, g - a * 0.24, x1 + a * 0.04, g - a * 0.04, SOFA, INK, line, 0.5)
    for x in (x0 - a * 0.06, x1 - a * 0.02):
        pen.rect(x, g - a * 0.34, x + a * 0.08, g - a * 0.03, pal.TREE, INK, line, 0.3)


def draw_table(pen: Pen, p: Prop, line: float) -> None:
    """Draw a table with a cloth to the floor, in front of the people sitting at it."""
    a, x0, x1, g = p.size, p.x - p.width / 2, p.x + p.width / 2, p.y
    top = g - a * 0.36
    pen.shape([(x0, top), (x1, top), (x1 + a * 0.03, g - a * 0.03), (x0 - a * 0.03,
               g - a * 0.03)], CLOTH, INK, line, 0.3)
    pen.rect(x0 - a * 0.02, top - a * 0.03, x1 + a * 0.02, top + a * 0.02, pal.WOOD, INK, line,
             0.2)
    for i in range(1, max(2, round(p.width / (a * 0.25)))):
        x = x0 + i * a * 0.25
        if x < x1 - a * 0.05:
            pen.stroke([(x, top + a * 0.04), (x, g - a * 0.05)], (236, 206, 168), line * 0.7,
                       wobble=0.2)


def on_table(p: Prop) -> tuple[float, float, float]:
    """Return the x, the table top's y and an adult's height, for a thing on the table."""
    return p.x, p.y - p.size * 0.39, p.size


def draw_paper(pen: Pen, p: Prop, line: float) -> None:
    """Draw a sheet with a little drawing and a pencil on the table."""
    x, y, a = on_table(p)
    pen.rect(x - a * 0.07, y - a * 0.015, x + a * 0.07, y + a * 0.01, pal.WHITE, INK, line * 0.8,
             0.1)
    pen.ellipse(x - a * 0.02, y - a * 0.004, a * 0.015, a * 0.008, pal.HEART, None, 0)
    pen.stroke([(x + a * 0.03, y - a * 0.03), (x + a * 0.09, y - a * 0.0)], pal.SUN, line * 1.6,
               wobble=0.0)


def draw_notebook(pen: Pen, p: Prop, line: float) -> None:
    """Draw an open notebook with lines of writing on the table."""
    x, y, a = on_table(p)
    for side in (-1, 1):
        pen.rect(x + side * a * 0.065 - a * 0.06, y - a * 0.02, x + side * a * 0.065 + a * 0.06,
                 y + a * 0.01, pal.PAPER_PAGE, INK, line * 0.8, 0.1)
    pen.stroke([(x - a * 0.1, y - a * 0.006), (x - a * 0.03, y - a * 0.006)], SOFT_INK,
               line * 0.6, wobble=0.1)


def draw_plate(pen: Pen, p: Prop, line: float) -> None:
    """Draw a plate with food on the table."""
    x, y, a = on_table(p)
    pen.ellipse(x, y - a * 0.005, a * 0.08, a * 0.02, pal.WHITE, INK, line * 0.8)
    pen.ellipse(x, y - a * 0.015, a * 0.035, a * 0.012, pal.CLOTHES["orange"], None, 0)


def draw_cup(pen: Pen, p: Prop, line: float) -> None:
    """Draw a cup on the table."""
    x, y, a = on_table(p)
    pen.rect(x - a * 0.025, y - a * 0.05, x + a * 0.025, y, pal.WHITE, INK, line * 0.8, 0.1)
    pen.stroke(arc_points(x + a * 0.03, y - a * 0.027, a * 0.015, a * 0.015, -90, 90, 5), INK,
               line * 0.7, wobble=0.0)


def draw_stairs(pen: Pen, p: Prop, line: float) -> None:
    """Draw a staircase seen from the side, going up to the right behind the people who
    sit on its lowest step, with a banister."""
    a, x0, x1, g = p.size, p.x - p.width / 2 - p.size * 0.1, p.x + p.width / 2, p.y
    steps = 5
    rise, run = a * 0.13, (x1 - x0 + a * 0.5) / steps
    outline = [(x0, g)]
    for i in range(steps):
        outline += [(x0 + run * i, g - rise * (i + 1)), (x0 + run * (i + 1), g - rise * (i + 1))]
    outline += [(x0 + run * steps, g)]
    pen.shape(outline, pal.WOOD, INK, line, 0.3)
    for i in range(1, steps):
        pen.stroke([(x0 + run * i, g - rise * i), (x0 + run * i, g)], SOFT_INK, line * 0.7,
                   wobble=0.2)
    rail = [(x0 + run * (i + 0.5), g - rise * (i + 1) - a * 0.3) for i in range(1, steps)]
    pen.stroke(rail, pal.TRUNK, line * 1.8, wobble=0.2)
    for x, y in rail:
        pen.stroke([(x, y), (x, y + a * 0.3)], pal.TRUNK, line * 1.2, wobble=0.1)


def draw_rug(pen: Pen, p: Prop, line: float) -> None:
    """Draw a round rug on the floor and building blocks on it."""
    a, g = p.size, p.y
    pen.ellipse(p.x, g - a * 0.02, p.width / 2 + a * 0.1, a * 0.06, pal.CLOTHES["lilac"],
                SOFT_INK, line)


def draw_car_back(pen: Pen, p: Prop, line: float) -> None:
    """Draw the inside of a car: its roof and the windows the people look out of."""
    a, x0, x1, g = p.size, p.x - p.width / 2, p.x + p.width / 2, p.y
    roof = g - a * 0.78
    pen.shape([(x0 + a * 0.1, g - a * 0.4), (x0 + a * 0.22, roof), (x1 - a * 0.16, roof),
               (x1 - a * 0.04, g - a * 0.4)], pal.WINDOW, INK, line, 0.4)


def draw_car_front(pen: Pen, p: Prop, line: float) -> None:
    """Draw a car's body in front of the people in it, with wheels and lights."""
    a, x0, x1, g = p.size, p.x - p.width / 2, p.x + p.width / 2, p.y
    base = g - a * 0.04
    pen.shape([(x0 - a * 0.08, base - a * 0.08), (x0 - a * 0.06, g - a * 0.4),
               (x1 + a * 0.08, g - a * 0.42), (x1 + a * 0.12, base - a * 0.08),
               (x1 + a * 0.1, base), (x0 - a * 0.06, base)], pal.CAR, INK, line, 0.4)
    pen.ellipse(x1 + a * 0.07, g - a * 0.3, a * 0.03, a * 0.025, pal.SUN, INK, line * 0.7)
    for wx in (x0 + a * 0.12, x1 - a * 0.06):
        pen.ellipse(wx, base, a * 0.09, a * 0.09, (90, 90, 100), INK, line)
        pen.ellipse(wx, base, a * 0.035, a * 0.035, pal.ROAD, INK, line * 0.6)


def draw_door(pen: Pen, p: Prop, line: float) -> None:
    """Draw a front door with a bell, standing at the right of the person at it."""
    a, x, g = p.size, p.x, p.y
    pen.rect(x - a * 0.16, g - a * 0.92, x + a * 0.16, g, pal.BRICK, SOFT_INK, line, 0.3)
    pen.rect(x - a * 0.12, g - a * 0.86, x + a * 0.12, g, pal.WOOD, INK, line, 0.3)
    pen.ellipse(x - a * 0.07, g - a * 0.45, a * 0.018, a * 0.018, pal.BADGE, INK, line * 0.6)
    pen.ellipse(x - a * 0.145, g - a * 0.6, a * 0.02, a * 0.02, pal.BADGE, INK, line * 0.6)


def draw_counter(pen: Pen, p: Prop, line: float) -> None:
    """Draw a kitchen counter with a cooker behind the people cooking at it, a pan on each
    side and steam."""
    a, x0, x1, g = p.size, p.x - p.width / 2 - p.size * 0.08, p.x + p.width / 2 + p.size * 0.08, p.y
    top = g - a * 0.48
    pen.rect(x0, top, x1, g, pal.WOOD, INK, line, 0.3)
    pen.rect(x0 - a * 0.02, top - a * 0.03, x1 + a * 0.02, top + a * 0.01, pal.WHITE, INK,
             line, 0.2)
    for x in (x0 + (x1 - x0) * 0.25, x0 + (x1 - x0) * 0.75):
        pen.rect(x - a * 0.09, top - a * 0.1, x + a * 0.09, top - a * 0.03, (150, 150, 160),
                 INK, line, 0.2)
        for i in range(2):  # steam
            sx = x - a * 0.03 + i * a * 0.06
            pen.stroke(arc_points(sx, top - a * 0.17, a * 0.012, a * 0.04, 90, 450, 8),
                       SOFT_INK, line * 0.7, wobble=0.1)


def draw_boxes(pen: Pen, p: Prop, line: float) -> None:
    """Draw a stack of moving boxes."""
    a, x, g = p.size, p.x, p.y
    for dx, y0, w in ((-0.02, 0.0, 0.17), (0.01, 0.2, 0.14)):
        left, bottom = x + dx * a - w * a / 2, g - y0 * a
        pen.rect(left, bottom - a * 0.2, left + w * a, bottom, pal.ROOF_3, INK, line, 0.3)
        pen.stroke([(left + w * a * 0.3, bottom - a * 0.2), (left + w * a * 0.7,
                    bottom - a * 0.2)], pal.WOOD, line * 2, wobble=0.0)


FURNITURE: dict[str, Callable[[Pen, Prop, float], None]] = {
    "bed": draw_bed, "sofa": draw_sofa, "blanket": draw_blanket, "sofa_front": draw_sofa_front,
    "table": draw_table, "paper": draw_paper, "notebook": draw_notebook, "plate": draw_plate,
    "cup": draw_cup, "stairs": draw_stairs, "rug": draw_rug, "car_back": draw_car_back,
    "car_front": draw_car_front, "door": draw_door, "boxes": draw_boxes,
    "counter": draw_counter,
}
