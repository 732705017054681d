"""The project stands on its own: a clone with nothing beside it tests and runs."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import ALL_EXAMPLES, ROOT, SHARED

# A path that leaves the project for the shared folder beside it.
OUTSIDE = re.compile(r"\.\./shared|\.parent\s*/\s*[\"']shared[\"']")


def test_the_examples_the_tests_use_are_inside_the_project() -> None:
    assert SHARED.is_relative_to(ROOT)
    assert {p.name for p in SHARED.glob("*.yaml")} >= {"noor-nl.yaml", "sam-en.yaml"}
    assert all(path.is_relative_to(ROOT) for path in ALL_EXAMPLES)


def test_no_test_or_benchmark_reads_a_folder_beside_the_project() -> None:
    files = [*(ROOT / "tests").glob("*.py"), *(ROOT / "benchmarks").glob("*.py")]
    leaving = [f"{path.relative_to(ROOT)}:{number}"
               for path in files if path != Path(__file__)
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if OUTSIDE.search(line)]
    assert not leaving
