"""Both ends of every range of the account format, every time (not when a fuzzer happens
to draw them): the lowest and the highest value are taken, one below and one above are
refused at their line with the range in the message, and nothing is written.

The ranges are read from the table of keys (``account/keys.py``): a new key with a range
fails here until it has a place in ``PLACES`` below.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SHARED
from wordspictures.account import keys
from wordspictures.account.keys import WHOLE, Key
from wordspictures.account.load import load_account
from wordspictures.account.model import Account
from wordspictures.book.planner import plan_book
from wordspictures.errors import AccountError

SAM = (SHARED / "sam-en.yaml").read_text(encoding="utf-8")

# The key's group and name -> (the line of sam-en.yaml it is on, that line with the value
# as {}, and how the loaded account gives the value back).
PLACES: dict[tuple[str, str], tuple[str, str, Callable[[Account], int]]] = {
    ("TOP", "version"): ("version: 1\n", "version: {}\n", lambda a: a.version or 0),
    ("PERSON", "age"): ("sam: {name: Sam, role: child, age: 7,",
                        "sam: {{name: Sam, role: child, age: {},",
                        lambda a: a.person("sam").age or 0),
    ("SCORE", "score"): ("{who: sofia, score: 5,", "{{who: sofia, score: {},",
                         lambda a: a.scale[0].score),
}


def ranged_keys() -> list[tuple[str, Key]]:
    """Return every key of the table that holds a whole number in a range, with its group."""
    found = []
    for group, value in vars(keys).items():
        if not group.isupper():
            continue
        rows = [value] if isinstance(value, Key) else value if isinstance(value, tuple) else \
            [k for extra in value.values() for k in extra] if isinstance(value, dict) else []
        found += [(group, k) for k in rows if isinstance(k, Key) and k.kind == WHOLE]
    return sorted({(g, k.name): k for g, k in found if not g.endswith("_KEYS")}.items())


RANGED = ranged_keys()


def test_every_ranged_key_has_a_place_here() -> None:
    assert {place for place, _ in RANGED} == set(PLACES)
    assert all(key.high > key.low for _, key in RANGED)


def account_with(tmp_path: Path, place: tuple[str, str], value: int) -> Path:
    line, written, _ = PLACES[place]
    assert SAM.count(line) == 1, line
    path = tmp_path / "account.yaml"
    path.write_text(SAM.replace(line, written.format(value)), encoding="utf-8")
    return path


def line_of(path: Path, place: tuple[str, str], value: int) -> int:
    written = PLACES[place][1].format(value)
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, text in enumerate(lines, 1) if written.strip() in text)


@pytest.mark.parametrize(("place", "key"), RANGED, ids=[f"{g}.{n}" for (g, n), _ in RANGED])
def test_both_ends_of_a_range_are_taken(tmp_path: Path, place: tuple[str, str],
                                        key: Key) -> None:
    for value in (key.low, key.high):
        account = load_account(account_with(tmp_path, place, value))
        assert PLACES[place][2](account) == value
        assert plan_book(account).pages  # and the book is planned with it


@pytest.mark.parametrize(("place", "key"), RANGED, ids=[f"{g}.{n}" for (g, n), _ in RANGED])
def test_one_past_either_end_is_refused_at_its_line(tmp_path: Path, place: tuple[str, str],
                                                    key: Key) -> None:
    for value in (key.low - 1, key.high + 1):
        path = account_with(tmp_path, place, value)
        with pytest.raises(AccountError) as caught:
            load_account(path)
        said = [str(p) for p in caught.value.problems if not p.is_warning]
        assert len(said) == 1, said
        assert said[0].startswith(f"{path}:{line_of(path, place, value)}:"), said
        assert f"should be a whole number from {key.low} to {key.high}" in said[0], said
        assert f"'{value}'" in said[0], said
        assert sorted(p.name for p in tmp_path.iterdir()) == ["account.yaml"]
