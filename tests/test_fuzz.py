"""Fuzzing: random accounts, valid and broken, always end in a book or a clear error."""

from __future__ import annotations

import os
import re
import string
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from tests.helpers import pdf_text, pptx_text, squash
from wordspictures.account.load import load_account, read_account
from wordspictures.account.vocabulary import FEELINGS, PLACES, ROLES
from wordspictures.api import build_book
from wordspictures.errors import AccountError, WordsPicturesError

# Building is the slow part (about a second a book): fewer examples there, many for reading.
# FUZZ_EXAMPLES=400 runs more (e.g. before a release).
SETTINGS = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "15")), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
MANY = settings(SETTINGS, max_examples=300)

# Letters the book's fonts can show: Latin with Dutch, Turkish and Polish letters.
LETTERS = string.ascii_letters + "éèëïöüçğışİŞĞÖÜÇąćęłńóśźżĄĆĘŁŃÓŚŹŻ"
words = st.text(alphabet=LETTERS, min_size=1, max_size=12)
sentence = st.lists(words, min_size=1, max_size=40).map(lambda w: " ".join(w) + ".")
# Any text at all: every script, symbols, controls, surrogates excluded by YAML itself.
any_text = st.text(min_size=0, max_size=200)
# Letters of every script for a valid account: Arabic, CJK, emoji, marks, joiners, spaces
# (no surrogates: a YAML file cannot hold them), round at least one letter, figure or
# sign, so that most texts are not empty once controls are left out.
some_letters = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
any_letters = st.builds("{}{}{}".format, some_letters,
                        st.characters(categories=("L", "N", "S", "P")), some_letters)


@st.composite
def accounts(draw: st.DrawFn, text: st.SearchStrategy[str] = sentence,
             name: st.SearchStrategy[str] = words) -> dict[str, object]:
    """Return a valid account: children, adults, and every section with random texts."""
    ids = draw(st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True), min_size=2,
                        max_size=14, unique=True))
    children, adults = ids[:max(1, len(ids) // 3)], ids[max(1, len(ids) // 3):] or ["mum"]
    people: dict[str, object] = {}
    for pid in children:
        people[pid] = {"name": draw(name), "role": "child", "age": draw(st.integers(0, 17))}
    for pid in adults:
        people[pid] = {"name": draw(name), "role": draw(st.sampled_from(ROLES[1:])),
                       "called": draw(name)}

    def entries(need_who: bool = False) -> list[object]:
        items: list[object] = []
        for _ in range(draw(st.integers(0 if not need_who else 1, 6))):
            item: dict[str, object] = {"text": draw(text)}
            if need_who or draw(st.booleans()):
                item["who"] = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4))
            if draw(st.booleans()):
                item["where"] = draw(st.sampled_from([*PLACES, "op de camping"]))
            if draw(st.booleans()):
                item["feeling"] = draw(st.sampled_from(FEELINGS))
            if draw(st.booleans()):
                item["when"] = draw(text)
            items.append(item)
        return items

    account: dict[str, object] = {
        "language": draw(st.sampled_from(["nl", "en"])),
        "status": draw(st.sampled_from(["draft", "final"])),
        "people": people,
        "what_happened": entries(),
        "good_things": entries(),
        "worried": entries(),
        "safety_plan": entries(need_who=True),
        "helpers": entries(need_who=True),
        "child_can": entries(),
        "scale": [{"who": pid, "score": draw(st.integers(0, 10))}
                  for pid in draw(st.lists(st.sampled_from(ids), max_size=5, unique=True))],
    }
    if draw(st.booleans()):
        account["title"] = draw(text)
    return account


def write(tmp_path: Path, account: dict[str, object]) -> Path:
    """Write the account into a new folder of its own (hypothesis reuses tmp_path)."""
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    path = folder / "account.yaml"
    path.write_text(yaml.safe_dump(account, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return path


@SETTINGS
@given(account=accounts())
def test_random_valid_accounts_become_books(tmp_path: Path, account: dict[str, object]) -> None:
    path = write(tmp_path, account)
    # Any valid account renders; its random words may be ones the word check stops (a
    # drawn 'blame'), which is not what is tested here.
    result = build_book(path, path.parent / "out", ["pdf"], word_check=False)
    [pdf] = result.files
    assert result.pages == len(PdfReader(pdf).pages) >= 3
    assert_book_tells(path, pdf_text(pdf))


@SETTINGS
@given(account=accounts(text=any_letters, name=any_letters), anonymous=st.booleans())
def test_random_accounts_in_every_script_become_books_or_a_clear_error(
        tmp_path: Path, account: dict[str, object], anonymous: bool) -> None:
    """Names and texts in any script, emoji and joiners included: a book (with a warning
    for letters no font has), or a clear error naming the file; never a crash, and never
    a glyph that fpdf2 reports missing (the autouse guard in conftest.py)."""
    path = write(tmp_path, account)
    try:
        result = build_book(path, path.parent / "out", anonymise=anonymous)
    except WordsPicturesError as error:
        assert_points_at_lines(error, path)
        event("a clear error")
        return
    event("a book" + (" with a warning" if result.warnings else ""))
    assert result.pages >= 3 and len(result.files) == 2
    [pptx] = [f for f in result.files if f.suffix == ".pptx"]
    if not anonymous:  # an anonymous copy tells other names, by design
        assert_book_tells(path, pptx_text(pptx))
    for warning in result.warnings:
        assert warning.mark is None or warning.mark.path.endswith("account.yaml")


def assert_book_tells(path: Path, printed: str) -> None:
    """Assert the book's text holds every text of the account (as read: control
    characters left out), the title, and every person's name and how the child calls them.

    ``printed`` is the text read back from the PDF or the PowerPoint; the binding letters
    that keep a name on one line (a word joiner) are not letters of the account."""
    account = load_account(path)
    printed = squash(printed.replace("\u2060", ""))
    told = [e.text for _, e in account.story_texts()] + [account.title or ""]
    told += [text for p in account.people for text in (p.name, p.called)]
    for text in filter(None, (squash(t.replace("\u2060", "")) for t in told)):
        assert text in printed, f"not in the book: {text!r}"


def at_a_line(path: Path) -> re.Pattern[str]:
    """Match the start of a problem that points at a line of the file: 'PATH:LINE:COLUMN: ',
    or a word-check finding's 'PATH:LINE:COLUMN category: '."""
    return re.compile(rf"{re.escape(str(path))}:\d+:\d+(?::| [a-z_]+:) ")


def assert_points_at_lines(error: WordsPicturesError, path: Path) -> None:
    """Assert the error is the account's problems, each that stops the book at its line.

    A warning may have no line (letters no font has, in a text without a place of its own),
    so only the problems that stop the book are held to it.
    """
    assert isinstance(error, AccountError), error
    stopping = [str(p) for p in error.problems if not p.is_warning]
    assert stopping, error
    for problem in stopping:
        assert at_a_line(path).match(problem), problem


@st.composite
def broken(draw: st.DrawFn) -> dict[str, object]:
    """Return a valid account with one thing broken in a random way."""
    account = draw(accounts())
    how = draw(st.sampled_from(["type", "key", "id", "score", "age", "list", "text"]))
    if how == "type":
        account[draw(st.sampled_from(list(account)))] = draw(
            st.one_of(st.integers(), st.booleans(), st.none(), any_text))
    elif how == "key":
        account[draw(st.sampled_from(["wat_er_gebeurde", "peple", "Language"]))] = []
    elif how == "id":
        account["safety_plan"] = [{"text": "Iemand doet iets.", "who": ["nobody_known"]}]
    elif how == "score":
        account["scale"] = [{"who": next(iter(account["people"])),  # type: ignore[call-overload]
                             "score": draw(st.integers(11, 10**6))}]
    elif how == "age":
        child = next(iter(account["people"]))  # type: ignore[call-overload]
        account["people"][child]["age"] = draw(any_text)  # type: ignore[index]
    elif how == "list":
        account["people"] = draw(st.lists(words, max_size=3))
    else:
        account["good_things"] = [draw(any_text)]
    return account


@SETTINGS
@given(account=broken())
def test_random_broken_accounts_give_a_clear_error_or_a_book(
        tmp_path: Path, account: dict[str, object]) -> None:
    path = write(tmp_path, account)
    try:
        result = build_book(path, path.parent / "out", ["pptx"])
    except WordsPicturesError as error:
        assert_points_at_lines(error, path)
        return
    [pptx] = result.files
    assert_book_tells(path, pptx_text(pptx))


@MANY
@given(text=any_text)
def test_any_text_read_as_an_account_never_crashes(tmp_path: Path, text: str) -> None:
    path = tmp_path / "account.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    account, problems = read_account(path)
    assert account is not None or problems
    for problem in problems:  # reading an existing file, every problem has a line
        assert at_a_line(path).match(str(problem)), problem


@pytest.mark.parametrize("size", [1, 400])
def test_a_very_long_text_continues_on_next_pages(tmp_path: Path, size: int) -> None:
    account = {
        "language": "en", "people": {"kid": {"name": "Kid", "role": "child", "age": 9}},
        "what_happened": [("Kid walked to school with a friend on a sunny day. " * size).strip()],
    }
    result = build_book(write(tmp_path, account), tmp_path, ["pdf"])
    # Ten words a sentence and at most 70 words a page: the text goes on, it never shrinks.
    assert result.pages >= 3 + size * 10 // 70
