"""`wordspictures check`: exit codes, --strict, --format json, grouping, and the build summary."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.conftest import SHARED
from wordspictures.api import check_account
from wordspictures.commands.cli import main
from wordspictures.lint import RulesError, findings_json, load_rules, summary
from wordspictures.lint.report import text_report

STORY = """\
language: en
people:
  sam: {name: Sam, role: child, age: 7, pronoun: he}
  dad: {name: Mark, role: father, called: Dad}
  granny: {name: Ria, role: grandmother, called: Granny}
good_things:
  - Dad reads Sam a story every night.
child_can:
  - Sam can always phone Granny.
safety_plan:
  - {text: Granny visits every Wednesday at four o'clock., who: [granny]}
"""


def write(tmp_path: Path, extra: str = "") -> Path:
    """Return an English account with ``extra`` YAML added at the end."""
    path = tmp_path / "story.yaml"
    path.write_text(STORY + textwrap.dedent(extra), encoding="utf-8")
    return path


def run(*args: str) -> Result:
    """Return the result of the command line."""
    return CliRunner().invoke(main, list(args))


def test_a_clean_account_exits_0(tmp_path: Path) -> None:
    result = run("check", str(write(tmp_path)))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "0 errors, 0 warnings"


def test_a_judgment_is_an_error_and_exits_1(tmp_path: Path) -> None:
    path = write(tmp_path, "worried:\n  - {who: granny, text: Granny says Dad is abusive.}\n")
    result = run("check", str(path))
    assert result.exit_code == 1
    assert f"{path}:13:44 judgment: abusive — " in result.output
    assert result.output.splitlines()[-1] == "1 error, 0 warnings"


def test_warnings_exit_0_unless_strict(tmp_path: Path) -> None:
    path = write(tmp_path, "worried:\n  - {who: granny, text: Granny says Dad often shouts.}\n")
    result = run("check", str(path))
    assert result.exit_code == 0
    assert "vague: often" in result.output and "0 errors, 1 warning" in result.output
    strict = run("check", str(path), "--strict")
    assert strict.exit_code == 1 and "1 error, 0 warnings" in strict.output


def test_json_has_every_finding_with_its_fields(tmp_path: Path) -> None:
    path = write(tmp_path, """\
        worried:
          - {who: granny, text: Granny says Dad is abusive and often shouts.}
        """)
    result = run("check", str(path), "--format", "json")
    assert result.exit_code == 1
    findings = json.loads(result.output)["findings"]
    assert [f["category"] for f in findings] == ["judgment", "vague"]
    assert set(findings[0]) == {"category", "severity", "line", "column", "words", "message",
                                "suggestion"}
    assert findings[0]["severity"] == "error" and findings[1]["severity"] == "warning"
    assert (findings[0]["line"], findings[0]["column"], findings[0]["words"]) == (
        13, 44, "abusive")
    assert findings[1]["suggestion"]


def test_json_also_carries_account_problems(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "missing.yaml"), "--format", "json")
    assert result.exit_code == 1
    [finding] = json.loads(result.output)["findings"]
    assert finding["category"] == "account" and "there is no file" in finding["message"]


def test_an_organisations_rules_folder_is_used(tmp_path: Path) -> None:
    rules = tmp_path / "rules" / "en"
    rules.mkdir(parents=True)
    (rules / "lint.yaml").write_text(
        "judgment:\n  - terms: [grumpy]\n    why: a label\n    suggest: say what happened\n",
        encoding="utf-8")
    path = write(tmp_path, "worried:\n  - {who: granny, text: Granny says Dad is grumpy.}\n")
    assert run("check", str(path)).exit_code == 0
    assert run("check", str(path), "--rules", str(tmp_path / "rules")).exit_code == 1


def test_a_terminal_gets_the_findings_grouped_by_category(tmp_path: Path) -> None:
    path = write(tmp_path, """\
        worried:
          - {who: granny, text: Granny says Dad is abusive and often shouts.}
          - {who: granny, text: Granny says Dad is lazy.}
        """)
    lines = text_report(check_account(path), grouped=True)
    assert [kind for _, kind in lines] == ["heading", "error", "error", "heading", "warning",
                                           "total"]
    assert lines[0][0] == "judgment (2)" and lines[3][0] == "vague (1)"
    assert lines[1][0].startswith(f"  {path}:13:")


def test_check_account_returns_findings_in_file_order(tmp_path: Path) -> None:
    problems = check_account(SHARED / "noor-nl.yaml")
    marks = [(p.mark.line, p.mark.column) for p in problems if p.mark]
    assert marks == sorted(marks)
    categories = [f["category"] for f in json.loads(findings_json(problems))["findings"]]
    # Before the word check's first finding: the drawings' warning about Sofie's look.
    assert categories[0] == "account" and categories[1] == "vague"


def test_the_summary_for_build_is_one_line(tmp_path: Path) -> None:
    assert summary([]) == "0 errors, 0 warnings"
    problems = check_account(SHARED / "noor-nl.yaml")
    line = summary(problems, "noor-nl.yaml")
    # Two findings of the word check and one of the drawings (nothing says if Sofie is a
    # woman or a man): build's summary counts what check shows.
    assert line == "0 errors, 3 warnings — run 'wordspictures check noor-nl.yaml' to see them"
    assert "\n" not in line


def test_a_broken_rules_folder_is_a_clear_error(tmp_path: Path) -> None:
    rules = tmp_path / "rules" / "en"
    rules.mkdir(parents=True)
    (rules / "lint.yaml").write_text("judgment: [ oops", encoding="utf-8")
    result = run("check", str(write(tmp_path)), "--rules", str(tmp_path / "rules"))
    assert result.exit_code == 1
    assert "lint.yaml: cannot read the word rules" in result.output
    assert "Traceback" not in result.output


def test_expressions_that_clash_are_named_with_their_file_when_loaded(tmp_path: Path) -> None:
    rules = tmp_path / "rules" / "en"
    rules.mkdir(parents=True)
    own = rules / "lint.yaml"
    # Each 're:' term is fine alone; in the one pattern of their rule, group 'a' is there twice.
    own.write_text("jargon:\n  - terms: ['re:(?P<a>cp)', 're:(?P<a>lac)']\n"
                   "    why: a word the child does not know\n    suggest: say what it is\n",
                   encoding="utf-8")
    with pytest.raises(RulesError, match=f"^{re.escape(str(own))}: .*cannot be read together"):
        load_rules("en", tmp_path / "rules")  # when loaded, before any text meets the rule
    for args in (["check", str(write(tmp_path)), "--rules"], ["templates", "check"]):
        result = run(*args, str(tmp_path / "rules"))
        assert result.exit_code == 1, result.output
        assert f"{own}: the terms 're:(?P<a>cp)', 're:(?P<a>lac)' cannot be read" in result.output
        assert "Traceback" not in result.output


def test_a_broken_expression_in_an_organisations_explanation_is_named_when_loaded(
        tmp_path: Path) -> None:
    own = tmp_path / "lint.yaml"
    own.write_text("language: en\norganisations:\n  explained_by: ['{org} re:(is']\n",
                   encoding="utf-8")
    with pytest.raises(RulesError, match=f"^{re.escape(str(own))}: "
                                         r"'{org} re:\(is' cannot be read as a pattern"):
        load_rules("en", tmp_path)
