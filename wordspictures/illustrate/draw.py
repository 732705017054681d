"""Turn a planned picture (``SceneLayout``) into pixels: background, props, people, names.

Drawing happens on a canvas twice the output size, which is then reduced: the marker lines
come out smooth without anti-aliasing every stroke by hand.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PIL import Image

from wordspictures.illustrate import indoors, outdoors
from wordspictures.illustrate import palette as pal
from wordspictures.illustrate.figures import Body, draw_extras, draw_figure, draw_head, skin_of
from wordspictures.illustrate.hair import draw_hair_back
from wordspictures.illustrate.lettering import draw_label, font_at
from wordspictures.illustrate.palette import INK, SOFT_INK
from wordspictures.illustrate.pen import Pen
from wordspictures.illustrate.props import draw_bubble, draw_prop
from wordspictures.illustrate.shapes import Box, FigureSpot, ScaleLine, ScaleMark, SceneLayout
from wordspictures.illustrate.sky import OUTDOOR

SUPERSAMPLE = 2

Background = Callable[[Pen, Box, float, float], None]
BACKGROUNDS: dict[str, Background] = {
    "neutral": outdoors.draw_neutral,
    "home": outdoors.draw_home,
    "grandparents_home": outdoors.draw_grandparents_home,
    "foster_home": outdoors.draw_foster_home,
    "park": outdoors.draw_park,
    "street": outdoors.draw_street,
    "car": outdoors.draw_car,
    "hospital": outdoors.draw_hospital,
    "police_station": outdoors.draw_police_station,
    "kitchen": indoors.draw_kitchen,
    "bedroom": indoors.draw_bedroom,
    "living_room": indoors.draw_living_room,
    "living_room_bare": indoors.draw_living_room_bare,
    "bedroom_bare": indoors.draw_bedroom_bare,
    "school": indoors.draw_school,
    "doctor": indoors.draw_doctor,
    "office": indoors.draw_office,
    "plain": indoors.draw_plain,
    "their_home": outdoors.draw_their_home,
}
DARK = frozenset({"evening", "night"})


def seed_of(*parts: object) -> int:
    """Return a stable seed (Python's own hash() changes between runs)."""
    text = "\x1f".join(str(part) for part in parts)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8", "replace")).digest()[:8], "big")


def draw_layout(layout: SceneLayout) -> Image.Image:
    """Return the picture of a planned scene as an RGB image of the layout's size."""
    if layout.panels:
        return draw_panels(layout)
    width, height = layout.width, layout.height
    canvas = Image.new("RGB", (width * SUPERSAMPLE, height * SUPERSAMPLE), pal.WHITE)
    pen = Pen(canvas, SUPERSAMPLE, seed_of(layout.kind, layout.background))
    line = max(1.5, height * 0.005)
    box = Box(0, 0, width, height)
    outdoor = layout.background in OUTDOOR
    if layout.daytime in DARK and outdoor:  # after dark: the sky is dark blue
        pen.rect(-10, -10, width + 10, layout.floor, pal.NIGHT, None, 0, 0.0)
    BACKGROUNDS.get(layout.background, outdoors.draw_neutral)(pen, box, layout.floor, line)
    if layout.mirrored:  # turned round, so it does not repeat the page before
        canvas.paste(canvas.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    if layout.ring is not None:
        draw_ring(pen, layout.ring, line)
    for prop in (p for p in layout.props if not p.front):
        pen.reseed(seed_of(prop))
        draw_prop(pen, prop, line)
    if layout.scale is not None:
        draw_scale(pen, layout.scale, layout.marks, line)
    # Back to front: people standing further back are drawn first and partly hidden.
    people = sorted(layout.figures, key=lambda spot: spot.ground)
    for spot in people:
        # The wobble is seeded by the person, so the same person has the same lines
        # wherever they stand.
        pen.reseed(seed_of(spot.person_id, spot.look))
        draw_figure(pen, spot)
    for prop in (p for p in layout.props if p.front):
        pen.reseed(seed_of(prop))
        draw_prop(pen, prop, line)
    for spot in people:
        pen.reseed(seed_of(spot.person_id, spot.action))
        draw_extras(pen, spot)
        if spot.bubble:
            pen.reseed(seed_of(spot.person_id, spot.bubble))
            draw_bubble(pen, spot, max(1.3, spot.adult * 0.0085))
    for spot in people:
        draw_name(pen, spot)
    # Averaging each 2x2 block is all the smoothing line art needs: 5 ms where a Lanczos
    # resize took 60 ms, and no ringing around the black lines.
    return canvas.reduce(SUPERSAMPLE)


def draw_panels(layout: SceneLayout) -> Image.Image:
    """Return two items' pictures side by side, with white between them."""
    image = Image.new("RGB", (layout.width, layout.height), pal.WHITE)
    x = 0
    for panel in layout.panels:
        image.paste(draw_layout(panel), (x, 0))
        x = layout.width - panel.width
    return image


def draw_name(pen: Pen, spot: FigureSpot) -> None:
    """Write the name the child uses under the person's feet."""
    k = pen.scale
    draw_label(pen.draw, spot.label, spot.x * k, (spot.ground + 0.25 * spot.label_size) * k,
               spot.label_width * k, spot.label_size * k, INK, bold=True, halo=pal.WHITE)


def draw_ring(pen: Pen, ring: Box, line: float) -> None:
    """Draw the helpers' circle: a warm ring on the ground that holds everyone together."""
    cx, cy = ring.centre
    pen.ellipse(cx, cy, ring.width / 2, ring.height / 2, pal.RING, SOFT_INK, line)


def draw_scale(pen: Pen, scale: ScaleLine, marks: tuple[ScaleMark, ...], line: float) -> None:
    """Draw the 0-10 line from warm red to green, its numbers, and each person's head."""
    k = pen.scale
    half = scale.thickness / 2
    colours = (pal.SCALE_LOW, pal.SCALE_MID, pal.SCALE_HIGH)
    for index, colour in enumerate(colours):
        x0 = scale.x0 + (scale.x1 - scale.x0) * index / 3
        x1 = scale.x0 + (scale.x1 - scale.x0) * (index + 1) / 3
        pen.rect(x0, scale.y - half, x1, scale.y + half, colour, None, 0, 0.0)
    pen.rect(scale.x0, scale.y - half, scale.x1, scale.y + half, None, INK, line, 0.4)
    font = font_at(round(scale.number_size * k), bold=True)
    for number in range(11):
        x = scale.x_of(number)
        pen.stroke([(x, scale.y - half), (x, scale.y + half)], INK, line * 0.6, wobble=0.0)
        pen.draw.text((x * k, (scale.y + half + scale.number_size * 0.4) * k), str(number),
                      font=font, fill=INK, anchor="ma")
    for mark in marks:
        pen.reseed(seed_of(mark.person_id, mark.look))
        draw_mark(pen, mark, scale)


def feeling_for_score(score: int) -> str:
    """Return the face for a number on the scale: worried low, calm middle, happy high."""
    if score <= 3:
        return "worried"
    return "calm" if score <= 6 else "happy"


def draw_mark(pen: Pen, mark: ScaleMark, scale: ScaleLine) -> None:
    """Draw one person's head above their number, their name under it, and a pointer."""
    k = pen.scale
    r = mark.radius
    line = max(1.2, r * 0.06)
    pen.stroke([(mark.x, mark.stem_top), (mark.target, scale.y - scale.thickness / 2)], INK,
               line, wobble=0.1)
    pen.dot(mark.target, scale.y - scale.thickness / 2, line * 1.8, INK)
    body = Body(x=mark.x, cx=mark.x, cy=mark.y, r=r, shoulders=mark.y + r, hips=mark.y + 2 * r,
                ground=mark.y + 3 * r, shoulder_w=0.9 * r, hip_w=1.1 * r, line=line)
    if mark.look.hair in ("long", "ponytail"):
        draw_hair_back(pen, mark.look.hair, mark.x, mark.y, r,
                       pal.HAIR_COLOURS[mark.look.hair_colour], line)
    draw_head(pen, body, mark.look, skin_of(mark.look), feeling_for_score(mark.score))
    draw_label(pen.draw, mark.label, mark.x * k, (mark.y + r * 1.3) * k, mark.label_width * k,
               mark.label_size * k, INK, bold=True, halo=pal.WHITE)
