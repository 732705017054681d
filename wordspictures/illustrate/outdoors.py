"""Outdoor backgrounds: houses, park, street, car, hospital, police station, neutral hills.

Drawn with the soft ink and light fills, so the people in front stand out.
"""

from __future__ import annotations

from wordspictures.illustrate import palette as pal
from wordspictures.illustrate.palette import RGB, SOFT_INK
from wordspictures.illustrate.pen import Pen, arc_points, heart_points
from wordspictures.illustrate.shapes import Box


def rect(
    pen: Pen,
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    fill: RGB | None,
    line: float,
    wobble: float = 0.6,
) -> None:
    """Draw a hand-drawn rectangle of the background, in the soft ink of buildings."""
    pen.rect(x0, y0, x1, y1, fill, SOFT_INK, line, wobble)


def draw_grass(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw the grass from the floor line down, with a few tufts."""
    pen.rect(box.x0 - 10, floor, box.x1 + 10, box.y1 + 10, pal.GRASS, None, 0, 0.0)
    pen.stroke([(box.x0 - 5, floor), (box.x1 + 5, floor)], SOFT_INK, line, wobble=1.2)


def draw_window(
    pen: Pen, x: float, y: float, w: float, h: float, line: float, bars: bool = True
) -> None:
    """Draw a window with a cross of bars, centred on x, y."""
    rect(pen, x - w / 2, y - h / 2, x + w / 2, y + h / 2, pal.WINDOW, line, 0.3)
    if bars:
        pen.stroke([(x, y - h / 2), (x, y + h / 2)], SOFT_INK, line * 0.8, wobble=0.2)
        pen.stroke([(x - w / 2, y), (x + w / 2, y)], SOFT_INK, line * 0.8, wobble=0.2)


def draw_tree(pen: Pen, x: float, ground: float, size: float, line: float) -> None:
    """Draw a round friendly tree."""
    rect(pen, x - size * 0.1, ground - size * 0.75, x + size * 0.1, ground, pal.TRUNK, line, 0.3)
    for dx, dy, r in ((-0.25, -0.95, 0.36), (0.25, -0.95, 0.36), (0.0, -1.2, 0.42)):
        pen.ellipse(
            x + dx * size, ground + dy * size, r * size, r * size * 0.9, pal.TREE, SOFT_INK, line
        )


def draw_flowers(pen: Pen, xs: tuple[float, ...], ground: float, size: float, line: float) -> None:
    """Draw small flowers standing on the ground."""
    colours = (pal.HEART, pal.SUN, pal.CLOTHES["purple"], pal.CLOTHES["pink"])
    for i, x in enumerate(xs):
        pen.stroke([(x, ground), (x, ground - size)], (120, 170, 110), line * 0.8, wobble=0.2)
        pen.ellipse(
            x, ground - size, size * 0.28, size * 0.28, colours[i % 4], SOFT_INK, line * 0.7
        )


def draw_house(
    pen: Pen,
    x0: float,
    x1: float,
    floor: float,
    height: float,
    roof: RGB,
    line: float,
    heart_door: bool = False,
    storeys: int = 1,
) -> None:
    """Draw a house: walls, a roof, a door and windows."""
    top = floor - height
    w = x1 - x0
    pen.shape(
        [(x0 - w * 0.08, top), ((x0 + x1) / 2, top - height * 0.55), (x1 + w * 0.08, top)],
        roof,
        SOFT_INK,
        line,
        0.6,
    )
    rect(pen, x0 + w * 0.65, top - height * 0.45, x0 + w * 0.8, top - height * 0.2, pal.BRICK, line)
    rect(pen, x0, top, x1, floor, pal.BRICK, line)
    door_x = x0 + w * 0.3
    rect(
        pen,
        door_x - w * 0.1,
        floor - height * (0.45 if storeys == 1 else 0.3),
        door_x + w * 0.1,
        floor,
        pal.WOOD,
        line,
        0.3,
    )
    if heart_door:
        pen.shape(
            heart_points(door_x, floor - height * 0.2, w * 0.05),
            pal.HEART,
            SOFT_INK,
            line * 0.7,
            0.1,
        )
    for row in range(storeys):
        y = top + height * (0.3 + 0.42 * row) / (1 if storeys == 1 else 1.15)
        draw_window(pen, x0 + w * 0.72, y, w * 0.26, height * 0.22, line)
        if storeys > 1 and row == 0:
            draw_window(pen, door_x, y, w * 0.22, height * 0.2, line)


def draw_neutral(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw soft hills on the horizon: a calm place that is no place in particular."""
    w = box.width
    pen.shape(
        arc_points(box.x0 + w * 0.2, floor, w * 0.32, box.height * 0.12, 180, 360, 14),
        pal.HILL,
        SOFT_INK,
        line,
        0.8,
    )
    pen.shape(
        arc_points(box.x0 + w * 0.78, floor, w * 0.36, box.height * 0.09, 180, 360, 14),
        pal.HILL,
        SOFT_INK,
        line,
        0.8,
    )
    draw_grass(pen, box, floor, line)
    draw_flowers(
        pen,
        (box.x0 + w * 0.05, box.x0 + w * 0.95),
        floor + box.height * 0.05,
        box.height * 0.04,
        line,
    )


def draw_home(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a house on the left and a tree on the right."""
    w, h = box.width, box.height
    draw_grass(pen, box, floor, line)
    draw_house(pen, box.x0 + w * 0.04, box.x0 + w * 0.3, floor, h * 0.3, pal.ROOF, line)
    draw_tree(pen, box.x0 + w * 0.9, floor, h * 0.32, line)


def draw_their_home(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw someone else's house on the right (not the child's own home): a blue roof and
    a path to its door, where the visitor arrives from the left."""
    w, h = box.width, box.height
    draw_grass(pen, box, floor, line)
    draw_tree(pen, box.x0 + w * 0.08, floor, h * 0.28, line)
    draw_house(pen, box.x0 + w * 0.7, box.x0 + w * 0.96, floor, h * 0.32, pal.ROOF_2, line,
               storeys=2)
    draw_flowers(pen, tuple(box.x0 + w * f for f in (0.66, 0.68)), floor + h * 0.02, h * 0.05,
                 line)


def draw_grandparents_home(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a cottage with a smoking chimney, a fence and flowers."""
    w, h = box.width, box.height
    draw_grass(pen, box, floor, line)
    x0, x1, top = box.x0 + w * 0.66, box.x0 + w * 0.97, floor - h * 0.26
    for i in range(3):
        pen.stroke(
            arc_points(
                x1 - w * 0.06 + (i % 2) * w * 0.015,
                top - h * (0.3 + 0.06 * i),
                w * 0.012,
                h * 0.025,
                90,
                450,
                8,
            ),
            SOFT_INK,
            line * 0.8,
            wobble=0.2,
        )
    draw_house(pen, x0, x1, floor, h * 0.26, pal.ROOF_3, line)
    for i in range(9):
        x = box.x0 + w * (0.03 + 0.025 * i)
        pen.stroke(
            [(x, floor + h * 0.02), (x, floor - h * 0.07)], pal.TRUNK, line * 1.4, wobble=0.2
        )
    pen.stroke(
        [(box.x0 + w * 0.02, floor - h * 0.04), (box.x0 + w * 0.24, floor - h * 0.04)],
        pal.TRUNK,
        line * 1.4,
        wobble=0.3,
    )
    draw_flowers(
        pen, tuple(box.x0 + w * f for f in (0.6, 0.63, 0.9)), floor + h * 0.02, h * 0.05, line
    )


def draw_foster_home(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a tall house with a heart on the door, and a tree."""
    w, h = box.width, box.height
    draw_grass(pen, box, floor, line)
    draw_house(
        pen,
        box.x0 + w * 0.04,
        box.x0 + w * 0.27,
        floor,
        h * 0.4,
        pal.ROOF_2,
        line,
        heart_door=True,
        storeys=2,
    )
    draw_tree(pen, box.x0 + w * 0.88, floor, h * 0.3, line)


def draw_park(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw two trees, a bench and flowers on the grass."""
    w, h = box.width, box.height
    draw_grass(pen, box, floor, line)
    draw_tree(pen, box.x0 + w * 0.08, floor, h * 0.38, line)
    draw_tree(pen, box.x0 + w * 0.92, floor, h * 0.3, line)
    bx, by = box.x0 + w * 0.5, floor - h * 0.005
    rect(pen, bx - w * 0.1, by - h * 0.14, bx + w * 0.1, by - h * 0.1, pal.WOOD, line, 0.3)
    rect(pen, bx - w * 0.11, by - h * 0.08, bx + w * 0.11, by - h * 0.06, pal.WOOD, line, 0.3)
    for dx in (-0.09, 0.09):
        pen.stroke(
            [(bx + dx * w, by - h * 0.06), (bx + dx * w, by)], SOFT_INK, line * 1.2, wobble=0.1
        )
    draw_flowers(
        pen,
        tuple(box.x0 + w * f for f in (0.2, 0.23, 0.75, 0.78)),
        floor + h * 0.03,
        h * 0.05,
        line,
    )


def draw_road(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw the grey road from the floor line down, with its edge."""
    pen.rect(box.x0, floor, box.x1, box.y1 + 10, pal.ROAD, None, 0, 0.0)
    pen.stroke([(box.x0, floor), (box.x1, floor)], SOFT_INK, line, wobble=1.0)


def draw_street(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a row of small houses, a street lamp and the pavement."""
    w, h = box.width, box.height
    draw_road(pen, box, floor, line)
    roofs = (pal.ROOF, pal.ROOF_2, pal.ROOF_3, pal.ROOF)
    for i, x in enumerate((0.02, 0.27, 0.52, 0.77)):
        draw_house(
            pen,
            box.x0 + w * x,
            box.x0 + w * (x + 0.18),
            floor,
            h * (0.26 + 0.04 * (i % 2)),
            roofs[i],
            line,
        )
    lx = box.x0 + w * 0.235
    pen.stroke([(lx, floor), (lx, floor - h * 0.5)], SOFT_INK, line * 1.6, wobble=0.3)
    pen.ellipse(lx, floor - h * 0.52, w * 0.016, h * 0.03, pal.SUN, SOFT_INK, line)


def draw_car(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a road and a friendly car parked on the right."""
    w, h = box.width, box.height
    draw_road(pen, box, floor, line)
    x0, x1, base = box.x0 + w * 0.62, box.x0 + w * 0.97, floor + h * 0.02
    body = [
        (x0, base - h * 0.06),
        (x0 + w * 0.01, base - h * 0.16),
        (x0 + w * 0.08, base - h * 0.17),
        (x0 + w * 0.11, base - h * 0.28),
        (x1 - w * 0.09, base - h * 0.28),
        (x1 - w * 0.05, base - h * 0.17),
        (x1, base - h * 0.15),
        (x1, base - h * 0.06),
    ]
    pen.shape(body, pal.CAR, SOFT_INK, line, 0.5)
    for wx0, wx1 in ((x0 + w * 0.12, x0 + w * 0.2), (x0 + w * 0.22, x1 - w * 0.1)):
        pen.shape(
            [
                (wx0, base - h * 0.26),
                (wx1, base - h * 0.26),
                (wx1 + w * 0.01, base - h * 0.18),
                (wx0 - w * 0.015, base - h * 0.18),
            ],
            pal.WINDOW,
            SOFT_INK,
            line * 0.8,
            0.2,
        )
    for wx in (x0 + w * 0.07, x1 - w * 0.07):
        pen.ellipse(wx, base - h * 0.055, h * 0.055, h * 0.055, (90, 90, 100), SOFT_INK, line)
        pen.ellipse(wx, base - h * 0.055, h * 0.022, h * 0.022, pal.ROAD, SOFT_INK, line * 0.6)


def draw_big_building(pen: Pen, box: Box, floor: float, line: float, fill: RGB) -> float:
    """Draw a tall building with rows of windows on the left; return its roof y."""
    w, h = box.width, box.height
    x0, x1, top = box.x0 + w * 0.03, box.x0 + w * 0.36, floor - h * 0.5
    rect(pen, x0, top, x1, floor, fill, line)
    for row in range(2):
        for col in range(3):
            draw_window(
                pen,
                x0 + (x1 - x0) * (0.2 + 0.3 * col),
                top + h * (0.1 + 0.14 * row),
                w * 0.055,
                h * 0.08,
                line,
            )
    rect(
        pen,
        (x0 + x1) / 2 - w * 0.045,
        floor - h * 0.15,
        (x0 + x1) / 2 + w * 0.045,
        floor,
        pal.WINDOW,
        line,
        0.3,
    )
    return top


def draw_hospital(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a hospital: a big building with a red cross on the roof."""
    draw_grass(pen, box, floor, line)
    top = draw_big_building(pen, box, floor, line, pal.BRICK)
    x, s = box.x0 + box.width * 0.195, box.height * 0.05
    rect(pen, x - s * 1.2, top - s * 2.6, x + s * 1.2, top - s * 0.2, pal.WHITE, line, 0.2)
    rect(pen, x - s * 0.85, top - s * 1.7, x + s * 0.85, top - s * 1.1, pal.CROSS, 0, 0.0)
    rect(pen, x - s * 0.3, top - s * 2.25, x + s * 0.3, top - s * 0.55, pal.CROSS, 0, 0.0)


def draw_police_station(pen: Pen, box: Box, floor: float, line: float) -> None:
    """Draw a police station: a building with a blue lamp and a star badge."""
    draw_grass(pen, box, floor, line)
    top = draw_big_building(pen, box, floor, line, pal.POLICE_WALL)
    x, s = box.x0 + box.width * 0.195, box.height * 0.05
    pen.ellipse(x, top - s * 0.8, s * 0.6, s * 0.8, pal.ARROW, pal.SOFT_INK, line)
    star = []
    for i in range(10):
        radius = s * (0.9 if i % 2 == 0 else 0.4)
        point = arc_points(
            x, floor - box.height * 0.2, radius, radius, -90 + 36 * i, -90 + 36 * i, 1
        )
        star.append(point[0])
    pen.shape(star, pal.BADGE, SOFT_INK, line, 0.1)
