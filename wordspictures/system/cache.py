"""The user's cache folder, where drawings and font instances are kept between builds.

Everything in it is named by a content hash (never by a person's name), created with
owner-only permissions, and may be deleted at any time: it is only ever a shortcut.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path


def user_folder(kind: str, off: str) -> Path | None:
    """Return this program's folder of a kind ("cache" or "state") in the user's home:
    ``WORDSPICTURES_<KIND>_DIR`` when set, else the platform's place for it (XDG on Linux
    and macOS, ``%LOCALAPPDATA%`` on Windows); None when the variable ``off`` is set."""
    if os.environ.get(off):
        return None
    chosen = os.environ.get(f"WORDSPICTURES_{kind.upper()}_DIR")
    if chosen:
        return Path(chosen)
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "wordspictures" / kind
    xdg = {"cache": ("XDG_CACHE_HOME", ".cache"), "state": ("XDG_STATE_HOME", ".local/state")}
    variable, default = xdg[kind]
    return Path(os.environ.get(variable) or Path.home() / default) / "wordspictures"


def cache_folder() -> Path | None:
    """Return the cache folder, or None when caching is switched off."""
    return user_folder("cache", "WORDSPICTURES_NO_CACHE")


def cache_subfolder(name: str = "") -> Path | None:
    """Return the cache folder, or the folder ``name`` in it, made owner-only; None when
    caching is off or the folder cannot be made (caching is only ever a shortcut)."""
    folder = cache_folder()
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if name:
            (folder / name).mkdir(exist_ok=True, mode=0o700)
    except OSError:
        return None
    return folder / name if name else folder


def cache_path(name: str) -> Path | None:
    """Return where ``name`` is kept in the cache, or None when caching is off."""
    folder = cache_folder()
    return folder / name if folder else None


def read_cached(name: str) -> bytes | None:
    """Return the cached bytes under ``name``, or None when absent or unreadable."""
    folder = cache_folder()
    if folder is None:
        return None
    try:
        return (folder / name).read_bytes()
    except OSError:
        return None


def write_cached(name: str, data: bytes) -> Path | None:
    """Store bytes under ``name`` (temp file, then rename); return the path, None on failure."""
    folder = cache_subfolder()
    if folder is None:
        return None
    try:
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, folder / name)
        return folder / name
    except OSError:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temporary)
        return None
