"""Indoor backgrounds: kitchen, bedroom, living room, classroom, doctor's room, office.

A room is a light wall above the floor line and a warm floor below it. Furniture stands at
the sides and at the back, so the people in front of it are never covered.
"""

from __future__ import annotations

from wordspictures.illustrate import palette as pal
from wordspictures.illustrate.outdoors import draw_window, rect
from wordspictures.illustrate.palette import SOFT_INK
from wordspictures.illustrate.pen import Pen, arc_points
from wordspictures.illustrate.shapes import Box


def draw_room(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw the wall and the floor, with a skirting line where they meet."""
    pen.rect(box.x0 - 10, box.y0 - 10, box.x1 + 10, floor, pal.WALL, None, 0, 0.0)
    pen.rect(box.x0 - 10, floor, box.x1 + 10, box.y1 + 10, pal.FLOOR, None, 0, 0.0)
    pen.stroke([(box.x0 - 5, floor), (box.x1 + 5, floor)], SOFT_INK, line, wobble=0.8)


def draw_plant(pen: Pen, x: float, ground: float, size: float, line: float) -> None:
    """Draw a potted plant with three round leaves."""
    rect(pen, x - size * 0.22, ground - size * 0.4, x + size * 0.22, ground, pal.ROOF_3, line, 0.3)
    for dx, dy in ((-0.25, -0.75), (0.25, -0.78), (0.0, -1.0)):
        pen.ellipse(x + dx * size, ground + dy * size, size * 0.24, size * 0.3, pal.TREE,
                    SOFT_INK, line)


def draw_lamp(pen: Pen, x: float, ground: float, size: float, line: float) -> None:
    """Draw a standing lamp with a warm shade."""
    pen.stroke([(x, ground), (x, ground - size)], SOFT_INK, line * 1.4, wobble=0.2)
    pen.stroke([(x - size * 0.15, ground), (x + size * 0.15, ground)], SOFT_INK, line * 1.4,
               wobble=0.2)
    pen.shape([(x - size * 0.12, ground - size * 1.25), (x + size * 0.12, ground - size * 1.25),
               (x + size * 0.22, ground - size * 0.98), (x - size * 0.22, ground - size * 0.98)],
              pal.SUN, SOFT_INK, line, 0.3)


def draw_frame(pen: Pen, x: float, y: float, w: float, h: float, line: float) -> None:
    """Draw a framed picture of a hill and a sun on the wall."""
    rect(pen, x - w / 2, y - h / 2, x + w / 2, y + h / 2, pal.SKY, line, 0.3)
    pen.shape(arc_points(x, y + h / 2, w * 0.45, h * 0.45, 180, 360, 10), pal.HILL, SOFT_INK,
              line * 0.7, 0.2)
    pen.ellipse(x + w * 0.22, y - h * 0.18, h * 0.12, h * 0.12, pal.SUN, SOFT_INK, line * 0.7)


def draw_table(pen: Pen, x0: float, x1: float, top: float, floor: float, box: Box,
               line: float) -> None:
    """Draw a table or desk: a wooden top and two legs, set in a little from its ends."""
    w, h = box.width, box.height
    rect(pen, x0, top, x1, top + h * 0.025, pal.WOOD, line, 0.3)
    for x in (x0 + w * 0.02, x1 - w * 0.02):
        pen.stroke([(x, top + h * 0.025), (x, floor + h * 0.02)], SOFT_INK, line * 1.3,
                   wobble=0.2)


def draw_kitchen(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a kitchen: a counter with a pan on the left, a window and a table on the right."""
    w, h = box.width, box.height
    draw_room(pen, box, floor, line)
    top = floor - h * 0.2
    rect(pen, box.x0 + w * 0.02, top, box.x0 + w * 0.22, floor, pal.WOOD, line)
    rect(pen, box.x0 + w * 0.01, top - h * 0.02, box.x0 + w * 0.23, top, pal.FLOOR, line, 0.3)
    for i in range(2):
        x = box.x0 + w * (0.07 + 0.1 * i)
        pen.ellipse(x, top + h * 0.1, w * 0.008, w * 0.008, SOFT_INK, None, 0)
    pan_x = box.x0 + w * 0.1
    rect(pen, pan_x - w * 0.045, top - h * 0.08, pan_x + w * 0.045, top - h * 0.02, pal.CLOTHES[
        "grey"], line, 0.3)
    pen.stroke([(pan_x + w * 0.045, top - h * 0.07), (pan_x + w * 0.09, top - h * 0.09)],
               SOFT_INK, line * 1.5, wobble=0.1)
    draw_window(pen, box.x0 + w * 0.5, box.y0 + h * 0.25, w * 0.16, h * 0.2, line)
    table_top = floor - h * 0.14
    draw_table(pen, box.x0 + w * 0.76, box.x0 + w * 0.98, table_top, floor, box, line)
    cup = box.x0 + w * 0.87
    rect(pen, cup - w * 0.015, table_top - h * 0.045, cup + w * 0.015, table_top, pal.WHITE,
         line * 0.8, 0.2)


def draw_bedroom_bare(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a bedroom whose bed is someone's in the picture: the room and its window."""
    w, h = box.width, box.height
    draw_room(pen, box, floor, line)
    draw_window(pen, box.x0 + w * 0.14, box.y0 + h * 0.22, w * 0.13, h * 0.2, line, bars=False)
    draw_lamp(pen, box.x0 + w * 0.92, floor, h * 0.22, line)


def draw_living_room_bare(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a living room whose sofa is someone's in the picture: a picture, a lamp, a plant."""
    w, h = box.width, box.height
    draw_room(pen, box, floor, line)
    draw_frame(pen, box.x0 + w * 0.52, box.y0 + h * 0.2, w * 0.14, h * 0.16, line)
    draw_lamp(pen, box.x0 + w * 0.92, floor, h * 0.3, line)
    draw_plant(pen, box.x0 + w * 0.05, floor, h * 0.13, line)


def draw_bedroom(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a bedroom: a bed with a pillow and blanket on the right, a window (the sky in
    it is the picture's: the moon only after dark, ``sky.WINDOWS``)."""
    w, h = box.width, box.height
    draw_room(pen, box, floor, line)
    draw_window(pen, box.x0 + w * 0.14, box.y0 + h * 0.22, w * 0.13, h * 0.2, line, bars=False)
    x0, x1 = box.x0 + w * 0.7, box.x0 + w * 0.99
    rect(pen, x0, floor - h * 0.3, x0 + w * 0.02, floor + h * 0.02, pal.WOOD, line, 0.3)
    rect(pen, x0, floor - h * 0.13, x1, floor - h * 0.05, pal.WOOD, line, 0.3)
    pen.ellipse(x0 + w * 0.07, floor - h * 0.16, w * 0.045, h * 0.035, pal.WHITE, SOFT_INK, line)
    rect(pen, x0 + w * 0.12, floor - h * 0.18, x1, floor - h * 0.12, pal.CLOTHES["blue"], line,
         0.5)
    for i in range(3):
        sx = x0 + w * (0.15 + 0.045 * i)
        pen.ellipse(sx, floor - h * 0.15, w * 0.006, w * 0.006, pal.WHITE, None, 0)


def draw_living_room(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a living room: a sofa on the left, a picture on the wall, a lamp on the right."""
    w, h = box.width, box.height
    draw_room(pen, box, floor, line)
    x0, x1 = box.x0 + w * 0.01, box.x0 + w * 0.3
    rect(pen, x0, floor - h * 0.24, x1, floor - h * 0.1, pal.CLOTHES["green"], line, 0.5)
    rect(pen, x0, floor - h * 0.12, x1, floor, pal.CLOTHES["green"], line, 0.5)
    for x in (x0, x1 - w * 0.03):
        rect(pen, x, floor - h * 0.16, x + w * 0.03, floor, pal.TREE, line, 0.3)
    draw_frame(pen, box.x0 + w * 0.52, box.y0 + h * 0.2, w * 0.14, h * 0.16, line)
    draw_lamp(pen, box.x0 + w * 0.92, floor, h * 0.3, line)
    draw_plant(pen, box.x0 + w * 0.78, floor, h * 0.13, line)


def draw_school(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a classroom: a green board with letters, a round clock and a small desk."""
    w, h = box.width, box.height
    draw_room(pen, box, floor, line)
    bx0, bx1, by0, by1 = box.x0 + w * 0.3, box.x0 + w * 0.7, box.y0 + h * 0.08, box.y0 + h * 0.3
    rect(pen, bx0, by0, bx1, by1, pal.BOARD, line, 0.3)
    from wordspictures.illustrate.lettering import font_at

    k = pen.scale
    font = font_at(round(h * 0.09 * k), bold=True)
    pen.draw.text(((bx0 + bx1) / 2 * k, (by0 + by1) / 2 * k), "a b c", font=font,
                  fill=pal.WHITE, anchor="mm")
    pen.ellipse(box.x0 + w * 0.88, box.y0 + h * 0.14, h * 0.06, h * 0.06, pal.WHITE, SOFT_INK,
                line)
    cx, cy = box.x0 + w * 0.88, box.y0 + h * 0.14
    pen.stroke([(cx, cy), (cx, cy - h * 0.04)], SOFT_INK, line, wobble=0.0)
    pen.stroke([(cx, cy), (cx + h * 0.03, cy)], SOFT_INK, line, wobble=0.0)
    desk = floor - h * 0.12
    draw_table(pen, box.x0 + w * 0.02, box.x0 + w * 0.2, desk, floor, box, line)
    rect(pen, box.x0 + w * 0.08, desk - h * 0.03, box.x0 + w * 0.14, desk, pal.CLOTHES["red"],
         line * 0.8, 0.2)


def draw_doctor(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a doctor's room: an examination bed, a red cross and a chart on the wall."""
    w, h = box.width, box.height
    draw_room(pen, box, floor, line)
    cx, cy, s = box.x0 + w * 0.5, box.y0 + h * 0.16, h * 0.05
    pen.shape([(cx - s / 3, cy - s), (cx + s / 3, cy - s), (cx + s / 3, cy - s / 3),
               (cx + s, cy - s / 3), (cx + s, cy + s / 3), (cx + s / 3, cy + s / 3),
               (cx + s / 3, cy + s), (cx - s / 3, cy + s), (cx - s / 3, cy + s / 3),
               (cx - s, cy + s / 3), (cx - s, cy - s / 3), (cx - s / 3, cy - s / 3)],
              pal.CROSS, SOFT_INK, line, 0.2)
    x0, x1 = box.x0 + w * 0.74, box.x0 + w * 0.99
    rect(pen, x0, floor - h * 0.14, x1, floor - h * 0.1, pal.WHITE, line, 0.3)
    for x in (x0 + w * 0.02, x1 - w * 0.02):
        pen.stroke([(x, floor - h * 0.1), (x, floor + h * 0.02)], SOFT_INK, line * 1.3,
                   wobble=0.2)
    pen.ellipse(x0 + w * 0.04, floor - h * 0.16, w * 0.03, h * 0.025, pal.WHITE, SOFT_INK, line)
    rect(pen, box.x0 + w * 0.06, box.y0 + h * 0.1, box.x0 + w * 0.16, box.y0 + h * 0.32,
         pal.WHITE, line, 0.3)
    for i, width in enumerate((0.05, 0.04, 0.03, 0.02)):
        y = box.y0 + h * (0.14 + 0.045 * i)
        pen.stroke([(box.x0 + w * (0.11 - width / 2), y), (box.x0 + w * (0.11 + width / 2), y)],
                   SOFT_INK, line * 1.4, wobble=0.1)
    draw_plant(pen, box.x0 + w * 0.05, floor, h * 0.12, line)


def draw_office(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw an office: a desk with a computer on the right, a shelf of folders, a plant."""
    w, h = box.width, box.height
    draw_room(pen, box, floor, line)
    sy = box.y0 + h * 0.28
    rect(pen, box.x0 + w * 0.04, sy, box.x0 + w * 0.26, sy + h * 0.02, pal.WOOD, line, 0.3)
    colours = ("blue", "yellow", "red", "green", "purple")
    for i, colour in enumerate(colours):
        x = box.x0 + w * (0.06 + 0.04 * i)
        rect(pen, x, sy - h * 0.12, x + w * 0.03, sy, pal.CLOTHES[colour], line * 0.8, 0.2)
    draw_window(pen, box.x0 + w * 0.55, box.y0 + h * 0.22, w * 0.14, h * 0.2, line)
    desk = floor - h * 0.13
    draw_table(pen, box.x0 + w * 0.75, box.x0 + w * 0.99, desk, floor, box, line)
    mx = box.x0 + w * 0.87
    rect(pen, mx - w * 0.05, desk - h * 0.12, mx + w * 0.05, desk - h * 0.04, pal.WINDOW, line,
         0.2)
    pen.stroke([(mx, desk - h * 0.04), (mx, desk)], SOFT_INK, line * 1.4, wobble=0.0)
    draw_plant(pen, box.x0 + w * 0.05, floor, h * 0.12, line)


def draw_plain(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw nothing: on the cast and scale pages the people are the picture, and a floor
    line would cut through the upper rows."""
