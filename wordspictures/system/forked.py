"""Do a piece of work on another core: in a forked copy of this process.

A build makes two files from one plan. The PDF and the PowerPoint take about the same time
and share nothing but the plan, so the PDF is made in a child process while this one makes
the PowerPoint. The child is forked at the start of the build and imports fpdf2 (a third
of a second) while this process reads the account and plans the pages. A worker does the
jobs it is sent in turn: the PDF's child first helps draw a new book's pictures (taking
numbers from a ``Shared`` pipe, as this process does, see ``illustrate.draw_many``), then
gets the plan and the pictures and sends the PDF's bytes back. A forked child starts with
everything this process has loaded; only the jobs and the answers are pickled.

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
from collections.abc import Callable, Iterator, Sequence
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
    close_ends(*Worker.open_ends)


def close_ends(*fds: int) -> None:
    """Close these pipe ends (-1: none) and forget them in ``Worker.open_ends``."""
    for fd in fds:
        if fd >= 0:
            Worker.open_ends.discard(fd)
            with contextlib.suppress(OSError):
                os.close(fd)


def pdf_worker(formats: Sequence[str]) -> Worker[Any] | None:
    """Return a child process that will make the PDF files while this one makes the PPTX,
    or None when only one format is asked for (there is nothing to do at the same time).

    Start it as early as possible: it imports fpdf2 while the account is read and the book
    is planned, and then helps draw the pictures (see ``Shared``) until the PDF's turn.
    (Here, not in ``render``: importing that module takes the time we save.)
    """
    if "pdf" in formats and "pptx" in formats:
        return Worker("PDF", preload=("wordspictures.render.pdf",), shared=Shared())
    return None


class Shared:
    """Numbered pieces of work that this process and its workers take in turn, each piece
    once, whoever is free first: a pipe of numbers that all of them read.

    Made before the workers are forked (they inherit the pipe; a job that gets this object
    pickled finds the same pipe in the child). ``hand_out(count)`` puts the numbers 0 to
    count-1 in once; iterating takes numbers until none are left. Reads of a few bytes from
    a pipe are whole, so no number is taken twice or torn.
    """

    SIZE = 2  # bytes a number
    LIMIT = 2048  # numbers that fit a pipe of one page (4 KB), so handing out never waits

    def __init__(self) -> None:
        self.read, self.write = os.pipe()
        Worker.open_ends.add(self.write)  # a child must not keep it: the end never comes

    def hand_out(self, count: int) -> range:
        """Put the numbers in (up to LIMIT); return those left for this process alone."""
        shared = min(count, Shared.LIMIT)
        if self.write < 0:
            raise RuntimeError("Shared.hand_out() twice")
        try:
            os.write(self.write, b"".join(n.to_bytes(Shared.SIZE, "little")
                                          for n in range(shared)))
        finally:
            close_ends(self.write)
            self.write = -1
        return range(shared, count)

    def __iter__(self) -> Iterator[int]:
        while len(number := os.read(self.read, Shared.SIZE)) == Shared.SIZE:
            yield int.from_bytes(number, "little")

    def close(self) -> None:
        close_ends(self.read, self.write)
        self.read = self.write = -1


class Worker(Generic[T]):
    """A forked child that imports ``preload`` at once, then does the jobs it is sent, one
    after the other.

    ``run(job)`` hands it a job (a picklable callable: a module-level function, or a
    ``functools.partial`` of one); ``result()`` returns what the oldest unanswered job
    returned, or raises what it raised. A child that dies without an answer becomes a
    WordsPicturesError saying so. Without fork, ``result()`` does the job here. ``shared``
    is work the child may help with (``Shared``); it is closed with the worker.
    """

    # The parent's ends of every worker's pipes. A child forked later must not keep them
    # open: a worker waits for the end of its jobs (and of shared numbers), which only
    # comes when every copy of the writing end is closed.
    open_ends: ClassVar[set[int]] = set()

    def __init__(self, what: str, preload: Sequence[str] = (),
                 shared: Shared | None = None) -> None:
        self.what = what
        self.shared = shared
        # One entry a job not yet answered: the job itself when it is to be done here,
        # None when the child has it.
        self.waiting: list[Callable[[], T] | None] = []
        self.skipped = 0  # answers the child will send that nobody wants
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
        if not self.pid:
            self.waiting.append(job)
            return
        try:
            data = pickle.dumps(job, pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            self.waiting.append(job)  # a job that cannot travel is done here, in its turn
            return
        self.waiting.append(None)
        with contextlib.suppress(BrokenPipeError):  # the child is gone: result() says so
            send(self.jobs, data)

    def skip(self) -> None:
        """Say that the oldest unanswered job's answer is not needed: it is not done here,
        and the child's is read and dropped when a later answer is asked for."""
        if not self.waiting:
            raise RuntimeError("Worker.skip() before run()")
        if self.waiting.pop(0) is None:
            self.skipped += 1

    def result(self) -> T:
        if not self.waiting:
            raise RuntimeError("Worker.result() before run()")
        job = self.waiting.pop(0)
        if job is not None:
            return job()
        while self.skipped and self.answers >= 0:
            self.skipped -= 1
            receive(self.answers)
        answer = receive(self.answers) if self.answers >= 0 else None
        if answer is None:
            raise WordsPicturesError(f"making the {self.what} failed: its process "
                                     f"{self.stop()} — build again; if it happens again, "
                                     "set WORDSPICTURES_JOBS=1 to use one process")
        try:
            ok, value, records = pickle.loads(answer)
        except Exception as error:  # noqa: BLE001 — an error that would not unpickle
            raise WordsPicturesError(f"making the {self.what} failed: {error}") from error
        for record in records:  # what the libraries logged in the child, logged here
            logging.getLogger(record.name).handle(record)
        if ok:
            return value
        raise value

    def stop(self) -> str:
        """End the child if it still runs and close every pipe; safe to repeat. Return how
        the child ended, in words."""
        close_ends(self.jobs, self.answers)
        self.jobs = self.answers = -1
        how = "had ended"
        if self.pid:
            # An idle child waits for its next job, a busy one is no longer needed.
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            _, status = os.waitpid(self.pid, 0)
            self.pid = 0
            how = (f"was stopped by signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status)
                   else f"ended with status {os.waitstatus_to_exitcode(status)}")
        return how

    def cancel(self) -> None:
        """Stop the child (the build is done, or failed elsewhere) and close the shared
        work; safe to repeat."""
        self.stop()
        if self.shared is not None:
            self.shared.close()


def serve(job_read: int, answer_write: int, preload: Sequence[str]) -> None:
    """In the child: import, then do each job sent and answer it, until the jobs end."""
    import queue

    status = 0
    try:
        # A job may be larger than a pipe holds: jobs are read while importing (and while
        # working), so that the parent never waits for this process to be ready.
        received: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()

        def read_jobs() -> None:
            with contextlib.suppress(OSError):
                while (frame := receive(job_read)) is not None:
                    received.put(frame)
            received.put(None)

        threading.Thread(target=read_jobs, daemon=True).start()
        # Nested pools would only compete with the parent for the same cores.
        os.environ["WORDSPICTURES_JOBS"] = "1"
        for module in preload:
            importlib.import_module(module)
        records = keep_log_records()
        while (data := received.get()) is not None:
            try:
                job: Callable[[], Any] = pickle.loads(data)
                answer = pickle.dumps((True, job(), records), pickle.HIGHEST_PROTOCOL)
            except BaseException as error:  # noqa: BLE001 — handed to the parent as it is
                answer = pickled_error(error, records)
            records.clear()
            send(answer_write, answer)
    except BaseException:  # noqa: BLE001 — the parent is gone or cancelled: nothing to say
        status = 1
    os._exit(status)  # no atexit handlers, no flushing the parent's buffers a second time


def send(fd: int, data: bytes) -> None:
    """Write one message: its length, then its bytes."""
    write_all(fd, len(data).to_bytes(8, "little") + data)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte to ``fd`` (one write may take only part: a pipe, a full disk)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def receive(fd: int) -> bytes | None:
    """Read one message written by ``send``; None when the pipe has ended first."""
    head = read_exactly(fd, 8)
    if head is None:
        return None
    return read_exactly(fd, int.from_bytes(head, "little"))


def read_exactly(fd: int, size: int) -> bytes | None:
    parts, left = [], size
    while left:
        part = os.read(fd, min(left, 1 << 20))
        if not part:
            return None
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


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
