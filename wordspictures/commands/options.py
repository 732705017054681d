"""What the commands share: how they print, and the options several of them take."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

ACCOUNT = click.Path(exists=False, dir_okay=True, path_type=Path)


PACK = click.Path(file_okay=False, exists=True, path_type=Path)
# 'A4' as people write it is a4: the value passed on is the choice as listed here.
PAPER = click.Choice(["a5", "a4", "letter"], case_sensitive=False)


def verbosity() -> int:
    """Return -q's and -v's count (-q counts down), or 0 outside a command."""
    ctx = click.get_current_context(silent=True)
    return (ctx.find_root().obj or {}).get("verbosity", 0) if ctx else 0


def count_verbosity(ctx: click.Context, param: click.Parameter, value: int) -> None:
    """Add a command's own -q or -v to the count kept at the top (``main``)."""
    root = ctx.find_root()
    root.obj = root.obj or {"verbosity": 0}
    root.obj["verbosity"] += -value if param.name == "quiet" else value


def add_verbosity(command: click.Command) -> None:
    """Let -q and -v follow the command's name too ('build x.yaml -q'), not only stand
    before it: the way people type them. A group's commands get them as well."""
    command.params += [
        click.Option(["-q", "--quiet", "quiet"], count=True, expose_value=False,
                     callback=count_verbosity, help="Say less (also before the command)."),
        click.Option(["-v", "--verbose", "verbose"], count=True, expose_value=False,
                     callback=count_verbosity, help="Say more (also before the command)."),
    ]
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            add_verbosity(sub)


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
                     help="Which files to make, separated by commas: pptx, pdf, and html (a "
                          "book that reads itself aloud, for a phone or computer)."),
        click.option("--voice", type=click.Choice(["none", "synth", "recorded"],
                                                  case_sensitive=False), default=None,
                     help="Read the book aloud (in the HTML book and on each slide of the "
                          "PowerPoint): recorded = the account's recordings, a computer "
                          "voice for the rest (the default with html); synth = the computer "
                          "voice only; none = no sound (the default without html)."),
        click.option("--paper", type=PAPER, default="a5",
                     show_default=True, help="Page size of the PowerPoint and the PDF."),
        click.option("--orientation", type=click.Choice(["portrait", "landscape"],
                                                        case_sensitive=False),
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
                     options["booklet"], options["rotate_backs"], options["archive"],
                     options.get("voice")).check()
    except WordsPicturesError as error:
        raise click.UsageError(error.message) from error


def complete_language(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    """Return the languages that start with what was typed (shell completion)."""
    from wordspictures.language.files import available_languages

    return [lang for lang in available_languages() if lang.startswith(incomplete)]
