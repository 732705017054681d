"""Write finished books to disk: all or nothing, never a half-written file.

Each file is written to a temporary file in the target folder, flushed to disk and then
renamed over the target, so a reader (or a crash) sees the old book or the new one.

Where Linux allows it the temporary file has no name while it is written (O_TMPFILE): a
build killed then leaves nothing behind. It gets a hidden name only for the moment between
linking and renaming. For that moment a small forked guardian knows the hidden names and
removes them if this process dies before they are renamed (``_Guardian``). Where there is
no guardian (no fork, or other threads running), the hidden name says which computer and
process wrote it, so the next build into the folder removes what a killed build left
(``sweep_leftovers``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import os
import platform
import re
import signal
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TypeVar

from wordspictures.errors import OutputError
from wordspictures.system.forked import close_open_ends, fork_is_safe, write_all

T = TypeVar("T")
TEMP_PREFIX = ".wordspictures-"
TEMP_SUFFIX = ".part"
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"([0-9a-f]{8})-(\d+)-[A-Za-z0-9_]+"
                        + re.escape(TEMP_SUFFIX))
STALE_SECONDS = 3600


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
    """Write every file, or none of them: all data first, then one rename each."""
    for path in files:
        if path.is_dir():
            raise OutputError(f"could not write '{path}': a folder has that name — "
                              "move the folder or choose another output folder (-o)")
    for folder in {path.parent for path in files}:
        sweep_leftovers(folder)
    written: list[_Temporary] = []
    guardian = _Guardian.start()
    try:
        for path, data in files.items():
            make_private_folder(path.parent)
            written.append(_Temporary.write(path, data, guardian.announce))
        # Only now do the files get names: all of them first (which can fail), then the
        # renames, so that a failure leaves every old file as it was.
        for temporary in written:
            temporary.give_name(guardian.announce)
        for temporary in written:
            temporary.rename()
    except OSError as exc:
        target = exc.filename or (next(iter(files)) if files else "")
        raise OutputError(f"could not write '{target}': {exc.strerror or exc} — check that "
                          "the folder exists, is yours and that the file is not open in "
                          "another program") from exc
    finally:
        for temporary in written:
            temporary.discard()
        guardian.stop()


def make_private_folder(folder: Path) -> None:
    """Make ``folder`` and any missing folder above it, each readable only by its owner.

    The books' names hold their title, often the child's name: a folder we make is as
    private as the files in it (``mkdir(parents=True)`` would give the folders above the
    last the default mode). A folder that is there already keeps its mode.
    """
    missing = []
    while not folder.is_dir():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for new in reversed(missing):
        try:
            new.mkdir(mode=0o700)
        except FileExistsError:
            if not new.is_dir():
                raise
        else:
            os.chmod(new, 0o700)  # mkdir's mode passes through the umask


class _Temporary:
    """The data of one file on disk, synced, waiting for its rename over ``path``.

    It is a nameless file (``fd``) where the system allows one, else a hidden named file.
    """

    def __init__(self, path: Path, data: bytes, fd: int | None, name: str | None) -> None:
        self.path, self.data, self.fd, self.name = path, data, fd, name

    @classmethod
    def write(cls, path: Path, data: bytes, announce: Announce) -> _Temporary:
        fd = _open_unnamed(path.parent)
        if fd is None:
            return cls(path, data, None, _write_named(path, data, announce))
        try:
            _write_synced(fd, data)
        except BaseException:
            os.close(fd)  # a nameless file vanishes when closed: nothing to clean
            raise
        return cls(path, data, fd, None)

    def give_name(self, announce: Announce) -> None:
        """Give a nameless file its hidden name (a named one has it already)."""
        if self.fd is not None:
            try:
                self.name = _name_unnamed(self.fd, self.path.parent, announce)
            except OSError:  # the system would not name it: write it the ordinary way
                self.name = _write_named(self.path, self.data, announce)
            os.close(self.fd)
            self.fd = None

    def rename(self) -> None:
        assert self.name is not None
        os.replace(self.name, self.path)
        self.name = None

    def discard(self) -> None:
        """Close what is open and remove a name not yet renamed (after an error)."""
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None
        if self.name is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.name)
            self.name = None


Announce = Callable[[str], None]
"""Tells the guardian a hidden name before the file gets it."""


def _write_named(path: Path, data: bytes, announce: Announce) -> str:
    """Write data to a hidden file named with our process id next to ``path``; return it."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    name, fd = _claim_name(path.parent, announce, lambda name: os.open(name, flags, 0o600))
    try:
        _write_synced(fd, data)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
    finally:
        os.close(fd)
    return name


def _write_synced(fd: int, data: bytes) -> None:
    write_all(fd, data)
    os.fsync(fd)


def _claim_name(folder: Path, announce: Announce, make: Callable[[str], T]) -> tuple[str, T]:
    """Return a new hidden name in ``folder`` and what ``make(name)`` returned, which
    creates the file under it; the name is announced to the guardian first."""
    while True:
        name = _hidden_name(folder)
        announce(name)
        try:
            return name, make(name)
        except FileExistsError:
            continue


def _hidden_name(folder: Path) -> str:
    """Return a new hidden name for a temporary file in ``folder``: ours, and unguessable."""
    return os.path.join(os.path.abspath(folder),
                        f"{temporary_prefix()}{os.urandom(6).hex()}{TEMP_SUFFIX}")


def temporary_prefix(pid: int | None = None) -> str:
    """Return the start of our temporary files' names: who is writing them.

    ``.wordspictures-<computer>-<pid>-``: the computer as a short hash of its name (a folder
    on a network drive is shared by several; the name itself stays out), then the process.
    """
    return f"{TEMP_PREFIX}{this_computer()}-{os.getpid() if pid is None else pid}-"


@functools.cache
def this_computer() -> str:
    return hashlib.sha256(platform.node().encode("utf-8", "replace")).hexdigest()[:8]


def sweep_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files in ``folder`` that nobody writes any more; return them.

    A file of a process on this computer that has ended goes at once; one of a process
    still running (a parallel batch worker, say) stays. Whether a process on another
    computer still runs cannot be told, and on Windows asking would stop it: such files go
    only when they are an hour old, far longer than writing a book takes.
    """
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = _TEMP_NAME.fullmatch(name)
        if not match:
            continue
        path = folder / name
        computer, pid = match.group(1), int(match.group(2))
        gone = (computer == this_computer() and os.name == "posix" and not _running(pid)) \
            or _age(path) > STALE_SECONDS
        if gone:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _running(pid: int) -> bool:
    """Return False when no process of this computer has the id (POSIX only)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # signal 0 only asks; on Windows it would end the process
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or we cannot tell: leave the file alone
    return True


def _open_unnamed(folder: Path) -> int | None:
    """Open a nameless file in ``folder`` (Linux O_TMPFILE), or None where that is missing."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, 0o600)
    except OSError:
        return None  # the file system cannot: fall back to a named temporary file


def _name_unnamed(fd: int, folder: Path, announce: Announce) -> str:
    """Give the nameless file behind ``fd`` a hidden name in ``folder`` and return it."""
    proc = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY)
    try:
        # link() would link /proc's symlink itself (EXDEV); linkat through the fd folder
        # with AT_SYMLINK_FOLLOW links the file it points at.
        name, _ = _claim_name(folder, announce, lambda name: os.link(
            str(fd), name, src_dir_fd=proc, follow_symlinks=True))
        return name
    finally:
        os.close(proc)


class _Guardian:
    """A forked child that removes our hidden names when this process dies before it has
    renamed them (a build killed, the computer's memory full), so that nothing is left.

    Each name is announced to it through a pipe before the file gets the name. When the
    pipe closes, the guardian removes every announced name still there: after a finished
    write there is none (each was renamed), after a death the ones not yet renamed. It
    ignores Ctrl-C and hang-ups, which reach the whole process group, so that it outlives
    the process it guards. Where fork is not safe there is no guardian and the next build
    into the folder removes the leftovers instead (``sweep_leftovers``).
    """

    def __init__(self, pid: int = 0, pipe: int = -1) -> None:
        self.pid, self.pipe = pid, pipe

    @classmethod
    def start(cls) -> _Guardian:
        if not fork_is_safe():
            return cls()
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no room for another process: the sweep is the safety net
            os.close(read)
            os.close(write)
            return cls()
        if pid == 0:
            os.close(write)
            _guard(read)  # never returns
        os.close(read)
        return cls(pid, write)

    def announce(self, name: str) -> None:
        if self.pipe < 0:
            return
        try:
            write_all(self.pipe, os.fsencode(name) + b"\0")
        except OSError:  # the guardian is gone: the sweep is the safety net
            self.stop()

    def stop(self) -> None:
        """Close the pipe (the guardian removes what is left) and wait for it to end."""
        if self.pipe >= 0:
            os.close(self.pipe)
            self.pipe = -1
        if self.pid:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self.pid = 0


def _guard(pipe: int) -> None:
    """In the guardian: read names until the pipe closes, then remove those still there."""
    status = 0
    try:
        for number in ("SIGINT", "SIGHUP", "SIGTERM"):
            if hasattr(signal, number):
                signal.signal(getattr(signal, number), signal.SIG_IGN)
        close_open_ends()  # a worker must not wait for the guardian to close its pipe
        received = bytearray()
        while chunk := os.read(pipe, 65536):
            received += chunk
        *names, _unfinished = bytes(received).split(b"\0")  # a cut-off name was never used
        for name in names:
            if os.path.basename(name).startswith(os.fsencode(TEMP_PREFIX)):
                with contextlib.suppress(OSError):
                    os.unlink(name)
    except BaseException:  # noqa: BLE001 — nothing to tell anyone: leave quietly
        status = 1
    os._exit(status)  # no atexit handlers, no flushing the parent's buffers a second time
