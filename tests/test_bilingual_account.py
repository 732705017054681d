"""A book in two languages, on the account's side: `language: [nl, ar]`, every text a
mapping with exactly the book's languages, every translation in the model, and every
mistake told at its line with the fix, in Dutch and English; old accounts load as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wordspictures.account.load import read_account
from wordspictures.problems import Problem

HERE = Path(__file__).parent
OLD = sorted(p for p in [*(HERE / "data" / "examples").glob("*.yaml"),
                        *(HERE.parent / "examples").glob("*.yaml")]
             if not re.search(r"^language: *\[", p.read_text(encoding="utf-8"), re.M))

STORY = """\
language: [{main}, ar]
title: {{{main}: Het verhaal van Yusuf, ar: قصة يوسف}}
people:
  yusuf: {{name: Yusuf, role: child, age: 7, pronoun: he}}
  mama:
    name: Samira
    role: mother
    called: {{{main}: Mama, ar: ماما}}
  juf: {{name: Anja, role: teacher, called: Juf Anja}}
worried:
  - text:
      {main}: Juf Anja zag dat Yusuf een blauwe plek op zijn arm had.
      ar: رأت المعلمة أنيا أن يوسف كانت لديه كدمة على ذراعه.
    who: [juf]
good_things:
  - text: {{{main}: Mama kookt elke dag., ar: ماما تطبخ كل يوم.}}
    who: [mama]
scale:
  - who: mama
    score: 6
    text:
      {main}: Het gaat beter.
      ar: الأمور أفضل.
"""


def story(main: str = "nl", old: str = "", new: str = "") -> str:
    text = STORY.format(main=main)
    assert old in text
    return text.replace(old, new, 1)


def problems_of(tmp_path: Path, text: str) -> list[Problem]:
    path = tmp_path / "verhaal.yaml"
    path.write_text(text, encoding="utf-8")
    account, problems = read_account(path)
    assert account is None
    return [p for p in problems if not p.is_warning]


@pytest.mark.parametrize("path", OLD, ids=lambda p: p.name)
def test_an_old_account_is_a_book_of_one_language(path: Path) -> None:
    account, problems = read_account(path)
    assert account is not None, problems
    assert account.second_language is None and account.languages == (account.language,)
    assert account.title_translation is None
    assert all(p.called_translation is None for p in account.people)
    assert all(e.translation is None and e.translation_mark is None
               for _, e in account.story_texts())


def test_every_translation_reaches_the_model(tmp_path: Path) -> None:
    path = tmp_path / "yusuf.yaml"
    path.write_text(story(), encoding="utf-8")
    account, problems = read_account(path)
    assert account is not None, problems
    assert not problems
    assert account.languages == ("nl", "ar") and account.language == "nl"
    assert (account.title, account.title_translation) == ("Het verhaal van Yusuf", "قصة يوسف")
    mama, juf = account.person("mama"), account.person("juf")
    assert (mama.called, mama.called_translation) == ("Mama", "ماما")
    assert (juf.called, juf.called_translation) == ("Juf Anja", None)  # the same in both
    worry = account.worried[0]
    assert worry.text == "Juf Anja zag dat Yusuf een blauwe plek op zijn arm had."
    assert worry.translation == "رأت المعلمة أنيا أن يوسف كانت لديه كدمة على ذراعه."
    assert (worry.mark.line, worry.translation_mark and worry.translation_mark.line) == (12, 13)
    good = account.good_things[0]
    assert (good.text, good.translation) == ("Mama kookt elke dag.", "ماما تطبخ كل يوم.")
    assert good.translation_mark is not None and good.translation_mark.line == 16
    score = account.scale[0]
    assert (score.text, score.translation) == ("Het gaat beter.", "الأمور أفضل.")
    texts = [(e.text, e.translation) for _, e in account.story_texts()]
    assert texts[-1] == ("Het gaat beter.", "الأمور أفضل.")


def test_a_list_of_one_language_is_a_book_of_one(tmp_path: Path) -> None:
    path = tmp_path / "een.yaml"
    path.write_text("language: [nl]\npeople:\n  sam: {name: Sam, role: child, age: 6}\n"
                    "worried:\n  - Juf zag dat Sam moe was.\n", encoding="utf-8")
    account, problems = read_account(path)
    assert account is not None and account.languages == ("nl",), problems


# (what is changed, the line told, words of the Dutch message, words of the English one)
MISTAKES = [
    ("language: [{main}, ar]", "language: [{main}, ar, fa]", 1,
     ("hoogstens twee talen", "'fa' is een derde", "maak een tweede boek voor 'fa'"),
     ("at most two languages", "'fa' is a third", "make a second book for 'fa'")),
    ("language: [{main}, ar]", "language: [{main}, {main}]", 1,
     ("twee keer in 'language'",), ("given twice in 'language'",)),
    ("language: [{main}, ar]", "language: [{main}, xx]", 1,
     ("'xx'", "ar, en, fa"), ("'xx'", "ar, en, fa")),
    ("language: [{main}, ar]", "language: []", 1,  # no language: told in English
     ("names no language", "language: [nl, ar]"), ("names no language", "language: [nl, ar]")),
    ("title: {{{main}: Het verhaal van Yusuf, ar: قصة يوسف}}", "title: Het verhaal", 2,
     ("in één taal", "het Arabisch", "'ar: …'", "de tolk"),
     ("in one language only", "Arabic", "'ar: …'", "the interpreter")),
    ("      ar: رأت المعلمة أنيا أن يوسف كانت لديه كدمة على ذراعه.\n", "", 12,
     ("ontbreekt de tekst in het Arabisch", "'ar: …'"), ("has no Arabic words", "'ar: …'")),
    ("      ar: رأت", "      fa: رأت", 13,
     ("'fa'", "geen taal van dit boek"), ("'fa'", "not a language of this book")),
    ("      ar: رأت", "      arr: رأت", 13,
     ("bedoel je 'ar'",), ("did you mean 'ar'",)),
    ("ar: ماما تطبخ كل يوم.", "ar: ", 16, ("leeg",), ("empty",)),
    ("    text:\n      {main}: Het gaat beter.\n      ar: الأمور أفضل.\n",
     "    text: Het gaat beter.\n", 21, ("in één taal",), ("in one language only",)),
    ("called: {{{main}: Mama, ar: ماما}}", "called: {{{main}: Mama, ar: ماما, {main}: M}}", 8,
     ("twee keer",), ("twice",)),
]


@pytest.mark.parametrize(("old", "new", "line", "nl_words", "en_words"),
                         MISTAKES, ids=lambda v: str(v)[:30])
@pytest.mark.parametrize("main", ["nl", "en"])
def test_a_mistake_is_told_at_its_line_with_the_fix(
        tmp_path: Path, main: str, old: str, new: str, line: int,
        nl_words: tuple[str, ...], en_words: tuple[str, ...]) -> None:
    text = story(main, old.format(main=main), new.format(main=main))
    problems = problems_of(tmp_path, text)
    assert len(problems) == 1, problems
    problem = problems[0]
    assert problem.mark is not None and problem.mark.line == line, problem
    told = f"{problem.message} — {problem.hint}"
    for words in nl_words if main == "nl" else en_words:
        assert words in told, told


@pytest.mark.parametrize(("text", "line", "words"), [
    ("language: nl\ntitle: {nl: Sam, ar: سام}\n", 2, "alleen in het Nederlands"),
    ("language: en\npeople:\n  sam:\n    name: Sam\n    called: {en: Sam}\n", 5,
     "English only"),
])
def test_a_mapping_in_a_book_of_one_language_says_to_add_the_language(
        tmp_path: Path, text: str, line: int, words: str) -> None:
    body = text + ("people:\n" if "people" not in text else "") + (
        "  yusuf: {name: Yusuf, role: child, age: 7}\nworried:\n  - Juf zag het.\n")
    told = [p for p in problems_of(tmp_path, body) if "language: [" in p.hint]
    assert [p.mark.line for p in told if p.mark] == [line], told
    assert words in told[0].message


# A hand-editing mistake on a translation's line: told at that line, the mended line given.
@pytest.mark.parametrize(("typed", "column", "words", "mended"), [
    ("      ar: قالت المعلمة: تعال", 11, "': '", 'ar: "قالت المعلمة: تعال"'),
    ("      ar:قالت المعلمة", 10, "spatie", "ar: قالت المعلمة"),
    ('      ar: "رأت المعلمة" أن يوسف', 11, "aanhalingsteken",
     "ar: '\"رأت المعلمة\" أن يوسف'"),
    ("      nl:Juf Anja zag het.", 10, "spatie", "nl: Juf Anja zag het."),
])
def test_a_typing_mistake_in_a_translation_is_told_at_its_line(
        tmp_path: Path, typed: str, column: int, words: str, mended: str) -> None:
    line = "      ar: رأت المعلمة أنيا أن يوسف كانت لديه كدمة على ذراعه."
    if typed.lstrip().startswith("nl:"):
        line = "      nl: Juf Anja zag dat Yusuf een blauwe plek op zijn arm had."
    problems = problems_of(tmp_path, story(old=line, new=typed))
    assert [(p.mark.line, p.mark.column) for p in problems if p.mark] == [
        (13 if "ar" in typed[:9] else 12, column)], problems
    assert words in problems[0].message + problems[0].hint
    assert problems[0].hint.endswith(mended), problems[0].hint


def test_a_name_may_be_given_in_the_second_language_s_letters(tmp_path: Path) -> None:
    path = tmp_path / "yusuf.yaml"
    path.write_text(story(old="  yusuf: {name: Yusuf,", new="  yusuf: {name: {nl: Yusuf, "
                          "ar: يوسف},"), encoding="utf-8")
    account, problems = read_account(path)
    assert account is not None, problems
    yusuf = account.person("yusuf")
    assert (yusuf.name, yusuf.name_translation, yusuf.called) == ("Yusuf", "يوسف", "Yusuf")
    # Without 'called' the child calls him by his name in both languages: the Arabic
    # framing says يوسف, not the Latin letters.
    assert yusuf.called_translation == "يوسف"
    assert account.person("mama").name_translation is None


def test_the_schema_takes_a_book_in_two_languages_and_not_three(tmp_path: Path) -> None:
    import jsonschema
    import yaml

    from wordspictures.account.schema import account_schema

    validator = jsonschema.Draft202012Validator(account_schema())
    assert list(validator.iter_errors(yaml.safe_load(story()))) == []
    three = yaml.safe_load(story(old="[nl, ar]", new="[nl, ar, fa]"))
    assert [e.absolute_path[0] for e in validator.iter_errors(three)] == ["language"]
    bad = yaml.safe_load(story(old="title: {nl: Het verhaal van Yusuf, ar: قصة يوسف}",
                               new="title: {nl: Het verhaal van Yusuf, xx: قصة يوسف}"))
    assert [e.absolute_path[0] for e in validator.iter_errors(bad)] == ["title"]
