"""The HTML book in a real browser (Chromium): every page turned, its words in order, its
sound loading, no request for anything outside the file; and without JavaScript every
page in order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SHARED
from wordspictures.account.load import load_account
from wordspictures.api import build_book
from wordspictures.book.planner import plan_book

PHONE = {"width": 390, "height": 844}
DURATIONS = """() => Promise.all([...document.querySelectorAll('.page')].map(page => {
  const audio = page.querySelector('audio');
  if (!audio) return null;
  return new Promise(done => {
    if (audio.readyState >= 1) done(audio.duration);
    audio.addEventListener('loadedmetadata', () => done(audio.duration));
    audio.addEventListener('error', () => done(-1));
    audio.load();
  });
}))"""


@pytest.fixture(scope="module")
def html_books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Return the HTML book of each shared example, by account name (built before the
    browser starts: a build forks, which a process running Playwright must not)."""
    books = {}
    for account in sorted(SHARED.glob("*.yaml")):
        out = tmp_path_factory.mktemp(f"html-{account.stem}")
        result = build_book(account, out, formats=["html"])
        (books[account.stem],) = result.files
    return books


def open_book(browser: Any, path: Path, **options: Any) -> tuple[Any, list[str]]:
    """Return a page showing the book at phone size, and the list of every request it makes."""
    context = browser.new_context(viewport=PHONE, has_touch=True, **options)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    assert errors == []
    return page, requests


def planned_words(name: str) -> list[list[str]]:
    """Return each page's words as the PDF has them: the heading, then every paragraph."""
    book = plan_book(load_account(SHARED / f"{name}.yaml"))
    return [[p.heading, *(par.text for par in p.paragraphs)] for p in book.pages]


@pytest.mark.parametrize("name", ["noor-nl", "sam-en"])
def test_every_page_is_turned_and_reads_the_pdfs_words_with_its_sound(
        browser: Any, html_books: dict[str, Path], name: str) -> None:
    page, requests = open_book(browser, html_books[name])
    words = planned_words(name)
    assert page.locator(".page").count() == len(words)
    durations = page.evaluate(DURATIONS)
    for number, expected in enumerate(words, 1):
        shown = page.locator(".page.shown")
        assert shown.count() == 1 and shown.get_attribute("id") == f"page-{number}"
        texts = shown.locator("h1, h2, p.stamp, .words p:not(.write)").all_inner_texts()
        assert [" ".join(t.split()) for t in texts] == [" ".join(w.split()) for w in expected]
        sentences = shown.locator(".s")
        times = [float(sentences.nth(i).get_attribute(a)) for i in range(sentences.count())
                 for a in ("data-begins", "data-ends")]
        assert times == sorted(times)
        assert durations[number - 1] > 0.5 and times[-1] <= durations[number - 1] + 0.1
        if number < len(words):
            page.click("button[data-turn='1']")
    assert page.locator("button[data-turn='1']").is_disabled()  # the last page
    assert set(requests) == {html_books[name].as_uri()}  # the file itself, nothing else
    page.context.close()


def test_play_reads_the_page_lighting_each_sentence_then_reads_on_and_swipe_turns(
        browser: Any, html_books: dict[str, Path]) -> None:
    page, requests = open_book(browser, html_books["sam-en"])
    page.click("button.play")
    page.wait_for_selector("#page-1.shown h1 .s.now", timeout=5000)  # the title first
    page.wait_for_selector("#page-1.shown .words .s.now", timeout=8000)  # then the words
    page.wait_for_selector("#page-2.shown h2 .s.now", timeout=10000)  # and on it goes
    assert page.evaluate("document.documentElement.classList.contains('reading')")
    page.click("button.play")
    assert page.locator(".s.now").count() == 0
    assert not page.evaluate("document.documentElement.classList.contains('reading')")
    page.evaluate("""() => {
        const touch = x => new Touch({identifier: 1, target: document.body, clientX: x,
                                     clientY: 400});
        document.dispatchEvent(new TouchEvent('touchstart', {touches: [touch(300)]}));
        document.dispatchEvent(new TouchEvent('touchend', {changedTouches: [touch(120)]}));
    }""")
    assert page.locator(".page.shown").get_attribute("id") == "page-3"
    page.keyboard.press("ArrowLeft")
    assert page.locator(".page.shown").get_attribute("id") == "page-2"
    assert set(requests) == {html_books["sam-en"].as_uri()}
    page.context.close()


def test_without_javascript_every_page_stands_in_order(
        browser: Any, html_books: dict[str, Path]) -> None:
    page, _ = open_book(browser, html_books["noor-nl"], java_script_enabled=False)
    words = planned_words("noor-nl")
    pages = page.locator(".page")
    assert pages.count() == len(words)
    assert all(pages.nth(i).is_visible() for i in range(pages.count()))
    headings = page.locator(".page h1, .page h2").all_inner_texts()
    assert [" ".join(h.split()) for h in headings] == [" ".join(w[0].split()) for w in words]
    assert page.locator("audio[controls]").first.is_visible()  # each page its own player
    page.context.close()


def test_the_file_forbids_fetching_anything(html_books: dict[str, Path]) -> None:
    html = html_books["sam-en"].read_text(encoding="utf-8")
    assert "default-src 'none'" in html
    for outside in ("http://", "https://", "src=\"//", "url(//"):
        assert outside not in html


def test_recordings_in_wav_mp3_and_ogg_are_heard_in_the_book(
        browser: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A whole page in ogg, an item in mp3 and one in wav: each page's sound loads, the
    recorded pages say so, and the reader's notes of a partly recorded page too."""
    import shutil

    from tests.test_voice import GOOD, SAM, SOUNDS, wav_file
    from wordspictures.voice.mp3 import encode_mp3

    folder = tmp_path_factory.mktemp("recorded")
    shutil.copy(SOUNDS / "voice.ogg", folder / "cover.ogg")
    (folder / "love.mp3").write_bytes(encode_mp3(bytes(2 * 22050 * 2), 22050))  # 2 s
    wav_file(folder / "next.wav", 1.5)
    text = SAM.read_text(encoding="utf-8").replace(
        GOOD, "  - {text: Mum and Dad love Sam very much., audio: love.mp3}\n").replace(
        "  - Dad went to stay with Uncle Tom for two weeks.\n",
        "  - {text: Dad went to stay with Uncle Tom for two weeks., audio: next.wav}\n")
    account = folder / "sam.yaml"
    account.write_text(text + "audio:\n  cover: cover.ogg\n", encoding="utf-8")
    (html,) = build_book(account, folder, formats=["html"]).files
    page, requests = open_book(browser, html)
    durations = page.evaluate(DURATIONS)
    sources = page.eval_on_selector_all(".page", "pages => pages.map(p => "
                                        "p.querySelector('audio')?.dataset.source)")
    assert sources[0] == "recorded" and abs(durations[0] - 2.92) < 0.1
    assert sources.count("mixed") == 2 and all(d > 0.5 for d in durations)
    mixed = page.locator(".page").nth(sources.index("mixed"))
    assert "A recorded voice reads part of this page" in mixed.locator(".notes").inner_text()
    assert set(requests) == {html.as_uri()}
    page.context.close()
