"""What the book must mean in every pack, however its words are changed.

The golden text (test_golden.py) catches every change of wording; these checks say what no
rewording may lose, from each pack's own words (the ``meaning:`` entry of its
``language.yaml``, which the pack's author fills): the not-your-fault page tells the child
it is not their fault (a negation next to every word for fault it says to the child), and
a draft says it is a draft on every page and on its review page; a final book does not.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from tests.conftest import SHARED
from tests.golden_text import golden_accounts
from wordspictures.api import build_book
from wordspictures.book.pages import Book, Page, PageKind
from wordspictures.book.planner import planner_for
from wordspictures.language.facts import find_facts_file
from wordspictures.language.files import available_languages

PACKS = available_languages()
NEAR = 3  # words between a negation and the word for fault, at most
WORD = re.compile(r"[\w'’]+")


def meaning(language: str) -> dict[str, list[str]]:
    path = find_facts_file(language)
    assert path is not None, language
    entry = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("meaning")
    assert isinstance(entry, dict) and all(entry.get(k) for k in (
        "negation", "fault", "draft")), (
        f"{path} needs a 'meaning:' entry with the language's words for negation, fault "
        "and draft (see the one in templates/en/language.yaml)")
    return {k: [str(w).lower() for w in v] for k, v in entry.items()}


def words_of(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def starts(word: str, stems: list[str]) -> bool:
    return any(word.startswith(stem) for stem in stems)


def sentences(page: Page) -> list[str]:
    """Return what the page says to the child: its heading and its framing, by sentence."""
    told = [page.heading] + [p.text for p in page.paragraphs if p.source == "template"]
    return [s for text in told for s in re.split(r"(?<=[.!?؟。])\s+", text) if s.strip()]


def faults_not_denied(sentence: str, words: dict[str, list[str]]) -> list[str]:
    """Return the words for fault in the sentence with no negation near them."""
    said = words_of(sentence)
    return [w for n, w in enumerate(said) if starts(w, words["fault"]) and not any(
        near in words["negation"] for near in said[max(0, n - NEAR - 1):n + NEAR + 2])]


def planned(language: str) -> list[tuple[str, Book]]:
    return [(label, planner_for(account, None, None).plan())
            for label, account in golden_accounts(language)]


@pytest.mark.parametrize("language", PACKS)
def test_the_not_your_fault_page_says_it_is_not_the_childs_fault(language: str) -> None:
    words = meaning(language)
    for label, book in planned(language):
        [page] = [p for p in book.pages if p.kind is PageKind.NOT_YOUR_FAULT]
        said = sentences(page)
        about_fault = [s for s in said if any(starts(w, words["fault"]) for w in words_of(s))]
        assert len(about_fault) >= 2, (label, said)  # the heading and the page's words
        assert words_of(page.heading) and about_fault[0] == page.heading, (label, said)
        for sentence in about_fault:
            assert not faults_not_denied(sentence, words), (
                f"{language}, {label}: the child may read blame: {sentence!r}")


def test_the_check_finds_blame_without_its_negation() -> None:
    words = meaning("nl")
    assert faults_not_denied("Wat er gebeurd is, is de schuld van Noor en Daan.", words)
    assert not faults_not_denied("Wat er gebeurd is, is niet de schuld van Noor.", words)
    assert faults_not_denied("Het is niet fijn, maar het is jouw schuld.", words)
    words = meaning("en")
    assert faults_not_denied("What happened is the fault of Sam.", words)
    assert not faults_not_denied("What happened isn't Sam's fault.", words)


@pytest.mark.parametrize("language", PACKS)
def test_a_draft_says_it_is_a_draft_and_a_final_book_does_not(language: str) -> None:
    words = meaning(language)
    draft, final = (book for _, book in planned(language))
    assert draft.is_draft and not final.is_draft
    assert any(starts(w, words["draft"]) for w in words_of(draft.draft_label)), \
        draft.draft_label
    [review] = [p for p in draft.pages if p.kind is PageKind.REVIEW]
    assert any(starts(w, words["draft"]) for s in sentences(review) for w in words_of(s))
    assert not any(starts(w, words["draft"]) for w in words_of(final.draft_label))
    assert not any(p.kind is PageKind.REVIEW for p in final.pages)


@pytest.mark.parametrize("language", PACKS)
def test_every_page_of_a_draft_pdf_says_draft(language: str, tmp_path: Path) -> None:
    """The PDF itself, page by page: the mark is printed on each, in the pack's word."""
    words = meaning(language)
    text = (SHARED / "sam-en.yaml").read_text(encoding="utf-8")
    account = tmp_path / "account.yaml"
    account.write_text(text.replace("language: en\n", f"language: {language}\n", 1),
                       encoding="utf-8")
    [pdf] = build_book(account, tmp_path / "out", ["pdf"], word_check=False).files
    pages = PdfReader(pdf).pages
    assert len(pages) > 10
    for number, page in enumerate(pages, 1):
        said = words_of(page.extract_text())
        assert any(starts(w, words["draft"]) for w in said), (language, number)
