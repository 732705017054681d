"""Loading accounts: typed values, defaults, every problem at once, mended commas."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import SHARED
from wordspictures.account.load import load_account, read_account
from wordspictures.errors import AccountError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "story.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shared_dutch_example_loads_into_typed_objects() -> None:
    account = load_account(SHARED / "noor-nl.yaml")
    assert account.language == "nl" and account.status == "draft" and account.version == 2
    assert account.date == dt.date(2026, 11, 18)
    assert [c.name for c in account.children] == ["Noor", "Daan"]
    assert account.reading_age == 4
    mama = account.person("mama")
    assert (mama.called, mama.role, mama.looks.hair, mama.looks.clothes) == \
        ("Mama", "mother", "headscarf", "green")
    assert account.person("juf").called == "Juf Mirjam"  # 'called' defaults to the name
    rule = account.safety_plan[0]
    assert rule.who == ("oma", "tante_sara") and rule.when == "elke dag om vijf uur"
    assert rule.mark.line == 54
    assert account.scale[0].score == 6 and account.helpers[0].phone == "06-11223344"


def test_comma_inside_braces_is_mended_with_a_warning() -> None:
    account, problems = read_account(SHARED / "sam-en.yaml")
    assert account is not None
    assert account.safety_plan[0].text == ("When Dad starts to feel angry, he goes for a walk "
                                           "around the block and calls Uncle Tom.")
    assert account.safety_plan[3].text == ("If Mum and Dad start to argue, Mum takes Sam to "
                                           "Granny Ria's house.")
    warnings = [p for p in problems if "comma" in p.message]
    assert [w.mark.line for w in warnings if w.mark] == [56, 59]
    assert all(p.is_warning for p in problems)


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    path = write(tmp_path, """\
language: nl
people:
  sam: {name: Sam, role: child, age: 7}
  mama: {name: Lisa, role: mothr}
worried:
  - {who: juff, text: Juf zag een blauwe plek.}
what_happened:
  - {text: Mama viel., feeling: bange}
scale:
  - {who: mama, score: 11}
""")
    with pytest.raises(AccountError) as caught:
        load_account(path)
    lines = [p.mark.line for p in caught.value.problems if p.mark]
    assert lines == [4, 6, 8, 10]
    assert "4 problems to fix" in str(caught.value.message)
    assert "bedoel je 'scared'?" in str(caught.value.message)  # 'bange' is Dutch


def test_defaults_for_children_pronoun_and_status(tmp_path: Path) -> None:
    account = load_account(write(tmp_path, """\
language: en
people:
  a: {name: Ann, role: child, age: 9}
  b: {name: Bo, role: child, age: 5}
  mum: {name: Kim, role: mother}
worried: [Mrs Hall saw a bruise on Ann's arm on Monday.]
"""))
    assert account.for_children == ("a", "b") and account.reading_age == 5
    assert account.status == "draft" and account.is_draft
    assert account.person("mum").pronoun == "they" and account.person("mum").called == "Kim"


def test_text_keeps_its_words_and_loses_control_characters(tmp_path: Path) -> None:
    account, problems = read_account(write(tmp_path, """\
language: en
people: {a: {name: Ann, role: child, age: 9}}
worried: ["{{ 7*7 }} & <b>Ann\\x07</b> said: it's \\u00e9t\\u00e9"]
"""))
    assert account is not None
    assert account.worried[0].text == "{{ 7*7 }} & <b>Ann</b> said: it's été"
    assert any("control characters" in p.message for p in problems)


def test_yes_and_numbers_stay_text(tmp_path: Path) -> None:
    account = load_account(write(tmp_path, """\
language: en
title: 2026
people: {a: {name: Yes, role: child, age: 9, called: No}}
worried: [yes]
"""))
    assert account.title == "2026" and account.person("a").name == "Yes"
    assert account.worried[0].text == "yes"


def test_a_place_typo_is_a_warning_with_a_suggestion(tmp_path: Path) -> None:
    account, problems = read_account(write(tmp_path, """\
language: en
people: {a: {name: Ann, role: child, age: 9}}
what_happened:
  - {text: Ann was at home on Monday., where: kitchn}
  - {text: Ann went to the shop on Tuesday., where: the corner shop}
"""))
    assert account is not None
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'story.yaml'}:4:47: warning: 'kitchn' is not a place the drawings "
        "know — did you mean 'kitchen'?"]
    assert account.what_happened[1].where == "the corner shop"
