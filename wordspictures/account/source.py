"""Read an account file into YAML nodes that keep their line and column.

Only this module and ``account`` know about YAML. We compose (never construct) the
document with PyYAML's safe loader, refuse aliases (a few lines of anchors can expand to
gigabytes) and any tag that is not plain YAML, and turn every reading error into a
``Problem`` that says where and how to fix it.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from wordspictures.problems import Mark, Problem

# The only tags a hand-written account needs; anything else (``!!python/object`` and
# friends) is refused before any value is built.
PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
MAX_BYTES = 2_000_000


class _AliasFound(Exception):
    def __init__(self, mark: yaml.Mark):
        self.mark = mark


class _Loader(yaml.SafeLoader):
    """A safe loader that stops at the first alias instead of sharing nodes."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise _AliasFound(self.peek_event().start_mark)
        return super().compose_node(parent, index)


def mark_of(node: yaml.Node, path: str) -> Mark:
    """Return the 1-based position of a node in the file."""
    return Mark(path, node.start_mark.line + 1, node.start_mark.column + 1)


def read_text(path: Path, shown: str) -> tuple[str | None, list[Problem]]:
    """Return the file's text, or the problems that stop it from being read."""
    here = Mark(shown, 1, 1)
    if not path.exists():
        return None, [Problem(f"there is no file '{shown}'", "check the name and the folder")]
    if path.is_dir():
        return None, [Problem(f"'{shown}' is a folder", "give the account file itself")]
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        return None, [Problem("the file is too large for an account (over 2 MB)",
                              "is this the right file?", here)]
    if b"\x00" in data:
        return None, [Problem("this is not a text file", "give the account's .yaml file", here)]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(
            "the file is not saved as UTF-8 text",
            "save it again as 'UTF-8' in your editor (Notepad: Save as → Encoding → UTF-8)",
            Mark(shown, line, 1),
        )]
    if not text.strip():
        return None, [Problem("the file is empty",
                              "start from 'wordspictures new account.yaml'", here)]
    return text, []


def find_tabs(text: str, shown: str) -> list[Problem]:
    """Return a problem for each line indented with a tab (YAML only allows spaces)."""
    problems = []
    for number, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(Problem(
                "this line is indented with a tab",
                "use spaces to indent (most editors can turn tabs into spaces)",
                Mark(shown, number, indent.index("\t") + 1),
            ))
    return problems


def compose(text: str, shown: str) -> tuple[yaml.Node | None, list[Problem]]:
    """Return the document's root node, or the problems that stop it from being read."""
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except _AliasFound as exc:
        return None, [Problem(
            "anchors and aliases (&name, *name) are not supported in an account",
            "write the text out in full where it is needed",
            Mark(shown, exc.mark.line + 1, exc.mark.column + 1),
        )]
    except yaml.MarkedYAMLError as exc:
        return None, [explain_yaml_error(exc, shown)]
    except yaml.YAMLError as exc:  # unmarked reader errors: rare, still not a traceback
        return None, [Problem(f"the file cannot be read as YAML ({exc})", "", Mark(shown, 1, 1))]
    if root is None:
        return None, [Problem("the file has no content", "", Mark(shown, 1, 1))]
    return root, find_odd_tags(root, shown)


def explain_yaml_error(exc: yaml.MarkedYAMLError, shown: str) -> Problem:
    """Return a YAML syntax error in words a caseworker can act on."""
    mark = exc.problem_mark or exc.context_mark
    where = Mark(shown, mark.line + 1, mark.column + 1) if mark else Mark(shown, 1, 1)
    what = (exc.problem or exc.context or "unexpected text").strip()
    hints = {
        "mapping values are not allowed": "a line has a second ':'; put text that holds "
                                          "a colon between quotes, or check the indentation",
        "could not find expected ':'": "a key needs a ':' after it, or a line is indented "
                                       "differently from the lines around it",
        "found character '\\t'": "use spaces, not tabs, to indent",
        "did not find expected key": "check that this line is indented like the lines above it",
        "did not find expected '-'": "each item of a list starts with '- ' at the same indent",
        "found undefined tag": "remove the '!' tag: accounts use plain text only",
        "found unknown escape": "write a backslash as \\\\ inside double quotes, "
                                "or use single quotes",
        "special characters are not allowed": "remove the invisible control character here",
    }
    hint = next((h for key, h in hints.items() if key in what),
                "check the indentation and the quotes on this line and the one above")
    return Problem(f"the file cannot be read here: {what}", hint, where)


def find_odd_tags(root: yaml.Node, shown: str) -> list[Problem]:
    """Return a problem for every node with a tag that is not plain YAML."""
    problems, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.tag not in PLAIN_TAGS:
            problems.append(Problem(
                f"the tag '{node.tag}' is not allowed in an account",
                "remove the '!…' part: accounts hold plain text, numbers and lists",
                mark_of(node, shown),
            ))
        if isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return problems
