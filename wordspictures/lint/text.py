"""Split an entry's text into sentences, words and clauses, keeping offsets.

Offsets matter: a finding points at the word inside the entry text, so the caseworker's editor
can jump to it. Nothing here knows about rules; it only cuts text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wordspictures.lint.terms import WORD

WORDS = re.compile(WORD)
# A sentence ends at . ! ? (and closing quotes) followed by a space or the end.
END = re.compile(r"[.!?…]+[\"'”’)]*(?=\s|$)")
CLAUSE_END = re.compile(r"[,;:()–—]")

if TYPE_CHECKING:
    from wordspictures.lint.terms import TermPattern


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text and where it starts in that text."""

    text: str
    start: int


def abbreviation_pattern(abbreviations: Iterable[str]) -> re.Pattern[str]:
    """Return the pattern of a text that ends in an abbreviation ('bijv.', 'Mr.', 'o.a.').

    The abbreviations are a language's own (lint.yaml); one letter and a full stop is an
    initial in every language ('A. de Vries'), so that one is always there.
    """
    words = [re.escape(a.strip().rstrip(".")) for a in abbreviations if a.strip(" .")]
    return re.compile(r"(?:^|\s)(?:" + "".join(w + "|" for w in words) + r"[A-Z])\.$",
                      re.IGNORECASE)


def split_sentences(text: str, abbreviation: re.Pattern[str]) -> list[Sentence]:
    """Return the sentences of a text with their offsets; a text without a full stop is one.

    A full stop after a text that ``abbreviation`` matches (see ``abbreviation_pattern``)
    does not end a sentence.
    """
    sentences: list[Sentence] = []
    start = 0
    for end in END.finditer(text):
        before = text[start:end.start() + 1]
        after = text[end.end():].lstrip()
        if abbreviation.search(before) and end.group() == ".":
            continue
        # "3. maart" or "om 8.30": a full stop followed by a small letter or digit goes on.
        if after[:1].islower() or (after[:1].isdigit() and end.group() == "."
                                   and text[end.start() - 1:end.start()].isdigit()):
            continue
        add_sentence(sentences, text, start, end.end())
        start = end.end()
    add_sentence(sentences, text, start, len(text))
    return sentences


def add_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """Append text[start:end] without its outer spaces, if anything is left."""
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        sentences.append(Sentence(stripped, start + chunk.index(stripped)))


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
