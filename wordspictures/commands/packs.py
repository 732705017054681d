"""Template packs: copy the built-in pack as a start, and check an organisation's own.

A pack is a folder with one folder per language (``huisstijl/nl/``). Its files replace the
built-in files of the same name, one by one; a folder for a language that is not built in
(``huisstijl/fy/``) is a new language and needs every file (see ``wording``). The same
folder works as ``check --rules``: its ``<lang>/lint.yaml`` adds to the word check.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from wordspictures.account.model import Account
from wordspictures.errors import WordsPicturesError
from wordspictures.language.files import (
    PACKS,
    REFERENCE,
    TemplateProblem,
    available_languages,
    check_pack_folder,
)
from wordspictures.language.wording import Wording
from wordspictures.system.output import write_files


def export_pack(folder: Path, languages: Sequence[str] = (), force: bool = False
                ) -> list[Path]:
    """Copy the built-in pack of each language (default: all) to ``folder/<language>/``."""
    built_in = available_languages()
    unknown = [lang for lang in languages if lang not in built_in]
    if unknown:
        raise WordsPicturesError(f"there is no built-in pack for '{unknown[0]}' — choose "
                                 f"from: {', '.join(built_in)}")
    files = {folder / lang / p.name: p.read_bytes()
             for lang in (languages or built_in)
             for p in sorted((PACKS / lang).iterdir()) if p.is_file()}
    existing = [p for p in files if p.exists()]
    if existing and not force:
        raise WordsPicturesError(f"'{existing[0]}' already exists — choose an empty folder, "
                                 "or add --force to replace the files")
    write_files(files)
    return list(files)


def check_pack(folder: Path) -> dict[str, list[str]]:
    """Return, per language folder of a pack, what is wrong with it (empty when all is well).

    Every template must read, a new language must be complete, the word rules must load,
    and a whole book must be worded: a bundled example, told in the pack's language, and
    its anonymous copy (which needs more of ``words.j2``).
    """
    check_pack_folder(folder)
    found: dict[str, list[str]] = {}
    for language in sorted(p.name for p in folder.iterdir() if p.is_dir()):
        found[language] = check_language(folder, language)
    if not found:
        raise WordsPicturesError(f"'{folder}' has no language folder — a pack holds one "
                                 "folder per language, like 'nl/'")
    return found


def check_language(folder: Path, language: str) -> list[str]:
    """Return what is wrong with one language of a pack."""
    from wordspictures.account.anonymise import anonymise
    from wordspictures.book.planner import plan_book
    from wordspictures.lint.rules import RulesError, load_rules

    problems = []
    if language not in available_languages(folder):
        problems.append(f"{folder / language}: no book.j2 — a new language needs every "
                        f"file of '{REFERENCE}'; a language that is built in uses its own")
        return problems
    try:
        load_rules(language, folder)  # None when there is no rule file: nothing to check
    except (RulesError, ValueError) as exc:
        problems.append(str(exc))
    account = sample_account(language)
    for anonymous in (False, True):  # the book, then its copy for --anonymise
        try:
            plan_book(anonymise(account, Wording(language, folder)) if anonymous else account,
                      folder)
        except TemplateProblem as exc:
            if exc.message not in problems:  # a broken template breaks both
                problems.append(exc.message)
    return problems


def sample_account(language: str) -> Account:
    """Return a bundled example account, told in ``language`` (for wording every page)."""
    from wordspictures.account.load import load_account
    from wordspictures.commands.starter import example_accounts

    accounts = example_accounts()
    # A book of one language ('lotte-nl'), not one of two ('yusuf-nl-ar'): its wording is
    # the pack's own, and its anonymous copy needs no names in a second script.
    own = [a for a in accounts if a.stem.split("-", 1)[-1] == language]
    account = load_account((own or accounts)[0])
    return dataclasses.replace(account, language=language)
