"""The book's fonts: Lexend, and the fallbacks for letters Lexend does not have.

Lexend (``fontpkg-lexend``) sets the book. It covers Latin (Dutch, Turkish, Polish...) but
not Greek, Cyrillic or Arabic: for those, Noto Sans and Noto Sans Arabic (both from PyPI,
``fontpkg-noto-sans`` and ``fontpkg-noto-sans-arabic``) take over, letter by letter. What
no bundled font has (emoji, Chinese...) the caseworker is warned about (``check_letters``)
and the PDF prints as an empty box; see docs/font.md.

The fonts ship as variable fonts. Pinning a weight (instancing) takes fontTools about a
second, so each weight of Lexend is instanced once and kept as a static font in the user's
cache folder; later builds load it directly. The fallbacks are cut down to the letters a
book needs before they are pinned (``fallback_font_file``).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

from wordspictures.account.model import Account
from wordspictures.problems import WARNING, Mark, Problem
from wordspictures.system.cache import cache_path, read_cached, write_cached

FAMILY = "Lexend"
REGULAR = 400
BOLD = 600
LEXEND = "lexend"
# The fallbacks, in the order they are asked for a letter Lexend lacks: (family, package).
FALLBACKS = (("Noto Sans", "noto-sans"), ("Noto Sans Arabic", "noto-sans-arabic"))
# Letters that take no room and print nothing (format characters such as joiners and
# direction marks, line breaks): no font needs to have them, so they are never 'missing'.
INVISIBLE = ("Cf", "Cc", "Zl", "Zp")
# ... and Unicode's other default-ignorable code points (variation selectors, the tags
# block, fillers), which HarfBuzz hides whatever the font.
IGNORABLE = ((0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
             (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8),
             (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF))
# Raised when instance_font makes other bytes, so that fonts cached before are not used.
INSTANCES = "i2"
BOX_EM, SPACE_EM = 0.6, 0.26  # widths of the box and of a space no bundled font has


@cache
def font_file(name: str = LEXEND) -> Path:
    """Return the path of a bundled variable font (``lexend``, ``noto-sans``...).

    Asking fontpkg costs 60 ms at every start (it reads every package's metadata), so the
    answer is kept in the cache folder, one note per Python environment, and used while
    the file it names is still there, unchanged.
    """
    import json
    import sys

    note = f"fontpaths-{hashlib.sha256(sys.prefix.encode()).hexdigest()[:16]}.json"
    try:
        known = json.loads(read_cached(note) or b"{}")
    except ValueError:
        known = None
    known = known if isinstance(known, dict) else {}  # a damaged note is started again
    entry = known.get(name)
    if isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str):
        with contextlib.suppress(OSError):
            if file_stamp(Path(entry[0])) == entry[1]:
                return Path(entry[0])
    import fontpkg  # imported here: only when the note above does not know

    path = Path(fontpkg.path(name, nearest=True))
    known[name] = [str(path), file_stamp(path)]
    write_cached(note, json.dumps(known).encode())
    return path


def file_stamp(path: Path) -> list[int]:
    """Return what tells a file changed: its size and modification time."""
    info = path.stat()
    return [info.st_size, info.st_mtime_ns]


def static_font_file(weight: int, folder: Callable[[], Path]) -> Path:
    """Return Lexend pinned at one weight: kept in the cache folder, else written into the
    folder ``folder()`` makes. Either way the same font, so the same PDF bytes."""
    name = f"font-{source_digest(LEXEND)[:16]}-{weight}-{INSTANCES}.ttf"
    return made_font_file(name, lambda: instance_font(LEXEND, weight), folder)


def fallback_font_file(package: str, weight: int, letters: Iterable[str],
                       folder: Callable[[], Path]) -> Path:
    """Return a static fallback font at one weight, cut down to the letters of one book.

    Pinning the weight of all of Noto Sans takes fontTools seven seconds (its kerning is
    big); cut down to a book's few Greek or Cyrillic letters it takes a tenth of that. The
    result is kept in the cache folder under a hash of font, weight and letters (so the
    next build of the book finds it), else written into the folder ``folder()`` makes.
    """
    codes = sorted({ord(ch) for ch in letters} | {ord(" ")})
    key = hashlib.sha256(f"{source_digest(package)} {weight} {codes} {INSTANCES}".encode()
                         ).hexdigest()
    return made_font_file(f"font-{key[:16]}.ttf",
                          lambda: instance_font(package, weight, codes), folder)


def made_font_file(name: str, make: Callable[[], bytes], folder: Callable[[], Path]) -> Path:
    """Return the font file ``name``: from the cache folder, else ``make()`` it and keep it
    there, else (no cache folder) write it into the folder ``folder()`` makes. The name is a
    hash of everything that shapes the font, so a kept file is always the right one."""
    kept = cache_path(name)
    if kept is not None and kept.is_file():
        return kept
    data = make()
    stored = write_cached(name, data)
    if stored is None:
        stored = folder() / name
        stored.write_bytes(data)
    return stored


@cache
def source_digest(package: str) -> str:
    """Return the hash of a bundled font file (a new version of the font: new instances)."""
    return hashlib.sha256(font_file(package).read_bytes()).hexdigest()


def instance_font(package: str, weight: int, codes: Iterable[int] | None = None) -> bytes:
    """Return a bundled variable font pinned at one weight (every other axis at its default,
    e.g. Noto's width at 100), as a static TrueType font; with ``codes``, cut down to those
    letters and the glyphs that shaping them needs (joined Arabic forms, marks)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib.instancer import instantiateVariableFont

    source = io.BytesIO(font_file(package).read_bytes())
    # The source's own date stays in the 'head' table: with the clock's, every instance (and
    # so every PDF) would differ from the last.
    with TTFont(source, lazy=codes is not None, recalcTimestamp=False) as font:
        if codes is not None:
            options = subset.Options(layout_features=["*"], name_IDs=["*"], glyph_names=True,
                                     notdef_outline=True, recalc_timestamp=False)
            cutter = subset.Subsetter(options)
            cutter.populate(unicodes=codes)
            cutter.subset(font)
        axes = dict(font_axes(package), wght=weight)
        instantiateVariableFont(font, axes, inplace=True, updateFontNames=False)
        out = io.BytesIO()
        font.save(out)
    return out.getvalue()


@cache
def font_axes(name: str) -> tuple[tuple[str, float], ...]:
    """Return each axis of a variable font with its default value."""
    from fontTools.ttLib import TTFont

    with TTFont(str(font_file(name)), lazy=True) as font:
        return tuple((a.axisTag, float(a.defaultValue)) for a in font["fvar"].axes)


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
    for person in account.people:
        yield f"{person.name} {person.called}", person.mark
    for _, entry in account.story_texts():
        yield " ".join(filter(None, (entry.text, entry.when, entry.phone))), entry.mark


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
    builder.setupHorizontalHeader(ascent=900, descent=-250)
    builder.setupOS2(sTypoAscender=900, sTypoDescender=-250, usWinAscent=900,
                     usWinDescent=250, sCapHeight=700)
    builder.setupNameTable({"familyName": "Wordspictures Box", "styleName": "Regular"})
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


def box_font_file(letters: Iterable[str], folder: Callable[[], Path]) -> Path:
    """Return the path of a ``box_font`` for the letters: in the cache folder when there is
    one (named by its hash), else in the folder that ``folder()`` makes."""
    data = box_font(letters)
    return made_font_file(f"box-{hashlib.sha256(data).hexdigest()[:16]}.ttf", lambda: data,
                          folder)
