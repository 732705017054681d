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
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TextMode

from wordspictures.book.pages import Book, Page
from wordspictures.fonts.files import (
    BOLD,
    FAMILY,
    LEXEND,
    REGULAR,
    fallback_font_file,
    static_font_file,
)
from wordspictures.fonts.letters import (
    box_font_file,
    coverage,
    fallbacks_needed,
    font_for,
    text_font_file,
)
from wordspictures.layout.paper import LINE, Box, Line, PageLayout
from wordspictures.render.drawn import (
    BOX as BOX_PACKAGE,
)
from wordspictures.render.drawn import (
    Outlines,
    draw_row,
    needs_drawing,
    text_letters,
)
from wordspictures.render.palette import (
    BAND_DEFAULT,
    DRAFT,
    INK,
    MUTED,
    RULE,
    SECOND_RULE,
    SECTION_COLOURS,
    STYLE_COLOURS,
    TITLE,
)
from wordspictures.render.xmp import xmp_metadata

ALIGN = {"L": "L", "C": "C", "R": "R"}
BOX = "Wordspictures Box"  # the font of the letters no bundled font has: see add_fonts
TEXT = "Wordspictures Text"  # the invisible text layer of a drawn row: see render/drawn


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
    with ExitStack() as stack:  # a folder for fonts made for this book, if there is no cache
        folder = lambda: Path(stack.enter_context(tempfile.TemporaryDirectory()))  # noqa: E731
        files = add_fonts(pdf, set(printed_letters(book, layouts)), folder)
        beyond = len(files) > 2
        drawn = [row for row in printed_rows(book, layouts) if needs_drawing(row)]
        if drawn:
            pdf.add_font(TEXT, "", str(text_font_file(
                frozenset().union(*map(text_letters, drawn)), folder)))
        pdf.outlines = Outlines(files)  # type: ignore[attr-defined]
        # HarfBuzz shaping is for letters beyond Lexend (Arabic joins, right to left) and
        # right-to-left languages. A book in Latin letters needs none of it, and shaping
        # every word was half of the PDF's time (0.5 s of a 25-page book). The paragraph
        # direction is the book's language's (its pack's language.yaml), never guessed from
        # the first letter: a Dutch sentence that starts with an Arabic name still reads
        # left to right.
        if beyond or book.direction != "ltr":
            pdf.set_text_shaping(True, direction=book.direction)
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


def add_fonts(pdf: FPDF, letters: set[str], folder: Callable[[], Path]
              ) -> dict[tuple[str, bool], str]:
    """Add Lexend, and the fallbacks that the letters of this book need; return the font
    file of each (package, bold) added, for the rows drawn as outlines (render/drawn).

    fpdf2 sets each letter Lexend lacks in the first fallback that has it (Noto Sans for
    Greek and Cyrillic, Noto Sans Arabic; HarfBuzz joins Arabic and puts it right to left),
    each cut down to this book's letters (``fonts.fallback_font_file``). Letters no bundled
    font has (emoji, Chinese) go to a tiny font made for this book whose only glyph is an
    empty box: the caseworker was warned about them (``fonts.check_letters``), and this keeps
    them in the PDF's text layer without fpdf2 logging a missing glyph or the PDF pointing
    at '.notdef', which PDF/A forbids (see ``fonts.box_font`` and docs/font.md). ``folder``
    makes a folder for those fonts when there is no cache folder; it lasts until the output.
    """
    files = {}
    for style, weight in (("", REGULAR), ("B", BOLD)):
        files[(LEXEND, style == "B")] = str(static_font_file(weight, folder))
        pdf.add_font(FAMILY, style, files[(LEXEND, style == "B")])
    lacking = {ch for ch in letters if ord(ch) not in coverage(LEXEND)}
    families = []
    for family, package in fallbacks_needed(lacking):
        own = {ch for ch in lacking if font_for(ch) == package}
        for style, weight in (("", REGULAR), ("B", BOLD)):
            files[(package, style == "B")] = str(fallback_font_file(package, weight, own,
                                                                    folder))
            pdf.add_font(family, style, files[(package, style == "B")])
        families.append(family)
    boxed = sorted(ch for ch in lacking if font_for(ch) is None)
    if boxed:
        files[(BOX_PACKAGE, False)] = files[(BOX_PACKAGE, True)] = str(box_font_file(boxed,
                                                                                     folder))
        pdf.add_font(BOX, "", files[(BOX_PACKAGE, False)])
        families.append(BOX)
    if families:
        # Not exact: the box font has no bold, and a bold heading still needs its boxes.
        pdf.set_fallback_fonts(families, exact_match=False)
    return files


def image_source(pdf: FPDF, picture: bytes) -> str | io.BytesIO:
    """Return what to hand ``pdf.image`` for a picture: a name already in fpdf2's image
    cache when its pixels can go into the PDF as they are (``png_stream``), else the bytes.
    """
    import hashlib

    from fpdf.image_datastructures import RasterImageInfo

    from wordspictures.illustrate.png_stream import png_stream

    name = "wordspictures-picture-" + hashlib.sha256(picture).hexdigest()
    if name in pdf.image_cache.images:
        return name
    stream = png_stream(picture)
    if stream is None:
        return io.BytesIO(picture)
    pdf.image_cache.images[name] = RasterImageInfo(
        data=stream.data, w=stream.width, h=stream.height, f="FlateDecode", cs="DeviceRGB",
        dpn=3, bpc=8, dp=stream.decode_parms, iccp=None, iccp_i=None,
        i=len(pdf.image_cache.images) + 1, usages=0)
    return name


def printed_letters(book: Book, layouts: Sequence[PageLayout]) -> Iterator[str]:
    """Yield every letter the PDF sets (with repeats): headings, text, footers. These are
    the layout's rows where it has them: its text holds the PowerPoint's binding letters
    (a word joiner no font of ours has), which the PDF does not print."""
    yield from book.draft_label
    for layout in layouts:
        yield from "".join(layout.heading_rows)
        for line in layout.paragraphs:
            yield from "".join(line.rows) or line.text


def printed_rows(book: Book, layouts: Sequence[PageLayout]) -> Iterator[str]:
    """Yield every row the PDF sets: headings and paragraphs, as the layout broke them."""
    for layout in layouts:
        yield from layout.heading_rows
        for line in layout.paragraphs:
            yield from line.rows


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
    """Draw one page: band, heading, picture (or drawing space), text and footer."""
    if layout.band is not None:
        b = layout.band
        pdf.set_fill_color(*SECTION_COLOURS.get(layout.section, BAND_DEFAULT))
        pdf.rect(b.x, b.y, b.width, b.height, style="F", round_corners=True,
                 corner_radius=b.height / 2)
    if layout.heading_rows:  # a page that goes on with the one before has none
        pdf.set_font(FAMILY, "B", layout.heading_size)
        pdf.set_text_color(*TITLE)
        set_rows(pdf, layout.heading, layout.heading_size * 1.25, layout.heading_rows,
                 layout.heading_text, "C", book.direction)

    p = layout.picture
    if p.height > 0 and picture:
        pdf.image(image_source(pdf, picture), x=p.x, y=p.y, w=p.width, h=p.height,
                  alt_text=page.scene.alt)
    if layout.space is not None:
        draw_space(pdf, layout)

    for line in layout.paragraphs:
        if line.style == "write":
            draw_rules(pdf, line)
        else:
            draw_text(pdf, line, line.direction or book.direction)
        if line.style == "line":  # the signature line, on the row under the name
            draw_rules(pdf, replace(line, box=replace(line.box, y=line.box.bottom - line.size *
                                                      LINE, height=line.size * LINE), lines=1))

    f = layout.footer
    # A right-to-left book mirrors its footer: the label on the right, the number on the left.
    start, end = ("R", "L") if book.direction == "rtl" else ("L", "R")
    pdf.set_font(FAMILY, "", layout.footer_size)
    pdf.set_text_color(*(DRAFT if book.is_draft else MUTED))
    set_rows(pdf, f, f.height, [book.draft_label], book.draft_label, start, book.direction)
    if layout.numbered:
        pdf.set_text_color(*MUTED)
        set_rows(pdf, f, f.height, [str(number)], str(number), end, book.direction)


def draw_text(pdf: FPDF, line: Line, direction: str) -> None:
    """Set one placed paragraph in its box."""
    spacing = 1.3 if line.style in ("note", "stamp") else 1.25 if line.style == \
        "second_heading" else LINE
    if line.rule is not None:  # the thin rule beside a line in the second language
        pdf.set_fill_color(*SECOND_RULE)
        pdf.rect(line.rule.x, line.rule.y, line.rule.width, line.rule.height, style="F")
    pdf.set_font(FAMILY, "B" if line.bold else "", line.size)
    pdf.set_text_color(*STYLE_COLOURS.get(line.style, INK))
    set_rows(pdf, line.box, line.size * spacing, line.rows, line.text, ALIGN[line.align],
             direction)


def set_rows(pdf: FPDF, box: Box, pitch: float, rows: Sequence[str], text: str,
             align: str, direction: str = "ltr") -> None:
    """Set text in its box row by row, as the layout broke it (``typeset``), so the PDF
    breaks its lines exactly where the plan did; a text without rows is broken by fpdf2."""
    if not rows:
        pdf.set_xy(box.x, box.y)
        pdf.multi_cell(box.width, pitch, text, align=align)
        return
    for index, row in enumerate(rows):
        top = box.y + index * pitch
        if needs_drawing(row):
            draw_drawn_row(pdf, row, box, top, pitch, align, direction)
            continue
        pin_font(pdf)
        pdf.set_xy(box.x, top)
        pdf.cell(box.width, pitch, row, align=align)


def pin_font(pdf: FPDF) -> None:
    """Set the current font in the page's own state before a row is set.

    fpdf2 writes each row between q and Q and switches to a fallback font inside it; after
    the Q the fallback is gone, but fpdf2 still counts its own font as set and writes none
    for the next row. A row after one that ended in Ethiopic or Cyrillic letters then had
    no font at all ('No font in show'): nothing printed, nothing to read."""
    if pdf.text_shaping and pdf.current_font is not None:
        pdf._out(f"BT /F{pdf.current_font.i} {pdf.font_size_pt:.2f} Tf ET")


def draw_drawn_row(pdf: FPDF, row: str, box: Box, top: float, pitch: float, align: str,
                   direction: str) -> None:
    """Draw a row with right-to-left letters as outlines, with its invisible text layer
    (render/drawn). Its baseline is where fpdf2's ``cell`` puts one."""
    size, bold, family = pdf.font_size_pt, "B" in pdf.font_style, pdf.font_family
    colour = pdf.text_color
    rgb = tuple(round(c * 255) for c in colour.colors[:3]) if colour is not None else INK

    def set_text(left: float, letters: str, stretch: float) -> None:
        shaping = pdf.text_shaping
        pdf.text_shaping = None  # the letters are in display order already
        pdf.set_font(TEXT, "", size)
        pdf.set_stretching(stretch)
        pdf.text_mode = TextMode.INVISIBLE
        pdf.set_xy(left, top)
        pdf.cell(text=letters, h=pitch)
        pdf.text_mode = TextMode.FILL
        pdf.set_stretching(100)
        pdf.text_shaping = shaping
        pdf.set_font(family, "B" if bold else "", size)

    draw_row(pdf._out, set_text, pdf.outlines, row, x=box.x, width=box.width,  # type: ignore[attr-defined]
             baseline=pdf.h - (top + 0.5 * pitch + 0.3 * size), size=size, bold=bold,
             rtl=direction == "rtl", align=align, colour=rgb)  # type: ignore[arg-type]


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
