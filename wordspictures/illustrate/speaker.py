"""The loudspeaker on a slide that is read aloud: a round button in the headings' blue
with a white loudspeaker and two sound waves, so that a child and a grown-up see where to
click (the office program's own loudspeaker is a small grey box)."""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageDraw

BLUE = (38, 70, 120)  # the headings' colour (render.palette.TITLE)
WHITE = (255, 255, 255)
SIZE = 160  # pixels: sharp at the button's 26 points, printed or on a screen
SCALE = 4   # drawn this much larger, then reduced: smooth edges


@cache
def speaker_png() -> bytes:
    """Return the loudspeaker button as a PNG, on the page's white."""
    big = SIZE * SCALE
    # White corners, not transparent ones: an office program may show a media shape on black.
    image = Image.new("RGB", (big, big), WHITE)
    pen = ImageDraw.Draw(image)
    pen.ellipse((0, 0, big - 1, big - 1), fill=BLUE)
    unit = big / 16  # the drawing on a 16 x 16 grid
    pen.rectangle((4 * unit, 6.3 * unit, 6 * unit, 9.7 * unit), fill=WHITE)
    pen.polygon([(5.6 * unit, 6.3 * unit), (8.6 * unit, 3.8 * unit),
                 (8.6 * unit, 12.2 * unit), (5.6 * unit, 9.7 * unit)], fill=WHITE)
    for radius in (2.2, 4.2):  # two waves, centred on the cone's mouth
        box = (8.6 - radius, 8 - radius, 8.6 + radius, 8 + radius)
        pen.arc(tuple(v * unit for v in box), -45, 45, fill=WHITE, width=round(0.9 * unit))
    small = image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, "PNG", optimize=True)
    return out.getvalue()
