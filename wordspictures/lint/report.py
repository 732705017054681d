"""Findings for people and programs: JSON, grouping for a terminal, a one-line summary."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from wordspictures.lint.finding import CATEGORIES
from wordspictures.problems import Problem

# Problems of the account itself (a missing key, an unknown id) have no word-check category.
ACCOUNT_CATEGORY = "account"


def finding_dict(problem: Problem) -> dict[str, object]:
    """Return one finding as the JSON object ``check --format json`` prints."""
    return {
        "category": problem.category or ACCOUNT_CATEGORY,
        "severity": problem.severity,
        "line": problem.mark.line if problem.mark else None,
        "column": problem.mark.column if problem.mark else None,
        "words": problem.words or "",
        "message": problem.message,
        "suggestion": problem.hint,
    }


def findings_json(findings: Iterable[Problem]) -> str:
    """Return ``{"findings": [...]}`` with every finding, in the order given."""
    return json.dumps({"findings": [finding_dict(p) for p in findings]}, ensure_ascii=False,
                      indent=2)


def group_findings(findings: Sequence[Problem]) -> list[tuple[str, list[Problem]]]:
    """Return the findings by category (account problems first, then the report order)."""
    order = (ACCOUNT_CATEGORY, *CATEGORIES)
    groups: dict[str, list[Problem]] = {}
    for problem in findings:
        groups.setdefault(problem.category or ACCOUNT_CATEGORY, []).append(problem)
    known = [c for c in order if c in groups]
    return [(c, groups[c]) for c in known + sorted(set(groups) - set(known))]


def count(findings: Iterable[Problem], strict: bool = False) -> tuple[int, int]:
    """Return (errors, warnings); with ``strict`` every warning counts as an error."""
    findings = list(findings)
    errors = sum(1 for p in findings if kind(p, strict) == "error")
    return errors, len(findings) - errors


def plural(number: int, word: str) -> str:
    """Return '1 error', '3 errors'."""
    return f"{number} {word}" + ("" if number == 1 else "s")


def summary(findings: Iterable[Problem], path: str = "FILE", strict: bool = False) -> str:
    """Return the one-line summary ``build`` prints of the account's problems and the word
    check's findings: the same count as the last line of ``check``."""
    errors, warnings = count(findings, strict)
    line = f"{plural(errors, 'error')}, {plural(warnings, 'warning')}"
    if errors or warnings:
        line += f" — run 'wordspictures check {path}' to see them"
    return line


def text_report(findings: Sequence[Problem], grouped: bool = False,
                strict: bool = False) -> list[tuple[str, str]]:
    """Return the lines of the text report, each with its kind for colouring.

    The kinds are 'heading', 'error', 'warning' and 'total'. Grouped (on a terminal) the
    findings come under a heading per category; plain (in a pipe, an editor) they stay one a
    line in file order, so tools can jump to FILE:LINE:COLUMN.
    """
    lines: list[tuple[str, str]] = []
    if grouped:
        for category, problems in group_findings(findings):
            lines.append((f"{category} ({len(problems)})", "heading"))
            lines += [(f"  {p}", kind(p, strict)) for p in problems]
    else:
        lines += [(str(p), kind(p, strict)) for p in findings]
    errors, warnings = count(findings, strict)
    lines.append((f"{plural(errors, 'error')}, {plural(warnings, 'warning')}", "total"))
    return lines


def kind(problem: Problem, strict: bool) -> str:
    """Return 'error' or 'warning' for a finding (every one is an error under --strict)."""
    return "error" if strict or not problem.is_warning else "warning"
