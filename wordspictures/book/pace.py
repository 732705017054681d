"""The pace of a book: how much a page holds at the youngest reader's age (``pace.yaml``).

The numbers are data, written down with their reasons in docs/pacing.md: one idea a page
for a child who listens, more as the child reads, and a fuller pace for the sections that
give way when a book would outgrow a picture book's length.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

FILE = Path(__file__).with_name("pace.yaml")
FIELDS = ("words", "ideas", "events", "people")


@dataclass(frozen=True)
class Pace:
    """How much one page holds: ``words`` of text, ``ideas`` items of a list, ``events``
    events or rules, ``people`` people introduced."""

    words: int
    ideas: int
    events: int
    people: int


@dataclass(frozen=True)
class Paces:
    """The pace table: a row an age, the longest book, and who gives way first."""

    rows: tuple[tuple[int, Pace, Pace], ...]  # (from age, pace, fuller pace), youngest first
    most_pages: int
    together: int
    give_way: tuple[str, ...]

    def at(self, age: int) -> tuple[Pace, Pace]:
        """Return the pace and the fuller pace for a reader of ``age``."""
        found = self.rows[0]
        for row in self.rows:
            if age >= row[0]:
                found = row
        return found[1], found[2]


@cache
def load_paces(path: Path = FILE) -> Paces:
    """Return the pace table; a broken table names its file and what is wrong."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        rows = tuple(sorted((int(row["from"]), read_pace(row), read_pace(row["fuller"]))
                            for row in data["paces"]))
        return Paces(rows, int(data["most_pages"]), int(data["together"]),
                     tuple(str(kind) for kind in data["give_way"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{path}: every row needs 'from', {', '.join(FIELDS)} and "
                         f"'fuller' as whole numbers ({exc!r})") from exc


def read_pace(row: dict[str, Any]) -> Pace:
    """Return one pace of the table; every number at least one."""
    values = {name: int(row[name]) for name in FIELDS}
    if min(values.values()) < 1:
        raise ValueError(f"a pace below one: {values}")
    return Pace(**values)
