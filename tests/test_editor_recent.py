"""The stories recently opened in the editor: kept on this computer, newest first, at most
eight, only those still there; in the user's state folder, which a setting moves."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.editor import copy_story, running
from wordspictures.commands.editor import recent
from wordspictures.commands.editor.recent import recent_stories, remember_story, state_folder


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "state"
    monkeypatch.setenv("WORDSPICTURES_STATE_DIR", str(folder))
    return folder


def stories(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = [folder / f"story-{number}.yaml" for number in range(count)]
    for path in made:
        path.write_text("language: en\npeople: {}\n", encoding="utf-8")
    return made


def test_the_newest_first_at_most_eight_each_once(state: Path, tmp_path: Path) -> None:
    made = stories(tmp_path / "a", 10)
    for path in made:
        remember_story(path)
    assert recent_stories() == made[::-1][:recent.SHOWN] and recent.SHOWN == 8
    remember_story(made[5])  # opened again: on top, not twice
    assert recent_stories()[:2] == [made[5], made[9]]
    assert len(recent_stories()) == 8 and len(set(recent_stories())) == 8
    if sys.platform != "win32":
        assert stat.S_IMODE((state / recent.LIST).stat().st_mode) == 0o600
    assert sorted(p.name for p in state.iterdir()) == [recent.LIST]  # no half-written file


def test_a_story_moved_or_deleted_is_left_off_without_a_word(state: Path,
                                                             tmp_path: Path) -> None:
    first, second, third = stories(tmp_path / "a", 3)
    for path in (first, second, third):
        remember_story(path)
    second.unlink()
    assert recent_stories() == [third, first]
    remember_story(first)
    assert json.loads((state / recent.LIST).read_text("utf-8")) == [str(first), str(third)]


def test_a_list_that_cannot_be_read_is_no_list(state: Path, tmp_path: Path) -> None:
    state.mkdir()
    (state / recent.LIST).write_text("{not json", encoding="utf-8")
    assert recent_stories() == []
    (state / recent.LIST).write_text(json.dumps(["relative.yaml", 3, {"a": 1}]), "utf-8")
    assert recent_stories() == []
    story = stories(tmp_path / "a", 1)[0]
    remember_story(story)  # and is written again
    assert recent_stories() == [story]


def test_the_state_folder_follows_the_settings(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.delenv("WORDSPICTURES_STATE_DIR")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    if sys.platform != "win32":
        assert state_folder() == tmp_path / "xdg" / "wordspictures"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if sys.platform != "win32":
        assert state_folder() == tmp_path / "home" / ".local" / "state" / "wordspictures"
    monkeypatch.setenv("WORDSPICTURES_STATE_DIR", str(tmp_path / "moved"))
    assert state_folder() == tmp_path / "moved"
    monkeypatch.setenv("WORDSPICTURES_NO_RECENT", "1")
    remember_story(stories(tmp_path / "a", 1)[0])
    assert state_folder() is None and recent_stories() == []
    assert not (tmp_path / "moved").exists() and not (tmp_path / "home").exists()


def test_a_story_opened_in_the_editor_is_on_the_start_page_of_another_folder(
        state: Path, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    story = copy_story(tmp_path / "a")
    with running(story):
        pass
    assert recent_stories() == [story]
    other = tmp_path / "b"
    other.mkdir()
    with running(None, other) as live:
        page = live.ask("GET", "/").body.decode()
        assert "lotte-nl.yaml" in page and str(tmp_path / "a") in page
        # Only a number on the list opens a story: never a path sent by a request.
        assert live.ask("POST", "/start/recent", "number=7").status == 400
        assert live.ask("POST", "/start/recent", f"number={story}").status == 400
        assert live.ask("POST", "/start/recent", "number=0").status == 303
        assert live.editor.session is not None and live.editor.session.path == story
    assert os.environ["WORDSPICTURES_STATE_DIR"] == str(state)
