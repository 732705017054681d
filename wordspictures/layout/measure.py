"""Measure text with the book's font, so both renderers can share one layout.

We read advance widths straight from the font (fontTools, which fpdf2 brings along) and
wrap greedily at spaces, the way PowerPoint, LibreOffice and fpdf2 all wrap; a non-breaking
space holds its words together (``typeset``). A line is measured twice, in Lexend and in
the widest font an office program shows where Lexend is missing (``fonts.substitutes``),
and the wider counts, so the PowerPoint holds on any computer. The measure is slightly
generous so that the real renderers never need more room than we planned. A letter Lexend
lacks is measured in the fallback font the PDF sets it in (``fonts.font_for``); one that no
bundled font has prints as a box (``fonts.box_font``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from wordspictures.fonts.files import BOX_EM, LEXEND, SPACE_EM, font_file
from wordspictures.fonts.letters import font_for, is_invisible
from wordspictures.fonts.substitutes import substitute_advances

# Bold (weight 600) runs a little wider than the regular instance we measure.
BOLD_FACTOR = 1.05
SAFETY = 1.01
OTHER_SCRIPT = 1.1  # see ``substitute``
NBSP = "\u00a0"
JOINER = "\u2060"  # WORD JOINER: no break here, and no width
BREAK = re.compile(r"[^\S\u00a0]+")  # where a line may break: white space, but not NBSP


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
    if letter == JOINER:  # takes no room; asking the fallbacks would load one (60 ms)
        return 0.0
    name = font_for(letter)
    if name is not None:
        return _advances(name)[ord(letter)]
    if letter.isspace():
        return SPACE_EM
    return 0.0 if is_invisible(letter) else BOX_EM


@cache
def substitute(letter: str, bold: bool) -> float:
    """Return the width of one letter in em in the widest substitute for Lexend (a letter
    it lacks is set in the font that has it, as with Lexend)."""
    width = substitute_advances(bold).get(ord(letter))
    # A letter Lexend lacks (Cyrillic, Arabic) has no width in the table: the font an office
    # program sets it in (DejaVu Sans) runs about a tenth wider than ours (Noto Sans).
    return advance(letter) * OTHER_SCRIPT if width is None else width


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Return the width of one line of text in points: in Lexend or in its widest
    substitute, whichever is wider."""
    return wider(ems(text, bold), size)


@lru_cache(maxsize=8192)
def ems(text: str, bold: bool = False) -> tuple[float, float]:
    """Return the width of a text in em in Lexend and in its widest substitute (kept: a
    page is laid out at several sizes, and its words are measured at each)."""
    lexend = sum(advance(ch) for ch in text) * (BOLD_FACTOR if bold else 1.0)
    return lexend, sum(substitute(ch, bold) for ch in text)


def wider(widths: tuple[float, float], size: float) -> float:
    """Return the wider of the two widths (``ems``) in points at ``size``."""
    return max(widths) * size * SAFETY


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Return the lines a paragraph breaks into at this size and width; words joined by a
    non-breaking space stay on one line. (Each word is measured once; a line's width is
    the sum of its words' and spaces'.)"""
    lines: list[str] = []
    space = ems(" ", bold)
    for hard_line in text.split("\n"):
        line, used = "", (0.0, 0.0)
        for word in BREAK.split(hard_line.strip()):
            if not word:
                continue
            own = ems(word, bold)
            if not line:
                line, used = word, own
                continue
            longer = (used[0] + space[0] + own[0], used[1] + space[1] + own[1])
            if wider(longer, size) > width:
                lines.append(line)
                line, used = word, own
            else:
                line, used = f"{line} {word}", longer
        lines.append(line)
    return lines


def fitting_size(text: str, size: float, width: float, bold: bool = False) -> float:
    """Return the size, made smaller where needed so that the widest word fits the width.

    Renderers break a word that is wider than its line in the middle, which a child cannot
    read (and which the line count above would not foresee): such a text is set smaller.
    """
    # Split at every space, non-breaking too: a bound group too wide is let go (typeset).
    widest = max((text_width(word, size, bold) for word in text.split()), default=0.0)
    return size if widest <= width else size * width / widest


def one_line_size(text: str, size: float, width: float, bold: bool = False,
                  least: float = 0.85) -> float:
    """Return the size at which a short text (a heading) fits on one line, when that is
    no less than ``least`` of ``size``; else ``size``. A heading broken in two reads worse
    than one set a little smaller, and its break leaves a word alone on a line."""
    needed = text_width(text, size, bold)
    if "\n" in text or needed <= width or needed * least > width:
        return size
    return size * width / needed
