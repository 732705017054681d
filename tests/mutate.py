"""Mutation testing (``make mutate``): small mistakes put into the modules that decide what
the child reads and what reaches the disk, each mutant run against that module's own tests.

mutmut (3.x) makes the mutants; each module is run in a scratch copy of the project (so
the work tree is never touched) with only its own test files, and of those only the tests
that run the mutated function. A mutant the tests do not notice has "survived": kill it
with a test, or say in docs/testing.md why it changes nothing.

    .venv/bin/python -m tests.mutate                 # every module below
    .venv/bin/python -m tests.mutate booklet output  # the modules whose name has these words
    MUTATE_JOBS=2 (the default: both cores)

The report (killed, survived, timed out, per module, and each survivor's diff) is printed
and written to mutation-report.md in the scratch folder; the kill rates go into
docs/testing.md by hand, with the reasons for the survivors left alive.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

# module -> its own test files (fast ones: a mutant reruns the tests that reach its function)
ACCOUNT_TESTS = ["tests/test_account.py", "tests/test_account_mistakes.py",
                 "tests/test_field_mistakes.py", "tests/test_bad_accounts.py",
                 "tests/test_ranges.py", "tests/test_account_pictures.py"]
MODULES: dict[str, list[str]] = {
    "wordspictures/system/output.py": ["tests/test_output.py", "tests/test_output_modes.py",
                                       "tests/test_output_edges.py"],
    "wordspictures/render/booklet.py": ["tests/test_booklet_imposing.py"],
    "wordspictures/lint/rules.py": ["tests/test_lint_sentences.py", "tests/test_lint_terms.py",
                                    "tests/test_lint_classes.py", "tests/test_lint_account.py"],
    "wordspictures/account/anonymise.py": ["tests/test_anonymise.py",
                                           "tests/test_anonymise_edges.py"],
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


def scratch_copy(folder: Path) -> None:
    """Copy the project's tracked files (and the work tree's changes to them) to folder."""
    names = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                           check=True, capture_output=True, text=True).stdout.splitlines()
    for name in names:
        source = ROOT / name
        if source.is_file():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, folder / name)


def configure(folder: Path, module: str, tests: list[str]) -> None:
    """Add mutmut's settings for one module and its tests to the copy's pyproject.toml."""
    settings = (
        "\n[tool.mutmut]\n"
        'source_paths = ["wordspictures"]\n'
        f"only_mutate = {json.dumps([module])}\n"
        f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
        f"pytest_add_cli_args = {json.dumps(['-p', 'no:cacheprovider', '-q'])}\n"
        f"also_copy = {json.dumps(COPY)}\n")
    with (folder / "pyproject.toml").open("a", encoding="utf-8") as handle:
        handle.write(settings)


def run_module(scratch: Path, module: str, tests: list[str], jobs: int) -> dict[str, object]:
    """Run mutmut over one module; return its counts and the survivors' diffs."""
    folder = scratch / Path(module).stem
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    scratch_copy(folder)
    configure(folder, module, tests)
    started = time.monotonic()
    mutmut = [str(BIN / "mutmut")]
    # One process a build: the mutant lives in this process (a forked PDF worker would
    # inherit it too, but its calls are not counted as the test's, so it would not be run).
    env = {**os.environ, "WORDSPICTURES_JOBS": "1"}
    with (folder / "mutmut.log").open("w", encoding="utf-8") as log:
        subprocess.run([*mutmut, "run", "--max-children", str(jobs)], cwd=folder, stdout=log,
                       stderr=subprocess.STDOUT, check=False, env=env)
    seconds = time.monotonic() - started
    subprocess.run([*mutmut, "export-cicd-stats"], cwd=folder, capture_output=True,
                   check=False)
    stats_file = folder / "mutants" / "mutmut-cicd-stats.json"
    stats = json.loads(stats_file.read_text()) if stats_file.is_file() else {}
    listing = subprocess.run([*mutmut, "results"], cwd=folder, capture_output=True,
                             text=True, check=False).stdout
    survivors = [line.split(":")[0].strip() for line in listing.splitlines()
                 if line.strip().endswith(": survived")]
    diffs = [subprocess.run([*mutmut, "show", name], cwd=folder, capture_output=True,
                            text=True, check=False).stdout for name in survivors]
    return {"module": module, "seconds": round(seconds), "stats": stats,
            "survivors": survivors, "diffs": diffs}


def report(results: list[dict[str, object]]) -> str:
    lines = ["| module | mutants | killed | survived | timed out | other | kill rate | time |",
             "|---|---|---|---|---|---|---|---|"]
    for result in results:
        stats: dict[str, int] = result["stats"]  # type: ignore[assignment]
        killed, survived = stats.get("killed", 0), stats.get("survived", 0)
        timeout = stats.get("timeout", 0)
        total = stats.get("total", 0)
        other = total - killed - survived - timeout
        rate = (killed + timeout) / max(1, killed + timeout + survived)
        lines.append(f"| {result['module']} | {total} | {killed} | {survived} | {timeout} | "
                     f"{other} | {rate:.0%} | {result['seconds']} s |")
    for result in results:
        for name, diff in zip(result["survivors"], result["diffs"],  # type: ignore[call-overload]
                              strict=True):
            lines += ["", f"survived: {name}", "```diff", diff.strip(), "```"]
    return "\n".join(lines) + "\n"


def main(words: list[str]) -> int:
    if shutil.which("mutmut", path=str(BIN)) is None:
        print("mutmut is missing: make mutate installs it (pip install 'mutmut>=3.3')")
        return 2
    jobs = int(os.environ.get("MUTATE_JOBS", "2"))
    chosen = {m: t for m, t in MODULES.items() if not words or any(w in m for w in words)}
    scratch = Path(os.environ.get("MUTATE_DIR") or
                   Path(tempfile.gettempdir()) / "wordspictures-mutate")
    results = []
    for module, tests in chosen.items():
        print(f"mutating {module} against {' '.join(tests)}", flush=True)
        results.append(run_module(scratch, module, tests, jobs))
        print(report(results[-1:]).split("\n\n")[0], flush=True)
    text = report(results)
    (scratch / "mutation-report.md").write_text(text, encoding="utf-8")
    print(text)
    print(f"written to {scratch / 'mutation-report.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
