"""The commands about the account: ``new`` (a starter or an interview), ``check`` and
``schema``."""

from __future__ import annotations

from pathlib import Path

import click

from wordspictures.commands.options import ACCOUNT, PACK, complete_language


@click.command()
@click.argument("account", type=ACCOUNT)
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text for people, json for programs.")
@click.option("--rules", "rules_dir", type=click.Path(file_okay=False, exists=True,
                                                      path_type=Path),
              help="A folder with your organisation's own word rules (LANGUAGE/lint.yaml).")
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
def check(account: Path, output: str, rules_dir: Path | None, strict: bool) -> None:
    """Check ACCOUNT: every problem, and every word a child should not read.

    Each line says FILE:LINE:COLUMN, the category, the words, why, and what to write
    instead. Exit 1 when there are errors (with --strict: any finding).

    \b
    Example:
      wordspictures check noor.yaml
      wordspictures check noor.yaml --format json --strict
    """
    from wordspictures.api import check_account
    from wordspictures.lint.report import count, findings_json, text_report

    problems = check_account(account, strict=strict, rules_dir=rules_dir)
    if output == "json":
        click.echo(findings_json(problems))
    else:
        import sys

        # Grouped and coloured for a person at a terminal; one finding a line otherwise.
        terminal = sys.stdout.isatty()
        colours = {"error": "red", "warning": "yellow"}
        for line, kind in text_report(problems, grouped=terminal, strict=strict):
            styled = click.style(line, fg=colours.get(kind), bold=kind not in colours)
            click.echo(styled if terminal else line)
        from wordspictures.api import wording_notes

        for note in wording_notes(account, rules_dir):
            click.echo(note)
    if count(problems, strict)[0]:
        raise SystemExit(1)


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--language", default="nl", show_default=True,
              shell_complete=complete_language,
              help="The language of the story: nl, en, or one of your template pack.")
@click.option("--interview", is_flag=True,
              help="Ask questions in the order of the book and write the answers as FILE.")
@click.option("--templates", type=PACK,
              help="Your organisation's template pack (a folder with a folder per "
                   "language): its starter, interview and languages.")
@click.option("--schema", "schema_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the JSON Schema that FILE's first line points at "
                   "(default: wordspictures.schema.json beside FILE).")
@click.option("--no-schema", is_flag=True, help="Write no schema and no editor comment.")
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
def new(file: Path, language: str, interview: bool, templates: Path | None,
        schema_file: Path | None, no_schema: bool, force: bool) -> None:
    """Write a new account to FILE: a commented starter, or your answers (--interview).

    FILE's first line lets VS Code (with the YAML extension) complete and check the keys,
    with the schema file written beside it; nothing is looked up on the internet.

    \b
    Example:
      wordspictures new noor.yaml --language nl
      wordspictures new noor.yaml --interview
    """
    from wordspictures.account.schema import SCHEMA_FILE
    from wordspictures.language.files import available_languages

    languages = available_languages(templates)
    if language not in languages:
        raise click.BadParameter(f"'{language}' has no templates — use one of: "
                                 f"{', '.join(languages)}", param_hint="'--language'")
    schema = None if no_schema else schema_file or file.parent / SCHEMA_FILE
    if interview:
        from wordspictures.commands.interview import interview as hold_interview

        hold_interview(file, language, force, templates, schema)
        return
    from wordspictures.commands.starter import write_starter

    write_starter(file, language, force, templates, schema)
    click.echo(f"wrote {file}: fill it in, then run 'wordspictures build {file}'")
    if schema is not None:
        click.echo(f"wrote {schema}: lets your editor complete and check the keys")


@click.command("schema")
@click.option("--markdown", is_flag=True, help="Print the account reference in Markdown.")
@click.option("-o", "--output", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of printing.")
@click.option("--templates", type=PACK, help="Also allow the languages of this template pack.")
def schema_command(markdown: bool, out_file: Path | None, templates: Path | None) -> None:
    """Print the JSON Schema (2020-12) of an account, made from the program's own lists.

    Editors use it to complete and check the keys. In VS Code (YAML extension) an
    account's first line names it:

    \b
      # yaml-language-server: $schema=wordspictures.schema.json

    \b
    Example:
      wordspictures schema -o wordspictures.schema.json
      wordspictures schema --markdown -o docs/account-reference.md
    """
    from wordspictures.account.reference import markdown_reference
    from wordspictures.account.schema import schema_json

    text = markdown_reference(templates) if markdown else schema_json(templates)
    if out_file is None:
        click.echo(text, nl=False)
        return
    from wordspictures.system.output import write_files

    write_files({out_file: text.encode("utf-8")})
    click.echo(f"wrote {out_file}")
