"""A language's facts (language.yaml): written once, used by the templates, the planner, the
word check, the clock in the pictures, the anonymous copy and both renderers."""

from __future__ import annotations

import io
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from pptx import Presentation

from tests.conftest import EXAMPLES
from wordspictures.account.load import load_account
from wordspictures.account.model import Person
from wordspictures.account.vocabulary import PRONOUNS, ROLES
from wordspictures.api import build_book
from wordspictures.book.planner import plan_book
from wordspictures.language.facts import load_facts
from wordspictures.language.files import PACKS, TemplateProblem
from wordspictures.language.sentences import split_sentences
from wordspictures.lint.rules import load_rules
from wordspictures.problems import Mark

BUILT_IN = sorted(p.name for p in PACKS.iterdir() if (p / "language.yaml").is_file())
FY = Path(__file__).parent / "data" / "packs"


def person(role: str, pronoun: str = "they", age: int | None = None) -> Person:
    return Person("x", "Alex", role, "Alex", Mark("t", 1, 1), age=age, pronoun=pronoun)


@pytest.mark.parametrize("language", BUILT_IN)
def test_every_built_in_language_names_every_role_for_every_pronoun(language: str) -> None:
    facts = load_facts(language)
    for role in ROLES:
        for pronoun in PRONOUNS:
            who = person(role, pronoun, age=7)
            said = facts.role_of(who, "Sam")
            assert said and "{" not in said and facts.role_label(who)
    assert len(facts.weekdays) == 7 and len(facts.months) == 12


def test_roles_follow_the_pronoun_where_the_words_differ() -> None:
    nl = load_facts("nl")
    assert nl.role_of(person("neighbour", "she"), "Sam") == "de buurvrouw van Sam"
    assert nl.role_of(person("neighbour", "he"), "Sam") == "de buurman van Sam"
    assert nl.role_of(person("neighbour", "they"), "Sam") == "een buur van Sam"
    assert nl.role_of(person("child", age=6), "Sam") == "6 jaar oud"
    assert nl.role_label(person("cousin", "she")) == "Nicht"
    assert nl.role_label(person("cousin", "he")) == "Neef"


def own_pack(tmp_path: Path, **changes: str) -> Path:
    """Return a copy of the English pack's language.yaml, with lines replaced."""
    folder = tmp_path / "pack" / "en"
    folder.mkdir(parents=True)
    text = (PACKS / "en" / "language.yaml").read_text(encoding="utf-8")
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    (folder / "language.yaml").write_text(text, encoding="utf-8")
    return tmp_path / "pack"


def test_an_organisations_role_words_reach_the_book(tmp_path: Path) -> None:
    pack = own_pack(tmp_path, **{'"the mum of {children}"': '"the mother of {children}"'})
    book = plan_book(load_account(EXAMPLES / "mia-en.yaml"), pack)
    cast = " ".join(p.text for page in book.pages if page.kind.value == "cast"
                    for p in page.paragraphs)
    assert "the mother of" in cast and "the mum of" not in cast


def test_a_right_to_left_language_is_set_right_to_left_in_both_files(tmp_path: Path) -> None:
    pack = own_pack(tmp_path, **{"direction: ltr": "direction: rtl"})
    account = load_account(EXAMPLES / "mia-en.yaml")
    assert plan_book(account).direction == "ltr"
    assert plan_book(account, pack).direction == "rtl"
    result = build_book(EXAMPLES / "mia-en.yaml", tmp_path / "out", ["pptx"], templates=pack)
    slide = Presentation(io.BytesIO(result.files[0].read_bytes())).slides[0]
    paragraphs = [p._p for shape in slide.shapes if shape.has_text_frame
                  for p in shape.text_frame.paragraphs]
    assert paragraphs and all(p.pPr.get("rtl") == "1" for p in paragraphs)


def test_the_days_and_months_are_the_word_checks_too(tmp_path: Path) -> None:
    """The word check's 'when' words take the days from language.yaml: a day renamed there
    is a day for the check."""
    pack = own_pack(tmp_path, Monday="Moonday")
    shutil.copy(PACKS / "en" / "lint.yaml", pack / "en" / "lint.yaml")
    rules = load_rules("en", pack)
    assert rules is not None
    when = rules.patterns["when"]
    assert when.search("on Moonday") and not when.search("on Monday")


def test_the_planner_and_the_word_check_cut_sentences_alike() -> None:
    """One splitter: an abbreviation's full stop and '3. maart' end no sentence."""
    facts = load_facts("nl")
    text = "Papa zei bijv. dat hij moe was. Op 3. maart ging hij weg. Mama bleef."
    assert [s.text for s in split_sentences(text, facts.abbreviation)] == [
        "Papa zei bijv. dat hij moe was.", "Op 3. maart ging hij weg.", "Mama bleef."]


def test_a_new_language_without_facts_is_told_what_to_add(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(FY / "fy", pack / "fy")
    (pack / "fy" / "language.yaml").unlink()
    account = load_account(EXAMPLES / "lotte-nl.yaml", templates=pack)
    with pytest.raises(TemplateProblem, match="language.yaml missing"):
        plan_book(replace(account, language="fy"), pack)
