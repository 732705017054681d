"""Finding the fonts fast: where they are and what letters they have, kept in the cache."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wordspictures.fonts import files as fonts
from wordspictures.fonts import letters


@pytest.fixture()
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("WORDSPICTURES_CACHE_DIR", str(tmp_path))
    fonts.font_file.cache_clear()
    letters.coverage.cache_clear()
    fonts.source_digest.cache_clear()
    yield tmp_path
    fonts.font_file.cache_clear()
    letters.coverage.cache_clear()
    fonts.source_digest.cache_clear()


def test_the_fonts_place_is_remembered_and_checked(own_cache: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    first = fonts.font_file("lexend")
    assert first.is_file() and first.suffix == ".ttf"
    [note] = own_cache.glob("fontpaths-*.json")
    fonts.font_file.cache_clear()
    monkeypatch.setitem(sys.modules, "fontpkg", None)  # asking fontpkg now fails
    assert fonts.font_file("lexend") == first  # ... and is not needed
    # A note naming a file that changed (or is gone) is not believed.
    note.write_text(note.read_text().replace(str(first), str(own_cache / "gone.ttf")))
    fonts.font_file.cache_clear()
    with pytest.raises(ImportError):
        fonts.font_file("lexend")
    monkeypatch.delitem(sys.modules, "fontpkg")
    note.write_text("{not json")  # a damaged note is written again
    assert fonts.font_file("lexend") == first
    assert str(first) in note.read_text()


def test_the_letters_a_font_has_are_remembered(own_cache: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from fontTools.ttLib import TTFont

    with TTFont(str(fonts.font_file("lexend")), lazy=True) as font:
        truth = frozenset(font.getBestCmap())
    assert letters.coverage("lexend") == truth
    [note] = own_cache.glob("coverage-*.txt")
    assert note.stat().st_size < 2000  # runs of letters, not every letter
    letters.coverage.cache_clear()
    with monkeypatch.context() as blocked:
        blocked.setitem(sys.modules, "fontTools.ttLib", None)  # reading the font now fails
        assert letters.coverage("lexend") == truth  # ... so this is read back from the note
    note.write_text("12-x")
    letters.coverage.cache_clear()
    assert letters.coverage("lexend") == truth  # a damaged note: the font is read again


def test_runs_of_letters() -> None:
    assert list(letters.ranges([5, 1, 2, 3, 9, 10])) == [(1, 3), (5, 5), (9, 10)]
    assert list(letters.ranges([])) == []
