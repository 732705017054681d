"""Labels in Lexend: a name that fits its width, wrapped to two lines or made smaller."""

from __future__ import annotations

from functools import lru_cache

from PIL import ImageDraw, ImageFont

from wordspictures.fonts import BOLD, REGULAR, font_file
from wordspictures.illustrate.palette import RGB

SMALLEST = 9  # canvas pixels: below this a label is unreadable, so it is cut short instead


@lru_cache(maxsize=64)
def font_at(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """Return Lexend at this pixel size and weight (cached: loading takes milliseconds)."""
    font = ImageFont.truetype(str(font_file()), max(1, size))
    font.set_variation_by_axes([BOLD if bold else REGULAR])
    return font


def text_width(text: str, size: int, bold: bool = False) -> float:
    """Return the width of the text in pixels."""
    return font_at(size, bold).getlength(text)


def split_two(text: str) -> list[str]:
    """Return the text as two lines of about equal width, split at a space."""
    words = text.split()
    if len(words) < 2:
        return [text]
    best = min(range(1, len(words)), key=lambda i: abs(
        len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return [" ".join(words[:best]), " ".join(words[best:])]


def fit_lines(text: str, width: float, size: int, bold: bool = False,
              ) -> tuple[list[str], int]:
    """Return the lines and font size that fit the width: one line, two, then smaller."""
    text = " ".join(text.split())
    size = max(SMALLEST, size)
    while True:
        for lines in ([text], split_two(text)):
            if max(text_width(line, size, bold) for line in lines) <= width:
                return lines, size
        if size <= SMALLEST:
            return [cut_to(line, width, size, bold) for line in split_two(text)], size
        size = max(SMALLEST, int(size * 0.9))


def cut_to(text: str, width: float, size: int, bold: bool) -> str:
    """Return the text cut short with an ellipsis so that it fits the width."""
    if text_width(text, size, bold) <= width:
        return text
    while text and text_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text + "…"


def draw_label(draw: ImageDraw.ImageDraw, text: str, cx: float, top: float, width: float,
               size: float, colour: RGB, bold: bool = False, halo: RGB | None = None) -> float:
    """Draw centred lines under a point (canvas pixels); return the y below them.

    ``halo`` draws a rim of that colour round the letters, so a name stays readable where it
    crosses grass, a floor or a rug.
    """
    lines, px = fit_lines(text, width, round(size), bold)
    font = font_at(px, bold)
    rim = max(1, round(px * 0.14)) if halo else 0
    for line in lines:
        draw.text((cx, top), line, font=font, fill=colour, anchor="ma", stroke_width=rim,
                  stroke_fill=halo)
        top += px * 1.2
    return top
