"""The library's front door: check an account, build its book. The CLI calls only this."""

from __future__ import annotations

import datetime as dt
import difflib
import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wordspictures.account.load import load_account, read_account
from wordspictures.account.model import Account
from wordspictures.errors import AccountError, WordsPicturesError
from wordspictures.problems import Problem, sort_problems

if TYPE_CHECKING:
    from wordspictures.illustrate import PictureError
    from wordspictures.render.files import PrintOptions
    from wordspictures.system.forked import Worker
    from wordspictures.voice.recording import RecordingError

FORMATS = ("pptx", "pdf")


@dataclass(frozen=True)
class BuiltBook:
    """One book of a build: for one child (``child`` is their id) or for all (None)."""

    child: str | None
    files: tuple[Path, ...]
    pages: int


@dataclass(frozen=True)
class BuildResult:
    """What a build made: the files, the number of pages and the warnings.

    ``pages`` counts the pages of every book made (a booklet's drawing pages not included);
    ``books`` says which files belong to which child's book; ``findings`` holds the word
    check's findings when the build was asked for them; ``notes`` say how to print what was
    made (a booklet: how to print and fold it), in the account's language.
    """

    files: tuple[Path, ...]
    pages: int
    warnings: tuple[Problem, ...]
    books: tuple[BuiltBook, ...] = ()
    findings: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()


def check_account(path: Path | str, strict: bool = False,
                  rules_dir: Path | None = None) -> list[Problem]:
    """Return every problem in the account (errors and warnings), in file order.

    An account that loads is also word-checked (``wordspictures.lint``); ``rules_dir`` adds an
    organisation's own word rules. It may be a whole template pack (the same folder as
    ``build --templates``): an account in a language of the pack is then known. ``strict`` is
    for the caller: it decides what stops.
    """
    from wordspictures.lint import lint_account

    account, problems = read_checked(path, rules_dir)
    if account is not None:
        problems += lint_account(account, rules_dir)
    return sort_problems(problems)


def wording_notes(path: Path | str, templates: Path | None = None) -> list[str]:
    """Return what the caseworker should know about the language of an account's book: that
    the word check did not read it (it reads nl and en; the framing packs of issue 18 bring
    the book's words, not word rules), and that its pack is still to be checked by a native
    speaker (``checked: false`` in its language.yaml)."""
    from wordspictures.account.load import read_account

    account, _ = read_account(path, templates=templates)
    return [] if account is None else language_notes(account, templates)


def language_notes(account: Account, templates: Path | None = None) -> list[str]:
    """Return the notes of ``wording_notes`` for the account's languages: in a book of two
    the word check reads the main one only, and says so once, in the account's language."""
    from wordspictures.language.facts import facts_if_any
    from wordspictures.language.files import find_pack_file
    from wordspictures.language.messages import Messages

    say, notes = Messages(account.language, templates), []
    # A look for the file, not the rules: compiling them here would cost the build its time.
    if find_pack_file(account.language, "lint.yaml", templates) is None:
        notes.append(say.text("word_check.language_not_read",
                              language=say.language_name(account.language)))
    if account.second_language:
        notes.append(say.text("word_check.second_not_read", language=say.language_name(
            account.second_language)))
    for language in account.languages:
        facts = facts_if_any(language, templates)
        if facts is not None and not facts.checked:
            notes.append(say.text("word_check.pack_unchecked",
                                  language=say.language_name(language)))
    return notes


def build_book(path: Path | str, out_dir: Path | str | None = None,
               formats: Sequence[str] = FORMATS, paper: str = "a5",
               templates: Path | None = None, strict: bool = False, *,
               orientation: str = "portrait", booklet: bool = False,
               rotate_backs: bool = False, children: Sequence[str] = (),
               force: bool = False, archive: bool = False,
               anonymise: bool = False, word_check: bool = True, voice: str | None = None,
               worker: Worker[Any] | None = None, own: Collection[Path] = ()) -> BuildResult:
    """Build the book of one account and return what was written.

    ``children`` (person ids) makes a book for each of those children, at their own age;
    without it one book is made for everyone in ``for``. ``booklet`` adds a PDF to print
    double-sided and fold; ``archive`` makes the PDF PDF/A-2b. A final book that exists is
    only replaced with ``force``, or when it is one of ``own``: the files this caller made
    itself (``watch`` replaces its own book at every save, never one that was there before
    it). Everything is made in memory first; the files are written
    only when every book and format has been rendered, so a failure changes nothing on disk.
    ``anonymise`` makes a copy for supervision or training: everyone named by role, dates to
    the month, no photos (``wordspictures.account.anonymise``); its files are named from that copy
    (``<default title>-v<version>-<year>-<month>-anonymous``), never from the real title.
    ``word_check`` runs the word check on the account (as written) while the second core
    makes the PDF, and returns its findings; its errors stop the book as the account's own
    do (with ``strict``: any finding), unless the account allows the words (``allow:``).
    ``voice`` reads the book aloud, in the HTML book and on the PowerPoint's slides:
    ``recorded`` (the account's recordings, else a computer voice; the default when
    ``formats`` has html), ``synth`` (the computer voice only) or ``none`` (the default
    otherwise). An anonymous copy never carries a recording.
    ``worker`` is a PDF worker the caller started earlier (``forked.pdf_worker``); without
    it one is started here.
    """
    from wordspictures.render.files import PrintOptions
    from wordspictures.system.forked import pdf_worker

    options = PrintOptions(tuple(formats), paper, orientation, booklet, rotate_backs, archive,
                           voice.lower() if voice else None)
    try:
        options.check()
        # The worker gets ready on the second core while we read and plan.
        worker = worker or pdf_worker(options.formats)
        return build(Path(path), out_dir, options, templates, strict, children, force,
                     anonymise, word_check, worker, own)
    finally:
        if worker is not None:
            worker.cancel()


def build(source: Path, out_dir: Path | str | None, options: PrintOptions,
          templates: Path | None, strict: bool, children: Sequence[str], force: bool,
          anonymise: bool, word_check: bool, worker: Worker[Any] | None,
          own: Collection[Path] = ()) -> BuildResult:
    """``build_book`` once the options are known to be right and the PDF worker started."""
    from wordspictures.render.files import render_book
    from wordspictures.system.output import refuse_to_replace, write_files

    account, problems = read_checked(source, templates)
    errors = [p for p in problems if not p.is_warning or strict]
    if account is None or errors:
        raise AccountError(problems, strict)

    created = document_time(account)
    findings: list[Problem] = []
    original = account

    def check_words() -> None:
        from wordspictures.lint import lint_account

        findings.extend(lint_account(original, templates))

    naming = naming_for(account, anonymise, templates)
    if anonymise:
        account = naming.account
        # The files' dates are the month's too; the name has the month, not the day.
        created = created.replace(day=1, hour=12, minute=0, second=0, microsecond=0)
    folder = Path(out_dir) if out_dir is not None else source.parent
    outputs: dict[Path, bytes] = {}
    books = []
    planned: list[Problem] = []  # what planning the pictures found: looks, items left out
    notes: list[str] = language_notes(account, templates)  # and how to print
    for number, child in enumerate(choose_children(account, children)):
        # The word check runs once, on the account as written, with the first book.
        rendered = render_book(account, options, created, templates, child,
                               alongside=check_words if word_check and number == 0 else None,
                               worker=worker)
        worker = None  # used up: a next child's book starts its own
        names = []
        for (suffix, ext), data in rendered.files.items():
            name = folder / naming.name(rendered.book.title, child, ext, suffix)
            outputs[name] = data
            names.append(name)
        books.append(BuiltBook(child, tuple(names), len(rendered.book.pages)))
        planned += [p for p in (*rendered.book.problems, *rendered.warnings)
                    if p not in planned and p not in problems]
        notes += [note for note in rendered.notes if note not in notes]
    if any(not p.is_warning or strict for p in findings):
        from wordspictures.language.messages import Messages

        advice = Messages(account.language, templates).text("word_check.allow_advice")
        raise AccountError(sort_problems([*problems, *findings]), strict, advice)
    if not account.is_draft and not force:
        mine = {p.resolve() for p in own}
        refuse_to_replace(p for p in outputs if p.resolve() not in mine)
    write_files(outputs)
    return BuildResult(tuple(outputs), sum(b.pages for b in books),
                       tuple(problems) + tuple(planned), tuple(books), tuple(findings),
                       tuple(notes))


@dataclass(frozen=True)
class Naming:
    """How a build names its files: the account as the book tells it (with --anonymise,
    the anonymous copy), and the date and ending its names take."""

    account: Account
    date: dt.date | None
    end: str = ""
    anonymous: bool = False

    def name(self, title: str, child: str | None, ext: str, suffix: str = "") -> str:
        """Return the name of one file of the book for ``child`` (None: for everyone)."""
        from wordspictures.system.output import book_filename

        shown = self.account.person(child).called if self.anonymous and child else child
        return book_filename(title, self.account.version, self.date, ext, child=shown,
                             suffix="-".join(filter(None, (self.end, suffix))))


def naming_for(account: Account, anonymise: bool, templates: Path | None) -> Naming:
    """Return how the book of ``account`` is told and named; an anonymous copy's names
    have the month and the word 'anonymous' in the book's language, never the day."""
    if not anonymise:
        return Naming(account, account.date)
    from wordspictures.account.anonymise import anonymise as make_anonymous
    from wordspictures.language.wording import Wording

    wording = Wording(account.language, templates)
    second = Wording(account.second_language, templates) if account.second_language else None
    hidden = make_anonymous(account, wording, second)
    end = "-".join(filter(None, (f"{hidden.date:%Y-%m}" if hidden.date else "",
                                 wording.phrase("anonymous"))))
    return Naming(hidden, None, end, anonymous=True)


def book_files(path: Path | str, out_dir: Path | str | None = None,
               formats: Sequence[str] = FORMATS, templates: Path | None = None, *,
               booklet: bool = False, children: Sequence[str] = (), anonymise: bool = False,
               **options: Any) -> tuple[Path, ...]:
    """Return the files ``build_book`` with these options would write, in its order,
    without making any; () when the account cannot be built. A batch asks this of every
    account first, so that no book silently replaces another. The other options of
    ``build_book`` do not change the names."""
    from wordspictures.language.wording import Wording

    path = Path(path)
    account, _ = read_account(path, templates=templates)
    if account is None:
        return ()
    try:
        chosen = choose_children(account, children)
    except WordsPicturesError:
        return ()
    naming = naming_for(account, anonymise, templates)
    wording = Wording(account.language, templates)
    folder = Path(out_dir) if out_dir is not None else path.parent
    parts = [("", fmt) for fmt in formats] + ([("booklet", "pdf")] if booklet else [])
    if booklet and account.is_draft:  # a draft's review page: a loose sheet
        parts.append(("review", "pdf"))
    files: list[Path] = []
    for child in chosen:
        told = replace(naming.account, for_children=(child,)) if child else naming.account
        # The title the planner gives the book (book.planner.Planner.plan).
        title = told.title or wording.phrase("default_title", list(told.children))
        files += [folder / naming.name(title, child, ext, suffix) for suffix, ext in parts]
    return tuple(files)


def read_checked(path: Path | str, templates: Path | None = None
                 ) -> tuple[Account | None, list[Problem]]:
    """Return the account and its problems, with the checks every command makes: family
    pictures and recordings that cannot be used, letters no bundled font has, and people
    the drawings cannot tell to be a woman or a man."""
    from wordspictures.book.casting import look_problems
    from wordspictures.fonts.letters import check_letters

    account, problems = read_account(path, templates=templates)
    if account is not None:
        problems += check_pictures(account, templates)
        problems += check_recordings(account, templates)
        problems += check_letters(account)
        problems += look_problems(account, templates)
    return account, problems


def choose_children(account: Account, children: Sequence[str]) -> list[str | None]:
    """Return the child ids to make a book for, or [None] for one book for everyone.

    Raise a WordsPicturesError for an id that is not a child in the story.
    """
    if not children:
        return [None]
    kids = [p.id for p in account.people if p.is_child]
    for pid in children:
        if pid not in kids:
            close = difflib.get_close_matches(pid, kids, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise WordsPicturesError(f"--child '{pid}' is not a child in this story — {hint}"
                                     f"the children are: {', '.join(kids)}")
    return list(dict.fromkeys(children))


def check_pictures(account: Account, templates: Path | None = None) -> list[Problem]:
    """Return a problem for each family picture that cannot be used."""
    items = [(p.picture, p.mark) for p in account.people if p.picture]
    items += [(e.picture, e.mark) for _, entries in account.entries() for e in entries
              if e.picture]
    if not items:
        return []  # and Pillow need not be imported for nothing
    from wordspictures.illustrate import PictureError, check_picture

    return unusable(account, templates, items, check_picture, PictureError)


def check_recordings(account: Account, templates: Path | None = None) -> list[Problem]:
    """Return a problem for each recording that cannot be heard (what it is, its size and
    length), at the line of its item or of the page's 'audio:'."""
    items = [(e.audio, e.mark) for _, entries in account.entries() for e in entries
             if e.audio]
    items += [(path, page.mark) for page in account.audio for path in page.files]
    if not items:
        return []  # and no sound library is imported for nothing
    from wordspictures.voice.recording import RecordingError, check_recording

    return unusable(account, templates, items, check_recording, RecordingError)


def unusable(account: Account, templates: Path | None, items: Sequence[tuple[Path, Any]],
             check: Callable[[Path], None],
             error: type[PictureError | RecordingError]) -> list[Problem]:
    """Return a problem, in the account's language, for each file ``check`` refuses."""
    from wordspictures.language.messages import Messages

    messages = Messages(account.language, templates)
    problems = []
    for path, mark in items:
        try:
            check(path)
        except error as exc:
            say, fix = (messages.text(f"{exc.key}.{part}", **exc.values)
                        for part in ("say", "fix"))
            problems.append(Problem(say, fix, mark))
    return problems


def document_time(account: Account) -> dt.datetime:
    """Return the date stored in the files: SOURCE_DATE_EPOCH, else the account's date.

    Using a fixed date (never the clock) makes two builds of one account identical.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    day = account.date or dt.date.today()
    return dt.datetime(day.year, day.month, day.day, 12, 0, tzinfo=dt.timezone.utc)


__all__ = ["BuildResult", "book_files", "build_book", "check_account", "load_account"]
