"""The account's JSON Schema and its Markdown reference, made from the code's own lists.

Every key comes from ``account`` (``TOP_KEYS``, ``PERSON_KEYS``, ...) and every closed list
of values from ``vocabulary``, so the schema cannot drift from what ``check`` accepts. The
schema never refuses an account the loader accepts; what it cannot express (ids that must
name someone under ``people``, pictures that must exist, duplicate keys) stays the
loader's job.

The dialect is JSON Schema 2020-12, written with the keywords that draft-07 tools read the
same way (``$ref`` by JSON pointer, ``if``/``then``, ``const``, ``propertyNames``), because
VS Code's YAML extension validates with draft-07 rules.

``python -m wordspictures.account.schema docs/account-reference.md`` rewrites the reference.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wordspictures import __version__
from wordspictures.account.load import (
    ENTRY_KEYS,
    EXTRA_KEYS,
    LOOKS_KEYS,
    NEEDS_WHO,
    PERSON_ID,
    PERSON_KEYS,
    SCORE_KEYS,
    STORY_KEYS,
    TOP_KEYS,
)
from wordspictures.account.model import STORY_SECTIONS
from wordspictures.account.vocabulary import (
    CLOTHES,
    FEELINGS,
    HAIR,
    HAIR_COLOURS,
    PLACES,
    PRONOUNS,
    ROLES,
    SKINS,
    STATUSES,
)
from wordspictures.language.wording import available_languages

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILE = "wordspictures.schema.json"
# YAML 1.1's date and date-time (what PyYAML reads as a timestamp), as an ECMA-262 pattern.
DATE_PATTERN = (r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
                r"(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?"
                r"(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?$")
# A text must hold something besides spaces; YAML numbers and yes/no are text too.
TEXT_TYPES = ["string", "number", "boolean"]
# In '{text: Als papa boos wordt, belt hij oom Tom.}' YAML reads the words after the comma
# as a key without a value; the loader puts them back into the text and warns. A real key
# never holds a space, so such a 'key' is let through.
COMMA_PART = {"type": "null", "description": "Words after a comma inside { … }: they are read "
              "back into the text before them. Put the text between quotes to be sure."}

# What each key means, in English, for the editor's hover and the reference.
TOP = {
    "language": "The language of the book's own words (headings, framing sentences).",
    "title": "The book's title. Without it the book is called 'The story of …' in its "
             "language.",
    "for": "The id, or list of ids, of the children the book is for. Without it: every "
           "person with role child.",
    "status": "draft (the default: every page says so, with version and date) or final.",
    "version": "The number of this draft: shown on every page and in the file name.",
    "date": "When this version was made, as year-month-day (2026-11-20): shown in the book "
            "and the file name.",
    "made_by": "The ids of the people who made the book together: named on the last page.",
    "allow": "Words the family has explained to the child: the word check accepts them.",
    "people": "Everyone in the story, each under an id (one word: letters, digits, _) that "
              "the rest of the file uses.",
    "scale": "The safety scale: each person's number from 0 (too unsafe to live at home) to "
             "10 (safe enough to close the case).",
}
SECTION = {
    "good_things": "What is going well: the family's strengths and the safety already there.",
    "worried": "Who is worried, and what they saw or heard.",
    "what_happened": "The facts, in order: who did what, when and where.",
    "parents_say": "What the parents say about it, in their own words, also when they do "
                   "not agree.",
    "what_happened_next": "What happened after: who went where, who came to help.",
    "worries_now": "What the grown-ups are worried could happen if nothing changes, in the "
                   "child's words.",
    "safety_plan": "The rules everyone agreed: each an action someone does, with who does it.",
    "helpers": "The safety network: who helps, and how to reach them.",
    "child_can": "What the child can do, and whom the child can talk to.",
    "next": "What happens next, and the goal everyone works towards.",
}
PERSON = {
    "name": "The person's name.",
    "role": "Who this person is in the child's life.",
    "called": "How the child calls this person ('Mama', 'Granny Ria'). Default: the name.",
    "age": "Age in years. Needed for children: the youngest sets the reading level and the "
           "drawing size.",
    "pronoun": "he, she or they (the default): the grammar of the book's own sentences.",
    "looks": "How the person is drawn: the same look on every page.",
    "picture": "The family's own drawing or photo of this person (PNG or JPEG), a path from "
               "the account's folder.",
}
LOOKS = {
    "hair": "The hair style.",
    "hair_colour": "The hair colour.",
    "skin": "The skin colour.",
    "glasses": "true when the person wears glasses.",
    "beard": "true when the person has a beard.",
    "clothes": "The colour of the clothes.",
}
ENTRY = {
    "text": "The words for the book, exactly as they will be printed.",
    "who": "The id, or list of ids, of the people in the picture (in safety_plan: who does "
           "it; in helpers: who helps).",
    "when": "When, in free words: '3 March 2026', 'every Wednesday'.",
    "where": "A place the drawings know, or free words (which get a neutral picture).",
    "feeling": "How the people in the picture feel: their faces.",
    "picture": "The family's own drawing or photo for this page (PNG or JPEG), a path from "
               "the account's folder.",
    "phone": "Only in helpers: a phone number, shown on the page 'Who can I call?'.",
}
SCORE = {
    "who": "The id of the person who gives the number.",
    "score": "A whole number from 0 (too unsafe to live at home) to 10 (safe enough to close "
             "the case).",
    "text": "Optional: why this number, or what would make it higher.",
}


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


def text() -> Field:
    """Return a free text: anything but empty."""
    return Field({"type": TEXT_TYPES, "pattern": r"\S"}, "text")


def choice(words: Sequence[str], what: str = "one of") -> Field:
    """Return a word from a closed list."""
    return Field({"enum": list(words)}, f"{what}: " + ", ".join(f"`{w}`" for w in words))


def whole(low: int, high: int) -> Field:
    """Return a whole number between low and high."""
    return Field({"type": "integer", "minimum": low, "maximum": high},
                 f"whole number, {low} to {high}")


def flag() -> Field:
    """Return true or false."""
    return Field({"type": "boolean"}, "`true` or `false`")


def ids() -> Field:
    """Return one id or a list of ids of people in the story."""
    return Field({"$ref": "#/$defs/ids"}, "an id from `people`, or a list of them")


def required(f: Field) -> Field:
    """Return the field marked as required."""
    return Field(f.schema, f.values, True)


def listed(keys: Iterable[str], made: dict[str, Field]) -> dict[str, Field]:
    """Return the fields of ``keys`` in the code's order; a key without a field fails loudly."""
    return {key: made[key] for key in keys}


def looks_group() -> Group:
    """Return how a person is drawn."""
    made = {"hair": choice(HAIR), "hair_colour": choice(HAIR_COLOURS), "skin": choice(SKINS),
            "glasses": flag(), "beard": flag(), "clothes": choice(CLOTHES, "a colour")}
    return Group("looks", listed(LOOKS_KEYS, made), LOOKS)


def person_group() -> Group:
    """Return one person under ``people``."""
    made = {"name": required(text()), "role": required(choice(ROLES)), "called": text(),
            "age": Field({"type": "integer", "minimum": 0, "maximum": 120},
                         "whole number, 0 to 120; required when role is `child`"),
            "pronoun": choice(PRONOUNS), "looks": Field({"$ref": "#/$defs/looks"}, "see Looks"),
            "picture": text()}
    # A child needs an age: it sets the reading level and the drawing size.
    child_needs_age = {"if": {"properties": {"role": {"const": "child"}}, "required": ["role"]},
                       "then": {"required": ["age"]}}
    return Group("person", listed(PERSON_KEYS, made), PERSON, child_needs_age)


def entry_group(section: str) -> Group:
    """Return one item of a story section, with the keys and needs of that section."""
    place = Field({"anyOf": [{"enum": list(PLACES)}, text().schema]},
                  "a place: " + ", ".join(f"`{p}`" for p in PLACES) + "; or free words")
    made = {"text": required(text()), "who": ids(), "when": text(), "where": place,
            "feeling": choice(FEELINGS), "picture": text(), "phone": text()}
    if section in NEEDS_WHO:
        made["who"] = required(ids())
    keys = ENTRY_KEYS + EXTRA_KEYS.get(section, ())
    return Group(section, listed(keys, made), ENTRY)


def score_group() -> Group:
    """Return one score on the safety scale."""
    made = {"who": required(Field({"$ref": "#/$defs/id"}, "an id from `people`")),
            "score": required(whole(0, 10)), "text": text()}
    return Group("score", listed(SCORE_KEYS, made), SCORE)


def section_field(section: str) -> Field:
    """Return a story section: a list of entries (plain text, or a block with keys)."""
    item = {"$ref": f"#/$defs/{section}_item"}
    if section in NEEDS_WHO:  # a rule or a helper needs someone: no plain-text items
        return Field({"anyOf": [{"type": "array", "items": item}, {"type": "null"}]},
                     f"a list of items, each with `text` and `who` ({NEEDS_WHO[section]})")
    plain = text().schema
    return Field({"anyOf": [{"type": "array", "items": {"anyOf": [plain, item]}}, plain,
                            {"type": "null"}]},
                 "a list of items: plain text, or `text` with the keys below")


def top_group(languages: Sequence[str]) -> Group:
    """Return the top of the account, its sections included."""
    made: dict[str, Field] = {
        "language": required(choice(languages)), "title": text(), "for": ids(),
        "status": choice(STATUSES),
        "version": whole(1, 9999),
        "date": Field({"type": "string", "pattern": DATE_PATTERN}, "a date: `2026-11-20`"),
        "made_by": ids(),
        "allow": Field({"anyOf": [{"type": "array", "items": text().schema}, text().schema,
                                  {"type": "null"}]}, "a list of words"),
        "people": required(Field({"$ref": "#/$defs/people"}, "one block per person")),
        "scale": Field({"anyOf": [{"type": "array", "items": {"$ref": "#/$defs/score"}},
                                  {"type": "null"}]}, "a list of scores"),
    }
    made.update({s: section_field(s) for s in STORY_SECTIONS})
    # A story tells at least a worry, an event or a rule; and someone in it is a child.
    story = {"anyOf": [{"required": [key]} for key in STORY_KEYS]}
    return Group("account", listed(TOP_KEYS, made), {**TOP, **SECTION}, story, flow=False)


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
    }
    defs.update({f"{s}_item": entry_group(s).schema() for s in STORY_SECTIONS})
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


# -- the Markdown reference ---------------------------------------------------------------

def table(group: Group, keys: Iterable[str] | None = None) -> list[str]:
    """Return the Markdown table of a group's keys."""
    rows = ["| key | required | values | what it is |", "|---|---|---|---|"]
    for key in keys or group.fields:
        f = group.fields[key]
        rows.append(f"| `{key}` | {'yes' if f.required else 'no'} | {f.values} | "
                    f"{group.descriptions[key]} |")
    return rows


def markdown_reference(templates: Path | None = None) -> str:
    """Return the account reference in Markdown, made from the same lists as the schema."""
    languages = available_languages(templates)
    top = top_group(languages)
    lines = [
        "# The account: reference",
        "",
        "<!-- Made by `wordspictures schema --markdown` from the code's own lists; do not "
        "edit by hand. -->",
        "",
        "Every key an account may have, what it holds and which values are allowed. The "
        "same lists make the JSON Schema (`wordspictures schema`) that lets an editor "
        "complete and check the keys. For a gentler introduction see "
        "[account.md](account.md), [guide.md](guide.md) or [handleiding.md](handleiding.md).",
        "",
        "## The top of the file",
        "",
        *table(top, [k for k in TOP_KEYS if k not in STORY_SECTIONS]),
        "",
        "A story needs at least one of " + ", ".join(f"`{k}`" for k in STORY_KEYS) + ".",
        "",
        "## People",
        "",
        "`people` holds one block per person, under an id: one word that starts with a "
        "letter and holds letters, digits, `_` and `-` (`oma_ria`). Everywhere else the file "
        "names people by these ids. At least one person is a child.",
        "",
        *table(person_group()),
        "",
        "### Looks",
        "",
        *table(looks_group()),
        "",
        "## The story",
        "",
        "Each section is a list. An item is plain text, or a block with `text` and the keys "
        "of its section.",
        "",
        "| section | what it is | keys of an item |",
        "|---|---|---|",
    ]
    for section in STORY_SECTIONS:
        group = entry_group(section)
        keys = ", ".join(f"`{k}`" + (" (required)" if f.required else "")
                         for k, f in group.fields.items())
        plain = "" if section in NEEDS_WHO else "; or plain text"
        lines.append(f"| `{section}` | {SECTION[section]} | {keys}{plain} |")
    helpers = entry_group("helpers")
    lines += [
        "",
        "### The keys of an item",
        "",
        *table(helpers, [k for k in helpers.fields if k != "who"]),
        f"| `who` | in {', '.join(f'`{s}`' for s in NEEDS_WHO)} | "
        f"{helpers.fields['who'].values} | {ENTRY['who']} |",
        "",
        "## The safety scale",
        "",
        "`scale` is a list of scores:",
        "",
        *table(score_group()),
        "",
        "## What only `wordspictures check` can tell",
        "",
        "An editor that reads the schema checks keys, values and shapes. These need the "
        "whole story and the files around it, so only `wordspictures check` finds them:",
        "",
        "- every id under `who`, `for`, `made_by` and `scale` must be one of the ids under "
        "`people`, and `for` must name children;",
        "- a `picture` must be a PNG or JPEG file that exists, from the account's folder;",
        "- a key given twice, tabs, anchors and aliases, and tags are refused;",
        "- the word check: labels, blame, jargon, vague words, sentences too long for the "
        "child's age.",
        "",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Write the Markdown reference to the file given (``docs/account-reference.md``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m wordspictures.account.schema docs/account-reference.md",
              file=sys.stderr)
        return 2
    Path(args[0]).write_text(markdown_reference(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
