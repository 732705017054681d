"""Time reading aloud: the computer voice a page, read anew and from the cache, and the
HTML book a caseworker waits for.

    .venv/bin/python benchmarks/speech.py     (make bench runs it after run.py)

Writes benchmarks/speech-results.md. A page "read anew" is synthesised (eSpeak NG, a
sentence at a time) and encoded as MP3; "cached" is the same page found in the cache by
the hash of its words. The builds run the real command in a fresh process.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted((ROOT / "tests" / "data" / "examples").glob("*.yaml"))
RUNS = 5
TARGET_MS = 50  # a page, read anew (issue 17)


def per_page(cache: Path | None) -> tuple[float, int]:
    """Return the median milliseconds a page over both examples, and the pages counted;
    ``cache`` None reads every page anew (no cache)."""
    from wordspictures.account.load import load_account
    from wordspictures.book.planner import plan_book
    from wordspictures.voice import page_voices

    if cache is None:
        os.environ["WORDSPICTURES_NO_CACHE"] = "1"
    else:
        os.environ.pop("WORDSPICTURES_NO_CACHE", None)
        os.environ["WORDSPICTURES_CACHE_DIR"] = str(cache)
    books = [(plan_book(account), account) for account in map(load_account, CASES)]
    pages = sum(len(book.pages) for book, _ in books)
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        for book, account in books:
            page_voices(book, account, "synth")
        times.append((time.perf_counter() - started) * 1000 / pages)
    return statistics.median(times), pages


def build(args: list[str], cache: Path) -> float:
    """Return the median seconds of a real build command (a fresh process each run)."""
    env = {**os.environ, "WORDSPICTURES_CACHE_DIR": str(cache)}
    env.pop("WORDSPICTURES_NO_CACHE", None)
    command = [sys.executable, "-m", "wordspictures", "build", *args]
    subprocess.run(command, env=env, check=True, capture_output=True)  # fill the cache
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        from wordspictures.voice.espeak import espeak

        started = time.perf_counter()
        espeak()
        start_ms = (time.perf_counter() - started) * 1000
        anew, pages = per_page(None)
        per_page(folder / "cache")  # fills it
        cached, _ = per_page(folder / "cache")
        sam = str(CASES[-1])
        out = str(folder / "out")
        every = "pptx,pdf,html"
        rows = [
            (f"a page read anew (eSpeak NG + MP3), {pages} pages of both examples",
             f"{anew:.1f} ms", f"≤ {TARGET_MS} ms", "yes" if anew <= TARGET_MS else "NO"),
            ("a page found in the cache", f"{cached:.1f} ms", "", ""),
            ("eSpeak NG loaded and started, once a process", f"{start_ms:.0f} ms", "", ""),
            ("rebuild, PPTX+PDF (no voice)",
             f"{build([sam, '-o', out, '--force'], folder / 'cache'):.2f} s", "", ""),
            ("rebuild, PPTX+PDF+HTML read aloud (pages cached)",
             f"{build([sam, '-o', out, '--format', every, '--force'], folder / 'cache'):.2f} s",
             "", ""),
            ("rebuild, HTML alone (pages cached)",
             f"{build([sam, '-o', out, '--format', 'html', '--force'], folder / 'cache'):.2f} s",
             "", ""),
        ]
    lines = ["# Reading aloud: benchmarks", "",
             f"Machine: {os.cpu_count()} cores, {platform.machine()}, Python "
             f"{platform.python_version()}, {platform.system()}. Medians of {RUNS} runs.",
             "Made with: `.venv/bin/python benchmarks/speech.py` (`make bench`).", "",
             "| measurement | median | target | met |", "|---|---|---|---|"]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    text = "\n".join(lines) + "\n"
    (Path(__file__).parent / "speech-results.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
