"""The stories recently opened in the editor, newest first: kept on this computer only.

The list is the paths of the story files the caseworker opened or started in the editor
(never a path the editor found by itself), in a small file in the user's state folder:
``$XDG_STATE_HOME/wordspictures`` (``~/.local/state/wordspictures``), on Windows
``%LOCALAPPDATA%\\wordspictures\\state``; ``WORDSPICTURES_STATE_DIR`` moves it, and
``WORDSPICTURES_NO_RECENT=1`` keeps no list. Only the owner can read it. A story moved
or deleted is left off the list without a word. The list is only a convenience: when it
cannot be read or written, the editor works the same without it.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from wordspictures.system.cache import user_folder

SHOWN = 8
LIST = "recent-stories.json"


def state_folder() -> Path | None:
    """Return the folder of the recent list, or None when no list is kept."""
    return user_folder("state", "WORDSPICTURES_NO_RECENT")


def recent_stories() -> list[Path]:
    """Return the stories recently opened, newest first, those still there (at most SHOWN)."""
    folder = state_folder()
    if folder is None:
        return []
    try:
        kept = json.loads((folder / LIST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(kept, list):
        return []
    paths = [Path(p) for p in dict.fromkeys(p for p in kept if isinstance(p, str) and p)]
    return [p for p in paths if p.is_absolute() and p.is_file()][:SHOWN]


def remember_story(path: Path) -> None:
    """Put a story the caseworker opened at the top of the list (written all or nothing)."""
    folder = state_folder()
    if folder is None:
        return
    chosen = path.absolute()
    kept = [chosen, *(p for p in recent_stories() if p != chosen)][:SHOWN]
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".recent-")  # owner-only
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump([str(p) for p in kept], file, ensure_ascii=False, indent=0)
            os.replace(temporary, folder / LIST)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
