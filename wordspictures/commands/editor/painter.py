"""The pictures of the pages beside the form, made on the other core.

Typing a word is a request every keystroke or two; each answer asks for the picture of
the page it lands on. Making that picture (the page as a PDF, then its pixels: 70 ms) in
the process that answers the keystrokes would hold up the next one. So a second process,
started with the editor, makes the pictures while this one reads the next change: on a
machine with two cores neither waits for the other (the same split as a build's, see
docs/design.md). The page is sent to it alone, with what laying it out needs.

It is a new Python (spawned, not forked: the editor answers requests on threads, and a
fork of a threaded process is not safe). ``WORDSPICTURES_JOBS=1`` keeps the pictures in
this process, as it keeps a build in one; so does a process that cannot be started.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import Any

from wordspictures.book.pages import Book, Page
from wordspictures.layout.paper import Paper

PAGE_DPI = 110     # the page beside the form: about 640 pixels wide on A5
THUMB_DPI = 20     # a page of the strip
QUALITY = 92


def paint_page(book: Book, page: Page, number: int, paper: Paper, names: Sequence[str],
               created: dt.datetime) -> tuple[bytes, bytes]:
    """Return the page and its small picture for the strip, as JPEG: a page beside the form
    is shown once and thrown away; JPEG takes 2 ms where PNG takes 13 to 20, and at this
    size its text reads as sharp."""
    from wordspictures.commands.preview import page_images
    from wordspictures.render.single import render_page

    pdf = render_page(book, number, paper, names, created, page)
    big, small = (jpeg(page_images(pdf, dpi)[0]) for dpi in (PAGE_DPI, THUMB_DPI))
    return big, small


def jpeg(image: Any) -> bytes:
    """Return a Pillow image as JPEG bytes."""
    out = io.BytesIO()
    image.save(out, "JPEG", quality=QUALITY)
    return out.getvalue()


def get_ready() -> None:
    """Make the second process end with the editor, and load the PDF and picture
    libraries before the first page.

    Ctrl-C in the terminal reaches this process too: the editor stops it itself. When
    the editor is killed instead, this process notices its parent gone and ends: it holds
    pages of a child's story in memory and must not outlive the editor.
    """
    import multiprocessing
    import signal
    import threading
    from multiprocessing.connection import wait

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=lambda: (wait([parent.sentinel]), os._exit(0)),
                         daemon=True).start()
    import wordspictures.commands.preview  # noqa: F401
    import wordspictures.render.pdf  # noqa: F401
    import wordspictures.render.single  # noqa: F401


class Painter:
    """Makes page pictures in a second process (or in this one, when there is none)."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None
        if os.environ.get("WORDSPICTURES_JOBS", "").strip() != "1":
            import multiprocessing

            try:
                self.pool = ProcessPoolExecutor(1, multiprocessing.get_context("spawn"),
                                                initializer=get_ready)
                self.pool.submit(os.getpid)  # started now, ready by the first keystroke
            except (OSError, RuntimeError):  # no second process here: draw in this one
                self.pool = None

    def paint(self, book: Book, number: int, paper: Paper, names: Sequence[str],
              created: dt.datetime) -> Future[tuple[bytes, bytes]]:
        """Return the pictures of one page of a planned book, to be made."""
        page = book.pages[number]
        lean = replace(book, pages=())  # the page goes alone: the others are not needed
        if self.pool is not None:
            try:
                return self.pool.submit(paint_page, lean, page, number, paper, tuple(names),
                                        created)
            except (BrokenProcessPool, RuntimeError):
                self.pool = None
        done: Future[tuple[bytes, bytes]] = Future()
        done.set_result(paint_page(lean, page, number, paper, names, created))
        return done

    def stop(self) -> None:
        """Stop the second process: the picture being made is finished, none is begun."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

