"""Build many accounts at once, on several cores: one process per book at a time.

Each account is built by ``build_book`` in a worker process; a broken account does not stop
the others, its problems are reported with its name and the batch fails at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wordspictures.errors import AccountError, WordsPicturesError


@dataclass(frozen=True)
class Outcome:
    """What became of one account: the files written, or the message of what stopped it."""

    account: Path
    files: tuple[Path, ...] = ()
    pages: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None
    notes: tuple[str, ...] = ()  # how to print a booklet


def build_one(account: Path, options: dict[str, Any]) -> Outcome:
    """Build one account; never raise for a problem the user can fix."""
    from wordspictures.api import build_book

    try:
        result = build_book(account, **options)
    except WordsPicturesError as error:
        message = error.format_message()
        # An account's problems start with its file and line; others (e.g. "--child 'x' is
        # not a child in this story") do not, and in a batch the reader must know which
        # account it was.
        if not isinstance(error, AccountError):
            message = f"{account}: {message}"
        return Outcome(account, error=message)
    return Outcome(account, result.files, result.pages, tuple(str(w) for w in result.warnings),
                   notes=result.notes)


def one_process_a_book() -> None:
    """In a batch worker: the batch uses the cores already, one book each, so a book's
    drawings and its PDF are not spread over more processes (``wordspictures.system.forked``)."""
    import os

    os.environ["WORDSPICTURES_JOBS"] = "1"


def build_many(accounts: Sequence[Path], jobs: int = 1,
               **options: Any) -> Iterator[Outcome]:
    """Yield the outcome of each account as it finishes (in account order with one job)."""
    if jobs <= 1 or len(accounts) <= 1:
        for account in accounts:
            yield build_one(account, options)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(accounts)),
                             initializer=one_process_a_book) as pool:
        futures = [pool.submit(build_one, account, options) for account in accounts]
        for future in as_completed(futures):
            yield future.result()


def refuse_clashes(accounts: Sequence[Path], **options: Any) -> None:
    """Raise a WordsPicturesError, before anything is built, when two accounts would write
    the same file (same title, version and date into one folder): one book would silently
    replace the other. An account named twice is said so."""
    from wordspictures.api import book_files

    writers: dict[Path, Path] = {}
    seen: dict[Path, Path] = {}
    clashes: list[str] = []
    for account in accounts:
        if account.resolve() in seen:
            clashes.append(f"{account} is given twice — name each account once")
            continue
        seen[account.resolve()] = account
        both: dict[Path, list[Path]] = {}
        for path in book_files(account, **options):
            other = writers.setdefault(path.resolve(), account)
            if other != account:
                both.setdefault(other, []).append(path)
        for other, paths in both.items():
            names = ", ".join(f"'{path}'" for path in paths)
            clashes.append(f"{other} and {account} would both write {names} — give one of "
                           "them another title, version or date, or build them into "
                           "different folders (-o)")
    if clashes:
        raise WordsPicturesError("\n".join([*clashes, "nothing was written"]))


def run_batch(accounts: Sequence[Path], jobs: int, report: Callable[[Outcome], None],
              **options: Any) -> list[Outcome]:
    """Build every account, calling ``report`` after each; return the outcomes in order.

    Accounts that would write the same file are refused first (``refuse_clashes``)."""
    refuse_clashes(accounts, **options)
    outcomes = []
    for outcome in build_many(accounts, jobs, **options):
        report(outcome)
        outcomes.append(outcome)
    order = {account: index for index, account in enumerate(accounts)}
    return sorted(outcomes, key=lambda o: order[o.account])
