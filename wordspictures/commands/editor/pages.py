"""The pages beside the form: the book of the latest version that can be made, planned and
laid out; each page's picture made when the browser asks for it.

A page is named by a hash of everything that shapes it (its words, picture, layout,
number and the book's own marks), so the browser asks again only for a page that
changed: typing a sentence redraws one page, not the book. The pictures are kept in
memory only, never on disk.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import OrderedDict
from concurrent.futures import Future
from dataclasses import dataclass, replace
from pathlib import Path

from wordspictures.account.model import Account
from wordspictures.account.places import Place
from wordspictures.book.pages import Book, PageKind
from wordspictures.commands.editor.painter import Painter
from wordspictures.layout.paper import Paper

KEPT = 120         # pages whose pictures are kept in memory
# The fields about the book show the cover; 'made_by' the makers' page.
COVER_KEYS = frozenset({"language", "title", "for", "status", "version", "date"})


@dataclass(frozen=True)
class Plan:
    """The planned book of one version, the name of each page, and what laying out a page
    needs: the paper and the names kept together on one line (the whole book's)."""

    book: Book
    keys: tuple[str, ...]
    created: dt.datetime
    paper: Paper
    names: tuple[str, ...]


class Pages:
    """The latest book that could be made, and the page pictures asked for."""

    def __init__(self, templates: Path | None = None, paper: str = "a5"):
        self.templates = templates
        self.paper = paper
        self.plan: Plan | None = None
        self.revision = -1
        self.jobs: OrderedDict[str, Future[tuple[bytes, bytes]]] = OrderedDict()
        self.painter = Painter()
        self.found: dict[str, tuple[Plan, int]] = {}

    def update(self, account: Account, revision: int) -> Plan:
        """Plan the book of this version (once a version)."""
        if self.plan is not None and self.revision == revision:
            return self.plan
        from wordspictures.api import document_time
        from wordspictures.book.planner import plan_book
        from wordspictures.layout.paper import paper_for
        from wordspictures.layout.typeset import book_names

        book = plan_book(account, self.templates)
        paper, names = paper_for(self.paper), book_names(book)
        self.plan = Plan(book, page_keys(book, paper, names), document_time(account), paper,
                         names)
        self.revision = revision
        for number, key in enumerate(self.plan.keys):
            self.found[key] = (self.plan, number)
        if len(self.found) > 4 * KEPT:  # forget the pages of old versions
            self.found = {key: (self.plan, n) for n, key in enumerate(self.plan.keys)}
        return self.plan

    def order(self, key: str) -> Future[tuple[bytes, bytes]] | None:
        """Return the pictures of a page by its name (the page and its small picture for
        the strip), being made or made already; None for a name not known."""
        if key in self.jobs:
            self.jobs.move_to_end(key)
            return self.jobs[key]
        if key not in self.found:
            return None
        plan, number = self.found[key]
        self.jobs[key] = self.painter.paint(plan.book, number, plan.paper, plan.names,
                                            plan.created)
        while len(self.jobs) > KEPT:
            self.jobs.popitem(last=False)
        return self.jobs[key]


def page_keys(book: Book, paper: Paper, names: tuple[str, ...]) -> tuple[str, ...]:
    """Return a name for each page that changes whenever the page would look different:
    its words and scene, its number, the book's marks (title, draft), and what its layout
    is made from (``layout_page``: the paper, the reading age and the names kept whole)."""
    marks = repr((replace(book, pages=()), paper, names))
    return tuple(hashlib.blake2b(repr((number, marks, page)).encode("utf-8"),
                                 digest_size=12).hexdigest()
                 for number, page in enumerate(book.pages))


def page_of(plan: Plan, place: Place, anchors: tuple[tuple[int, int, Place], ...]
            ) -> int | None:
    """Return the index of the page a field lands on, or None (a field of no page)."""
    if not place:
        return None
    if len(place) == 1:
        kind = PageKind.COVER if place[0] in COVER_KEYS else \
            PageKind.MAKERS if place[0] == "made_by" else None
        return next((n for n, p in enumerate(plan.book.pages) if p.kind == kind), None)
    item = place[:2]
    where = {p: (line, column) for line, column, p in anchors}
    # An item of a story list is marked by its text (the loader's Entry.mark).
    spot = where.get((*item, "text")) if item[0] not in ("people", "scale") else None
    spot = spot or where.get(item)
    if spot is None:
        return None
    for number, page in enumerate(plan.book.pages):
        if any(p.mark is not None and (p.mark.line, p.mark.column) == spot
               for p in page.paragraphs):
            return number
    return None
