"""The book's own words, from the jinja2 template pack of the story's language.

Each page kind has a template (``templates/<lang>/<kind>.j2``) that sets ``heading``,
``intro`` (framing sentences, one a line), ``notes`` (speaker notes for the grown-up who
reads the book with the child) and ``alt`` (a description of the picture). ``book.j2``
holds the phrases that are not tied to one page. The caseworker's own words are passed in
as values and never read as template code.

An organisation's own pack is a folder with one folder per language (``DIR/nl/``,
``DIR/fy/``): its files are looked for first, then the built-in ones, file by file. A
language that is not built in needs every file of the built-in packs.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.environment import TemplateModule
from jinja2.sandbox import SandboxedEnvironment

from wordspictures.language.facts import FILE as FACTS_FILE
from wordspictures.language.facts import Facts, load_facts
from wordspictures.language.files import (
    PACKS,
    REFERENCE,
    TemplateProblem,
    available_languages,
    resolved,
    search_path,
)
from wordspictures.system.cache import cache_subfolder

PAGE_PARTS = ("heading", "intro", "notes", "alt")
# Files a language's pack may leave out: without picture.j2 each page template's own 'alt'
# describes its picture, without back.j2 a booklet's back cover shows the title (a pack
# made before they existed still builds).
OPTIONAL = frozenset({"picture.j2", "back.j2"})


class Month(dt.date):
    """A date known only to its month (in an anonymous copy): the book shows 'maart 2026'.

    The day is always the first, and never shown: wherever a template calls the ``date``
    macro with a Month, the pack's ``month_date`` is called instead (``PackEnvironment``),
    so no pack's ``date`` needs to know about months. ``month_only`` is there for a
    template that chooses its words by it ('in maart' rather than 'op').
    """

    month_only = True

    @classmethod
    def of(cls, day: dt.date) -> Month:
        """Return the month of a date."""
        return cls(day.year, day.month, 1)


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
        self.env = make_environment(language, resolved(override))
        self.facts: Facts = self.env.globals["language"]  # type: ignore[assignment]

    def page(self, kind: str, **context: Any) -> PageWords:
        """Return the heading, framing sentences, notes and alt text of a page kind."""
        with explained(f"{kind}.j2"):
            module = self.env.get_template(f"{kind}.j2").make_module(context)
            parts = {name: str(getattr(module, name, "")).strip() for name in PAGE_PARTS}
        intro = tuple(line.strip() for line in parts["intro"].splitlines() if line.strip())
        notes = " ".join(line.strip() for line in parts["notes"].splitlines() if line.strip())
        return PageWords(parts["heading"], intro, notes, " ".join(parts["alt"].split()))

    def module(self, template: str) -> Any:
        """Return a template's module (its macros and variables); a broken template is a
        ``TemplateProblem`` naming its file and line."""
        with explained(template):
            return self.env.get_template(template).module

    def filename(self, template: str) -> str:
        """Return the file a template is read from: the organisation's, or the built-in."""
        with explained(template):
            return self.env.get_template(template).filename or template

    def macro(self, template: str, name: str, *args: Any) -> str:
        """Return a macro of a template, rendered on one line."""
        module = self.module(template)
        with explained(template):
            found = getattr(module, name, None)
            if found is None:
                raise TemplateProblem(f"{self.filename(template)}: there is no macro '{name}' "
                                      f"— add '{{% macro {name}(…) %}}…{{% endmacro %}}'")
            return " ".join(str(found(*args)).split())

    def phrase(self, name: str, *args: Any) -> str:
        """Return one of the book-wide phrases of ``book.j2`` (a macro), rendered."""
        return self.macro("book.j2", name, *args)


@cache
def make_environment(language: str, override: Path | None) -> jinja2.Environment:
    """Return a sandboxed environment that fails loudly on a missing name."""
    folders = search_path(language, override)
    if not folders:
        raise TemplateProblem(f"there are no templates for the language '{language}'"
                              + (f" in '{override}'" if override else "")
                              + f" — one of: {', '.join(available_languages(override))}")
    if not (PACKS / language).is_dir():
        missing = missing_parts(folders[0])
        if missing:
            raise TemplateProblem(f"the templates in '{folders[0]}' are not complete: "
                                  f"{', '.join(missing)} missing — copy them from "
                                  f"'wordspictures templates export' and translate them")
    env = PackEnvironment(
        loader=jinja2.FileSystemLoader([str(f) for f in folders]),
        bytecode_cache=bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    # The language's facts (language.yaml): the templates name months and roles from them.
    env.globals["language"] = load_facts(language, override)
    return env


def bytecode_cache() -> jinja2.BytecodeCache | None:
    """Return a cache of compiled templates in the user's cache folder, or None.

    Compiling the pack's templates took a quarter of a second in every new process (each
    command line build). Jinja2 keys the cache by template name and a checksum of its
    source, so an edited template is compiled again; the sandbox works at run time, on the
    cached code too.
    """
    folder = cache_subfolder("templates")
    return jinja2.FileSystemBytecodeCache(str(folder)) if folder is not None else None


class PackEnvironment(SandboxedEnvironment):
    """The sandbox of a template pack, which shows a ``Month`` as a month, whatever the pack.

    Every call in a sandboxed template comes through ``call``: a call of ``date`` with a
    Month becomes a call of words.j2's ``month_date``, from a page, a phrase or another
    macro (an ``on_date`` that calls ``date``) alike. Were it up to each pack's ``date``
    to tell, a pack written before anonymous copies would print a made-up day.
    """

    def call(self, context: jinja2.runtime.Context, obj: Any, /, *args: Any,
             **kwargs: Any) -> Any:
        """Call an object from a template; ``date`` of a Month is its ``month_date``."""
        if isinstance(obj, jinja2.runtime.Macro) and obj.name == "date" and args \
                and isinstance(args[0], Month):
            words = self.get_template("words.j2")
            obj = getattr(words.module, "month_date", None)
            if obj is None:
                raise TemplateProblem(f"{words.filename}: there is no 'month_date', which an "
                                      "anonymous copy needs — copy it from the built-in words.j2")
        return super().call(context, obj, *args, **kwargs)


def missing_parts(folder: Path) -> list[str]:
    """Return the files and book.j2 phrases of the reference pack that ``folder`` lacks."""
    reference = PACKS / REFERENCE
    missing = sorted(p.name for p in [*reference.glob("*.j2"), reference / FACTS_FILE]
                     if not (folder / p.name).is_file() and p.name not in OPTIONAL)
    if (folder / "book.j2").is_file():
        own = macro_names(folder / "book.j2")
        missing += [f"the phrase '{name}' in book.j2"
                    for name in sorted(macro_names(reference / "book.j2") - own)]
    return missing


def macro_names(path: Path) -> set[str]:
    """Return the names of the macros a template defines."""
    env = SandboxedEnvironment()
    with explained(str(path)):
        tree = env.parse(path.read_text(encoding="utf-8"), path.name, str(path))
    return {node.name for node in tree.find_all(jinja2.nodes.Macro)}


@contextmanager
def explained(name: str) -> Iterator[None]:
    """Turn a template's error into a ``TemplateProblem`` naming its file and line."""
    try:
        yield
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(f"{exc.filename or name}:{exc.lineno}: {exc.message} — fix the "
                              "template there") from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateProblem(f"the template '{exc.name}' is missing — add it to the pack, or "
                              "copy it with 'wordspictures templates export'") from exc
    except jinja2.UndefinedError as exc:
        raise TemplateProblem(f"{template_line(exc) or name}: {unknown_name(exc)} — fix the "
                              "template there") from exc
    except jinja2.TemplateError as exc:
        raise TemplateProblem(f"{template_line(exc) or name}: {exc.message or exc} — fix the "
                              "template there") from exc


# How jinja2 says a name is unknown: "'titel' is undefined", "'… object' has no attribute
# 'caled'" (a misspelt macro of an imported template, or a misspelt field).
UNDEFINED = re.compile(r"'(?P<name>[^']+)' is undefined|has no attribute '(?P<attr>[^']+)'")


def unknown_name(exc: jinja2.UndefinedError) -> str:
    """Return an unknown name in a template in plain words, with the nearest known one."""
    found = UNDEFINED.search(exc.message or "")
    if not found:
        return str(exc.message or exc)
    name = found.group("name") or found.group("attr")
    close = difflib.get_close_matches(name, known_names(exc), n=1)
    return f"there is no '{name}' here" + (f" — did you mean '{close[0]}'?" if close else "")


def known_names(exc: BaseException) -> set[str]:
    """Return the names a failing template could have meant: its variables, and the macros
    and values of the templates it imported (found in the template's own frames)."""
    names: set[str] = set()
    tb = exc.__traceback__
    while tb is not None:
        if "__jinja_template__" in tb.tb_frame.f_globals:
            for value in tb.tb_frame.f_locals.values():
                if isinstance(value, jinja2.runtime.Context):
                    names |= set(value.get_all())
                elif isinstance(value, TemplateModule):
                    names |= {n for n in vars(value) if not n.startswith("_")}
        tb = tb.tb_next
    return names


def template_line(exc: BaseException) -> str | None:
    """Return 'file:line' of the template frame where an error happened, if any.

    The frames run the template's compiled Python: its line is turned back into the line
    of the template (as jinja2 does for the errors it rewrites itself).
    """
    found = None
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            template = tb.tb_frame.f_globals.get("__jinja_template__")
            line = template.get_corresponding_lineno(tb.tb_lineno) if template else tb.tb_lineno
            found = f"{filename}:{line}"
        tb = tb.tb_next
    return found
