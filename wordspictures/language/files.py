"""Where a language's files are found: the built-in packs in ``templates/<language>/``
and an organisation's own folder over them (``DIR/nl/``, ``DIR/fy/``), file by file.

A pack is a folder a language: its page templates (``*.j2``), its facts
(``language.yaml``), the interview, the starter account and the word rules (``lint.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from wordspictures.errors import WordsPicturesError

PACKS = Path(__file__).parent.parent / "templates"
# The built-in pack that a new language is measured against: same files, same phrases.
REFERENCE = "en"


class TemplateProblem(WordsPicturesError):
    """A template pack that cannot be used; the message names the file and how to fix it."""


def available_languages(templates: Path | None = None) -> tuple[str, ...]:
    """Return the language codes that have a template pack: built in, or in ``templates``."""
    found = {p.name for p in PACKS.iterdir() if (p / "book.j2").is_file()}
    if templates is not None:
        check_pack_folder(Path(templates))
        found |= {p.name for p in Path(templates).iterdir() if (p / "book.j2").is_file()}
    return tuple(sorted(found))


def check_pack_folder(templates: Path) -> None:
    """Raise ``TemplateProblem`` when ``templates`` is not a folder of language folders."""
    if not templates.is_dir():
        raise TemplateProblem(f"the template folder '{templates}' is not there — give a "
                              "folder with one folder per language, like 'huisstijl/nl'")
    loose = sorted(p.name for p in templates.glob("*.j2"))
    if loose and not any(p.is_dir() for p in templates.iterdir()):
        raise TemplateProblem(f"'{templates}' holds templates ({', '.join(loose[:3])}) but no "
                              f"language folder — move them into '{templates / 'nl'}' (or the "
                              "folder of their language)")


def search_path(language: str, templates: Path | None = None) -> list[Path]:
    """Return the folders a language's files are looked for in, the first match winning."""
    folders = []
    if templates is not None:
        check_pack_folder(Path(templates))
        if (Path(templates) / language).is_dir():
            folders.append(Path(templates) / language)
    if (PACKS / language).is_dir():
        folders.append(PACKS / language)
    return folders


def find_pack_file(language: str, name: str, templates: Path | None = None) -> Path | None:
    """Return the file ``name`` of a language's pack (the organisation's first), or None."""
    for folder in search_path(language, templates):
        if (folder / name).is_file():
            return folder / name
    return None


def fill(template: str, values: Mapping[str, object]) -> str:
    """Return the template with known ``{name}``s filled in and anything else left alone.

    For the texts of a pack's yaml files (interview.yaml, lint.yaml), which are plain
    strings, not jinja2: a caseworker's words put in them are never read as code.
    """
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template)


def resolved(folder: Path | None) -> Path | None:
    """Return the folder as an absolute path (one cache entry per folder), or None."""
    return Path(folder).resolve() if folder is not None else None
