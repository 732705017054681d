"""What every page has, whatever its kind: the heading, the draft stamp, the small print
and the footer (the frame), and paragraphs stacked one under the other.
"""

from __future__ import annotations

from collections.abc import Sequence

from wordspictures.book.pages import Page, PageKind, Paragraph
from wordspictures.layout.measure import fitting_size, wrap
from wordspictures.layout.paper import (
    EDGE_STYLES,
    FOOTER_EDGE,
    LINE,
    Box,
    Frame,
    Line,
    Paper,
    Type,
)


def place_frame(page: Page, paper: Paper, kinds: Type) -> Frame:
    """Return the heading, the draft stamp, the small print and the footer of a page."""
    margin, inner = paper.margin, paper.width - 2 * paper.margin
    heading_size = fitting_size(page.heading, kinds.heading * (
        1.3 if page.kind is PageKind.COVER else 1.0), inner, bold=True)
    heading_lines = len(wrap(page.heading, heading_size, inner, bold=True))
    heading = Box(margin, margin, inner, heading_lines * heading_size * 1.25)
    edges: list[Line] = []
    top = heading.bottom
    for paragraph in (p for p in page.paragraphs if p.style == "stamp"):
        size = fitting_size(paragraph.text, kinds.caption * 1.3, inner, bold=True)
        count = len(wrap(paragraph.text, size, inner, bold=True))
        box = Box(margin, top + size * 0.5, inner, count * size * 1.3)
        edges.append(Line(box, size, "stamp", paragraph.text, count, bold=True, align="C"))
        top = box.bottom
    footer = Box(margin, paper.height - margin * FOOTER_EDGE - kinds.footer * 1.4, inner,
                 kinds.footer * 1.4)
    bottom = footer.y
    for paragraph in reversed([p for p in page.paragraphs if p.style == "note"]):
        size = fitting_size(paragraph.text, kinds.note, inner)
        count = len(wrap(paragraph.text, size, inner))
        box = Box(margin, bottom - size * 0.8 - count * size * 1.3, inner, count * size * 1.3)
        edges.append(Line(box, size, "note", paragraph.text, count))
        bottom = box.y
    return Frame(heading, heading_size, tuple(edges), footer, top + margin * 0.4,
                 bottom - margin * 0.5)


def stack_text(paragraphs: Sequence[Paragraph], kinds: Type, x: float, y: float,
               width: float) -> tuple[list[Line], float]:
    """Return the paragraphs set one under the other from y, and their total height.

    A ``line`` paragraph (a name to sign beside) gets an extra row for the signature line.
    """
    placed: list[Line] = []
    for paragraph in paragraphs:
        size = fitting_size(paragraph.text,
                            kinds.caption if paragraph.style == "caption" else kinds.body, width)
        count = len(wrap(paragraph.text, size, width)) + (paragraph.style == "line")
        if placed:  # a caption stays close to the sentence it belongs to
            y += placed[-1].size * (0.25 if placed[-1].style == "caption" else 0.55)
        placed.append(Line(Box(x, y, width, count * size * LINE), size, paragraph.style,
                           paragraph.text, count))
        y = placed[-1].box.bottom
    height = placed[-1].box.bottom - placed[0].box.y if placed else 0.0
    return placed, height


def text_of(page: Page) -> list[Paragraph]:
    """Return the paragraphs of the page's text block (not stamp or small print)."""
    return [p for p in page.paragraphs if p.style not in EDGE_STYLES]


def shift(line: Line, dy: float) -> Line:
    """Return the line moved down by dy."""
    b = line.box
    return Line(Box(b.x, b.y + dy, b.width, b.height), line.size, line.style, line.text,
                line.lines, line.bold, line.align)
