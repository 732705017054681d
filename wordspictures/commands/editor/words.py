"""The editor's words in one language (``words/<lang>.yaml``), and the interview's questions
and examples that it shows beside the story's fields (``templates/<lang>/interview.yaml``).

The interface speaks the account's language where the editor has words for it, English
otherwise. No interface sentence is written in Python.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import yaml
from markupsafe import Markup, escape

from wordspictures.language.facts import load_facts
from wordspictures.language.files import TemplateProblem, fill, find_pack_file

FALLBACK = "en"
# The interview's question that explains a field of the form: (part of the story, key).
QUESTIONS = {
    ("", "title"): "title",
    ("", "date"): "date",
    ("good_things", "text"): "good_thing",
    ("worried", "text"): "worried_text",
    ("what_happened", "text"): "event_text",
    ("what_happened", "when"): "event_when",
    ("what_happened", "where"): "event_where",
    ("parents_say", "text"): "parent_text",
    ("safety_plan", "text"): "rule_text",
    ("safety_plan", "when"): "rule_when",
    ("helpers", "text"): "helper_text",
    ("helpers", "phone"): "helper_phone",
    ("child_can", "text"): "child_can",
}
# What a question says only to someone typing in a terminal: '(Enter to skip)'.
TERMINAL_ASIDE = re.compile(r"\s*\([^)]*\)")


def editor_languages() -> tuple[str, ...]:
    """Return the languages the editor has words for."""
    folder = resources.files("wordspictures.commands.editor") / "words"
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml")))


@cache
def read_words(language: str) -> dict[str, Any]:
    """Return the editor's words of a language as read from its file."""
    folder = resources.files("wordspictures.commands.editor") / "words"
    data = yaml.safe_load((folder / f"{language}.yaml").read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


@cache
def read_interview(language: str, templates: Path | None) -> dict[str, Any]:
    """Return the interview's questions of a language ({} when the pack has none)."""
    path = find_pack_file(language, "interview.yaml", templates)
    if path is None:
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data.get("questions", {}) if isinstance(data, dict) else {}


@cache
def read_answers(language: str, templates: Path | None) -> dict[str, Any]:
    """Return what the interview takes a typed word to mean ({} when it has none)."""
    path = find_pack_file(language, "interview.yaml", templates)
    if path is None:
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data.get("answers", {}) if isinstance(data, dict) else {}


def fold(text: str) -> str:
    """Return text for comparing words: lower case, single spaces."""
    return " ".join(text.casefold().split())


class Words:
    """The editor's words in one language, looked up by their keys: ``words("item", "up")``."""

    def __init__(self, language: str, templates: Path | None = None):
        self.language = language if language in editor_languages() else FALLBACK
        self.book_language = language
        self.templates = templates
        self.data = read_words(self.language)

    def __call__(self, *path: str, **values: object) -> str:
        """Return the words at ``path``, with ``{name}``s filled in (the key when missing)."""
        node: Any = self.data
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        return fill(str(node), values) if node is not None else path[-1]

    def naming(self, *path: str, pid: str, name: str) -> Markup:
        """Return words with a person's name in them, the name in an element that changes
        with the person's name (``who-<id>``); the words and the name escaped."""
        slot = "\x00"
        text = escape(self(*path, name=slot))
        return Markup(text.replace(slot, Markup('<span class="who-{}">{}</span>').format(
            pid, name)))

    def label(self, key: str, section: str = "") -> str:
        """Return a field's label: its key's name in this language (a key of a story item
        that means something else at the top has its own: 'for')."""
        if section not in ("", "people", "scale"):
            own = self.data.get("labels_item", {}).get(key)
            if own is not None:
                return str(own)
        return self("labels", key)

    def choice(self, kind: str, value: str) -> str:
        """Return how a choice is shown ('living_room' as 'woonkamer'); itself when unknown."""
        shown = self.data.get("choices", {}).get(kind, {}).get(value)
        return str(shown) if shown is not None else value.replace("_", " ")

    def role(self, role: str) -> str:
        """Return a role as the book's language names it ('Grandmother')."""
        try:
            facts = load_facts(self.book_language, self.templates)
            return facts.role_words(SimpleNamespace(role=role, pronoun="they"), "label")
        except TemplateProblem:  # a pack without the role's words: the role itself
            return role.replace("_", " ")

    def place_kinds(self) -> dict[str, str]:
        """Return the place kind each word for a place means, folded: the kinds themselves,
        the editor's names for them and the interview's ('woonkamer' is living_room)."""
        from wordspictures.account.vocabulary import PLACES

        kinds = {place: place for place in PLACES}
        kinds.update({fold(str(v)): kind for kind, v in self.data.get("choices", {})
                      .get("place", {}).items()})
        answers = read_answers(self.book_language, self.templates).get("places", {})
        kinds.update({fold(str(word)): str(kind) for word, kind in answers.items()})
        return kinds

    def help(self, section: str, key: str, name: str = "", child: str = ""
             ) -> tuple[str, str]:
        """Return the explanation and example shown beside a field: the interview's own
        question where it asks about this field, else the editor's words."""
        own = self.data.get("help_in", {}).get(section, {}).get(key)
        if own is None and section not in ("", "people"):  # a key of a story item
            own = self.data.get("help_item", {}).get(key)
        question = QUESTIONS.get((section, key))
        asked = read_interview(self.book_language, self.templates).get(question or "", {})
        if own is None and asked:
            values = {"name": name or self("someone"), "child": child or self("someone")}
            ask = TERMINAL_ASIDE.sub("", fill(str(asked.get("ask", "")), values)).strip()
            return ask, fill(str(asked.get("example", "")), values)
        text = own if own is not None else self.data.get("help", {}).get(key, "")
        return str(text), ""
