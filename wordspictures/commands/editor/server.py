"""Start the editor on this computer only, open the browser at it, and stop it cleanly.

The editor listens on 127.0.0.1, on a free port the system picks, and prints its address
with this start's token as the first line. It stops on Ctrl-C, and by itself once no
browser window is left: ``LEFT`` seconds after the last window said it was closing (a
reload says so too, and is back within a second), or ``QUIET`` seconds after the last
word from any window (an open window asks every few seconds whether the file changed; a
browser slows a hidden tab's clock to once a minute at most). Requests are not logged:
the addresses hold the token.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from werkzeug.serving import BaseWSGIServer, make_server

from wordspictures.commands.editor.app import create_app
from wordspictures.commands.editor.state import Editor

LEFT = 15.0     # seconds after the last window closed
QUIET = 180.0   # seconds without word from any window
LOOK = 1.0      # seconds between the watchdog's looks


def start_server(editor: Editor, port: int = 0) -> BaseWSGIServer:
    """Return the editor's server, listening on 127.0.0.1 (not yet answering)."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = make_server("127.0.0.1", port, create_app(editor), threaded=True)
    editor.guard.port = server.server_port
    return server


def should_stop(editor: Editor, now: float, left: float | None = None,
                quiet: float | None = None) -> bool:
    """Return True when no window is left: the last one closed, or none is heard from."""
    left = LEFT if left is None else left
    quiet = QUIET if quiet is None else quiet
    if not editor.heard:
        return False  # no window has come yet: wait for the caseworker
    closed = editor.left > editor.heard and now - editor.left > left
    return closed or now - editor.heard > quiet


def watch_windows(editor: Editor, server: BaseWSGIServer, stopped: Callable[[str], None]
                  ) -> threading.Thread:
    """Start a thread that stops the server once no window is left."""

    def look() -> None:
        while True:
            time.sleep(LOOK)
            if should_stop(editor, time.monotonic()):
                stopped("closed")
                server.shutdown()
                return

    watcher = threading.Thread(target=look, name="editor-windows", daemon=True)
    watcher.start()
    return watcher


def serve(editor: Editor, echo: Callable[[str], None], open_browser: bool = True) -> str:
    """Run the editor until Ctrl-C or until no window is left; return why it stopped
    ('closed' or 'interrupted'). The first line echoed is the address with its token."""
    server = start_server(editor)
    echo(editor.guard.address)
    why = ["interrupted"]
    watch_windows(editor, server, lambda reason: why.__setitem__(0, reason))
    if open_browser:
        import webbrowser

        threading.Thread(target=webbrowser.open, args=(editor.guard.address,),
                         daemon=True).start()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        why[0] = "interrupted"
    finally:
        server.server_close()
        editor.stop()
    return why[0]


def editor_for(account: Path | None, templates: Path | None) -> Editor:
    """Return the editor of an account; without one (or with a file not there yet), the
    start page, in the account's folder or this one."""
    editor = Editor(folder=Path.cwd(), templates=templates)
    if account is not None and account.exists():
        editor.open(account)
    elif account is not None:
        editor.folder = account.absolute().parent
        editor.suggested = account.name
    return editor
