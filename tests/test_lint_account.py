"""The word check on whole accounts: places in the file, the allow list, the story's shape."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, SHARED
from wordspictures.account.load import load_account
from wordspictures.account.model import Account
from wordspictures.lint import RulesError, lint_account, load_rules
from wordspictures.lint.story import StoryHit, find_organisations
from wordspictures.problems import Problem

PEOPLE = """\
people:
  sam: {name: Sam, role: child, age: 7}
  mama: {name: Lisa, role: mother, called: Mama}
  papa: {name: Bas, role: father, called: Papa}
  oma: {name: Ria, role: grandmother, called: Oma Ria}
  juf: {name: Anna, role: teacher, called: Juf Anna}
"""
BALANCE = """\
good_things:
  - Mama leest Sam elke avond voor.
child_can:
  - Sam mag altijd oma Ria bellen.
"""


def account(tmp_path: Path, body: str, head: str = "language: nl\n",
            balance: bool = True) -> Account:
    """Return the account of a head, the people, good things and child_can, and a body."""
    path = tmp_path / "verhaal.yaml"
    path.write_text(head + PEOPLE + (BALANCE if balance else "") + textwrap.dedent(body),
                    encoding="utf-8")
    return load_account(path)


def lint(tmp_path: Path, body: str, head: str = "language: nl\n",
         balance: bool = True) -> list[Problem]:
    """Return the word-check findings of an account."""
    return lint_account(account(tmp_path, body, head, balance))


def where(problems: list[Problem], words: str) -> tuple[int, int]:
    """Return the line and column of the finding about ``words``."""
    [problem] = [p for p in problems if p.words == words]
    assert problem.mark is not None
    return problem.mark.line, problem.mark.column


# ---- the examples --------------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(SHARED.glob("*.yaml")), ids=lambda p: p.name)
def test_the_shared_examples_have_no_errors(path: Path) -> None:
    errors = [p for p in lint_account(load_account(path)) if not p.is_warning]
    assert errors == []


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_the_bundled_examples_pass_clean(path: Path) -> None:
    assert [str(p) for p in lint_account(load_account(path))] == []


# ---- places in the file --------------------------------------------------------------------

def test_a_finding_points_at_its_words_in_every_kind_of_text(tmp_path: Path) -> None:
    problems = lint(tmp_path, """\
        worried:
          - {who: juf, text: Juf Anna zag in maart dat papa agressief is.}
          - who: juf
            text: "Juf Anna zegt: mama is een alcoholist."
          - who: juf
            text: |
              Juf Anna zag op maandag een blauwe plek.
              Papa is gewelddadig.
          - who: juf
            text: Juf Anna hoorde op dinsdag dat mama
              een drankprobleem heeft.
        """)
    lines = (Path(tmp_path) / "verhaal.yaml").read_text(encoding="utf-8").splitlines()
    for words in ("agressief", "alcoholist", "gewelddadig", "drankprobleem"):
        line, column = where(problems, words)
        assert lines[line - 1][column - 1:].startswith(words), (words, lines[line - 1])


def test_findings_print_as_file_line_column_category_words_why_fix(tmp_path: Path) -> None:
    problems = lint(tmp_path, "worried:\n  - {who: juf, text: Papa is agressief.}\n")
    [problem] = [p for p in problems if p.category == "judgment"]
    text = str(problem)
    assert text.startswith(f"{tmp_path / 'verhaal.yaml'}:13:30 judgment: agressief — ")
    assert text.count(" — ") == 2


# ---- the allow list ------------------------------------------------------------------------

def test_the_allow_list_silences_explained_words(tmp_path: Path) -> None:
    body = """\
        worried:
          - {who: juf, text: Juf Anna deed in maart twee meldingen bij Veilig Thuis.}
        """
    flagged = {p.words for p in lint(tmp_path, body)}
    assert {"meldingen", "Veilig Thuis"} <= flagged
    allowed = lint(tmp_path, body, "language: nl\nallow: [melding, veilig thuis]\n")
    assert not {p.words for p in allowed} & {"meldingen", "Veilig Thuis"}


def test_the_allow_list_does_not_silence_blame(tmp_path: Path) -> None:
    body = """\
        what_happened:
          - {text: Op zondag sloeg papa Sam omdat Sam stout was., who: [papa, sam]}
        """
    problems = lint(tmp_path, body, "language: nl\nallow: [Sam, stout]\n")
    assert [p.category for p in problems if p.category != "structure"] == ["blame"]


def test_an_explained_organisation_is_not_jargon(tmp_path: Path) -> None:
    explained = "  - {who: juf, text: Sofie werkt bij Veilig Thuis. Dat is een plek waar " \
                "mensen helpen.}\n"
    mentioned = "  - {who: juf, text: Veilig Thuis kwam op maandag praten.}\n"
    assert [p for p in lint(tmp_path, "worried:\n" + explained + mentioned)
            if p.category != "structure"] == []
    assert [(p.category, p.words) for p in lint(tmp_path, "worried:\n" + mentioned)
            if p.category != "structure"] == [("jargon", "Veilig Thuis")]


# ---- events --------------------------------------------------------------------------------

def test_an_event_takes_the_when_of_the_event_before(tmp_path: Path) -> None:
    body = """\
        what_happened:
          - {text: Mama lag in bed., who: [mama]}
          - {text: Op zaterdag duwde papa mama., who: [papa, mama]}
          - {text: Sam verstopte zich achter de bank., who: [sam]}
        """
    problems = [p for p in lint(tmp_path, body) if p.category != "structure"]
    assert [(p.category, p.mark.line if p.mark else 0) for p in problems] == [("detail", 13)]


# ---- the story's shape ---------------------------------------------------------------------

def test_a_story_without_good_things_or_child_can_is_out_of_balance(tmp_path: Path) -> None:
    problems = lint(tmp_path, """\
        worried:
          - {who: juf, text: Juf Anna zag op maandag een blauwe plek.}
        """, balance=False)
    assert {(p.category, p.words) for p in problems} == {
        ("structure", "good_things"), ("structure", "child_can"), ("structure", "safety_plan")}


def test_a_plan_carried_by_the_parents_alone_is_weak(tmp_path: Path) -> None:
    problems = lint(tmp_path, """\
        safety_plan:
          - {text: Papa belt elke avond om acht uur naar oma., who: [papa]}
          - {text: Mama haalt Sam elke dag om drie uur uit school., who: [mama]}
        """)
    assert [(p.category, p.words) for p in problems] == [("structure", "Mama, Papa")]


def test_a_rule_done_by_the_child_alone_or_by_nobody(tmp_path: Path) -> None:
    problems = lint(tmp_path, """\
        safety_plan:
          - {text: Oma Ria komt elke woensdag om vier uur., who: [oma]}
          - {text: Sam belt elke avond om zeven uur oma Ria., who: [sam]}
          - {text: Oma Ria belt elke zondag., who: []}
        """)
    found = {(p.category, p.words, p.mark.line if p.mark else 0) for p in problems}
    assert ("structure", "Sam", 14) in found
    assert ("structure", "Oma Ria belt elke zondag.", 15) in found


def test_an_unexplained_organisation_is_a_story_finding_at_its_words(tmp_path: Path) -> None:
    story = account(tmp_path, "worried:\n  - {who: juf, text: Juf Anna belde Veilig Thuis.}\n")
    rules = load_rules("nl")
    assert rules is not None
    [found] = find_organisations(list(story.story_texts()), rules)
    assert found == StoryHit(found.hit, story.worried[0])  # like every story check's finding
    assert found.hit.words == "Veilig Thuis"
    line, column = where(lint_account(story), "Veilig Thuis")
    lines = story.source.read_text(encoding="utf-8").splitlines()
    assert lines[line - 1][column - 1:].startswith("Veilig Thuis.}")


def test_a_helper_from_the_network_in_no_rule(tmp_path: Path) -> None:
    problems = lint(tmp_path, """\
        safety_plan:
          - {text: Papa belt elke avond om acht uur oom Tom., who: [papa, juf]}
        helpers:
          - {who: oma, text: Oma Ria woont om de hoek.}
          - {who: juf, text: Juf Anna luistert naar Sam.}
        """)
    # Oma is family and does nothing in the plan; a teacher helps by doing her job.
    assert [(p.category, p.words) for p in problems] == [("structure", "Oma Ria")]


# ---- an organisation's own rules -----------------------------------------------------------

def test_an_organisations_own_rules_add_and_remove_terms(tmp_path: Path) -> None:
    own = tmp_path / "rules" / "nl"
    own.mkdir(parents=True)
    (own / "lint.yaml").write_text(textwrap.dedent("""\
        language: nl
        remove: [vaak]
        jargon:
          - terms: [jeugdarts*]
            why: een woord dat het kind niet kent
            suggest: zeg 'de dokter'
        """), encoding="utf-8")
    story = account(tmp_path, """\
        worried:
          - {who: juf, text: De jeugdarts zag dat Sam vaak huilt.}
        """)
    built_in = {(p.category, p.words) for p in lint_account(story)}
    assert ("vague", "vaak") in built_in and ("jargon", "jeugdarts") not in built_in
    own_rules = {(p.category, p.words) for p in lint_account(story, tmp_path / "rules")}
    assert ("jargon", "jeugdarts") in own_rules and ("vague", "vaak") not in own_rules


def test_a_broken_rule_file_names_itself(tmp_path: Path) -> None:
    own = tmp_path / "rules" / "nl"
    own.mkdir(parents=True)
    (own / "lint.yaml").write_text("jargon:\n  - terms: ['{geen_set}']\n", encoding="utf-8")
    story = account(tmp_path, "safety_plan:\n  - {text: Oma Ria komt elke dag., who: [oma]}\n")
    with pytest.raises(RulesError, match="unknown set"):
        lint_account(story, tmp_path / "rules")
