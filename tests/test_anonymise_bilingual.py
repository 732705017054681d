"""--anonymise in a book of two languages: names go from the translations too, also where
the family's language writes them in its own letters, with a word on to them (ليوسف) or a
changed ending (Олю); a name the copy could not find there is refused, never left in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wordspictures.account.anonymise import anonymise
from wordspictures.account.load import load_account
from wordspictures.account.model import Account
from wordspictures.errors import AccountError
from wordspictures.language.wording import Wording

YUSUF = """\
language: [nl, ar]
title: {nl: Het verhaal van Yusuf, ar: قصة يوسف}
date: 2026-11-18
people:
  yusuf: {name: {nl: Yusuf, ar: يوسف}, role: child, age: 7, pronoun: he}
  mama:
    name: {nl: Samira, ar: سميرة}
    role: mother
    called: {nl: Mama, ar: ماما}
  juf: {name: {nl: Anja, ar: أنيا}, role: teacher, called: Juf Anja}
worried:
  - text:
      nl: Juf Anja zag op 18 november dat Yusuf een blauwe plek op zijn arm had.
      ar: رأت المعلمة أنيا أن يوسف كانت لديه كدمة على ذراعه.
    who: [juf]
good_things:
  - text:
      nl: Samira kookt elke dag voor Yusuf.
      ar: سميرة تطبخ كل يوم ليوسف. Yusuf يحب ماما.
    who: [mama]
helpers:
  - text: {nl: Bel Juf Anja op 06-11223344., ar: اتصل بالمعلمة أنيا على 06-11223344.}
    who: [juf]
scale:
  - who: mama
    score: 6
    text: {nl: Samira zegt dat het beter gaat., ar: تقول سميرة إن الأمور أفضل.}
"""
SECRETS = ["Yusuf", "يوسف", "Samira", "سميرة", "Anja", "أنيا", "ماما", "06-11223344",
           "18 november", "قصة يوسف"]


def load(tmp_path: Path, text: str) -> Account:
    path = tmp_path / "verhaal.yaml"
    path.write_text(text, encoding="utf-8")
    return load_account(path)


def every_text(account: Account) -> str:
    people = [t for p in account.people
              for t in (p.name, p.called, p.name_translation, p.called_translation) if t]
    texts = [t for _, e in account.story_texts() for t in (e.text, e.translation) if t]
    return "\n".join([*people, *texts, account.title or "", account.title_translation or ""])


def test_no_name_is_left_in_either_language(tmp_path: Path) -> None:
    hidden = anonymise(load(tmp_path, YUSUF), Wording("nl"), Wording("ar"))
    text = every_text(hidden)
    for secret in SECRETS:
        assert secret not in text, (secret, text)
    assert hidden.title is None and hidden.title_translation is None
    # Each translation is still there, with the people named by role in its language.
    mama = hidden.person("mama")
    assert mama.called == "Moeder" and mama.called_translation
    assert re.search(r"\w", mama.called_translation)
    assert all(e.translation for _, e in hidden.story_texts())
    assert mama.called_translation in hidden.good_things[0].translation
    assert hidden.person("juf").called_translation in hidden.worried[0].translation


def test_a_name_in_other_letters_that_is_not_given_is_refused(tmp_path: Path) -> None:
    text = YUSUF.replace("name: {nl: Samira, ar: سميرة}", "name: Samira")
    with pytest.raises(AccountError) as caught:
        anonymise(load(tmp_path, text), Wording("nl"), Wording("ar"))
    problems = caught.value.problems
    assert [(p.mark.line if p.mark else 0) for p in problems] == [7]  # its name
    assert "'mama'" in problems[0].message and "Arabisch" in problems[0].message
    assert "name: {nl: Samira, ar: …}" in problems[0].hint


def test_a_name_in_how_the_child_calls_someone_is_enough(tmp_path: Path) -> None:
    text = YUSUF.replace("name: {nl: Anja, ar: أنيا}, role: teacher, called: Juf Anja",
                         "name: Anja, role: teacher, called: {nl: Juf Anja, ar: المعلمة أنيا}")
    hidden = anonymise(load(tmp_path, text), Wording("nl"), Wording("ar"))
    assert "أنيا" not in every_text(hidden)
    # but a word that holds no name ('the teacher') does not say how the name is written
    text = text.replace("ar: المعلمة أنيا}", "ar: المعلمة}")
    with pytest.raises(AccountError):
        anonymise(load(tmp_path, text), Wording("nl"), Wording("ar"))


def test_a_changed_ending_is_hidden_too(tmp_path: Path) -> None:
    text = """\
language: [nl, uk]
people:
  olia: {name: {nl: Olia, uk: Оля}, role: child, age: 6, pronoun: she}
  mama: {name: {nl: Iryna, uk: Ірина}, role: mother, called: {nl: Mama, uk: Мама}}
what_happened:
  - text: {nl: Mama knuffelt Olia., uk: Мама обіймає Олю.}
    who: [mama, olia]
"""
    hidden = anonymise(load(tmp_path, text), Wording("nl"), Wording("uk"))
    translation = hidden.what_happened[0].translation or ""
    assert "Олю" not in translation and "Оля" not in translation, translation
    assert "Olia" not in every_text(hidden)


def test_a_book_in_one_language_is_hidden_as_before(tmp_path: Path) -> None:
    one = YUSUF.replace("language: [nl, ar]", "language: nl")
    one = re.sub(r"\{nl: ([^,]+), ar: [^}]+\}", r"\1", one)
    one = re.sub(r"\n      nl: (.*)\n      ar: .*", r" \1", one)
    account = load(tmp_path, one)
    hidden = anonymise(account, Wording("nl"))
    assert hidden == anonymise(account, Wording("nl"), Wording("ar"))
    assert all(e.translation is None for _, e in hidden.story_texts())
