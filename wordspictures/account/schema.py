"""The account's JSON Schema, made from the table of keys (``keys``).

Every key, closed list of values and range comes from ``keys``, so the schema cannot drift
from what ``check`` accepts. The schema never refuses an account the loader accepts; what
it cannot express (ids that must name someone under ``people``, pictures that must exist,
duplicate keys) stays the loader's job.

The dialect is JSON Schema 2020-12, written with the keywords that draft-07 tools read the
same way (``$ref`` by JSON pointer, ``if``/``then``, ``const``, ``propertyNames``), because
VS Code's YAML extension validates with draft-07 rules. ``reference`` makes the Markdown
reference from the same groups.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wordspictures import __version__
from wordspictures.account.keys import (
    CALLED,
    CHILDREN,
    CHOICE,
    COVER,
    COVER_KEYS,
    DATE,
    DOING,
    DRAWING,
    DRAWING_KEYS,
    FEELING,
    FLAG,
    ID,
    IDS,
    ITEMS,
    LANGUAGE,
    LOOKS,
    LOOKS_KEYS,
    NEEDS_WHO,
    PAGE_SOUNDS,
    PEOPLE,
    PERSON,
    PERSON_ID,
    PHONE,
    PICTURE,
    PLACE,
    SAID,
    SCORE,
    SCORES,
    SECTION_NAMES,
    SOUND,
    STORY_KEYS,
    TEXT,
    TOP_KEYS,
    WHOLE,
    WORDS,
    Key,
    entry_keys,
)
from wordspictures.account.vocabulary import PLACES
from wordspictures.language.files import available_languages

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILE = "wordspictures.schema.json"
# YAML 1.1's date and date-time (what PyYAML reads as a timestamp), as an ECMA-262 pattern.
DATE_PATTERN = (r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
                r"(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?"
                r"(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?$")
# A text must hold something besides spaces; YAML numbers and yes/no are text too.
TEXT_TYPES = ["string", "number", "boolean"]
TEXT_SCHEMA = {"type": TEXT_TYPES, "pattern": r"\S"}
# In '{text: Als papa boos wordt, belt hij oom Tom.}' YAML reads the words after the comma
# as a key without a value; the loader puts them back into the text and warns. A real key
# never holds a space, so such a 'key' is let through.
COMMA_PART = {"type": "null", "description": "Words after a comma inside { … }: they are read "
              "back into the text before them. Put the text between quotes to be sure."}


@dataclass(frozen=True)
class Field:
    """One key's schema, with how the reference describes its values."""

    schema: dict[str, Any]
    values: str
    required: bool = False


@dataclass(frozen=True)
class Group:
    """A mapping of keys (the account's top, a person, looks, an entry, a score)."""

    name: str
    fields: dict[str, Field]
    descriptions: dict[str, str]
    extra: dict[str, Any] = field(default_factory=dict)
    flow: bool = True   # often written on one line in { … }, where commas split texts

    def schema(self) -> dict[str, Any]:
        """Return the JSON Schema of the mapping: known keys only, required ones named."""
        properties = {key: {"description": self.descriptions[key], **f.schema}
                      for key, f in self.fields.items()}
        result: dict[str, Any] = {"type": "object", "properties": properties,
                                  "additionalProperties": False}
        if self.flow:
            result["patternProperties"] = {" ": COMMA_PART}
        required = [key for key, f in self.fields.items() if f.required]
        if required:
            result["required"] = required
        return {**result, **self.extra}


def field_of(key: Key, languages: Sequence[str] = ()) -> Field:
    """Return the schema of one key, by the kind of value it holds."""
    ids: tuple[dict[str, Any], str] = ({"$ref": "#/$defs/ids"},
                                       "an id from `people`, or a list of them")
    listing: dict[str, tuple[dict[str, Any], str]] = {
        TEXT: (TEXT_SCHEMA, "text"),
        SAID: ({"anyOf": [TEXT_SCHEMA, {"$ref": "#/$defs/translated"}]},
               "text; in a book of two languages `{nl: …, ar: …}`, one text for each"),
        CALLED: ({"anyOf": [TEXT_SCHEMA, {"$ref": "#/$defs/translated"}]},
                 "text; in a book of two languages also `{nl: …, ar: …}`"),
        CHOICE: ({"enum": list(key.choices)}, words(key.values, key.choices)),
        LANGUAGE: ({"anyOf": [{"enum": list(languages)}, {
            "type": "array", "items": {"enum": list(languages)}, "minItems": 1,
            "maxItems": 2, "uniqueItems": True}]},
            words(key.values, languages) + "; or a list of two, the main one first: "
            "`[nl, ar]`"),
        WHOLE: ({"type": "integer", "minimum": key.low, "maximum": key.high},
                f"whole number, {key.low} to {key.high}"),
        FLAG: ({"type": "boolean"}, "`true` or `false`"),
        DATE: ({"type": "string", "pattern": DATE_PATTERN}, "a date: `2026-11-20`"),
        ID: ({"$ref": "#/$defs/id"}, "an id from `people`"),
        IDS: ids,
        CHILDREN: ids,
        PLACE: ({"anyOf": [{"enum": list(PLACES)}, TEXT_SCHEMA]},
                words("a place", PLACES) + "; or free words"),
        PICTURE: (TEXT_SCHEMA, "text"),
        SOUND: (TEXT_SCHEMA, "a path: a wav, mp3 or ogg file"),
        PAGE_SOUNDS: ({"type": "object", "properties": {
            page: {"anyOf": [TEXT_SCHEMA, {"type": "array", "items": TEXT_SCHEMA}]}
            for page in key.choices}, "additionalProperties": False},
            words(key.values, key.choices) + ": a path, or a list of paths"),
        PHONE: ({"type": TEXT_TYPES, "pattern": r"\d"}, "text with digits"),
        WORDS: ({"anyOf": [{"type": "array", "items": TEXT_SCHEMA}, TEXT_SCHEMA,
                           {"type": "null"}]}, "a list of words"),
        PEOPLE: ({"$ref": "#/$defs/people"}, "one block per person"),
        LOOKS: ({"$ref": "#/$defs/looks"}, "see Looks"),
        SCORES: ({"anyOf": [{"type": "array", "items": {"$ref": "#/$defs/score"}},
                            {"type": "null"}]}, "a list of scores"),
        FEELING: ({"anyOf": [{"enum": list(key.choices)}, per_person(key.choices)]},
                  words("one of", key.choices) + "; or `{id: feeling}`"),
        DOING: (per_person(key.choices), "`{id: action}`, see Actions"),
        DRAWING: ({"anyOf": [TEXT_SCHEMA, {"$ref": "#/$defs/drawing"}]},
                  "a path; or the keys of Pictures"),
        COVER: ({"anyOf": [{"$ref": "#/$defs/ids"}, {"$ref": "#/$defs/cover"}]},
                "ids from `people`; or the keys of The cover"),
    }
    if key.kind == ITEMS:
        return section_field(key.name)
    schema, values = listing[key.kind]
    return Field(dict(schema), values, key.required)


def per_person(choices: Sequence[str]) -> dict[str, Any]:
    """Return the schema of a mapping from person ids to one of ``choices``."""
    return {"type": "object", "propertyNames": {"pattern": PERSON_ID.pattern},
            "additionalProperties": {"enum": list(choices)}}


def words(intro: str, choices: Sequence[str]) -> str:
    """Return how the reference lists a closed list: 'one of: `a`, `b`'."""
    return f"{intro}: " + ", ".join(f"`{w}`" for w in choices)


def group(name: str, keys: Sequence[Key], languages: Sequence[str] = (),
          extra: dict[str, Any] | None = None, flow: bool = True) -> Group:
    """Return a group of keys from the table, in the table's order."""
    return Group(name, {k.name: field_of(k, languages) for k in keys},
                 {k.name: k.about for k in keys}, extra or {}, flow)


def looks_group() -> Group:
    """Return how a person is drawn."""
    return group("looks", LOOKS_KEYS)


def person_group() -> Group:
    """Return one person under ``people``."""
    # A child needs an age: it sets the reading level and the drawing size.
    child_needs_age = {"if": {"properties": {"role": {"const": "child"}}, "required": ["role"]},
                       "then": {"required": ["age"]}}
    made = group("person", PERSON, extra=child_needs_age)
    age = made.fields["age"]
    made.fields["age"] = Field(age.schema, f"{age.values}; required when role is `child`")
    return made


def entry_group(section: str) -> Group:
    """Return one item of a story section, with the keys and needs of that section."""
    return group(section, entry_keys(section))


def score_group() -> Group:
    """Return one score on the safety scale."""
    return group("score", SCORE)


def drawing_group() -> Group:
    """Return what an item's drawing shows, when ``picture`` is a group of keys."""
    return group("drawing", DRAWING_KEYS)


def cover_group() -> Group:
    """Return who and what the cover shows, when ``cover`` is a group of keys."""
    return group("cover", COVER_KEYS)


def section_field(section: str) -> Field:
    """Return a story section: a list of entries (plain text, or a block with keys)."""
    item = {"$ref": f"#/$defs/{section}_item"}
    if section in NEEDS_WHO:  # a rule or a helper needs someone: no plain-text items
        return Field({"anyOf": [{"type": "array", "items": item}, {"type": "null"}]},
                     f"a list of items, each with `text` and `who` ({NEEDS_WHO[section]})")
    return Field({"anyOf": [{"type": "array", "items": {"anyOf": [TEXT_SCHEMA, item]}},
                            TEXT_SCHEMA, {"type": "null"}]},
                 "a list of items: plain text, or `text` with the keys below")


def top_group(languages: Sequence[str]) -> Group:
    """Return the top of the account, its sections included."""
    # A story tells at least a worry, an event or a rule; and someone in it is a child.
    story = {"anyOf": [{"required": [key]} for key in STORY_KEYS]}
    return group("account", TOP_KEYS, languages, story, flow=False)


def translated_schema(languages: Sequence[str]) -> dict[str, Any]:
    """Return a text in each of a bilingual book's two languages (``{nl: …, ar: …}``);
    which two, the loader checks against ``language:``."""
    return {"type": "object", "propertyNames": {"enum": list(languages)},
            "additionalProperties": TEXT_SCHEMA, "minProperties": 2, "maxProperties": 2,
            "description": "The text in each of the book's languages, as `language:` names "
                           "them: the main one by the caseworker, the second by the "
                           "interpreter, with the family."}


def people_schema() -> dict[str, Any]:
    """Return ``people``: ids to persons, at least one of them a child."""
    child = {"properties": {"role": {"const": "child"}}, "required": ["role"]}
    return {
        "type": "object",
        "propertyNames": {"pattern": PERSON_ID.pattern},
        "additionalProperties": {"$ref": "#/$defs/person"},
        # 'Not every person is a non-child': someone has role child.
        "not": {"additionalProperties": {"not": child},
                "errorMessage": "the story has no child: give the child 'role: child' and "
                                "an age"},
    }


def account_schema(templates: Path | None = None) -> dict[str, Any]:
    """Return the JSON Schema of an account (``templates`` adds a pack's languages)."""
    top = top_group(available_languages(templates))
    ident = {"type": "string", "pattern": PERSON_ID.pattern,
             "description": "The id of someone under 'people'."}
    defs: dict[str, Any] = {
        "id": ident,
        "ids": {"anyOf": [ident, {"type": "array", "items": ident}, {"type": "null"}]},
        "people": people_schema(),
        "person": person_group().schema(),
        "looks": looks_group().schema(),
        "score": score_group().schema(),
        "drawing": drawing_group().schema(),
        "cover": cover_group().schema(),
        "translated": translated_schema(available_languages(templates)),
    }
    defs.update({f"{s}_item": entry_group(s).schema() for s in SECTION_NAMES})
    return {
        "$schema": DIALECT,
        "title": f"A wordspictures account (wordspictures {__version__})",
        "description": "A caseworker's account of a child-protection case, from which "
                       "wordspictures makes a Words and Pictures storybook.",
        **top.schema(),
        "$defs": defs,
    }


def schema_json(templates: Path | None = None) -> str:
    """Return the schema as indented JSON text, ending with a newline."""
    return json.dumps(account_schema(templates), indent=2, ensure_ascii=False) + "\n"


def modeline(schema: str) -> str:
    """Return the comment that points VS Code's YAML extension at a schema file."""
    return f"# yaml-language-server: $schema={schema}\n"
