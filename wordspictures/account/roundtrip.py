"""The account as the caseworker wrote it, changed one value at a time: the editor's copy.

The editor (``commands/editor``) saves every change into the caseworker's own file. A
change must leave the rest of the file as it was: comments, blank lines, key order, flow
``{ … }`` or block style, quotes. ruamel.yaml reads a file into objects that remember all
of that and writes it back the same; this is the only module that imports it. Values are
given and taken as plain Python (str, int, bool, date, list, dict); where a key goes and
what it means comes from the key table (``keys``).

The book itself is never read from here: the loader (``load``) reads the text this module
writes, as it reads any account.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedBase, CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    ScalarString,
    SingleQuotedScalarString,
)

from wordspictures.account.commas import Bare, drop_comma_parts, mark_bare_keys, mended
from wordspictures.account.comments import put_tail, shift_comments, take_tail
from wordspictures.account.keys import (
    SECTION_NAMES,
    TOP_KEYS,
    entry_keys,
    names,
)
from wordspictures.account.places import Place, Step, key_order, reads_back

# How far ruamel may write on one line before it folds: never (a text stays on its line).
NO_FOLDING = 1 << 16
INDENTED_KEY = re.compile(r"^( +)[A-Za-z_][\w-]*[ \t]*:", re.MULTILINE)
DASH = re.compile(r"^( *)- ", re.MULTILINE)


class DraftError(ValueError):
    """The file is not YAML the editor can change (the loader says where and why)."""


class Draft:
    """An account file in memory, changed by place: ``("worried", 0, "text")``."""

    def __init__(self, text: str):
        self.newline = "\r\n" if "\r\n" in text else "\n"
        text = text.replace("\r\n", "\n")
        self.yaml = reader_for(text)
        try:
            data = self.yaml.load(text)
        except YAMLError as exc:
            raise DraftError(str(exc).splitlines()[0]) from None
        if not isinstance(data, CommentedMap):
            raise DraftError("the file is not a list of keys")
        mark_bare_keys(data, text.splitlines())
        self.data: CommentedMap = data

    # -- reading -------------------------------------------------------------------

    def text(self) -> str:
        """Return the file as it reads now."""
        out = io.StringIO()
        self.yaml.dump(self.data, out)
        return out.getvalue().replace("\n", self.newline)

    def value(self, place: Place) -> Any:
        """Return the value at a place as plain Python, None where there is none."""
        node: Any = self.data
        for step in place:
            node = child(node, step)
            if node is None:
                return None
        return plain(node)

    def people(self) -> list[str]:
        """Return the ids of the people, in file order."""
        people = self.data.get("people")
        return [str(k) for k in people] if isinstance(people, CommentedMap) else []

    # -- changing ------------------------------------------------------------------

    def set(self, place: Place, value: Any) -> None:
        """Set the value at a place; None or "" (or []) takes an optional key away.

        A story item written as plain text becomes a mapping when it gets a second key;
        a text keeps its quotes, and gets double quotes where it would read otherwise.
        """
        *path, last = place
        if place[:1] and place[0] in SECTION_NAMES and len(place) == 3:
            self.set_in_item(str(place[0]), int(place[1]), str(last), value)
            return
        if place[:1] and place[0] in SECTION_NAMES and len(place) > 3:
            self.set_in_group(place, value)
            return
        parent = self.container(tuple(path), create=value not in (None, "", []))
        if parent is None:
            return
        if isinstance(parent, CommentedSeq):
            parent[int(last)] = styled(parent[int(last)], value, flow_context(parent))
        elif value in (None, "", []) and isinstance(parent, CommentedMap):
            drop_key(parent, str(last))
        else:
            put_key(parent, str(last), styled(parent.get(last), value, flow_context(parent)),
                    key_order(tuple(path)))

    def set_text(self, place: Place, value: str, text: str,
                 spans: Mapping[Place, tuple[int, int]]) -> str | None:
        """Set a piece of text that stays one piece of text, and return ``text`` (the file
        as ``text()`` wrote it last) with only that value's characters rewritten, or None
        when the change needs the whole file written again (``set`` and ``text()``).

        This is what a keystroke does, so it must be quick: writing the whole file again
        takes ruamel.yaml tens of milliseconds. It writes the value as ``text()`` would.
        """
        old = self.raw(place)
        # A list item written as a line of text is its own 'text'.
        alone = place[-1:] == ("text",) and isinstance(self.raw(place[:-1]), str)
        span = spans.get(place[:-1] if alone else place)
        if span is None or not value or type(old) not in (str, DoubleQuotedScalarString,
                                                         SingleQuotedScalarString):
            return None
        start, end = span
        parent = self.raw(place[:-1])
        if isinstance(parent, CommentedMap) and len(mended(parent)) != len(parent):
            return None  # the words a comma cut off go too: see drop_comma_parts
        self.set(place, value)
        new = self.raw(place)
        if isinstance(new, SingleQuotedScalarString):
            written = "'" + value.replace("'", "''") + "'"
        elif isinstance(new, DoubleQuotedScalarString):
            written = json.dumps(value, ensure_ascii=False)
        else:
            written = value
        rest = text[end:]
        gap = len(rest) - len(rest.lstrip(" "))
        if rest[gap:gap + 1] == "#":  # a comment after it keeps its column, as ruamel does
            gap = max(1, gap - (len(written) - (end - start)))
            rest = " " * gap + rest.lstrip(" ")
        return text[:start] + written + rest

    def raw(self, place: Place) -> Any:
        """Return ruamel's own value at a place (a string item of a list for its 'text')."""
        node: Any = self.data
        for step in place:
            if step == "text" and isinstance(node, str):
                return node
            node = child(node, step)
        return node

    def set_in_item(self, section: str, index: int, key: str, value: Any) -> None:
        """Set one key of a story item (a plain-text item grows into a mapping)."""
        items = self.data.get(section)
        item = items[index]
        if not isinstance(item, CommentedMap):
            if key == "text":
                items[index] = styled(item, value, flow_context(items))
                return
            if value in (None, "", []):
                return
            grown = CommentedMap([("text", item)])
            flow = any(isinstance(i, CommentedMap) and i.fa.flow_style() for i in items)
            if flow:
                grown.fa.set_flow_style()
            items[index] = item = grown
            if not flow:  # the comment after the line of text now follows the mapping
                slot = items.ca.items.get(index)
                if slot and slot[0] is not None:
                    put_tail(grown, slot[0])
                    slot[0] = None
        if key == "text":
            drop_comma_parts(item)
        if value in (None, "", []) and key != "text":
            drop_key(item, key)
        else:
            put_key(item, key, styled(item.get(key), value, flow_context(item)),
                    names(entry_keys(section)))

    def set_in_group(self, place: Place, value: Any) -> None:
        """Set a value in a group of a story item: a person's feeling ('feeling', 'noor'),
        what the drawing shows ('picture', 'time'). A missing group is made ('{…}'), one
        left empty goes; the caller first turns one value ('feeling: sad') into a group."""
        section, index, key = str(place[0]), int(place[1]), str(place[2])
        empty = value in (None, "", [])
        if not isinstance(self.raw(place[:3]), CommentedMap):
            if empty:
                return
            self.set_in_item(section, index, key, {})
        *path, last = place
        parent = self.container(tuple(path), create=not empty)
        if parent is None or not isinstance(parent, CommentedMap):
            return
        if empty:
            drop_key(parent, str(last))
        else:
            put_key(parent, str(last), styled(parent.get(last), value, flow_context(parent)),
                    key_order(tuple(path)))
        for depth in range(len(place) - 1, 2, -1):  # the groups left empty, inside out
            group, holder = self.raw(place[:depth]), self.raw(place[:depth - 1])
            if isinstance(group, CommentedMap) and not len(group) \
                    and isinstance(holder, CommentedMap):
                drop_key(holder, str(place[depth - 1]))

    def add_item(self, section: str, item: Any = "") -> int:
        """Add an item at the end of a story list (made when missing); return its index."""
        items = self.data.get(section)
        if not isinstance(items, CommentedSeq):
            items = CommentedSeq()
            put_key(self.data, section, items, names(TOP_KEYS))
        tail = take_tail(items)
        items.append(new_node(item, flow=True))
        put_tail(items, tail)
        return len(items) - 1

    def remove_item(self, section: str, index: int) -> None:
        """Take an item out of a story list; the comments around the list stay."""
        items = self.data[section]
        tail = take_tail(items)
        del items[index]
        shift_comments(items, index)
        if not len(items):
            items.fa.set_flow_style()  # written 'worried: []', the comments after it kept
        put_tail(items if len(items) else self.data, tail, section)

    def move_item(self, section: str, index: int, to: int) -> None:
        """Move an item to another place in its list; comments stay where they are."""
        items = self.data[section]
        tail = take_tail(items)
        items.insert(to, items.pop(index))
        put_tail(items, tail)

    def add_word(self, key: str, word: str) -> None:
        """Add a word to a list of words ('allow'), made when missing."""
        found = self.data.get(key)
        if not isinstance(found, CommentedSeq):
            self.set((key,), [word])
            return
        tail = take_tail(found)
        found.append(styled(None, word, flow_context(found)))
        put_tail(found, tail)

    def remove_word(self, key: str, word: str) -> None:
        """Take a word off a list of words; the key goes when its list is empty."""
        found = self.data.get(key)
        if isinstance(found, CommentedSeq) and word in found:
            tail = take_tail(found)
            found.remove(word)
            put_tail(found, tail)
            if not len(found):
                drop_key(self.data, key)

    def add_person(self, pid: str, person: dict[str, Any]) -> None:
        """Add a person at the end of 'people', written like the people before them."""
        people = self.data.get("people")
        if not isinstance(people, CommentedMap):
            people = CommentedMap()
            put_key(self.data, "people", people, names(TOP_KEYS))
        flow = any(isinstance(p, CommentedMap) and p.fa.flow_style() for p in people.values())
        tail = take_tail(people)
        people[pid] = new_node(person, flow)
        put_tail(people, tail)

    def remove_person(self, pid: str) -> None:
        """Take a person out of 'people' (the caller checks that nobody names them)."""
        people = self.data["people"]
        tail = take_tail(people)
        del people[pid]
        put_tail(people if len(people) else self.data, tail, "people")

    def container(self, path: Place, create: bool) -> CommentedMap | CommentedSeq | None:
        """Return the mapping or list at ``path``; missing mappings are made when ``create``
        (in flow style inside a flow mapping, as '{hair: long}' inside a person's line)."""
        node: Any = self.data
        for depth, step in enumerate(path):
            found = child(node, step)
            if found is None:
                if not create or not isinstance(node, CommentedMap):
                    return None
                found = CommentedMap()
                if node.fa.flow_style() or depth > 0:
                    found.fa.set_flow_style()
                put_key(node, str(step), found, key_order(tuple(path[:depth])))
            node = found
        return node if isinstance(node, (CommentedMap, CommentedSeq)) else None


def reader_for(text: str) -> YAML:
    """Return a round-trip reader and writer set to write this file as it was indented."""
    yaml_rt = YAML(typ="rt")
    yaml_rt.preserve_quotes = True
    yaml_rt.width = NO_FOLDING
    mapping = next((len(m[1]) for m in INDENTED_KEY.finditer(text)), 2)
    dash = next((len(m[1]) for m in DASH.finditer(text)), 2)
    yaml_rt.indent(mapping=mapping, sequence=dash + 2, offset=dash)
    yaml_rt.explicit_start = text.lstrip().startswith("---")
    yaml_rt.representer.add_representer(
        Bare, lambda writer, _: writer.represent_scalar("tag:yaml.org,2002:null", "",
                                                       style="-"))
    return yaml_rt


def child(node: Any, step: Step) -> Any:
    """Return the value under a key or index, or None."""
    if isinstance(node, CommentedMap):
        return mended(node).get(step) if isinstance(step, str) else None
    if isinstance(node, CommentedSeq) and isinstance(step, int) and 0 <= step < len(node):
        return node[step]
    return None


def plain(node: Any) -> Any:
    """Return ruamel's value as plain Python."""
    if isinstance(node, Bare):
        return None
    if isinstance(node, CommentedMap):
        return {k: plain(v) for k, v in mended(node).items()}
    if isinstance(node, CommentedSeq):
        return [plain(v) for v in node]
    if isinstance(node, bool):
        return bool(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    if isinstance(node, dt.date):
        return dt.date(node.year, node.month, node.day)
    return node


def styled(old: Any, value: Any, flow: bool) -> Any:
    """Return a new value written as the old one was: a text keeps its quotes; a text that
    would be read as something else (a number, a time, 'no', a colon) gets double quotes.

    ruamel writes YAML 1.2, where 'no' and '12:30' are text; the loader reads YAML 1.1,
    where they are a flag and a number, so each new text is tried the loader's way.
    """
    if isinstance(value, list):
        seq = CommentedSeq(value)
        seq.fa.set_flow_style()
        return seq
    if isinstance(value, dict) and not isinstance(value, CommentedMap):
        return new_node(value, True)
    if not isinstance(value, str):
        return value
    if isinstance(old, ScalarString) and type(old) is not ScalarString:
        return type(old)(value)
    return value if reads_back(value, flow) else DoubleQuotedScalarString(value)


def flow_context(node: Any) -> bool:
    """Return True when values in ``node`` are written inside '{ … }' or '[ … ]'."""
    return isinstance(node, CommentedBase) and bool(node.fa.flow_style())


def new_node(value: Any, flow: bool) -> Any:
    """Return plain Python as a new YAML value (mappings in flow style when ``flow``)."""
    if isinstance(value, dict):
        made = CommentedMap((k, new_node(v, True)) for k, v in value.items())
        if flow:
            made.fa.set_flow_style()
        return made
    if isinstance(value, list):
        return styled(None, value, True)
    return styled(None, value, flow)


def put_key(node: CommentedMap, key: str, value: Any, order: Sequence[str]) -> None:
    """Set a key; a new one goes before the first key documented after it."""
    if key in node or key not in order:
        node[key] = value
        return
    later = set(order[order.index(key) + 1:])
    position = next((i for i, k in enumerate(node) if k in later), len(node))
    if position == len(node):
        tail = take_tail(node)
        node[key] = value
        put_tail(node, tail)
    else:
        node.insert(position, key, value)


def drop_key(node: CommentedMap, key: str) -> None:
    """Take a key away; comments after it stay in the file."""
    if key not in node:
        return
    tail = take_tail(node)
    del node[key]
    put_tail(node, tail)
