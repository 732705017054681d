"""One page of a planned book as a PDF of its own: what the editor shows beside the form
while the caseworker types.

The page is the book's page exactly: laid out with the whole book's names kept together
(``typeset.book_names``), numbered as in the book, its picture drawn (or taken from the
drawing cache) at the size the book asks for. Rendering one page instead of the book keeps
a keystroke's redraw to a few tens of milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from wordspictures.book.pages import Book, Page
from wordspictures.layout.pages import layout_page
from wordspictures.layout.paper import Paper
from wordspictures.render.files import draw_pictures


def render_page(book: Book, number: int, paper: Paper, names: Sequence[str],
                created: dt.datetime, page: Page | None = None) -> bytes:
    """Return page ``number`` (0-based) of the book as a one-page PDF; ``names`` are the
    whole book's (``typeset.book_names``), so the page breaks its lines as in the book.

    ``page`` is that page when ``book`` comes without it (its other pages are not needed:
    only its title, marks and reading age are).
    """
    from wordspictures.render.pdf import render_pdf

    page = page if page is not None else book.pages[number]
    alone = replace(book, pages=(page,))
    layout = [layout_page(page, paper, book.reading_age, names)]
    return render_pdf(alone, layout, draw_pictures(alone, layout), created,
                      first_number=number + 1)
