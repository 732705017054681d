"""Writing books: all or nothing, private file modes, names from the title."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from wordspictures.errors import OutputError
from wordspictures.output import TEMP_PREFIX, book_filename, slugify, write_files


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


def test_a_failed_write_leaves_the_old_book_and_no_temporary_file(tmp_path: Path) -> None:
    old = tmp_path / "book.pdf"
    old.write_bytes(b"old book")
    blocked = tmp_path / "folder.pptx"
    blocked.mkdir()  # a file cannot replace a folder
    with pytest.raises(OutputError, match="a folder has that name"):
        write_files({old: b"new book", blocked: b"new slides"})
    assert old.read_bytes() == b"old book"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores modes")
def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="could not write"):
            write_files({tmp_path / "book.pdf": b"new"})
    finally:
        tmp_path.chmod(0o700)
