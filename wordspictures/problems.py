"""Problems found in an account: where, what is wrong, and how to fix it.

Every step that looks at the account (loading, checking the words) reports ``Problem``s
instead of raising on the first one, so the caseworker sees everything at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Mark:
    """A place in a file the user wrote (1-based line and column): an account, a template,
    a rule file."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """One thing to fix (``error``) or to look at (``warning``) in an account."""

    message: str
    hint: str = ""
    mark: Mark | None = None
    severity: str = ERROR
    category: str | None = None
    words: str | None = None

    def __str__(self) -> str:
        hint = f" — {self.hint}" if self.hint else ""
        if self.category:
            # A word-check finding: 'FILE:LINE:COLUMN category: the words — why — suggestion'.
            where = f"{self.mark} " if self.mark else ""
            words = f"{self.words} — " if self.words else ""
            return f"{where}{self.category}: {words}{self.message}{hint}"
        where = f"{self.mark}: " if self.mark else ""
        kind = "warning: " if self.is_warning else ""
        return f"{where}{kind}{self.message}{hint}"

    @property
    def is_warning(self) -> bool:
        """Return True when the problem does not stop the build (unless --strict)."""
        return self.severity == WARNING


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Return the problems in file order (problems without a place first)."""
    return sorted(problems, key=lambda p: (p.mark.line, p.mark.column) if p.mark else (0, 0))
