"""Measure text with the book's font, so both renderers can share one layout.

We read advance widths straight from the font (fontTools, which fpdf2 brings along) and
wrap greedily at spaces, the way PowerPoint and fpdf2 both wrap. The measure is slightly
generous so that the real renderers never need more room than we planned.
"""

from __future__ import annotations

from functools import cache

from wordspictures.fonts import font_file

# Bold (weight 600) runs a little wider than the regular instance we measure.
BOLD_FACTOR = 1.05
SAFETY = 1.03


@cache
def _advances() -> tuple[dict[int, float], float]:
    from fontTools.ttLib import TTFont

    with TTFont(str(font_file()), lazy=True) as font:
        upem = font["head"].unitsPerEm
        hmtx = font["hmtx"]
        widths = {code: hmtx[name][0] / upem for code, name in font.getBestCmap().items()}
    average = sum(widths.values()) / max(len(widths), 1)
    return widths, average


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Return the width of one line of text in points."""
    widths, average = _advances()
    em = sum(widths.get(ord(ch), average) for ch in text)
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
