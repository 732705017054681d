"""Mutation testing (``make mutate``): small mistakes put into the modules that decide what
the child reads and what reaches the disk, each mutant run against that module's own tests.

mutmut (3.x) makes the mutants; each module is run in a scratch copy of the project (so
the work tree is never touched) with only its own test files, and of those only the tests
that run the mutated function (modules with the same test files share one run). A mutant
the tests do not notice has "survived": kill it with a test, or say in docs/testing.md why
it changes nothing.

    .venv/bin/python -m tests.mutate                 # every module below (not load.py)
    .venv/bin/python -m tests.mutate booklet output  # the modules whose name has these words
    MUTATE_JOBS=2 (the default: both cores)

The report (per module: mutants, killed, timed out, survived, no test, kill rate, wall and
processor time; then each survivor's diff) is printed and written to build/mutate-report.md;
its table is copied into docs/testing.md, with the reasons for the survivors left alive.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

# module -> its own test files (fast ones: a mutant reruns the tests that reach its function)
ACCOUNT_TESTS = ["tests/test_account.py", "tests/test_account_mistakes.py",
                 "tests/test_field_mistakes.py", "tests/test_bilingual_account.py",
                 "tests/test_bad_accounts.py",
                 "tests/test_ranges.py", "tests/test_account_pictures.py"]
MODULES: dict[str, list[str]] = {
    "wordspictures/system/output.py": ["tests/test_output.py", "tests/test_output_modes.py",
                                       "tests/test_output_edges.py",
                                       "tests/test_output_guardian.py"],
    "wordspictures/render/booklet.py": ["tests/test_booklet_imposing.py"],
    "wordspictures/lint/rules.py": ["tests/test_lint_rule_files.py",
                                    "tests/test_lint_sentences.py", "tests/test_lint_terms.py",
                                    "tests/test_lint_classes.py", "tests/test_lint_account.py"],
    # Without the tests that build and read back whole anonymous books (about 20 s of
    # fixture for every mutant they reach): test_anonymise_account.py checks the copy itself.
    "wordspictures/account/anonymise.py": [
        "tests/test_anonymise_account.py", "tests/test_anonymise_bilingual.py",
        "tests/test_anonymise_edges.py",
        "tests/test_anonymise.py", *(f"--deselect=tests/test_anonymise.py::{name}" for name in (
            "test_no_name_date_or_phone_is_left_anywhere", "test_everyone_is_named_by_role",
            "test_the_files_are_named_from_the_anonymous_title",
            "test_the_files_carry_the_month_not_the_day",
            "test_a_third_language_pack_anonymises_too"))],
    "wordspictures/account/fields.py": ACCOUNT_TESTS,
    "wordspictures/account/kinds.py": ACCOUNT_TESTS,
    "wordspictures/account/load.py": ACCOUNT_TESTS,
    # Wording asked directly with tiny packs in a temporary folder (no book planned); the
    # golden text and test_meaning.py guard the shipped packs' words themselves.
    "wordspictures/language/wording.py": ["tests/test_wording_units.py"],
    # The planner's methods called one at a time on small accounts (no layout, no PDF).
    "wordspictures/book/planner.py": ["tests/test_planner_units.py"],
}
COPY = ["tests", "examples", "illustrations", "benchmarks", "docs"]
# Runnable by name, left out of the whole run: not among the modules, and its tests
# load whole accounts with covers and drawings (about 830 mutants).
BY_NAME_ONLY = {"wordspictures/account/load.py"}
REPORT = ROOT / "build" / "mutate-report.md"
STATUSES = ("killed", "timeout", "survived", "no tests")
# What the run asks of each mutant, read in the copy by mutmut's own code after the run.
COLLECT = """
import json, sys
from mutmut.mutation.data import SourceFileMutationData
from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.stats import status_by_exit_code
found = {}
for path in sys.argv[1:]:
    data = SourceFileMutationData(path=path)
    data.load()
    status = {k: status_by_exit_code[v] for k, v in data.exit_code_by_key.items()}
    found[path] = {"status": status, "diffs": {k: get_diff_for_mutant(k, path=path)
                                                for k, s in status.items() if s == "survived"}}
print(json.dumps(found))
"""


def scratch_copy(folder: Path) -> None:
    """Copy the project's tracked files (and the work tree's changes to them) to folder."""
    names = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                           check=True, capture_output=True, text=True).stdout.splitlines()
    for name in names:
        source = ROOT / name
        if source.is_file():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, folder / name)


def configure(folder: Path, modules: list[str], tests: list[str]) -> None:
    """Add mutmut's settings for some modules and their tests to the copy's pyproject.toml.

    ``tests.mutate_plugin`` empties what mutated code left in memory before each mutant's
    tests. (mutmut's timeout stays its own: fifteen times the tests' time, which counts
    their calls but not their fixtures, so a shorter one would stop a mutant whose tests
    build a book in a fixture and count it as killed.)"""
    settings = (
        "\n[tool.mutmut]\n"
        'source_paths = ["wordspictures"]\n'
        f"only_mutate = {json.dumps(modules)}\n"
        f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
        "pytest_add_cli_args = "
        f"{json.dumps(['-p', 'no:cacheprovider', '-p', 'tests.mutate_plugin', '-q'])}\n"
        f"also_copy = {json.dumps(COPY)}\n")
    with (folder / "pyproject.toml").open("a", encoding="utf-8") as handle:
        handle.write(settings)


def run_modules(scratch: Path, modules: list[str], tests: list[str], jobs: int
                ) -> list[dict[str, Any]]:
    """Run mutmut once over modules that share their tests; return each one's result."""
    folder = scratch / "-".join(Path(m).stem for m in modules)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    scratch_copy(folder)
    configure(folder, modules, tests)
    started, cpu = time.monotonic(), children_cpu()
    mutmut = [str(BIN / "mutmut")]
    # One process a build: the mutant lives in this process (a forked PDF worker would
    # inherit it too, but its calls are not counted as the test's, so it would not be run).
    env = {**os.environ, "WORDSPICTURES_JOBS": "1"}
    with (folder / "mutmut.log").open("w", encoding="utf-8") as log:
        run = subprocess.Popen([*mutmut, "run", "--max-children", str(jobs)], cwd=folder,
                               stdout=log, stderr=subprocess.STDOUT, env=env,
                               start_new_session=True)
        run.wait()
    # A mutant may leave processes behind (one that forks and then goes on as the parent
    # did copies the test run): they are in the run's own process group, ended here.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(run.pid, signal.SIGKILL)
    seconds, cpu = time.monotonic() - started, children_cpu() - cpu
    found = subprocess.run([str(BIN / "python"), "-c", COLLECT, *modules], cwd=folder,
                           capture_output=True, text=True, check=False)
    collected = json.loads(found.stdout) if found.returncode == 0 else {}
    return [{"module": module, "tests": tests, "seconds": seconds, "cpu": cpu,
             "with": [m for m in modules if m != module],
             **collected.get(module, {"status": {}, "diffs": {}})} for module in modules]


def children_cpu() -> float:
    """Return the processor time (user and system) of this process's ended children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def counts(result: dict[str, Any]) -> dict[str, int]:
    """Return the number of mutants of a module in each state, and in all."""
    found = Counter(result["status"].values())
    return {"total": sum(found.values()), **{s: found[s] for s in STATUSES},
            "other": sum(n for s, n in found.items() if s not in STATUSES)}


def rate(number: dict[str, int]) -> str:
    """Return killed (and timed out) over those that were tried."""
    tried = number["killed"] + number["timeout"] + number["survived"]
    return f"{(number['killed'] + number['timeout']) / tried:.0%}" if tried else "-"


def report(results: list[dict[str, Any]], wall: float) -> str:
    """Return the report: a table of the modules, then each survivor's diff."""
    lines = ["| module | mutants | killed | timed out | survived | no test | other | "
             "kill rate | wall | CPU |", "|---|---|---|---|---|---|---|---|---|---|"]
    shown: set[str] = set()
    for result in results:
        number = counts(result)
        shared = result["with"]
        run = "-".join(sorted([result["module"], *shared]))
        times = (f"{result['seconds']:.0f} s | {result['cpu']:.0f} s" if run not in shown
                 else "(one run with the row above) | ")
        shown.add(run)
        lines.append(f"| `{result['module'].removeprefix('wordspictures/')}` | "
                     f"{number['total']} | {number['killed']} | {number['timeout']} | "
                     f"{number['survived']} | {number['no tests']} | {number['other']} | "
                     f"{rate(number)} | {times} |")
    total_cpu = sum(r["cpu"] for r in {"-".join(sorted([r["module"], *r["with"]])): r
                                       for r in results}.values())
    lines += ["", f"Whole run: {wall:.0f} s wall, {total_cpu:.0f} s CPU (user and system)."]
    for result in results:
        lines += ["", f"### `{result['module']}` against {', '.join(result['tests'])}"]
        for name, diff in result["diffs"].items():
            lines += ["", f"survived: {name}", "```diff", diff.strip(), "```"]
    return "\n".join(lines) + "\n"


def chosen_runs(words: list[str]) -> list[tuple[list[str], list[str]]]:
    """Return the runs to make: modules named by any of the words (none: every module but
    those run by name only), those with the same tests together."""
    runs: dict[tuple[str, ...], list[str]] = {}
    for module, tests in MODULES.items():
        if any(w in module for w in words) if words else module not in BY_NAME_ONLY:
            runs.setdefault(tuple(tests), []).append(module)
    return [(modules, list(tests)) for tests, modules in runs.items()]


def main(words: list[str]) -> int:
    if shutil.which("mutmut", path=str(BIN)) is None:
        print("mutmut is missing: make mutate installs it (pip install 'mutmut>=3.3')")
        return 2
    jobs = int(os.environ.get("MUTATE_JOBS", "2"))
    scratch = Path(os.environ.get("MUTATE_DIR") or
                   Path(tempfile.gettempdir()) / "wordspictures-mutate")
    results: list[dict[str, Any]] = []
    started = time.monotonic()
    for modules, tests in chosen_runs(words):
        print(f"mutating {' '.join(modules)} against {' '.join(tests)}", flush=True)
        done = run_modules(scratch, modules, tests, jobs)
        results += done
        print(report(done, done[0]["seconds"]).split("\n\n")[0], flush=True)
    text = report(results, time.monotonic() - started)
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(text, encoding="utf-8")
    print(text.split("\n### ")[0])
    print(f"written to {REPORT} (with each survivor's diff); the copies are in {scratch}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
