"""Paper sizes and orientations, read back from real books: right size, nothing cut or crowded.

Every page is checked in the PDF itself (pypdfium2 gives each letter's box and each
picture's place): all ink stays clear of the edges that office printers cannot print, no
letter touches another letter or a picture.
"""

from __future__ import annotations

from itertools import product
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from pptx import Presentation
from pptx.util import Emu

from tests.conftest import SHARED
from wordspictures.api import build_book

MM = 72 / 25.4
SIZES = {("a5", "portrait"): (419.53, 595.28), ("a5", "landscape"): (595.28, 419.53),
         ("a4", "portrait"): (595.28, 841.89), ("a4", "landscape"): (841.89, 595.28),
         ("letter", "portrait"): (612, 792), ("letter", "landscape"): (792, 612)}
PRINTABLE = 9 * MM  # office printers leave up to 6.35 mm blank: keep every letter further in
Box = tuple[float, float, float, float]  # left, bottom, right, top (PDF points)


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], dict[str, Path]]:
    """Return the Dutch example (youngest reader 4, a draft) on every paper and orientation."""
    made = {}
    for paper, orientation in SIZES:
        out = tmp_path_factory.mktemp(f"{paper}-{orientation}")
        formats = ["pdf", "pptx"] if paper == "letter" else ["pdf"]
        result = build_book(SHARED / "noor-nl.yaml", out, formats, paper,
                            orientation=orientation)
        made[(paper, orientation)] = {p.suffix[1:]: p for p in result.files}
    return made


def letter_boxes(page: pdfium.PdfPage) -> list[Box]:
    """Return the box of every visible letter on the page."""
    text = page.get_textpage()
    boxes = []
    for index in range(text.count_chars()):
        if text.get_text_range(index, 1).strip():
            boxes.append(text.get_charbox(index))
    return boxes


def picture_boxes(page: pdfium.PdfPage) -> list[Box]:
    """Return the box of every picture on the page."""
    return [obj.get_bounds() for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,))]


def shrink(box: Box, share: float = 0.2) -> Box:
    """Return the box made smaller on every side (letter boxes of neighbours may touch)."""
    left, bottom, right, top = box
    dx, dy = (right - left) * share, (top - bottom) * share
    return left + dx, bottom + dy, right - dx, top - dy


def overlap(a: Box, b: Box) -> bool:
    """Return True when two boxes share some area."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def crowded(boxes: list[Box]) -> list[tuple[Box, Box]]:
    """Return the pairs of letters that run into each other (a sweep along x).

    A ligature is one glyph for two letters, which share one box: those count once.
    """
    found, active = [], []  # type: ignore[var-annotated]
    for box in sorted({shrink(b) for b in boxes}):
        active = [a for a in active if a[2] > box[0]]
        found += [(a, box) for a in active if overlap(a, box)]
        active.append(box)
    return found


def check_pdf_pages(path: Path, size: tuple[float, float]) -> None:
    """Assert that every page has the size, letters inside the printable area, and no letter
    on another letter or on a picture."""
    document = pdfium.PdfDocument(path)
    for number, page in enumerate(document, 1):
        width, height = page.get_size()
        assert (width, height) == pytest.approx(size, abs=0.5), number
        letters = letter_boxes(page)
        assert letters, f"page {number} has no text"
        for left, bottom, right, top in letters:
            assert left >= PRINTABLE and bottom >= PRINTABLE, (number, left, bottom)
            assert right <= width - PRINTABLE and top <= height - PRINTABLE, (number, right, top)
        assert not crowded(letters), (number, crowded(letters)[:3])
        for picture in picture_boxes(page):
            assert picture[0] >= PRINTABLE and picture[1] >= PRINTABLE, number
            assert picture[2] <= width - PRINTABLE and picture[3] <= height - PRINTABLE, number
            assert not [b for b in letters if overlap(shrink(b), picture)], number


@pytest.mark.parametrize(("paper", "orientation"), list(SIZES))
def test_every_pdf_page_has_the_paper_size_and_nothing_cut_or_crowded(
        books: dict, paper: str, orientation: str) -> None:
    check_pdf_pages(books[(paper, orientation)]["pdf"], SIZES[(paper, orientation)])


def test_a5_and_a4_are_the_iso_sizes_in_points(books: dict) -> None:
    a5 = pdfium.PdfDocument(books[("a5", "portrait")]["pdf"])[0].get_size()
    a4 = pdfium.PdfDocument(books[("a4", "portrait")]["pdf"])[0].get_size()
    assert (round(a5[0]), round(a5[1])) == (420, 595)
    assert (round(a4[0]), round(a4[1])) == (595, 842)


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_pptx_slides_have_the_paper_size(books: dict, orientation: str) -> None:
    prs = Presentation(str(books[("letter", orientation)]["pptx"]))
    size = (Emu(prs.slide_width).pt, Emu(prs.slide_height).pt)
    assert size == pytest.approx(SIZES[("letter", orientation)], abs=0.5)
    for slide in prs.slides:  # every shape on the slide, nothing hanging over its edge
        for shape in slide.shapes:
            assert Emu(shape.left).pt >= PRINTABLE and Emu(shape.top).pt >= PRINTABLE
            assert Emu(shape.left + shape.width).pt <= size[0] - PRINTABLE
            assert Emu(shape.top + shape.height).pt <= size[1] - PRINTABLE


def test_landscape_pages_put_a_taller_picture_beside_the_text(books: dict) -> None:
    """Portrait pictures are 3:2 above the text; landscape ones 4:3 (1200×900 px) beside it."""
    for orientation, ratio, pixels in (("portrait", 3 / 2, (1200, 800)),
                                       ("landscape", 4 / 3, (1200, 900))):
        page = pdfium.PdfDocument(books[("a4", orientation)]["pdf"])[3]
        [picture] = page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,))
        left, bottom, right, top = picture.get_bounds()
        assert (right - left) / (top - bottom) == pytest.approx(ratio, rel=0.01)
        assert tuple(picture.get_px_size()) == pixels
        letters = letter_boxes(page)
        body = [b for b in letters if b[3] < top and b[1] > bottom]  # beside the picture
        if orientation == "landscape":
            assert body and min(b[0] for b in body) > right
        else:
            assert not [b for b in body if left < b[0] < right]


@pytest.mark.parametrize(("paper", "orientation"), list(product(["a5"], ["portrait",
                                                                         "landscape"])))
def test_a_thirteen_year_olds_fuller_pages_fit_too(tmp_path: Path, paper: str,
                                                   orientation: str) -> None:
    account = tmp_path / "older.yaml"
    account.write_text((SHARED / "noor-nl.yaml").read_text(encoding="utf-8")
                       .replace("age: 4,", "age: 13,"), encoding="utf-8")
    result = build_book(account, tmp_path, ["pdf"], paper, orientation=orientation)
    check_pdf_pages(result.files[0], SIZES[(paper, orientation)])


def test_a_word_too_long_for_its_line_is_set_smaller_not_broken(tmp_path: Path) -> None:
    account = tmp_path / "long.yaml"
    long_word = "Kinderbeschermingsmaatregelenonderzoeksrapport"
    account.write_text(
        "language: nl\ntitle: Het verhaal van " + long_word + "\n"
        "people:\n  kim: {name: Kim, role: child, age: 4}\n"
        "what_happened:\n  - Kim zag het " + long_word + " liggen.\n", encoding="utf-8")
    result = build_book(account, tmp_path, ["pdf"], "a5", orientation="landscape")
    check_pdf_pages(result.files[0], SIZES[("a5", "landscape")])
    document = pdfium.PdfDocument(result.files[0])
    text = " ".join(page.get_textpage().get_text_range() for page in document)
    assert long_word in text.replace("\r\n", " ")
