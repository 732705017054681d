"""Each simple kind of value told wrong, at its line and in its words (survivors of make
mutate): an empty text, a list where a text belongs, a flag that is not true or false."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED
from wordspictures.account.load import load_account
from wordspictures.errors import AccountError

SAM = (SHARED / "sam-en.yaml").read_text(encoding="utf-8")
CASES = {
    "an empty text": ("title: Sam's story", 'title: ""', 2, 8,
                      "the title is empty — write the text after the ':'"),
    "nothing after the colon": ("title: Sam's story", "title:", 2, 7,
                                "the title is empty — write the text after the ':'"),
    "a list for a text": ("title: Sam's story", "title: [Sam, story]", 2, 8,
                          "the title should be text, not a list or a group of keys — write "
                          "it on one line after the ':'"),
    "a flag that is not true or false": ("glasses: true}", "glasses: maybe}", 12, 124,
                                         "glasses should be true or false — not 'maybe'"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_wrong_value_is_told_at_its_line(tmp_path: Path, case: str) -> None:
    before, after, line, column, said = CASES[case]
    assert SAM.count(before) == 1
    path = tmp_path / "account.yaml"
    path.write_text(SAM.replace(before, after), encoding="utf-8")
    with pytest.raises(AccountError) as caught:
        load_account(path)
    problems = [str(p) for p in caught.value.problems if not p.is_warning]
    assert problems == [f"{path}:{line}:{column}: {said}"]
