"""The browser the editor and the HTML book are tested in: it runs, and it runs offline."""

from __future__ import annotations

from typing import Any


def test_the_browser_shows_a_page_and_runs_its_script(browser: Any) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.set_content("<h1>Sam</h1><script>document.title = 'ready'</script>")
    assert page.title() == "ready" and page.inner_text("h1") == "Sam"
    assert requests == []  # nothing asked of any network
    page.close()
