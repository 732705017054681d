"""The account's ``allow:`` list: words this family has explained to the child.

An allowed word silences the findings about it, in its other forms too: allowing 'melding'
also allows 'meldingen', because the rule term 'melding*' matches both. Findings about the
shape of a sentence or the story (negation, detail, structure) are never silenced by a word.
"""

from __future__ import annotations

from collections.abc import Iterable

from wordspictures.language.terms import compiled
from wordspictures.lint.finding import Hit
from wordspictures.lint.rules import WORD_LISTS, WordRule

# Categories whose findings are about words, so a word can be allowed: the word lists' and
# readability's (a hard word, a long word).
WORD_CATEGORIES = frozenset({*WORD_LISTS, "readability"})


class Allowed:
    """The allowed words of one account, matched without case."""

    def __init__(self, words: Iterable[str]):
        self.words = tuple(" ".join(w.lower().split()) for w in words if w.strip())

    def covers(self, hit: Hit) -> bool:
        """Return True when the hit is about an allowed word (or another form of it)."""
        if not self.words or hit.category not in WORD_CATEGORIES or hit.end <= hit.start:
            return False
        said = " ".join(hit.words.lower().split())
        if said in self.words:
            return True
        return isinstance(hit.rule, WordRule) and self.same_term(hit.rule, said)

    def same_term(self, rule: WordRule, said: str) -> bool:
        """Return True when one term of the rule matches both an allowed word and the hit."""
        for source in rule.sources:
            pattern = compiled(source)
            if pattern.fullmatch(said) and any(pattern.fullmatch(w) for w in self.words):
                return True
        return False
