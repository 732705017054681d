"""The editor answers only its own window on this computer: every other request is refused.

Each case is a real request to a real editor on 127.0.0.1, made the way an attacker would
make it (a web page in the caseworker's browser, another program, a rebinding name).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.editor import Running, copy_story, running
from wordspictures.commands.editor.guard import COOKIE, POLICY
from wordspictures.commands.editor.server import should_stop


@pytest.fixture(autouse=True)
def one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Page pictures in the test's own process: these tests ask for none."""
    monkeypatch.setenv("WORDSPICTURES_JOBS", "1")


@pytest.fixture
def editor(tmp_path: Path):
    with running(copy_story(tmp_path)) as live:
        yield live


def tab_of(page: str) -> str:
    """Return the window's id its page was given."""
    found = re.search(r'"tab": "(\w+)"', page)
    assert found, "the page names its window"
    return found[1]


def a_change(live: Running, value: str = "Papa en mama houden van Lotte en Finn.") -> str:
    """Return the body of a real change of the first good thing, from the editor's page."""
    page = live.ask("GET", "/")
    assert page.status == 200
    tab = tab_of(page.body.decode())
    return urlencode({"place": "good_things.0", "value": value, "tab": tab,
                      "shape": live.editor.session.shape}).replace(
        "good_things.0", "good_things.0.text")


def test_it_listens_on_this_computer_only_on_a_port_the_system_chose(tmp_path: Path) -> None:
    with running(copy_story(tmp_path)) as one, running(tmp_path / "lotte-nl.yaml") as two:
        assert one.port != two.port and one.port > 1024
        assert one.address.startswith(f"http://127.0.0.1:{one.port}/?token=")
        assert one.editor.guard.token != two.editor.guard.token  # a token per start


def test_the_token_is_traded_for_a_cookie_scripts_cannot_read(editor: Running) -> None:
    token = editor.editor.guard.token
    first = editor.ask("GET", f"/?token={token}", token=False, origin=None)
    assert first.status == 303 and first.getheader("Location") == "/"  # token out of history
    cookie = first.getheader("Set-Cookie")
    assert f"{COOKIE}={token}" in cookie
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert editor.ask("GET", "/").status == 200


@pytest.mark.parametrize("host", ["evil.example", f"evil.example:{0}", "127.0.0.1:1",
                                  "localhost", "127.0.0.1"])
def test_a_foreign_host_gets_400(editor: Running, host: str) -> None:
    """A page that rebinds its own name to 127.0.0.1 sends its own name as the Host."""
    host = host.replace(":0", f":{editor.port}")
    answer = editor.ask("GET", "/", headers={"Host": host})
    assert answer.status == 400
    token = editor.editor.guard.token
    assert editor.ask("GET", f"/?token={token}", headers={"Host": host}).status == 400


@pytest.mark.parametrize("path", ["/", "/page/0.jpg", "/findings?tab=x", "/status?tab=x",
                                  "/download/0", "/static/editor.js", "/?token=wrong"])
def test_a_request_without_the_token_gets_403(editor: Running, path: str) -> None:
    assert editor.ask("GET", path, token=False).status == 403


def test_a_change_without_the_token_gets_403_and_changes_nothing(editor: Running) -> None:
    path = editor.editor.session.path
    before = path.read_bytes()
    body = a_change(editor, "Iemand anders schreef dit.")
    assert editor.ask("POST", "/change", body, token=False).status == 403
    assert editor.ask("POST", "/change", body, headers={
        "Cookie": f"{COOKIE}=not-the-token"}, token=False).status == 403
    assert path.read_bytes() == before
    assert editor.ask("POST", "/change", body).status == 200  # the same, from the editor
    assert b"Iemand anders schreef dit." in path.read_bytes()


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://127.0.0.1:1",
                                    "https://127.0.0.1", None])
def test_a_change_from_a_foreign_origin_gets_403(editor: Running, origin: str | None) -> None:
    path = editor.editor.session.path
    before = path.read_bytes()
    body = a_change(editor, "Een andere site schreef dit.")
    for route in ("/change", "/add", "/remove", "/book", "/take", "/keep", "/bye"):
        assert editor.ask("POST", route, body, origin=origin).status == 403, route
    assert path.read_bytes() == before


@pytest.mark.parametrize("path", ["/", "/static/editor.css", "/nothing-here", "/?token=x"])
def test_every_answer_forbids_inline_scripts_framing_and_keeping(editor: Running,
                                                               path: str) -> None:
    answer = editor.ask("GET", path, token=path != "/?token=x")
    policy = answer.getheader("Content-Security-Policy")
    assert policy == POLICY
    assert "script-src 'self'" in policy and "unsafe" not in policy
    assert "frame-ancestors 'none'" in policy and "default-src 'none'" in policy
    kept = "no-cache" if path.startswith("/static/") else "no-store"  # only its own files
    assert answer.getheader("Cache-Control") == kept
    assert answer.getheader("X-Content-Type-Options") == "nosniff"


@pytest.mark.parametrize("path", ["/download/0", "/download/-1", "/download/..%2F..%2Fetc%2Fpasswd",
                                  "/static/../session.py", "/static/..%2Fsession.py",
                                  "/static/%2e%2e/guard.py", "/page/..%2F..%2Fetc.jpg",
                                  "/thumb/../../lotte-nl.yaml"])
def test_no_file_outside_what_the_editor_serves(editor: Running, path: str) -> None:
    answer = editor.ask("GET", path)
    assert answer.status in (400, 404)
    assert b"import" not in answer.body and b"language:" not in answer.body


@pytest.mark.parametrize("place, value", [
    ("people.papa.picture", "../../../etc/passwd"),   # a picture only comes as an upload
    ("good_things.0.picture", "/etc/passwd"),
    ("people.papa.role", "king"),                     # not a choice
    ("what_happened.0.who", "nobody"),                # not someone in the story
    ("people.../../x.name", "x"),
    ("what_happened.99.text", "x"),
    ("nonsense", "x"),
])
def test_a_value_the_form_cannot_send_gets_400(editor: Running, place: str, value: str) -> None:
    path = editor.editor.session.path
    before = path.read_bytes()
    body = a_change(editor).replace("good_things.0.text", place)
    body = re.sub(r"value=[^&]*", urlencode({"value": value}), body)
    assert editor.ask("POST", "/change", body).status == 400
    assert path.read_bytes() == before


def test_an_upload_over_the_limit_gets_413(editor: Running) -> None:
    boundary = "xxBOUNDARYxx"
    big = b"\xff\xd8\xff" + b"\0" * (42 * 1024 * 1024)
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"place\"\r\n\r\n"
            f"people.papa.picture\r\n--{boundary}\r\nContent-Disposition: form-data; "
            f"name=\"picture\"; filename=\"big.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
            ).encode() + big + f"\r\n--{boundary}--\r\n".encode()
    answer = editor.ask("POST", "/picture", body, headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert answer.status == 413
    assert not (editor.editor.session.path.parent / "pictures").exists()


def test_a_file_that_is_no_picture_is_refused_and_not_kept(editor: Running) -> None:
    tab = tab_of(editor.ask("GET", "/").body.decode())
    boundary = "xxBOUNDARYxx"
    fields = {"place": "people.papa.picture", "tab": tab,
              "shape": str(editor.editor.session.shape)}
    body = "".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n"
                   f"{v}\r\n" for k, v in fields.items()).encode()
    body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"picture\"; "
             f"filename=\"../../x.png\"\r\nContent-Type: image/png\r\n\r\n<script>"
             f"\r\n--{boundary}--\r\n").encode()
    answer = editor.ask("POST", "/picture", body, headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert answer.status == 200
    # Told in the story's language (Dutch), naming the file as it was sent, without its
    # folders: the name is only ever used inside a private temporary folder.
    told = answer.body.decode()
    assert "is geen afbeelding die dit programma kan lezen" in told
    assert "x.png" in told and "../" not in told
    assert not (editor.editor.session.path.parent / "pictures").exists()
    assert "picture" not in editor.editor.session.draft.value(("people", "papa"))


def test_the_start_page_opens_only_stories_of_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    copy_story(tmp_path)  # one folder up: not to be opened
    with running(None, folder) as live:
        for name in ("../lotte-nl.yaml", "/etc/passwd", "lotte-nl.yaml"):
            answer = live.ask("POST", "/start/open", urlencode({"file": name}))
            assert answer.status == 400, name
        answer = live.ask("POST", "/start/new", urlencode({
            "language": "en", "child": "Sam", "age": "7", "pronoun": "he",
            "file": "../escape.yaml"}))
        assert answer.status == 422
        assert not (tmp_path / "escape.yaml").exists()
        assert live.editor.session is None


def test_the_account_text_is_shown_as_text(tmp_path: Path) -> None:
    story = copy_story(tmp_path)
    text = story.read_text(encoding="utf-8")
    text = text.replace("Papa en mama houden heel veel van Lotte en Finn.",
                        "'<script>alert(1)</script> {{ 7*7 }} ${7*7}'")
    story.write_text(text, encoding="utf-8")
    with running(story) as live:
        page = live.ask("GET", "/").body.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} ${7*7}" in page
    assert "<script>alert" not in page and "49" not in re.sub(r"[0-9a-f]{24}", "", page)


def test_it_stops_when_its_window_is_gone() -> None:
    from wordspictures.commands.editor.state import Editor

    editor = Editor(folder=Path("."))
    assert not should_stop(editor, 10_000.0)            # no window came yet: it waits
    editor.heard = 100.0
    assert not should_stop(editor, 150.0)                # heard 50 s ago
    assert should_stop(editor, 100.0 + 181.0)            # nothing for three minutes
    editor.left = 101.0                                  # the window said goodbye
    assert not should_stop(editor, 110.0)                # a reload comes back in time
    assert should_stop(editor, 117.0)                    # nobody came back
    editor.heard = time.monotonic()                      # a window asked again after it
    editor.left = editor.heard - 1
    assert not should_stop(editor, editor.heard + 20)
