"""The words the book says itself are reviewed text: every pack has its golden file, and
any change to them fails here with the diff and the command that accepts it."""

from __future__ import annotations

import pytest

from tests.golden_text import COMMAND, GOLDEN, difference, golden_text
from wordspictures.book.pages import PageKind
from wordspictures.language.files import available_languages

PACKS = available_languages()


@pytest.mark.parametrize("language", PACKS)
def test_the_packs_own_words_are_the_reviewed_ones(language: str) -> None:
    found = difference(language)
    assert not found, found


@pytest.mark.parametrize("language", PACKS)
def test_the_golden_text_has_every_page_kind(language: str) -> None:
    text = golden_text(language)
    for kind in PageKind:
        assert f": {kind.value}\n" in text or f": {kind.value} (goes on)" in text, kind


def test_every_golden_file_belongs_to_a_pack() -> None:
    stale = sorted(p.stem for p in GOLDEN.glob("*.txt") if p.stem not in PACKS)
    assert not stale, f"golden text of no pack: {stale}"


def test_a_changed_word_shows_as_a_diff_with_the_command_to_accept_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests import golden_text as module

    real = module.golden_text
    monkeypatch.setattr(module, "golden_text", lambda language: real(language).replace(
        "Het is niet jouw schuld", "Het is jouw schuld"))
    found = difference("nl")
    assert "-heading: Het is niet jouw schuld" in found
    assert "+heading: Het is jouw schuld" in found
    assert COMMAND.format(language="nl") in found


def test_a_pack_without_golden_text_is_told_how_to_make_it(
        monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests import golden_text as module

    monkeypatch.setattr(module, "GOLDEN", tmp_path)
    found = difference("en")
    assert "is missing" in found and COMMAND.format(language="en") in found
