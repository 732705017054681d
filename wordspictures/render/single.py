"""One page of a planned book as a PDF of its own: what the editor shows beside the form
while the caseworker types.

The page is the book's page exactly: laid out with the whole book's names kept together
(``lay_out``), numbered as in the book, its picture drawn (or taken from the drawing
cache) at the size the book asks for. Rendering one page instead of the book keeps a
keystroke's redraw to a few tens of milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from wordspictures.book.pages import Book
from wordspictures.layout.paper import PageLayout
from wordspictures.render.files import draw_pictures


def render_page(book: Book, layouts: Sequence[PageLayout], index: int,
                created: dt.datetime) -> bytes:
    """Return page ``index`` (0-based) of the book as a one-page PDF; ``layouts`` are the
    whole book's (``files.lay_out``)."""
    from wordspictures.render.pdf import render_pdf

    alone = replace(book, pages=(book.pages[index],))
    layout = [layouts[index]]
    return render_pdf(alone, layout, draw_pictures(alone, layout), created,
                      first_number=index + 1)
