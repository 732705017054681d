"""Every kind of value in the table of keys (``keys``), read by its kind: ``value`` for one
key, ``values``/``settled`` for a group, and the kinds made of more than one node (a
feeling per person, a picture's own keys, what people do, a place, a phone number).

``Fields`` checks single YAML values; ``KeyFields`` reads the account's keys with them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from wordspictures.account.fields import Fields
from wordspictures.account.keys import (
    ACTIONS,
    CALLED,
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
    SAID,
    SIMPLE,
    SOUND,
    TEXT,
    WHOLE,
    Key,
    names,
)
from wordspictures.account.model import Drawing
from wordspictures.account.vocabulary import PLACES
from wordspictures.problems import Mark


class Said(NamedTuple):
    """Words the book prints: in the main language, and in a book of two languages the
    interpreter's words in the second (``translation``, written at ``mark``)."""

    text: str
    translation: str | None = None
    mark: Mark | None = None


def spread(values: dict[str, Any], name: str, translation: str, mark: str = ""
           ) -> dict[str, Any]:
    """Return ``values`` with the ``Said`` under ``name`` spread over the model's fields:
    the main text stays under ``name``, the translation (and where it stands) go beside."""
    said = values.get(name)
    if isinstance(said, Said):
        values[name], values[translation] = said.text, said.translation
        if mark:
            values[mark] = said.mark
    return values


class KeyFields(Fields):
    """Reads the keys of the account's table (``keys``) from their YAML nodes."""

    def value(self, node: yaml.Node, key: Key, section: str = "") -> object:
        """Return the checked value of a simple key (see ``keys``), None when it is wrong."""
        named = self.say.name(key.named).format(section=section)
        read: dict[str, Callable[[], object]] = {
            TEXT: lambda: self.text(node, named),
            SAID: lambda: self.said(node, named),
            CALLED: lambda: self.said(node, named, both=False),
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

    def said(self, node: yaml.Node, what: str, both: bool = True) -> Said | None:
        """Return words the book prints: one text in a book of one language; in a book of
        two a mapping with exactly its languages (``{nl: …, ar: …}``), or, where ``both``
        is False (how the child calls someone), one text the same in both."""
        if self.languages_wrong:  # told once at 'language:', not again at every text
            return self.any_text(node, what)
        if isinstance(node, yaml.MappingNode):
            if len(self.languages) < 2:
                main = self.languages[0] if self.languages else "nl"
                self.report(node, "account.one_language", what=what, language=main,
                            name=self.say.language_name(main))
                return None
            return self.translations(node, what)
        text = self.text(node, what)
        if text is not None and both and len(self.languages) == 2:
            self.report(node, "account.no_translation", what=what, **self.named_languages())
        return Said(text) if text is not None else None

    def translations(self, node: yaml.MappingNode, what: str) -> Said | None:
        """Return the words of each of the book's languages in ``{nl: …, ar: …}``; every
        language missing, repeated or not the book's is reported at its line."""
        found: dict[str, tuple[yaml.Node, str | None]] = {}
        strays: list[yaml.Node] = []
        for code_node, value_node in self.mend_commas(node, self.languages):
            code = str(code_node.value) if isinstance(code_node, yaml.ScalarNode) else ""
            if code in found:
                self.report(code_node, "field.twice", key=code, what=what)
            elif code not in self.languages:
                self.report(code_node, "account.unknown_translation", key=code, what=what,
                            fix=self.nearest(code, self.languages) or None,
                            **self.named_languages())
                strays.append(value_node)
            else:
                found[code] = (value_node, self.text(value_node, f"{what} ({code})"))
        missing = [code for code in self.languages if code not in found]
        if len(missing) == len(strays) == 1:  # 'ra:' for 'ar:': one mistake, told above
            found[missing.pop()] = (strays[0], self.text(strays[0], what))
        for code in missing:
            self.report(node, "account.missing_translation", what=what, code=code,
                        language=self.say.language_name(code),
                        example=next(iter(found), self.languages[0]))
        main, second = (found.get(code, (node, None)) for code in self.languages)
        if main[1] is None:
            return None
        return Said(main[1], second[1], self.mark(second[0]) if second[1] else None)

    def any_text(self, node: yaml.Node, what: str) -> Said | None:
        """Return the main language's text of a text or a mapping of languages, else the
        first; the file's languages are not known well enough to ask more."""
        if isinstance(node, yaml.MappingNode) and node.value:
            main = self.languages[0] if self.languages else ""
            node = next((v for k, v in node.value if getattr(k, "value", "") == main),
                        node.value[0][1])
        text = self.text(node, what)
        return Said(text) if text is not None else None

    def named_languages(self) -> dict[str, Any]:
        """Return the book's two languages as a message names them: codes and names."""
        main, second = self.languages
        return {"main": main, "second": second, "main_name": self.say.language_name(main),
                "second_name": self.say.language_name(second)}

    def book_languages(self, node: yaml.Node, known: Sequence[str]) -> tuple[str, ...]:
        """Return the book's languages, the main one first: one code (``nl``), or a list
        of two different known ones (``[nl, ar]``); a wrong one is reported and left out."""
        if not isinstance(node, yaml.SequenceNode):
            code = self.choice(node, "language", known)
            self.languages_wrong = code is None
            return (code,) if code else ()
        codes: list[str] = []
        told = len(self.problems)
        for item in node.value:
            code = self.choice(item, "language", known)
            if code in codes:
                self.report(item, "account.language_twice", code=code)
            elif code and len(codes) == 2:
                self.report(item, "account.third_language", code=code, main=codes[0],
                            second=codes[1])
            elif code:
                codes.append(code)
        if not node.value:
            self.report(node, "account.no_language_in_list",
                        example="nl" if "nl" in known else known[0])
        self.languages_wrong = len(self.problems) > told
        return tuple(codes)
