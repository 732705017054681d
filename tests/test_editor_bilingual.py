"""The editor's form for a book in two languages: every text shown in both, the second
typed in its own language and direction and labelled with its name; a change to either
rewrites only that value in the file (its comments kept); a story started in two.

Each case is a real request to a real editor, as tests/test_editor_keys.py makes them.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.editor import running, send
from wordspictures.account.load import read_account

STORY = """\
# Yusuf's story
language: [nl, ar]
title: {nl: Het verhaal van Yusuf, ar: قصة يوسف}
people:
  yusuf: {name: Yusuf, role: child, age: 7, pronoun: he}
  mama:
    name: Samira
    role: mother
    called: {nl: Mama, ar: ماما}
worried:
  - text:
      nl: Mama zag een blauwe plek op de arm van Yusuf.   # at home
      ar: رأت ماما كدمة على ذراع يوسف.
    who: [mama]
  - text: Juf Anja zag het ook.
    who: [mama]
scale:
  - {who: mama, score: 6, text: {nl: Het gaat beter., ar: الأمور أفضل.}}
"""


@pytest.fixture(autouse=True)
def one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Page pictures in the test's own process."""
    monkeypatch.setenv("WORDSPICTURES_JOBS", "1")


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "yusuf.yaml"
    path.write_text(STORY, encoding="utf-8")
    return path


def tag(page: str, field_id: str) -> str:
    """Return the input or textarea whose id is ``field_id``."""
    found = re.search(rf'<(?:input|textarea)[^>]* id="{field_id}"[^>]*>', page)
    assert found, field_id
    return found[0]


def test_every_text_shows_both_languages_the_second_right_to_left(story: Path) -> None:
    with running(story) as live:
        page = live.ask("GET", "/").body.decode()
    pairs = ["title", "people-mama-called", "people-mama-name", "worried-0-text",
             "worried-1-text", "scale-0-text"]
    for pair in pairs:
        second = tag(page, f"f-{pair}-ar")
        assert 'lang="ar"' in second and 'dir="rtl"' in second, second
        label = re.search(rf'<label for="f-{pair}-ar">([^<]*)<', page)
        assert label and "Arab" in label[1], pair
    # the main language's field: at 'text.nl' once the text is one per language
    assert 'lang="nl" dir="ltr"' in tag(page, "f-worried-0-text")
    assert ">Mama zag een blauwe plek op de arm van Yusuf.<" in page
    assert ">رأت ماما كدمة على ذراع يوسف.<" in page
    assert 'lang="nl"' in tag(page, "f-worried-1-text")       # one language still:
    assert 'value=' not in tag(page, "f-worried-1-text-ar")     # its translation empty
    assert "Juf Anja zag het ook." in page
    # the book's two languages, each its own choice
    assert 'id="f-language-0"' in page and 'id="f-language-1"' in page


def test_typing_in_either_rewrites_only_that_value(story: Path) -> None:
    with running(story) as live:
        assert send(live, "worried.0.text.ar", "رأت ماما كدمة.") == 200
        assert send(live, "worried.0.text.nl", "Mama zag een plek.") == 200
        assert send(live, "people.mama.called.ar", "أمي") == 200
        assert send(live, "title.ar", "قصة يوسف الصغير") == 200
        assert send(live, "worried.0.text.fr", "x") == 400
        assert send(live, "language.1", "xx") == 400
        text = live.editor.session.draft.text()
    expected = STORY.replace("ar: رأت ماما كدمة على ذراع يوسف.", "ar: رأت ماما كدمة.")
    expected = expected.replace("nl: Mama zag een blauwe plek op de arm van Yusuf.   # at",
                                "nl: Mama zag een plek.                              # at")
    expected = expected.replace("ar: ماما}", "ar: أمي}").replace("ar: قصة يوسف}",
                                                                "ar: قصة يوسف الصغير}")
    assert text == expected


def test_the_first_translation_turns_a_text_into_one_per_language(story: Path) -> None:
    with running(story) as live:
        assert send(live, "worried.1.text.ar", "رأت المعلمة أنيا ذلك أيضا.") == 200
        assert send(live, "people.mama.name.ar", "سميرة") == 200
        text = live.editor.session.draft.text()
    assert "  - text: {nl: Juf Anja zag het ook., ar: رأت المعلمة أنيا ذلك أيضا.}\n" in text
    assert "    name: {nl: Samira, ar: سميرة}\n" in text
    story.write_text(text, encoding="utf-8")
    account, problems = read_account(story)
    assert account is not None, problems
    assert account.worried[1].translation == "رأت المعلمة أنيا ذلك أيضا."
    assert account.person("mama").name_translation == "سميرة"


def test_a_missing_translation_is_told_under_its_text(story: Path) -> None:
    with running(story) as live:
        page = live.ask("GET", "/").body.decode()
    box = page.index('id="p-worried-1-text"')
    assert "in één taal" in page[box:box + 600] or "one language" in page[box:box + 600]


def test_a_story_can_be_started_in_two_languages(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    with running(None, folder) as live:
        start = live.ask("GET", "/").body.decode()
        assert 'name="second"' in start
        refused = live.ask("POST", "/start/new", urlencode({
            "language": "nl", "second": "nl", "child": "Yusuf", "age": "7",
            "pronoun": "he", "file": "yusuf.yaml"}))
        assert refused.status == 400
        answer = live.ask("POST", "/start/new", urlencode({
            "language": "nl", "second": "ar", "child": "Yusuf", "age": "7",
            "pronoun": "he", "file": "yusuf.yaml"}))
        assert answer.status == 303
        page = live.ask("GET", "/").body.decode()
    text = (folder / "yusuf.yaml").read_text(encoding="utf-8")
    assert re.search(r"^language: \[nl, ar\]$", text, re.MULTILINE), text
    _, problems = read_account(folder / "yusuf.yaml")
    # what a new story lacks is its story, not its languages
    assert [p.message for p in problems if not p.is_warning] == [
        "dit is nog geen verhaal in Woorden en Beelden"], problems
    assert 'dir="rtl"' in tag(page, "f-people-yusuf-name-ar")


def test_a_book_of_one_language_shows_one_field_a_text(tmp_path: Path) -> None:
    path = tmp_path / "sam.yaml"
    shutil.copy(Path(__file__).parent.parent / "examples" / "lotte-nl.yaml", path)
    with running(path) as live:
        page = live.ask("GET", "/").body.decode()
    assert "-ar\"" not in page and " lang=" not in re.sub(r"<html[^>]*>", "", page)


def test_a_second_language_is_added_and_taken_away_again(tmp_path: Path) -> None:
    path = tmp_path / "sam.yaml"
    one = STORY.replace("language: [nl, ar]", "language: nl")
    one = re.sub(r"\{nl: ([^,]+), ar: [^}]+\}", r"\1", one)
    one = re.sub(r"\n      nl: (.*?) *#.*\n      ar: .*", r" \1", one)
    path.write_text(one, encoding="utf-8")
    with running(path) as live:
        page = live.ask("GET", "/").body.decode()
        assert 'id="f-language"' in page and 'id="f-language-1"' in page
        assert "-ar\"" not in page
        assert send(live, "language.1", "ar") == 200
        added = live.editor.session.draft.text()
        page = live.ask("GET", "/").body.decode()
        assert 'dir="rtl"' in tag(page, "f-worried-0-text-ar")   # each text: its
        assert 'value=""' in tag(page, "f-title-ar")                   # translation empty
        assert send(live, "worried.0.text.ar", "رأت ماما كدمة.") == 200
        assert send(live, "language.1", "") == 200
        back = live.editor.session.draft.text()
    # added: the texts as they were, each one told under its field until translated
    assert added == one.replace("language: nl", "language: [nl, ar]")
    path.write_text(added, encoding="utf-8")
    _, problems = read_account(path)
    assert len([p for p in problems if "in één taal" in p.message]) == 4  # title, 2+1 texts
    # taken away: every text in the main language again, a book of one language
    assert back == one
