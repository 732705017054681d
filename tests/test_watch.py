"""watch: a build at the start and after each save; a half-saved file waits, never crashes."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES
from wordspictures.account import load as account_module
from wordspictures.commands.watch import changes, files_to_watch, watch

PACKS = Path(__file__).parent / "data" / "packs"


def test_changes_yields_after_a_settled_save(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("one")
    deadline = time.monotonic() + 10

    def sleep(seconds: float) -> None:
        # Unnoticed, the save would leave changes() looking for ever: fail instead.
        assert time.monotonic() < deadline, "the save was not noticed in 10 s"
        time.sleep(seconds)

    seen = changes(lambda: [path], poll=0.01, sleep=sleep)
    next(seen)  # the start
    path.write_text("two, longer")
    next(seen)  # the save is noticed


def test_the_account_is_read_again_only_after_a_save(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    account = tmp_path / "mia.yaml"
    text = (EXAMPLES / "mia-en.yaml").read_text(encoding="utf-8")
    account.write_text(text, encoding="utf-8")
    reads: list[object] = []
    real = account_module.read_account

    def read_account(*args: Any, **kwargs: Any) -> Any:
        reads.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(account_module, "read_account", read_account)
    polls: list[float] = []

    def sleep(seconds: float) -> None:
        # No real waiting: the fifth look finds the account saved (a new size).
        polls.append(seconds)
        if len(polls) == 5:
            account.write_text(text + "\n", encoding="utf-8")
        assert len(polls) < 20, "the save was not noticed"

    seen = changes(files_to_watch(account), sleep=sleep)
    next(seen)
    assert len(reads) == 1  # the start
    next(seen)
    assert len(polls) == 6  # four quiet looks, the one that saw the save, and its settling
    assert len(reads) == 2  # ... and the account was read for the save only


def test_the_pictures_of_an_account_in_a_pack_language_are_watched(tmp_path: Path) -> None:
    account = tmp_path / "fy.yaml"
    text = (PACKS / "fy" / "starter.yaml").read_text(encoding="utf-8")
    account.write_text(text.replace("sam: {name: Sam,", "sam: {name: Sam, picture: sam.png,"),
                       encoding="utf-8")
    shutil.copy(EXAMPLES / "drawings" / "lotte-gezin.png", tmp_path / "sam.png")
    assert files_to_watch(account, PACKS)() == [account, tmp_path / "sam.png"]
    # Without the pack the language is unknown and the account does not read.
    assert files_to_watch(account)() == [account]


def test_watch_rebuilds_after_a_save_and_waits_on_a_broken_file(tmp_path: Path) -> None:
    account = tmp_path / "mia.yaml"
    text = (EXAMPLES / "mia-en.yaml").read_text(encoding="utf-8")
    account.write_text(text, encoding="utf-8")
    (tmp_path / "drawings").mkdir()
    said: list[str] = []

    def edit() -> None:
        # A half-saved file first (cut in the middle of a line), then the whole new text.
        time.sleep(1.0)
        account.write_text(text[: len(text) // 2] + "  - {text: [", encoding="utf-8")
        deadline = time.monotonic() + 60
        while not any("waiting" in line for line in said) and time.monotonic() < deadline:
            time.sleep(0.05)
        account.write_text(text.replace("very much.", "very, very much."), encoding="utf-8")

    editor = threading.Thread(target=edit)
    editor.start()
    builds = watch(account, said.append, rounds=3, poll=0.05, out_dir=tmp_path / "out")
    editor.join()
    assert builds == 3
    built = [line for line in said if " built " in line]
    assert len(built) == 2, said
    assert any("mia.yaml:" in line for line in said), "the broken line is named"
    assert any("waiting for the next save" in line for line in said)
    assert len([line for line in said if " pages, 0 errors, " in line]) == 2, said
    pdf = next((tmp_path / "out").glob("*.pdf"))
    from tests.helpers import pdf_text

    assert "very, very much." in pdf_text(pdf)


def test_the_watch_command_builds_the_book_build_would(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The options of build reach every watched build: a pack's language, A4, PDF only."""
    from click.testing import CliRunner
    from pypdf import PdfReader

    from tests.helpers import pdf_text
    from wordspictures.commands import watch as watch_module
    from wordspictures.commands.cli import main

    def once(account: Path, echo: Any, **options: Any) -> int:
        return watch(account, echo, rounds=1, poll=0.05, **options)

    monkeypatch.setattr(watch_module, "watch", once)
    account = tmp_path / "fy.yaml"
    shutil.copy(PACKS / "fy" / "starter.yaml", account)
    result = CliRunner().invoke(main, ["watch", str(account), "--templates", str(PACKS),
                                       "--paper", "a4", "--format", "pdf", "-o",
                                       str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert " built " in result.output
    [pdf] = (tmp_path / "out").iterdir()
    assert pdf.suffix == ".pdf"
    assert round(float(PdfReader(pdf).pages[0].mediabox.width)) == 595  # A4, not A5
    assert "Wa sitte der yn dit ferhaal?" in pdf_text(pdf)  # the pack's wording



def test_watch_replaces_only_the_final_books_it_made_itself(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A final book that was there before the watch is kept, as by build; the book the
    watch made itself is replaced at every save."""
    from wordspictures.api import build_book
    from wordspictures.commands import watch as watch_module

    account = tmp_path / "mia.yaml"
    text = (EXAMPLES / "mia-en.yaml").read_text(encoding="utf-8")
    shutil.copytree(EXAMPLES / "drawings", tmp_path / "drawings")
    out = tmp_path / "out"
    account.write_text(text, encoding="utf-8")  # final, version 4
    [old] = build_book(account, out, formats=["pdf"]).files
    before = old.read_bytes()
    saves = [text.replace("status: final", "status: draft").replace("version: 4", "version: 5"),
             text.replace("very much.", "very, very much."),  # version 4, final: the old book
             text.replace("version: 4", "version: 6"),
             text.replace("version: 4", "version: 6").replace("very much.", "very, very much.")]

    def saved(files: Any, poll: float) -> Any:
        for version in saves:
            account.write_text(version, encoding="utf-8")
            yield None

    monkeypatch.setattr(watch_module, "changes", saved)
    said: list[str] = []
    assert watch(account, said.append, out_dir=out, formats=["pdf"]) == 4
    assert old.read_bytes() == before
    assert sum(" built " in line for line in said) == 3, said
    assert any("already exists" in line and old.name in line for line in said), said
    assert sorted(p.name for p in out.iterdir()) == [
        "jay-and-mias-book-v4-2026-09-15.pdf", "jay-and-mias-book-v5-2026-09-15.pdf",
        "jay-and-mias-book-v6-2026-09-15.pdf"]
