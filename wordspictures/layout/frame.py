"""What every page has, whatever its kind: the heading, the draft stamp, the small print
and the footer (the frame), and paragraphs stacked one under the other.

Every page of a story section carries a band in the section's colour at its top edge. A
page that goes on with the one before (``Page.continued``) has the band and no heading:
a picture book turns the page, it does not say "(continued)".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from wordspictures.book.pages import Page, PageKind, Paragraph
from wordspictures.layout.measure import fitting_size, one_line_size
from wordspictures.layout.paper import (
    EDGE_STYLES,
    FOOTER_EDGE,
    INDENT,
    LINE,
    MM,
    SECOND,
    Box,
    Frame,
    Line,
    PageLayout,
    Paper,
    Type,
)
from wordspictures.layout.typeset import settle

# Pages that belong to no section of the story: no band.
BANDLESS = frozenset({PageKind.COVER, PageKind.DRAW, PageKind.BACK, PageKind.REVIEW})
BAND = 2.2 * MM     # the band's height on A5
BAND_TOP = 0.5      # its top, in parts of the margin: inside what a printer prints (7 mm)


def place_frame(page: Page, paper: Paper, kinds: Type) -> Frame:
    """Return the heading, the draft stamp, the small print and the footer of a page."""
    margin, inner = paper.margin, paper.width - 2 * paper.margin
    heading_size, heading_text, heading_rows = set_heading(
        "" if page.continued else page.heading,
        kinds.heading * (1.3 if page.kind is PageKind.COVER else 1.0), inner)
    heading = Box(margin, margin, inner, len(heading_rows) * heading_size * 1.25)
    edges: list[Line] = []
    top = heading.bottom
    for paragraph in (p for p in page.paragraphs if p.style == "second_heading"):
        # The heading in the book's second language: smaller, under the heading.
        size, text, rows = set_heading(paragraph.text, heading_size * 0.75, inner)
        box = Box(margin, top + size * 0.1, inner, len(rows) * size * 1.25)
        edges.append(Line(box, size, paragraph.style, text, len(rows), bold=True, align="C",
                          rows=tuple(rows), language=paragraph.tag,
                          direction=paragraph.direction))
        top = box.bottom
    for paragraph in (p for p in page.paragraphs if p.style == "stamp"):
        size, text, rows = settle(paragraph.text, fitting_size(
            paragraph.text, kinds.caption * 1.3, inner, bold=True), inner, bold=True)
        box = Box(margin, top + size * 0.5, inner, len(rows) * size * 1.3)
        edges.append(Line(box, size, "stamp", text, len(rows), bold=True, align="C",
                          rows=tuple(rows)))
        top = box.bottom
    footer = Box(margin, paper.height - margin * FOOTER_EDGE - kinds.footer * 1.4, inner,
                 kinds.footer * 1.4)
    bottom = footer.y
    for paragraph in reversed([p for p in page.paragraphs if p.style == "note"]):
        size, text, rows = settle(paragraph.text, fitting_size(paragraph.text, kinds.note,
                                                                inner), inner)
        height = len(rows) * size * 1.3
        box = Box(margin, bottom - size * 0.8 - height, inner, height)
        edges.append(Line(box, size, "note", text, len(rows), rows=tuple(rows)))
        bottom = box.y
    band = None if page.kind in BANDLESS else Box(margin, margin * BAND_TOP, inner,
                                                   BAND * paper.scale)
    return Frame(heading, heading_size, tuple(edges), footer, top + margin * 0.4,
                 bottom - margin * 0.5, heading_text, tuple(heading_rows), band,
                 page.kind.value)


def set_heading(text: str, size: float, width: float) -> tuple[float, str, list[str]]:
    """Return the size, text and rows of a heading on one line where it fits; no rows
    for no heading (a page that goes on with the one before)."""
    if not text.strip():
        return size, "", []
    return settle(text, one_line_size(text, fitting_size(text, size, width, bold=True), width,
                                      bold=True), width, bold=True)


def finish_page(paper: Paper, frame: Frame, kinds: Type, picture: Box,
                lines: Sequence[Line], ratio: float, space: Box | None = None) -> PageLayout:
    """Return the page: the frame, the picture (or drawing space) and the placed text."""
    # The heading in the second language is read right after the heading, before the text.
    under = tuple(e for e in frame.edges if e.style == "second_heading")
    edges = tuple(e for e in frame.edges if e.style != "second_heading")
    return PageLayout(paper.width, paper.height, frame.heading, frame.heading_size, picture,
                      under + tuple(lines) + edges, frame.footer, kinds.footer, ratio,
                      space=space, heading_text=frame.heading_text,
                      heading_rows=frame.heading_rows, band=frame.band, section=frame.section)


def stack_text(paragraphs: Sequence[Paragraph], kinds: Type, x: float, y: float,
               width: float) -> tuple[list[Line], float]:
    """Return the paragraphs set one under the other from y, and their total height.

    A ``line`` paragraph (a name to sign beside) gets an extra row for the signature line.
    """
    placed: list[Line] = []
    for paragraph in paragraphs:
        if paragraph.style == "second":
            line = place_second(paragraph, kinds, x, y, width, placed)
        else:
            size, text, rows = settle(paragraph.text, fitting_size(
                paragraph.text, kinds.caption if paragraph.style == "caption" else kinds.body,
                width), width)
            count = len(rows) + (paragraph.style == "line")
            if placed:  # a caption stays close to the sentence it belongs to
                y += placed[-1].size * (0.25 if placed[-1].style == "caption" else 0.55)
            line = Line(Box(x, y, width, count * size * LINE), size, paragraph.style,
                        text, count, rows=tuple(rows))
        placed.append(line)
        y = placed[-1].box.bottom
    height = placed[-1].box.bottom - placed[0].box.y if placed else 0.0
    return placed, height


def place_second(paragraph: Paragraph, kinds: Type, x: float, y: float, width: float,
                 placed: Sequence[Line]) -> Line:
    """Return a line in the book's second language placed under the line it translates:
    a little smaller, close under it, in from a thin rule at the side it starts on (the
    right for a right-to-left language), and set in its own direction."""
    size = kinds.body * SECOND
    rtl = paragraph.direction == "rtl"
    indent = size * INDENT
    size, text, rows = settle(paragraph.text, fitting_size(paragraph.text, size,
                                                           width - indent), width - indent)
    if placed:
        y += placed[-1].size * 0.3
    box = Box(x if rtl else x + indent, y, width - indent, len(rows) * size * LINE)
    rule = Box(x + width - 1.2 if rtl else x, y + size * 0.2, 1.2, box.height - size * 0.4)
    return Line(box, size, "second", text, len(rows), align="R" if rtl else "L",
                rows=tuple(rows), language=paragraph.tag, direction=paragraph.direction,
                rule=rule)


def text_of(page: Page) -> list[Paragraph]:
    """Return the paragraphs of the page's text block (not stamp or small print)."""
    return [p for p in page.paragraphs if p.style not in EDGE_STYLES]


def shift(line: Line, dy: float) -> Line:
    """Return the line moved down by dy."""
    rule = line.rule and replace(line.rule, y=line.rule.y + dy)
    return replace(line, box=replace(line.box, y=line.box.y + dy), rule=rule)
