"""Hand-editing mistakes a caseworker makes in the first hour: each told at the line it was
typed on, in plain words, with the mended line spelled out, in the account's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from wordspictures.account.load import read_account
from wordspictures.commands.cli import main
from wordspictures.problems import Problem

# Words of the YAML parser that a caseworker must never see.
PARSER_WORDS = re.compile(r"<block end>|<scalar>|mapping values|expected|could not find|"
                          r"while (?:parsing|scanning)|token", re.IGNORECASE)

STORY = """\
language: {language}
people:
  mila: {{name: Mila, role: child, age: 7, pronoun: she}}
  mama:
    name: Lisa
    role: mother
    called: Mama
worried:
  - who: mama
    text: Mama zag dat Mila moe was.
good_things:
  - Oma komt elke week.
"""


def problems_of(tmp_path: Path, text: str, name: str = "verhaal.yaml") -> list[Problem]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    account, problems = read_account(path)
    assert account is None or not [p for p in problems if not p.is_warning]
    return problems


def story(language: str = "nl", old: str = "", new: str = "") -> str:
    text = STORY.format(language=language)
    assert old in text
    return text.replace(old, new, 1)


# (what was typed instead, where, the line it is on, what is said, the mended line)
MISTAKES = [
    ("    text: Mama zag dat Mila moe was.", "    text: 's Nachts had Mama hoofdpijn.",
     10, "begint met een aanhalingsteken (')",
     "text: \"'s Nachts had Mama hoofdpijn.\""),
    ("  - Oma komt elke week.", "  - Om 8 uur: Mama brengt Mila naar school.",
     12, "dubbele punt", "- \"Om 8 uur: Mama brengt Mila naar school.\""),
    ("    text: Mama zag", "      text: Mama zag", 10,
     "'text:' springt verder in dan 'who:' op regel 9", "begin in kolom 5"),
    ("    role: mother", "role: mother", 6, "'role:' staat verder naar links",
     "4 spaties"),
    ("    called: Mama", "called: Mama", 7, "'called:' staat verder naar links",
     "4 spaties"),
    ("    text: Mama", "    text:Mama", 10, "na 'text:' hoort een spatie",
     "text: Mama zag dat Mila moe was."),
    ("    text: Mama zag dat Mila moe was.", "    text: Juf zei: kom maar.", 10,
     "': '", "text: \"Juf zei: kom maar.\""),
    ("  - Oma komt elke week.", "  -Oma komt elke week.", 12, "spatie",
     "- Oma komt elke week."),
    ("  mila: {name: Mila, role: child, age: 7, pronoun: she}",
     "  mila: {name: Mila, role: child, age: 7, pronoun: she", 3, "'{'", "'}'"),
    ("  - Oma komt elke week.", "  - [Oma] komt elke week.", 12, "'['",
     "- \"[Oma] komt elke week.\""),
    ("  - Oma komt elke week.", "  - @Oma komt elke week.", 12, "'@'",
     "- \"@Oma komt elke week.\""),
    ("  - Oma komt elke week.", "  - &Oma komt elke week.", 12, "'&'",
     "- \"&Oma komt elke week.\""),
    ("good_things:", "  good_things:", 11, "helemaal links", "'good_things:'"),
    ("    text: Mama zag dat Mila moe was.", "  text: Mama zag dat Mila moe was.", 10,
     "hoort bij het punt erboven", "begin in kolom 5"),
]


@pytest.mark.parametrize(("old", "new", "line", "says", "fix"), MISTAKES,
                         ids=[m[1].strip()[:24] for m in MISTAKES])
def test_a_mistake_is_told_where_it_was_typed(tmp_path: Path, old: str, new: str, line: int,
                                              says: str, fix: str) -> None:
    [problem] = [p for p in problems_of(tmp_path, story("nl", old, new)) if not p.is_warning]
    assert problem.mark is not None and problem.mark.line == line, str(problem)
    assert says in problem.message, str(problem)
    assert fix in problem.hint, str(problem)
    assert not PARSER_WORDS.search(str(problem)), str(problem)


def test_an_english_account_is_told_in_english(tmp_path: Path) -> None:
    text = story("en", "    text: Mama zag dat Mila moe was.", "    text: 'Mum' said no.")
    [problem] = problems_of(tmp_path, text)
    assert problem.mark is not None and problem.mark.line == 10
    assert problem.message.startswith("this text starts with a quote (')")
    assert problem.hint == "put the whole text between double quotes: text: \"'Mum' said no.\""


def test_the_starters_own_text_with_an_apostrophe_is_told_at_its_line(
        tmp_path: Path) -> None:
    # The issue's case: "'s Nachts" in the starter was told 30 lines down, in its comment.
    account = tmp_path / "verhaal.yaml"
    assert CliRunner().invoke(main, ["new", str(account)]).exit_code == 0
    lines = account.read_text(encoding="utf-8").splitlines()
    typed = next(i for i, line in enumerate(lines) if line.strip().startswith("text: Juf"))
    lines[typed] = "    text: 's Nachts had Mama hoofdpijn en Mila was alleen."
    account.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(account)])
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.startswith(f"{account}:{typed + 1}:11: deze tekst begint met een "
                            "aanhalingsteken"), first
    assert first.endswith("text: \"'s Nachts had Mama hoofdpijn en Mila was alleen.\""), first


def test_a_hash_that_cuts_a_text_short_is_a_warning(tmp_path: Path) -> None:
    text = story(old="  - Oma komt elke week.", new="  - Mila is #1 in de klas.")
    [problem] = problems_of(tmp_path, text)
    assert problem.is_warning and problem.mark is not None and problem.mark.line == 12
    assert "'#1 in de klas.'" in problem.message
    assert problem.hint.endswith("- \"Mila is #1 in de klas.\"")


# -- every problem once, and the ones that were told wrong ------------------------------------

def test_every_mistake_of_one_person_and_one_item_is_told(tmp_path: Path) -> None:
    text = story(old="  mama:\n    name: Lisa\n    role: mother\n    called: Mama\n",
                 new="  mama: {name: Lisa, role: moeder, called: Mama, pronoun: zij}\n")
    text += "helpers:\n  - {who: mamma, text: Mama helpt., phone: Femke, feeling: bang}\n"
    problems = problems_of(tmp_path, text)
    said = [(p.mark.line, p.message.split(" ")[0]) for p in problems if p.mark]
    assert said == [(4, "'moeder'"), (4, "'zij'"), (11, "'mamma'"), (11, "in"),
                    (11, "'bang'")], [str(p) for p in problems]


def test_a_translated_key_is_one_mistake_not_a_cascade(tmp_path: Path) -> None:
    text = story(old="people:", new="mensen:")
    [problem] = problems_of(tmp_path, text)
    assert problem.mark is not None and problem.mark.line == 2
    assert "'mensen'" in problem.message and "'people:'" in problem.hint


@pytest.mark.parametrize(("date", "says"), [
    ("2026-02-31", "2026-02-31 is geen datum: februari 2026 heeft 28 dagen"),
    ("2028-02-30", "februari 2028 heeft 29 dagen"),
    ("2026-13-01", "er is geen maand 13"),
    ("31-01-2026", "schrijf 2026-01-31"),
    ("morgen", "een datum zijn, geschreven als jaar-maand-dag"),
])
def test_a_date_that_is_not_one_says_why(tmp_path: Path, date: str, says: str) -> None:
    [problem] = problems_of(tmp_path, story(old="people:", new=f"date: {date}\npeople:"))
    assert problem.mark is not None and problem.mark.line == 2
    assert says in str(problem)


def test_a_file_saved_as_unicode_says_how_to_save_it_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "verhaal.yaml"
    path.write_bytes(story().encode("utf-16"))  # Notepad's 'Unicode'
    _, [problem] = read_account(path)
    assert "'Unicode' (UTF-16)" in problem.message  # in Dutch: the file says language: nl
    assert problem.hint == "bewaar het opnieuw als 'UTF-8' (Kladblok: Opslaan als → Codering " \
                           "→ UTF-8)"


def test_someone_who_takes_no_part_in_the_story_is_a_warning(tmp_path: Path) -> None:
    # The interview made a person of half a sentence ('belt Sam'); nothing names them.
    text = story(old="people:\n", new="people:\n  belt_sam: {name: belt Sam, role: other}\n"
                 "  oma: {name: Ria, role: grandmother, called: Oma Ria}\n")
    text = text.replace("Oma komt elke week.", "Oma Ria komt elke week.")
    problems = problems_of(tmp_path, text)
    assert [(p.mark.line, p.is_warning) for p in problems if p.mark] == [(3, True)]
    assert "'belt_sam'" in problems[0].message and "who: [belt_sam]" in problems[0].hint


@pytest.mark.parametrize("path", sorted(Path(__file__).parent.glob("data/examples/*.yaml"))
                         + sorted((Path(__file__).parent.parent / "examples").glob("*.yaml")),
                         ids=lambda p: p.name)
def test_everyone_in_the_examples_takes_part(path: Path) -> None:
    _, problems = read_account(path)
    assert not [p for p in problems if "people:" in p.message], problems
