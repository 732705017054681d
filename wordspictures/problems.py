"""Problems found in an account: where, what is wrong, and how to fix it.

Every step that looks at the account (loading, checking the words) reports ``Problem``s
instead of raising on the first one, so the caseworker sees everything at once.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from wordspictures.account.model import Mark

ERROR = "error"
WARNING = "warning"


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


# Words caseworkers type in their own language where the format wants an English key.
TRANSLATIONS = {
    "hij": "he", "zij": "she", "ze": "she", "hen": "they", "die": "they", "him": "he",
    "her": "she", "them": "they", "moeder": "mother", "vader": "father", "kind": "child",
    "oma": "grandmother", "opa": "grandfather", "tante": "aunt", "oom": "uncle",
    "juf": "teacher", "meester": "teacher", "leraar": "teacher", "buurvrouw": "neighbour",
    "buurman": "neighbour", "thuis": "home", "keuken": "kitchen", "school": "school",
    "slaapkamer": "bedroom", "woonkamer": "living_room", "blij": "happy",
    "verdrietig": "sad", "bang": "scared", "bange": "scared", "boos": "angry", "bezorgd": "worried",
    "rustig": "calm", "tekst": "text", "wie": "who", "wanneer": "when", "waar": "where",
    "gevoel": "feeling", "naam": "name", "rol": "role", "leeftijd": "age",
    "concept": "draft", "definitief": "final", "taal": "language", "titel": "title",
    "datum": "date", "mensen": "people", "neighbor": "neighbour",
}


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return ``did you mean 'x'?`` for the closest choice, or '' when none is close."""
    choices = list(choices)
    translated = TRANSLATIONS.get(word.lower())
    if translated in choices:
        return f"did you mean '{translated}'?"
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Return the problems in file order (problems without a place first)."""
    return sorted(problems, key=lambda p: (p.mark.line, p.mark.column) if p.mark else (0, 0))
