"""Read an account file into YAML nodes that keep their line and column.

Only this module and ``account`` know about YAML. We compose (never construct) the
document with PyYAML's safe loader, refuse aliases (a few lines of anchors can expand to
gigabytes) and any tag that is not plain YAML, and turn every reading error into a
``Problem`` that says where and how to fix it: at the line the mistake was typed on
(``lines``), in the account's language (``language.messages``).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from wordspictures.account.keys import KEY_NAMES, TOP_KEY_NAMES
from wordspictures.account.lines import (
    WARNINGS,
    Line,
    Mistake,
    explain_failure,
    read_lines,
    typed_mistakes,
)
from wordspictures.language.files import available_languages
from wordspictures.language.messages import Messages
from wordspictures.problems import Mark, Problem

# The only tags a hand-written account needs; anything else (``!!python/object`` and
# friends) is refused before any value is built.
PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
MAX_BYTES = 2_000_000
# The account's 'language: nl' line, however it is typed ('language:nl', "language: 'nl'").
# In a book of two languages ('language: [nl, ar]') the first is the main one: its messages.
LANGUAGE_LINE = re.compile(r"^language[ \t]*:[ \t]*\[?[ \t]*[\"']?([A-Za-z][A-Za-z_-]*)",
                           re.MULTILINE)


class _AliasFound(Exception):
    def __init__(self, mark: yaml.Mark):
        self.mark = mark


class _Loader(yaml.SafeLoader):
    """A safe loader that stops at the first alias instead of sharing nodes."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise _AliasFound(self.peek_event().start_mark)
        return super().compose_node(parent, index)


@cache
def line_keys() -> frozenset[str]:
    """Return the words a line may start with as a key: the account's keys, and the
    language codes a text in two languages is written under ('      ar: قالت: تعال')."""
    return KEY_NAMES | frozenset(available_languages())


def mark_of(node: yaml.Node, path: str) -> Mark:
    """Return the 1-based position of a node in the file."""
    return Mark(path, node.start_mark.line + 1, node.start_mark.column + 1)


def account_language(text: str) -> str | None:
    """Return the code on the account's ``language:`` line, read before the file is (so
    that even a file YAML cannot read is told about in its own language), or None."""
    found = LANGUAGE_LINE.search(text)
    return found[1].lower() if found else None


def sniff_language(data: bytes) -> str | None:
    """Return the language of an account's bytes, whatever their encoding (a file that is
    not UTF-8 is told about in its language too)."""
    encodings = ("utf-16",) if is_utf16(data) else ("utf-8-sig", "latin-1")
    for encoding in encodings:
        try:
            return account_language(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    return None


def is_utf16(data: bytes) -> bool:
    """Return True for text saved as UTF-16 (Notepad's 'Unicode'): a byte order mark, or a
    zero byte beside most letters."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    sample = data[:200]
    return len(sample) >= 4 and sample.count(0) * 3 >= len(sample)


def read_text(path: Path, shown: str, say: Messages | None = None
              ) -> tuple[str | None, list[Problem]]:
    """Return the file's text, or the problems that stop it from being read."""
    say = say or Messages()
    here = Mark(shown, 1, 1)
    if not path.exists():
        return None, [say.problem("read.no_file", file=shown)]
    if path.is_dir():
        return None, [say.problem("read.folder", file=shown)]
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        return None, [say.problem("read.too_large", here)]
    say = Messages(sniff_language(data), say.templates) if say.language == "en" else say
    if is_utf16(data):
        return None, [say.problem("read.utf16", here)]
    if b"\x00" in data:
        return None, [say.problem("read.not_text", here)]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [say.problem("read.not_utf8", Mark(shown, line, 1))]
    if not text.strip():
        return None, [say.problem("read.empty", here, file=path.name)]
    return text, []


def find_tabs(text: str, shown: str, say: Messages | None = None) -> list[Problem]:
    """Return a problem for each line indented with a tab (YAML only allows spaces)."""
    say = say or Messages()
    problems = []
    for number, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(say.problem("read.tab", Mark(shown, number, indent.index("\t") + 1)))
    return problems


def compose(text: str, shown: str, say: Messages | None = None
            ) -> tuple[yaml.Node | None, list[Problem]]:
    """Return the document's root node, or the problems that stop it from being read.

    Lines typed in a way YAML reads as something else are problems too, read or not
    (``lines.typed_mistakes``); when YAML cannot read the file, they are taken to be why,
    and otherwise the line behind its error is looked for (``lines.explain_failure``).
    """
    say = say or Messages()
    lines = read_lines(text)
    typed = [problem_of(m, shown, say) for m in typed_mistakes(lines, line_keys())]

    def explained_by_typed(line: int) -> bool:
        return any(not p.is_warning and p.mark and p.mark.line <= line for p in typed)

    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except _AliasFound as exc:
        if explained_by_typed(exc.mark.line + 1):
            return None, typed
        return None, [say.problem("read.alias", Mark(shown, exc.mark.line + 1,
                                                     exc.mark.column + 1))]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if explained_by_typed(line):
            return None, typed
        return None, typed + [explain_yaml_error(exc, text, lines, shown, say)]
    except yaml.YAMLError:  # unmarked reader errors: rare, still not a traceback
        return None, typed + [say.problem("parse.other", Mark(shown, 1, 1))]
    if root is None:
        return None, [say.problem("read.no_content", Mark(shown, 1, 1))]
    told = {p.mark.line for p in typed if p.mark}
    return root, typed + [p for p in find_odd_tags(root, shown, say)
                          if p.mark is None or p.mark.line not in told]


def problem_of(mistake: Mistake, shown: str, say: Messages) -> Problem:
    """Return a mistake found on a line as a problem in the account's language."""
    return say.problem(mistake.key, Mark(shown, mistake.line, mistake.column),
                       warning=mistake.key in WARNINGS, **mistake.values)


def explain_yaml_error(exc: yaml.MarkedYAMLError, text: str, lines: list[Line], shown: str,
                       say: Messages) -> Problem:
    """Return a YAML error as the mistake a person made, at the line they typed it, in
    plain words; the parser's own words are never shown."""
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    what = f"{exc.problem or ''} {exc.context or ''}"
    mistake = explain_failure(lines, text, line, column, what, line_keys(),
                              TOP_KEY_NAMES)
    if mistake is not None:
        return problem_of(mistake, shown, say)
    kind = next((k for key, k in PARSER_WORDS.items() if key in what), "parse.other")
    return say.problem(kind, Mark(shown, line, column))


# The parser's errors that have words of their own; any other is 'parse.other'.
PARSER_WORDS = {
    "found unknown escape": "parse.escape",
    "special characters are not allowed": "parse.control",
    "found character '\\t'": "read.tab",
}


def find_odd_tags(root: yaml.Node, shown: str, say: Messages | None = None) -> list[Problem]:
    """Return a problem for every node with a tag that is not plain YAML."""
    say = say or Messages()
    problems, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.tag not in PLAIN_TAGS:
            problems.append(say.problem("read.tag", mark_of(node, shown), tag=node.tag))
        if isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return problems
