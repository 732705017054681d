"""The book's words before they are pages: blocks (an item's paragraphs, or a line of the
book's own), cut into page-sized groups at the reader's pace."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from wordspictures.account.model import Entry
from wordspictures.book.pages import Page, PageKind, Paragraph
from wordspictures.language.sentences import split_sentences

T = TypeVar("T")
COUNTED = ("body", "second")  # the styles of the words the pace counts


@dataclass(frozen=True)
class Block:
    """A paragraph with the scene of the entry it came from, before pages are cut;
    ``people`` are the ids a line of the book's own is about (a score, a phone number)."""

    paragraphs: tuple[Paragraph, ...]
    entry: Entry | None = None
    people: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """Return the caseworker's words in this block (what its picture shows)."""
        return " ".join(p.text for p in self.paragraphs if p.style == "body"
                        and p.source == "account")

    @property
    def words(self) -> int:
        """Return the number of words on the page in this block: the child's text, and in
        a book of two languages its translation too (it takes the room of the page)."""
        return sum(len(p.text.split()) for p in self.paragraphs if p.style in COUNTED)


def fill_pages(blocks: Sequence[Block], first_budget: int, budget: int,
               per_page: int, abbreviation: re.Pattern[str]) -> Iterator[list[Block]]:
    """Yield the blocks in page-sized groups; a block too long for a page is cut at sentences."""
    page: list[Block] = []
    room = first_budget
    for block in (piece for b in blocks for piece in split_block(b, budget, abbreviation)):
        if page and (block.words > room or len(page) >= per_page):
            yield page
            page, room = [], budget
        page.append(block)
        room -= block.words
    if page:
        yield page


def split_block(block: Block, budget: int, abbreviation: re.Pattern[str]) -> Iterator[Block]:
    """Yield the block, or its sentences in page-sized runs when it is longer than a page
    (cut where the word check cuts them: ``language.sentences``)."""
    if block.words <= budget or any(p.style == "second" for p in block.paragraphs):
        # A line and its translation stay together: their sentences need not match
        # one to one, so an item of two languages is never cut.
        yield block
        return
    captions = tuple(p for p in block.paragraphs if p.style != "body")
    for body in (p for p in block.paragraphs if p.style == "body"):
        run: list[str] = []
        for sentence in (s.text for s in split_sentences(body.text, abbreviation)):
            if run and len(" ".join([*run, sentence]).split()) > budget:
                yield Block((*captions, Paragraph(" ".join(run), body.source, body.style,
                                                  body.mark)), block.entry)
                run, captions = [], ()
            run.append(sentence)
        yield Block((*captions, Paragraph(" ".join(run), body.source, body.style, body.mark)),
                    block.entry)


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """Yield the items in runs of ``size``."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def share(items: Sequence[T], most: int) -> list[Sequence[T]]:
    """Return the items in as few runs of at most ``most`` as can be, shared out evenly
    (nine in runs of eight: five and four, not eight and one)."""
    if not items:
        return []
    runs = -(-len(items) // most)
    size = -(-len(items) // runs)
    return list(chunks(items, size))


def length(parts: Iterable[list[Page]]) -> int:
    """Return how many pages the child's book has: its booklet's back cover is one, a
    draft's review page (a loose sheet) is not."""
    return 1 + sum(1 for pages in parts for page in pages if page.kind is not PageKind.REVIEW)
