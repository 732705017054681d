"""Words a comma cut off a text inside '{ … }', read and written as the caseworker meant.

In ``{text: Papa belt, zegt hij.}`` YAML reads 'zegt hij.' as a key without a value. The
loader reads the text as typed (``fields.mend_commas``), and so does the editor's copy
(``roundtrip``): such a key is marked ``Bare`` (written back as it was typed, never as
'key: null'), its words are read with the text before it, and they go when that text is
written anew (in quotes). ruamel's objects are seen here as the dicts and lists they are.
"""

from __future__ import annotations

from typing import Any

from wordspictures.account.keys import KEY_NAMES


class Bare:
    """A key written without a colon or value inside '{ … }' (the words after a comma):
    written back as it was typed, never as 'key: null'."""

    def __repr__(self) -> str:
        return "Bare()"


def mark_bare_keys(node: Any, lines: list[str]) -> None:
    """Put ``Bare`` for each value of a key that was typed without a colon inside '{ … }'
    (ruamel would write it back as 'key: null')."""
    if isinstance(node, list):
        for item in node:
            mark_bare_keys(item, lines)
    if not isinstance(node, dict):
        return
    mapping: Any = node  # a CommentedMap: its style in 'fa', its positions in 'lc'
    for key, value in mapping.items():
        if value is None and mapping.fa.flow_style():
            line, column = mapping.lc.key(key)
            rest = lines[line][column + len(str(key)):].lstrip() if line < len(lines) else ":"
            if not rest or rest[0] in ",}":
                mapping[key] = Bare()
        mark_bare_keys(value, lines)


def mended(node: Any) -> dict[str, Any]:
    """Return a mapping's values, with text that a comma split in two put back together.

    In ``{text: Papa belt, zegt hij.}`` YAML reads 'zegt hij.' as a key without a value;
    the loader reads the text as typed (``fields.mend_commas``), and so does the editor.
    """
    values: dict[str, Any] = {}
    last: str | None = None
    for key, value in node.items():
        if (node.fa.flow_style() and last is not None and isinstance(value, Bare | None)
                and str(key) not in KEY_NAMES and type(values[last]) is str):
            values[last] = f"{values[last]}, {key}"
            continue
        values[str(key)] = value
        last = str(key)
    return values


def drop_comma_parts(item: Any) -> None:
    """Take away the keys that are words a comma cut off a text (their text is rewritten)."""
    kept = mended(item)
    for key in [k for k in item if str(k) not in kept]:
        del item[key]
