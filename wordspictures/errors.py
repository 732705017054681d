"""The one error type the command line shows: a message for a person, never a traceback."""

from __future__ import annotations

from collections.abc import Sequence

import click

from wordspictures.problems import Problem


class WordsPicturesError(click.ClickException):
    """Something the user can fix; the CLI prints the message and exits with 1."""

    exit_code = 1


class AccountError(WordsPicturesError):
    """The account has problems that stop the book from being made."""

    def __init__(self, problems: Sequence[Problem], strict: bool = False, advice: str = ""):
        """``strict``: the warnings stopped the book too; ``advice`` ends the message."""
        self.problems = tuple(problems)
        count = sum(strict or not p.is_warning for p in self.problems)
        lines = [str(p) for p in self.problems]
        noun = "problem" if count == 1 else "problems"
        lines.append(f"{count} {noun} to fix before the book can be made; nothing was written.")
        lines += [advice] if advice else []
        super().__init__("\n".join(lines))

    def show(self, file=None) -> None:
        """Print the problems one a line, without click's 'Error:' prefix."""
        click.echo(self.message, file=file, err=file is None)


class OutputError(WordsPicturesError):
    """The book could not be written where it was asked for."""
