"""The commands that make books: ``build``, ``watch``, ``preview`` and ``demo``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from wordspictures.commands.options import (
    ACCOUNT,
    PAPER,
    TEMPLATES,
    book_options,
    check_book_options,
    say,
    verbosity,
)


@click.command()
@click.argument("accounts", metavar="ACCOUNT...", nargs=-1, required=True, type=ACCOUNT)
@book_options
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="With several accounts: how many books to build at the same time.")
@click.option("--force", is_flag=True, help="Replace a final book that exists already.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
def build(accounts: tuple[Path, ...], jobs: int, **options: Any) -> None:
    """Build the book (PowerPoint and PDF) from ACCOUNT, or from several accounts.

    The word check runs too and never changes the text: its errors stop the book, as the
    account's own problems do, unless the account allows the words ('allow:'). One line
    counts what 'check' would show.

    \b
    Example:
      wordspictures build noor.yaml -o boek/ --paper a4
      wordspictures build noor.yaml --booklet --child noor --child daan
      wordspictures build accounts/*.yaml -o boeken/ --jobs 2
    """
    import time

    check_book_options(options)
    started = time.perf_counter()
    if len(accounts) == 1:
        build_single(accounts[0], options)
    else:
        build_batch(accounts, jobs, options)
    say(f"took {time.perf_counter() - started:.2f} s", level=1)


def build_single(account: Path, options: dict[str, Any]) -> None:
    """Build one book: problems stop it with their lines; warnings and a summary follow."""
    from wordspictures.system.forked import pdf_worker

    # Started before the library is imported: the PDF's process imports fpdf2 meanwhile.
    worker = pdf_worker(options["formats"])
    from wordspictures.api import build_book
    from wordspictures.lint import summary

    result = build_book(account, **options, word_check=True, worker=worker)
    for problem in result.warnings:
        click.echo(str(problem), err=True)
    for path in result.files:
        say(f"wrote {path}")
    for note in result.notes:  # how to print a booklet: never in the book itself
        say(note)
    say(f"{result.pages} pages, {summary([*result.warnings, *result.findings], str(account))}")


def build_batch(accounts: tuple[Path, ...], jobs: int, options: dict[str, Any]) -> None:
    """Build many books, a progress bar on a terminal; exit 1 if any account failed."""
    import sys

    from wordspictures.commands.batch import Outcome, run_batch

    show_bar = sys.stderr.isatty() and verbosity() >= 0
    failed: list[Outcome] = []
    with click.progressbar(length=len(accounts), label="building", file=sys.stderr,
                           hidden=not show_bar) as bar:

        def report(outcome: Outcome) -> None:
            bar.update(1)
            if outcome.error:
                failed.append(outcome)

        outcomes = run_batch(accounts, jobs, report, **options)
    # After the bar, not through it, in account order; each warning names its file.
    for outcome in outcomes:
        for warning in outcome.warnings:
            click.echo(warning, err=True)
        for path in outcome.files:
            say(f"wrote {path}")
    for note in dict.fromkeys(n for o in outcomes for n in o.notes):  # how to print, once
        say(note)
    for outcome in failed:
        click.echo(outcome.error, err=True)
    pages = sum(o.pages for o in outcomes)
    say(f"{len(outcomes) - len(failed)} of {len(outcomes)} books made, {pages} pages")
    if failed:
        raise SystemExit(1)


@click.command()
@click.argument("account", type=ACCOUNT)
@book_options
@click.option("--force", is_flag=True, help="Replace a final book that is already there.")
def watch(account: Path, **options: Any) -> None:
    """Rebuild the book every time ACCOUNT is saved; stop with Ctrl-C.

    Keep the book open beside the account while you edit it with the family: each save
    makes a new book in a moment, the same book 'build' makes with the same options. A
    file caught half-saved is not an error: the command waits for the next save. Each save
    replaces the book this watch made; a final book that was there before it started is
    kept, as by 'build', unless you add --force.

    \b
    Example:
      wordspictures watch noor.yaml -o boek/
      wordspictures watch noor.yaml --paper a4 --templates huisstijl
    """
    from wordspictures.commands.watch import watch as watch_account

    check_book_options(options)
    click.echo(f"watching {account} — press Ctrl-C to stop")
    try:
        watch_account(account, click.echo, **options)
    except KeyboardInterrupt:
        click.echo("stopped watching")


@click.command()
@click.argument("account", type=ACCOUNT)
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the pictures (default: the account's folder).")
@click.option("--paper", type=PAPER, default="a5",
              show_default=True, help="Page size.")
@click.option("--child", default=None, help="Preview the book of this child (a person id).")
@click.option("--dpi", type=click.IntRange(20, 300), default=60, show_default=True,
              help="Sharpness of the pictures (dots per inch).")
@TEMPLATES
def preview(account: Path, out_dir: Path | None, paper: str, child: str | None,
            dpi: int, templates: Path | None) -> None:
    """Write a PNG picture of every page of ACCOUNT's book and one contact sheet.

    Look at the pages without opening an office program. No PPTX or PDF is written.

    \b
    Example:
      wordspictures preview noor.yaml -o voorbeeld/
    """
    from wordspictures.commands.preview import preview_book

    paths = preview_book(account, out_dir, paper, templates=templates, child=child, dpi=dpi)
    say(f"wrote {len(paths) - 1} page pictures and the contact sheet {paths[-1]}")


@click.command()
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("wordspictures-demo"), show_default=True,
              help="Folder for the example books.")
def demo(out_dir: Path) -> None:
    """Build the bundled example stories into a folder and say where they are.

    \b
    Example:
      wordspictures demo
    """
    from wordspictures.api import build_book
    from wordspictures.commands.starter import example_accounts

    for account in example_accounts():
        result = build_book(account, out_dir, force=True)  # the examples are ours to replace
        for path in result.files:
            click.echo(f"wrote {path}")
    click.echo(f"open the books in {out_dir.resolve()}")
    hint = how_to_run()
    if hint:
        click.echo(hint)


def how_to_run() -> str | None:
    """Return how to type the command when typing 'wordspictures' would not find it (after
    'make demo' it is in the project's .venv), or None when it would."""
    import shutil
    import sys

    folder = Path(sys.executable).parent
    command = folder / ("wordspictures.exe" if sys.platform == "win32" else "wordspictures")
    found = shutil.which("wordspictures")
    if not command.exists() or (found and Path(found).resolve() == command.resolve()):
        return None
    activate = f"{folder / 'activate'}" if sys.platform == "win32" else f". {folder}/activate"
    return (f"to make more books, type the command as {command}, or first type "
            f"'{activate}' in this terminal to type just 'wordspictures'")
