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
    return Outcome(account, result.files, result.pages, tuple(str(w) for w in result.warnings))


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


def run_batch(accounts: Sequence[Path], jobs: int, report: Callable[[Outcome], None],
              **options: Any) -> list[Outcome]:
    """Build every account, calling ``report`` after each; return the outcomes in order."""
    outcomes = []
    for outcome in build_many(accounts, jobs, **options):
        report(outcome)
        outcomes.append(outcome)
    order = {account: index for index, account in enumerate(accounts)}
    return sorted(outcomes, key=lambda o: order[o.account])
