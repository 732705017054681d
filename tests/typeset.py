"""Reading a PDF's lines back to judge its typesetting: which paragraphs end on a single
word (a widow), and where a name is broken over two lines.

Works from the PDF alone, so it judges our own PDF and LibreOffice's alike: the letters of
a page in reading order, cut into lines where the PDF starts a new one, and the lines into
paragraphs where the baseline steps down by no more than a line's height (1.25 to 1.4 times
the size; between paragraphs the step is bigger).
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

SAME_PARAGRAPH = 1.45  # a baseline this many times the size below the last: the same one


@dataclass(frozen=True)
class PrintedLine:
    """One line of a page: its text, the y of its baseline and its type size."""

    text: str
    baseline: float
    size: float


def names_of(account: Path) -> list[str]:
    """Return the names of more than one word in an account: each person's name and how
    the child calls them ("Granny Ria", "Mrs Jansen")."""
    from wordspictures.account.load import load_account

    return sorted({text for person in load_account(account).people
                   for text in (person.name, person.called) if len(text.split()) > 1})


def plain(text: str) -> str:
    """Return text as it reads: the layout's non-breaking spaces as spaces, its word
    joiners (which hold a phone number together) left out."""
    return text.replace("\u00a0", " ").replace("\u2060", "")


def printed_lines(pdf: Path) -> list[list[PrintedLine]]:
    """Return the lines of every page, top to bottom as the PDF sets them."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pages = []
    for page in pdfium.PdfDocument(pdf):
        text = page.get_textpage()
        lines: list[PrintedLine] = []
        letters: list[str] = []
        baseline = size = 0.0
        x, y = ctypes.c_double(), ctypes.c_double()
        for index in range(text.count_chars() + 1):
            char = text.get_text_range(index, 1) if index < text.count_chars() else "\n"
            if char in "\r\n":
                if "".join(letters).strip():
                    lines.append(PrintedLine("".join(letters).strip(), baseline, size))
                letters = []
                continue
            if not letters:
                pdfium_c.FPDFText_GetCharOrigin(text.raw, index, x, y)
                baseline = -y.value  # downwards, like the page is read
                size = pdfium_c.FPDFText_GetFontSize(text.raw, index)
            if not all(unicodedata.category(c) == "Mn" for c in char):
                letters.append(char)  # (PDFium reads an Arabic vowel sign apart)
        pages.append(lines)
    return pages


def paragraphs(lines: list[PrintedLine]) -> list[list[PrintedLine]]:
    """Return the lines grouped into paragraphs."""
    groups: list[list[PrintedLine]] = []
    for line in lines:
        last = groups[-1][-1] if groups else None
        if (last is not None and abs(line.size - last.size) < 0.1
                and 0 < line.baseline - last.baseline <= line.size * SAME_PARAGRAPH):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def widows(pdf: Path) -> list[str]:
    """Return every paragraph of several lines whose last line is a single word."""
    found = []
    for number, lines in enumerate(printed_lines(pdf), 1):
        for paragraph in paragraphs(lines):
            if len(paragraph) > 1 and len(paragraph[-1].text.split()) == 1:
                found.append(f"page {number}: {' / '.join(line.text for line in paragraph)}")
    return found


def broken_names(pdf: Path, names: list[str]) -> list[str]:
    """Return every place where a name's words are on two lines of one paragraph."""
    found = []
    for number, lines in enumerate(printed_lines(pdf), 1):
        for paragraph in paragraphs(lines):
            for upper, lower in zip(paragraph, paragraph[1:], strict=False):
                seam = f"{upper.text}\n{lower.text}"
                for name in names:
                    words = r"\s+".join(map(re.escape, name.split()))
                    for match in re.finditer(rf"(?<!\w){words}(?!\w)", seam, re.IGNORECASE):
                        if "\n" in match.group():
                            found.append(f"page {number}: {upper.text} / {lower.text}")
    return found
