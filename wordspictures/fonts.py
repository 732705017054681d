"""Where the book's font lives, and the weights we use of it.

Lexend is a variable font installed from PyPI (``fontpkg-lexend``); we pin the weight
axis ourselves because a variable font otherwise opens at its default instance.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

FAMILY = "Lexend"
REGULAR = 400
BOLD = 600


@cache
def font_file() -> Path:
    """Return the path of the Lexend variable font file."""
    import fontpkg  # imported here: only the steps that draw or render need it

    return Path(fontpkg.path(FAMILY.lower(), nearest=True))
