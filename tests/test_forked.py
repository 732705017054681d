"""The PDF is made on the second core: answers, errors, logs and deaths all come back."""

from __future__ import annotations

import functools
import logging
import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SHARED
from wordspictures import illustrate
from wordspictures.api import build_book
from wordspictures.errors import WordsPicturesError
from wordspictures.render import files as render
from wordspictures.system.forked import Shared, Worker, can_fork, jobs

needs_fork = pytest.mark.skipif(not can_fork(), reason="no fork on this system")


@pytest.fixture(autouse=True)
def no_other_thread() -> None:
    """A worker forks only while no other thread runs (``forked.fork_is_safe``): a thread
    left running by an earlier test (a browser, say) would make every job here run in this
    process, and the dying job would kill the test run itself. Say so instead."""
    if hasattr(os, "fork") and jobs() > 1:
        left = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
        assert not left, f"an earlier test left threads running: {left}"


def whose_pid() -> int:
    return os.getpid()


def size_of(data: bytes) -> int:
    return len(data)


def fail(kind: type[Exception]) -> None:
    raise kind("the job went wrong on line 3")


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def take_slowly(shared: Shared) -> list[int]:
    taken = []
    for number in shared:
        taken.append(number)
        time.sleep(0.01)  # a piece of work: the other process takes the next meanwhile
    return taken


REAL_RENDER_SHARED = illustrate.render_shared


def noted_render_shared(layouts: Any, shared: Shared) -> dict[int, bytes]:
    """``illustrate.render_shared``, noting in $DRAWERS how many pictures a process drew."""
    drawn = REAL_RENDER_SHARED(layouts, shared)
    (Path(os.environ["DRAWERS"]) / str(os.getpid())).write_text(str(len(drawn)))
    return drawn


REAL_PDF_FILES = render.pdf_files


def noted_pdf_files(*args: Any) -> dict[tuple[str, str], bytes]:
    """``render.pdf_files``, noting in $DRAWERS/pdf which process made the PDF."""
    (Path(os.environ["DRAWERS"]) / "pdf").write_text(str(os.getpid()))
    return REAL_PDF_FILES(*args)


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
    worker: Worker[int] = Worker("test", preload=("wordspictures.render.pdf",))
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
    worker: Worker[int] = Worker("test", preload=("wordspictures.render.pdf",))
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
    assert [p.suffix for p in one.files] == [".pptx", ".pdf", ".pdf", ".pdf"]  # + review
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


def test_a_job_that_cannot_be_sent_is_done_here_in_its_turn() -> None:
    answer = 41
    worker: Worker[int] = Worker("test")
    pid = worker.pid
    worker.run(whose_pid)
    worker.run(lambda: answer + 1)  # a closure does not pickle
    worker.run(whose_pid)
    assert [worker.result() for _ in range(3)] == [pid or os.getpid(), 42, pid or os.getpid()]
    worker.cancel()
    if pid:
        with pytest.raises(ChildProcessError):  # the child was stopped and reaped
            os.waitpid(pid, os.WNOHANG)


@needs_fork
def test_shared_work_is_taken_once_by_whoever_is_free() -> None:
    shared = Shared()
    worker: Worker[list[int]] = Worker("test", shared=shared)
    left_here = shared.hand_out(60)
    worker.run(functools.partial(take_slowly, shared))
    mine = take_slowly(shared)
    theirs = worker.result()
    assert mine and theirs  # both did some: the faster did more, none waited
    assert sorted(mine + theirs) == list(range(60)) and not left_here
    worker.cancel()


def test_without_a_child_the_shared_work_is_all_done_here(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORDSPICTURES_JOBS", "1")
    shared = Shared()
    worker: Worker[list[int]] = Worker("test", shared=shared)
    shared.hand_out(5)
    worker.run(functools.partial(take_slowly, shared))
    assert take_slowly(shared) == [0, 1, 2, 3, 4]
    assert worker.result() == []  # done here, in its turn: nothing was left
    worker.cancel()


def test_more_work_than_a_pipe_holds_is_left_to_this_process() -> None:
    shared = Shared()
    left_here = shared.hand_out(Shared.LIMIT + 3)  # never waits for a reader
    assert list(left_here) == [Shared.LIMIT, Shared.LIMIT + 1, Shared.LIMIT + 2]
    assert sum(1 for _ in shared) == Shared.LIMIT
    shared.close()


@needs_fork
def test_a_worker_does_its_jobs_in_turn_and_a_skipped_answer_is_dropped() -> None:
    worker: Worker[int] = Worker("test", preload=("wordspictures.render.pdf",))
    worker.run(functools.partial(size_of, b"one"))
    worker.run(functools.partial(size_of, b"three"))
    worker.run(whose_pid)
    worker.skip()  # the first answer is not wanted
    assert worker.result() == 5
    assert worker.result() == worker.pid
    worker.cancel()


def test_a_new_book_drawn_with_the_pdf_worker_is_the_same_as_drawn_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No cache: every picture is new and drawn by this process and the PDF's together."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    monkeypatch.setenv("WORDSPICTURES_NO_CACHE", "1")
    account = SHARED / "sam-en.yaml"
    drawers = tmp_path / "drawers"
    drawers.mkdir()
    monkeypatch.setenv("DRAWERS", str(drawers))
    monkeypatch.setattr(illustrate, "render_shared", noted_render_shared)
    monkeypatch.setattr(render, "pdf_files", noted_pdf_files)
    two = build_book(account, tmp_path / "two")
    if can_fork():  # the PDF's process drew some of the pictures
        drew = {p.name: int(p.read_text()) for p in drawers.iterdir()}
        pdf_maker = drew.pop("pdf")
        assert pdf_maker != os.getpid() and drew.get(str(pdf_maker), 0) > 0
        # On two cores no other process was started; more cores may add drawing helpers.
        assert len(drew) <= jobs() - 1
    monkeypatch.setenv("WORDSPICTURES_JOBS", "1")
    one = build_book(account, tmp_path / "one")
    for a, b in zip(one.files, two.files, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


@pytest.mark.parametrize("helper_kind", ["pdf worker", "worker without shared work", "none"])
def test_pictures_drawn_on_every_core_are_those_drawn_here(helper_kind: str) -> None:
    """Whatever helps (or nobody), each picture is the one drawn alone, in its place."""
    from tests.test_illustrate import DAD, KID, MUM, TEACHER
    from wordspictures.book.pages import PageKind, Scene
    from wordspictures.illustrate import draw_many, plan_scene, render_layouts
    from wordspictures.system.forked import pdf_worker

    scenes = [Scene(PageKind.CAST, (KID, MUM)), Scene(PageKind.WORRIED, (TEACHER,), "school"),
              Scene(PageKind.WHAT_HAPPENED, (KID, DAD), "kitchen", "sad"),
              Scene(PageKind.PARENTS_SAY, (MUM, DAD)), Scene(PageKind.CAST, (DAD,))]
    layouts = [plan_scene(scene, 300, 200) for scene in scenes]
    helper = {"pdf worker": lambda: pdf_worker(["pptx", "pdf"]),
              "worker without shared work": lambda: Worker("test"),
              "none": lambda: None}[helper_kind]()
    ran = []
    try:
        drawn = draw_many(layouts, lambda: ran.append(True), helper)
    finally:
        if helper is not None:
            helper.cancel()
    assert drawn == render_layouts(layouts) and ran == [True]
