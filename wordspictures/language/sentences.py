"""Cut a text into sentences, keeping where each starts: the one splitter of the book.

The planner cuts an entry that is too long for a page at its sentences, and the word check
reads sentence by sentence; both cut at the same places, with the language's own
abbreviations (``language.yaml``), so "bijv. papa" and "3. maart" stay in one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# A sentence ends at . ! ? (and closing quotes) followed by a space or the end.
END = re.compile(r"[.!?…]+[\"'”’)]*(?=\s|$)")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text and where it starts in that text."""

    text: str
    start: int


def abbreviation_pattern(abbreviations: Iterable[str]) -> re.Pattern[str]:
    """Return the pattern of a text that ends in an abbreviation ('bijv.', 'Mr.', 'o.a.').

    The abbreviations are a language's own (``language.yaml``); one letter and a full stop is an
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
