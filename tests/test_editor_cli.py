"""`wordspictures edit`: the address first, a clean stop on Ctrl-C or when the window closed."""

from __future__ import annotations

import http.client
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.editor import copy_story
from wordspictures.commands.cli import main
from wordspictures.commands.editor import server as editor_server
from wordspictures.commands.editor.guard import COOKIE


def test_the_first_line_is_the_address_and_ctrl_c_stops_it_cleanly(tmp_path: Path) -> None:
    story = copy_story(tmp_path)
    process = subprocess.Popen([sys.executable, "-m", "wordspictures", "edit", str(story),
                                "--no-browser"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline().strip()
        assert first.startswith("http://127.0.0.1:") and "/?token=" in first
        port = int(first.split(":")[2].split("/")[0])
        token = first.split("token=")[1]
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", f"/?token={token}", headers={"Host": f"127.0.0.1:{port}"})
        answer = connection.getresponse()
        answer.read()
        assert answer.status == 303 and f"{COOKIE}={token}" in answer.getheader("Set-Cookie")
        connection.close()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill() if process.poll() is None else None
    assert process.returncode == 0
    assert "the editor stopped" in out and "Traceback" not in err
    assert token not in err  # nothing is logged, the address least of all


def test_a_file_the_editor_cannot_read_is_told_at_its_line(tmp_path: Path) -> None:
    story = tmp_path / "story.yaml"
    story.write_text("language: en\npeople:\n  sam: {name: Sam, role: child\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["edit", str(story), "--no-browser"])
    assert result.exit_code == 1
    assert "story.yaml:3" in result.output and "cannot read" in result.output
    assert story.read_text(encoding="utf-8").endswith("role: child\n")  # left as it was


def test_it_stops_by_itself_after_its_window_closed(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editor_server, "LOOK", 0.05)
    monkeypatch.setattr(editor_server, "LEFT", 0.3)
    editor = editor_server.editor_for(copy_story(tmp_path), None)
    lines: list[str] = []
    why: list[str] = []
    thread = threading.Thread(target=lambda: why.append(
        editor_server.serve(editor, lines.append, open_browser=False)), daemon=True)
    thread.start()
    for _ in range(100):
        if lines:
            break
        threading.Event().wait(0.05)
    port = editor.guard.port
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": f"127.0.0.1:{port}", "Cookie": f"{COOKIE}={editor.guard.token}",
               "Origin": f"http://127.0.0.1:{port}"}
    connection.request("POST", "/bye", headers=headers)  # the window is closing
    assert connection.getresponse().status == 204
    connection.close()
    thread.join(10)
    assert why == ["closed"] and lines[0] == editor.guard.address


def test_without_an_account_it_offers_a_new_story_named_as_asked(tmp_path: Path) -> None:
    editor = editor_server.editor_for(tmp_path / "noor.yaml", None)
    assert editor.session is None and editor.suggested == "noor.yaml"
    assert editor.folder == tmp_path
