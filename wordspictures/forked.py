"""Do a piece of work on another core: in a forked copy of this process.

A build makes two files from one plan. The PDF and the PowerPoint take about the same time
and share nothing but the plan, so the PDF is made in a child process while this one makes
the PowerPoint and runs the word check. The child is forked at the start of the build and
imports fpdf2 (a third of a second) while this process reads the account, plans the pages
and draws the pictures; then the plan is sent to it through a pipe and the PDF's bytes come
back through another. A new book's pictures are drawn the same way, part of them in a
child (``illustrate.draw_many``). A forked child starts with everything this process has
loaded; only the job and the answer are pickled.

Where there is no fork (Windows, macOS), or when ``WORDSPICTURES_JOBS`` is 1 (batch workers
keep the other cores busy already), the work is done here, when its result is asked for:
the files are the same either way.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from wordspictures.errors import WordsPicturesError

T = TypeVar("T")


def jobs() -> int:
    """Return how many processes one build may use: the cores, or ``WORDSPICTURES_JOBS``."""
    cores = os.cpu_count() or 1
    wanted = os.environ.get("WORDSPICTURES_JOBS", "").strip()
    return max(1, min(cores, int(wanted))) if wanted.isdigit() else cores


def can_fork() -> bool:
    """Return True where work may go to a child process: fork is safe and cores are free."""
    return jobs() > 1 and fork_is_safe()


def fork_is_safe() -> bool:
    """Return True where a child process can start as a copy of this one.

    Not on macOS (its system libraries are not safe to use after fork), and not while this
    process runs other threads: a lock one of them holds would stay locked in the child.
    """
    return hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() == 1


def close_open_ends() -> None:
    """In a newly forked child: close the parent's ends of every worker's pipes."""
    for fd in Worker.open_ends:
        with contextlib.suppress(OSError):
            os.close(fd)


def pdf_worker(formats: Sequence[str]) -> Worker[Any] | None:
    """Return a child process that will make the PDF files while this one makes the PPTX,
    or None when only one format is asked for (there is nothing to do at the same time).

    Start it as early as possible: it imports fpdf2 while the account is read and the book
    is planned. (Here, not in ``render``: importing that module takes the time we save.)
    """
    if "pdf" in formats and "pptx" in formats:
        return Worker("PDF", preload=("wordspictures.render_pdf",))
    return None


class Worker(Generic[T]):
    """A forked child that imports ``preload`` at once, then does the one job it is sent.

    ``run(job)`` hands it the job (a picklable callable: a module-level function, or a
    ``functools.partial`` of one); ``result()`` returns what the job returned or raises what
    it raised. A child that dies without an answer becomes a WordsPicturesError saying so.
    Without fork, ``result()`` does the job here.
    """

    # The parent's ends of every worker's pipes. A child forked later must not keep them
    # open: a worker waits for the end of its job, which only comes when every copy of the
    # writing end is closed.
    open_ends: ClassVar[set[int]] = set()

    def __init__(self, what: str, preload: Sequence[str] = ()) -> None:
        self.what = what
        self.job: Callable[[], T] | None = None
        self.pid = 0
        self.jobs = self.answers = -1
        if can_fork():
            self.fork(preload)

    def fork(self, preload: Sequence[str]) -> None:
        job_read, job_write = os.pipe()
        answer_read, answer_write = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no room for another process: the work is done here instead
            for fd in (job_read, job_write, answer_read, answer_write):
                os.close(fd)
            return
        if pid == 0:
            for fd in (job_write, answer_read):
                os.close(fd)
            close_open_ends()
            serve(job_read, answer_write, preload)  # never returns
        os.close(job_read)
        os.close(answer_write)
        self.pid, self.jobs, self.answers = pid, job_write, answer_read
        Worker.open_ends.update((job_write, answer_read))

    def run(self, job: Callable[[], T]) -> None:
        """Hand the job to the child (or keep it for ``result()`` when there is none)."""
        self.job = job
        if not self.pid:
            return
        try:
            data = pickle.dumps(job, pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            self.cancel()  # a job that cannot travel is done here, by result()
            return
        fd, self.jobs = self.jobs, -1  # handed to the file object: never closed twice
        Worker.open_ends.discard(fd)
        try:
            with os.fdopen(fd, "wb") as pipe:
                pipe.write(data)
        except BrokenPipeError:
            pass  # the child is gone: result() says so

    def result(self) -> T:
        if self.job is None:
            raise RuntimeError("Worker.result() before run()")
        if not self.pid:
            return self.job()
        fd, self.answers = self.answers, -1
        Worker.open_ends.discard(fd)
        with os.fdopen(fd, "rb") as pipe:
            answer = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        if not answer:
            how = (f"was stopped by signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status)
                   else f"ended with status {os.waitstatus_to_exitcode(status)}")
            raise WordsPicturesError(f"making the {self.what} failed: its process {how} — "
                                     "build again; if it happens again, set "
                                     "WORDSPICTURES_JOBS=1 to use one process")
        try:
            ok, value, records = pickle.loads(answer)
        except Exception as error:  # noqa: BLE001 — an error that would not unpickle
            raise WordsPicturesError(f"making the {self.what} failed: {error}") from error
        for record in records:  # what the libraries logged in the child, logged here
            logging.getLogger(record.name).handle(record)
        if ok:
            return value
        raise value

    def cancel(self) -> None:
        """Stop the child if it still runs (the build failed elsewhere); safe to repeat."""
        for fd in (self.jobs, self.answers):
            if fd >= 0:
                Worker.open_ends.discard(fd)
                with contextlib.suppress(OSError):
                    os.close(fd)
        self.jobs = self.answers = -1
        if self.pid:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = 0


def serve(job_read: int, answer_write: int, preload: Sequence[str]) -> None:
    """In the child: import, take the job, answer, and leave without any clean-up."""
    status = 0
    try:
        # The job may be larger than a pipe holds: read it while importing, so that the
        # parent never waits for the imports to finish.
        received: list[bytes] = []
        reader = threading.Thread(target=lambda: received.append(read_all(job_read)))
        reader.start()
        # Nested pools would only compete with the parent for the same cores.
        os.environ["WORDSPICTURES_JOBS"] = "1"
        for module in preload:
            importlib.import_module(module)
        reader.join()
        if received and received[0]:
            job: Callable[[], Any] = pickle.loads(received[0])
            records = keep_log_records()
            try:
                answer = pickle.dumps((True, job(), records), pickle.HIGHEST_PROTOCOL)
            except BaseException as error:  # noqa: BLE001 — handed to the parent as it is
                answer = pickled_error(error, records)
            with os.fdopen(answer_write, "wb") as pipe:
                pipe.write(answer)
    except BaseException:  # noqa: BLE001 — the parent is gone or cancelled: nothing to say
        status = 1
    os._exit(status)  # no atexit handlers, no flushing the parent's buffers a second time


def read_all(fd: int) -> bytes:
    with os.fdopen(fd, "rb") as pipe:
        return pipe.read()


def keep_log_records() -> list[logging.LogRecord]:
    """In the child: collect log records instead of showing them, for the parent to log.

    The parent's handlers (a terminal, pytest's capture) are copies here: what they did
    with a record would be lost, or shown twice.
    """
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            record.msg, record.args = record.getMessage(), None  # plain text pickles
            record.exc_info = record.exc_text = None
            records.append(record)

    for logger in [logging.getLogger(), *logging.root.manager.loggerDict.values()]:
        if isinstance(logger, logging.Logger):
            logger.handlers = []
    logging.getLogger().addHandler(Keep())
    return records


def pickled_error(error: BaseException, records: list[logging.LogRecord]) -> bytes:
    """Return the error, pickled; one that cannot be pickled is sent as its message."""
    try:
        data = pickle.dumps((False, error, records), pickle.HIGHEST_PROTOCOL)
        pickle.loads(data)  # some errors pickle but cannot be made again
        return data
    except Exception:  # noqa: BLE001 — an error holding something unpicklable
        message = WordsPicturesError(f"{type(error).__name__}: {error}")
        return pickle.dumps((False, message, records))
