"""The ``wordspictures`` command: a thin click layer over ``wordspictures.api``.

The commands live beside this module by what they act on: ``cli_book`` (build, watch,
preview, demo), ``cli_account`` (new, check, schema) and ``cli_templates``; what they share
is in ``options``. Heavy libraries are imported inside the commands, so ``--help`` stays
instant.
"""

from __future__ import annotations

import click

from wordspictures import __version__
from wordspictures.commands import cli_account, cli_book, cli_edit, cli_templates
from wordspictures.commands.options import add_verbosity


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="wordspictures")
@click.option("-q", "--quiet", "quiet", count=True,
              help="Say less: only errors and warnings (stderr). Also after the command.")
@click.option("-v", "--verbose", "verbose", count=True,
              help="Say more: timings and every warning in full. Also after the command.")
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


for command in (cli_book.build, cli_account.check, cli_account.new, cli_account.schema_command,
                cli_templates.templates, cli_book.demo, cli_book.watch, cli_book.preview,
                cli_edit.edit):
    add_verbosity(command)
    main.add_command(command)
