"""Every broken account in tests/bad gives exit 1, its message with file and line, no file.

A Dutch account (language: nl) is told about in Dutch, an English one in English, a file
whose language cannot be known in English.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from wordspictures.commands.cli import main

BAD = Path(__file__).parent / "bad"
# Files that cannot hold their own '# expect:' line.
EXPECTED = {
    "empty.yaml": "line 1: the file is empty",
    "binary.yaml": "line 1: this is not a text file",
    "latin1.yaml": "line 2: het bestand is niet bewaard als UTF-8-tekst",
}


def expectation(path: Path) -> tuple[int, str]:
    """Return the (line, message) a bad account must produce."""
    text = EXPECTED.get(path.name) or path.read_text(encoding="utf-8").splitlines()[0]
    match = re.match(r"(?:# expect: )?line (\d+): (.*)", text)
    assert match, f"{path.name} has no '# expect: line N: message' first line"
    return int(match.group(1)), match.group(2)


def test_the_corpus_is_large_enough() -> None:
    assert len(list(BAD.glob("*.yaml"))) >= 25


@pytest.mark.parametrize("path", sorted(BAD.glob("*.yaml")), ids=lambda p: p.name)
@pytest.mark.parametrize("command", ["build", "check"])
def test_bad_account_is_refused_clearly(path: Path, command: str, tmp_path: Path) -> None:
    line, message = expectation(path)
    account = tmp_path / path.name
    shutil.copy(path, account)
    out = tmp_path / "out"
    args = [command, str(account)] + (["-o", str(out)] if command == "build" else [])
    result = CliRunner().invoke(main, args)
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert result.exit_code == 1, output
    assert "Traceback" not in output
    assert f"{account}:{line}:" in output, output
    assert message in output, output
    assert not out.exists() or not any(out.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name] + (
        ["out"] if out.exists() else []))
