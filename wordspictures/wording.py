"""The book's own words, from the jinja2 template pack of the story's language.

Each page kind has a template (``templates/<lang>/<kind>.j2``) that sets ``heading``,
``intro`` (framing sentences, one a line), ``notes`` (speaker notes for the grown-up who
reads the book with the child) and ``alt`` (a description of the picture). ``book.j2``
holds the phrases that are not tied to one page. The caseworker's own words are passed in
as values and never read as template code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

PACKS = Path(__file__).parent / "templates"
PAGE_PARTS = ("heading", "intro", "notes", "alt")


def available_languages() -> tuple[str, ...]:
    """Return the language codes that have a built-in template pack."""
    return tuple(sorted(p.name for p in PACKS.iterdir() if (p / "book.j2").is_file()))


@dataclass(frozen=True)
class PageWords:
    """The framing of one page, rendered."""

    heading: str
    intro: tuple[str, ...]
    notes: str
    alt: str


class Wording:
    """Renders a language's templates; an organisation's own folder may override files."""

    def __init__(self, language: str, override: Path | None = None):
        self.language = language
        self.env = make_environment(language, override)

    def page(self, kind: str, **context: Any) -> PageWords:
        """Return the heading, framing sentences, notes and alt text of a page kind."""
        module = self.env.get_template(f"{kind}.j2").make_module(context)
        parts = {name: str(getattr(module, name, "")).strip() for name in PAGE_PARTS}
        intro = tuple(line.strip() for line in parts["intro"].splitlines() if line.strip())
        notes = " ".join(line.strip() for line in parts["notes"].splitlines() if line.strip())
        return PageWords(parts["heading"], intro, notes, " ".join(parts["alt"].split()))

    def phrase(self, name: str, *args: Any) -> str:
        """Return one of the book-wide phrases of ``book.j2`` (a macro), rendered."""
        module = self.env.get_template("book.j2").module
        return " ".join(str(getattr(module, name)(*args)).split())


@cache
def make_environment(language: str, override: Path | None) -> jinja2.Environment:
    """Return a sandboxed environment that fails loudly on a missing name."""
    folders = [override] if override else []
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([*map(str, folders), str(PACKS / language)]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    return env
