"""How long `wordspictures check` takes on the largest example account (target: ≤ 0.5 s).

    .venv/bin/python benchmarks/check_speed.py [--runs 7]

Each run is a fresh process, the way a caseworker runs it: Python start, imports, reading the
account, compiling the word rules and checking. The median of the runs is the number that
counts; the in-process time of the check itself (rules already compiled) is shown beside it.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACCOUNTS = sorted([*ROOT.glob("examples/*.yaml"), *(ROOT / "tests" / "data" / "examples").glob(
    "*.yaml")], key=lambda p: p.stat().st_size)
TARGET = 0.5


def time_process(account: Path) -> float:
    """Return the wall time of one `python -m wordspictures check ACCOUNT` in a new process."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "wordspictures", "check", str(account)],
                          capture_output=True, check=False)
    took = time.perf_counter() - start
    # 1 is a check that found errors; anything else is a crash, and its time means nothing.
    if done.returncode not in (0, 1):
        raise SystemExit(f"'wordspictures check {account}' failed (exit {done.returncode}):\n"
                         + done.stderr.decode(errors="replace"))
    return took


def time_in_process(account: Path, runs: int) -> float:
    """Return the median time of check_account once the rules are compiled."""
    sys.path.insert(0, str(ROOT))
    from wordspictures.api import check_account

    check_account(account)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        check_account(account)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print the median times of the largest account and whether it meets the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    account = ACCOUNTS[-1]
    times = [time_process(account) for _ in range(args.runs)]
    median = statistics.median(times)
    warm = time_in_process(account, args.runs)
    verdict = "ok" if median <= TARGET else "TOO SLOW"
    print(f"{account.name}: check {median:.3f} s median of {args.runs} runs "
          f"(min {min(times):.3f}, max {max(times):.3f}); in process {warm * 1000:.1f} ms; "
          f"target {TARGET} s: {verdict}")


if __name__ == "__main__":
    main()
