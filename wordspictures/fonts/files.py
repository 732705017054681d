"""The book's fonts: Lexend, and the fallbacks for letters Lexend does not have.

Lexend (``fontpkg-lexend``) sets the book. It covers Latin (Dutch, Turkish, Polish...) but
not Greek, Cyrillic or Arabic: for those, Noto Sans and Noto Sans Arabic (both from PyPI,
``fontpkg-noto-sans`` and ``fontpkg-noto-sans-arabic``) take over, letter by letter, and
for Ethiopic (Tigrinya), Hebrew, Thai and emoji the Noto fonts of the ``manimgx-fonts``
wheel (Noto Emoji is an outline font: an emoji prints as itself, in the text's colour).
What no bundled font has (Chinese...) the caseworker is warned about (``check_letters``)
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
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from wordspictures.system.cache import cache_path, read_cached, write_cached

FAMILY = "Lexend"
REGULAR = 400
BOLD = 600
LEXEND = "lexend"
# The fallbacks, in the order they are asked for a letter Lexend lacks: (family, package).
FALLBACKS = (("Noto Sans", "noto-sans"), ("Noto Sans Arabic", "noto-sans-arabic"),
             ("Noto Sans Ethiopic", "noto-sans-ethiopic"),
             ("Noto Sans Hebrew", "noto-sans-hebrew"), ("Noto Sans Thai", "noto-sans-thai"),
             ("Noto Emoji", "noto-emoji"))
# The fonts no fontpkg package has, and their files in the manimgx-fonts wheel.
WHEEL = "manimgx_fonts"
WHEEL_FILES = {"noto-sans-ethiopic": "NotoSansEthiopic[wght].ttf",
               "noto-sans-hebrew": "NotoSansHebrew[wght].ttf",
               "noto-sans-thai": "NotoSansThai[wght].ttf",
               "noto-emoji": "NotoEmoji[wght].ttf"}
# Raised when instance_font makes other bytes, so that fonts cached before are not used.
INSTANCES = "i2"
BOX_EM, SPACE_EM = 0.6, 0.26  # widths of the box and of a space no bundled font has
TEXT_EM = 0.5  # the width of each glyph of the invisible text layer's font (letters.text_font)


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
    if name in WHEEL_FILES:
        import importlib.util

        spec = importlib.util.find_spec(WHEEL)
        assert spec is not None and spec.origin is not None, f"{WHEEL} is not installed"
        path = Path(spec.origin).parent / WHEEL_FILES[name]
    else:
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
