"""What the program knows about a language, from its pack's ``language.yaml``: its tag and
the direction it is written in, the names of its days and months, its abbreviations, how
a time is said, how the book names a person's role, and the computer voice that reads it.

These are the facts under the words: the renderers set a right-to-left book's direction
from them, the planner and the word check cut sentences with the same abbreviations, the
planner reads a rule's clock time with them, the templates name months and roles from
them. Each language keeps them in one file, so a day's name is written once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from wordspictures.language.files import PACKS, TemplateProblem, resolved
from wordspictures.language.sentences import abbreviation_pattern

FILE = "language.yaml"
DIRECTIONS = ("ltr", "rtl")


@dataclass(frozen=True)
class TimeWords:
    """One way of saying a clock time: ``say`` is a pattern with ``{n}`` for the hour;
    ``hour`` moves the hour said ('half acht' is 7:30), ``minute`` gives the minutes, and
    ``afternoon`` adds twelve hours to a morning hour ('8 pm')."""

    say: str
    hour: int = 0
    minute: int = 0
    afternoon: bool = False


@dataclass(frozen=True)
class ClockWords:
    """The words that say when: hours as words, ways of saying a time, and the words for
    every day, the weekend, the morning and the evening."""

    numbers: tuple[tuple[str, int], ...] = ()  # (word, hour): ('acht', 8)
    times: tuple[TimeWords, ...] = ()
    every_day: tuple[str, ...] = ()
    weekend: tuple[str, ...] = ()
    morning: tuple[str, ...] = ()
    evening: tuple[str, ...] = ()


@dataclass(frozen=True)
class Facts:
    """The facts of one language (see the module's docstring)."""

    code: str
    tag: str
    direction: str
    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    abbreviations: tuple[str, ...]
    abbreviation: re.Pattern[str]  # a text ending in one of them (``sentences``)
    clock: ClockWords
    roles: Mapping[str, Mapping[str, Any]]
    source: str
    voice: str = ""   # the eSpeak NG voice that reads the book aloud
    pace: int = 145   # how fast it reads, in words a minute

    @property
    def rtl(self) -> bool:
        """Return True for a language written right to left."""
        return self.direction == "rtl"

    def role_of(self, person: Any, children: str) -> str:
        """Return what a person is to the children ('de mama van Noor'), by their role."""
        words = self.role_words(person, "of")
        return words.replace("{children}", children).replace("{age}", str(person.age))

    def role_label(self, person: Any) -> str:
        """Return the name a person gets in an anonymous copy ('Moeder'), by their role."""
        return self.role_words(person, "label")

    def role_words(self, person: Any, part: str) -> str:
        """Return a role's words for a person: by their pronoun where the words differ."""
        entry = self.roles.get(person.role) or self.roles.get("other")
        if not entry or part not in entry:
            raise TemplateProblem(f"{self.source}: 'roles' has no '{part}' for "
                                  f"'{person.role}' — add it, as in the built-in {FILE}")
        words = entry[part]
        if isinstance(words, Mapping):
            words = words.get(person.pronoun, words.get("they", ""))
        return str(words)


def find_facts_file(language: str, templates: Path | None = None) -> Path | None:
    """Return the language's ``language.yaml``: the organisation's, else the built-in one."""
    for folder in ([Path(templates) / language] if templates is not None else []) + \
            [PACKS / language]:
        if (folder / FILE).is_file():
            return folder / FILE
    return None


def facts_if_any(language: str, templates: Path | None = None) -> Facts | None:
    """Return the facts of a language, or None when it has no ``language.yaml`` (a folder
    of word rules alone, for a language without a pack)."""
    if find_facts_file(language, templates) is None:
        return None
    return load_facts(language, templates)


def load_facts(language: str, templates: Path | None = None) -> Facts:
    """Return the facts of a language (an organisation's ``language.yaml`` first)."""
    return cached_facts(language, resolved(templates))


@cache
def cached_facts(language: str, templates: Path | None) -> Facts:
    path = find_facts_file(language, templates)
    if path is None:
        raise TemplateProblem(f"the language '{language}' has no {FILE} — copy one with "
                              "'wordspictures templates export' and translate it")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TemplateProblem(f"{path}: cannot read the language's facts ({exc})") from exc
    try:
        return read_facts(language, data, str(path))
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise TemplateProblem(f"{path}: {exc} — compare it with the built-in "
                              f"'{PACKS / 'en' / FILE}'") from exc


def read_facts(language: str, data: Any, source: str) -> Facts:
    """Return the facts in a language.yaml's data; raise ValueError naming what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("it should hold 'key: value' lines")
    direction = str(data.get("direction", "ltr"))
    if direction not in DIRECTIONS:
        raise ValueError(f"direction should be ltr or rtl, not '{direction}'")
    weekdays, months = words(data, "weekdays"), words(data, "months")
    if len(weekdays) != 7 or len(months) != 12:
        raise ValueError("it needs the 7 weekdays (Monday first) and the 12 months")
    clock = data.get("clock") or {}
    speech = data.get("voice") or {}
    return Facts(
        code=language, tag=str(data.get("tag") or language), direction=direction,
        weekdays=weekdays, months=months, abbreviations=words(data, "abbreviations"),
        abbreviation=abbreviation_pattern(words(data, "abbreviations")),
        clock=ClockWords(
            numbers=tuple((str(k), int(v)) for k, v in (clock.get("numbers") or {}).items()),
            times=tuple(TimeWords(str(t["say"]), int(t.get("hour", 0)),
                                  int(t.get("minute", 0)), bool(t.get("afternoon", False)))
                        for t in clock.get("times") or []),
            **{name: words(clock, name) for name in ("every_day", "weekend", "morning",
                                                      "evening")}),
        roles=dict(data.get("roles") or {}),
        source=source,
        voice=str(speech.get("espeak") or language),
        pace=int(speech.get("pace", 145)),
    )


def words(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """Return a list of words under ``key`` (none when it is not there)."""
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ValueError(f"'{key}' should be a list: [word, word, …]")
    return tuple(str(v) for v in value)
