"""The book's font: Lexend, from PyPI (``fontpkg-lexend``), at the weights we use.

Lexend ships as a variable font. Pinning a weight (instancing) takes fontTools about a
second, so each weight is instanced once and kept as a static font in the user's cache
folder; later builds load it directly.
"""

from __future__ import annotations

import hashlib
import io
from functools import cache
from pathlib import Path

from wordspictures.cache import cache_path, read_cached, write_cached

FAMILY = "Lexend"
REGULAR = 400
BOLD = 600


@cache
def font_file() -> Path:
    """Return the path of the Lexend variable font file."""
    import fontpkg  # imported here: only the steps that draw or render need it

    return Path(fontpkg.path(FAMILY.lower(), nearest=True))


@cache
def static_font_file(weight: int) -> Path | None:
    """Return a cached static Lexend at one weight, or None when there is no cache."""
    source = font_file().read_bytes()
    name = f"font-{hashlib.sha256(source).hexdigest()[:16]}-{weight}.ttf"
    if read_cached(name) is None:
        return write_cached(name, instance_font(source, weight))
    return cache_path(name)


def instance_font(source: bytes, weight: int) -> bytes:
    """Return the variable font pinned at one weight, as a static TrueType font."""
    from fontTools.ttLib import TTFont
    from fontTools.varLib.instancer import instantiateVariableFont

    with TTFont(io.BytesIO(source)) as font:
        instance = instantiateVariableFont(font, {"wght": weight}, updateFontNames=False)
        out = io.BytesIO()
        instance.save(out)
    return out.getvalue()
