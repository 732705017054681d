"""The build command: its one summary, word-check errors stopping it, -q, template packs,
many accounts at once and their clashes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLES, SHARED
from wordspictures.commands.cli import main

PACKS = Path(__file__).parent / "data" / "packs"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_prints_one_summary_that_agrees_with_check(tmp_path: Path) -> None:
    account = str(SHARED / "noor-nl.yaml")
    code, out, _ = run("build", account, "-o", str(tmp_path))
    assert code == 0
    assert out.count("wrote ") == 2
    *_, last = out.splitlines()
    _, checked, _ = run("check", account)
    total = checked.splitlines()[-1]  # '0 errors, 2 warnings'
    assert re.fullmatch(rf"\d+ pages, {total} — run 'wordspictures check "
                        rf"{re.escape(account)}' to see them", last)
    assert sum("warning" in line for line in out.splitlines()) == 1


JUDGING = """\
language: nl
title: Het verhaal van Mila
people:
  mila: {name: Mila, role: child, age: 7, pronoun: she}
  mama: {name: Lisa, role: mother, called: Mama, pronoun: she}
  oma: {name: Ria, role: grandmother, called: Oma Ria, pronoun: she}
good_things:
  - Mama leest Mila elke avond voor.
worried:
  - {who: oma, text: Oma Ria zegt dat Mama een alcoholist is.}
safety_plan:
  - {who: [oma], text: Oma Ria komt elke woensdag om vier uur langs., when: elke woensdag}
child_can:
  - Mila kan altijd Oma Ria bellen.
"""


def test_word_check_errors_stop_the_book_with_their_lines(tmp_path: Path) -> None:
    account = tmp_path / "mila.yaml"
    account.write_text(JUDGING, encoding="utf-8")
    code, out, err = run("build", str(account), "-o", str(tmp_path / "boek"))
    assert code == 1 and out == ""
    assert not (tmp_path / "boek").exists()
    assert re.search(rf"^{re.escape(str(account))}:10:\d+ judgment: alcoholist", err, re.M)
    assert "nothing was written" in err and "allow:" in err
    # How to let a word stay is said in the account's language.
    assert "zet het onder 'allow:' in het verslag" in err
    # The family has explained the word to Mila: the account allows it, and the book is made.
    account.write_text(JUDGING + "allow: [alcoholist]\n", encoding="utf-8")
    code, out, err = run("build", str(account), "-o", str(tmp_path / "boek"))
    assert code == 0, err
    assert len(list((tmp_path / "boek").iterdir())) == 2


def test_quiet_build_says_nothing_on_stdout(tmp_path: Path) -> None:
    code, out, _ = run("-q", "build", str(SHARED / "noor-nl.yaml"), "-o", str(tmp_path))
    assert code == 0 and out == ""
    assert len(list(tmp_path.glob("*.p*"))) == 2


def test_quiet_and_verbose_work_after_the_command_name_too(tmp_path: Path) -> None:
    account = str(SHARED / "noor-nl.yaml")
    code, out, _ = run("build", account, "-o", str(tmp_path), "--format", "pdf", "-q")
    assert code == 0 and out == ""
    code, out, _ = run("build", "-v", account, "-o", str(tmp_path), "--format", "pdf")
    assert code == 0 and re.search(r"took \d+\.\d\d s", out)


def test_build_with_a_template_pack_uses_its_words(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(PACKS, pack)
    account = tmp_path / "fy.yaml"
    shutil.copy(PACKS / "fy" / "starter.yaml", account)
    code, out, err = run("build", str(account), "-o", str(tmp_path / "out"), "--templates",
                         str(pack), "--format", "pdf")
    assert code == 0, out + err
    from tests.helpers import pdf_text

    text = pdf_text(next((tmp_path / "out").glob("*.pdf")))
    # The heading comes from the pack given on the command line, not from a built-in pack.
    assert "Wa sitte der yn dit ferhaal?" in text
    assert "Who is in this story?" not in text


def test_many_accounts_on_two_cores_and_one_broken(tmp_path: Path) -> None:
    folder = tmp_path / "accounts"
    folder.mkdir()
    for source in (SHARED / "sam-en.yaml", EXAMPLES / "lotte-nl.yaml"):
        shutil.copy(source, folder / source.name)
    shutil.copytree(EXAMPLES / "drawings", folder / "drawings")
    (folder / "broken.yaml").write_text("language: en\npeople: {}\n", encoding="utf-8")
    accounts = sorted(str(p) for p in folder.glob("*.yaml"))
    code, out, err = run("build", *accounts, "-o", str(tmp_path / "out"), "--jobs", "2")
    assert code == 1
    assert "2 of 3 books made" in out
    # The account's problems name it with their line, once: not prefixed with it again.
    broken = str(folder / "broken.yaml")
    assert re.search(rf"^{re.escape(broken)}:\d+:\d+: ", err, re.MULTILINE), err
    assert f"{broken}: {broken}" not in err
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 2


def test_many_accounts_show_each_warning_and_which_account_an_error_is_of(
        tmp_path: Path) -> None:
    sam = tmp_path / "sam.yaml"
    text = (SHARED / "sam-en.yaml").read_text(encoding="utf-8")
    sam.write_text(text.replace("where: living_room", "where: kitchn"), encoding="utf-8")
    mia = tmp_path / "mia.yaml"
    shutil.copy(EXAMPLES / "mia-en.yaml", mia)
    code, out, err = run("build", str(sam), str(mia), "-o", str(tmp_path / "out"),
                         "--format", "pdf", "--child", "sam")
    assert code == 1
    assert "1 of 2 books made" in out
    assert re.search(rf"^{re.escape(str(sam))}:\d+:\d+: warning: 'kitchn' is not a place",
                     err, re.MULTILINE), err
    # The error is about the option, not a line of the account: the account is named first.
    assert f"{mia}: --child 'sam' is not a child in this story" in err


def test_two_accounts_that_would_write_the_same_file_are_refused_first(tmp_path: Path) -> None:
    # Same title, version and date: one book would silently replace the other.
    text = (SHARED / "sam-en.yaml").read_text(encoding="utf-8")
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text(text, encoding="utf-8")
    second.write_text(text.replace("behind the sofa", "behind the big sofa"),
                      encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, err = run("build", str(first), str(second), "-j", "2", "-o", str(out))
    assert code == 1 and "books made" not in stdout
    assert not out.exists()
    assert f"{first} and {second} would both write" in err
    assert "sams-story-v1-2026-11-12.pdf" in err and "nothing was written" in err
    # The same account named twice is the same book: said so, nothing built.
    code, _, err = run("build", str(first), str(first), "-o", str(out))
    assert code == 1 and f"{first} is given twice" in err and not out.exists()


@pytest.mark.parametrize("options", [
    {}, {"formats": ["pdf"], "booklet": True}, {"children": ["sam"], "anonymise": True}])
def test_the_files_a_build_would_write_are_known_before_it(
        tmp_path: Path, options: dict[str, Any]) -> None:
    from wordspictures.api import book_files, build_book

    account = SHARED / "sam-en.yaml"
    expected = book_files(account, tmp_path, **options)
    assert expected and expected == build_book(account, tmp_path, **options).files
