"""Which words of a page are read aloud, in which order, and whose voice reads them.

Every page reads its heading, then its paragraphs of the book's words and the child's
(``body``), their small captions (who, when) and a draft's review questions; never the
draft stamp, the small print or the names under the lines to sign on. A booklet's drawing
page has no words to read (it is for the child's pen). Each part is cut into
sentences with the book's one splitter, so the HTML book lights up the sentence being read.

A recording of a whole page (the top's ``audio:``, by page name, one for each page of a
page the book continues) reads all of it. Else an item's recording reads that item's text,
when the page shows the whole of it (a long item cut over two pages is read by the
computer voice: a recording cannot be cut at the sentence the page ends with).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wordspictures.account.model import Account, Entry
from wordspictures.book.pages import Book, Page, PageKind
from wordspictures.language.sentences import Sentence, split_sentences
from wordspictures.problems import Mark

SPOKEN_STYLES = ("body", "caption", "question", "second", "second_heading")
SILENT_PAGES = (PageKind.DRAW,)
HEADING = -1  # the part number of a page's heading; paragraphs count from 0


@dataclass(frozen=True)
class Part:
    """Words read in one go: the heading (``HEADING``) or a paragraph (its index on the
    page), cut into sentences; ``recording`` is the item's own recording of them."""

    paragraph: int
    text: str
    sentences: tuple[Sentence, ...]
    recording: Path | None = None
    language: str = ""  # a paragraph in the book's second language: its code


@dataclass(frozen=True)
class Reading:
    """What one page reads aloud; ``recording`` reads the whole page when there is one."""

    parts: tuple[Part, ...]
    recording: Path | None = None


def book_readings(book: Book, account: Account, abbreviation: re.Pattern[str],
                  recordings: bool = True) -> list[Reading]:
    """Return what every page of the book reads; ``recordings`` False leaves the account's
    recordings unheard (``--voice synth``)."""
    items = {e.mark: e for e in entries_of(account) if e.audio} if recordings else {}
    pages = {a.page: a.files for a in account.audio} if recordings else {}
    seen: Counter[str] = Counter()
    readings = []
    for page in book.pages:
        number = seen[page.kind.value]
        seen[page.kind.value] += 1
        files = pages.get(page.kind.value, ())
        whole = files[number] if number < len(files) else None
        readings.append(Reading(tuple(page_parts(page, abbreviation, items)), whole))
    return readings


def entries_of(account: Account) -> Iterator[Entry]:
    """Yield every item of the account's story lists."""
    for _, entries in account.entries():
        yield from entries


def page_parts(page: Page, abbreviation: re.Pattern[str], items: dict[Mark, Entry]
               ) -> Iterator[Part]:
    """Yield the parts a page reads, in the order they stand on it."""
    if page.kind in SILENT_PAGES:
        return
    yield Part(HEADING, page.heading, tuple(split_sentences(page.heading, abbreviation)))
    for number, paragraph in enumerate(page.paragraphs):
        if paragraph.style not in SPOKEN_STYLES or not paragraph.text.strip():
            continue
        entry = items.get(paragraph.mark) if paragraph.mark and paragraph.source == "account" \
            else None
        recording = entry.audio if entry and entry.text == paragraph.text else None
        yield Part(number, paragraph.text,
                   tuple(split_sentences(paragraph.text, abbreviation)), recording,
                   paragraph.language)
