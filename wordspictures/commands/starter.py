"""Starter accounts for ``wordspictures new`` and the bundled examples for ``demo``.

A new account can carry the editor comment that points VS Code's YAML extension at the
account's JSON Schema; the schema is then written as a file beside the account (or where
the caseworker chose), so completion and checking work without a network.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from importlib import resources
from pathlib import Path

from wordspictures.errors import WordsPicturesError
from wordspictures.language.files import available_languages, fill, find_pack_file
from wordspictures.system.output import write_files

# The starter's own date line (a pack's starter is a valid account, so it holds a real
# date, which the new account replaces with today's).
STARTER_DATE = re.compile(r"^(date:[ \t]*)\d{4}-\d{2}-\d{2}", re.MULTILINE)


def write_starter(path: Path, language: str, force: bool = False,
                  templates: Path | None = None, schema: Path | None = None,
                  today: dt.date | None = None) -> list[Path]:
    """Write the commented starter account of a language to ``path``; return what was written.

    ``schema`` is where to write the JSON Schema that the editor comment points at (None:
    no schema and no comment); ``templates`` is an organisation's pack, looked in first.
    The starter's comments name the file as it is called (``{file}``) and its date is
    ``today``: a new draft is made today, and the commands to run are the ones to type.
    """
    refuse_existing(path, force)
    starter = find_pack_file(language, "starter.yaml", templates)
    if starter is None:
        # The framing packs (issue 18) have no starter: name only the languages that do.
        known = [lang for lang in available_languages(templates)
                 if find_pack_file(lang, "starter.yaml", templates)]
        raise WordsPicturesError(f"there is no starter account for the language '{language}' "
                                 f"— add 'starter.yaml' to the pack, or choose one of: "
                                 f"{', '.join(known)}")
    text = fill(starter.read_text(encoding="utf-8"), {"file": path.name})
    text = STARTER_DATE.sub(rf"\g<1>{(today or dt.date.today()).isoformat()}", text, count=1)
    files = account_files(path, text, schema, templates)
    write_files(files)
    return list(files)


def refuse_existing(path: Path, force: bool) -> None:
    """Raise when ``path`` exists and may not be replaced."""
    if path.exists() and not force:
        raise WordsPicturesError(f"'{path}' already exists — choose another name, "
                                 "or add --force to replace it")


def account_files(path: Path, text: str, schema: Path | None,
                  templates: Path | None = None) -> dict[Path, bytes]:
    """Return the account's bytes and, with ``schema``, the schema file its comment names."""
    from wordspictures.account.schema import modeline, schema_json

    files: dict[Path, bytes] = {}
    if schema is not None:
        text = modeline(schema_reference(path, schema)) + text
        files[schema] = schema_json(templates).encode("utf-8")
    files[path] = text.encode("utf-8")
    return files


def schema_reference(account: Path, schema: Path) -> str:
    """Return how the account's editor comment names the schema: relative when possible.

    A relative path keeps working when the folder moves and names nothing of the computer;
    a schema on another drive is named by its file URI.
    """
    try:
        relative = os.path.relpath(schema.resolve(), account.resolve().parent)
    except ValueError:  # another drive (Windows)
        return schema.resolve().as_uri()
    return Path(relative).as_posix()


def example_accounts() -> list[Path]:
    """Return the paths of the example accounts that ship with the package."""
    folder = resources.files("wordspictures.examples")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".yaml"))
