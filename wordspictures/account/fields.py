"""Turn single YAML nodes into checked values, collecting problems instead of raising.

A ``Fields`` reader knows the account's file name and the people's ids, so that each
problem can say where it is and what the nearest right value would be.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from wordspictures.account.hints import did_you_mean
from wordspictures.account.keys import (
    ACTIONS,
    CHOICE,
    DATE,
    DOING,
    DRAWING,
    DRAWING_KEYS,
    FEELING,
    FLAG,
    ID,
    IDS,
    PICTURE,
    PLACE,
    SIMPLE,
    TEXT,
    WHOLE,
    Key,
    names,
)
from wordspictures.account.model import Drawing
from wordspictures.account.source import mark_of
from wordspictures.account.vocabulary import PLACES
from wordspictures.problems import WARNING, Mark, Problem

INT_TAG = "tag:yaml.org,2002:int"
BOOL_TAG = "tag:yaml.org,2002:bool"
NULL_TAG = "tag:yaml.org,2002:null"
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"

# Characters XML (and so PPTX) cannot hold, and invisible controls that only confuse:
# C0 controls except tab and newline, DEL and C1 controls, lone surrogates, U+FFFE/U+FFFF.
UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

_constructor = SafeConstructor()


@dataclass
class Fields:
    """Checks values of one account file; ``problems`` collects what is wrong."""

    shown: str
    folder: Path
    person_ids: Sequence[str] = ()
    child_ids: Sequence[str] = ()  # of the people whose role is child
    problems: list[Problem] = field(default_factory=list)
    source: str = ""

    def mark(self, node: yaml.Node) -> Mark:
        """Return where a node is in the file."""
        return mark_of(node, self.shown)

    def error(self, node: yaml.Node, message: str, hint: str = "") -> None:
        """Record a problem that stops the build."""
        self.problems.append(Problem(message, hint, self.mark(node)))

    def warn(self, node: yaml.Node, message: str, hint: str = "") -> None:
        """Record a problem the caseworker should look at."""
        self.problems.append(Problem(message, hint, self.mark(node), severity=WARNING))

    def mapping(self, node: yaml.Node, what: str, allowed: Iterable[str]) -> dict[str, yaml.Node]:
        """Return a mapping's values by key, reporting unknown and repeated keys."""
        if not isinstance(node, yaml.MappingNode):
            self.error(node, f"{what} should be a list of 'key: value' lines",
                       "indent the lines under it and write each as 'key: value'")
            return {}
        allowed = tuple(allowed)
        values: dict[str, yaml.Node] = {}
        for key_node, value_node in self.mend_commas(node, allowed):
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
            if key in values:
                self.error(key_node, f"'{key}' is given twice in {what}",
                           "keep one of them; the other would be silently lost")
            elif key not in allowed:
                self.error(key_node, f"unknown key '{key}' in {what}",
                           did_you_mean(key, allowed)
                           or f"the keys here are: {', '.join(allowed)}")
            else:
                values[key] = value_node
        return values

    def mend_commas(self, node: yaml.MappingNode, allowed: Sequence[str]
                    ) -> list[tuple[yaml.Node, yaml.Node]]:
        """Return the mapping's pairs, with text that a comma split in two put back together.

        In ``{text: Als papa boos wordt, belt hij oom Tom.}`` YAML reads the part after the
        comma as a new key. When such a 'key' is unknown and has no value, the caseworker
        meant one text: we take it from the file as written and say how to avoid the doubt.
        """
        pairs: list[tuple[yaml.Node, yaml.Node]] = []
        for key_node, value_node in node.value:
            if (node.flow_style and pairs and self.source
                    and isinstance(key_node, yaml.ScalarNode) and key_node.style is None
                    and str(key_node.value) not in allowed
                    and isinstance(value_node, yaml.ScalarNode) and value_node.tag == NULL_TAG
                    and isinstance(pairs[-1][1], yaml.ScalarNode)
                    and pairs[-1][1].style is None):
                last_key, last_value = pairs[-1]
                start, end = last_value.start_mark, key_node.end_mark
                merged = yaml.ScalarNode("tag:yaml.org,2002:str",
                                         self.source[start.index:end.index], start, end)
                pairs[-1] = (last_key, merged)
                self.warn(last_value, f"this '{last_key.value}' holds a comma inside {{ … }}; "
                          "it was read as one text",
                          "put the text between quotes to be sure: text: \"…, …\"")
                continue
            pairs.append((key_node, value_node))
        return pairs

    def items(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        """Return a list's items; a single value counts as a list of one."""
        if isinstance(node, yaml.SequenceNode):
            return list(node.value)
        if isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG:
            return []
        if isinstance(node, yaml.MappingNode):
            self.error(node, f"{what} should be a list",
                       "start each item on its own line with '- '")
            return []
        return [node]

    def text(self, node: yaml.Node, what: str) -> str | None:
        """Return a piece of text exactly as written (cleaned of unsafe characters)."""
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, f"{what} should be text, not a list or a group of keys",
                       "write it on one line after the ':'")
            return None
        if node.tag == NULL_TAG:
            self.error(node, f"{what} is empty", "write the text after the ':'")
            return None
        raw = node.value if isinstance(node.value, str) else str(node.value)
        text = UNSAFE_CHARS.sub("", raw).strip()
        if text != raw.strip():
            self.warn(node, f"{what} holds invisible control characters; they were left out",
                      "retype the text if it looks wrong in the book")
        if not text:
            self.error(node, f"{what} is empty", "write the text after the ':'")
            return None
        return text

    def whole_number(self, node: yaml.Node, what: str, low: int, high: int) -> int | None:
        """Return a whole number between low and high."""
        value = self._construct(node) if node.tag == INT_TAG else None
        if not isinstance(value, int) or not low <= value <= high:
            self.error(node, f"{what} should be a whole number from {low} to {high}",
                       f"not '{getattr(node, 'value', '…')}'")
            return None
        return value

    def flag(self, node: yaml.Node, what: str) -> bool:
        """Return a yes/no value (true/false)."""
        value = self._construct(node) if node.tag == BOOL_TAG else None
        if not isinstance(value, bool):
            self.error(node, f"{what} should be true or false",
                       f"not '{getattr(node, 'value', '…')}'")
            return False
        return value

    def date(self, node: yaml.Node, what: str) -> dt.date | None:
        """Return a calendar date written as YYYY-MM-DD."""
        value = self._construct(node) if node.tag == TIMESTAMP_TAG else None
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            self.error(node, f"{what} should be a date written as year-month-day",
                       "for example 2026-11-20")
            return None
        return value

    def choice(self, node: yaml.Node, what: str, choices: Sequence[str]) -> str | None:
        """Return one of a fixed list of words."""
        value = self.text(node, what)
        if value is None:
            return None
        if value not in choices:
            self.error(node, f"'{value}' is not a known {what}",
                       did_you_mean(value, choices) or f"use one of: {', '.join(choices)}")
            return None
        return value

    def person_id(self, node: yaml.Node) -> str | None:
        """Return the id of someone in the story."""
        value = self.text(node, "a person")
        if value is None:
            return None
        if value not in self.person_ids:
            suggestion = did_you_mean(value, self.person_ids)
            self.error(node, f"'{value}' is not someone in this story",
                       (suggestion + " " if suggestion else "")
                       + "every name here must be one of the ids under 'people:'")
            return None
        return value

    def person_ids_of(self, node: yaml.Node) -> tuple[str, ...]:
        """Return one id or a list of ids of people in the story."""
        found = (self.person_id(item) for item in self.items(node, "'who'"))
        return tuple(unique(pid for pid in found if pid))

    def picture(self, node: yaml.Node) -> Path | None:
        """Return the path of a family picture, relative to the account's folder."""
        value = self.text(node, "the picture")
        if value is None:
            return None
        path = (self.folder / value)
        if not path.is_file():
            what = "a folder, not a picture" if path.is_dir() else "not there"
            self.error(node, f"the picture '{value}' is {what}",
                       "give the path of a PNG or JPEG file, from the account's folder")
            return None
        return path

    def value(self, node: yaml.Node, key: Key, section: str = "") -> object:
        """Return the checked value of a simple key (see ``keys``), None when it is wrong."""
        named = key.named.format(section=section)
        read: dict[str, Callable[[], object]] = {
            TEXT: lambda: self.text(node, named),
            CHOICE: lambda: self.choice(node, named, key.choices),
            WHOLE: lambda: self.whole_number(node, named, key.low, key.high),
            FLAG: lambda: self.flag(node, named),
            DATE: lambda: self.date(node, named),
            ID: lambda: self.person_id(node),
            IDS: lambda: self.person_ids_of(node),
            PLACE: lambda: self.place(node, named),
            PICTURE: lambda: self.picture(node),
            FEELING: lambda: self.feeling(node, named, key.choices),
            DRAWING: lambda: self.drawing(node),
            DOING: lambda: self.doing(node),
        }
        return read[key.kind]()

    def values(self, found: dict[str, yaml.Node], keys: tuple[Key, ...], section: str = ""
               ) -> dict[str, Any]:
        """Return the checked values of the simple keys that were given, by name; a wrong
        one is None (its problem is recorded)."""
        return {key.name: self.value(found[key.name], key, section) for key in keys
                if key.name in found and key.kind in SIMPLE}

    def settled(self, found: dict[str, yaml.Node], keys: tuple[Key, ...], section: str = ""
                ) -> dict[str, Any]:
        """Return every simple key's value: as given, or its default when it was left out
        or is wrong."""
        given = self.values(found, keys, section)
        return {key.name: key.default if given.get(key.name) is None else given[key.name]
                for key in keys if key.kind in SIMPLE}

    def feeling(self, node: yaml.Node, what: str, choices: Sequence[str]
                ) -> str | tuple[tuple[str, str], ...] | None:
        """Return one feeling word, or (person id, feeling) pairs for ``{noor: scared, …}``."""
        if not isinstance(node, yaml.MappingNode):
            return self.choice(node, what, choices)
        return self.per_person(node, what, choices) or None

    def doing(self, node: yaml.Node) -> tuple[tuple[str, str], ...] | None:
        """Return (person id, action) pairs: what each person does in the drawing."""
        if not isinstance(node, yaml.MappingNode):
            self.error(node, "'doing' should say what each person does",
                       "write it as 'doing: {papa: sleeps_on_sofa}'")
            return None
        return self.per_person(node, "action", ACTIONS) or None

    def per_person(self, node: yaml.MappingNode, what: str, choices: Sequence[str]
                   ) -> tuple[tuple[str, str], ...]:
        """Return the (person id, word) pairs of a mapping of ids to one of ``choices``."""
        pairs: dict[str, str] = {}
        for key_node, value_node in node.value:
            pid = self.person_id(key_node)
            word = self.choice(value_node, what, choices)
            if pid and word:
                pairs[pid] = word
        return tuple(pairs.items())

    def drawing(self, node: yaml.Node) -> tuple[Path | None, Drawing] | None:
        """Return an item's picture: the family's file (a path, or ``file:``), and what the
        drawing shows (``{place: …, doing: {…}, time: …}``)."""
        if not isinstance(node, yaml.MappingNode):
            path = self.picture(node)
            return (path, Drawing()) if path else None
        keys = self.mapping(node, "the picture", names(DRAWING_KEYS))
        values = self.settled(keys, DRAWING_KEYS)
        return values.pop("file"), Drawing(**values)

    def place(self, node: yaml.Node, what: str) -> str | None:
        """Return a place kind, or free words (which get a neutral picture)."""
        place = self.text(node, what)
        if place and place not in PLACES and " " not in place:
            close = did_you_mean(place, PLACES)
            if close:
                self.warn(node, f"'{place}' is not a place the drawings know", close)
        return place

    def _construct(self, node: yaml.Node) -> object:
        try:
            return _constructor.construct_object(node)
        except (ConstructorError, ValueError, OverflowError):
            return None


def unique(values: Iterable[str]) -> Iterator[str]:
    """Yield each value once, keeping the first order."""
    seen: set[str] = set()
    for value in values:
        if value not in seen:
            seen.add(value)
            yield value
