"""``wordspictures templates``: an organisation's own wording, exported and checked."""

from __future__ import annotations

from pathlib import Path

import click

from wordspictures.commands.options import PACK, complete_language


@click.group()
def templates() -> None:
    """Your organisation's own wording: export the built-in templates, check your own.

    A template pack is a folder with one folder per language (nl/, en/, or a new one).
    Build with --templates FOLDER: each file in it replaces the built-in file of the same
    name. A new language needs every file, and a lint.yaml for the word check.

    \b
    Example:
      wordspictures templates export huisstijl --language nl
      wordspictures templates check huisstijl
    """


@templates.command("export")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--language", "languages", multiple=True, shell_complete=complete_language,
              help="The language to copy (repeat for more; default: every language).")
@click.option("--force", is_flag=True, help="Replace files that exist in FOLDER.")
def export_templates(folder: Path, languages: tuple[str, ...], force: bool) -> None:
    """Copy the built-in templates to FOLDER/<language>/ as a start for your own.

    Keep only the files you change: the others then follow the built-in ones.

    \b
    Example:
      wordspictures templates export huisstijl --language nl
    """
    from wordspictures.commands.packs import export_pack

    written = export_pack(folder, languages, force)
    for language in sorted({p.parent.name for p in written}):
        click.echo(f"wrote {len([p for p in written if p.parent.name == language])} files "
                   f"to {folder / language}")


@templates.command("check")
@click.argument("folder", type=PACK)
def check_templates(folder: Path) -> None:
    """Check the template pack in FOLDER: every template reads and words a whole book.

    \b
    Example:
      wordspictures templates check huisstijl
    """
    from wordspictures.commands.packs import check_pack

    found = check_pack(folder)
    for language, problems in found.items():
        for problem in problems:
            click.echo(problem, err=True)
        click.echo(f"{folder / language}: {len(problems) or 'no'} "
                   f"problem{'' if len(problems) == 1 else 's'}")
    if any(found.values()):
        raise SystemExit(1)
