"""The writer's edges that the mutation run found untested: a full disk on every route, a
file where the books' folder should be, and the parts of a book's file name."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from tests.test_output_modes import ROUTES
from wordspictures.errors import OutputError
from wordspictures.system import output
from wordspictures.system.output import TEMP_PREFIX, book_filename, slugify, write_files


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
