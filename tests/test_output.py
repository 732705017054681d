"""Writing books: all or nothing, private file modes, names from the title."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import temporary_files
from wordspictures.errors import OutputError
from wordspictures.system import output
from wordspictures.system.output import (
    TEMP_PREFIX,
    book_filename,
    slugify,
    temporary_prefix,
    write_files,
)


def test_slug_and_file_name() -> None:
    assert slugify("Het verhaal van Noor en Daan") == "het-verhaal-van-noor-en-daan"
    assert slugify("Sam's story") == "sams-story"
    assert slugify("Zoë & İpek") == "zoe-ipek"
    assert book_filename("Sam's story", 3, dt.date(2026, 1, 2), "pdf") == \
        "sams-story-v3-2026-01-02.pdf"
    assert book_filename("???", None, None, "pptx") == "book.pptx"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_written_files_are_private(tmp_path: Path) -> None:
    write_files({tmp_path / "a.pdf": b"one"})
    assert stat.S_IMODE((tmp_path / "a.pdf").stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_folders_made_for_the_books_are_private_too(tmp_path: Path) -> None:
    # The file names hold the title (often the child's name): the folders are as private
    # as the files, every one the write makes; a folder that was there keeps its mode.
    tmp_path.chmod(0o755)
    write_files({tmp_path / "boek" / "2026" / "a.pdf": b"one"})
    for folder in (tmp_path / "boek", tmp_path / "boek" / "2026"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


def test_a_failed_write_leaves_the_old_book_and_no_temporary_file(tmp_path: Path) -> None:
    old = tmp_path / "book.pdf"
    old.write_bytes(b"old book")
    blocked = tmp_path / "folder.pptx"
    blocked.mkdir()  # a file cannot replace a folder
    with pytest.raises(OutputError, match="a folder has that name"):
        write_files({old: b"new book", blocked: b"new slides"})
    assert old.read_bytes() == b"old book"
    assert not temporary_files(tmp_path, wait=0)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores modes")
def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="could not write"):
            write_files({tmp_path / "book.pdf": b"new"})
    finally:
        tmp_path.chmod(0o700)


@pytest.mark.parametrize("route", ["nameless", "named", "naming fails"])
def test_each_way_of_writing_gives_the_whole_file_and_nothing_else(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, route: str) -> None:
    if route == "nameless":  # the data never has a name until it is renamed into place
        if not hasattr(os, "O_TMPFILE"):
            pytest.skip("nameless files are Linux-only")

        def no_name(path: Path, data: bytes, announce: output.Announce) -> str:
            raise AssertionError("a named temporary file was written")

        monkeypatch.setattr(output, "_write_named", no_name)
    if route == "named":  # systems without O_TMPFILE
        monkeypatch.setattr(output, "_open_unnamed", lambda folder: None)
    if route == "naming fails":  # O_TMPFILE works, but /proc will not link the file

        def refuse(fd: int, folder: Path, announce: output.Announce) -> str:
            raise OSError(18, "Invalid cross-device link")

        monkeypatch.setattr(output, "_name_unnamed", refuse)
    data = {tmp_path / "book.pdf": os.urandom(300_000), tmp_path / "book.pptx": b"slides"}
    (tmp_path / "book.pdf").write_bytes(b"old")
    write_files(data)
    for path, content in data.items():
        assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.pdf", "book.pptx"]


def test_a_failed_rename_leaves_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace
    calls = []

    def replace_once(source: str, target: Path) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise PermissionError(13, "Permission denied", str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace_once)
    with pytest.raises(OutputError, match="b.pptx"):
        write_files({tmp_path / "a.pdf": b"one", tmp_path / "b.pptx": b"two"})
    assert not temporary_files(tmp_path, wait=0)


def test_the_next_write_removes_what_a_killed_build_left(tmp_path: Path) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    dead = tmp_path / f"{temporary_prefix(int(gone))}k3j_9x.part"
    dead.write_bytes(b"half a book")
    # A batch worker still writing into the same folder keeps its file.
    worker = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    alive = tmp_path / f"{temporary_prefix(worker.pid)}abc123.part"
    alive.write_bytes(b"being written")
    ours = tmp_path / f"{temporary_prefix()}def456.part"  # and so does this process
    ours.write_bytes(b"being written here")
    # Whether another computer's process still runs cannot be told: its file stays until
    # it is an hour old.
    elsewhere = tmp_path / f"{TEMP_PREFIX}0badcafe-{gone}-k3j_9x.part"
    elsewhere.write_bytes(b"written over the network")
    forgotten = tmp_path / f"{TEMP_PREFIX}0badcafe-{gone}-old000.part"
    forgotten.write_bytes(b"left a day ago")
    day_ago = time.time() - 86400
    os.utime(forgotten, (day_ago, day_ago))
    other = tmp_path / ".wordspictures-notes.txt"  # not ours to remove: not our pattern
    other.write_bytes(b"")
    try:
        write_files({tmp_path / "book.pdf": b"new"})
        assert worker.poll() is None  # asked whether it runs, not sent a signal
    finally:
        worker.kill()
        worker.wait()
    assert not dead.exists() and not forgotten.exists()
    assert alive.exists() and ours.exists() and elsewhere.exists() and other.exists()


def test_a_file_that_cannot_be_named_leaves_every_old_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """All files get their names before the first rename: a failure there (a full disk)
    changes none of the books."""
    def refuse(fd: int, folder: Path, announce: output.Announce) -> str:  # not linked ...
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(output, "_name_unnamed", refuse)
    real_write = output._write_named  # ... so it is written again under a name
    calls = []

    def full_disk(path: Path, data: bytes, announce: output.Announce) -> str:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(path))
        return real_write(path, data, announce)

    monkeypatch.setattr(output, "_write_named", full_disk)
    (tmp_path / "a.pdf").write_bytes(b"old a")
    (tmp_path / "b.pptx").write_bytes(b"old b")
    with pytest.raises(OutputError, match="No space left"):
        write_files({tmp_path / "a.pdf": b"new a", tmp_path / "b.pptx": b"new b"})
    assert (tmp_path / "a.pdf").read_bytes() == b"old a"
    assert (tmp_path / "b.pptx").read_bytes() == b"old b"
    assert not temporary_files(tmp_path, wait=0)


KILLED_WHILE_WRITING = """
import os, signal, sys
from pathlib import Path
from wordspictures.system import output
from wordspictures.system.output import write_files
folder, name, when, guarded = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
if guarded == "unguarded":  # as where fork is not safe: no guardian
    output.fork_is_safe = lambda: False
real = getattr(os, name)
calls = []

def die_on_call(*args):
    calls.append(args)
    if len(calls) == when:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args)

setattr(os, name, die_on_call)
write_files({folder / "a.pdf": b"new a" * 1000, folder / "b.pptx": b"new b" * 1000})
"""


@pytest.mark.skipif(not hasattr(os, "O_TMPFILE"), reason="nameless files are Linux-only")
@pytest.mark.parametrize("guarded", ["guarded", "unguarded"])
@pytest.mark.parametrize(("name", "when", "named"), [
    ("fsync", 1, 0),    # while the first file's data is synced
    ("fsync", 2, 0),    # while the second file's data is synced
    ("replace", 1, 2),  # both named, a moment before the first rename: two hidden names ...
    ("replace", 2, 1),  # ... between the two renames: the first file is new, the second old
])
def test_a_process_killed_while_writing(
        tmp_path: Path, name: str, when: int, named: int, guarded: str) -> None:
    (tmp_path / "a.pdf").write_bytes(b"old a")
    (tmp_path / "b.pptx").write_bytes(b"old b")
    run = subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING, str(tmp_path), name,
                          str(when), guarded], capture_output=True)
    assert run.returncode == -9, run.stderr
    # The guardian removes the hidden names the dead process had given; without one they
    # stay (and only those) ...
    left = temporary_files(tmp_path, wait=5.0 if guarded == "guarded" else 0.0)
    assert len(left) == (0 if guarded == "guarded" else named)
    for book in ("a.pdf", "b.pptx"):
        assert (tmp_path / book).read_bytes() in (f"old {book[0]}".encode(),
                                                  f"new {book[0]}".encode() * 1000)
    # ... until the next build into the folder removes them.
    write_files({tmp_path / "a.pdf": b"next"})
    assert not temporary_files(tmp_path, wait=0)


def children() -> set[str]:
    """Return the ids of this process's children, ended ones not yet waited for included."""
    return set(Path(f"/proc/self/task/{os.getpid()}/children").read_text().split())


@pytest.mark.skipif(not Path(f"/proc/self/task/{os.getpid()}/children").exists(),
                    reason="needs Linux's list of child processes")
def test_the_guardian_is_gone_when_the_write_is_done(tmp_path: Path) -> None:
    """A long-running process (watch, a batch) must not collect one ended child per book."""
    before = children()
    write_files({tmp_path / "a.pdf": b"one", tmp_path / "b.pptx": b"two"})
    assert children() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pptx"]
