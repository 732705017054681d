"""Owner-only books on every route the writer can take, under the usual umask 022.

The book names a child: a file anyone on the computer can read is a leak. The writer has
three routes to a file: a nameless file that is then named (Linux O_TMPFILE), a named
temporary file where the system has no nameless files, and a named one where naming the
nameless file failed. Each must end in mode 0600 with umask 022 (which lets 0644 through),
both for a new book and for one that replaces an older, readable book.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from wordspictures.system import output
from wordspictures.system.output import write_files

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """Run with umask 022, the most common one, which would let 0644 through."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def no_nameless_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "_open_unnamed", lambda folder: None)


def naming_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(fd: int, folder: Path, announce: object) -> str:
        raise OSError("linkat refused")
    monkeypatch.setattr(output, "_name_unnamed", refuse)


def nameless(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ordinary route on Linux: nothing changed."""


ROUTES = {"nameless then named": nameless, "named temporary file": no_nameless_files,
          "naming the nameless file failed": naming_fails}


def route_taken(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record which writer made each file, by wrapping the two low-level writers."""
    taken: list[str] = []
    named, unnamed = output._write_named, output._name_unnamed

    def write_named(*args: object, **kwargs: object) -> str:
        taken.append("named")
        return named(*args, **kwargs)  # type: ignore[arg-type]

    def name_unnamed(*args: object, **kwargs: object) -> str:
        result = unnamed(*args, **kwargs)  # type: ignore[arg-type]
        taken.append("nameless")
        return result

    monkeypatch.setattr(output, "_write_named", write_named)
    monkeypatch.setattr(output, "_name_unnamed", name_unnamed)
    return taken


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("replacing", [False, True], ids=["new", "replacing a 0644 book"])
def test_every_route_writes_owner_only_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              route: str, replacing: bool) -> None:
    taken = route_taken(monkeypatch)
    ROUTES[route](monkeypatch)
    books = {tmp_path / "book.pdf": b"%PDF one", tmp_path / "book.pptx": b"PK two"}
    if replacing:
        for path in books:
            path.write_bytes(b"the old book")
            path.chmod(0o644)
    write_files(books)
    for path, data in books.items():
        assert path.read_bytes() == data
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, (route, path.name)
    expected = "nameless" if route == "nameless then named" else "named"
    if expected == "nameless" and not taken:  # a system without O_TMPFILE
        pytest.skip("no nameless files on this system")
    assert taken == [expected] * len(books), taken  # the route really was taken
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in books)


def test_the_umask_is_what_these_tests_say(tmp_path: Path) -> None:
    """Without the writer's own mode a new file here would be readable by all: the
    fixture does set a umask that lets 0644 through."""
    plain = tmp_path / "plain"
    plain.write_bytes(b"x")
    assert stat.S_IMODE(plain.stat().st_mode) == 0o644
