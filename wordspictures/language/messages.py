"""What the program tells a caseworker about a mistake in an account, in the account's
language: each pack's ``messages.yaml``.

A message has a key (``field.unknown_key``) and is written once a language, as ``say``
(what is wrong) and ``fix`` (what to do), with ``{name}``s the program fills in. English
(``en``) is the reference: it has every key, and a language, or an organisation's pack,
that lacks one says that one in English. The account's language is known from its
``language:`` line before the file is read (``account.source.account_language``), so even a
file that cannot be read is told in its own language.

The file is read only when there is something to say: a good account costs nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from wordspictures.language.files import REFERENCE, TemplateProblem, fill, find_pack_file
from wordspictures.problems import ERROR, WARNING, Mark, Problem

FILE = "messages.yaml"


class Messages:
    """The messages of one language (English where it has none), read on first use."""

    def __init__(self, language: str | None = None, templates: Path | None = None):
        self.language = language or REFERENCE
        self.templates = templates

    def text(self, message: str, /, **values: object) -> str:
        """Return a text by its dotted key, with its ``{name}``s filled in."""
        found = self.lookup(message)
        if not isinstance(found, str):
            raise TemplateProblem(f"{FILE}: '{message}' should be a text")
        return fill(found.strip(), values)

    def problem(self, message: str, mark: Mark | None = None, /, warning: bool = False,
                fix: str | None = None, **values: object) -> Problem:
        """Return the problem ``message`` says (its ``say`` and ``fix``); ``fix`` given
        here replaces the file's (a 'did you mean' found for this mistake)."""
        return Problem(self.text(f"{message}.say", **values),
                       self.text(f"{message}.fix", **values) if fix is None else fix,
                       mark, WARNING if warning else ERROR)

    def name(self, english: str) -> str:
        """Return how a key's value is named (``Key.named`` in English), in the language."""
        return str(self.catalog().get("named", {}).get(english, english))

    def language_name(self, code: str) -> str:
        """Return a language's name in this language ('Arabisch' for ar in Dutch); its code
        when no pack names it."""
        for catalog in (self.catalog(), catalog_of(REFERENCE, None)):
            name = catalog.get("language_names", {}).get(code)
            if isinstance(name, str):
                return name
        return code

    def lookup(self, key: str) -> object:
        """Return the entry of a dotted key: the language's, else the reference's."""
        for catalog in (self.catalog(), catalog_of(REFERENCE, None)):
            node: Any = catalog
            for part in key.split("."):
                node = node.get(part) if isinstance(node, Mapping) else None
            if node is not None:
                return node
        raise TemplateProblem(f"there is no message '{key}' in {FILE} — add it to the "
                              f"'{REFERENCE}' pack")

    def catalog(self) -> Mapping[str, Any]:
        """Return the language's messages ({} when its pack has none)."""
        return catalog_of(self.language, self.templates)


@cache
def catalog_of(language: str, templates: Path | None) -> Mapping[str, Any]:
    """Return a language's ``messages.yaml`` as read (the organisation's pack first)."""
    path = find_pack_file(language, FILE, templates)
    if path is None:
        return {}
    # libyaml's loader where PyYAML has it: a quarter of the time of the Python one, and
    # the file is read at the first warning of many a build.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise TemplateProblem(f"{path}: cannot read the messages ({exc})") from exc
    if not isinstance(data, dict):
        raise TemplateProblem(f"{path}: the messages should be 'key: text' lines")
    return data
