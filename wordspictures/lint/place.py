"""Find where a word of an entry's text stands in the account file.

The account model gives each entry the place where its text *starts* in the file. A finding is
about a word inside that text, so we walk the file from there, character by character, matching
the text's letters and skipping what YAML took away: the opening quote, the ``|``/``>`` header of
a block, line breaks and indentation of a text that runs over several lines, doubled quotes.
When the walk loses track (an escape like ``\\u00e9``), the entry's own place is the answer.
"""

from __future__ import annotations

import bisect
from pathlib import Path

from wordspictures.problems import Mark

# Characters YAML may add around or inside a text that are not in the text itself.
SKIPPABLE = " \t\r\n'\"\\"


class Locator:
    """Turns (entry mark, offset in the entry's text) into a mark of the exact word."""

    def __init__(self, source: str | None):
        self.source = source
        self.line_starts: list[int] = [0]
        if source is not None:
            self.line_starts += [i + 1 for i, ch in enumerate(source) if ch == "\n"]

    @classmethod
    def of_file(cls, path: Path) -> Locator:
        """Return a locator for the account file (one that only knows the marks if unreadable)."""
        try:
            return cls(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeError):
            return cls(None)

    def index(self, mark: Mark) -> int:
        """Return the offset in the file of a 1-based line and column."""
        return self.line_starts[mark.line - 1] + mark.column - 1

    def mark_at(self, index: int, path: str) -> Mark:
        """Return the 1-based line and column of an offset in the file."""
        line = bisect.bisect_right(self.line_starts, index) - 1
        return Mark(path, line + 1, index - self.line_starts[line] + 1)

    def locate(self, mark: Mark, text: str, offset: int) -> Mark:
        """Return the mark of ``text[offset]``, where ``text`` starts at ``mark`` in the file."""
        source = self.source
        if source is None or offset <= 0 or mark.line > len(self.line_starts):
            return mark
        at = self.index(mark)
        if source[at:at + 1] in ("|", ">"):
            # A block text starts on the line after its header ('|', '>-', '|2', a comment).
            newline = source.find("\n", at)
            at = len(source) if newline < 0 else newline + 1
        for char in text[:offset]:
            if char.isspace():
                continue
            at = self.find(char, at)
            if at < 0:
                return mark
            at += 1
        at = self.skip_to_text(at)
        return self.mark_at(at, mark.path) if at < len(source) else mark

    def find(self, char: str, at: int) -> int:
        """Return where ``char`` is, from ``at`` on, passing only YAML's additions; else -1."""
        source = self.source or ""
        while at < len(source):
            if source[at] == char:
                return at
            if source[at] not in SKIPPABLE:
                return -1
            at += 1
        return -1

    def skip_to_text(self, at: int) -> int:
        """Return the offset of the next character that belongs to the text."""
        source = self.source or ""
        while at < len(source) and source[at] in SKIPPABLE:
            at += 1
        return at
