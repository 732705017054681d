"""Rows with right-to-left letters in the PDF: drawn as outlines, read from a text layer.

fpdf2 shapes Arabic with HarfBuzz, but its text layer cannot be read back: Noto Sans Arabic
draws a letter's dots as a glyph of their own, which fpdf2 maps to no letter (copying
"يوسف" gave "\\x06يوس\\x02ف"), and it switches fonts at every space, so a reader that puts
right-to-left runs back in order (pypdf, PDFium) gets the words of a line backwards.

So a row with a right-to-left letter is set in two layers, both ours:

- what the eye sees: each glyph's outline, shaped by HarfBuzz from the same static fonts
  the rest of the book uses, placed run by run in the order of the Unicode bidirectional
  algorithm, filled as a path (a path has no text, so readers skip it);
- what a reader reads: the row's letters as invisible text (render mode 3) in one font of
  empty glyphs (``fonts.text_font_file``) that maps each code to its own letter, written in
  display order and stretched over the drawn row, which is how PDF readers expect text and
  how they put a right-to-left line back in reading order.

When such a row ends (in reading order) with punctuation or a space, an Arabic letter mark
(U+061C, invisible) goes after it in the text layer: readers start a right-to-left run only
at a right-to-left letter, and without it pypdf reads "يلعب." as ".يلعب".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache

from wordspictures.fonts.files import TEXT_EM
from wordspictures.fonts.letters import font_for, is_mark

LETTER_MARK = "\u061c"  # ARABIC LETTER MARK: a right-to-left letter that prints nothing
STRONG_RTL = ("R", "AL")
NUMBER = re.compile(r"\d+(?:[-/.:]\d+)+")  # a number of parts: one left-to-right run
NO_ISOLATES = str.maketrans("", "", "\u2066\u2069")
BOX = "box"  # the 'package' of letters no bundled font has: the box font


def is_rtl_letter(letter: str) -> bool:
    """Return True for a letter written right to left (Arabic, Hebrew, Syriac...)."""
    return unicodedata.bidirectional(letter) in STRONG_RTL


def needs_drawing(text: str) -> bool:
    """Return True when a row holds a right-to-left letter: it is drawn, not typeset."""
    return any(is_rtl_letter(ch) for ch in text)


@dataclass
class Glyph:
    """One glyph placed: its font file, glyph number and pen position, in font units."""

    font: str
    gid: int
    x: float
    y: float


@dataclass
class Outlines:
    """The HarfBuzz fonts of one PDF (by file) and each glyph's outline as PDF path
    operators in font units, made once per glyph."""

    files: Mapping[tuple[str, bool], str]  # (package or BOX, bold) -> static font file
    fonts: dict[str, object] = field(default_factory=dict)
    paths: dict[tuple[str, int], str] = field(default_factory=dict)

    def font(self, path: str) -> object:
        """Return the HarfBuzz font of a font file."""
        if path not in self.fonts:
            import uharfbuzz as hb

            with open(path, "rb") as handle:
                self.fonts[path] = hb.Font(hb.Face(handle.read()))
        return self.fonts[path]

    def path(self, font: str, gid: int) -> str:
        """Return the outline of one glyph as PDF path operators (font units, y up)."""
        key = (font, gid)
        if key not in self.paths:
            pen = PathPen()
            self.font(font).draw_glyph_with_pen(gid, pen)  # type: ignore[attr-defined]
            self.paths[key] = " ".join(pen.ops)
        return self.paths[key]


class PathPen:
    """A pen (fontTools' protocol, which HarfBuzz draws with) that writes PDF path operators;
    quadratic curves become the cubic ones PDF has."""

    def __init__(self) -> None:
        self.ops: list[str] = []
        self.at = (0.0, 0.0)

    def moveTo(self, p: tuple[float, float]) -> None:  # noqa: N802 (the pen protocol)
        self.ops.append(f"{p[0]:g} {p[1]:g} m")
        self.at = p

    def lineTo(self, p: tuple[float, float]) -> None:  # noqa: N802
        self.ops.append(f"{p[0]:g} {p[1]:g} l")
        self.at = p

    def curveTo(self, a: tuple[float, float], b: tuple[float, float],  # noqa: N802
                p: tuple[float, float]) -> None:
        self.ops.append(f"{a[0]:g} {a[1]:g} {b[0]:g} {b[1]:g} {p[0]:g} {p[1]:g} c")
        self.at = p

    def qCurveTo(self, a: tuple[float, float], p: tuple[float, float]) -> None:  # noqa: N802
        (x0, y0), (x1, y1), (x2, y2) = self.at, a, p
        c1 = (x0 + 2 * (x1 - x0) / 3, y0 + 2 * (y1 - y0) / 3)
        c2 = (x2 + 2 * (x1 - x2) / 3, y2 + 2 * (y1 - y2) / 3)
        self.curveTo(c1, c2, p)

    def closePath(self) -> None:  # noqa: N802
        self.ops.append("h")

    def endPath(self) -> None:  # noqa: N802
        pass


def font_runs(text: str, bold: bool, files: Mapping[tuple[str, bool], str]
              ) -> Iterator[tuple[str, str]]:
    """Yield the runs of one direction's text by font file, in reading order. A space stays
    in the run before it, so HarfBuzz places the words of a run in one go (every font of
    the book, cut down to its letters, keeps the space)."""
    run, current = "", ""
    for ch in text:
        package = font_for(ch) or BOX
        if current and ch == " ":
            package = current
        if package != current and run:
            yield files[(current, bold)], run
            run = ""
        current = package
        run += ch
    if run:
        yield files[(current, bold)], run


def shape_row(text: str, bold: bool, rtl: bool, outlines: Outlines
              ) -> tuple[list[Glyph], float]:
    """Return the glyphs of one row, left to right, and the row's width in em."""
    import uharfbuzz as hb
    from fpdf.bidi import BidiParagraph
    from fpdf.enums import TextDirection

    base = TextDirection.RTL if rtl else TextDirection.LTR
    fragments = [(words.translate(NO_ISOLATES), way) for words, way in BidiParagraph(
        isolate_numbers(text), base_direction=base, preserve_bn_chars=True
    ).get_bidi_fragments() if words.translate(NO_ISOLATES)]
    if rtl:  # one level of embedding: a right-to-left line shows its fragments reversed
        fragments.reverse()
    glyphs: list[Glyph] = []
    x = 0.0
    for words, direction in fragments:
        backwards = direction == TextDirection.RTL
        runs = list(font_runs(words, bold, outlines.files))
        for path, run in reversed(runs) if backwards else runs:
            font = outlines.font(path)
            scale = 1 / font.face.upem  # type: ignore[attr-defined]
            buf = hb.Buffer()
            buf.add_str(run)
            buf.guess_segment_properties()
            buf.direction = "rtl" if backwards else "ltr"
            hb.shape(font, buf, {})
            for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
                glyphs.append(Glyph(path, info.codepoint, x + pos.x_offset * scale,
                                    pos.y_offset * scale))
                x += pos.x_advance * scale
    return glyphs, x


def text_layer(text: str, rtl: bool) -> str:
    """Return the row's letters in display order, as PDF readers expect its text layer."""
    from fpdf.bidi import BidiParagraph
    from fpdf.enums import TextDirection

    base = TextDirection.RTL if rtl else TextDirection.LTR
    if rtl and text and not is_rtl_letter(text.rstrip()[-1:] or " "):
        text += LETTER_MARK
    # Keep the joiners (a Persian zero-width non-joiner is part of the word 'می‌پزد').
    return BidiParagraph(isolate_numbers(text), base_direction=base,
                         preserve_bn_chars=True).get_reordered_string().translate(NO_ISOLATES)


def isolate_numbers(text: str) -> str:
    """Return the text with each number of several parts (a phone number 06-11223344, a
    date 3/12) isolated left to right: fpdf2's bidirectional algorithm splits it at the
    hyphen, and in a right-to-left row printed '11223344-06'."""
    return NUMBER.sub(lambda found: f"\u2066{found.group()}\u2069", text)


@cache
def text_letters(text: str) -> frozenset[str]:
    """Return the letters a row's text layer uses (the text font must have each)."""
    return frozenset(text) | {LETTER_MARK}


def draw_row(out: Callable[[str], None], set_text: Callable[[float, str, float], None],
             outlines: Outlines, row: str, *, x: float, width: float, baseline: float,
             size: float, bold: bool, rtl: bool, align: str,
             colour: tuple[int, int, int]) -> None:
    """Draw one row: its outlines into the page (``out`` takes PDF operators, y up from
    ``baseline``), then its text layer (``set_text(left, letters, stretch)``)."""
    glyphs, em = shape_row(row, bold, rtl, outlines)
    wide = em * size
    if align == "C":
        left = x + (width - wide) / 2
    elif align == "R" or (align == "L" and rtl):  # a right-to-left row starts on the right
        left = x + width - wide
    else:
        left = x
    r, g, b = (c / 255 for c in colour)
    parts = [f"q {r:.3f} {g:.3f} {b:.3f} rg"]
    for glyph in glyphs:
        path = outlines.path(glyph.font, glyph.gid)
        if not path:
            continue
        scale = size / outlines.font(glyph.font).face.upem  # type: ignore[attr-defined]
        parts.append(f"q {scale:.5f} 0 0 {scale:.5f} {left + glyph.x * size:.2f} "
                     f"{baseline + glyph.y * size:.2f} cm {path} f Q")
    parts.append("Q")
    out("\n".join(parts))
    letters = text_layer(row, rtl)
    stretch = 100 * wide / max(sum(not is_mark(ch) for ch in letters) * TEXT_EM * size, 0.01)
    set_text(left, letters, stretch)
