"""How long a caseworker waits in the editor: from a keystroke to the page redrawn beside it.

    .venv/bin/python benchmarks/editor_speed.py [--runs 15] [ACCOUNT]

Measured in a real browser (Debian's Chromium driven by Playwright, as the browser tests
do) against the real command (`wordspictures edit ACCOUNT --no-browser`, its own process).
The page's own clock marks each key pressed and each new page picture once it has loaded
and can be shown; the time between the last key and the picture of the page with that key
is the number that counts (target: 0.2 s, the median, with the drawing cache warm).

Two kinds of typing are measured: one key after a pause (a word finished, a correction),
and the last key of a word typed at 8 keys a second (requests for the keys before it are
still being answered). Beside them, the server's own answer to a change (the round trip
of a request, without the browser) is timed too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "tests" / "data" / "examples" / "sam-en.yaml"
FIELD = "#f-what_happened-0-text"
TARGET = 0.2
# Marks each key and each page picture that has loaded, on the page's own clock.
WATCH = """() => {
  window.marks = []; window.lastKey = 0;
  document.addEventListener('keydown', () => { window.lastKey = performance.now(); }, true);
  const seen = new WeakSet();
  const look = () => {
    const img = document.querySelector('#preview img');
    if (!img || seen.has(img)) return;
    seen.add(img);
    const done = () => img.decode().then(() =>
      window.marks.push({t: performance.now(), src: img.getAttribute('src')}));
    if (img.complete && img.naturalWidth) done(); else img.addEventListener('load', done);
  };
  new MutationObserver(look).observe(document.body, {subtree: true, childList: true});
  look();
}"""


def start_editor(account: Path, env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    """Start `wordspictures edit` and return it with the address it printed first."""
    command = [sys.executable, "-m", "wordspictures", "edit", str(account), "--no-browser"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    if not address.startswith("http://127.0.0.1:"):
        process.kill()
        raise SystemExit(f"the editor did not print its address first: {address!r}")
    return process, address


def settle(page: Any, since: float, wait: float = 1.2) -> float | None:
    """Return the time the last page picture after ``since`` was shown (None: none came)."""
    page.wait_for_timeout(wait * 1000)
    marks = [m["t"] for m in page.evaluate("window.marks") if m["t"] > since]
    return max(marks) if marks else None


def one_key(page: Any, runs: int) -> list[float]:
    """Return the times from one key, pressed after a pause, to its page."""
    took = []
    for number in range(runs):
        page.keyboard.type("abcdefghijklmnopqrstuvwxyz"[number % 26])
        pressed = page.evaluate("window.lastKey")
        shown = settle(page, pressed)
        if shown is not None:
            took.append((shown - pressed) / 1000)
    return took


def typed_word(page: Any, runs: int) -> list[float]:
    """Return the times from the last key of a word typed at 8 keys a second to its page."""
    took = []
    for _ in range(runs):
        page.keyboard.type(" safe", delay=125)
        pressed = page.evaluate("window.lastKey")
        shown = settle(page, pressed, 1.5)
        if shown is not None:
            took.append((shown - pressed) / 1000)
    return took


def server_round_trip(page: Any, runs: int) -> list[float]:
    """Return the times of the change requests alone, as the browser's network saw them."""
    entries = page.evaluate("performance.getEntriesByType('resource')"
                            ".filter(e => e.name.endsWith('/change')).map(e => e.duration)")
    return [e / 1000 for e in entries[-runs:]]


def measure(account: Path, runs: int) -> dict[str, float]:
    """Return the medians, in seconds, of a warm editor on a copy of ``account``."""
    sys.path.insert(0, str(ROOT))
    from playwright.sync_api import sync_playwright

    from tests.browser import SWITCHES, chromium_path

    browser_path = chromium_path()
    if browser_path is None:
        raise SystemExit("the editor's speed is measured in Chromium: install it "
                         "(Debian/Ubuntu: apt-get install chromium)")
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / account.name
        shutil.copy(account, copy)
        env = dict(os.environ, WORDSPICTURES_CACHE_DIR=str(Path(folder) / "cache"))
        process, address = start_editor(copy, env)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=browser_path,
                                                     headless=True, args=SWITCHES)
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.goto(address)
                page.evaluate(WATCH)
                page.click(FIELD)
                page.keyboard.press("End")
                one_key(page, 3)  # warm: pictures drawn, caches filled
                keys = one_key(page, runs)
                words = typed_word(page, max(5, runs // 3))
                trips = server_round_trip(page, runs)
                browser.close()
        finally:
            process.terminate()
            process.wait(10)
    return {"editor: one key to its page (browser)": statistics.median(keys),
            "editor: last key of a word to its page (browser)": statistics.median(words),
            "editor: a change's round trip (server)": statistics.median(trips)}


SECTION = "## The editor"
RESULTS = ROOT / "benchmarks" / "results.md"


def write_section(results: dict[str, float], runs: int, account: Path) -> None:
    """Put the editor's section at the end of results.md (run.py keeps it as it is)."""
    load, cores = os.getloadavg()[0], os.cpu_count() or 1
    # Say when other work shared the machine: the times are then longer than a caseworker's.
    busy = f" (more than the {cores} cores: other work shared the machine)" if load > cores else ""
    lines = [SECTION, "",
             f"Measured with `.venv/bin/python benchmarks/editor_speed.py --write` on "
             f"{os.cpu_count()} cores: the real command (`wordspictures edit "
             f"{account.name} --no-browser`, its own process, pictures drawn on the second "
             f"core) and Debian's Chromium driven by Playwright, in headless mode. The "
             f"page's own clock marks the key pressed and the moment the new page picture "
             f"has loaded and been decoded, ready to be shown. Drawing cache warm (three "
             f"keys first). Medians of {runs} keys after a pause, and of "
             f"{max(5, runs // 3)} words typed at 8 keys a second. Load average when "
             f"written: {load:.1f}{busy}.", "",
             "| measurement | median | target | met |", "|---|---|---|---|"]
    for name, value in results.items():
        target = name.endswith("(browser)")
        lines.append(f"| {name} | {value * 1000:.0f} ms | "
                     f"{f'≤ {TARGET * 1000:.0f} ms' if target else ''} | "
                     f"{('yes' if value <= TARGET else 'no') if target else ''} |")
    before = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    head = before[:before.index(SECTION)] if SECTION in before else before
    RESULTS.write_text(head.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n",
                       encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("account", nargs="?", type=Path, default=EXAMPLE)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--write", action="store_true",
                        help="also write the medians into benchmarks/results.md")
    args = parser.parse_args()
    started = time.perf_counter()
    results = measure(args.account, args.runs)
    for name, value in results.items():
        print(f"{name}: {value * 1000:.0f} ms")
    print(f"(measured in {time.perf_counter() - started:.0f} s; target {TARGET * 1000:.0f} ms)")
    if args.write:
        write_section(results, args.runs, args.account)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
