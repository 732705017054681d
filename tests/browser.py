"""A real browser in the tests: Playwright for Python driving Debian's Chromium.

Playwright's own browser download is not available (no network): the tests use the
Chromium the system has (`/usr/bin/chromium`, Debian's package `chromium`), headless, with
the switches that keep it from reaching for the network. Without Chromium or Playwright
the browser tests skip and say how to get them; with CI=true they fail instead, so CI never
passes without having looked (.ci/run installs Chromium when it is missing).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

HOW_TO_GET = ("the browser tests need Chromium and Playwright: install Chromium "
              "(Debian/Ubuntu: apt-get install chromium) and the test tools "
              "(pip install -e '.[test]'), or set WORDSPICTURES_CHROMIUM to a Chromium")
# No update checks, no sync, no QUIC: the machine has no network and must not be asked to.
SWITCHES = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions"]


def chromium_path() -> str | None:
    """Return the Chromium to drive, or None when there is none."""
    chosen = os.environ.get("WORDSPICTURES_CHROMIUM")
    if chosen:
        return chosen
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def need_browser() -> str:
    """Return Chromium's path; skip without it (or without Playwright), fail on CI."""
    path = chromium_path()
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        path = None
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the browser tests: {HOW_TO_GET}")
        pytest.skip(HOW_TO_GET)
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Yield a headless Chromium (a Playwright Browser) for one test file.

    Not for the whole session: while Playwright runs, a thread of its own waits for the
    browser, and a build forks no helper process while other threads run
    (``system.forked.fork_is_safe``) — the tests of the forked processes would find none."""
    path = need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, headless=True,
                                              args=SWITCHES)
        yield launched
        launched.close()
