"""The command that opens the editor: ``wordspictures edit``."""

from __future__ import annotations

from pathlib import Path

import click

from wordspictures.commands.options import ACCOUNT, TEMPLATES


@click.command()
@click.argument("account", required=False, type=ACCOUNT)
@click.option("--no-browser", is_flag=True,
              help="Only print the address (with its token); open it in a browser yourself.")
@TEMPLATES
def edit(account: Path | None, no_browser: bool, templates: Path | None) -> None:
    """Fill in the story in your browser, with the book's pages beside the form.

    Every change is saved in ACCOUNT at once (the file as it was is kept as ACCOUNT~).
    Without ACCOUNT, start a new story or open one of the stories in this folder. The
    editor runs on this computer only; the first line it prints is its address. Stop it
    with Ctrl-C; it also stops by itself shortly after its browser window is closed.

    \b
    Example:
      wordspictures edit noor.yaml
      wordspictures edit --no-browser
    """
    from wordspictures.account.roundtrip import DraftError
    from wordspictures.commands.editor.server import editor_for, serve
    from wordspictures.errors import WordsPicturesError

    try:
        editor = editor_for(account, templates)
    except DraftError:
        from wordspictures.api import check_account

        problems = [p for p in check_account(account) if not p.is_warning] if account else []
        lines = "\n".join(str(p) for p in problems)
        raise WordsPicturesError(f"{lines}\nthe editor cannot read {account}: fix the line "
                                 "above by hand first ('wordspictures check' says more)"
                                 ) from None
    why = serve(editor, click.echo, open_browser=not no_browser)
    if why == "closed":
        click.echo("the editor stopped: its browser window was closed")
    else:
        click.echo("the editor stopped")
