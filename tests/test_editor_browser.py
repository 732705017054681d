"""The editor as a caseworker uses it: in a real browser (Chromium, driven by Playwright).

Each test opens the editor on a copy of an example story and does what a caseworker does:
finds the story in the form, types, adds a person, drops a picture, makes the books, uses
the keyboard only. No test may leave an error in the browser's console.
"""

from __future__ import annotations

import io
import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.editor import Running, copy_story, running
from tests.helpers import account_texts, load, squash

SHOTS = os.environ.get("WORDSPICTURES_SCREENSHOTS")  # a folder: keep the guides' pictures


@pytest.fixture
def window(browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
           ) -> Iterator[Callable[..., tuple[Any, Running]]]:
    """Yield a function that opens the editor on a story in a fresh browser window; at the
    end, fail on any error the browser's console showed. The stories recently opened are
    the test's own."""
    monkeypatch.setenv("WORDSPICTURES_STATE_DIR", str(tmp_path / "state"))
    problems: list[str] = []
    opened: list[Any] = []

    def open_story(name: str = "lotte-nl.yaml", story: Path | None = None,
                   folder: Path | None = None) -> tuple[Any, Running]:
        path = story if story is not None or folder is not None else copy_story(tmp_path, name)
        live = stack.enter(running(path, folder))
        context = browser.new_context(viewport={"width": 1400, "height": 900},
                                      accept_downloads=True, locale="en-GB")
        opened.append(context)
        page = context.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.goto(live.address)
        page.wait_for_selector("#editor, #start")
        return page, live

    stack = Stack()
    yield open_story
    for context in opened:
        context.close()
    stack.close()
    assert problems == []


class Stack:
    """The editors a test started, stopped at its end."""

    def __init__(self) -> None:
        self.open: list[Any] = []

    def enter(self, manager: Any) -> Running:
        self.open.append(manager)
        return manager.__enter__()

    def close(self) -> None:
        for manager in reversed(self.open):
            manager.__exit__(None, None, None)


def until(check: Callable[[], Any], seconds: float = 8.0) -> Any:
    """Return the first true answer of ``check``, asked again and again; fail after a while."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        answer = check()
        if answer:
            return answer
        time.sleep(0.05)
    raise AssertionError(f"waited {seconds} s in vain")


def shot(page: Any, name: str, element: str | None = None) -> bytes:
    """Return a screenshot (of the page or one element); keep it when SHOTS names a folder."""
    target = page.locator(element) if element else page
    data = target.screenshot()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        (Path(SHOTS) / name).write_bytes(data)
    return data


def settled(page: Any) -> None:
    """Wait until htmx has put in what a request brought, and listens to it."""
    page.wait_for_function("() => !document.querySelector("
                           "'.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added')")


def preview_src(page: Any) -> str:
    return page.get_attribute("#preview img", "src") or ""


def show_latest(page: Any, live: Running) -> None:
    """Wait until the page beside the form is the picture of the story as it is now (the
    page its caption names, in the editor's latest plan), loaded."""

    def latest() -> bool:
        caption = page.inner_text("#preview figcaption")
        number = int(re.search(r"\d+", caption)[0]) - 1  # type: ignore[index]
        return preview_src(page) == f"/page/{live.editor.pages.plan.keys[number]}.jpg"

    until(latest)
    page.wait_for_function("() => document.querySelector('#preview img').complete")


@pytest.mark.parametrize("name", ["lotte-nl.yaml", "mia-en.yaml"])
def test_every_sentence_of_the_story_is_in_the_form(window: Any, name: str) -> None:
    page, live = window(name)
    values = page.eval_on_selector_all("input, textarea", "els => els.map(e => e.value)")
    shown = squash(" ".join(values))
    account = load(live.editor.session.path)
    for sentence in account_texts(account):
        assert sentence in shown
    for person in account.people:
        assert person.name in values and (person.called == person.name or
                                          person.called in values)
    assert page.locator("#preview img").is_visible()  # the cover beside the form
    assert page.locator("#strip img").count() == len(live.editor.pages.plan.keys)


def test_typing_redraws_the_page_and_saves_the_file_with_its_comments(window: Any) -> None:
    page, live = window()
    path = live.editor.session.path
    before = path.read_text(encoding="utf-8")
    field = page.locator("#f-what_happened-1-text")
    field.click()
    until(lambda: "Lotte gaf Finn" in (page.get_attribute("#preview img", "alt") or "") or
          preview_src(page) != "" and page.locator("#preview figcaption").inner_text())
    first_src = preview_src(page)
    picture_before = page.locator("#preview img").screenshot()
    field.press("End")
    field.type(" Finn ging weer slapen.", delay=20)
    until(lambda: preview_src(page) != first_src)
    page.wait_for_function("() => document.querySelector('#preview img').complete")
    until(lambda: "Finn ging weer slapen." in path.read_text(encoding="utf-8"))
    show_latest(page, live)  # the last keystroke's page, not one typed on the way
    picture_after = shot(page, "editor-typing.png")
    assert page.locator("#preview img").screenshot() != picture_before
    after = path.read_text(encoding="utf-8")
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#")]
    assert comments and all(line in after.splitlines() for line in comments)
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True)
               if a != b]
    assert len(changed) == 1 and changed[0][1].endswith("Finn ging weer slapen.")
    assert path.with_name(path.name + "~").read_text(encoding="utf-8") == before
    assert picture_after


def test_a_judgment_word_is_told_under_its_field_and_can_be_allowed(window: Any) -> None:
    page, live = window()
    field = page.locator("#f-what_happened-0-text")
    field.click()
    field.press("End")
    field.type(" Papa is een alcoholist.", delay=10)
    finding = page.locator("#p-what_happened-0-text .problem.error")
    finding.wait_for()
    assert "alcoholist" in finding.inner_text()
    assert page.locator("#blocked").is_visible()  # the book cannot be made like this
    shot(page, "editor-finding.png", "#i-what_happened-0")
    finding.get_by_role("button").click()
    until(lambda: "allow: [alcoholist]" in live.editor.session.path.read_text("utf-8"))
    page.locator("#p-what_happened-0-text .problem").first.wait_for(state="detached")
    assert page.locator(".words .chips").inner_text().startswith("alcoholist")


def test_an_english_story_is_written_in_an_english_form(window: Any) -> None:
    page, live = window("mia-en.yaml")
    assert page.locator("label[for=f-what_happened-1-text]").inner_text() == \
        "Words for the book"
    field = page.locator("#f-what_happened-1-text")
    field.click()
    until(lambda: "Page 1 of" not in page.inner_text("#preview figcaption"))
    show_latest(page, live)
    shot(page, "editor-en.png")  # the guide's first picture: the form beside its page
    field.press("End")
    field.type(" Dad was aggressive.", delay=10)
    finding = page.locator("#p-what_happened-1-text .problem.error")
    finding.wait_for()
    # ('aggressi*' is a term of the word check: a finding can come while the word is typed)
    until(lambda: "Dad was aggressive." in live.editor.session.path.read_text("utf-8"))
    until(lambda: "“aggressive”" in finding.inner_text())
    show_latest(page, live)
    shot(page, "editor-finding-en.png", "#i-what_happened-1")


def test_a_person_added_is_chosen_for_a_rule(window: Any) -> None:
    page, live = window()
    page.fill("#new-person-name", "Ria")
    page.select_option("#new-person-role", "grandmother")
    page.get_by_role("button", name="Iemand toevoegen").click()
    called = page.locator("#f-people-ria-called")
    called.wait_for()
    settled(page)
    assert called.evaluate("e => e === document.activeElement")  # ready to type
    called.type("Oma Ria", delay=10)
    until(lambda: "called: Oma Ria" in live.editor.session.path.read_text("utf-8"))
    rule = page.locator("#f-safety_plan-0-who")
    rule.get_by_label("Oma Ria").wait_for()  # how the child calls her, everywhere at once
    rule.get_by_label("Oma Ria").check()
    until(lambda: "who: [opa_henk, ria]" in live.editor.session.path.read_text("utf-8"))
    account = load(live.editor.session.path)
    assert account.safety_plan[0].who == ("opa_henk", "ria")
    assert account.person("ria").called == "Oma Ria"
    # Someone the story names cannot be taken out of it before they are taken out there.
    # With the keyboard: the tick's findings come a moment after its answer and may move
    # the button from under a pointer (a warning more or less above it).
    settled(page)
    page.get_by_role("button", name="Haal Oma Ria uit het verhaal").focus()
    page.keyboard.press("Enter")
    page.locator("#p-people-ria .problem").wait_for()
    assert "ria:" in live.editor.session.path.read_text("utf-8")


def test_a_feeling_for_a_person_and_the_drawings_place_are_chosen_and_saved(
        window: Any) -> None:
    from click.testing import CliRunner

    from wordspictures.commands.cli import main

    page, live = window()
    path = live.editor.session.path
    comments = [line for line in path.read_text("utf-8").splitlines() if "#" in line]
    # Papa's own feeling: the children keep the one word they had ('scared').
    feeling = page.locator("#f-what_happened-1-feeling-papa")
    assert not feeling.is_visible()  # folded away until asked for, with the keyboard too
    page.locator("#d-what_happened-1-feeling > summary").focus()
    page.keyboard.press("Enter")
    feeling.focus()
    feeling.select_option(label="verdrietig")
    until(lambda: "feeling: {lotte: scared, finn: scared, papa: sad}"
          in path.read_text("utf-8"))
    settled(page)
    assert page.locator("#f-what_happened-1-feeling-papa").evaluate(
        "e => e === document.activeElement")  # the keyboard stays where it was
    assert page.locator("#f-what_happened-1-feeling-lotte").input_value() == "scared"
    assert page.locator("#f-what_happened-1-feeling").input_value() == ""
    assert page.locator("#editor").count() == 1 and page.locator("#editor #editor").count() == 0
    # Where the first picture is drawn, typed as the form offers it ('keuken').
    page.locator("#d-what_happened-0-picture > summary").click()
    place = page.locator("#f-what_happened-0-picture-place")
    place.click()
    settled(page)
    show_latest(page, live)
    before = page.locator("#preview img").screenshot()
    place.fill("keuken")
    until(lambda: "picture: {place: kitchen}" in path.read_text("utf-8"))
    settled(page)
    show_latest(page, live)
    assert page.locator("#preview img").screenshot() != before
    page.select_option("#f-what_happened-0-picture-time", label="dag")  # "die middag"
    until(lambda: "picture: {place: kitchen, time: day}" in path.read_text("utf-8"))
    settled(page)
    shot(page, "editor-feeling-picture.png", "#i-what_happened-1")
    shot(page, "editor-drawing.png", "#i-what_happened-0")
    text = path.read_text("utf-8")
    assert all(line in text.splitlines() for line in comments)
    account = load(path)
    assert dict(account.what_happened[1].feelings)["papa"] == "sad"
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output


def test_a_picture_dropped_on_a_person_is_kept_beside_the_story_without_metadata(
        window: Any) -> None:
    from PIL import Image

    page, live = window()
    photo = Image.new("RGB", (300, 200), (200, 120, 60))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(0x8825)[2] = (52.0, 5.0, 30.0)
    data = io.BytesIO()
    photo.save(data, "JPEG", exif=exif.tobytes())
    dropped = page.evaluate_handle(
        """bytes => { const t = new DataTransfer();
          t.items.add(new File([new Uint8Array(bytes)], 'IMG_2041.jpg', {type: 'image/jpeg'}));
          return t; }""", list(data.getvalue()))
    page.dispatch_event("#i-people-mama", "drop", {"dataTransfer": dropped})
    page.locator("#i-people-mama .chosen").wait_for()
    stored = sorted((live.editor.session.path.parent / "pictures").iterdir())
    assert len(stored) == 1 and stored[0].suffix == ".jpg"
    assert "IMG_2041" not in stored[0].name and "mama" not in stored[0].name
    kept = stored[0].read_bytes()
    assert b"PhoneMaker" not in kept
    with Image.open(stored[0]) as opened:
        assert not opened.getexif()
    account = load(live.editor.session.path)
    assert account.person("mama").picture == stored[0]


@pytest.mark.parametrize("button, ending", [("PDF", ".pdf"), ("PowerPoint", ".pptx")])
def test_the_books_are_made_by_build_and_downloaded(window: Any, button: str,
                                                   ending: str) -> None:
    page, live = window("mia-en.yaml")
    page.get_by_role("button", name=button, exact=True).click()
    link = page.locator("#books .made a").first
    link.wait_for()
    with page.expect_download() as waiting:
        link.click()
    download = Path(waiting.value.path())
    made = live.editor.made[0]
    assert made.parent == live.editor.session.path.parent and made.suffix == ending
    assert download.read_bytes() == made.read_bytes()
    # Read back: the book's every page, with the story's words on them.
    pages = len(live.editor.pages.plan.keys)
    if ending == ".pdf":
        from pypdf import PdfReader

        reader = PdfReader(download)
        words = squash(" ".join(p.extract_text() for p in reader.pages))
        assert len(reader.pages) == pages
    else:
        from pptx import Presentation

        slides = Presentation(str(download)).slides
        words = squash(" ".join(shape.text_frame.text for slide in slides
                                for shape in slide.shapes if shape.has_text_frame))
        assert len(slides) == pages
    assert "Mum and Mia bake pancakes together on Sunday mornings." in words
    if ending == ".pdf":
        from tests.helpers import pdf_text

        text = squash(pdf_text(made))
    else:
        from tests.helpers import pptx_text

        text = squash(pptx_text(made))
    assert "Jay and Mia" in text and "Mum and Dad both love Jay and Mia very much." in text


def test_the_form_works_with_the_keyboard_alone(window: Any) -> None:
    page, live = window("mia-en.yaml")
    unnamed = page.evaluate("""() => [...document.querySelectorAll(
        'input, select, textarea, button')].filter(e => !e.labels?.length &&
        !e.getAttribute('aria-label') && !e.closest('fieldset[id]') &&
        !(e.tagName === 'BUTTON' && e.innerText.trim())).map(e => e.outerHTML.slice(0, 80))""")
    assert unnamed == []
    groups = page.evaluate("""() => [...document.querySelectorAll('fieldset.people')]
        .filter(f => !f.querySelector('legend')).length""")
    assert groups == 0
    # Tab goes through the form in the order it reads.
    order = page.evaluate("""() => [...document.querySelectorAll(
        '#editor input, #editor select, #editor textarea, #editor button')]
        .filter(e => !e.disabled).map(e => e.id || e.name + ':' + e.value)""")
    page.keyboard.press("Tab")  # the link past the header
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    seen: list[str] = []
    for _ in range(16):
        page.keyboard.press("Tab")
        now = page.evaluate("(e => e.id || e.name + ':' + e.value)(document.activeElement)")
        if not seen or seen[-1] != now:  # a date is three stops: day, month, year
            seen.append(now)
    assert seen == order[:len(seen)]
    # An event added and written with the keyboard only.
    add = page.get_by_role("button", name="Add an event")
    add.focus()
    page.keyboard.press("Enter")
    new = page.locator("#f-what_happened-3-text")
    new.wait_for()
    settled(page)
    until(lambda: new.evaluate("e => e === document.activeElement"))
    page.keyboard.type("On Monday Jay rode his bike to school.")
    until(lambda: "Jay rode his bike" in live.editor.session.path.read_text("utf-8"))
    shot(page, "editor-keyboard.png")


def test_a_hand_edit_is_noticed_and_nothing_is_written_over_it(window: Any) -> None:
    page, live = window()
    path = live.editor.session.path
    hand = path.read_text(encoding="utf-8").replace("title: Het boek van Lotte en Finn",
                                                    "title: Lotte en Finn")
    time.sleep(0.05)
    path.write_text(hand, encoding="utf-8")
    page.locator("#banner:not([hidden])").wait_for(timeout=8000)
    field = page.locator("#f-good_things-0-text")
    field.click()
    field.press("End")
    field.type(" Echt waar.", delay=10)
    time.sleep(0.5)
    assert path.read_text(encoding="utf-8") == hand  # nothing written over the hand edit
    shot(page, "editor-changed-on-disk.png", "#banner")
    page.get_by_role("button", name="Laat het verhaal zien zoals het nu is").click()
    page.wait_for_function("() => document.querySelector('#f-title').value === "
                           "'Lotte en Finn'")
    assert page.locator("#banner").is_hidden()


def test_a_second_window_sees_the_story_changed_elsewhere(window: Any, browser: Any) -> None:
    page, live = window()
    other = browser.new_context(viewport={"width": 1000, "height": 800})
    try:
        second = other.new_page()
        second.goto(live.address)
        field = second.locator("#f-title")
        field.fill("Het boek van Finn")
        until(lambda: "title: Het boek van Finn" in live.editor.session.path.read_text("utf-8"))
        page.locator("#banner:not([hidden])").wait_for(timeout=8000)
        assert "ander venster" in page.locator("#banner").inner_text()
    finally:
        other.close()


def test_a_new_story_is_started_from_the_start_page(window: Any, tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    page, live = window(folder=folder)
    shot(page, "editor-start.png")
    page.fill("#s-child", "Noor")
    page.fill("#s-age", "6")
    page.select_option("#s-language", "nl")
    page.select_option("#s-pronoun", "she")
    page.fill("#s-file", "verhaal.yaml")
    page.get_by_role("button", name="Start the story").click()
    page.wait_for_selector("#editor")
    story = folder / "verhaal.yaml"
    assert live.editor.session is not None and live.editor.session.path == story
    page.get_by_role("button", name="Iemand die zich zorgen maakte toevoegen").click()
    field = page.locator("#f-worried-0-text")
    field.wait_for()
    settled(page)
    field.type("Juf Anna zag op maandag dat Noor huilde in de klas.", delay=5)
    until(lambda: "Noor huilde in de klas" in story.read_text("utf-8"))
    page.locator("#preview img").wait_for()
    account = load(story)
    assert account.children[0].name == "Noor" and account.children[0].age == 6
    assert account.worried[0].text == "Juf Anna zag op maandag dat Noor huilde in de klas."


def test_a_story_opened_before_is_opened_again_from_the_start_page(window: Any,
                                                                  tmp_path: Path) -> None:
    first, _ = window("mia-en.yaml")
    first.close()
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    page, live = window(folder=folder)
    recent = page.locator("ul.recent li")
    assert recent.count() == 1 and str(tmp_path) in recent.inner_text()
    shot(page, "editor-start-recent.png")
    page.get_by_role("button", name="mia-en.yaml").click()
    page.wait_for_selector("#editor")
    assert live.editor.session is not None
    assert live.editor.session.path == tmp_path / "mia-en.yaml"


def test_the_booklet_button_says_how_to_print_and_fold_it_as_build_does(window: Any) -> None:
    from wordspictures.language.messages import Messages

    page, live = window()
    page.get_by_role("button", name="Boekje om te vouwen (PDF)", exact=True).click()
    page.locator("#books .made a").first.wait_for()
    said = page.locator("#books .notes").inner_text()
    assert Messages("nl", None).text("booklet.print_short") in said
    assert "dubbelzijdig" in said and "korte kant" in said
    made = [p.name for p in live.editor.made]
    assert any(name.endswith("-booklet.pdf") for name in made)
    # A draft has a loose review sheet: build says so, and so does the editor.
    assert any(name.endswith("-review.pdf") for name in made)
    assert Messages("nl", None).text("booklet.review") in said
    shot(page, "editor-booklet.png", "#books")
