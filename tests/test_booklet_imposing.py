"""Imposing A5 pages on A4 sides, checked on small made-up PDFs (fast: the mutation run's
own tests for render/booklet.py): which page lands on which half, exactly at the fold,
the backs turned for long-edge printers, only the pages that count, the document's title
and language and no producer."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from pypdf import PdfReader

from wordspictures.render.booklet import SHEET, impose, sheet_order

A5 = (419.53, 595.28)  # points
MARGIN = 30.0  # where each made-up page prints its number, from its left and top edges


def pages(numbers: range) -> bytes:
    """Return an A5 PDF whose pages each print their number (big) near the top left."""
    pdf = FPDF(unit="pt", format=A5)
    pdf.set_font("helvetica", size=40)
    for number in numbers:
        pdf.add_page()
        pdf.set_xy(MARGIN, MARGIN)
        pdf.cell(text=f"P{number}")
    return bytes(pdf.output())


def halves(data: bytes) -> list[tuple[str, str]]:
    """Return the text on the left and the right half of every side."""
    found = []
    for page in pdfium.PdfDocument(data):
        width, height = page.get_size()
        text = page.get_textpage()
        found.append((text.get_text_bounded(0, 0, width / 2, height).strip(),
                      text.get_text_bounded(width / 2, 0, width, height).strip()))
    return found


def letter_boxes(data: bytes, side: int) -> list[tuple[float, float, float, float]]:
    """Return the boxes (left, bottom, right, top) of the letters on a side, in order."""
    text = pdfium.PdfDocument(data)[side].get_textpage()
    boxes = (text.get_charbox(i) for i in range(text.count_chars()))
    return sorted(box for box in boxes if box[2] > box[0])  # not the empty ones (spaces)


def test_each_page_lands_on_its_half_in_saddle_stitch_order() -> None:
    booklet = impose([pages(range(1, 9))])
    reader = PdfReader(io.BytesIO(booklet))
    assert len(reader.pages) == 4
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == \
            pytest.approx(SHEET, abs=0.01)
    assert halves(booklet) == [(f"P{a}", f"P{b}") for a, b in sheet_order(8)]


def test_parts_follow_each_other_and_only_the_counted_pages_are_used() -> None:
    booklet = impose([(pages(range(1, 4)), 2), pages(range(3, 5)), (pages(range(5, 9)), 4)])
    assert halves(booklet) == [("P8", "P1"), ("P2", "P7"), ("P6", "P3"), ("P4", "P5")]


def test_the_pages_meet_exactly_at_the_fold() -> None:
    [left, bottom, right, top] = letter_boxes(pages(range(1, 2)), 0)[0]  # P of P1 on A5
    booklet = impose([pages(range(1, 5))])
    middle = SHEET[0] / 2
    found = letter_boxes(booklet, 0)  # P4 on the left half, P1 on the right
    on_the_right = next(box for box in found if box[0] > middle)
    shift = middle - A5[0]
    assert found[0] == pytest.approx((left + shift, bottom, right + shift, top), abs=0.05)
    assert on_the_right == pytest.approx((left + middle, bottom, right + middle, top),
                                         abs=0.05)


def test_rotated_backs_are_turned_about_the_sides_centre() -> None:
    plain = impose([pages(range(1, 9))])
    turned = impose([pages(range(1, 9))], rotate_backs=True)
    ordinary, rotated = halves(plain), halves(turned)
    assert rotated[0] == ordinary[0] and rotated[2] == ordinary[2]  # fronts as they were
    assert letter_boxes(turned, 0) == letter_boxes(plain, 0)
    width, height = SHEET
    for side in (1, 3):  # a half turn puts the left page on the right, upside down
        assert rotated[side] == ordinary[side][::-1]
        turned_round = sorted((width - r, height - t, width - left, height - b)
                              for left, b, r, t in letter_boxes(plain, side))
        found = letter_boxes(turned, side)
        assert len(found) == len(turned_round) >= 4
        for box, expected in zip(found, turned_round, strict=True):
            assert box == pytest.approx(expected, abs=0.05)


def test_the_booklet_says_its_title_and_language_and_no_producer() -> None:
    booklet = impose([pages(range(1, 5))], title="Het verhaal van Noor", language="nl-NL")
    reader = PdfReader(io.BytesIO(booklet))
    assert reader.metadata is not None
    assert reader.metadata["/Title"] == "Het verhaal van Noor"
    assert reader.metadata.get("/Producer") == ""
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
    bare = PdfReader(io.BytesIO(impose([pages(range(1, 5))])))
    assert "/Lang" not in bare.trailer["/Root"]
    assert bare.metadata is not None and bare.metadata["/Title"] == ""


def test_a_booklet_needs_a_multiple_of_four_pages() -> None:
    with pytest.raises(ValueError, match="multiple of four pages, not 6"):
        impose([pages(range(1, 7))])
    assert sheet_order(4) == [(4, 1), (2, 3)]
    assert sheet_order(12)[-2:] == [(8, 5), (6, 7)]
