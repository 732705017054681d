"""The library's front door: check an account, build its book. The CLI calls only this."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wordspictures.account import load_account, read_account
from wordspictures.errors import AccountError, WordsPicturesError
from wordspictures.model import Account
from wordspictures.problems import Problem

FORMATS = ("pptx", "pdf")
PAPERS = ("a5", "a4")
PICTURE_PIXELS = (1200, 800)


@dataclass(frozen=True)
class BuildResult:
    """What a build made: the files, the number of pages and the warnings."""

    files: tuple[Path, ...]
    pages: int
    warnings: tuple[Problem, ...]


def check_account(path: Path | str, strict: bool = False) -> list[Problem]:
    """Return every problem in the account (errors and warnings), in file order."""
    account, problems = read_account(path)
    if account is not None:
        problems += check_pictures(account)
    return problems


def build_book(path: Path | str, out_dir: Path | str | None = None,
               formats: Sequence[str] = FORMATS, paper: str = "a5",
               templates: Path | None = None, strict: bool = False) -> BuildResult:
    """Build the book of one account and return what was written.

    Everything is made in memory first; the files are written only when every format has
    been rendered, so a failure changes nothing on disk.
    """
    from wordspictures.illustrate import draw_scene
    from wordspictures.layout import layout_page
    from wordspictures.output import book_filename, write_files
    from wordspictures.planner import plan_book

    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise WordsPicturesError(f"unknown format '{','.join(unknown)}' — use pptx, pdf or both")
    source = Path(path)
    account, problems = read_account(source)
    if account is not None:
        problems += check_pictures(account)
    errors = [p for p in problems if not p.is_warning or strict]
    if account is None or errors:
        raise AccountError(problems)

    book = plan_book(account, templates)
    layouts = [layout_page(page, paper, book.reading_age) for page in book.pages]
    pictures = [draw_scene(page.scene, *PICTURE_PIXELS) for page in book.pages]
    created = document_time(account)
    folder = Path(out_dir) if out_dir is not None else source.parent
    outputs: dict[Path, bytes] = {}
    for fmt in formats:
        render = render_function(fmt)
        name = book_filename(book.title, account.version, account.date, fmt)
        outputs[folder / name] = render(book, layouts, pictures, created)
    write_files(outputs)
    return BuildResult(tuple(outputs), len(book.pages), tuple(problems))


def render_function(fmt: str):  # type: ignore[no-untyped-def]
    """Return the renderer of a format (imported only when that format is asked for)."""
    if fmt == "pdf":
        from wordspictures.render_pdf import render_pdf

        return render_pdf
    from wordspictures.render_pptx import render_pptx

    return render_pptx


def check_pictures(account: Account) -> list[Problem]:
    """Return a problem for each family picture that cannot be used."""
    from wordspictures.illustrate import PictureError, check_picture

    problems = []
    items = [(p.picture, p.mark) for p in account.people if p.picture]
    items += [(e.picture, e.mark) for _, entries in account.entries() for e in entries
              if e.picture]
    for picture, mark in items:
        try:
            check_picture(picture)
        except PictureError as exc:
            problems.append(Problem(str(exc), "use a PNG or JPEG drawing or photo", mark))
    return problems


def document_time(account: Account) -> dt.datetime:
    """Return the date stored in the files: SOURCE_DATE_EPOCH, else the account's date.

    Using a fixed date (never the clock) makes two builds of one account identical.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    day = account.date or dt.date.today()
    return dt.datetime(day.year, day.month, day.day, 12, 0, tzinfo=dt.timezone.utc)


__all__ = ["BuildResult", "build_book", "check_account", "load_account"]
