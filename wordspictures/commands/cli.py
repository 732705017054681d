"""The ``wordspictures`` command: a thin click layer over ``wordspictures.api``.

Heavy libraries are imported inside the commands, so ``--help`` stays instant.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from wordspictures import __version__

ACCOUNT = click.Path(exists=False, dir_okay=True, path_type=Path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="wordspictures")
@click.option("-q", "--quiet", "quiet", count=True,
              help="Say less: only errors and warnings (stderr).")
@click.option("-v", "--verbose", "verbose", count=True,
              help="Say more: timings and every warning in full.")
@click.pass_context
def main(ctx: click.Context, quiet: int, verbose: int) -> None:
    """Make a Words and Pictures storybook from a caseworker's account.

    \b
    Start an account, check it, build the book:
      wordspictures new noor.yaml --language nl
      wordspictures check noor.yaml
      wordspictures build noor.yaml -o boek/

    Results go to standard output, problems to standard error. Tab completion for bash:
    eval "$(_WORDSPICTURES_COMPLETE=bash_source wordspictures)" (see docs/guide.md).
    """
    ctx.obj = {"verbosity": verbose - quiet}


def run() -> None:
    """The installed command (and ``python -m wordspictures``): ``main``, then end at once.

    Python's own ending frees the objects of every library loaded, one by one: 85 ms of a
    0.7 s rebuild once python-pptx and fontTools are in. Nothing is left to do by then:
    books are written, synced and closed (``output.write_files``), children waited for. So
    the process flushes what it printed and its logs, and ends without that tidying.
    """
    import contextlib
    import logging
    import os
    import sys

    code = 0
    try:
        main()
    except SystemExit as leaving:  # how click's main always ends: with its exit code
        # (None means 0, as for sys.exit(); a message instead of a number means 1)
        code = leaving.code if isinstance(leaving.code, int) else int(leaving.code is not None)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        # click.echo flushes each line and stops quietly when the reader has gone
        # (… | head); this is for anything printed otherwise.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def verbosity() -> int:
    """Return -q's and -v's count (-q counts down), or 0 outside a command."""
    ctx = click.get_current_context(silent=True)
    return (ctx.find_root().obj or {}).get("verbosity", 0) if ctx else 0


def say(message: str, level: int = 0) -> None:
    """Print a result line unless -q asked for less (level 1 lines need -v)."""
    if verbosity() >= level:
        click.echo(message)


def parse_formats(ctx: click.Context, param: click.Parameter, value: str) -> list[str]:
    """Return the formats of --format 'pptx, PDF' as ['pptx', 'pdf'] (checked by the build)."""
    return [f.strip().lower() for f in value.split(",") if f.strip()]


TEMPLATES = click.option(
    "--templates", type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Your organisation's template pack: a folder with a folder per language "
         "(see 'wordspictures templates export').")


def book_options(command: Callable[..., None]) -> Callable[..., None]:
    """Add the options that say where the book goes and which files it is (build and
    watch: a watched book is the book a build makes)."""
    options = [
        click.option("-o", "--output", "out_dir",
                     type=click.Path(file_okay=False, path_type=Path),
                     help="Folder for the book (default: the account's folder)."),
        click.option("--format", "formats", default="pptx,pdf", show_default=True,
                     callback=parse_formats,
                     help="Which files to make: pptx, pdf, or both separated by a comma."),
        click.option("--paper", type=click.Choice(["a5", "a4", "letter"]), default="a5",
                     show_default=True, help="Page size of the PowerPoint and the PDF."),
        click.option("--orientation", type=click.Choice(["portrait", "landscape"]),
                     default="portrait", show_default=True,
                     help="Portrait: picture above the words. Landscape: picture beside "
                          "them."),
        click.option("--booklet", is_flag=True,
                     help="Also make <name>-booklet.pdf: A5 pages two to a side of A4, to "
                          "print double-sided (flip on the short edge), fold and staple."),
        click.option("--rotate-backs", is_flag=True,
                     help="For a printer that can only flip on the long edge: turn the "
                          "booklet's backs upside down."),
        click.option("--child", "children", multiple=True, metavar="ID",
                     help="Make a book for this child only, at their age (repeat for more "
                          "children). Default: one book for everyone in 'for'."),
        click.option("--archive", is_flag=True,
                     help="Make the PDF PDF/A-2b, for the case file."),
        TEMPLATES,
        click.option("--anonymise", is_flag=True,
                     help="A copy for supervision or training: everyone named by role, "
                          "dates to the month, no photos."),
    ]
    for option in reversed(options):  # in this order in --help
        command = option(command)
    return command


def check_book_options(options: dict[str, Any]) -> None:
    """Stop with a usage error (exit 2) when the book options cannot be used together.

    build_book checks them too (``PrintOptions.check``); here a mistake is told once, not
    once for every account of a batch or every save watched.
    """
    from wordspictures.errors import WordsPicturesError
    from wordspictures.render.files import PrintOptions

    try:
        PrintOptions(tuple(options["formats"]), options["paper"], options["orientation"],
                     options["booklet"], options["rotate_backs"], options["archive"]).check()
    except WordsPicturesError as error:
        raise click.UsageError(error.message) from error


@main.command()
@click.argument("accounts", metavar="ACCOUNT...", nargs=-1, required=True, type=ACCOUNT)
@book_options
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="With several accounts: how many books to build at the same time.")
@click.option("--force", is_flag=True, help="Replace a final book that exists already.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
def build(accounts: tuple[Path, ...], jobs: int, **options: Any) -> None:
    """Build the book (PowerPoint and PDF) from ACCOUNT, or from several accounts.

    The word check runs too and prints a one-line summary; it never changes the text.

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
    say(f"{result.pages} pages, {len(result.warnings)} warnings")
    say(summary(result.findings, str(account)))


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
    for outcome in failed:
        click.echo(outcome.error, err=True)
    pages = sum(o.pages for o in outcomes)
    say(f"{len(outcomes) - len(failed)} of {len(outcomes)} books made, {pages} pages")
    if failed:
        raise SystemExit(1)


@main.command()
@click.argument("account", type=ACCOUNT)
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text for people, json for programs.")
@click.option("--rules", "rules_dir", type=click.Path(file_okay=False, exists=True,
                                                      path_type=Path),
              help="A folder with your organisation's own word rules (LANGUAGE/lint.yaml).")
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
def check(account: Path, output: str, rules_dir: Path | None, strict: bool) -> None:
    """Check ACCOUNT: every problem, and every word a child should not read.

    Each line says FILE:LINE:COLUMN, the category, the words, why, and what to write
    instead. Exit 1 when there are errors (with --strict: any finding).

    \b
    Example:
      wordspictures check noor.yaml
      wordspictures check noor.yaml --format json --strict
    """
    from wordspictures.api import check_account
    from wordspictures.lint.report import count, findings_json, text_report

    problems = check_account(account, strict=strict, rules_dir=rules_dir)
    if output == "json":
        click.echo(findings_json(problems))
    else:
        import sys

        # Grouped and coloured for a person at a terminal; one finding a line otherwise.
        terminal = sys.stdout.isatty()
        colours = {"error": "red", "warning": "yellow"}
        for line, kind in text_report(problems, grouped=terminal, strict=strict):
            styled = click.style(line, fg=colours.get(kind), bold=kind not in colours)
            click.echo(styled if terminal else line)
    if count(problems, strict)[0]:
        raise SystemExit(1)


PACK = click.Path(file_okay=False, exists=True, path_type=Path)


def complete_language(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    """Return the languages that start with what was typed (shell completion)."""
    from wordspictures.language.wording import available_languages

    return [lang for lang in available_languages() if lang.startswith(incomplete)]


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--language", default="nl", show_default=True,
              shell_complete=complete_language,
              help="The language of the story: nl, en, or one of your template pack.")
@click.option("--interview", is_flag=True,
              help="Ask questions in the order of the book and write the answers as FILE.")
@click.option("--templates", type=PACK,
              help="Your organisation's template pack (a folder with a folder per "
                   "language): its starter, interview and languages.")
@click.option("--schema", "schema_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the JSON Schema that FILE's first line points at "
                   "(default: wordspictures.schema.json beside FILE).")
@click.option("--no-schema", is_flag=True, help="Write no schema and no editor comment.")
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
def new(file: Path, language: str, interview: bool, templates: Path | None,
        schema_file: Path | None, no_schema: bool, force: bool) -> None:
    """Write a new account to FILE: a commented starter, or your answers (--interview).

    FILE's first line lets VS Code (with the YAML extension) complete and check the keys,
    with the schema file written beside it; nothing is looked up on the internet.

    \b
    Example:
      wordspictures new noor.yaml --language nl
      wordspictures new noor.yaml --interview
    """
    from wordspictures.account.schema import SCHEMA_FILE
    from wordspictures.language.wording import available_languages

    languages = available_languages(templates)
    if language not in languages:
        raise click.BadParameter(f"'{language}' has no templates — use one of: "
                                 f"{', '.join(languages)}", param_hint="'--language'")
    schema = None if no_schema else schema_file or file.parent / SCHEMA_FILE
    if interview:
        from wordspictures.commands.interview import interview as hold_interview

        hold_interview(file, language, force, templates, schema)
        return
    from wordspictures.commands.starter import write_starter

    write_starter(file, language, force, templates, schema)
    click.echo(f"wrote {file}: fill it in, then run 'wordspictures build {file}'")
    if schema is not None:
        click.echo(f"wrote {schema}: lets your editor complete and check the keys")


@main.command("schema")
@click.option("--markdown", is_flag=True, help="Print the account reference in Markdown.")
@click.option("-o", "--output", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of printing.")
@click.option("--templates", type=PACK, help="Also allow the languages of this template pack.")
def schema_command(markdown: bool, out_file: Path | None, templates: Path | None) -> None:
    """Print the JSON Schema (2020-12) of an account, made from the program's own lists.

    Editors use it to complete and check the keys. In VS Code (YAML extension) an
    account's first line names it:

    \b
      # yaml-language-server: $schema=wordspictures.schema.json

    \b
    Example:
      wordspictures schema -o wordspictures.schema.json
      wordspictures schema --markdown -o docs/account-reference.md
    """
    from wordspictures.account.schema import markdown_reference, schema_json

    text = markdown_reference(templates) if markdown else schema_json(templates)
    if out_file is None:
        click.echo(text, nl=False)
        return
    from wordspictures.system.output import write_files

    write_files({out_file: text.encode("utf-8")})
    click.echo(f"wrote {out_file}")


@main.group()
def templates() -> None:
    """Your organisation's own wording: export the built-in templates, check your own.

    A template pack is a folder with one folder per language (nl/, en/, or a new one).
    Build with --templates FOLDER: each file in it replaces the built-in file of the same
    name. A new language needs every file, and a lint.yaml for the word check.

    \b
    Example:
      wordspictures templates export huisstijl --language nl
      wordspictures templates check huisstijl
    """


@templates.command("export")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--language", "languages", multiple=True, shell_complete=complete_language,
              help="The language to copy (repeat for more; default: every language).")
@click.option("--force", is_flag=True, help="Replace files that exist in FOLDER.")
def export_templates(folder: Path, languages: tuple[str, ...], force: bool) -> None:
    """Copy the built-in templates to FOLDER/<language>/ as a start for your own.

    Keep only the files you change: the others then follow the built-in ones.

    \b
    Example:
      wordspictures templates export huisstijl --language nl
    """
    from wordspictures.commands.packs import export_pack

    written = export_pack(folder, languages, force)
    for language in sorted({p.parent.name for p in written}):
        click.echo(f"wrote {len([p for p in written if p.parent.name == language])} files "
                   f"to {folder / language}")


@templates.command("check")
@click.argument("folder", type=PACK)
def check_templates(folder: Path) -> None:
    """Check the template pack in FOLDER: every template reads and words a whole book.

    \b
    Example:
      wordspictures templates check huisstijl
    """
    from wordspictures.commands.packs import check_pack

    found = check_pack(folder)
    for language, problems in found.items():
        for problem in problems:
            click.echo(problem, err=True)
        click.echo(f"{folder / language}: {len(problems) or 'no'} "
                   f"problem{'' if len(problems) == 1 else 's'}")
    if any(found.values()):
        raise SystemExit(1)


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
    from wordspictures.commands.starter import example_accounts

    for account in example_accounts():
        result = build_book(account, out_dir, force=True)  # the examples are ours to replace
        for path in result.files:
            click.echo(f"wrote {path}")
    click.echo(f"open the books in {out_dir.resolve()}")


@main.command()
@click.argument("account", type=ACCOUNT)
@book_options
@click.option("--force", is_flag=True, help="Replace a final book that is already there.")
def watch(account: Path, **options: Any) -> None:
    """Rebuild the book every time ACCOUNT is saved; stop with Ctrl-C.

    Keep the book open beside the account while you edit it with the family: each save
    makes a new book in a moment, the same book 'build' makes with the same options. A
    file caught half-saved is not an error: the command waits for the next save.

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


@main.command()
@click.argument("account", type=ACCOUNT)
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the pictures (default: the account's folder).")
@click.option("--paper", type=click.Choice(["a5", "a4", "letter"]), default="a5",
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
