"""Which letters the bundled fonts can show: each font's coverage (kept in the cache), the
font a letter is set in, a warning for every printed text with letters none has, and the
tiny font of empty boxes the PDF sets those letters in.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from wordspictures.account.model import Account
from wordspictures.fonts.files import (
    BOX_EM,
    FALLBACKS,
    LEXEND,
    SPACE_EM,
    TEXT_EM,
    font_file,
    made_font_file,
    source_digest,
)
from wordspictures.problems import WARNING, Mark, Problem
from wordspictures.system.cache import read_cached, write_cached

if TYPE_CHECKING:
    from fontTools.fontBuilder import FontBuilder

# Letters that take no room and print nothing (format characters such as joiners and
# direction marks, line breaks): no font needs to have them, so they are never 'missing'.
INVISIBLE = ("Cf", "Cc", "Zl", "Zp")
# ... and Unicode's other default-ignorable code points (variation selectors, the tags
# block, fillers), which HarfBuzz hides whatever the font.
IGNORABLE = ((0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
             (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8),
             (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF))


@cache
def coverage(name: str = LEXEND) -> frozenset[int]:
    """Return the code points a bundled font has a glyph for.

    Kept in the cache folder too (as ranges, under the font's hash): reading it back is
    a millisecond, importing fontTools and reading the font's table 25 ms.
    """
    note = f"coverage-{source_digest(name)[:16]}.txt"
    kept = read_cached(note)
    if kept is not None:
        try:
            return frozenset(code for part in kept.decode().split()
                             for low, high in [map(int, part.split("-"))]
                             for code in range(low, high + 1))
        except ValueError:
            pass  # a damaged note: read the font again
    from fontTools.ttLib import TTFont

    with TTFont(str(font_file(name)), lazy=True) as font:
        codes = frozenset(font.getBestCmap())
    write_cached(note, " ".join(f"{low}-{high}" for low, high in ranges(codes)).encode())
    return codes


def ranges(codes: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Yield the runs of consecutive code points as (first, last)."""
    run: list[int] = []
    for code in sorted(codes):
        if run and code == run[1] + 1:
            run[1] = code
        else:
            if run:
                yield run[0], run[1]
            run = [code, code]
    if run:
        yield run[0], run[1]


def font_for(letter: str) -> str | None:
    """Return the bundled font (package name) that shows a letter: Lexend when it can,
    else the first fallback that has it; None when no bundled font has it."""
    code = ord(letter)
    for name in (LEXEND, *(package for _, package in FALLBACKS)):
        if code in coverage(name):
            return name
    return None


def is_invisible(letter: str) -> bool:
    """Return True for a letter that prints nothing (a space, a joiner, a direction mark)."""
    code = ord(letter)
    return (unicodedata.category(letter) in INVISIBLE or letter.isspace()
            or any(low <= code <= high for low, high in IGNORABLE))


def missing_letters(text: str) -> list[str]:
    """Return the letters of the text that no bundled font can show, once each, in order."""
    return list(dict.fromkeys(ch for ch in text if font_for(ch) is None and not is_invisible(ch)))


def fallbacks_needed(text: Iterable[str]) -> list[tuple[str, str]]:
    """Return the fallbacks (family, package) that some letter of the texts needs."""
    needed = {font_for(ch) for part in text for ch in part}
    return [(family, package) for family, package in FALLBACKS if package in needed]


def check_letters(account: Account) -> list[Problem]:
    """Return a warning for each printed text with letters no bundled font has.

    The build goes on: the PowerPoint keeps them as text (the computer that opens it draws
    them with its own fonts) and the PDF keeps them in its text layer but prints each as
    an empty box.
    """
    problems = []
    for text, mark in printed_texts(account):
        missing = missing_letters(text)
        if missing:
            # The title keeps no line of its own: the warning points at the top of the file.
            where = "" if mark else " in the title"
            problems.append(Problem(
                f"the PDF cannot show {' '.join(missing)}{where}: it prints as an empty box; "
                "the PowerPoint shows it", "leave it out, or say it in words, if the family "
                "reads the PDF", mark or Mark(str(account.source), 1, 1), severity=WARNING))
    return problems


def printed_texts(account: Account) -> Iterator[tuple[str, Mark | None]]:
    """Yield every text of the account that the book prints, with its place in the file
    (``None`` for the title, which has none)."""
    if account.title:
        yield account.title, None
    if account.title_translation:
        yield account.title_translation, None
    for person in account.people:
        yield " ".join(filter(None, (person.name, person.called, person.called_translation))
                       ), person.mark
    for _, entry in account.story_texts():
        yield " ".join(filter(None, (entry.text, entry.when, entry.phone))), entry.mark
        if entry.translation:  # a book in two languages: at the translation's own line
            yield entry.translation, entry.translation_mark or entry.mark


def box_font(letters: Iterable[str]) -> bytes:
    """Return a tiny font that has the given letters: an empty box each, a blank for a
    space, nothing at all for a letter that prints nothing (``is_invisible``).

    The PDF sets the letters no bundled font has in this font, on purpose: the text layer
    keeps the real letters (copying or searching the PDF finds the emoji), the page shows a
    box where they are, and no glyph is left out of a font (which fpdf2 logs, and which
    PDF/A forbids: a reference to the '.notdef' glyph).
    """
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    # A space too: HarfBuzz draws a hidden letter as the font's space, at no width, and
    # fpdf2 cannot place a run that gives no glyph at all.
    codes = sorted({ord(ch) for ch in letters} | {ord(" ")})
    pen = TTGlyphPen(None)
    for x0, y0, x1, y1, clockwise in ((80, 0, 520, 700, True), (140, 60, 460, 640, False)):
        corners = [(x0, y0), (x0, y1), (x1, y1), (x1, y0)]
        for i, point in enumerate(corners if clockwise else corners[::-1]):
            (pen.moveTo if i == 0 else pen.lineTo)(point)
        pen.closePath()
    box, empty = pen.glyph(), TTGlyphPen(None).glyph()
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", "box", "empty", "space"])
    builder.setupCharacterMap({code: "space" if chr(code).isspace() else "empty"
                               if is_invisible(chr(code)) else "box" for code in codes})
    builder.setupGlyf({".notdef": box, "box": box, "empty": empty, "space": empty})
    wide = round(BOX_EM * 1000)
    builder.setupHorizontalMetrics({".notdef": (wide, 80), "box": (wide, 80), "empty": (0, 0),
                                    "space": (round(SPACE_EM * 1000), 0)})
    return finished_font(builder, "Wordspictures Box")


def box_font_file(letters: Iterable[str], folder: Callable[[], Path]) -> Path:
    """Return the path of a ``box_font`` for the letters: in the cache folder when there is
    one (named by its hash), else in the folder that ``folder()`` makes."""
    data = box_font(letters)
    return made_font_file(f"box-{hashlib.sha256(data).hexdigest()[:16]}.ttf", lambda: data,
                          folder)


def text_font(letters: Iterable[str]) -> bytes:
    """Return a font with an empty glyph for each of the letters, all ``TEXT_EM`` wide.

    The PDF writes the text layer of a right-to-left row in it, invisibly (render/drawn):
    each letter gets a glyph of its own, so the PDF maps each code back to exactly one
    letter, and one font for the whole row keeps a reader from breaking it into pieces.
    """
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    codes = sorted({ord(ch) for ch in letters} | {ord(" ")})
    names = [".notdef", *(f"u{code:04X}" for code in codes)]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({code: f"u{code:04X}" for code in codes})
    empty = TTGlyphPen(None).glyph()
    builder.setupGlyf({name: empty for name in names})
    # A mark (an Arabic vowel sign) takes no room, as in the drawn row: pypdf then reads it
    # after its letter. (PDFium leaves such marks out of what it reads; with a width of
    # their own it reads a space instead.)
    builder.setupHorizontalMetrics({f"u{code:04X}": (0 if is_mark(chr(code)) else
                                                     round(TEXT_EM * 1000), 0)
                                    for code in codes} | {".notdef": (0, 0)})
    return finished_font(builder, "Wordspictures Text")


def finished_font(builder: FontBuilder, family: str) -> bytes:
    """Return the bytes of a made font, its heights and name filled in: the same for the
    box font and the text font."""
    builder.setupHorizontalHeader(ascent=900, descent=-250)
    builder.setupOS2(sTypoAscender=900, sTypoDescender=-250, usWinAscent=900,
                     usWinDescent=250, sCapHeight=700)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


def is_mark(letter: str) -> bool:
    """Return True for a combining mark (an Arabic vowel sign, an accent typed apart): it
    takes no room in the text layer. (A joiner or the Arabic letter mark keeps its width:
    PDFium drops a letter of no width, and without the mark it misreads a line's end.)"""
    return unicodedata.category(letter) in ("Mn", "Me")


def text_font_file(letters: Iterable[str], folder: Callable[[], Path]) -> Path:
    """Return the path of a ``text_font`` for the letters (cached by its hash, like the
    box font)."""
    data = text_font(letters)
    return made_font_file(f"text-{hashlib.sha256(data).hexdigest()[:16]}.ttf", lambda: data,
                          folder)
