"""The PDF is made on the second core: answers, errors, logs and deaths all come back."""

from __future__ import annotations

import functools
import logging
import os
import signal
from pathlib import Path

import pytest

from tests.conftest import SHARED
from wordspictures.api import build_book
from wordspictures.errors import WordsPicturesError
from wordspictures.forked import Worker, can_fork

needs_fork = pytest.mark.skipif(not can_fork(), reason="no fork on this system")


def whose_pid() -> int:
    return os.getpid()


def size_of(data: bytes) -> int:
    return len(data)


def fail(kind: type[Exception]) -> None:
    raise kind("the job went wrong on line 3")


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def log_and_answer() -> str:
    logging.getLogger("fpdf.test").warning("a word was set in a second font")
    return "done"


@needs_fork
def test_the_job_runs_in_another_process_and_its_answer_comes_back() -> None:
    worker: Worker[int] = Worker("test", preload=("json",))
    worker.run(whose_pid)
    assert worker.result() not in (0, os.getpid())


@needs_fork
def test_a_job_larger_than_a_pipe_holds_is_sent_while_the_child_imports() -> None:
    worker: Worker[int] = Worker("test", preload=("wordspictures.render_pdf",))
    worker.run(functools.partial(size_of, b"x" * 8_000_000))  # never waits for the import
    assert worker.result() == 8_000_000


def test_with_one_job_allowed_the_work_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORDSPICTURES_JOBS", "1")
    worker: Worker[int] = Worker("test")
    worker.run(whose_pid)
    assert worker.pid == 0 and worker.result() == os.getpid()


@needs_fork
@pytest.mark.parametrize("kind", [WordsPicturesError, ValueError])
def test_an_error_in_the_child_is_raised_here(kind: type[Exception]) -> None:
    worker: Worker[None] = Worker("test")
    worker.run(functools.partial(fail, kind))
    with pytest.raises(kind, match="line 3"):
        worker.result()


@needs_fork
def test_a_child_that_dies_is_a_clear_error() -> None:
    worker: Worker[None] = Worker("PDF")
    worker.run(die)
    with pytest.raises(WordsPicturesError, match="making the PDF failed: its process was "
                                                 "stopped by signal 9 — build again"):
        worker.result()


@needs_fork
def test_what_the_child_logs_is_logged_here(caplog: pytest.LogCaptureFixture) -> None:
    worker: Worker[str] = Worker("test")
    worker.run(log_and_answer)
    with caplog.at_level(logging.WARNING):
        assert worker.result() == "done"
    assert [(r.name, r.getMessage()) for r in caplog.records] == [
        ("fpdf.test", "a word was set in a second font")]


@needs_fork
def test_a_cancelled_worker_leaves_no_process_behind() -> None:
    worker: Worker[int] = Worker("test", preload=("wordspictures.render_pdf",))
    pid = worker.pid
    worker.cancel()
    worker.cancel()  # twice is fine
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_one_process_or_two_make_the_same_book(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    account = SHARED / "noor-nl.yaml"
    two = build_book(account, tmp_path / "two", booklet=True, word_check=True)
    monkeypatch.setenv("WORDSPICTURES_JOBS", "1")
    one = build_book(account, tmp_path / "one", booklet=True, word_check=True)
    assert [p.name for p in one.files] == [p.name for p in two.files]
    assert [p.suffix for p in one.files] == [".pptx", ".pdf", ".pdf"]
    for a, b in zip(one.files, two.files, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert one.findings == two.findings and one.findings  # noor has two warnings


def test_no_fork_while_other_threads_run() -> None:
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        worker: Worker[int] = Worker("test")
        worker.run(whose_pid)
        assert worker.result() == os.getpid()  # done here, safely
    finally:
        stop.set()
        other.join()


@needs_fork
def test_a_worker_started_later_does_not_hold_an_earlier_ones_pipe() -> None:
    """The first worker reads its job to the end; a second one, forked while that pipe was
    open, must not keep a copy of its writing end (the first would wait for ever)."""
    first: Worker[int] = Worker("first")
    second: Worker[int] = Worker("second")  # forked while first's pipe is open here
    def hang(*_: object) -> None:
        raise TimeoutError("the first worker never saw the end of its job")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(10)  # a hang fails the test instead of stopping the suite
    try:
        first.run(whose_pid)
        assert first.result() > 0
        second.run(whose_pid)
        assert second.result() > 0
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        first.cancel()
        second.cancel()


def test_a_job_that_cannot_be_sent_is_done_here() -> None:
    answer = 41
    worker: Worker[int] = Worker("test")
    pid = worker.pid
    worker.run(lambda: answer + 1)  # a closure does not pickle
    assert worker.pid == 0 and worker.result() == 42
    if pid:
        with pytest.raises(ChildProcessError):  # the child was stopped and reaped
            os.waitpid(pid, os.WNOHANG)
