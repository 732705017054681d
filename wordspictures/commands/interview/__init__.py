"""``wordspictures new --interview``: a conversation that writes a commented account.

The conversation follows the book: who the book is for, who is in the story, what goes
well, who was worried, what happened, what the parents say, the rules, the helpers and
what the child can do. Every question, example, answer word and comment is data, in
``templates/<lang>/interview.yaml``; ``asking``
holds only the order and the checks, ``story`` the answers, ``text`` the account they
make.

The answers are kept in memory and the file is written once, after the last answer. '<'
goes back to the question before; 'stop', Ctrl-C or the end of the input stop, and what
was answered is then offered to be kept as a draft (a marked, unfinished account).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from wordspictures.account.load import read_account_text
from wordspictures.commands.interview.asking import GoBack, Interview, Stop
from wordspictures.commands.interview.story import Story
from wordspictures.commands.interview.text import account_text
from wordspictures.commands.interview.words import load_words
from wordspictures.language.files import available_languages
from wordspictures.problems import Problem


def interview(path: Path, language: str, force: bool = False, templates: Path | None = None,
              schema: Path | None = None, today: dt.date | None = None) -> list[Path]:
    """Hold the interview, then write the account (and its schema); return what was written.

    Nothing is written before the last answer, unless the caseworker stops and keeps what
    was answered as a draft. Stopping without keeping it (or the end of the input) ends
    with exit code 1 and no file.
    """
    from wordspictures.commands.starter import refuse_existing

    refuse_existing(path, force)
    words = load_words(language, templates)
    replay: list[str] = []
    while True:
        asking = Interview(words, Story(language), today or dt.date.today(), replay)
        try:
            story = asking.run()
        except GoBack:
            replay = asking.log[:-1]  # every answer but the last: its question comes again
            continue
        except (Stop, click.Abort):
            click.echo()
            if asking.log and offer_to_keep(asking, path):
                files = write_account(path, account_text(asking.story, words, path.name,
                                                         finished=False),
                                      schema, templates)
                click.echo(words.text("kept", file=str(path)))
                return files
            click.echo(words.text("stopped"), err=True)
            raise SystemExit(1) from None
        break
    files = write_account(path, account_text(story, words, path.name), schema, templates)
    click.echo()
    click.echo(words.text("done", file=str(path)))
    return files


def offer_to_keep(asking: Interview, path: Path) -> bool:
    """Return True when the caseworker wants what was answered kept (Enter: yes)."""
    try:
        return asking.ask_yes("keep", {"file": path.name}, default=True)
    except (GoBack, Stop, click.Abort):
        return False


def write_account(path: Path, text: str, schema: Path | None,
                  templates: Path | None) -> list[Path]:
    """Write the account (after saying what the loader finds in it) and its schema."""
    from wordspictures.commands.starter import account_files
    from wordspictures.system.output import write_files

    for problem in check_text(text, path, templates):
        click.echo(str(problem), err=True)
    files = account_files(path, text, schema, templates)
    write_files(files)
    return list(files)


def check_text(text: str, path: Path, templates: Path | None = None) -> list[Problem]:
    """Return the problems the loader finds in an account's text (before it is written)."""
    return read_account_text(text, path, languages=available_languages(templates))[1]
