"""Starter accounts for ``wordspictures new`` and the bundled examples for ``demo``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from wordspictures.errors import WordsPicturesError
from wordspictures.output import write_files
from wordspictures.wording import PACKS


def write_starter(path: Path, language: str, force: bool = False) -> None:
    """Write the commented starter account of a language to ``path``."""
    if path.exists() and not force:
        raise WordsPicturesError(f"'{path}' already exists — choose another name, "
                                 "or add --force to replace it")
    write_files({path: (PACKS / language / "starter.yaml").read_bytes()})


def example_accounts() -> list[Path]:
    """Return the paths of the example accounts that ship with the package."""
    folder = resources.files("wordspictures.examples")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".yaml"))
