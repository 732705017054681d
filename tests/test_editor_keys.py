"""The form offers the account's newer keys (issue 13's pictures, 'for', 'cover', 'audio')
with the widget of their kind, and a change made there is saved as the loader reads it.

Each case is a real request to a real editor, as tests/test_editor_guard.py makes them.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from tests.editor import Running, copy_story, running, send
from tests.helpers import load

NEWER = {
    "for: [lotte, finn]\n": "for: [lotte, finn]\ncover: [lotte, mama]\n",
    # a feeling per person, and what the drawing shows, are kept and shown as they are
    "    who: [lotte, finn, papa]\n    feeling: scared\n":
        "    who: [lotte, finn, papa]\n    feeling: {lotte: scared, papa: sad}\n",
    "    who: [mama, lotte, finn]\n    feeling: sad\n":
        "    who: [mama, lotte, finn]\n    feeling: sad\n    for: [lotte]\n"
        "    picture: {place: home, time: evening}  # the stairs at home\n",
}


@pytest.fixture(autouse=True)
def one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Page pictures in the test's own process."""
    monkeypatch.setenv("WORDSPICTURES_JOBS", "1")


@pytest.fixture
def editor(tmp_path: Path):
    story = copy_story(tmp_path)
    text = story.read_text(encoding="utf-8")
    for old, new in NEWER.items():
        assert old in text
        text = text.replace(old, new)
    story.write_text(text, encoding="utf-8")
    with running(story) as live:
        yield live


def field_html(page: str, field_id: str) -> str:
    """Return the HTML of the field whose input has this id (up to the next field)."""
    start = page.index(f'id="{field_id}"')
    start = page.rindex('<div class="field', 0, start)
    end = page.find('<div class="field', start + 1)
    return page[start:end if end > 0 else None]


def test_the_newer_keys_have_the_widget_of_their_kind(editor: Running) -> None:
    page = editor.ask("GET", "/").body.decode()
    cover = field_html(page, "f-cover")
    assert 'type="checkbox"' in cover and "Mama" in cover and "Opa Henk" in cover
    # An item only for some children chooses from the children, never from the grown-ups.
    only = field_html(page, "f-what_happened-2-for")
    assert "Lotte" in only and "Finn" in only and "Mama" not in only
    # One feeling is chosen from the list, and a feeling for each person of the cast.
    one = field_html(page, "f-what_happened-0-feeling")
    assert "<select" in one and "verdrietig" in one
    assert 'value="" selected' not in one and " selected" not in one
    assert "selected>bang<" in field_html(page, "f-what_happened-1-feeling-lotte")
    assert "selected>verdrietig<" in field_html(page, "f-what_happened-1-feeling-papa")
    assert " selected" not in field_html(page, "f-what_happened-1-feeling-mama")
    assert ">Opa Henk</label>" in field_html(page, "f-what_happened-1-feeling-opa_henk")
    # What the drawing shows: its place and time chosen from lists, what each one does.
    assert 'value="thuis"' in field_html(page, "f-what_happened-2-picture-place")
    assert "selected>avond<" in field_html(page, "f-what_happened-2-picture-time")
    assert ">slaapt op de bank<" in field_html(page, "f-what_happened-2-picture-doing-papa")
    # A picture that says what the drawing shows still takes the family's own picture.
    drop = field_html(page, "f-what_happened-2-picture")
    assert 'type="file"' in drop
    # A recording nobody made is not shown on every item.
    assert "f-what_happened-0-audio" not in page


def test_the_cover_a_feeling_and_for_are_saved_as_the_loader_reads_them(
        editor: Running) -> None:
    path = editor.editor.session.path
    assert send(editor, "cover", "lotte", "finn", "papa") == 200
    assert send(editor, "what_happened.0.feeling", "calm") == 200
    assert send(editor, "what_happened.0.for", "finn") == 200
    account = load(path)
    assert account.cover is not None and tuple(account.cover.who) == ("lotte", "finn", "papa")
    assert account.what_happened[0].only_for == ("finn",)
    assert account.what_happened[0].feeling == "calm"
    text = path.read_text(encoding="utf-8")
    assert "feeling: calm" in text and "# the stairs at home" in text
    # A grown-up is no child to make a book for; a feeling not in the list is no feeling.
    before = path.read_bytes()
    assert send(editor, "what_happened.0.for", "nobody") == 400
    assert send(editor, "what_happened.0.feeling", "furious") == 400
    assert path.read_bytes() == before


def test_a_feeling_per_person_and_what_the_drawing_shows_are_saved_as_check_reads_them(
        editor: Running) -> None:
    path = editor.editor.session.path
    # One word for the children grows into a word per person: the children keep theirs.
    assert send(editor, "what_happened.2.feeling.mama", "worried") == 200
    assert send(editor, "what_happened.1.feeling.papa", "calm") == 200
    assert send(editor, "what_happened.1.feeling.lotte", "") == 200
    # A drawing without a group gets one; a group's place and time change in it.
    assert send(editor, "what_happened.0.picture.time", "night") == 200
    assert send(editor, "what_happened.0.picture.doing.papa", "sleeps_on_sofa") == 200
    assert send(editor, "what_happened.2.picture.place", "park") == 200
    assert send(editor, "what_happened.2.picture.time", "") == 200
    account = load(path)
    first, second, third = account.what_happened
    assert dict(third.feelings) == {"lotte": "sad", "finn": "sad", "mama": "worried"}
    assert third.feeling is None
    assert dict(second.feelings) == {"papa": "calm"}
    text = path.read_text(encoding="utf-8")
    assert "picture: {time: night, doing: {papa: sleeps_on_sofa}}" not in text
    assert "    picture: {doing: {papa: sleeps_on_sofa}, time: night}\n" in text
    assert re.search(r"\n    picture: \{place: park\} +# the stairs at home\n", text)
    # Taking the last value of a group away takes the group away.
    assert send(editor, "what_happened.1.feeling.papa", "") == 200
    assert "feeling: {}" not in path.read_text(encoding="utf-8")
    assert load(path).what_happened[1].feelings == ()
    # One word again for a feeling per person replaces the group.
    assert send(editor, "what_happened.2.feeling", "calm") == 200
    assert load(path).what_happened[2].feeling == "calm"
    # Only someone in the story, only a feeling and an action from their lists.
    before = path.read_bytes()
    assert send(editor, "what_happened.0.feeling.nobody", "sad") == 400
    assert send(editor, "what_happened.0.picture.doing.papa", "drinks") == 400
    assert send(editor, "what_happened.0.picture.time", "noon") == 400
    assert send(editor, "what_happened.0.picture.file", "../secret.png") == 400
    assert send(editor, "what_happened.0.picture.doing", "sits") == 400
    assert path.read_bytes() == before


def test_a_picture_dropped_on_a_drawing_keeps_what_the_drawing_shows(
        editor: Running) -> None:
    from PIL import Image

    page = editor.ask("GET", "/").body.decode()
    tab = re.search(r'"tab": "(\w+)"', page)
    assert tab
    photo = io.BytesIO()
    Image.new("RGB", (120, 80), (30, 160, 90)).save(photo, "PNG")
    boundary = "xxBOUNDARYxx"
    fields = {"place": "what_happened.2.picture", "tab": tab[1],
              "shape": str(editor.editor.session.shape)}
    body = "".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n"
                   f"{v}\r\n" for k, v in fields.items()).encode()
    body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"picture\"; "
             f"filename=\"trap.png\"\r\nContent-Type: image/png\r\n\r\n").encode()
    body += photo.getvalue() + f"\r\n--{boundary}--\r\n".encode()
    answer = editor.ask("POST", "/picture", body, headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert answer.status == 200
    picture = editor.editor.session.draft.value(("what_happened", 2, "picture"))
    assert picture["place"] == "home" and picture["time"] == "evening"
    assert (editor.editor.session.path.parent / picture["file"]).is_file()
    assert "# the stairs at home" in editor.editor.session.path.read_text(encoding="utf-8")
