"""The editor in a real browser (Chromium) for a book in two languages: a story started in
Dutch and Arabic, a worry typed in both, the Arabic typed right to left in its own field,
and the file written as the loader reads it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.test_editor_browser import settled, shot, until
from tests.test_editor_browser import window as window  # noqa: F401, PLC0414 — the fixture
from wordspictures.account.load import read_account

DUTCH = "Juf Anja zag dat Yusuf een blauwe plek op zijn arm had."
ARABIC = "رأت المعلمة أنيا أن يوسف كانت لديه كدمة على ذراعه."


def test_a_story_in_two_languages_is_started_and_typed_in_both(window: Any,
                                                                tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    page, live = window(folder=folder)
    page.fill("#s-child", "Yusuf")
    page.fill("#s-age", "7")
    page.select_option("#s-language", "nl")
    page.select_option("#s-second", "ar")
    page.select_option("#s-pronoun", "he")
    page.fill("#s-file", "verhaal.yaml")
    shot(page, "editor-bilingual-start.png")
    page.get_by_role("button", name="Start the story").click()
    page.wait_for_selector("#editor")
    story = folder / "verhaal.yaml"
    page.get_by_role("button", name="Iemand die zich zorgen maakte toevoegen").click()
    field = page.locator("#f-worried-0-text")
    field.wait_for()
    settled(page)
    field.type(DUTCH, delay=5)
    until(lambda: DUTCH in story.read_text("utf-8"))
    second = page.locator("#f-worried-0-text-ar")
    assert second.get_attribute("dir") == "rtl" and second.get_attribute("lang") == "ar"
    assert second.evaluate("e => getComputedStyle(e).direction") == "rtl"
    label = page.locator("label[for='f-worried-0-text-ar']").inner_text()
    assert "Arab" in label
    second.click()
    settled(page)
    second.type(ARABIC, delay=5)

    until(lambda: ARABIC in story.read_text("utf-8"), seconds=15)
    settled(page)
    shot(page, "editor-bilingual.png", "#i-worried-0")
    shot(page, "editor-bilingual-book.png", "#g-book")
    text = story.read_text("utf-8")
    account, problems = read_account(story)
    assert account is not None, problems
    assert account.languages == ("nl", "ar")
    assert (account.worried[0].text, account.worried[0].translation) == (DUTCH, ARABIC), text
    # the Arabic field again: typed at the main language's side, right to left
    assert page.locator("#f-worried-0-text-ar").input_value() == ARABIC
    assert page.locator("#f-worried-0-text").input_value() == DUTCH
    # the Dutch typed again after it: written under 'nl:', the Arabic kept
    page.locator("#f-worried-0-text").press("End")
    page.locator("#f-worried-0-text").type(" Hij zei niets.", delay=5)
    until(lambda: "Hij zei niets." in story.read_text("utf-8"))
    account, problems = read_account(story)
    assert account is not None, problems
    assert account.worried[0].text == DUTCH + " Hij zei niets."
    assert account.worried[0].translation == ARABIC
