"""Shared fixtures: example accounts, books built once per session, a private cache."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import browser  # noqa: F401 — the real browser, for every test file

ROOT = Path(__file__).resolve().parent.parent
# Copies of the case examples the project started from (the shared examples), kept inside
# the project: a clone has nothing beside it, and its tests must run all the same.
SHARED = ROOT / "tests" / "data" / "examples"
EXAMPLES = ROOT / "examples"
# The examples in two languages (yusuf-nl-ar, sofia-nl-uk; a copy of each is in SHARED)
# have tests of their own (test_bilingual_book, test_office): the checks made for books of
# one language (one font, the whole scale on one page, ...) do not all hold for them yet.
BILINGUAL = sorted(SHARED.glob("*-??-??.yaml"))
ALL_EXAMPLES = sorted(p for p in SHARED.glob("*.yaml") if p not in BILINGUAL) + sorted(
    p for p in EXAMPLES.glob("*.yaml") if not (SHARED / p.name).exists())
OFFICE_EXAMPLES = ALL_EXAMPLES + BILINGUAL


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep drawings cached, and the editor's recent stories, in temporary folders, never
    in the user's home."""
    mp = pytest.MonkeyPatch()
    mp.setenv("WORDSPICTURES_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    mp.setenv("WORDSPICTURES_STATE_DIR", str(tmp_path_factory.mktemp("state")))
    mp.delenv("SOURCE_DATE_EPOCH", raising=False)
    yield
    mp.undo()


class _FailOnMissingGlyph(logging.Handler):
    """fpdf2 logs (does not warn) when the font lacks a glyph: make that an error."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if "missing" in record.getMessage():
            self.messages.append(record.getMessage())


@pytest.fixture(autouse=True)
def no_missing_glyphs() -> Iterator[None]:
    """Fail any test during which fpdf2 reports a missing glyph."""
    handler = _FailOnMissingGlyph()
    logger = logging.getLogger("fpdf")
    logger.addHandler(handler)
    yield
    logger.removeHandler(handler)
    assert not handler.messages, handler.messages


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Return {account name: {"pdf": path, "pptx": path}} for every example, built once."""
    from wordspictures.api import build_book

    books = {}
    for account in ALL_EXAMPLES:
        out = tmp_path_factory.mktemp(account.stem)
        result = build_book(account, out)
        books[account.stem] = {p.suffix[1:]: p for p in result.files}
    return books
