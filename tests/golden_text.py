"""Golden text: the words the book says itself, for every language pack, as reviewed text.

For two fixed accounts (Sam: one child, a draft; Noor and Daan: two children, a final book)
told in each pack's language, the file lists every page the planner makes (and the
booklet's drawing page and back cover) with its heading, the book's own framing
sentences and captions, the notes for the adult and the picture's description: nothing
the caseworker wrote. Any change to a template shows up as a diff someone must read.

    .venv/bin/python -m tests.golden_text            # check every pack, print the diffs
    .venv/bin/python -m tests.golden_text --write nl # accept the nl pack's text as it is now
    .venv/bin/python -m tests.golden_text --write    # write the file of every pack

``tests/test_golden.py`` runs the check; docs/testing.md says how to review a diff.
"""

from __future__ import annotations

import difflib
import sys
from dataclasses import replace
from pathlib import Path

from wordspictures.account.load import load_account
from wordspictures.account.model import Account
from wordspictures.book.pages import Book, Page, PageKind
from wordspictures.book.planner import planner_for
from wordspictures.language.files import available_languages

ROOT = Path(__file__).resolve().parent
GOLDEN = ROOT / "golden"
ACCOUNTS = ROOT / "data" / "examples"
COMMAND = ".venv/bin/python -m tests.golden_text --write {language}"


def golden_accounts(language: str) -> list[tuple[str, Account]]:
    """Return the fixed accounts, told in ``language``, without a title of their own (the
    book then names itself in its language)."""
    sam = load_account(ACCOUNTS / "sam-en.yaml")
    noor = load_account(ACCOUNTS / "noor-nl.yaml")
    return [
        ("Sam: one child (he), a draft", replace(sam, language=language, title=None)),
        ("Noor and Daan: two children, a final book",
         replace(noor, language=language, title=None, status="final")),
    ]


def golden_text(language: str) -> str:
    """Return the golden text of one pack: every page's own words for the fixed accounts."""
    lines = [f"# The book's own words in the '{language}' pack, for the fixed accounts of",
             "# tests/golden_text.py. Reviewed by a person who reads the language: every",
             "# change here is a change the child reads. Made with:",
             f"# {COMMAND.format(language=language)}"]
    for label, account in golden_accounts(language):
        planner = planner_for(account, None, None)
        book = planner.plan()
        booklet = planner.booklet(book).pages
        padding = [p for p in booklet if p.kind in (PageKind.DRAW, PageKind.BACK)]
        lines += ["", f"## {label}", f"title: {book.title}",
                  f"the booklet's pages: {' '.join(p.kind.value for p in booklet)}",
                  f"a draft: {'yes' if book.is_draft else 'no'}",
                  f"mark on every page: {book.draft_label or '(none)'}"]
        for number, page in enumerate([*book.pages, *padding[-2:]], 1):
            lines += page_lines(book, number, page)
    return "\n".join(lines) + "\n"


def page_lines(book: Book, number: int, page: Page) -> list[str]:
    """Return the lines of one page: its kind, heading, own words, notes and picture."""
    lines = ["", f"### page {number}: {page.kind.value}" + (" (goes on)" if page.continued
                                                          else "")]
    lines.append(f"heading: {page.heading}" if not page.continued else "heading: (band only)")
    for paragraph in page.paragraphs:
        if paragraph.source != "account":
            lines.append(f"{paragraph.style}: {flat(paragraph.text)}")
    if page.notes:
        lines.append(f"notes: {flat(page.notes)}")
    if page.scene.alt:
        lines.append(f"picture: {flat(page.scene.alt)}")
    return lines


def flat(text: str) -> str:
    return " ".join(text.split())


def golden_file(language: str) -> Path:
    return GOLDEN / f"{language}.txt"


def difference(language: str) -> str:
    """Return the unified diff from the reviewed file to the text now ('' when equal)."""
    path = golden_file(language)
    if not path.is_file():
        return (f"{path} is missing: every pack needs its golden text. Make it with\n"
                f"    {COMMAND.format(language=language)}\n"
                "then read it through with someone who reads the language, and commit it.")
    old = path.read_text(encoding="utf-8").splitlines(keepends=True)
    new = golden_text(language).splitlines(keepends=True)
    if old == new:
        return ""
    diff = "".join(difflib.unified_diff(old, new, f"{path} (reviewed)", "the book now"))
    return (f"The '{language}' pack's own words changed:\n{diff}\n"
            f"Read every line of the diff. If the change is meant, accept it with\n"
            f"    {COMMAND.format(language=language)}\n"
            "and commit the file with the change that made it.")


def main(args: list[str]) -> int:
    languages = available_languages()
    if args[:1] == ["--write"]:
        for language in args[1:] or languages:
            golden_file(language).parent.mkdir(exist_ok=True)
            golden_file(language).write_text(golden_text(language), encoding="utf-8")
            print(f"wrote {golden_file(language)}")
        return 0
    found = [d for d in map(difference, languages) if d]
    print("\n".join(found) if found else f"golden text holds for {', '.join(languages)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
