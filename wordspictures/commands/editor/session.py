"""The story being edited: the file, its copy in memory, and each change saved at once.

Every change is written to the account file as soon as it is made, all or nothing
(``system.output``), with the caseworker's comments and layout kept (``account.roundtrip``).
Before the editor first writes over the file, the file as it was is kept beside it as
``<name>.yaml~``. A change made to the file outside the editor (by hand, or by another
program), or to this story in another browser window, is noticed before anything is
written: nothing is saved over it until the caseworker chooses.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from wordspictures.account.load import read_account_text
from wordspictures.account.model import Account
from wordspictures.account.places import Place, positions
from wordspictures.account.roundtrip import Draft, DraftError
from wordspictures.account.source import read_text
from wordspictures.language.files import available_languages
from wordspictures.problems import Problem, sort_problems
from wordspictures.system.output import write_files

DISK, TAB = "disk", "tab"


class Refused(Exception):
    """A change that was not made: the story changed elsewhere (``why`` is DISK or TAB), or
    the form it came from is older than the story's items (``why`` is 'stale')."""

    def __init__(self, why: str):
        super().__init__(why)
        self.why = why


@dataclass
class Tab:
    """What one browser window has been shown: the version it knows, the fields it shows
    problems under, the pages of its strip and the page beside the form."""

    revision: int
    marked: set[str] = field(default_factory=set)
    strip: tuple[str, ...] = ()
    page: int | None = None
    notes: dict[str, list[Problem]] = field(default_factory=dict)  # until its next change


@dataclass(frozen=True)
class Checked:
    """One version of the story, read as ``check`` reads it: the account (None when it
    has errors), its problems, and where each key starts. ``complete`` is False while the
    word check and the picture and letter checks have not run yet (``Session.read``)."""

    revision: int
    account: Account | None
    problems: tuple[Problem, ...]
    anchors: tuple[tuple[int, int, Place], ...]
    complete: bool = True
    spans: dict[Place, tuple[int, int]] = field(default_factory=dict)


class Session:
    """One account file, edited by one caseworker (in one or more windows)."""

    def __init__(self, path: Path, templates: Path | None = None):
        self.path = path.absolute()
        self.templates = templates
        self.lock = threading.RLock()
        self.revision = 0
        self.shape = 0          # raised when items move: a form older than that is stale
        self.tabs: dict[str, Tab] = {}
        self.saved_at: float | None = None
        self.conflict: str | None = None
        self.checked_cache: Checked | None = None
        self.typed: str | None = None  # the file as a keystroke rewrote it in place
        self.open()

    @property
    def backup(self) -> Path:
        """Return where the file as it was before the editor changed it is kept."""
        return self.path.with_name(self.path.name + "~")

    def open(self) -> None:
        """Read the file from disk (again): the story as it is now."""
        text, problems = read_text(self.path, str(self.path))
        if text is None:
            raise DraftError(str(problems[0]) if problems else str(self.path))
        self.draft = Draft(text)
        self.text = text
        self.stamp = stamp_of(self.path)
        self.backed_up = False
        self.conflict = None
        self.revision += 1
        self.shape += 1

    def new_tab(self) -> str:
        """Return the id of a new window, which knows the story as it is now."""
        tab = secrets.token_hex(8)
        self.tabs[tab] = Tab(self.revision)
        return tab

    def tab(self, tab: str) -> Tab:
        """Return a window's state (a window the editor does not know sees a change)."""
        return self.tabs.setdefault(tab, Tab(-1))

    def noticed(self, tab: str) -> str | None:
        """Return DISK or TAB when the story changed outside this window, else None."""
        if self.conflict is None and stamp_of(self.path) != self.stamp:
            self.conflict = DISK
        if self.conflict:
            return self.conflict
        return TAB if self.tab(tab).revision != self.revision else None

    def change(self, tab: str, shape: int, act: Callable[[Draft], object],
               moves: bool = False) -> object:
        """Make a change and save it; return what ``act`` returned.

        Raise Refused when the story changed outside this window, or when the form the
        change came from shows items that have moved since (``shape``).
        """
        with self.lock:
            why = self.noticed(tab)
            if why:
                raise Refused(why)
            if shape != self.shape:
                raise Refused("stale")
            self.typed = None
            made = act(self.draft)
            self.tab(tab).notes = {}
            self.save(self.typed if self.typed is not None else self.draft.text())
            if moves:
                self.shape += 1
            self.tabs[tab].revision = self.revision
            return made

    def type_text(self, tab: str, shape: int, place: Place, value: Any) -> None:
        """Set a value typed into a field and save it: a piece of text that stays one is
        rewritten in the file where it stands (``Draft.set_text``), the rest as ``change``."""

        def act(draft: Draft) -> None:
            if isinstance(value, str):
                spans = self.read().spans
                written = draft.set_text(place, value, self.text, spans)
                if written is not None:
                    self.typed = written
                    return
            draft.set(place, value)

        self.change(tab, shape, act)

    def save(self, text: str) -> None:
        """Write the story to its file, keeping the first version before the editor's."""
        if text == self.text:
            return
        files = {self.path: text.encode("utf-8")}
        if not self.backed_up and self.path.exists():
            files[self.backup] = self.path.read_bytes()
        write_files(files)
        self.backed_up = True
        self.text = text
        self.stamp = stamp_of(self.path)
        self.saved_at = time.time()
        self.revision += 1

    def take_disk(self) -> None:
        """Give up what the editor holds for the file as it is on disk now."""
        with self.lock:
            self.open()

    def keep_mine(self) -> None:
        """Write what the editor holds over the file; the file's own version is kept as
        the backup (``backup``)."""
        with self.lock:
            if self.path.exists():
                write_files({self.backup: self.path.read_bytes()})
            self.backed_up = True
            self.conflict = None
            current, self.text = self.text, ""
            self.save(current)

    def read(self) -> Checked:
        """Return the story as the loader reads it, without the word check: what the page
        beside the form needs, as soon as possible after a keystroke."""
        with self.lock:
            if self.checked_cache and self.checked_cache.revision == self.revision:
                return self.checked_cache
            account, problems = read_account_text(
                self.text, self.path, str(self.path), available_languages(self.templates),
                self.templates)
            found, spans = positions(self.text)
            self.checked_cache = Checked(self.revision, account, tuple(problems),
                                         tuple(found), complete=False, spans=spans)
            return self.checked_cache

    def checked(self) -> Checked:
        """Return the story as ``check`` reads it: every problem and word-check finding."""
        with self.lock:
            read = self.read()
            if read.complete:
                return read
            more = more_problems(read.account, self.templates) if read.account else []
            self.checked_cache = replace(read, complete=True, problems=tuple(
                sort_problems([*read.problems, *more])))
            return self.checked_cache


def more_problems(account: Account, templates: Path | None) -> list[Problem]:
    """Return what a build checks beyond the loader: family pictures, letters no font has,
    and the word check."""
    from wordspictures.api import check_pictures
    from wordspictures.fonts.letters import check_letters
    from wordspictures.lint import lint_account

    return [*check_pictures(account), *check_letters(account),
            *lint_account(account, templates)]


def stamp_of(path: Path) -> tuple[int, int] | None:
    """Return the file's time and size: enough to notice that someone else saved it."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size
