"""Rebuild the book whenever the account (or one of its pictures) is saved.

The builds run from this one process, so the libraries, fonts, word rules and drawings stay
loaded and a rebuild after a small edit takes a fraction of a second (the PDF's process is
forked from this one, so it starts with everything loaded too). A file caught half-saved is
not an error: we wait for the next save and say so.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wordspictures.errors import AccountError, WordsPicturesError

POLL = 0.1       # seconds between looks at the files (a look is one stat a file)
SETTLE = 0.1     # a file must stay unchanged this long before we read it


@dataclass(frozen=True)
class Stamp:
    """What we know of a file without reading it: enough to notice a save."""

    size: int
    mtime_ns: int


def stamp(path: Path) -> Stamp | None:
    """Return the file's size and time, or None while it does not exist (mid-save)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return Stamp(info.st_size, info.st_mtime_ns)


def watched_files(account: Path, templates: Path | None = None) -> list[Path]:
    """Return the account and the family pictures and recordings it names (they change the
    book too).

    ``templates`` is the template pack of the build: an account in one of its languages
    reads only with it.
    """
    from wordspictures.account.load import read_account

    files = [account]
    loaded, _ = read_account(account, templates=templates)
    if loaded is not None:
        files += [p.picture for p in loaded.people if p.picture]
        files += [e.picture for _, entries in loaded.entries() for e in entries if e.picture]
        files += [e.audio for _, entries in loaded.entries() for e in entries if e.audio]
        files += [path for page in loaded.audio for path in page.files]
    return files


def files_to_watch(account: Path, templates: Path | None = None) -> Callable[[], list[Path]]:
    """Return a function giving ``watched_files``, read again only when the account changed.

    Reading the account takes about ten milliseconds, too much for every look; a stat is
    enough to tell whether its pictures can have changed. A save that keeps the size and
    time would go unnoticed this way, but ``changes`` would not notice it either.
    """
    known: Stamp | None = None
    files = [account]

    def current() -> list[Path]:
        nonlocal known, files
        now = stamp(account)
        if now != known:
            known, files = now, watched_files(account, templates)
        return files

    return current


def changes(files: Callable[[], list[Path]], poll: float = POLL,
            sleep: Callable[[float], None] = time.sleep) -> Iterator[None]:
    """Yield once at the start and then after every save that has settled."""
    seen = {path: stamp(path) for path in files()}
    yield None
    while True:
        sleep(poll)
        now = {path: stamp(path) for path in files()}
        if now == seen:
            continue
        sleep(SETTLE)
        settled = {path: stamp(path) for path in files()}
        if settled != now:  # still being written: look again on the next round
            continue
        seen = settled
        yield None


def watch(account: Path, echo: Callable[[str], None], rounds: int | None = None,
          poll: float = POLL, **options: Any) -> int:
    """Build now and after every save; return the number of builds done.

    ``rounds`` stops after that many builds (for tests); otherwise it runs until Ctrl-C.
    ``options`` go to ``build_book`` unchanged.
    """
    # Load the renderers once, here: every build's PDF process is forked from this one
    # and would otherwise import fpdf2 again (a third of a second) at every save.
    from wordspictures.api import build_book
    from wordspictures.render.files import FORMATS

    for fmt in FORMATS:
        if fmt in options.get("formats", FORMATS):
            importlib.import_module(f"wordspictures.render.{fmt}")
    from wordspictures.lint import summary

    builds = 0
    made: set[Path] = set()  # the books this watch wrote: its own to replace at a save
    for _ in changes(files_to_watch(account, options.get("templates")), poll):
        started = time.perf_counter()
        try:
            result = build_book(account, **options, word_check=True, own=made)
        except AccountError as error:
            echo(error.format_message())
            echo("waiting for the next save…")
        except WordsPicturesError as error:
            echo(f"could not build: {error.format_message()}")
            echo("waiting for the next save…")
        else:
            # A final book this watch made is its own to replace at the next save; one
            # that was there before it is kept, as by build (unless --force).
            made.update(result.files)
            took = time.perf_counter() - started
            names = ", ".join(path.name for path in result.files)
            found = summary([*result.warnings, *result.findings], str(account))
            echo(f"{time.strftime('%H:%M:%S')} built {names}: {result.pages} pages, "
                 f"{found}, {took:.2f} s")
            for warning in result.warnings:
                echo(f"  {warning}")
        builds += 1
        if rounds is not None and builds >= rounds:
            break
    return builds
