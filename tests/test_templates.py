"""The language packs: same files and phrases in every language, no stray names."""

from __future__ import annotations

import re

import pytest

from wordspictures.book.pages import PageKind
from wordspictures.language.files import PACKS, available_languages
from wordspictures.lint.rules import read_yaml

LANGUAGES = available_languages()
# The full packs (word check, interview, starter, messages) and the framing packs of issue 18:
# the book's own words and the language's facts only, each to be checked by a native speaker.
FULL = ("en", "nl")
FRAMING = ("ar", "fa", "pl", "tr", "uk")


def macros(text: str) -> set[str]:
    return set(re.findall(r"{%-?\s*macro (\w+)\(", text))


def test_built_in_languages() -> None:
    assert tuple(sorted(FULL + FRAMING)) == LANGUAGES


def test_every_full_language_has_the_same_files() -> None:
    files = {lang: sorted(p.name for p in (PACKS / lang).iterdir() if p.suffix in (".j2", ".yaml")
                          and p.name != "lint.yaml") for lang in FULL}
    assert len({tuple(v) for v in files.values()}) == 1, files


@pytest.mark.parametrize("lang", FRAMING)
def test_a_framing_pack_is_complete_and_marked_to_be_checked(lang: str) -> None:
    import yaml

    from wordspictures.language.wording import missing_parts

    assert missing_parts(PACKS / lang) == []
    assert not (PACKS / lang / "lint.yaml").exists()  # the word check reads nl and en only
    facts = yaml.safe_load((PACKS / lang / "language.yaml").read_text(encoding="utf-8"))
    assert facts["checked"] is False
    for path in (PACKS / lang).iterdir():
        assert "To be checked by a native speaker" in path.read_text(encoding="utf-8"), path


def test_every_page_kind_has_a_template() -> None:
    for lang in LANGUAGES:
        for kind in PageKind:
            assert (PACKS / lang / f"{kind.value}.j2").is_file(), (lang, kind)


def test_every_language_defines_the_same_book_phrases() -> None:
    found = {lang: macros((PACKS / lang / "book.j2").read_text(encoding="utf-8"))
             for lang in LANGUAGES}
    assert len({frozenset(v) for v in found.values()}) == 1, found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_templates_set_every_part(lang: str) -> None:
    for kind in PageKind:
        text = (PACKS / lang / f"{kind.value}.j2").read_text(encoding="utf-8")
        for part in ("heading", "intro", "notes", "alt"):
            assert re.search(r"{%\s*set " + part + r"\s*%}", text), (lang, kind, part)


def test_every_language_has_the_same_word_rule_sections() -> None:
    # The names of the sets are words of the language; every other key is the same.
    keys = {}
    for lang in FULL:
        rules = read_yaml(PACKS / lang / "lint.yaml")
        keys[lang] = {(key, sub) for key, value in rules.items()
                      for sub in (value if isinstance(value, dict) and key != "sets" else [""])}
    assert len({frozenset(v) for v in keys.values()}) == 1, keys
