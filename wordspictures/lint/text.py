"""Split a sentence into words and clauses, keeping offsets (sentences: ``language.sentences``).

Offsets matter: a finding points at the word inside the entry text, so the caseworker's editor
can jump to it. Nothing here knows about rules; it only cuts text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wordspictures.language.terms import WORD

WORDS = re.compile(WORD)
CLAUSE_END = re.compile(r"[,;:()–—]")

if TYPE_CHECKING:
    from wordspictures.language.terms import TermPattern


def count_words(text: str) -> int:
    """Return the number of words in a text."""
    return len(WORDS.findall(text))


def clause_spans(sentence: str, openers: TermPattern) -> list[tuple[int, int]]:
    """Return the spans of the clauses that an opener starts ('als…', 'if…').

    Such a clause runs from its opener to the next comma or the end of the sentence: in
    "Als papa boos wordt, belt hij oom Tom" it is "Als papa boos wordt"; in "belt tante Sara
    als dat niet zo is" it is "als dat niet zo is".
    """
    spans = []
    for match in openers.finditer(sentence):
        stop = CLAUSE_END.search(sentence, match.end())
        spans.append((match.start(), stop.start() if stop else len(sentence)))
    return spans


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Return True when a position lies in one of the spans."""
    return any(start <= position < end for start, end in spans)


def clause_end(text: str, start: int) -> int:
    """Return where the clause that runs on from ``start`` ends: a comma or the sentence end."""
    stop = CLAUSE_END.search(text, start)
    return stop.start() if stop else len(text)
