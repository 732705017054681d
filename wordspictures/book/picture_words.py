"""A language's picture words (its pack's ``pictures.yaml``): how a sentence names people by
their role, which words tell a woman or a man, what someone does and feels, where and when
it is, and whether the sentence is about a worry or a harm.

The terms are written as in ``lint.yaml`` and compiled by the word check's own term reader
(``language.terms``), so a pack's author learns one way of writing words. A pack without the
file (an organisation's language made before it existed) reads nothing from the words: its
pictures show the items' ``who``, ``where`` and ``feeling``, as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from wordspictures.account.vocabulary import ACTIONS, DAYTIMES, FEELINGS
from wordspictures.language.files import TemplateProblem, find_pack_file, resolved
from wordspictures.language.terms import NOTHING, TermError, TermPattern, compile_terms

FILE = "pictures.yaml"
# Places the words may name beyond the account's: someone else's home.
MORE_PLACES = ("their_home",)


@dataclass(frozen=True)
class PictureWords:
    """The picture words of one language; empty when its pack has no ``pictures.yaml``."""

    roles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    she: frozenset[str] = frozenset()
    he: frozenset[str] = frozenset()
    elder: frozenset[str] = frozenset()
    possessive: tuple[str, ...] = ()
    pronouns: Mapping[str, frozenset[str]] = field(default_factory=dict)
    together: frozenset[str] = frozenset()
    and_: frozenset[str] = frozenset()
    clause: frozenset[str] = frozenset()
    actions: tuple[tuple[str, TermPattern], ...] = ()
    feelings: tuple[tuple[str, TermPattern], ...] = ()
    serious: TermPattern = NOTHING
    harm: TermPattern = NOTHING
    places: tuple[tuple[str, TermPattern], ...] = ()
    times: tuple[tuple[str, TermPattern], ...] = ()
    homes: frozenset[str] = frozenset()
    everyone: TermPattern = NOTHING
    source: str = ""

    def pronoun_of(self, word: str) -> tuple[str, ...]:
        """Return the pronoun kinds (she, he, they) a word may be, lower case."""
        return tuple(kind for kind, words in self.pronouns.items() if word in words)


def load_picture_words(language: str, templates: Path | None = None) -> PictureWords:
    """Return the picture words of a language (an organisation's ``pictures.yaml`` first)."""
    return cached_words(language, resolved(templates))


@cache
def cached_words(language: str, templates: Path | None) -> PictureWords:
    path = find_pack_file(language, FILE, templates)
    if path is None:
        return PictureWords()
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 3x faster
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
        return read_words(data, str(path))
    except (OSError, yaml.YAMLError) as exc:
        raise TemplateProblem(f"{path}: cannot read the picture words ({exc})") from exc
    except (TermError, TypeError, ValueError, AttributeError) as exc:
        raise TemplateProblem(f"{path}: {exc} — compare it with the built-in {FILE}") from exc


def read_words(data: Mapping[str, Any], source: str) -> PictureWords:
    """Return the picture words in a pictures.yaml's data; raise ValueError on a wrong name."""
    sets: dict[str, list[str]] = {k: list(map(str, v)) for k, v in
                                  (data.get("sets") or {}).items()}
    return PictureWords(
        roles={str(role): lowered(words) for role, words in (data.get("people") or {}).items()},
        she=frozenset(lowered(data.get("she"))), he=frozenset(lowered(data.get("he"))),
        elder=frozenset(lowered(data.get("elder"))),
        possessive=tuple(str(end) for end in data.get("possessive") or ()),
        pronouns={str(kind): frozenset(lowered(words))
                  for kind, words in (data.get("pronouns") or {}).items()},
        together=frozenset(lowered(data.get("together"))),
        and_=frozenset(lowered(data.get("and"))),
        clause=frozenset(lowered(data.get("clause"))),
        actions=patterns(data, "actions", ACTIONS, sets),
        feelings=patterns(data, "feelings", FEELINGS, sets),
        serious=compile_terms(list(map(str, data.get("serious") or ())), sets),
        harm=compile_terms(list(map(str, data.get("harm") or ())), sets),
        places=patterns(data, "places", None, sets),
        times=patterns(data, "times", DAYTIMES, sets),
        homes=frozenset(lowered(data.get("homes"))),
        everyone=compile_terms(list(map(str, data.get("everyone") or ())), sets),
        source=source,
    )


def lowered(words: Any) -> tuple[str, ...]:
    """Return a list of words from the file, in lower case."""
    if words is None:
        return ()
    if not isinstance(words, list):
        raise ValueError(f"'{words}' should be a list: [word, word, …]")
    return tuple(str(w).lower() for w in words)


def patterns(data: Mapping[str, Any], key: str, known: tuple[str, ...] | None,
             sets: dict[str, list[str]]) -> tuple[tuple[str, TermPattern], ...]:
    """Return each name under ``key`` with the pattern of its terms, in the file's order."""
    from wordspictures.account.vocabulary import PLACES

    names = known if known is not None else (*PLACES, *MORE_PLACES)
    found = []
    for name, terms in (data.get(key) or {}).items():
        if name not in names:
            raise ValueError(f"'{name}' under '{key}' is not one the drawings know "
                             f"(one of: {', '.join(names)})")
        found.append((str(name), compile_terms(list(map(str, terms or ())), sets)))
    return tuple(found)
