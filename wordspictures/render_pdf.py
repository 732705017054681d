"""Render a planned book to PDF bytes with fpdf2.

Text stays text (selectable, searchable, shaped by HarfBuzz so right-to-left scripts come
out right), the font is embedded as a subset, pictures carry alt text, each section gets a
bookmark, and the metadata holds the title and language and nothing about the machine.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from fpdf import FPDF

from wordspictures.book import Book
from wordspictures.fonts import BOLD, FAMILY, REGULAR, font_file, static_font_file
from wordspictures.layout import LINE, PageLayout
from wordspictures.palette import INK, MUTED, TITLE


def render_pdf(book: Book, layouts: Sequence[PageLayout], pictures: Sequence[bytes],
               created: dt.datetime) -> bytes:
    """Return the PDF of the book; ``layouts`` and ``pictures`` hold one item a page."""
    first = layouts[0]
    pdf = FPDF(orientation="P", unit="pt", format=(first.width, first.height))
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.c_margin = 0
    for style, weight in (("", REGULAR), ("B", BOLD)):
        static = static_font_file(weight)
        if static:
            pdf.add_font(FAMILY, style, str(static))
        else:  # no cache folder: pin the weight on the variable font (slower)
            pdf.add_font(FAMILY, style, str(font_file()), variations={"wght": weight})
    pdf.set_text_shaping(True)
    set_metadata(pdf, book, created)
    sections: set[str] = set()
    for number, (page, layout, picture) in enumerate(zip(book.pages, layouts, pictures), 1):
        pdf.add_page()
        if page.section not in sections:
            sections.add(page.section)
            pdf.start_section(page.section)
        draw_page(pdf, book, page, layout, picture, number)
    return bytes(pdf.output())


def set_metadata(pdf: FPDF, book: Book, created: dt.datetime) -> None:
    """Set the title and language; leave out creator, producer and author."""
    pdf.set_title(book.title)
    pdf.set_lang(book.language_tag)
    pdf.set_creator("")
    pdf.set_producer("")
    pdf.set_creation_date(created)
    pdf.set_display_mode("fullpage", "single")


def draw_page(pdf: FPDF, book: Book, page, layout: PageLayout, picture: bytes,  # type: ignore[no-untyped-def]
              number: int) -> None:
    """Draw one page: heading, picture, text and footer."""
    h = layout.heading
    pdf.set_font(FAMILY, "B", layout.heading_size)
    pdf.set_text_color(*TITLE)
    pdf.set_xy(h.x, h.y)
    pdf.multi_cell(h.width, layout.heading_size * 1.25, page.heading, align="C")

    p = layout.picture
    if p.height > 0:
        pdf.image(io.BytesIO(picture), x=p.x, y=p.y, w=p.width, h=p.height,
                  alt_text=page.scene.alt)

    for line in layout.paragraphs:
        pdf.set_font(FAMILY, "", line.size)
        pdf.set_text_color(*(MUTED if line.style == "caption" else INK))
        pdf.set_xy(line.box.x, line.box.y)
        pdf.multi_cell(line.box.width, line.size * LINE, line.text, align="L")

    f = layout.footer
    pdf.set_font(FAMILY, "", layout.footer_size)
    pdf.set_text_color(*MUTED)
    pdf.set_xy(f.x, f.y)
    pdf.cell(f.width, f.height, book.draft_label, align="L")
    pdf.set_xy(f.x, f.y)
    pdf.cell(f.width, f.height, str(number), align="R")
