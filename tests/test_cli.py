"""The command line: exit codes, help with examples, new, demo, build options."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from tests.conftest import SHARED
from wordspictures import __version__
from wordspictures.commands.cli import main
from wordspictures.commands.cli_book import how_to_run

COMMANDS = sorted(main.commands)


def run(*args: str, **kwargs) -> object:  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), **kwargs)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output and f"wordspictures {command}" in result.output


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("build").exit_code == 2
    assert run("build", "x.yaml", "--paper", "a3").exit_code == 2
    assert run("frobnicate").exit_code == 2


def test_unknown_format_is_a_clear_error(tmp_path: Path) -> None:
    result = run("build", str(SHARED / "sam-en.yaml"), "-o", str(tmp_path), "--format", "docx")
    assert result.exit_code == 2  # typed wrong: a usage error
    assert "unknown format 'docx'" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("options", "says"), [
    (["--rotate-backs"], "add --booklet"),
    (["--archive", "--format", "pptx"], "add pdf to --format"),
])
@pytest.mark.parametrize("command", ["build", "watch"])
def test_book_options_that_do_not_go_together_are_told_once(
        tmp_path: Path, command: str, options: list[str], says: str) -> None:
    accounts = [str(SHARED / "sam-en.yaml")] + ([str(SHARED / "noor-nl.yaml")]
                                                if command == "build" else [])
    result = run(command, *accounts, "-o", str(tmp_path), *options)
    assert result.exit_code == 2
    assert result.output.count(says) == 1  # not once for every account
    assert list(tmp_path.iterdir()) == []


def test_missing_account_is_a_clear_error(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 1 and "there is no file" in result.output


@pytest.mark.parametrize("language", ["nl", "en"])
def test_new_writes_a_starter_that_builds(language: str, tmp_path: Path) -> None:
    account = tmp_path / "story.yaml"
    assert run("new", str(account), "--language", language).exit_code == 0
    text = account.read_text(encoding="utf-8")
    assert f"language: {language}" in text and text.count("#") > 20
    assert run("check", str(account)).exit_code == 0
    result = run("build", str(account), "-o", str(tmp_path / "out"), "--format", "pptx")
    assert result.exit_code == 0, result.output
    [pptx] = (tmp_path / "out").glob("*.pptx")
    assert len(Presentation(str(pptx)).slides) >= 10


def test_paper_and_orientation_are_read_in_any_case(tmp_path: Path) -> None:
    result = run("build", str(SHARED / "sam-en.yaml"), "-o", str(tmp_path), "--format", "pdf",
                 "--paper", "A4", "--orientation", "Portrait")
    assert result.exit_code == 0, result.output
    [pdf] = tmp_path.glob("*.pdf")
    width, height = PdfReader(pdf).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (595, 842)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_new_names_its_own_file_and_today_in_the_starter(language: str, tmp_path: Path) -> None:
    account = tmp_path / "mila.yaml"
    assert run("new", str(account), "--language", language, "--no-schema").exit_code == 0
    text = account.read_text(encoding="utf-8")
    assert "wordspictures check mila.yaml" in text and "wordspictures build mila.yaml" in text
    assert "story.yaml" not in text and "verhaal.yaml" not in text
    assert re.search(rf"^date: {dt.date.today().isoformat()}\b", text, re.MULTILINE)


def test_new_does_not_overwrite(tmp_path: Path) -> None:
    account = tmp_path / "story.yaml"
    account.write_text("mine", encoding="utf-8")
    result = run("new", str(account))
    assert result.exit_code == 1 and "already exists" in result.output
    assert account.read_text(encoding="utf-8") == "mine"


def test_build_only_pdf_on_a4(tmp_path: Path) -> None:
    from pypdf import PdfReader

    result = run("build", str(SHARED / "sam-en.yaml"), "-o", str(tmp_path), "--format", "pdf",
                 "--paper", "a4")
    assert result.exit_code == 0, result.output
    [pdf] = tmp_path.iterdir()
    box = PdfReader(pdf).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((595.28, 841.89), abs=0.5)


def test_demo_builds_the_bundled_examples(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("demo")
    assert result.exit_code == 0, result.output
    made = sorted(p.suffix for p in (tmp_path / "wordspictures-demo").iterdir())
    assert made == [".pdf"] * 4 + [".pptx"] * 4  # lotte, mia, sofia (nl+uk), yusuf (nl+ar)
    assert str(tmp_path / "wordspictures-demo") in result.output
    # Folders the command makes are as private as the books in them.
    assert (tmp_path / "wordspictures-demo").stat().st_mode & 0o777 == 0o700


def test_demo_says_how_to_run_the_command_when_it_is_not_on_the_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 'make demo' runs .venv/bin/wordspictures; the README's 'wordspictures …' lines then
    # gave 'command not found'. The demo says where the command is and how to reach it.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    result = run("demo")
    assert result.exit_code == 0, result.output
    command = Path(sys.executable).parent / "wordspictures"
    assert str(command) in result.output and "activate" in result.output
    monkeypatch.setenv("PATH", str(command.parent))
    assert how_to_run() is None  # on the PATH: nothing to say


def test_the_readme_says_how_to_run_the_command_after_make_demo() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    use = readme[readme.index("## Use"):]
    assert ".venv/bin/wordspictures" in readme[:readme.index("## Use")] + use[:2000]
    assert ". .venv/bin/activate" in readme and r".venv\Scripts\activate" in readme


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "wordspictures", "--version"],
                            capture_output=True, text=True, check=True)
    assert __version__ in result.stdout


@pytest.mark.parametrize(("args", "code", "stream", "says"), [
    (["--version"], 0, "stdout", __version__),
    (["check", "{bad}"], 1, "stdout", "bad.yaml:2:9:"),  # the problem, with its line
    (["build", "--paper", "a3", "{bad}"], 2, "stderr", "Invalid value for '--paper'"),
    (["build", "{good}", "-o", "{out}"], 0, "stdout", "wrote"),
])
def test_the_command_ends_with_its_exit_code_and_everything_it_printed(
        tmp_path: Path, args: list[str], code: int, stream: str, says: str) -> None:
    """The command leaves without Python's slow tidying (cli.run): what it printed and
    wrote must all be there, and the exit code must be the command's."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("language: en\npeople: [\n", encoding="utf-8")
    names = {"bad": str(bad), "good": str(SHARED / "sam-en.yaml"), "out": str(tmp_path / "b")}
    result = subprocess.run([sys.executable, "-m", "wordspictures",
                             *[a.format(**names) for a in args]],
                            capture_output=True, text=True)
    assert result.returncode == code, result.stderr
    assert says in getattr(result, stream)
    if "build" in args and code == 0:
        assert sorted(p.suffix for p in (tmp_path / "b").iterdir()) == [".pdf", ".pptx"]
        assert " pages, 0 errors, " in result.stdout  # the last line printed is there too

