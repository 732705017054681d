"""The editor running for a test: a real server on 127.0.0.1, in a thread of the test."""

from __future__ import annotations

import http.client
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from tests.conftest import EXAMPLES
from wordspictures.commands.editor.guard import COOKIE
from wordspictures.commands.editor.server import editor_for, start_server
from wordspictures.commands.editor.state import Editor


@dataclass
class Running:
    """An editor answering on 127.0.0.1: its state, its address and how to ask it."""

    editor: Editor
    port: int

    @property
    def address(self) -> str:
        """Return the address with the token, as the command prints it first."""
        return self.editor.guard.address

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def ask(self, method: str, path: str, body: bytes | str = b"",
            headers: dict[str, str] | None = None, token: bool = True,
            origin: str | None = "own") -> http.client.HTTPResponse:
        """Send a raw request; by default with the cookie and, when changing something,
        the editor's own Origin. Read the answer before the next request."""
        sent = {"Host": f"127.0.0.1:{self.port}"}
        if token:
            sent["Cookie"] = f"{COOKIE}={self.editor.guard.token}"
        if origin is not None:
            sent["Origin"] = self.origin if origin == "own" else origin
        if body and "Content-Type" not in (headers or {}):
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        sent.update(headers or {})
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request(method, path, body=body, headers=sent)
        answer = connection.getresponse()
        answer.body = answer.read()  # type: ignore[attr-defined]
        connection.close()
        return answer


@contextmanager
def running(account: Path | None, folder: Path | None = None) -> Iterator[Running]:
    """Run the editor on an account (None: the start page, in ``folder``)."""
    editor = editor_for(account, None)
    if folder is not None and account is None:
        editor.folder = folder
    server = start_server(editor)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield Running(editor, server.server_port)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
        editor.stop()


def copy_story(folder: Path, name: str = "lotte-nl.yaml") -> Path:
    """Copy an example account (with its drawings) into ``folder``; return its path."""
    shutil.copy(EXAMPLES / name, folder / name)
    if (EXAMPLES / "drawings").is_dir():
        shutil.copytree(EXAMPLES / "drawings", folder / "drawings", dirs_exist_ok=True)
    return folder / name


def send(live: Running, place: str, *values: str) -> int:
    """Send a change of a field as the form does; return the answer's status."""
    page = live.ask("GET", "/").body.decode()
    tab = re.search(r'"tab": "(\w+)"', page)
    assert tab
    body = urlencode([("place", place), *(("value", v) for v in values), ("tab", tab[1]),
                      ("shape", str(live.editor.session.shape))])
    return live.ask("POST", "/change", body).status
