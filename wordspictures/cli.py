"""The ``wordspictures`` command: a thin click layer over ``wordspictures.api``.

Heavy libraries are imported inside the commands, so ``--help`` stays instant.
"""

from __future__ import annotations

from pathlib import Path

import click

from wordspictures import __version__

ACCOUNT = click.Path(exists=False, dir_okay=True, path_type=Path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="wordspictures")
def main() -> None:
    """Make a Words and Pictures storybook from a caseworker's account.

    \b
    Start an account, check it, build the book:
      wordspictures new noor.yaml --language nl
      wordspictures check noor.yaml
      wordspictures build noor.yaml -o boek/
    """


@main.command()
@click.argument("account", type=ACCOUNT)
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the book (default: the account's folder).")
@click.option("--format", "formats", default="pptx,pdf", show_default=True,
              help="Which files to make: pptx, pdf, or both separated by a comma.")
@click.option("--paper", type=click.Choice(["a5", "a4"]), default="a5", show_default=True,
              help="Page size.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
def build(account: Path, out_dir: Path | None, formats: str, paper: str, strict: bool) -> None:
    """Build the book (PowerPoint and PDF) from ACCOUNT.

    \b
    Example:
      wordspictures build noor.yaml -o boek/ --paper a4
    """
    from wordspictures.api import build_book

    chosen = [f.strip().lower() for f in formats.split(",") if f.strip()]
    result = build_book(account, out_dir, chosen, paper, strict=strict)
    for problem in result.warnings:
        click.echo(str(problem), err=True)
    for path in result.files:
        click.echo(f"wrote {path}")
    click.echo(f"{result.pages} pages, {len(result.warnings)} warnings")


@main.command()
@click.argument("account", type=ACCOUNT)
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
def check(account: Path, strict: bool) -> None:
    """Check ACCOUNT and list every problem with its line and how to fix it.

    \b
    Example:
      wordspictures check noor.yaml
    """
    from wordspictures.api import check_account

    problems = check_account(account, strict=strict)
    for problem in problems:
        click.echo(str(problem))
    errors = [p for p in problems if not p.is_warning or strict]
    click.echo(f"{len(errors)} errors, {len(problems) - len(errors)} warnings")
    if errors:
        raise SystemExit(1)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--language", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="The language of the story.")
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
def new(file: Path, language: str, force: bool) -> None:
    """Write a commented starter account to FILE.

    \b
    Example:
      wordspictures new noor.yaml --language nl
    """
    from wordspictures.starter import write_starter

    write_starter(file, language, force)
    click.echo(f"wrote {file}: fill it in, then run 'wordspictures build {file}'")


@main.command()
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
    from wordspictures.starter import example_accounts

    for account in example_accounts():
        result = build_book(account, out_dir)
        for path in result.files:
            click.echo(f"wrote {path}")
    click.echo(f"open the books in {out_dir.resolve()}")
