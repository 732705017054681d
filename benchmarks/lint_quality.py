"""How well the word check tells good sentences from bad ones, on the labelled sets.

    .venv/bin/python benchmarks/lint_quality.py            # the table, as in docs/checking.md
    .venv/bin/python benchmarks/lint_quality.py --misses   # and every sentence it gets wrong

The labelled sets are ``tests/data/lint/labelled-<lang>.yaml`` (the rules were tuned on them)
and ``holdout-<lang>.yaml``, ``holdout2-…`` and ``holdout3-…`` (each written after the rules
were frozen: the honest estimate is each one's first run, in docs/checking.md).
"A problem" is any finding; a category counts as found when a finding of that category is.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "lint"
sys.path.insert(0, str(ROOT))

from wordspictures.lint import CATEGORIES, lint_sentence  # noqa: E402


@dataclass(frozen=True)
class Sample:
    """One labelled sentence."""

    text: str
    section: str | None
    expect: frozenset[str]
    words: str | None


@dataclass
class Counts:
    """True positives, false positives and false negatives of one question."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    support: int = 0

    def add(self, truth: bool, said: bool) -> None:
        """Count one answer."""
        self.tp += truth and said
        self.fp += said and not truth
        self.fn += truth and not said
        self.support += truth

    @property
    def precision(self) -> float:
        """Return tp / (tp + fp), 1.0 when nothing was said."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Return tp / (tp + fn), 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Score:
    """The counts of one labelled file, and what it got wrong."""

    name: str
    sentences: int = 0
    good: int = 0
    problem: Counts = field(default_factory=Counts)
    categories: dict[str, Counts] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)


def read_samples(path: Path) -> tuple[dict[str, Any], list[Sample]]:
    """Return the header (language, reading_age, children) and the sentences of a file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for s in data["sentences"]:
        # '{text: A, b}' unquoted is the text 'A' and a key 'b': the sentence is cut short.
        if set(s) - {"text", "section", "expect", "words"}:
            raise ValueError(f"{path.name}: a text with a comma needs quotes: {s}")
    samples = [Sample(str(s["text"]), s.get("section"), frozenset(s.get("expect") or ()),
                      s.get("words")) for s in data["sentences"]]
    return data, samples


def score_file(path: Path) -> Score:
    """Return the score of the word check on one labelled file."""
    header, samples = read_samples(path)
    score = Score(path.stem)
    score.categories = {c: Counts() for c in CATEGORIES}
    for sample in samples:
        found = lint_sentence(sample.text, str(header["language"]),
                              int(header.get("reading_age", 8)), sample.section,
                              names=list(header.get("children") or ()))
        said = {p.category or "" for p in found}
        score.sentences += 1
        score.good += not sample.expect
        score.problem.add(bool(sample.expect), bool(found))
        for category, counts in score.categories.items():
            counts.add(category in sample.expect, category in said)
        if said != set(sample.expect):
            shown = "; ".join(f"{p.category}: {p.words}" for p in found) or "nothing"
            score.misses.append(f"[{sample.section}] {sample.text}\n"
                                f"    expected {sorted(sample.expect) or 'nothing'}, "
                                f"found {shown}")
    return score


def table(scores: Iterable[Score]) -> str:
    """Return the markdown tables: 'has a problem' per file, then per category."""
    scores = list(scores)
    lines = ["| set | sentences | good | precision | recall |", "|---|---|---|---|---|"]
    for s in scores:
        lines.append(f"| {s.name} | {s.sentences} | {s.good} | {s.problem.precision:.2f} "
                     f"| {s.problem.recall:.2f} |")
    lines += ["", "| category | " + " | ".join(s.name for s in scores) + " |",
              "|---|" + "---|" * len(scores)]
    for category in CATEGORIES:
        cells = []
        for s in scores:
            c = s.categories[category]
            cells.append(f"P {c.precision:.2f} R {c.recall:.2f} (n={c.support})"
                         if c.support or c.fp else "–")
        lines.append(f"| {category} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    """Print the tables (and with --misses the sentences the check gets wrong)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    kinds = ("labelled", "holdout", "holdout2", "holdout3")
    files = [DATA / f"{kind}-{lang}.yaml" for kind in kinds for lang in ("nl", "en")]
    scores = [score_file(path) for path in files if path.is_file()]
    print(table(scores))
    if args.misses:
        for s in scores:
            print(f"\n## {s.name}: {len(s.misses)} disagreements")
            for miss in s.misses:
                print(miss)


if __name__ == "__main__":
    main()
