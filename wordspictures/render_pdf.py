"""Render a planned book to PDF bytes with fpdf2.

Text stays text (selectable, searchable, shaped by HarfBuzz so right-to-left scripts come
out right), the font is embedded as a subset, pictures carry alt text, each section gets a
bookmark, and the metadata holds the title and language and nothing about the machine.
With ``archive`` the file is PDF/A-2b, for the case file: fpdf2 adds the sRGB output
intent, and we write the XMP metadata ourselves so that it holds no clock time.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import replace

from fpdf import FPDF

from wordspictures.book import Book, Page
from wordspictures.fonts import BOLD, FAMILY, REGULAR, font_file, static_font_file
from wordspictures.layout import LINE, Line, PageLayout
from wordspictures.layout_forms import RULE
from wordspictures.palette import DRAFT, INK, MUTED, TITLE
from wordspictures.xmp import xmp_metadata

ALIGN = {"L": "L", "C": "C", "R": "R"}
COLOURS = {"caption": MUTED, "note": MUTED, "stamp": DRAFT, "question": TITLE}


def render_pdf(book: Book, layouts: Sequence[PageLayout], pictures: Sequence[bytes],
               created: dt.datetime, archive: bool = False, first_number: int = 1) -> bytes:
    """Return the PDF of the book; ``layouts`` and ``pictures`` hold one item a page.

    ``first_number`` is the page number printed on the first page (for a part of a book).
    """
    first = layouts[0]
    pdf = FPDF(orientation="P", unit="pt", format=(first.width, first.height),
               enforce_compliance="PDF/A-2B" if archive else None)
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.c_margin = 0
    for style, weight in (("", REGULAR), ("B", BOLD)):
        static = static_font_file(weight)
        if static:
            pdf.add_font(FAMILY, style, str(static))
        else:  # no cache folder: pin the weight on the variable font (slower)
            pdf.add_font(FAMILY, style, str(font_file()), variations={"wght": float(weight)})
    pdf.set_text_shaping(True)
    set_metadata(pdf, book, created, archive)
    sections: set[str] = set()
    pages = zip(book.pages, layouts, pictures, strict=True)
    for number, (page, layout, picture) in enumerate(pages, first_number):
        pdf.add_page(format=(layout.width, layout.height))
        if page.section not in sections:
            sections.add(page.section)
            pdf.start_section(page.section)
        draw_page(pdf, book, page, layout, picture, number)
    return bytes(pdf.output())


def set_metadata(pdf: FPDF, book: Book, created: dt.datetime, archive: bool) -> None:
    """Set the title and language; leave out creator, producer and author."""
    pdf.set_title(book.title)
    pdf.set_lang(book.language_tag)
    pdf.set_creator("")
    pdf.set_producer("")
    pdf.set_creation_date(created)
    pdf.set_display_mode("fullpage", "single")
    if archive:
        pdf.set_xmp_metadata(xmp_metadata(book.title, book.language_tag, created))


def draw_page(pdf: FPDF, book: Book, page: Page, layout: PageLayout, picture: bytes,
              number: int) -> None:
    """Draw one page: heading, picture (or drawing space), text and footer."""
    h = layout.heading
    pdf.set_font(FAMILY, "B", layout.heading_size)
    pdf.set_text_color(*TITLE)
    pdf.set_xy(h.x, h.y)
    pdf.multi_cell(h.width, layout.heading_size * 1.25, page.heading, align="C")

    p = layout.picture
    if p.height > 0 and picture:
        pdf.image(io.BytesIO(picture), x=p.x, y=p.y, w=p.width, h=p.height,
                  alt_text=page.scene.alt)
    if layout.space is not None:
        draw_space(pdf, layout)

    for line in layout.paragraphs:
        if line.style == "write":
            draw_rules(pdf, line)
        else:
            draw_text(pdf, line)
        if line.style == "line":  # the signature line, on the row under the name
            draw_rules(pdf, replace(line, box=replace(line.box, y=line.box.bottom - line.size *
                                                      LINE, height=line.size * LINE), lines=1))

    f = layout.footer
    pdf.set_font(FAMILY, "", layout.footer_size)
    pdf.set_text_color(*(DRAFT if book.is_draft else MUTED))
    pdf.set_xy(f.x, f.y)
    pdf.cell(f.width, f.height, book.draft_label, align="L")
    pdf.set_text_color(*MUTED)
    pdf.set_xy(f.x, f.y)
    pdf.cell(f.width, f.height, str(number), align="R")


def draw_text(pdf: FPDF, line: Line) -> None:
    """Set one placed paragraph in its box."""
    spacing = 1.3 if line.style in ("note", "stamp") else LINE
    pdf.set_font(FAMILY, "B" if line.bold else "", line.size)
    pdf.set_text_color(*COLOURS.get(line.style, INK))
    pdf.set_xy(line.box.x, line.box.y)
    pdf.multi_cell(line.box.width, line.size * spacing, line.text, align=ALIGN[line.align])


def draw_rules(pdf: FPDF, line: Line) -> None:
    """Draw the ruled lines of a ``write`` paragraph, each at the foot of its own row."""
    b = line.box
    pitch = b.height / max(line.lines, 1)
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.6)
    for row in range(1, line.lines + 1):
        y = b.y + row * pitch - 2
        pdf.line(b.x, y, b.x + b.width, y)


def draw_space(pdf: FPDF, layout: PageLayout) -> None:
    """Draw the frame of a drawing page: a soft rounded border the child draws inside."""
    s = layout.space
    assert s is not None
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(1.2)
    pdf.set_dash_pattern(dash=6, gap=4)
    pdf.rect(s.x, s.y, s.width, s.height, round_corners=True, corner_radius=12)
    pdf.set_dash_pattern()
