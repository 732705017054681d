"""Find the line a hand-editing mistake was typed on, and the mended line to type instead.

YAML says where reading became impossible, which can be far from where the mistake was
made: a text that starts with a quote (``text: 's Nachts …``) reads on to the next quote,
maybe thirty lines down; a key moved to the left edge is noticed on the line after it.
And it says it in the parser's words ("expected <block end>, but found '<scalar>'").

This module reads the file as a person sees it: lines, their indentation, ``key: value``,
``- `` items and quotes. ``typed_mistakes`` finds what is wrong whether or not YAML can read
the file (``text:Buurman`` reads as text in a list, and a '#' cuts a text short without a
word); ``explain_failure`` finds the line behind a YAML error. Each returns ``Mistake``s:
a message key (``messages.yaml``, ``line.…``) with its line, column and values; ``source``
turns them into problems in the account's language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# What may stand before a line's text: spaces, then '- ' once or more (a list item).
START = re.compile(r"^(?P<indent> *)(?P<dashes>(?:-[ \t]+)*)(?P<rest>.*?)[ \t]*$")
# A plain key: text without a quote or flow mark at its start, then ':' and a space or the end.
KEY = re.compile(r"(?P<key>[^\s#'\"{}\[\],&*!|>%@`-][^#]*?|-[^\s#]*?)[ \t]*:(?:[ \t]+|$)")
BLOCK_SCALAR = re.compile(r"^[|>][-+0-9]*[ \t]*(?:#.*)?$")
# Characters a plain text may not start with: YAML reads them as something else.
STARTERS = "@`%*&!"
FLOWS = {"{": "}", "[": "]"}
# What those marks are for in YAML, and not a caseworker's text: an anchor or alias alone or
# before a list ('&a [1, 2]', '*a'), or a tag ('!!python/…'); left to the reader's own
# problems. '&Mila zei' and '*belangrijk*' are texts.
YAML_MARKS = re.compile(r"^(?:[&*][\w-]+[ \t]*(?:[\[{].*)?|!!.*)$|^$")
# A '#' after one space and before a word: in YAML the rest of the line is a comment.
CUT_BY_HASH = re.compile(r"(?<=\S) #(?=\S)")
# Mistakes that do not stop the book (the others do).
WARNINGS = frozenset({"line.cut_by_hash"})


@dataclass(frozen=True)
class Line:
    """One line of the file as a person sees it (columns are 0-based)."""

    number: int
    text: str
    indent: int = 0
    item: bool = False
    column: int = 0          # where the line's content starts, after any '- '
    key: str | None = None
    key_column: int = 0
    value: str = ""          # what follows 'key: ', or the item's whole text
    value_column: int = 0
    significant: bool = True  # not blank, not a comment, not inside a '|' or '>' text

    @property
    def opens_block(self) -> bool:
        """Return True for 'key:' with nothing after it: the lines under it belong to it."""
        return self.key is not None and self.value == ""


@dataclass(frozen=True)
class Mistake:
    """A mistake found on a line: ``key`` names its message; ``values`` fill it in."""

    key: str
    line: int
    column: int  # 1-based, like a Mark
    values: dict[str, Any] = field(default_factory=dict)


def read_lines(text: str) -> list[Line]:
    """Return every line of the text, read as a person sees it."""
    lines: list[Line] = []
    block_indent: int | None = None  # inside a '|' or '>' text: lines deeper than this
    for number, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip(" "))
        if block_indent is not None and (not stripped or indent > block_indent):
            lines.append(Line(number, raw, indent, significant=False))
            continue
        block_indent = None
        if not stripped or stripped.startswith("#"):
            lines.append(Line(number, raw, indent, significant=False))
            continue
        line = read_line(number, raw)
        if line.key is not None and BLOCK_SCALAR.match(line.value):
            block_indent = line.indent
        lines.append(line)
    return lines


def read_line(number: int, raw: str) -> Line:
    """Return one non-blank line: its indentation, '- ', key and value."""
    start = START.match(raw)
    assert start is not None  # the pattern matches any line
    indent, column = len(start["indent"]), start.start("rest")
    rest = start["rest"]
    key = KEY.match(rest)
    if key is None:
        return Line(number, raw, indent, bool(start["dashes"]), column, value=rest,
                    value_column=column)
    value_column = column + key.end()
    return Line(number, raw, indent, bool(start["dashes"]), column, key["key"], column,
                raw[value_column:].rstrip(), value_column)


def quoted(text: str) -> str:
    """Return text between the quotes that need no escaping in it, double ones if they can."""
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return json.dumps(text, ensure_ascii=False)


def mended(line: Line, value: str) -> str:
    """Return the line as it should be typed, its value replaced (without indentation)."""
    head = "- " if line.item else ""
    return f"{head}{line.key}: {value}" if line.key is not None else f"{head}{value}"


# -- mistakes YAML may not even notice -----------------------------------------------------

def typed_mistakes(lines: Sequence[Line], keys: Iterable[str]) -> list[Mistake]:
    """Return the mistakes of single lines that change or stop the reading of the file:
    'key:value' without a space, '-item' without a space, a text starting with a mark YAML
    reads as something else, and a '#' that cuts a text short (``line.cut_by_hash``, a
    warning: the book is made, without the words after it).
    """
    known = re.compile(rf"(?:{'|'.join(re.escape(k) for k in sorted(set(keys)))}):(?=[^\s:])")
    found: list[Mistake] = []
    previous: Line | None = None
    for line in lines:
        if not line.significant:
            continue
        content = line.text[line.column:].rstrip()
        glued = known.match(content)
        cut = CUT_BY_HASH.search(line.value) if line.value[:1] not in "'\"" else None
        if glued:
            key = glued[0][:-1]
            fixed = f"{'- ' if line.item else ''}{key}: {content[len(key) + 1:]}"
            found.append(Mistake("line.no_space", line.number, line.column + len(key) + 2,
                                 {"key": key, "fixed": fixed}))
        elif dash_glued(line, previous):
            found.append(Mistake("line.dash_no_space", line.number, line.column + 1,
                                 {"fixed": "- " + content[1:].strip()}))
        elif line.value[:1] in STARTERS and not YAML_MARKS.match(line.value):
            found.append(Mistake("line.starts_with", line.number, line.value_column + 1,
                                 {"mark": line.value[0],
                                  "fixed": mended(line, quoted(line.value))}))
        elif cut is not None:
            found.append(Mistake("line.cut_by_hash", line.number,
                                 line.value_column + cut.start() + 2,
                                 {"words": line.value[cut.start() + 1:],
                                  "fixed": hash_mended(line, cut.start())}))
        previous = line
    return found


def hash_mended(line: Line, cut: int) -> str:
    """Return the text a '#' cut short, between quotes: the whole value, or in '{ … }' the
    part from the key before the '#' to the next ',' or '}'."""
    if line.value[:1] not in FLOWS:
        return mended(line, quoted(line.value))
    value = line.value
    begin = value.rfind(":", 0, cut) + 1
    ends = [i for i in (value.find(",", cut), value.find("}", cut)) if i >= 0]
    words = value[begin:min(ends) if ends else len(value)].strip()
    return quoted(words)


def dash_glued(line: Line, previous: Line | None) -> bool:
    """Return True for '-Oma komt.' where a list item ('- Oma komt.') was meant."""
    text = line.text[line.column:]
    if line.item or not re.match(r"-[^\s\-]", text) or previous is None:
        return False
    return (previous.opens_block and line.indent > previous.indent) or (
        previous.item and previous.indent == line.indent)


# -- the line behind a YAML error ----------------------------------------------------------

def explain_failure(lines: Sequence[Line], text: str, line: int, column: int, problem: str,
                    keys: Iterable[str] = (), top_keys: Iterable[str] = ()
                    ) -> Mistake | None:
    """Return the mistake behind YAML's ``problem`` (with its context) at ``line``:``column``
    (1-based), or None when none of the known ones explains it. ``keys`` are the account's
    key names, ``top_keys`` those that start at the left edge."""
    here = next((candidate for candidate in reversed(lines[:line])
                 if candidate.significant), None)
    if here is None:
        return None
    known = frozenset(keys)
    return (unclosed_quote(lines, text, here)
            or flow_then_text(here, problem)
            or colon_in_text(here, column, problem, known)
            or unclosed_flow(lines, here, problem)
            or top_key_indented(here, frozenset(top_keys))
            or misplaced(lines, here))


def unclosed_quote(lines: Sequence[Line], text: str, here: Line) -> Mistake | None:
    """A text that starts with a quote reads on to the next one: find the line it started.

    A quote closed on its own line with nothing after it, or on a later line before the
    failing one, is a good text (the search goes past it); one never closed, or closed on
    or after the failing line with more text after it, is the mistake.
    """
    offsets = line_offsets(text)
    for line in reversed(lines[:here.number]):
        if not line.significant or line.value[:1] not in ("'", '"'):
            continue
        end = closing_quote(text, offsets[line.number - 1] + line.value_column)
        if end is not None:
            end_line = text.count("\n", 0, end) + 1
            after = text[end + 1:].split("\n", 1)[0].strip()
            if (end_line == line.number and after[:1] in ("", "#")) or end_line < here.number:
                continue
        return Mistake("line.quote", line.number, line.value_column + 1,
                       {"quote": line.value[0], "fixed": mended(line, quoted(line.value))})
    return None


def closing_quote(text: str, start: int) -> int | None:
    """Return the index of the quote that closes the one at ``start``, or None."""
    quote, index = text[start], start + 1
    while index < len(text):
        char = text[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and text[index + 1:index + 2] == "'":
                index += 2
                continue
            return index
        index += 1
    return None


def line_offsets(text: str) -> list[int]:
    """Return the index in ``text`` where each line starts."""
    offsets, position = [], 0
    for raw in text.splitlines(keepends=True):
        offsets.append(position)
        position += len(raw)
    return offsets + [position]


def flow_then_text(here: Line, problem: str) -> Mistake | None:
    """'- [Sam] kwam thuis.': a text that starts with '[' or '{' is read as a list or keys."""
    if here.value[:1] in FLOWS and "expected <block end>" in problem:
        return Mistake("line.starts_with", here.number, here.value_column + 1,
                       {"mark": here.value[0], "fixed": mended(here, quoted(here.value))})
    return None


def colon_in_text(here: Line, column: int, problem: str, known: frozenset[str]
                  ) -> Mistake | None:
    """'text: Juf zei: kom.': a ': ' inside a text reads as a second key on the line."""
    if "mapping values are not allowed" not in problem or here.key is None:
        return None
    if column - 1 <= here.value_column:
        return None
    if here.key in known:
        fixed = mended(here, quoted(here.value))
    else:  # '- Om 8 uur: Mama zei: kom': all of it is the text
        fixed = ("- " if here.item else "") + quoted(here.text[here.column:].strip())
    return Mistake("line.colon_in_text", here.number, here.value_column + 1,
                   {"fixed": fixed})


def unclosed_flow(lines: Sequence[Line], here: Line, problem: str) -> Mistake | None:
    """'{name: Sam, role: child' without its '}': find the line the '{' or '[' is on."""
    if not re.search(r"expected ',' or '[}\]]'|flow", problem):
        return None
    for line in reversed(lines[:here.number]):
        if not line.significant:
            continue
        outside = re.sub(r"'[^']*'|\"[^\"]*\"", "", line.text)
        for opening, closing in FLOWS.items():
            if outside.count(opening) > outside.count(closing):
                return Mistake("line.unclosed_flow", line.number,
                               line.text.rindex(opening) + 1,
                               {"open": opening, "close": closing})
    return None


def top_key_indented(here: Line, top_keys: frozenset[str]) -> Mistake | None:
    """'  good_things:' indented: a part of the account starts at the left edge."""
    if here.key in top_keys and here.indent > 0 and not here.item:
        return Mistake("line.top_key_indented", here.number, 1, {"key": here.key})
    return None


def misplaced(lines: Sequence[Line], here: Line) -> Mistake | None:
    """A line indented too far or not far enough for the lines around it."""
    before = [line for line in lines[:here.number - 1] if line.significant]
    if not before or here.key is None and not here.item:
        return None
    above = before[-1]
    if len(before) >= 2 and above.key is not None and not above.opens_block:
        two_up = before[-2]
        # 'role: child' moved to the left edge, between two lines that are further in.
        if above.indent < here.indent and above.indent < two_up.column:
            return indent_like(above, two_up, "line.moved_left")
    if above.key is None or above.opens_block:
        return None
    if here.key is not None and not here.item and above.item and here.indent == above.indent:
        # '- who: juf' and then 'text: …' under its '-': it belongs to the item.
        return indent_like(here, above, "line.item_key_left")
    if here.key is not None and here.column != above.key_column:
        key = "line.too_deep" if here.column > above.key_column else "line.too_shallow"
        return indent_like(here, above, key)
    return None


def moved_left_at(lines: Sequence[Line], number: int) -> Mistake | None:
    """Return the mistake of a key on line ``number`` that YAML read at the top of the
    file because it was moved to the left edge ('called: Mama' after a person's block),
    or None when the line above does not show where it belongs."""
    here = lines[number - 1] if 0 < number <= len(lines) else None
    above = next((line for line in reversed(lines[:number - 1]) if line.significant), None)
    if here is None or above is None or above.key is None or above.key_column <= here.column:
        return None
    return indent_like(here, above, "line.moved_left")


def indent_like(line: Line, model: Line, key: str) -> Mistake:
    """Return the mistake of ``line``, to be indented like ``model``'s key."""
    return Mistake(key, line.number, line.column + 1,
                   {"key": line.key or line.value, "above": model.key,
                    "above_line": model.number, "column": model.key_column + 1,
                    "spaces": model.key_column})
