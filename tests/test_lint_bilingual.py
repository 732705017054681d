"""The word check in a book of two languages: it reads the main language only, says once,
in the account's language, that it did not read the second, and `check` and `build` count
the same findings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLES
from wordspictures.account.load import load_account
from wordspictures.api import language_notes
from wordspictures.commands.cli import main

STORY = """\
language: [{main}, ar]
people:
  yusuf: {{name: Yusuf, role: child, age: 7, pronoun: he}}
  mama: {{name: Samira, role: mother, pronoun: she, called: {{{main}: Mama, ar: ماما}}}}
worried:
  - text:
      {main}: {worry}
      ar: رأت المعلمة أن يوسف كانت لديه كدمة على ذراعه. {arabic}
    who: [mama]
safety_plan:
  - text: {{{main}: {rule}, ar: ماما تطبخ كل يوم.}}
    who: [mama]
"""
WORDS = {
    "nl": {"worry": "Mama zag een blauwe plek op de arm van Yusuf.",
           "rule": "Mama kookt elke dag.", "word": "mishandeling",
           "note": "de woordcontrole heeft de woorden in het Arabisch in dit boek niet gelezen"},
    "en": {"worry": "Mama saw a bruise on Yusuf's arm.", "rule": "Mama cooks every day.",
           "word": "maltreatment",
           "note": "the word check did not read the Arabic words of this book"},
}


def write(tmp_path: Path, language: str, in_main: str = "", in_second: str = "") -> Path:
    words = WORDS[language]
    path = tmp_path / "yusuf.yaml"
    worry = f"{words['worry'][:-1]} {in_main}.".replace(" .", ".")
    path.write_text(STORY.format(main=language, worry=worry, rule=words["rule"],
                                 arabic=in_second), encoding="utf-8")
    return path


def counted(output: str) -> str:
    found = re.search(r"\d+ errors?, \d+ warnings?", output)
    assert found, output
    return found[0]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_check_reads_the_main_language_only_and_says_so_once(
        tmp_path: Path, language: str) -> None:
    word, note = WORDS[language]["word"], WORDS[language]["note"]
    runner = CliRunner()
    in_second = runner.invoke(main, ["check", str(write(tmp_path, language, in_second=word))])
    assert word not in in_second.output, in_second.output
    assert in_second.output.count(note) == 1, in_second.output
    in_main = runner.invoke(main, ["check", str(write(tmp_path, language, in_main=word))])
    assert word in in_main.output and in_main.output.count(note) == 1, in_main.output


def test_build_counts_what_check_counts_and_says_the_same_once(tmp_path: Path) -> None:
    path = write(tmp_path, "nl", in_main=WORDS["nl"]["word"])
    runner = CliRunner()
    checked = runner.invoke(main, ["check", str(path)])
    built = runner.invoke(main, ["build", str(path), "-o", str(tmp_path / "out"),
                                           "--format", "pdf"])
    assert built.exit_code == 0, built.output
    assert counted(built.output) == counted(checked.output)
    assert built.output.count(WORDS["nl"]["note"]) == 1, built.output


def test_the_unchecked_pack_is_named_in_the_account_s_language(tmp_path: Path) -> None:
    path = tmp_path / "verhaal.yaml"
    path.write_text((EXAMPLES / "yusuf-nl-ar.yaml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    notes = language_notes(load_account(path))
    assert any("in het Arabisch moeten nog door iemand met die moedertaal" in n
               for n in notes), notes
    assert not any("native speaker" in n or "reads Dutch and English" in n for n in notes)
