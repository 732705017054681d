"""Impose an A5 book as a saddle-stitched booklet: two pages a side of A4 landscape.

The sheets are printed on both sides, stacked, folded once and stapled in the fold. For
N pages (a multiple of four) sheet s (from 0) carries, on its front, pages N−2s (left) and
1+2s (right), and on its back 2+2s (left) and N−1−2s (right): side 1 holds the last page
and the cover. The backs are made for printers that flip a landscape sheet on its short
edge; ``rotate_backs`` turns them upside down for printers that can only flip on the long
edge. The A5 pages meet exactly at the fold, so their margins are the book's own; A4 is
1 mm wider than two A5 pages, which leaves half a millimetre blank at each outer edge.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import NameObject, TextStringObject

from wordspictures.layout.paper import paper_size

SHEET = paper_size("a4", "landscape")  # in points
Part = bytes | tuple[bytes, int]  # a PDF, or a PDF of which only the first n pages count


def sheet_order(count: int) -> list[tuple[int, int]]:
    """Return the (left, right) page numbers (1-based) of every side, in printing order."""
    if count % 4:
        raise ValueError(f"a booklet needs a multiple of four pages, not {count}")
    sides = []
    for s in range(count // 4):
        sides.append((count - 2 * s, 1 + 2 * s))
        sides.append((2 + 2 * s, count - 1 - 2 * s))
    return sides


def impose(parts: Sequence[Part], title: str = "", language: str = "",
           rotate_backs: bool = False) -> bytes:
    """Return the booklet PDF of the A5 pages of ``parts``, in order (a multiple of four)."""
    pages = [page for part in parts for page in pages_of(part)]
    width, height = SHEET
    writer = PdfWriter()
    for number, (left, right) in enumerate(sheet_order(len(pages))):
        side = PageObject.create_blank_page(width=width, height=height)
        for page, at_left in ((pages[left - 1], True), (pages[right - 1], False)):
            x = width / 2 - float(page.mediabox.width) if at_left else width / 2
            y = (height - float(page.mediabox.height)) / 2
            move = Transformation().translate(x, y)
            if number % 2 and rotate_backs:  # a half turn about the sheet's centre
                move = move.rotate(180).translate(width, height)
            side.merge_transformed_page(page, move)
        writer.add_page(side)
    writer.add_metadata({"/Title": title, "/Producer": ""})
    if language:
        writer.root_object[NameObject("/Lang")] = TextStringObject(language)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pages_of(part: Part) -> list[PageObject]:
    """Return the pages of one part of the booklet."""
    data, count = part if isinstance(part, tuple) else (part, None)
    pages = list(PdfReader(io.BytesIO(data)).pages)
    return pages if count is None else pages[:count]
