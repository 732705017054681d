"""What the editor knows between requests: the story being edited (``session``), its
pages, the books made, and when a browser window was last heard from (``server`` stops
the editor a while after the last window closed). One caseworker, one story at a time.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from wordspictures.commands.editor.guard import Guard
from wordspictures.commands.editor.pages import Pages
from wordspictures.commands.editor.recent import remember_story
from wordspictures.commands.editor.session import Session
from wordspictures.commands.editor.words import Words


@dataclass
class Editor:
    """What the editor knows between requests."""

    folder: Path
    templates: Path | None = None
    guard: Guard = field(default_factory=Guard)
    session: Session | None = None
    pages: Pages | None = None
    made: list[Path] = field(default_factory=list)
    suggested: str = ""          # the file name a new story gets (edit NEW.yaml)
    heard: float = 0.0           # when a window was last heard from (0: never yet)
    left: float = 0.0            # when a window said it was closing
    work: threading.Lock = field(default_factory=threading.Lock)

    def open(self, path: Path) -> None:
        """Edit the account at ``path`` (raises DraftError when YAML cannot read it)."""
        self.session = Session(path, self.templates)
        remember_story(self.session.path)  # on the start page next time
        self.stop()
        self.pages = Pages(self.templates)
        self.folder = self.session.path.parent
        self.made = []

    def words(self) -> Words:
        """Return the interface's words: in the story's language, or the computer's."""
        if self.session is not None:
            language = self.session.draft.value(("language",))
            if isinstance(language, list):  # a book in two languages: in the main one
                language = language[0] if language else None
            return Words(str(language or "en"), self.templates)
        return Words(computer_language(), self.templates)

    def stop(self) -> None:
        """Stop the process that makes the page pictures."""
        if self.pages is not None:
            self.pages.painter.stop()

    def hear(self) -> None:
        """Note that a window is there."""
        self.heard = time.monotonic()


def computer_language() -> str:
    """Return the language of the computer's settings, as far as the editor has words."""
    import locale
    import os

    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value:
            return value[:2].lower()
    try:
        found = locale.getlocale()[0] or ""
    except ValueError:
        found = ""
    return found[:2].lower() or "en"
