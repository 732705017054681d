"""``wordspictures new --interview``: a conversation that writes a commented account.

The conversation follows the book: who the book is for, who is in the story, what goes
well, who was worried, what happened, what the parents say, the rules, the helpers and
what the child can do. Every question, example, answer word and comment is data, in
``templates/<lang>/interview.yaml``; ``asking``
holds only the order and the checks, ``story`` the answers, ``text`` the account they
make.

The answers are kept in memory and the file is written once, after the last answer: Ctrl-C
or the end of the input leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from wordspictures.account.load import read_account_text
from wordspictures.commands.interview.asking import Interview
from wordspictures.commands.interview.story import Story
from wordspictures.commands.interview.text import account_text
from wordspictures.commands.interview.words import load_words
from wordspictures.language.files import available_languages
from wordspictures.problems import Problem


def interview(path: Path, language: str, force: bool = False, templates: Path | None = None,
              schema: Path | None = None, today: dt.date | None = None) -> list[Path]:
    """Hold the interview, then write the account (and its schema); return what was written.

    Nothing is written before the last answer. Ctrl-C or the end of the input stops the
    interview with exit code 1 and no file.
    """
    from wordspictures.commands.starter import account_files, refuse_existing
    from wordspictures.system.output import write_files

    refuse_existing(path, force)
    words = load_words(language, templates)
    try:
        story = Interview(words, Story(language), today or dt.date.today()).run()
    except click.Abort:
        click.echo()
        click.echo(words.text("stopped"), err=True)
        raise SystemExit(1) from None
    text = account_text(story, words, path.name)
    for problem in check_text(text, path, templates):
        click.echo(str(problem), err=True)
    files = account_files(path, text, schema, templates)
    write_files(files)
    click.echo()
    click.echo(words.text("done", file=str(path)))
    return list(files)


def check_text(text: str, path: Path, templates: Path | None = None) -> list[Problem]:
    """Return the problems the loader finds in an account's text (before it is written)."""
    return read_account_text(text, path, languages=available_languages(templates))[1]
