"""Write finished books to disk: all or nothing, never a half-written file.

Each file is written to a hidden temporary file in the target folder, flushed to disk and
then renamed over the target, so a reader (or a crash) sees the old book or the new one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

from wordspictures.errors import OutputError

TEMP_PREFIX = ".wordspictures-"


def book_filename(title: str, version: int | None, date: dt.date | None, ext: str,
                  child: str | None = None, suffix: str = "") -> str:
    """Return ``<slug>[-<child>]-v<version>-<date>[-<suffix>].<ext>``.

    Every part comes from what the caseworker chose: the title, and the id they gave the
    child in the account (never the child's name, unless they chose it as the id).
    """
    parts = [slugify(title) or "book"]
    if child:
        parts.append(slugify(child) or "child")
    if version is not None:
        parts.append(f"v{version}")
    if date is not None:
        parts.append(date.isoformat())
    if suffix:
        parts.append(suffix)
    return "-".join(parts) + f".{ext}"


def refuse_to_replace(paths: Iterable[Path]) -> None:
    """Raise an OutputError when any of the paths exists: a final book is kept as it was."""
    existing = [p for p in paths if p.exists()]
    if existing:
        names = ", ".join(f"'{p}'" for p in existing)
        raise OutputError(f"{names} already {'exists' if len(existing) == 1 else 'exist'} "
                          "and the account says the book is final — keep it, raise "
                          "'version:' for a new book, or add --force to replace it; "
                          "nothing was written")


def slugify(text: str) -> str:
    """Return lowercase ASCII words joined by hyphens ('Sam's story' → 'sams-story')."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['’]", "", ascii_text.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:80]


def write_files(files: Mapping[Path, bytes]) -> None:
    """Write every file, or none of them: temporary files first, then one rename each."""
    for path in files:
        if path.is_dir():
            raise OutputError(f"could not write '{path}': a folder has that name — "
                              "move the folder or choose another output folder (-o)")
    written: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            written.append((write_temporary(path, data), path))
        for temporary, path in written:
            os.replace(temporary, path)
    except OSError as exc:
        for temporary, _ in written:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        target = exc.filename or (next(iter(files)) if files else "")
        raise OutputError(f"could not write '{target}': {exc.strerror or exc} — check that "
                          "the folder exists, is yours and that the file is not open in "
                          "another program") from exc


def write_temporary(path: Path, data: bytes) -> str:
    """Return the name of a new temporary file (mode 0600) next to ``path`` holding data."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return temporary
