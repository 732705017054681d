"""A person as a friendly figure: legs, body, arms, head, hair, face and role attribute."""

from __future__ import annotations

from wordspictures.illustrate import palette as pal
from wordspictures.illustrate.actions import pose_of
from wordspictures.illustrate.faces import draw_face
from wordspictures.illustrate.hair import (
    draw_braids,
    draw_hair_back,
    draw_hair_front,
    draw_headscarf,
    draw_police_cap,
)
from wordspictures.illustrate.looks import Look
from wordspictures.illustrate.palette import INK, RGB
from wordspictures.illustrate.pen import Pen, Point, arc_points
from wordspictures.illustrate.poses import (
    Body,
    arm_path,
    draw_extra,
    draw_held,
    draw_legs,
    hands_of,
)
from wordspictures.illustrate.shapes import DROP, FigureSpot


def body_of(spot: FigureSpot) -> Body:
    """Return the figure's key points: a big round head, an A-shaped body, short legs;
    sitting or half hidden, the same body lower, on shorter legs."""
    r = spot.head_radius
    cx, cy = spot.head_centre
    drop = DROP.get(pose_of(spot.action).body, 0.0) * spot.height
    leg = (spot.height - 2 * r) * 0.42
    return Body(
        x=cx,
        cx=cx,
        cy=cy,
        r=r,
        shoulders=cy + 0.9 * r,
        hips=spot.ground - leg + drop,
        ground=spot.ground,
        shoulder_w=0.9 * r,
        hip_w=1.1 * r,
        line=max(1.3, spot.adult * 0.0085),
    )


def skin_of(look: Look) -> RGB:
    """Return the skin colour (the neutral tone when the account did not say)."""
    return pal.SKINS[look.skin] if look.skin else pal.NEUTRAL_SKIN


def draw_torso(pen: Pen, b: Body, colour: RGB) -> None:
    """Draw the body: rounded shoulders widening to the hips, in the clothes colour."""
    sw, hw, top, hips = b.shoulder_w, b.hip_w, b.shoulders, b.hips
    left_shoulder = arc_points(
        b.x - sw + 0.35 * b.r, top + 0.35 * b.r, 0.35 * b.r, 0.35 * b.r, 180, 270, 4
    )
    right_shoulder = arc_points(
        b.x + sw - 0.35 * b.r, top + 0.35 * b.r, 0.35 * b.r, 0.35 * b.r, 270, 360, 4
    )
    pen.shape(
        left_shoulder + right_shoulder + [(b.x + hw, hips), (b.x - hw, hips)], colour, INK, b.line
    )


def draw_arms(pen: Pen, b: Body, colour: RGB, skin: RGB, hands: tuple[Point, Point]) -> None:
    """Draw both arms in the clothes colour, with round hands."""
    width = 0.34 * b.r
    for side, hand in zip((-1, 1), hands, strict=True):
        pen.limb(arm_path(b, side, hand), colour, width, INK, b.line)
        pen.ellipse(hand[0], hand[1], 0.2 * b.r, 0.2 * b.r, skin, INK, b.line * 0.8)


def draw_head(pen: Pen, b: Body, look: Look, skin: RGB, feeling: str) -> None:
    """Draw ears, head, hair layers, cap and face in the order that hides the right parts."""
    hair = pal.HAIR_COLOURS[look.hair_colour]
    scarf = pal.SCARVES[look.scarf % len(pal.SCARVES)]
    r, cx, cy = b.r, b.cx, b.cy
    if look.hair == "headscarf":
        draw_headscarf(pen, cx, cy, r, scarf, b.line)
        pen.ellipse(cx, cy + 0.08 * r, 0.8 * r, 0.86 * r, skin, INK, b.line)
        cy += 0.08 * r
    else:
        if look.hair == "braids":
            draw_braids(pen, cx, cy, r, hair, scarf, b.line)
        for side in (-1, 1):
            pen.ellipse(
                cx + side * 0.97 * r, cy + 0.08 * r, 0.18 * r, 0.22 * r, skin, INK, b.line * 0.8
            )
        pen.ellipse(cx, cy, r, r, skin, INK, b.line)
        draw_hair_front(pen, look.hair, cx, cy, r, hair, b.line)
    if look.mark == "police_cap":
        draw_police_cap(pen, cx, cy, r, pal.POLICE, pal.BADGE, b.line)
    beard = hair if look.beard else None
    draw_face(pen, cx, cy, r, feeling, look.glasses, beard, b.line)


def draw_mark(pen: Pen, b: Body, mark: str | None) -> None:
    """Draw what a professional wears on the body: a stethoscope or a nurse's cross."""
    r = b.r
    if mark == "stethoscope":
        tube = [
            (b.x - 0.4 * r, b.shoulders + 0.05 * r),
            (b.x - 0.42 * r, b.shoulders + 0.6 * r),
            (b.x - 0.2 * r, b.shoulders + 1.0 * r),
            (b.x + 0.1 * r, b.shoulders + 0.95 * r),
        ]
        pen.stroke(tube, (90, 90, 100), b.line * 1.3, wobble=0.2)
        pen.stroke(
            [(b.x + 0.4 * r, b.shoulders + 0.05 * r), (b.x + 0.35 * r, b.shoulders + 0.5 * r)],
            (90, 90, 100),
            b.line * 1.3,
            wobble=0.2,
        )
        pen.ellipse(
            b.x + 0.18 * r,
            b.shoulders + 0.95 * r,
            0.14 * r,
            0.14 * r,
            (200, 204, 214),
            INK,
            b.line * 0.8,
        )
    elif mark == "cross":
        x, y, s = b.x + 0.45 * b.r, b.shoulders + 0.6 * r, 0.24 * r
        pen.rect(x - s, y - s, x + s, y + s, pal.WHITE, INK, b.line * 0.7, 0.1)
        pen.rect(x - s * 0.7, y - s * 0.22, x + s * 0.7, y + s * 0.22, pal.CROSS, None, 0, 0.0)
        pen.rect(x - s * 0.22, y - s * 0.7, x + s * 0.22, y + s * 0.7, pal.CROSS, None, 0, 0.0)


def draw_board(pen: Pen, b: Body, spot: FigureSpot) -> None:
    """Draw the teacher's small board on legs, standing to the right of them."""
    left = b.x + b.hip_w + 0.55 * b.r
    right = left + 0.36 * spot.adult
    top, bottom = b.shoulders - 0.2 * b.r, b.shoulders + 0.26 * spot.adult
    for x in (left + 0.15 * (right - left), right - 0.15 * (right - left)):
        pen.stroke([(x, bottom), (x, b.ground - 0.02 * b.r)], pal.TRUNK, b.line * 1.6, wobble=0.2)
    pen.rect(left, top, right, bottom, pal.BOARD, INK, b.line * 1.2, 0.3)
    # Chalk marks: a little sum and a wavy line, no words (the book is in any language).
    w, h = right - left, bottom - top
    pen.stroke(
        [(left + 0.2 * w, top + 0.32 * h), (left + 0.45 * w, top + 0.32 * h)],
        pal.WHITE,
        b.line,
        wobble=0.2,
    )
    pen.stroke(
        [(left + 0.325 * w, top + 0.2 * h), (left + 0.325 * w, top + 0.44 * h)],
        pal.WHITE,
        b.line,
        wobble=0.2,
    )
    pen.stroke(
        [(left + 0.58 * w, top + 0.25 * h), (left + 0.8 * w, top + 0.25 * h)],
        pal.WHITE,
        b.line,
        wobble=0.2,
    )
    pen.stroke(
        [(left + 0.58 * w, top + 0.38 * h), (left + 0.8 * w, top + 0.38 * h)],
        pal.WHITE,
        b.line,
        wobble=0.2,
    )
    pen.stroke(
        [(left + 0.2 * w + 0.1 * w * i, top + (0.7 + 0.07 * (-1) ** i) * h) for i in range(7)],
        pal.WHITE,
        b.line,
        wobble=0.1,
    )


def draw_folder(pen: Pen, b: Body, hand: Point) -> None:
    """Draw the social worker's folder held at the side."""
    x, y, w, h = hand[0] - 0.25 * b.r, hand[1] - 0.6 * b.r, 0.75 * b.r, 1.0 * b.r
    pen.rect(x - w / 2, y - h / 2, x + w / 2, y + h / 2, (250, 206, 120), INK, b.line, 0.2)
    pen.stroke(
        [(x - w * 0.3, y - h * 0.15), (x + w * 0.3, y - h * 0.15)], INK, b.line * 0.6, wobble=0.1
    )
    pen.stroke(
        [(x - w * 0.3, y + h * 0.1), (x + w * 0.2, y + h * 0.1)], INK, b.line * 0.6, wobble=0.1
    )


def draw_phone(pen: Pen, b: Body, hand: Point) -> None:
    """Draw a phone held to the ear, with two little ringing lines."""
    x, y = hand[0] - 0.05 * b.r, hand[1] - 0.25 * b.r
    w, h = 0.3 * b.r, 0.62 * b.r
    pen.rect(x - w / 2, y - h / 2, x + w / 2, y + h / 2, (90, 96, 120), INK, b.line * 0.8, 0.1)
    pen.rect(x - w * 0.3, y - h * 0.36, x + w * 0.3, y + h * 0.3, pal.WINDOW, None, 0, 0.0)
    for i in (1, 2):
        pen.stroke(
            arc_points(x, y, (0.35 + 0.2 * i) * b.r, (0.35 + 0.2 * i) * b.r, -60, 10, 5),
            INK,
            b.line * 0.8,
            wobble=0.1,
        )


def draw_figure(pen: Pen, spot: FigureSpot) -> None:
    """Draw one person at their spot, in their one look, with their feeling and pose.

    Someone lying down is a head on the pillow (the blanket covers the rest); someone in a
    car shows above its door; someone crying holds their hands to their eyes.
    """
    look = spot.look
    pose = pose_of(spot.action)
    b = body_of(spot)
    skin = skin_of(look)
    clothes = pal.CLOTHES[look.clothes]
    feeling = "asleep" if pose.asleep else spot.feeling
    if pose.body == "lie":
        if look.hair in ("long", "ponytail"):
            draw_hair_back(pen, look.hair, b.cx, b.cy, b.r, pal.HAIR_COLOURS[look.hair_colour],
                           b.line)
        draw_head(pen, b, look, skin, feeling)
        return
    hands = hands_of(b, pose, look.mark)
    if look.mark == "board":
        draw_board(pen, b, spot)
    if look.hair in ("long", "ponytail"):
        draw_hair_back(pen, look.hair, b.cx, b.cy, b.r, pal.HAIR_COLOURS[look.hair_colour], b.line)
    draw_legs(pen, b, look, pose.body)
    draw_torso(pen, b, clothes)
    draw_mark(pen, b, look.mark)
    if pose.arms != "eyes":
        draw_arms(pen, b, clothes, skin, hands)
    if look.mark == "folder" and pose.arms in ("down", "wave", "phone", "reach", "ear", "stir"):
        draw_folder(pen, b, hands[0])
    draw_head(pen, b, look, skin, feeling)
    if pose.arms == "eyes":  # crying: hands to the eyes, over the face
        draw_arms(pen, b, clothes, skin, hands)
    draw_held(pen, b, pose.holds, hands)
    if spot.holds == "phone":
        draw_phone(pen, b, hands[1])
        pen.ellipse(hands[1][0], hands[1][1], 0.2 * b.r, 0.2 * b.r, skin, INK, b.line * 0.8)


def draw_extras(pen: Pen, spot: FigureSpot) -> None:
    """Draw what goes by the person's head: zzz, notes, a tear for someone crying."""
    pose = pose_of(spot.action)
    b = body_of(spot)
    draw_extra(pen, b.cx, b.cy, b.r, pose.extra, b.line)
    if pose.arms == "eyes":
        for side in (-1, 1):
            x, y = b.cx + side * 0.62 * b.r, b.cy + 0.55 * b.r
            pen.shape([(x, y - 0.12 * b.r)] + arc_points(x, y, 0.08 * b.r, 0.08 * b.r, -30,
                                                           210, 8),
                      pal.TEAR, INK, b.line * 0.5, 0.05)
