"""Put each of the worst mistakes the book can make into a scratch copy, one at a time, and
show that the tests fail (issue 20). The work tree is never touched.

    .venv/bin/python -m tests.mistakes          # every mistake, against its test files
    .venv/bin/python -m tests.mistakes --all    # every mistake, against the whole suite

Each line says the mistake, the tests that ran and whether they failed (they must).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.mutate import scratch_copy

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Mistake:
    what: str
    file: str
    before: str
    after: str
    tests: tuple[str, ...]


MISTAKES = (
    Mistake("the Dutch not-your-fault page says it is the children's fault",
            "wordspictures/templates/nl/not_your_fault.j2",
            "is niet de schuld van", "is de schuld van",
            ("tests/test_meaning.py", "tests/test_golden.py")),
    Mistake("the English not-your-fault heading loses its 'not'",
            "wordspictures/templates/en/not_your_fault.j2",
            "It is not your fault", "It is your fault",
            ("tests/test_meaning.py", "tests/test_golden.py")),
    Mistake("a page goes on under another person's heading (Mama after Papa)",
            "wordspictures/book/planner.py",
            "more = continued or (number > 0 and words.heading == heading)",
            "more = continued or number > 0",
            ("tests/test_continuation.py",)),
    Mistake("a book written through the fallback route (a named temporary file) gets 0644",
            "wordspictures/system/output.py",
            "lambda name: os.open(name, flags, 0o600)",
            "lambda name: os.open(name, flags, 0o644)",
            ("tests/test_output_modes.py",)),
    Mistake("a nameless file is made readable by all",
            "wordspictures/system/output.py",
            "flag | os.O_WRONLY, 0o600)", "flag | os.O_WRONLY, 0o644)",
            ("tests/test_output_modes.py",)),
    Mistake("the missing-letter warning ignores 'called'",
            "wordspictures/fonts/letters.py",
            "(person.name, person.called, person.called_translation)",
            "(person.name, person.called_translation)",
            ("tests/test_letters_fields.py",)),
    Mistake("the missing-letter warning ignores a score's note",
            "wordspictures/account/model.py",
            "        for score in self.scale:\n            if score.text:",
            "        for score in self.scale:\n            if False:",
            ("tests/test_letters_fields.py",)),
    Mistake("a score of 10 (the top of any range) is refused",
            "wordspictures/account/fields.py",
            "not low <= value <= high", "not low <= value < high",
            ("tests/test_ranges.py",)),
    Mistake("the bottom of every range (a score of 0, age 0) is refused",
            "wordspictures/account/fields.py",
            "not low <= value <= high", "not low < value <= high",
            ("tests/test_ranges.py",)),
    Mistake("a draft's mark no longer says draft",
            "wordspictures/templates/en/book.j2",
            "{% macro draft_label(version, date) %}Draft",
            "{% macro draft_label(version, date) %}Version",
            ("tests/test_meaning.py", "tests/test_golden.py")),
    Mistake("a draft is kept like a final book: it cannot be rebuilt",
            "wordspictures/api.py",
            "if not account.is_draft and not force:", "if not force:",
            ("tests/test_print_files.py",)),
)


def try_mistake(mistake: Mistake, folder: Path, whole: bool) -> tuple[bool, float, str]:
    """Return whether the tests failed with the mistake in, how long it took, and the
    last line pytest said."""
    path = folder / mistake.file
    original = path.read_text(encoding="utf-8")
    assert original.count(mistake.before) == 1, f"{mistake.file}: {mistake.before!r}"
    path.write_text(original.replace(mistake.before, mistake.after), encoding="utf-8")
    tests = [] if whole else list(mistake.tests)
    started = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p",
                               "no:cacheprovider", *tests], cwd=folder, capture_output=True,
                              text=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
                              check=False)
    finally:
        path.write_text(original, encoding="utf-8")
    said = (done.stdout.strip().splitlines() or [""])[-1]
    return done.returncode != 0, time.monotonic() - started, said


def main(args: list[str]) -> int:
    whole = "--all" in args
    with tempfile.TemporaryDirectory(prefix="wordspictures-mistakes-") as scratch:
        folder = Path(scratch)
        scratch_copy(folder)
        where = subprocess.run([sys.executable, "-c", "import wordspictures; "
                                "print(wordspictures.__file__)"], cwd=folder,
                               capture_output=True, text=True, check=True).stdout
        assert where.startswith(str(folder)), f"the copy is not the one imported: {where}"
        caught = 0
        for mistake in MISTAKES:
            failed, seconds, said = try_mistake(mistake, folder, whole)
            caught += failed
            print(f"{'caught' if failed else 'MISSED'}  {mistake.what}\n"
                  f"        {' '.join(mistake.tests) if not whole else 'the whole suite'}: "
                  f"{said} ({seconds:.0f} s)", flush=True)
    print(f"{caught} of {len(MISTAKES)} mistakes made the tests fail")
    return 0 if caught == len(MISTAKES) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
