"""The account reference in Markdown (``docs/account-reference.md``), made from the same
groups of keys as the JSON Schema.

``python -m wordspictures.account.reference docs/account-reference.md`` rewrites it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from wordspictures.account.keys import NEEDS_WHO, SECTION_NAMES, SECTIONS, STORY_KEYS, TOP_KEYS
from wordspictures.account.schema import (
    Group,
    cover_group,
    drawing_group,
    entry_group,
    looks_group,
    person_group,
    score_group,
    top_group,
)
from wordspictures.account.vocabulary import ACTIONS
from wordspictures.language.files import available_languages


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
        *table(top, [k.name for k in TOP_KEYS if k.name not in SECTION_NAMES]),
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
    about = {key.name: key.about for key in SECTIONS}
    for section in SECTION_NAMES:
        group = entry_group(section)
        keys = ", ".join(f"`{k}`" + (" (required)" if f.required else "")
                         for k, f in group.fields.items())
        plain = "" if section in NEEDS_WHO else "; or plain text"
        lines.append(f"| `{section}` | {about[section]} | {keys}{plain} |")
    helpers = entry_group("helpers")
    lines += [
        "",
        "### The keys of an item",
        "",
        *table(helpers, [k for k in helpers.fields if k != "who"]),
        f"| `who` | in {', '.join(f'`{s}`' for s in NEEDS_WHO)} | "
        f"{helpers.fields['who'].values} | {helpers.descriptions['who']} |",
        "",
        "### Pictures",
        "",
        "An item's `picture` is the path of the family's own drawing or photo, or a group "
        "of keys that says what the drawing shows where its words do not say it well "
        "enough ([pictures.md](pictures.md) tells how the words are read):",
        "",
        *table(drawing_group()),
        "",
        "Actions: " + ", ".join(f"`{a}`" for a in ACTIONS) + ".",
        "",
        "## The cover",
        "",
        "`cover` is a list of ids, or these keys:",
        "",
        *table(cover_group()),
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
        "- every id under `who`, `for`, `made_by`, `cover`, `doing`, `feeling` and `scale` "
        "must be one of the ids under `people`, and `for` must name children;",
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
        print("usage: python -m wordspictures.account.reference docs/account-reference.md",
              file=sys.stderr)
        return 2
    Path(args[0]).write_text(markdown_reference(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
