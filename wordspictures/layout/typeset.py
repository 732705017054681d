"""Setting a paragraph as a careful hand would: never a break inside a name ("Oma Ria",
"juf Anna"), and never one word alone on the last line of a paragraph (a widow).

Both are made with non-breaking spaces in the text itself, not with line breaks: every
program that sets the text keeps them (the PDF here; PowerPoint or LibreOffice at the
family's table, in Lexend or in another font), also after someone edits a sentence. The
PDF gets the rows the layout broke the text into; the PowerPoint gets the bound text and
breaks it itself, where the same non-breaking spaces hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from wordspictures.book.pages import Book, Page
from wordspictures.layout.measure import BREAK, JOINER, NBSP, text_width, wrap

LEAST = 0.85  # the smallest share of its size a paragraph is set at to avoid a widow
UNIT = re.compile(rf"\S+(?:{NBSP}\S+)*")  # words bound into one group
NUMBER_WORD = re.compile(r"(?<!\S)(\d{1,3}) (?=\w)")  # "3 March", "7 years"
NUMBER_HYPHEN = re.compile(r"(?<=\d)-(?=\d)")


def book_names(book: Book) -> tuple[str, ...]:
    """Return the names of more than one word of everyone in the book's pictures: their
    names and how the child calls them."""
    people = {person for page in book.pages
              for person in (*page.scene.people, *page.scene.children)}
    names = {text.strip() for person in people for text in (person.name, person.called)}
    return tuple(sorted(name for name in names if len(name.split()) > 1))


def bind_page(page: Page, names: Iterable[str]) -> Page:
    """Return the page with every name in its heading and paragraphs held together."""
    pattern = name_pattern(tuple(names))
    if pattern is None:
        return page
    return replace(page, heading=bind_names(page.heading, pattern), paragraphs=tuple(
        replace(p, text=bind_names(p.text, pattern)) for p in page.paragraphs))


@cache
def name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """Return one pattern for all names, longest first, in any case ("Oma Ria", "oma Ria"),
    standing as words of their own ("Oma Ria's" too)."""
    if not names:
        return None
    words = [r"\s+".join(map(re.escape, name.split()))
             for name in sorted(names, key=len, reverse=True)]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


def bind_names(text: str, pattern: re.Pattern[str]) -> str:
    """Return text with the spaces inside each name made non-breaking."""
    return pattern.sub(lambda found: BREAK.sub(NBSP, found.group()), text)


def set_text(text: str, size: float, width: float, bold: bool = False
             ) -> tuple[str, list[str]]:
    """Return the text as the renderers get it (non-breaking spaces where a line must not
    break) and the rows it is set in at this size and width (plain spaces).

    A number is bound to the word after it ("3 March", "7 years"); a bound group too wide
    for a line is let go (it would be broken in the middle of a word); the last two words
    of each line of the text are bound, so that no paragraph ends on a single word in any
    program (unless the two are too wide for a line together); and a hyphen inside a
    number ("06-12345678") is joined to the digits after it, so that no program breaks a
    phone number there.
    """
    lines = []
    for line in text.split("\n"):
        line = loosen(NUMBER_WORD.sub(rf"\1{NBSP}", line), size, width, bold)
        line = bind_last_words(line, size, width, bold)
        lines.append(NUMBER_HYPHEN.sub("-" + JOINER, line))
    bound = "\n".join(lines)
    return bound, [plain(row) for row in wrap(bound, size, width, bold)]


def settle(text: str, size: float, width: float, bold: bool = False
           ) -> tuple[float, str, list[str]]:
    """Return the size, the text and the rows of a paragraph: at ``size``, or a little
    smaller (down to ``LEAST``) when only that keeps a single word off its last line (the
    last two words together are wider than a line, as a long name and a phone number)."""
    text_set, rows = set_text(text, size, width, bold)
    step = 1.0
    while is_widowed(rows) and step > LEAST + 1e-9:
        step -= 0.05
        smaller = set_text(text, size * step, width, bold)
        if not is_widowed(smaller[1]):
            return size * step, *smaller
    return size, text_set, rows


def is_widowed(rows: list[str]) -> bool:
    """Return True when a paragraph of several rows ends on a single word."""
    return len(rows) > 1 and len(rows[-1].split()) == 1


def plain(row: str) -> str:
    """Return a row as the PDF sets it: the binding characters made plain again."""
    return row.replace(NBSP, " ").replace(JOINER, "")


def bind_last_words(line: str, size: float, width: float, bold: bool) -> str:
    """Return the line with the space before its last word made non-breaking, when that
    word stands alone (a name already bound is more than one word) and the two fit on a
    line together."""
    units = BREAK.split(line.strip())
    if len(units) < 2 or NBSP in units[-1]:
        return line
    head, space, last = line.rstrip().rpartition(" ")
    if not space or not head.strip():
        return line
    pair = f"{BREAK.split(head.strip())[-1]}{NBSP}{last}"
    return f"{head}{NBSP}{last}" if text_width(pair, size, bold) <= width else line


def loosen(line: str, size: float, width: float, bold: bool) -> str:
    """Return the line with every bound group that does not fit the width let go."""
    return UNIT.sub(
        lambda unit: unit.group() if NBSP not in unit.group()
        or text_width(unit.group(), size, bold) <= width
        else unit.group().replace(NBSP, " "), line)
