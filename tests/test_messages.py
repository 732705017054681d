"""What the program says about an account's mistakes, per language (messages.yaml): the
same messages in every built-in language, each with the same blanks, every one the code
names written, and every value the keys table names translated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from wordspictures.account.keys import (
    COVER_KEYS,
    DRAWING_KEYS,
    ENTRY,
    EXTRA,
    LOOKS_KEYS,
    PERSON,
    SCORE,
    TOP,
)
from wordspictures.language.files import PACKS, REFERENCE, available_languages
from wordspictures.language.messages import FILE, Messages

CODE = PACKS.parent
GROUPS = ("read", "line", "parse", "field", "account")


def catalog(language: str) -> dict[str, Any]:
    data = yaml.safe_load((PACKS / language / FILE).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def texts(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Yield (dotted key, text) for every text of a catalog."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from texts(value, f"{path}.{key}" if path else str(key))
    else:
        yield path, node


def blanks(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


@pytest.mark.parametrize("language", [lang for lang in available_languages()
                                      if lang != REFERENCE])
def test_every_language_says_every_message_with_the_same_blanks(language: str) -> None:
    reference = {k: v for k, v in texts(catalog(REFERENCE)) if not k.startswith("named.")}
    own = {k: v for k, v in texts(catalog(language)) if not k.startswith("named.")}
    assert sorted(own) == sorted(reference)
    for key, text in reference.items():
        assert isinstance(own[key], str) and own[key].strip() or not text.strip(), key
        assert blanks(own[key]) == blanks(text), key


def test_every_message_the_code_names_is_written() -> None:
    named = set()
    for path in CODE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        named |= set(re.findall(rf"[\"']((?:{'|'.join(GROUPS)})\.[a-z_0-9]+)[\"']", source))
    assert len(named) > 40
    say = Messages()
    for key in sorted(named):
        assert say.text(f"{key}.say") and isinstance(say.lookup(f"{key}.fix"), str), key


@pytest.mark.parametrize("language", [lang for lang in available_languages()
                                      if lang != REFERENCE])
def test_every_value_a_problem_names_is_translated(language: str) -> None:
    keys = [*TOP, *PERSON, *LOOKS_KEYS, *ENTRY, *SCORE, *DRAWING_KEYS, *COVER_KEYS,
            *(k for ks in EXTRA.values() for k in ks)]
    names = {key.named for key in keys if key.named} | {"action"}  # Fields.doing's
    assert set(catalog(language)["named"]) >= names
    say = Messages(language)
    assert say.name("the age") != "the age"
    assert say.text("did_you_mean", word="text") != Messages().text("did_you_mean",
                                                                     word="text")


def test_a_language_without_a_message_says_it_in_english() -> None:
    say = Messages("xx")
    assert say.problem("read.tab").message == "this line is indented with a tab"
    assert Messages("nl").problem("read.tab").message == "deze regel springt in met een tab"
