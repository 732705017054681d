"""Render a planned book to PPTX bytes with python-pptx: one editable slide a page.

Every text is a real text box (so parents and caseworkers can change a word in
PowerPoint), every picture has alt text, every slide has speaker notes for the reader,
and the file's properties say only what the account says.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Pt

from wordspictures.book import Book, Page
from wordspictures.fonts import FAMILY
from wordspictures.layout import LINE, Box, PageLayout
from wordspictures.palette import DRAFT, INK, MUTED, TITLE

BLANK_LAYOUT = 6
# Characters XML 1.0 cannot hold; the loader removes them, this is the last guard.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render_pptx(book: Book, layouts: Sequence[PageLayout], pictures: Sequence[bytes],
                created: dt.datetime) -> bytes:
    """Return the PPTX of the book; ``layouts`` and ``pictures`` hold one item a page."""
    prs = Presentation()
    prs.slide_width = Pt(layouts[0].width)
    prs.slide_height = Pt(layouts[0].height)
    for number, (page, layout, picture) in enumerate(zip(book.pages, layouts, pictures), 1):
        add_slide(prs, book, page, layout, picture, number)
    set_properties(prs, book, created)
    drop_thumbnail(prs)
    out = io.BytesIO()
    prs.save(out)
    return fix_zip_times(out.getvalue(), created)


def add_slide(prs, book: Book, page: Page, layout: PageLayout, picture: bytes,  # type: ignore[no-untyped-def]
              number: int) -> None:
    """Add one page as a slide."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK_LAYOUT])
    lang = book.language_tag
    add_text(slide, layout.heading, [(page.heading, layout.heading_size, TITLE, True)],
             lang, PP_ALIGN.CENTER, spacing=1.25)
    if layout.picture.height > 0:
        p = layout.picture
        shape = slide.shapes.add_picture(io.BytesIO(picture), Pt(p.x), Pt(p.y),
                                         Pt(p.width), Pt(p.height))
        shape.name = f"Picture {number}"
        shape._element.nvPicPr.cNvPr.set("descr", clean(page.scene.alt))
    if layout.paragraphs:
        first, last = layout.paragraphs[0].box, layout.paragraphs[-1].box
        box = Box(first.x, first.y, first.width, last.y + last.height - first.y)
        runs = [(line.text, line.size, MUTED if line.style == "caption" else INK, False)
                for line in layout.paragraphs]
        add_text(slide, box, runs, lang, PP_ALIGN.LEFT, spacing=LINE, gaps=True)
    footer = layout.footer
    mark = DRAFT if book.is_draft else MUTED
    add_text(slide, footer, [(book.draft_label, layout.footer_size, mark, False)], lang,
             PP_ALIGN.LEFT)
    add_text(slide, footer, [(str(number), layout.footer_size, MUTED, False)], lang,
             PP_ALIGN.RIGHT)
    slide.notes_slide.notes_text_frame.text = clean(page.notes)


def add_text(slide, box: Box, runs, lang: str, align, spacing: float = 1.2,  # type: ignore[no-untyped-def]
             gaps: bool = False) -> None:
    """Add a text box with one paragraph for each (text, size, colour, bold) run."""
    shape = slide.shapes.add_textbox(Pt(box.x), Pt(box.y), Pt(box.width), Pt(box.height))
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = None
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    for index, (text, size, colour, bold) in enumerate(runs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = align
        paragraph.line_spacing = spacing
        if gaps and index:
            paragraph.space_before = Pt(size * 0.55)
        run = paragraph.add_run()
        run.text = clean(text)
        font = run.font
        font.name = FAMILY
        font.size = Pt(size)
        font.bold = bold
        font.color.rgb = RGBColor(*colour)
        run._r.get_or_add_rPr().set("lang", lang)


def set_properties(prs, book: Book, created: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    """Set every core property: the template's own carry a stranger's name and dates."""
    props = prs.core_properties
    props.title = clean(book.title)
    props.language = book.language_tag
    for name in ("author", "last_modified_by", "subject", "keywords", "comments",
                 "category", "content_status", "identifier", "version"):
        setattr(props, name, "")
    props.revision = book.version or 1
    props.created = props.modified = created.replace(tzinfo=None)
    props.last_printed = created.replace(tzinfo=None)


def drop_thumbnail(prs) -> None:  # type: ignore[no-untyped-def]
    """Remove the template's preview picture (an old, unrelated slide)."""
    rels = prs.part.package._rels
    for rid in [rid for rid, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        rels.pop(rid)


def fix_zip_times(data: bytes, created: dt.datetime) -> bytes:
    """Return the zip with every entry dated ``created``, so equal books give equal files."""
    stamp = (max(created.year, 1980), created.month, created.day, created.hour,
             created.minute, created.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def clean(text: str) -> str:
    """Return text without characters that XML cannot hold."""
    return NOT_XML.sub("", text)
