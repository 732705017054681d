"""Every kind of value in the table of keys (``keys``), read by its kind: ``value`` for one
key, ``values``/``settled`` for a group, and the kinds made of more than one node (a
feeling per person, a picture's own keys, what people do, a place, a phone number).

``Fields`` checks single YAML values; ``KeyFields`` reads the account's keys with them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml

from wordspictures.account.fields import Fields
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
    PHONE,
    PICTURE,
    PLACE,
    SIMPLE,
    SOUND,
    TEXT,
    WHOLE,
    Key,
    names,
)
from wordspictures.account.model import Drawing
from wordspictures.account.vocabulary import PLACES


class KeyFields(Fields):
    """Reads the keys of the account's table (``keys``) from their YAML nodes."""

    def value(self, node: yaml.Node, key: Key, section: str = "") -> object:
        """Return the checked value of a simple key (see ``keys``), None when it is wrong."""
        named = self.say.name(key.named).format(section=section)
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
            PHONE: lambda: self.phone(node, named),
            SOUND: lambda: self.recording(node),
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
            self.report(node, "field.doing_shape")
            return None
        return self.per_person(node, self.say.name("action"), ACTIONS) or None

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
        keys = self.mapping(node, self.where("picture"), names(DRAWING_KEYS))
        values = self.settled(keys, DRAWING_KEYS)
        return values.pop("file"), Drawing(**values)

    def place(self, node: yaml.Node, what: str) -> str | None:
        """Return a place kind, or free words (which get a neutral picture)."""
        place = self.text(node, what)
        if place and place not in PLACES and " " not in place:
            close = self.nearest(place, PLACES)
            if close:
                self.report(node, "field.unknown_place", warning=True, value=place, fix=close)
        return place

    def phone(self, node: yaml.Node, what: str) -> str | None:
        """Return a phone number: text with digits in it ('Femke' is no number)."""
        number = self.text(node, what)
        if number is not None and not any(ch.isdigit() for ch in number):
            self.report(node, "field.phone", value=number)
            return None
        return number
