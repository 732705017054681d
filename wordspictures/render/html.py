"""Render a planned book as one HTML file that reads itself aloud, offline.

Everything is inside the file: the pictures (PNG), each page's sound (MP3), the font
(Lexend), the style and the script, so it opens the same in any browser, on a phone, a
tablet or a computer, without a network; its Content-Security-Policy forbids fetching
anything. The words, their order and the pictures are the PDF's. Each sentence that is
read aloud is a ``span`` with the time it is said, so the script can light it up; without
JavaScript every page stands in order, each with its own player.

The page's markup is written here (escaped); the skeleton, style and script are files in
``reader/`` beside this module.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from functools import cache
from html import escape
from pathlib import Path
from string import Template

from wordspictures.book.pages import Book, Page, PageKind, Paragraph
from wordspictures.language.wording import Wording
from wordspictures.layout.paper import PageLayout
from wordspictures.voice import PageVoice, Spoken
from wordspictures.voice.reading import HEADING

READER = Path(__file__).with_name("reader")


def render_html(book: Book, layouts: Sequence[PageLayout], pictures: Sequence[bytes],
                voices: Sequence[PageVoice], templates: Path | None = None) -> bytes:
    """Return the HTML book; ``layouts``, ``pictures`` and ``voices`` hold one item a page."""
    say = Wording(book.language, templates).phrase
    count = len(book.pages)
    pages = "\n".join(
        html_page(page, layout, picture, voice, number, say("html_page", number, count),
                  say("html_notes"))
        for number, (page, layout, picture, voice)
        in enumerate(zip(book.pages, layouts, pictures, voices, strict=True), 1))
    text = Template(reader_file("book.html")).substitute(
        lang=escape(book.language_tag), dir=escape(book.direction), title=escape(book.title),
        font=font_face(), js=reader_file("book.js"),
        css=reader_file("book.css") + (reader_file("second.css") if book.second_language
                                       else ""),
        pages=pages, play=escape(say("html_play")), pause=escape(say("html_pause")),
        previous=escape(say("html_previous")), next=escape(say("html_next")))
    return text.encode("utf-8")


def html_page(page: Page, layout: PageLayout, picture: bytes, voice: PageVoice, number: int,
              counted: str, notes_label: str) -> str:
    """Return one page as a ``section``."""
    tag = "h1" if page.kind == PageKind.COVER else "h2"
    heading = f"<{tag}>{spoken(page.heading, voice.sentences, HEADING)}</{tag}>"
    words = [f'<p class="{escape(p.style)}"{own_language(p)}>'
             f'{spoken(p.text, voice.sentences, i)}</p>' for i, p in enumerate(page.paragraphs)]
    # The draft mark (and the heading in the second language) stand under the title, above
    # the picture, as in the PDF.
    stamps = [w for w, p in zip(words, page.paragraphs, strict=True)
              if p.style in ("stamp", "second_heading")]
    words = [w for w in words if w not in stamps]
    parts = [heading, *stamps]
    if picture and layout.picture.height > 0:
        parts.append(f'<img class="picture" src="data:image/png;base64,{b64(picture)}" '
                     f'alt="{escape(page.scene.alt)}">')
    if layout.space is not None:  # a drawing page: room for the child's own drawing
        words.append('<p class="write"></p>')
    parts.append(f'<div class="words">{"".join(words)}</div>')
    if voice.sound:
        parts.append(f'<audio controls preload="metadata" data-source="{voice.source}" '
                     f'src="data:audio/mpeg;base64,{b64(voice.sound)}"></audio>')
    notes = "\n".join(filter(None, (page.notes, voice.note)))
    if notes:
        parts.append(f'<details class="notes"><summary>{escape(notes_label)}</summary>'
                     + "".join(f"<p>{escape(line)}</p>" for line in notes.split("\n") if line)
                     + "</details>")
    parts.append(f'<p class="number">{number}</p>')
    return (f'<section class="page {page.kind.value}" id="page-{number}" '
            f'data-count="{escape(counted)}" aria-label="{escape(counted)}">'
            + "".join(parts) + "</section>")


def own_language(paragraph: Paragraph) -> str:
    """Return the attributes of a paragraph in the book's second language: its language
    and direction (an Arabic line in a Dutch book reads right to left); else nothing."""
    if not paragraph.language:
        return ""
    return f' lang="{escape(paragraph.tag)}" dir="{escape(paragraph.direction or "ltr")}"'


def spoken(text: str, sentences: Sequence[Spoken], paragraph: int) -> str:
    """Return the text escaped, each sentence read aloud in a ``span`` with its times."""
    out, at = [], 0
    for s in sorted((s for s in sentences if s.paragraph == paragraph), key=lambda s: s.start):
        out.append(escape(text[at:s.start]))
        out.append(f'<span class="s" data-begins="{s.begins:.2f}" data-ends="{s.ends:.2f}">'
                   f"{escape(text[s.start:s.end])}</span>")
        at = s.end
    out.append(escape(text[at:]))
    return "".join(out)


def b64(data: bytes) -> str:
    """Return bytes as base64 text, for a data: address."""
    return base64.b64encode(data).decode("ascii")


@cache
def reader_file(name: str) -> str:
    """Return one of the reader's own files (skeleton, style, script)."""
    return (READER / name).read_text(encoding="utf-8")


@cache
def font_face() -> str:
    """Return the CSS that carries Lexend (the PDF's font, every weight) inside the file."""
    from wordspictures.fonts.files import FAMILY, font_file

    data = b64(font_file().read_bytes())
    return (f'@font-face {{ font-family: "{FAMILY}"; font-weight: 100 900; '
            f'src: url(data:font/ttf;base64,{data}) format("truetype"); }}')
