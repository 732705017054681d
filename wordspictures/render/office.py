"""The parts of the PowerPoint that need no python-pptx: which placed paragraphs share a
text box, text cleaned for XML, the slide count of docProps/app.xml and the zip's dates
(so that equal books give equal files)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence

from wordspictures.book.pages import Book
from wordspictures.layout.paper import Line

APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
           'extended-properties"><Slides>{slides}</Slides><Notes>{slides}</Notes>'
           '<HiddenSlides>0</HiddenSlides></Properties>')
# Paragraphs of these styles that follow each other share one text box, so that a changed
# sentence pushes the next one down instead of running into it.
FLOWING = ("body", "caption", "question", "second")
NUMBER = re.compile("\\d+(?:[-/.:]\u2060?\\d+)+")  # a number of several parts
# Characters XML 1.0 cannot hold; the loader removes them, this is the last guard.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def text_groups(lines: Sequence[Line]) -> list[list[Line]]:
    """Return the placed paragraphs in runs that share a text box (see ``FLOWING``)."""
    groups: list[list[Line]] = []
    for line in lines:
        last = groups[-1][-1] if groups else None
        if (last is not None and line.style in FLOWING and last.style in FLOWING
                and column(line) == column(last)):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def column(line: Line) -> tuple[float, float]:
    """Return the left and right of the column a placed paragraph stands in: its box, and
    the rule beside a line in the book's second language."""
    box, rule = line.box, line.rule or line.box
    return min(box.x, rule.x), max(box.x + box.width, rule.x + rule.width)


def app_properties(book: Book) -> bytes:
    """Return docProps/app.xml saying only how many slides there are.

    The template's own names the program and computer it was made with.
    """
    count = len(book.pages)
    return (APP_XML.format(slides=count)).encode()


def fix_zip_times(data: bytes, created: dt.datetime,
                  replace_parts: dict[str, bytes] | None = None) -> bytes:
    """Return the zip with every entry dated ``created``, so equal books give equal files;
    ``replace_parts`` gives new contents for some entries."""
    stamp = (max(created.year, 1980), created.month, created.day, created.hour,
             created.minute, created.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            new = (replace_parts or {}).get(item.filename)
            target.writestr(info, new if new is not None else source.read(item.filename))
    return out.getvalue()


def clean(text: str) -> str:
    """Return text without characters that XML cannot hold."""
    return NOT_XML.sub("", text)


def left_to_right_numbers(text: str) -> str:
    """Return a right-to-left paragraph's text with a left-to-right mark before each number
    of several parts (06-11223344, 3/12): LibreOffice, with the word joiner after the
    hyphen (``typeset``), showed a phone number in an Arabic line as 11223344-06."""
    return NUMBER.sub(lambda found: "\u200e" + found.group(), text)
