"""The second language of a book in two: its framing from its own pack, and each line of
the book followed by its translation.

A book in two languages shows every line the child reads twice, the main language first
and under it the same line in the second language (style ``second``), which carries its
own language and direction: an Arabic line in a Dutch book is set right to left. The
framing of the second language comes from that language's pack, where everyone is called
as the child calls them in it (``Person.called_translation``). What is for the grown-ups
only (the speaker notes, the draft stamp, the review questions, the names to sign by)
stays in the main language: the caseworker writes and checks those in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from wordspictures.account.model import Account, Person
from wordspictures.book.pages import Paragraph
from wordspictures.language.wording import PageWords, Wording
from wordspictures.problems import Mark


class Second:
    """The book's second language: its wording, and its lines as paragraphs."""

    def __init__(self, account: Account, templates: Path | None):
        assert account.second_language is not None
        self.language = account.second_language
        self.wording = Wording(self.language, templates)
        facts = self.wording.facts
        self.tag, self.direction = facts.tag, facts.direction

    def title(self, account: Account) -> str:
        """Return the book's title in the second language: the account's, or the pack's."""
        return account.title_translation or self.phrase("default_title",
                                                        list(account.children))

    def paragraph(self, text: str, mark: Mark | None = None, source: str = "template",
                  style: str = "second") -> Paragraph:
        """Return a line in the second language, carrying its language and direction."""
        return Paragraph(text, source=source, style=style, mark=mark, language=self.language,
                         tag=self.tag, direction=self.direction)

    def page(self, kind: str, context: dict[str, Any], title: str) -> PageWords:
        """Return a page's framing in the second language."""
        return self.wording.page(kind, **in_second(context, title))

    def translation(self, text: str | None, mark: Mark | None) -> tuple[Paragraph, ...]:
        """Return the caseworker's translation of a text as its paragraph, or nothing."""
        return (self.paragraph(text, mark, source="account"),) if text else ()

    def phrased(self, name: str, args: Sequence[Any], mark: Mark | None
                ) -> tuple[Paragraph, ...]:
        """Return a phrase of the book's own in the second language as its paragraph."""
        return (self.paragraph(self.phrase(name, *args), mark),)

    def heading(self, kind: str, context: dict[str, Any], title: str) -> tuple[Paragraph, ...]:
        """Return a page's heading in the second language, set under the heading."""
        return (self.paragraph(self.page(kind, context, title).heading,
                               style="second_heading"),)

    def phrase(self, name: str, *args: Any) -> str:
        """Return a phrase of the second language's ``book.j2``, everyone called as the
        child calls them in it."""
        return self.wording.phrase(name, *(translated(arg) for arg in args))


def in_second(context: dict[str, Any], title: str) -> dict[str, Any]:
    """Return a template's context for the second language: its title, and everyone
    called as the child calls them in it."""
    second = {name: translated(value) for name, value in context.items()}
    if second.get("title"):
        second["title"] = title
    return second


def translated(value: Any) -> Any:
    """Return a person, or a list of people, as called and written in the second language;
    any other value as it is."""
    if isinstance(value, Person):  # (and their name as written in its letters, if given)
        return replace(value, called=value.called_translation or value.called,
                       name=value.name_translation or value.name)
    if isinstance(value, list | tuple) and value and all(isinstance(v, Person) for v in value):
        return type(value)(translated(v) for v in value)
    return value


def paired(first: Sequence[Paragraph], second: Iterable[Paragraph]) -> tuple[Paragraph, ...]:
    """Return the lines of two languages each followed by its translation; a pack with
    more lines than the other has its last ones at the end."""
    rest = list(second)
    out: list[Paragraph] = []
    for line in first:
        out.append(line)
        if rest:
            out.append(rest.pop(0))
    return (*out, *rest)
