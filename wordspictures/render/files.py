"""Turn a planned book into the bytes of every file asked for: PPTX, PDF, booklet and
the HTML book that reads itself aloud.

Each output is laid out for its own paper (the booklet is always A5 pages on A4), its
pictures are drawn at the ratio its layout asks for, and each format's renderer is imported
only when that format is made; so is the voice (``voice``), only when a book is read aloud.
A draft's booklet comes with its review page as a loose sheet (``…-review.pdf``, on A4): the
family keeps the book and hands back the sheet. How to print and fold is said by the command,
never printed in the book.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wordspictures.account.model import Account
from wordspictures.book.pages import Book, PageKind, Scene
from wordspictures.book.planner import planner_for
from wordspictures.errors import WordsPicturesError
from wordspictures.language.messages import Messages
from wordspictures.layout.pages import layout_page
from wordspictures.layout.paper import ORIENTATIONS, PAPERS, PageLayout, Paper, paper_for
from wordspictures.layout.typeset import book_names
from wordspictures.problems import Mark, Problem
from wordspictures.system.forked import Worker, pdf_worker

if TYPE_CHECKING:
    from wordspictures.voice import PageVoice

FORMATS = ("pptx", "pdf")  # what a build makes unless asked otherwise
KNOWN_FORMATS = ("pptx", "pdf", "html")
VOICES = ("none", "synth", "recorded")  # voice.MODES, without importing it
PICTURE_WIDTH = 1200  # pixels; the height follows the layout's picture ratio
BOOKLET_PAGE = paper_for("a5")  # a booklet's pages, two to a side of A4
REVIEW_PAGE = paper_for("a4")   # the review sheet: room to write, on the booklet's paper
THICKEST = 12  # sheets: more do not fold flat, and a stapler does not go through them


@dataclass(frozen=True)
class PrintOptions:
    """What to make and on which paper (see ``wordspictures build --help``)."""

    formats: tuple[str, ...] = FORMATS
    paper: str = "a5"
    orientation: str = "portrait"
    booklet: bool = False
    rotate_backs: bool = False
    archive: bool = False
    voice: str | None = None

    @property
    def spoken(self) -> str:
        """Return how the book is read aloud: as asked (``--voice``), else ``recorded`` (the
        account's recordings, the computer voice elsewhere) for an HTML book, and ``none``
        for a PowerPoint and PDF alone (as fast as a build without sound)."""
        if self.voice is not None:
            return self.voice
        return "recorded" if "html" in self.formats else "none"

    def check(self) -> None:
        """Raise a WordsPicturesError naming the first option that cannot be used."""
        unknown = [f for f in self.formats if f not in KNOWN_FORMATS]
        if unknown or not self.formats:
            raise WordsPicturesError(f"unknown format '{','.join(unknown)}' — use pptx, pdf "
                                     "or html, separated by commas")
        if self.voice is not None and self.voice not in VOICES:
            raise WordsPicturesError(f"unknown voice '{self.voice}' — use none, synth or "
                                     "recorded")
        if self.paper not in PAPERS:
            raise WordsPicturesError(f"unknown paper '{self.paper}' — use a5, a4 or letter")
        if self.orientation not in ORIENTATIONS:
            raise WordsPicturesError(f"unknown orientation '{self.orientation}' — use "
                                     "portrait or landscape")
        if self.rotate_backs and not self.booklet:
            raise WordsPicturesError("--rotate-backs turns the backs of a booklet: add "
                                     "--booklet")
        if self.archive and "pdf" not in self.formats:
            raise WordsPicturesError("--archive makes the PDF for the case file: add pdf to "
                                     "--format")


@dataclass(frozen=True)
class Rendered:
    """One book's files as bytes, keyed by (name suffix, extension), and the plan;
    ``notes`` say how to print what was made, ``warnings`` what to do instead."""

    book: Book
    files: dict[tuple[str, str], bytes]
    notes: tuple[str, ...] = ()
    warnings: tuple[Problem, ...] = ()


def render_book(account: Account, options: PrintOptions, created: dt.datetime,
                templates: Path | None = None, child: str | None = None,
                alongside: Callable[[], None] | None = None,
                worker: Worker[Any] | None = None) -> Rendered:
    """Return the files of the book of one account (for one child, or for all in ``for``).

    With both formats, the PDF (and booklet) are made by ``worker`` (``pdf_worker``, on the
    second core; it helps draw new pictures first) while this process makes the
    PowerPoint; ``alongside`` is more work for this process meanwhile (the word check).
    """
    planner = planner_for(account, templates, child)
    book = planner.plan()
    # A booklet is planned with the book: the same pages, padded to a multiple of four.
    padded = planner.booklet(book) if options.booklet else None
    review = planner.review_sheet(book) if options.booklet else None
    layouts = lay_out(book, paper_for(options.paper, options.orientation))
    voices: list[PageVoice] = []

    def meanwhile() -> None:
        # While new pictures are drawn on the other core: the word check, loading
        # python-pptx, and reading the pages aloud, so that only the slides are left to
        # make once the pictures are in.
        if alongside is not None:
            alongside()
        if "pptx" in options.formats:
            import wordspictures.render.pptx  # noqa: F401
        if options.spoken != "none" and {"pptx", "html"} & set(options.formats):
            from wordspictures.voice import page_voices

            voices.extend(page_voices(book, account, options.spoken, templates))

    # The PDF's process is only of use when this one makes the PowerPoint meanwhile.
    both = {"pptx", "pdf"} <= set(options.formats)
    worker = (worker or pdf_worker(options.formats)) if both else None
    made: dict[tuple[str, str], bytes] = {}
    try:
        pictures = draw_pictures(book, layouts, meanwhile=meanwhile, helper=worker)
        pdf_job = functools.partial(pdf_files, options, created, book, padded, review,
                                    layouts, pictures)
        if worker is not None:
            worker.run(pdf_job)
        elif "pdf" in options.formats:
            made.update(pdf_job())
        if "pptx" in options.formats:
            made.update(pptx_files(book, layouts, pictures, created, voices))
        if "html" in options.formats:
            made.update(html_files(book, layouts, pictures, voices, templates))
        if worker is not None:
            made.update(worker.result())
    finally:
        if worker is not None:
            worker.cancel()
    if padded is not None and "pdf" not in options.formats:
        made.update(booklet_files(options, created, book, padded, review, layouts, pictures))
    # The files in the order asked for, the booklet and its review sheet last.
    order = [("", fmt) for fmt in options.formats] + [("booklet", "pdf"), ("review", "pdf")]
    notes, warnings = printing_advice(account, templates, options, padded, review)
    return Rendered(book, {key: made[key] for key in order if key in made}, notes, warnings)


def printing_advice(account: Account, templates: Path | None, options: PrintOptions,
                    padded: Book | None, review: Book | None
                    ) -> tuple[tuple[str, ...], tuple[Problem, ...]]:
    """Return how to print a booklet and its review sheet (for the command to say), and a
    warning when the booklet is too thick to fold (at the account's first line: in a batch
    it names the account)."""
    if padded is None:
        return (), ()
    messages = Messages(account.language, templates)
    edge = "long" if options.rotate_backs else "short"
    notes = [messages.text(f"booklet.print_{edge}")]
    if review is not None:
        notes.append(messages.text("booklet.review"))
    pages = len(padded.pages)
    warnings: tuple[Problem, ...] = ()
    if pages > THICKEST * 4:
        warnings = (messages.problem("booklet.thick", Mark(str(account.source), 1, 1),
                                     warning=True, pages=pages, sheets=pages // 4,
                                     most=THICKEST),)
    return tuple(notes), warnings


def pdf_files(options: PrintOptions, created: dt.datetime, book: Book, padded: Book | None,
              review: Book | None, layouts: Sequence[PageLayout], pictures: Sequence[bytes]
              ) -> dict[tuple[str, str], bytes]:
    """Return the PDF of a planned book and, when it has one (``padded``), its booklet,
    which reuses the PDF's pages, and the booklet's review sheet."""
    from wordspictures.render.pdf import render_pdf

    pdf = render_pdf(book, layouts, pictures, created, archive=options.archive)
    files = {("", "pdf"): pdf}
    if padded is not None:
        files.update(booklet_files(options, created, book, padded, review, layouts, pictures,
                                   pdf))
    return files


def booklet_files(options: PrintOptions, created: dt.datetime, book: Book, padded: Book,
                  review: Book | None, layouts: Sequence[PageLayout],
                  pictures: Sequence[bytes], pdf: bytes | None = None
                  ) -> dict[tuple[str, str], bytes]:
    """Return the booklet, and a draft's review sheet."""
    files = {("booklet", "pdf"): render_booklet(options, created, book, padded, layouts,
                                                pictures, pdf)}
    if review is not None:
        files[("review", "pdf")] = render_review(created, book, review, layouts, pictures)
    return files


def pptx_files(book: Book, layouts: Sequence[PageLayout], pictures: Sequence[bytes],
               created: dt.datetime, voices: Sequence[PageVoice] = ()
               ) -> dict[tuple[str, str], bytes]:
    """Return the PowerPoint of a planned book; with ``voices`` (``voice.PageVoice``, one
    a page) each slide carries its page's sound."""
    from wordspictures.render.pptx import render_pptx

    return {("", "pptx"): render_pptx(book, layouts, pictures, created, voices)}


def html_files(book: Book, layouts: Sequence[PageLayout], pictures: Sequence[bytes],
               voices: Sequence[PageVoice], templates: Path | None
               ) -> dict[tuple[str, str], bytes]:
    """Return the HTML book (silent pages where ``voices`` is empty: ``--voice none``)."""
    from wordspictures.render.html import render_html
    from wordspictures.voice import PageVoice

    heard = voices or [PageVoice(b"", 0.0, (), "none") for _ in book.pages]
    return {("", "html"): render_html(book, layouts, pictures, heard, templates)}


def render_booklet(options: PrintOptions, created: dt.datetime, book: Book, padded: Book,
                   layouts: Sequence[PageLayout], pictures: Sequence[bytes],
                   pdf: bytes | None = None) -> bytes:
    """Return the booklet: ``padded`` (the planned ``book`` as a booklet holds it,
    ``Planner.booklet``) on A5, imposed on A4.

    The booklet holds the book's pages but the review page, then drawing pages and the back
    cover. So when ``pdf`` is the book's A5 portrait PDF, its pages up to the review page go
    into the booklet as they are and only the new pages are rendered. Pictures drawn for
    ``layouts`` are used again wherever the A5 page asks for the same size.
    """
    from wordspictures.render.booklet import impose
    from wordspictures.render.pdf import render_pdf

    parts: list[bytes | tuple[bytes, int]] = []
    start = 0
    if pdf is not None and paper_for(options.paper, options.orientation) == BOOKLET_PAGE:
        start = sum(1 for page in book.pages if page.kind is not PageKind.REVIEW)
        parts.append((pdf, start))
    rest = replace(padded, pages=padded.pages[start:])
    rest_layouts = lay_out(rest, BOOKLET_PAGE, book_names(padded))  # the whole book's
    known = dict(zip(picture_requests(book, layouts), pictures, strict=True))
    parts.append(render_pdf(rest, rest_layouts, draw_pictures(rest, rest_layouts, known=known),
                            created, first_number=start + 1))
    return impose(parts, padded.title, padded.language_tag, options.rotate_backs)


def render_review(created: dt.datetime, book: Book, review: Book,
                  layouts: Sequence[PageLayout], pictures: Sequence[bytes]) -> bytes:
    """Return the review sheet: a draft's review page on A4, without a page number (the
    booklet's numbers are the book's). Its picture is the book's where the size is."""
    from wordspictures.render.pdf import render_pdf

    sheet = [replace(layout, numbered=False)
             for layout in lay_out(review, REVIEW_PAGE, book_names(book))]
    known = dict(zip(picture_requests(book, layouts), pictures, strict=True))
    return render_pdf(review, sheet, draw_pictures(review, sheet, known=known), created)


def lay_out(book: Book, paper: Paper, names: Sequence[str] | None = None
            ) -> list[PageLayout]:
    """Return the layout of every page of the book on one paper; ``names`` are the names
    never broken over two lines (default: those in the book, ``typeset.book_names``)."""
    names = book_names(book) if names is None else names
    return [layout_page(page, paper, book.reading_age, names) for page in book.pages]


def picture_requests(book: Book, layouts: Sequence[PageLayout]
                     ) -> list[tuple[Scene, int, int] | None]:
    """Return each page's picture as (scene, width, height) at its layout's ratio, or None
    for a page without a picture."""
    return [(page.scene, PICTURE_WIDTH, round(PICTURE_WIDTH / layout.picture_ratio))
            if layout.picture.height > 0 else None
            for page, layout in zip(book.pages, layouts, strict=True)]


def draw_pictures(book: Book, layouts: Sequence[PageLayout],
                  meanwhile: Callable[[], None] | None = None,
                  known: Mapping[tuple[Scene, int, int] | None, bytes] | None = None,
                  helper: Worker[Any] | None = None) -> list[bytes]:
    """Return each page's picture at its layout's ratio (empty when the page has none).

    ``meanwhile`` runs while new pictures are drawn on the other cores (``helper`` draws
    too, see ``illustrate.draw_many``); ``known`` holds pictures drawn already (for another
    file of the same book), which are not drawn again.
    """
    from wordspictures.illustrate import draw_scenes

    known = known or {}
    requests = picture_requests(book, layouts)
    wanted = list(dict.fromkeys(r for r in requests if r is not None and r not in known))
    drawn: dict[tuple[Scene, int, int] | None, bytes] = dict(known)
    drawn.update(zip(wanted, draw_scenes(wanted, meanwhile, helper), strict=True))
    return [drawn[r] if r is not None else b"" for r in requests]
