"""The writer's edges that the mutation run found untested: a full disk on every route, a
file where the books' folder should be, and the parts of a book's file name."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.test_output_modes import ROUTES
from wordspictures.errors import OutputError
from wordspictures.system import output
from wordspictures.system.output import (
    TEMP_PREFIX,
    book_filename,
    refuse_to_replace,
    slugify,
    write_files,
)


@pytest.mark.parametrize("route", ROUTES)
def test_a_full_disk_leaves_the_old_book_and_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, route: str) -> None:
    ROUTES[route](monkeypatch)
    old = tmp_path / "book.pdf"
    old.write_bytes(b"the old book")

    def full(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output, "_write_synced", full)
    with pytest.raises(OutputError, match="No space left on device") as caught:
        write_files({old: b"the new book", tmp_path / "book.pptx": b"slides"})
    # The error has no file name of its own: the message names the first book.
    assert str(caught.value) == (
        f"could not write '{old}': No space left on device — check that the folder exists, "
        "is yours and that the file is not open in another program")
    assert old.read_bytes() == b"the old book"
    assert [p.name for p in tmp_path.iterdir()] == ["book.pdf"]


def test_a_file_where_the_books_folder_should_be_is_named(tmp_path: Path) -> None:
    blocked = tmp_path / "boeken"
    blocked.write_bytes(b"a file, not a folder")
    with pytest.raises(OutputError) as caught:
        write_files({blocked / "a.pdf": b"one"})
    said = str(caught.value)
    assert f"could not write '{blocked}'" in said and TEMP_PREFIX not in said, said
    assert blocked.read_bytes() == b"a file, not a folder"


def test_a_folder_with_the_books_name_is_told_plainly(tmp_path: Path) -> None:
    (tmp_path / "book.pdf").mkdir()
    with pytest.raises(OutputError) as caught:
        write_files({tmp_path / "book.pdf": b"one"})
    assert str(caught.value) == (f"could not write '{tmp_path / 'book.pdf'}': a folder has "
                                 "that name — move the folder or choose another output "
                                 "folder (-o)")


def test_the_parts_of_a_file_name() -> None:
    assert book_filename("Het boek", 2, None, "pdf", child="???") == "het-boek-child-v2.pdf"
    assert book_filename("Het boek", None, None, "pdf", child="noor", suffix="booklet") == \
        "het-boek-noor-booklet.pdf"
    long = slugify("een heel lang verhaal " * 10)
    assert len(long) == 80 and long.startswith("een-heel-lang-verhaal-een")
    assert slugify("-- Noor --") == "noor"


def test_a_final_book_already_there_is_named_and_kept(tmp_path: Path) -> None:
    first, second, absent = tmp_path / "a.pdf", tmp_path / "a.pptx", tmp_path / "a-booklet.pdf"
    first.write_bytes(b"the final book")
    refuse_to_replace([absent])  # nothing there: nothing to refuse
    tail = ("and the account says the book is final — keep it, raise 'version:' for a new "
            "book, or add --force to replace it; nothing was written")
    with pytest.raises(OutputError) as one:
        refuse_to_replace([first, absent])
    assert str(one.value) == f"'{first}' already exists {tail}"
    second.write_bytes(b"its slides")
    with pytest.raises(OutputError) as two:
        refuse_to_replace([first, absent, second])
    assert str(two.value) == f"'{first}', '{second}' already exist {tail}"
    assert first.read_bytes() == b"the final book"


def test_a_hidden_name_already_taken_is_left_and_the_next_one_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two random names alike are unlikely, not impossible: the file already there is never
    opened, and the book gets the next name. (Without a guardian here: ours would remove
    the name at the end, as it was announced; with our process id in it, it can only be a
    leftover of a process that had our id before.)"""
    taken = tmp_path / f"{TEMP_PREFIX}taken.part"
    taken.write_bytes(b"another writer's")
    names = iter([str(taken), str(tmp_path / f"{TEMP_PREFIX}free.part")])
    monkeypatch.setattr(output, "_hidden_name", lambda folder: next(names))
    monkeypatch.setattr(output, "_open_unnamed", lambda folder: None)
    monkeypatch.setattr(output, "sweep_leftovers", lambda folder: [])
    monkeypatch.setattr(output, "fork_is_safe", lambda: False)
    write_files({tmp_path / "book.pdf": b"the book"})
    assert (tmp_path / "book.pdf").read_bytes() == b"the book"
    assert taken.read_bytes() == b"another writer's"
    assert sorted(p.name for p in tmp_path.iterdir()) == [taken.name, "book.pdf"]


def test_without_the_fd_folder_of_proc_a_named_file_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A nameless file can only be named through /proc/self/fd: where /proc is not
    mounted (some containers) the writer must not make one it cannot name."""
    real_isdir = os.path.isdir
    monkeypatch.setattr(output.os.path, "isdir",
                        lambda path: path != "/proc/self/fd" and real_isdir(path))
    assert output._open_unnamed(tmp_path) is None


def test_a_process_that_may_not_be_asked_about_is_taken_as_running(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another user's process cannot be sent even the question (signal 0): its file stays."""
    def not_allowed(pid: int, number: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    theirs = tmp_path / f"{output.temporary_prefix(os.getpid() + 1)}abc123.part"
    theirs.write_bytes(b"being written by another user")
    monkeypatch.setattr(output.os, "kill", not_allowed)
    write_files({tmp_path / "book.pdf": b"the book"})
    assert theirs.exists()
