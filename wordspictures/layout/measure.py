"""Measure text with the book's font, so both renderers can share one layout.

We read advance widths straight from the font (fontTools, which fpdf2 brings along) and
wrap greedily at spaces, the way PowerPoint and fpdf2 both wrap. The measure is slightly
generous so that the real renderers never need more room than we planned. A letter Lexend
lacks is measured in the fallback font the PDF sets it in (``fonts.font_for``); one that no
bundled font has prints as a box (``fonts.box_font``).
"""

from __future__ import annotations

from functools import cache

from wordspictures.fonts.files import BOX_EM, LEXEND, SPACE_EM, font_file
from wordspictures.fonts.letters import font_for, is_invisible

# Bold (weight 600) runs a little wider than the regular instance we measure.
BOLD_FACTOR = 1.05
SAFETY = 1.03


@cache
def _advances(name: str = LEXEND) -> dict[int, float]:
    from fontTools.ttLib import TTFont

    with TTFont(str(font_file(name)), lazy=True) as font:
        upem = font["head"].unitsPerEm
        hmtx = font["hmtx"]
        return {code: hmtx[glyph][0] / upem for code, glyph in font.getBestCmap().items()}


@cache
def advance(letter: str) -> float:
    """Return the width of one letter in em, in the font that prints it."""
    width = _advances().get(ord(letter))
    if width is not None:
        return width
    name = font_for(letter)
    if name is not None:
        return _advances(name)[ord(letter)]
    if letter.isspace():
        return SPACE_EM
    return 0.0 if is_invisible(letter) else BOX_EM


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Return the width of one line of text in points."""
    em = sum(advance(ch) for ch in text)
    return em * size * SAFETY * (BOLD_FACTOR if bold else 1.0)


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Return the lines a paragraph breaks into at this size and width."""
    lines: list[str] = []
    for hard_line in text.split("\n"):
        line = ""
        for word in hard_line.split():
            candidate = f"{line} {word}" if line else word
            if line and text_width(candidate, size, bold) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def fitting_size(text: str, size: float, width: float, bold: bool = False) -> float:
    """Return the size, made smaller where needed so that the widest word fits the width.

    Renderers break a word that is wider than its line in the middle, which a child cannot
    read (and which the line count above would not foresee): such a text is set smaller.
    """
    widest = max((text_width(word, size, bold) for word in text.split()), default=0.0)
    return size if widest <= width else size * width / widest
