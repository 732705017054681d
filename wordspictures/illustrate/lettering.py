"""Labels in Lexend: a name that fits its width, wrapped to two lines or made smaller.

A name in letters Lexend lacks (Greek, Cyrillic, Arabic) is written in the PDF's fallback
fonts (``fonts.FALLBACKS``), run by run. Arabic needs shaping (joined letters, right to
left): Pillow does that with libraqm when it has it; without it, ``shaped_arabic`` writes
the joined forms and the order out itself (see docs/font.md).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from PIL import ImageDraw, ImageFont, features

from wordspictures.fonts.files import BOLD, LEXEND, REGULAR, font_axes, font_file
from wordspictures.fonts.letters import coverage, font_for
from wordspictures.illustrate.palette import RGB

SMALLEST = 9  # canvas pixels: below this a label is unreadable, so it is cut short instead
RTL = ("R", "AL")  # bidirectional classes of right-to-left letters
# Pillow shapes Arabic only with libraqm; without it we shape it ourselves (shaped_arabic).
ENGINE = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC


@lru_cache(maxsize=128)
def font_at(size: int, bold: bool = False, name: str = LEXEND) -> ImageFont.FreeTypeFont:
    """Return a bundled font at this pixel size and weight (cached: loading takes ms)."""
    font = ImageFont.truetype(str(font_file(name)), max(1, size), layout_engine=ENGINE)
    weight = BOLD if bold else REGULAR
    font.set_variation_by_axes([weight if tag == "wght" else value
                                for tag, value in font_axes(name)])
    return font


def runs(text: str) -> list[tuple[str, str]]:
    """Return the text as (font, text) runs, in reading order: Lexend where it has the
    letters, else the fallback that has them. Spaces and punctuation stay in the run they
    are in, so that an Arabic name with a space is shaped as one."""
    found: list[tuple[str, str]] = []
    for ch in text:
        name = font_for(ch) or LEXEND  # Lexend draws its own empty box for the rest
        if found and unicodedata.category(ch)[0] not in "LM" \
                and ord(ch) in coverage(found[-1][0]):
            name = found[-1][0]
        if found and found[-1][0] == name:
            found[-1] = (name, found[-1][1] + ch)
        else:
            found.append((name, ch))
    return found


def is_rtl(text: str) -> bool:
    """Return True when the first letter with a direction is written right to left."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in RTL:
            return True
        if kind == "L":
            return False
    return False


def visual_runs(text: str) -> list[tuple[str, str]]:
    """Return the runs in the order they are drawn, left to right (a label that starts
    right to left puts its first run on the right)."""
    found = runs(text)
    found = [(name, shaped_arabic(part) if ENGINE == ImageFont.Layout.BASIC and
              any(unicodedata.bidirectional(ch) in RTL for ch in part) else part)
             for name, part in found]
    return found[::-1] if is_rtl(text) else found


def text_width(text: str, size: int, bold: bool = False) -> float:
    """Return the width of the text in pixels."""
    return sum(font_at(size, bold, name).getlength(part) for name, part in visual_runs(text))


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
        parts = visual_runs(line)
        if len(parts) == 1 and parts[0][0] == LEXEND:
            draw.text((cx, top), line, font=font, fill=colour, anchor="ma", stroke_width=rim,
                      stroke_fill=halo)
        else:  # runs in several fonts, side by side on Lexend's baseline
            x = cx - text_width(line, px, bold) / 2
            baseline = top + font.getmetrics()[0]
            for name, part in parts:
                face = font_at(px, bold, name)
                draw.text((x, baseline), part, font=face, fill=colour, anchor="ls",
                          stroke_width=rim, stroke_fill=halo)
                x += face.getlength(part)
        top += px * 1.2
    return top


@lru_cache(maxsize=1)
def arabic_forms() -> dict[tuple[str, str], str]:
    """Return the presentation form of each Arabic letter (and lam-alef) by position:
    {(letters, 'isolated'|'final'|'initial'|'medial'): form}, from Unicode's own data."""
    forms: dict[tuple[str, str], str] = {}
    # Forms-B holds the Arabic letters, Forms-A those of Persian and Urdu (پ چ ژ گ ک ی).
    for code in (*range(0xFE70, 0xFEFD), *range(0xFB50, 0xFDFE)):
        parts = unicodedata.decomposition(chr(code)).split()
        if parts and parts[0].strip("<>") in ("isolated", "final", "initial", "medial"):
            letters = "".join(chr(int(p, 16)) for p in parts[1:])
            forms.setdefault((letters, parts[0].strip("<>")), chr(code))
    return forms


def shaped_arabic(text: str) -> str:
    """Return Arabic text as its joined presentation forms in visual order (left to
    right), for drawing without a shaping engine. Marks keep their letter."""
    forms = arabic_forms()

    def joins_left(letter: str) -> bool:  # has a form that joins the next letter
        return (letter, "initial") in forms

    def joins_right(letter: str) -> bool:  # has a form that joins the letter before
        return (letter, "final") in forms

    clusters: list[str] = []
    for ch in text:
        if clusters and unicodedata.category(ch) == "Mn":
            clusters[-1] += ch
        elif clusters and clusters[-1][:1] == "\u0644" and ch in "\u0622\u0623\u0625\u0627" \
                and ("\u0644" + ch, "isolated") in forms:
            clusters[-1] = "\u0644" + ch + clusters[-1][1:]  # lam-alef is one letter
        else:
            clusters.append(ch)
    shaped = []
    for i, cluster in enumerate(clusters):
        base, marks = (cluster[:2], cluster[2:]) if cluster[:2] in (
            "\u0644\u0622", "\u0644\u0623", "\u0644\u0625", "\u0644\u0627") else (
            cluster[:1], cluster[1:])
        before = clusters[i - 1][:1] if i > 0 else ""
        after = clusters[i + 1][:1] if i + 1 < len(clusters) else ""
        right = bool(before) and joins_left(before) and joins_right(base)
        left = bool(after) and joins_left(base) and joins_right(after)
        position = {(True, True): "medial", (True, False): "final",
                    (False, True): "initial"}.get((right, left), "isolated")
        form = forms.get((base, position)) or forms.get((base, "isolated")) or base
        shaped.append(form + marks)
    return "".join(shaped[::-1])
