"""What the interview has been told so far: the people and the story's items, in memory
until the last answer (``Story``), and how a typed name finds its person."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from wordspictures.account.fields import UNSAFE_CHARS
from wordspictures.account.keys import STORY_KEYS

# Words that YAML would read as something other than text (true, no, null...).
YAML_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})


def clean(answer: str) -> str:
    """Return an answer on one line, without invisible control characters."""
    return " ".join(UNSAFE_CHARS.sub("", answer).split())


@dataclass
class Someone:
    """A person in the story as the interview knows them."""

    id: str
    name: str
    role: str
    called: str
    age: int | None = None
    pronoun: str | None = None


@dataclass
class Story:
    """Everything the caseworker answered."""

    language: str
    people: dict[str, Someone] = field(default_factory=dict)
    children: list[str] = field(default_factory=list)
    sections: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    title: str = ""
    made_by: list[str] = field(default_factory=list)
    date: dt.date | None = None

    def add(self, name: str, role: str, called: str = "", age: int | None = None,
            pronoun: str | None = None) -> Someone:
        """Add a person under a new id made from how the child calls them."""
        person = Someone(new_id(called or name, self.people), name, role, called or name,
                         age, pronoun)
        self.people[person.id] = person
        return person

    def find(self, typed: str, articles: Iterable[str]) -> Someone | None:
        """Return the person a typed name means (by how they are called, name or id)."""
        wanted = {fold(typed), fold(drop_article(typed, articles))}
        for person in self.people.values():
            names = {fold(person.called), fold(person.name), person.id,
                     fold(drop_article(person.called, articles))}
            if wanted & names:
                return person
        return None

    def called(self, ids: Iterable[str]) -> list[str]:
        """Return how the child calls each of these people."""
        return [self.people[i].called for i in ids]

    def add_entry(self, section: str, **keys: Any) -> dict[str, Any]:
        """Add an item to a section, leaving out the keys that were not answered; return
        it, for the answers that follow."""
        entry = {k: v for k, v in keys.items() if v not in (None, "", [])}
        self.sections.setdefault(section, []).append(entry)
        return entry

    def tells_a_story(self) -> bool:
        """Return True when there is a worry, an event or a rule."""
        return any(self.sections.get(key) for key in STORY_KEYS)


def fold(text: str) -> str:
    """Return text for comparing names: lower case, single spaces."""
    return " ".join(text.casefold().split())


def drop_article(text: str, articles: Iterable[str]) -> str:
    """Return text without a leading article ('de juf' → 'juf')."""
    first, _, rest = text.strip().partition(" ")
    return rest if rest and first.casefold() in set(articles) else text


def new_id(called: str, taken: Iterable[str]) -> str:
    """Return an id (one word of letters, digits and _) that is not taken yet."""
    ascii_text = unicodedata.normalize("NFKD", called).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_") or "person"
    if not base[0].isalpha():
        base = f"p_{base}"
    if base in YAML_WORDS:
        base = f"{base}_"
    taken = set(taken)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate
