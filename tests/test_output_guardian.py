"""The guardian's own work, done in this process: what it removes when the pipe closes, what
it leaves, the signals it ignores, and how it is started.

In a build the guardian runs in a forked child (``output._Guardian``), where a test sees only
its effect (``test_output.py`` kills a build and finds no hidden names left). Here ``_guard``
is called in the test's own process, with ``os._exit`` made to return the status instead of
ending the process, so that what it does is checked step by step, and a mutation tool that
counts only calls in the test's process tries its mistakes too.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from wordspictures.system import output
from wordspictures.system.output import TEMP_PREFIX, _guard, _Guardian


class Exited(Exception):
    """Raised instead of ending the process: the status the guardian ended with."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


@pytest.fixture
def in_process(monkeypatch: pytest.MonkeyPatch) -> dict[int, object]:
    """Let ``_guard`` run here: its end is an exception, the signals it would ignore are
    recorded (this process keeps its own), and it closes none of this process's pipes."""
    ignored: dict[int, object] = {}

    def exit_with(status: int) -> None:
        raise Exited(status)

    monkeypatch.setattr(output.os, "_exit", exit_with)
    monkeypatch.setattr(output.signal, "signal",
                        lambda number, handler: ignored.__setitem__(number, handler))
    monkeypatch.setattr(output, "close_open_ends", lambda: None)
    return ignored


def guard(announced: bytes, reading: Callable[[int, int], bytes] | None = None,
          monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    """Announce the names through a pipe, close it, run the guardian; return its status.
    ``reading`` stands for ``os.read`` on the guardian's pipe (and only there)."""
    pipe, write = os.pipe()
    os.write(write, announced)
    os.close(write)
    if reading is not None and monkeypatch is not None:
        real_read = os.read

        def read(fd: int, size: int) -> bytes:
            return reading(fd, size) if fd == pipe else real_read(fd, size)

        monkeypatch.setattr(output.os, "read", read)
    try:
        with pytest.raises(Exited) as ended:
            _guard(pipe)
    finally:
        if monkeypatch is not None:
            monkeypatch.undo()
        os.close(pipe)
    return ended.value.status


def hidden(folder: Path, tail: str) -> Path:
    path = folder / f"{TEMP_PREFIX}{tail}.part"
    path.write_bytes(b"half a book")
    return path


def test_the_names_still_there_when_the_pipe_closes_are_removed(
        tmp_path: Path, in_process: dict[int, object]) -> None:
    first, second = hidden(tmp_path, "first"), hidden(tmp_path, "second")
    renamed = tmp_path / f"{TEMP_PREFIX}renamed.part"  # announced, then renamed: gone already
    book = tmp_path / "book.pdf"
    book.write_bytes(b"the book")
    names = b"".join(os.fsencode(p) + b"\0" for p in (first, renamed, second))
    assert guard(names) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.pdf"]


def test_a_cut_off_name_and_a_name_not_ours_are_left(
        tmp_path: Path, in_process: dict[int, object]) -> None:
    """A name whose end never came was never given to a file (the process died while
    announcing it); a name without our prefix is nobody's hidden file."""
    whole = hidden(tmp_path, "whole")
    cut = hidden(tmp_path, "cut")
    notes = tmp_path / "wordspictures-notes.txt"
    notes.write_bytes(b"the caseworker's")
    announced = os.fsencode(whole) + b"\0" + os.fsencode(notes) + b"\0" + os.fsencode(cut)
    assert guard(announced) == 0
    assert not whole.exists()
    assert cut.exists() and notes.exists()


def test_names_longer_than_one_read_are_put_together(
        tmp_path: Path, in_process: dict[int, object], monkeypatch: pytest.MonkeyPatch) -> None:
    files = [hidden(tmp_path, f"{n:03d}" + "x" * 100) for n in range(40)]
    real_read = os.read
    # The pipe gives at most 7 bytes at a time: names come in pieces.
    assert guard(b"".join(os.fsencode(p) + b"\0" for p in files),
                 lambda fd, size: real_read(fd, min(size, 7)), monkeypatch) == 0
    assert not any(p.exists() for p in files)


def test_the_guardian_ignores_the_signals_that_reach_the_whole_group(
        tmp_path: Path, in_process: dict[int, object]) -> None:
    """Ctrl-C and a closed terminal reach the build and its guardian at once: the guardian
    must outlive the build to clean up after it."""
    assert guard(b"") == 0
    assert in_process == {signal.SIGINT: signal.SIG_IGN, signal.SIGHUP: signal.SIG_IGN,
                          signal.SIGTERM: signal.SIG_IGN}


def test_the_guardian_lets_go_of_the_workers_pipes_first(
        tmp_path: Path, in_process: dict[int, object], monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF worker waits for its pipe to close: the guardian, forked after it, holds a
    copy of that end until it closes them."""
    steps: list[str] = []
    monkeypatch.setattr(output, "close_open_ends", lambda: steps.append("closed the ends"))
    real_read = os.read

    def read(fd: int, size: int) -> bytes:
        steps.append("read")
        return real_read(fd, size)

    assert guard(b"", read, monkeypatch) == 0
    assert steps[:2] == ["closed the ends", "read"]


def test_a_guardian_that_fails_ends_with_a_status_and_says_nothing(
        tmp_path: Path, in_process: dict[int, object], monkeypatch: pytest.MonkeyPatch,
        capfd: pytest.CaptureFixture[str]) -> None:
    def broken(fd: int, size: int) -> bytes:
        raise OSError(5, "Input/output error")

    assert guard(os.fsencode(hidden(tmp_path, "kept")) + b"\0", broken, monkeypatch) == 1
    assert capfd.readouterr() == ("", "")


def test_the_forked_guardian_closes_the_writing_end_and_guards_the_reading_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """In the child ``start`` closes the end the build writes to (or the pipe would never
    close) and guards the other."""
    monkeypatch.setattr(output, "fork_is_safe", lambda: True)
    monkeypatch.setattr(output.os, "fork", lambda: 0)
    pipes: list[tuple[int, int]] = []
    real_pipe = os.pipe

    def pipe() -> tuple[int, int]:
        pipes.append(real_pipe())
        return pipes[-1]

    def guarding(read: int) -> None:
        raise Exited(read)

    monkeypatch.setattr(output.os, "pipe", pipe)
    monkeypatch.setattr(output, "_guard", guarding)
    with pytest.raises(Exited) as guarded:
        _Guardian.start()
    (read, write), = pipes
    try:
        assert guarded.value.status == read
        with pytest.raises(OSError):
            os.fstat(write)  # closed
        os.fstat(read)  # open: it is being guarded
    finally:
        os.close(read)


def test_without_room_for_a_guardian_the_pipe_is_closed_and_the_sweep_cleans_up(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "fork_is_safe", lambda: True)

    def no_room() -> int:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(output.os, "fork", no_room)
    pipes: list[tuple[int, int]] = []
    real_pipe = os.pipe

    def pipe() -> tuple[int, int]:
        pipes.append(real_pipe())
        return pipes[-1]

    monkeypatch.setattr(output.os, "pipe", pipe)
    guardian = _Guardian.start()
    assert (guardian.pid, guardian.pipe) == (0, -1)
    guardian.announce("anything")  # told to nobody, no error
    for end in pipes[0]:
        with pytest.raises(OSError):
            os.fstat(end)


def test_a_guardian_that_is_gone_hears_no_more_names(
        capfd: pytest.CaptureFixture[str]) -> None:
    """When the guardian died (its pipe broke), the writer goes on without it and sends the
    next names nowhere: not to another file this process has open."""
    read, write = os.pipe()
    os.close(read)  # the guardian is gone
    guardian = _Guardian(0, write)
    guardian.announce("/tmp/.wordspictures-one.part")  # a broken pipe: stop
    with pytest.raises(OSError):
        os.fstat(write)  # its end is closed
    guardian.announce("/tmp/.wordspictures-two.part")
    guardian.stop()
    assert capfd.readouterr() == ("", "")


@pytest.mark.skipif(not hasattr(os, "waitid"), reason="POSIX waitid")
def test_the_ended_guardian_is_waited_for(tmp_path: Path) -> None:
    """A long-running process (watch, a batch) must not collect one ended child per book."""
    output.write_files({tmp_path / "a.pdf": b"one"})
    time.sleep(0.2)  # a guardian not waited for has ended by now
    try:
        left = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:  # no child at all
        left = None
    assert left is None
