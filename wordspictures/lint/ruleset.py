"""The word rules of a language once compiled: what the checks read (``rules`` makes them).

Plain data: the sources of the patterns (compiled when a text needs them), the texts and the
numbers. ``kept`` writes a rule set to the cache folder and reads it back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wordspictures.language.files import fill
from wordspictures.language.terms import NOTHING, TermPattern, compiled
from wordspictures.lint.rare import Vocabulary

Pattern = re.Pattern[str]


@dataclass(frozen=True)
class WordRule:
    """A group of terms with one reason and one suggestion."""

    category: str
    pattern: TermPattern
    why: str
    suggest: str
    sources: tuple[str, ...]          # each term's own regex: compiled only for allow lists
    unless: TermPattern = NOTHING     # a match touching the hit cancels it
    unless_sentence: TermPattern = NOTHING  # a match anywhere in the sentence cancels it
    # The hit counts only if this is in the sentence; None: no such condition.
    only_sentence: TermPattern | None = None
    # The sections of the story the rule reads (empty: all of them); a sentence whose
    # section is unknown is read only by the rules for every section.
    sections: frozenset[str] = frozenset()
    # True: words a parent says about themself ('Mum says it was her fault') are their own
    # view under parents_say, not the book's (``speech``).
    own_view: bool = False


@dataclass(frozen=True)
class Organisation:
    """The pattern of an organisation name and of the sentences that would explain it.

    The patterns are compiled when first used: most stories name one organisation or none,
    and compiling every explanation of every name would be most of the check's time.
    """

    source: str
    explained_source: str

    @property
    def pattern(self) -> Pattern:
        """Return the pattern of the name (case counts, except for its first letter)."""
        return compiled(self.source, 0)

    @property
    def explained_by(self) -> Pattern:
        """Return the pattern of a sentence that explains the name."""
        return compiled(self.explained_source)

    def compile(self) -> None:
        """Compile both patterns now rather than when first used (they are kept)."""
        compiled(self.source, 0)
        compiled(self.explained_source)


@dataclass(frozen=True)
class RuleSet:
    """Everything the checks need for one language, compiled."""

    words: tuple[WordRule, ...]           # the word lists' rules, then readability's hard words
    patterns: dict[str, TermPattern]      # named lists: negators, when, where, who, ...
    numbers: dict[str, dict[int, int]]    # readability tables by reading age
    texts: dict[str, dict[str, str]]      # why/suggest of the checks that are not word lists
    organisations: tuple[Organisation, ...]
    abbreviation: Pattern                 # a text ending in one: its full stop ends no sentence
    vocabulary: Vocabulary | None = None  # rare words (``rare``); None: not checked

    def text(self, key: str, **values: object) -> tuple[str, str]:
        """Return (why, suggest) for a check, with ``{words}``-style values filled in."""
        entry = self.texts.get(key, {})
        return fill(entry.get("why", key), values), fill(entry.get("suggest", ""), values)

    def number(self, table: str, age: int) -> int:
        """Return the value of a readability table for a reading age (below 6: the value at 6)."""
        rows = self.numbers.get(table) or {}
        if not rows:
            return 0
        keys = sorted(rows)
        best = keys[0]
        for key in keys:
            if key <= age:
                best = key
        return rows[best]
