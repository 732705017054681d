"""What a check finds inside a text, before it becomes a ``Problem`` with a place in the file."""

from __future__ import annotations

from dataclasses import dataclass

from wordspictures.problems import ERROR, WARNING, Mark, Problem

# The categories in report order.
CATEGORIES = ("judgment", "blame", "jargon", "negation", "vague", "detail", "readability",
              "structure")
# Errors are words that hurt: a label on a parent or a child, blame (above all on the child).
# A child who reads them takes them as the truth about their family or themselves. The rest
# make the book harder to understand or weaker, so they are warnings (errors with --strict).
ERROR_CATEGORIES = frozenset({"judgment", "blame"})
# When two findings cover the same words, the one earlier here is the one to show:
# "omdat Sam stout was" is blame, not also a judgment of the word 'stout'.
PRIORITY = ("blame", "judgment", "jargon", "negation", "vague", "detail", "readability",
            "structure")


@dataclass(frozen=True)
class Hit:
    """One finding inside a text: which words (start/end offsets into the text) and why."""

    category: str
    words: str
    why: str
    suggest: str
    start: int = 0
    end: int = 0
    # The terms of the rule that matched: an allowed word that matches one of them allows it.
    rule: object | None = None

    @property
    def level(self) -> str:
        """Return the severity: error for judgment and blame, else warning."""
        return ERROR if self.category in ERROR_CATEGORIES else WARNING


def drop_overlaps(hits: list[Hit]) -> list[Hit]:
    """Return the hits without those whose words overlap a hit of a stronger category.

    Hits of the same category on the same words are also kept only once.
    """
    ranked = sorted(hits, key=lambda h: (PRIORITY.index(h.category), h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in ranked:
        clash = any(
            k.end > hit.start and hit.end > k.start and k.end > k.start and hit.end > hit.start
            for k in kept
        ) or any(k.category == hit.category and k.words.lower() == hit.words.lower()
                 and k.start == hit.start and k.why == hit.why for k in kept)
        if not clash:
            kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, PRIORITY.index(h.category)))


def short(text: str, size: int = 40) -> str:
    """Return the start of a text for a finding about the whole text."""
    text = " ".join(text.split())
    return text if len(text) <= size else text[:size].rsplit(" ", 1)[0] + "…"


def to_problem(hit: Hit, mark: Mark | None) -> Problem:
    """Return the finding as a Problem: message = why, hint = suggestion."""
    return Problem(message=hit.why, hint=hit.suggest, mark=mark, severity=hit.level,
                   category=hit.category, words=hit.words)
