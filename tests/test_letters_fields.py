"""A letter no font has is warned about in every field the book prints.

The PDF prints such a letter as an empty box: the caseworker must hear of it wherever the
letter was typed (the title, a name, how the child calls someone, an item's words, its
'when', a phone number, a score's note). Each field is tried on its own: the letter is put
into that field only, the book is planned and laid out, and the PDF's letters (the ones
``render.pdf`` sets) are shown to hold it, so the field really is printed, and a warning
names it, at the field's line.
"""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

import pytest

from tests.conftest import SHARED
from wordspictures.account import model
from wordspictures.account.load import load_account
from wordspictures.book.planner import plan_book
from wordspictures.fonts.letters import check_letters, missing_letters
from wordspictures.layout.paper import paper_for
from wordspictures.render.files import lay_out
from wordspictures.render.pdf import printed_letters

BOX = "漢"  # no bundled font has it (Chinese; since issue 18 an emoji prints as itself)
SAM = (SHARED / "sam-en.yaml").read_text(encoding="utf-8")

# A 'when' the item's words already tell is left out of the book: this one is new to it.
# field -> (the line of sam-en.yaml as it is, the same line with the letter in that field)
PRINTED = {
    "title": ("title: Sam's story", f"title: Sam's story {BOX}"),
    "Person.name": ("sam: {name: Sam,", f"sam: {{name: Sam{BOX},"),
    "Person.called": ("called: Mum,", f"called: Mum{BOX},"),
    "Entry.text": ("hid behind the sofa.", f"hid behind the sofa {BOX}."),
    "Entry.when": ("when: every Wednesday and Sunday}", f"when: on Fridays{BOX}}}"),
    "Entry.phone": ("phone: 06-12345678}", f"phone: 06-12345678 {BOX}}}"),
    "Score.text": ("for a few months.}", f"for a few months {BOX}.}}"),
}
# Text fields that are never printed as typed: ids, choices from the vocabulary (each is a
# word the book says in its own language, or a drawing), files, the language and status.
NOT_PRINTED = {
    "Account.language", "Account.status", "Account.for_children", "Account.made_by",
    "Account.allow", "Person.id", "Person.role", "Person.pronoun", "Entry.who",
    "Entry.where", "Entry.feeling", "Entry.feelings", "Entry.only_for", "Score.who",
    "Drawing.doing", "Looks.hair",
    "Looks.hair_colour", "Looks.skin", "Looks.clothes", "Drawing.place", "Drawing.time",
    "Cover.who", "Cover.where", "PageAudio.page",
    # a code; and a name in the second language's letters, which only the anonymous copy
    # reads (to find the name in the translations)
    "Account.second_language", "Person.name_translation",
}
# A book in two languages prints these beside the main text (the book's side, issue 18b,
# reads them back from the PDF); their letters are checked at their own lines here.
# field -> (the line of the bilingual account as it is, with the letter in that field)
TRANSLATED = {
    "title_translation": ("ar: قصة سام}", f"ar: قصة سام{BOX}}}"),
    "Person.called_translation": ("ar: ماما}", f"ar: ماما{BOX}}}"),
    "Entry.translation": ("ar: سام يلعب.", f"ar: سام يلعب{BOX}."),
    "Score.translation": ("ar: أفضل.}", f"ar: أفضل{BOX}.}}"),
}
BILINGUAL = """\
language: [en, ar]
title: {en: Sam's story, ar: قصة سام}
people:
  sam: {name: Sam, role: child, age: 7, pronoun: he}
  mum: {name: Lisa, role: mother, called: {en: Mum, ar: ماما}}
worried:
  - text:
      en: Sam plays.
      ar: سام يلعب.
    who: [sam]
scale:
  - {who: mum, score: 7, text: {en: Better., ar: أفضل.}}
"""


@pytest.mark.parametrize("field", TRANSLATED)
def test_a_missing_letter_in_a_translation_is_warned_at_its_line(tmp_path: Path,
                                                                 field: str) -> None:
    before, after = TRANSLATED[field]
    assert BILINGUAL.count(before) == 1, before
    path = tmp_path / "account.yaml"
    path.write_text(BILINGUAL.replace(before, after), encoding="utf-8")
    warnings = [p for p in check_letters(load_account(path)) if BOX in p.message]
    line = 1 if field == "title_translation" else next(
        n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if BOX in text)
    assert [w.mark.line for w in warnings if w.mark] == [line]


def account_with(tmp_path: Path, field: str) -> Path:
    before, after = PRINTED[field]
    assert SAM.count(before) == 1, before
    path = tmp_path / "account.yaml"
    path.write_text(SAM.replace(before, after), encoding="utf-8")
    return path


@pytest.mark.parametrize("field", PRINTED)
def test_a_missing_letter_is_warned_in_every_printed_field(tmp_path: Path, field: str) -> None:
    path = account_with(tmp_path, field)
    account = load_account(path)
    book = plan_book(account)
    letters = "".join(printed_letters(book, lay_out(book, paper_for("a5"))))
    assert BOX in letters, f"{field} is not printed: take it out of PRINTED"
    warnings = [p for p in check_letters(account) if BOX in p.message]
    assert len(warnings) == 1, [str(w) for w in check_letters(account)]
    [warning] = warnings
    line = 1 if field == "title" else next(
        n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if BOX in text)
    assert warning.mark is not None and warning.mark.line == line, str(warning)
    assert warning.is_warning
    assert missing_letters(BOX) == [BOX]


def text_fields() -> set[str]:
    """Return every field of the account's objects that holds text (str, or str in a
    tuple or Optional)."""
    found = set()
    for cls in (model.Account, model.Person, model.Entry, model.Score, model.Looks,
                model.Drawing, model.Cover, model.PageAudio):
        hints = typing.get_type_hints(cls)
        for item in dataclasses.fields(cls):
            if "str" in str(hints[item.name]) and "Path" not in str(hints[item.name]):
                found.add(f"{cls.__name__}.{item.name}")
    return found


def test_every_text_field_of_the_account_is_tried_or_said_not_printed() -> None:
    """A new text field fails here until it is put in PRINTED (and warned about) or in
    NOT_PRINTED with the reason."""
    tried = {f if "." in f else f"Account.{f}" for f in (*PRINTED, *TRANSLATED)}
    assert text_fields() - tried - NOT_PRINTED == set()
    assert (tried | NOT_PRINTED) - text_fields() == set()  # no stale names
