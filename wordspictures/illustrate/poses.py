"""The body in each pose: where the hands go, how the legs stand, walk, sit or kick, and
the things held (a bag, a box, a book, a ball, building blocks), the sleeper's zzz and the
singer's notes."""

from __future__ import annotations

import math
from dataclasses import dataclass

from wordspictures.illustrate import palette as pal
from wordspictures.illustrate.actions import Pose
from wordspictures.illustrate.looks import Look
from wordspictures.illustrate.palette import INK
from wordspictures.illustrate.pen import Pen, Point, arc_points


@dataclass(frozen=True)
class Body:
    """The key points of a figure, worked out once from its spot."""

    x: float
    cx: float
    cy: float
    r: float
    shoulders: float
    hips: float
    ground: float
    shoulder_w: float
    hip_w: float
    line: float


def hands_of(b: Body, pose: Pose, mark: str | None) -> tuple[Point, Point]:
    """Return where the left and right hands are for the pose's arms."""
    r = b.r
    left = (b.x - b.hip_w - 0.3 * r, b.hips - 0.05 * r)
    right = (b.x + b.hip_w + 0.3 * r, b.hips - 0.05 * r)
    arms = pose.arms
    if arms == "phone":
        right = (b.cx + 0.95 * r, b.cy + 0.35 * r)
    elif arms == "ear":
        right = (b.cx + 1.05 * r, b.cy + 0.05 * r)
    elif arms == "wave":
        right = (b.cx + 1.45 * r, b.cy - 0.75 * r)
    elif arms == "eyes":
        left, right = (b.cx - 0.38 * r, b.cy + 0.12 * r), (b.cx + 0.38 * r, b.cy + 0.12 * r)
    elif arms == "hold":
        left = (b.x - 0.45 * r, b.shoulders + 0.95 * r)
        right = (b.x + 0.45 * r, b.shoulders + 0.95 * r)
    elif arms == "hug":  # round the shoulders of the people beside
        left = (b.x - b.hip_w - 0.95 * r, b.shoulders + 0.25 * r)
        right = (b.x + b.hip_w + 0.95 * r, b.shoulders + 0.25 * r)
    elif arms == "reach":
        right = (b.x + b.hip_w + 1.55 * r, b.shoulders + 0.15 * r)
    elif arms in ("table", "wheel"):
        left = (b.x - 0.75 * r, b.shoulders + 1.35 * r)
        right = (b.x + 0.75 * r, b.shoulders + 1.35 * r)
    elif arms == "stir":
        right = (b.x + b.hip_w + 1.05 * r, b.shoulders + 0.95 * r)
    elif mark == "board":
        right = (b.x + b.hip_w + 0.75 * r, b.shoulders + 0.35 * r)
    if pose.body == "walk":  # the arms swing with the stride
        left = (b.x - b.hip_w - 0.75 * r, b.hips - 0.45 * r)
        if pose.holds is None and arms == "down":
            right = (b.x + b.hip_w - 0.1 * r, b.hips + 0.15 * r)
    return left, right


def arm_path(b: Body, side: int, hand: Point) -> list[Point]:
    """Return the arm from the shoulder to the hand, bent at the elbow when raised."""
    shoulder = (b.x + side * (b.shoulder_w - 0.2 * b.r), b.shoulders + 0.25 * b.r)
    if abs(hand[0] - shoulder[0]) > 1.2 * b.r and hand[1] < b.shoulders + 0.8 * b.r:
        return [shoulder, hand]  # held out wide: straight
    if hand[1] < b.shoulders + 0.6 * b.r:  # raised hand: bend the arm at the elbow
        elbow = (b.x + side * (b.hip_w + 0.45 * b.r), b.shoulders + 0.9 * b.r)
        return [shoulder, elbow, hand]
    if abs(hand[0] - b.x) < 0.8 * b.r:  # hands in front: the elbow out to the side
        elbow = (b.x + side * (b.hip_w + 0.15 * b.r), b.shoulders + 0.85 * b.r)
        return [shoulder, elbow, hand]
    return [shoulder, hand]


def draw_legs(pen: Pen, b: Body, look: Look, body: str) -> None:
    """Draw two legs in trousers and shoes: standing, walking, sitting or kicking."""
    colour = pal.TROUSERS[look.trousers % len(pal.TROUSERS)]
    width = 0.38 * b.r
    r, hw = b.r, b.hip_w
    for side in (-1, 1):
        top = (b.x + side * 0.45 * hw, b.hips - 0.2 * r)
        foot = (b.x + side * 0.5 * hw, b.ground - 0.14 * r)
        path = [top, foot]
        if body == "walk":  # a stride: the legs wide apart, bent at the back knee
            if side < 0:
                foot = (b.x - 1.45 * hw, b.ground - 0.14 * r)
                path = [top, foot]
            else:
                knee = (b.x + 0.9 * hw, b.hips + 0.5 * (b.ground - b.hips))
                foot = (b.x + 1.7 * hw, b.ground - 0.4 * r)
                path = [top, knee, foot]
        elif body in ("sit", "ride", "crouch"):  # knees apart, shins down to the floor
            knee = (b.x + side * 1.05 * hw, b.hips + 0.35 * (b.ground - b.hips))
            foot = (b.x + side * 0.85 * hw, b.ground - 0.14 * r)
            path = [top, knee, foot]
        elif body == "kick" and side > 0:  # the right leg out to the ball
            foot = (b.x + 1.9 * hw, b.ground - 0.45 * (b.ground - b.hips))
            path = [top, foot]
        pen.limb(path, colour, width, INK, b.line)
        lift = 0.1 * r if foot[1] < b.ground - 0.2 * r else 0.0
        pen.ellipse(foot[0] + side * 0.1 * r, foot[1] + 0.04 * r - lift, 0.3 * r, 0.14 * r,
                    pal.SHOES, INK, b.line * 0.8)


def draw_held(pen: Pen, b: Body, holds: str | None, hands: tuple[Point, Point]) -> None:
    """Draw what the hands hold: a bag, a box, an open book, a ball at the foot, blocks."""
    r = b.r
    if holds == "bag":  # a small suitcase hanging from the right hand
        x, y = hands[1]
        pen.stroke(arc_points(x, y + 0.1 * r, 0.2 * r, 0.2 * r, 180, 360, 6), INK, b.line,
                   wobble=0.0)
        pen.rect(x - 0.55 * r, y + 0.1 * r, x + 0.55 * r, y + 1.0 * r, pal.CLOTHES["red"], INK,
                 b.line, 0.2)
        pen.stroke([(x - 0.55 * r, y + 0.45 * r), (x + 0.55 * r, y + 0.45 * r)], INK,
                   b.line * 0.6, wobble=0.1)
    elif holds == "box":
        x, y = b.x, hands[0][1]
        pen.rect(x - 0.9 * r, y - 0.75 * r, x + 0.9 * r, y + 0.45 * r, pal.ROOF_3, INK, b.line,
                 0.3)
        pen.stroke([(x - 0.3 * r, y - 0.75 * r), (x + 0.3 * r, y - 0.75 * r)], pal.WOOD,
                   b.line * 2, wobble=0.0)
    elif holds == "book":
        x, y = b.x, hands[0][1] - 0.15 * r
        for side in (-1, 1):
            pen.shape([(x, y - 0.35 * r), (x + side * 0.75 * r, y - 0.45 * r),
                       (x + side * 0.75 * r, y + 0.3 * r), (x, y + 0.4 * r)],
                      pal.PAPER_PAGE, INK, b.line, 0.1)
        pen.stroke([(x, y - 0.35 * r), (x, y + 0.4 * r)], pal.HEART, b.line * 1.4, wobble=0.0)
    elif holds == "spoon":  # a wooden spoon, stirring
        x, y = hands[1]
        pen.stroke([(x, y), (x + 0.2 * r, y - 0.9 * r)], pal.TRUNK, b.line * 1.6, wobble=0.0)
        pen.ellipse(x + 0.22 * r, y - 1.0 * r, 0.14 * r, 0.2 * r, pal.WOOD, INK, b.line * 0.7)
    elif holds == "ball":
        x = b.x + 2.55 * b.hip_w
        draw_ball(pen, x, b.ground - 0.42 * r, 0.42 * r, b.line)
    elif holds == "blocks":
        for i, colour in enumerate(("red", "yellow", "blue")):
            x = b.x - 0.9 * r + i * 0.9 * r
            top = b.ground - 0.55 * r - (0.5 * r if i == 1 else 0)
            pen.rect(x - 0.25 * r, top, x + 0.25 * r, top + 0.5 * r, pal.CLOTHES[colour], INK,
                     b.line * 0.8, 0.1)


def draw_ball(pen: Pen, x: float, y: float, r: float, line: float) -> None:
    """Draw a football: white with dark patches."""
    pen.ellipse(x, y, r, r, pal.WHITE, INK, line)
    pen.shape([(x + r * 0.35 * math.cos(math.radians(a)), y + r * 0.35 * math.sin(math.radians(a)))
               for a in range(-90, 270, 72)], INK, None, 0, 0.0)


def draw_extra(pen: Pen, x: float, y: float, r: float, extra: str | None, line: float) -> None:
    """Draw what goes by a head: a sleeper's zzz, a singer's notes."""
    if extra == "zzz":
        for i, size in enumerate((0.35, 0.45, 0.55)):
            sx, sy, s = x + (0.9 + 0.55 * i) * r, y - (0.9 + 0.5 * i) * r, size * r
            pen.stroke([(sx, sy), (sx + s, sy), (sx, sy + s), (sx + s, sy + s)], pal.ARROW,
                       line * 1.3, wobble=0.05)
    elif extra == "notes":
        for i in range(3):
            nx, ny = x + (1.3 + 0.75 * i) * r, y - (0.5 + 0.55 * i) * r
            pen.ellipse(nx, ny, 0.24 * r, 0.18 * r, INK, None, 0)
            pen.stroke([(nx + 0.22 * r, ny), (nx + 0.22 * r, ny - 0.85 * r),
                        (nx + 0.55 * r, ny - 0.65 * r)], INK, line * 1.3, wobble=0.0)
