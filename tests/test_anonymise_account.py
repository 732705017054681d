"""The anonymous copy of a whole account, field by field, made directly (no book): every text,
time, place and note anonymous, every family picture and recording left out, the cover too.

``test_anonymise.py`` builds anonymous books and reads them back; these check the copy itself
in milliseconds, which is what a mutation run of ``account/anonymise.py`` reruns.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PIL import Image

from tests.test_anonymise import account_from
from wordspictures.account.anonymise import (
    HIDDEN,
    DateFinder,
    NameFinder,
    PackWords,
    anonymise,
    hide_phones,
    role_labels,
)
from wordspictures.account.model import Person
from wordspictures.language.files import PACKS, TemplateProblem
from wordspictures.language.wording import Month, Wording
from wordspictures.problems import Mark

EVERYTHING = """\
language: nl
title: Het verhaal van Sam
date: 2026-03-03
people:
  sam: {name: Sam, role: child, age: 6, picture: sam.png}
  oma: {name: Ria Jansen, role: grandmother, called: Oma Ria}
cover: {who: [sam, oma], where: bij Oma Ria in Zwolle, picture: familie.png}
what_happened:
  - text: Sam logeerde op 3 maart bij Oma Ria.
    when: zaterdag 3 maart 2026
    where: bij Ria Jansen
    picture: familie.png
    audio: oma.wav
helpers:
  - {who: oma, text: Oma Ria helpt Sam., phone: 06-12345678}
scale:
  - {who: oma, score: 7, text: Ria wil dat Sam op 3/3/2026 komt.}
audio:
  cover: oma.wav
"""


def everything(tmp_path: Path) -> Path:
    for name in ("sam.png", "familie.png"):
        Image.new("RGB", (8, 8), "red").save(tmp_path / name)
    (tmp_path / "oma.wav").write_bytes(b"RIFF")
    return tmp_path


def test_every_field_of_the_account_is_anonymous(tmp_path: Path) -> None:
    account = account_from(everything(tmp_path), EVERYTHING)
    assert account.cover and account.cover.picture and account.audio  # there to be hidden
    hidden = anonymise(account, Wording("nl"))
    assert hidden.title is None and hidden.date == Month(2026, 3, 1)
    assert [(p.name, p.called, p.picture) for p in hidden.people] == [
        ("Kind 1", "Kind 1", None), ("Oma", "Oma", None)]
    item, = hidden.what_happened
    assert (item.text, item.when, item.where, item.picture, item.audio) == (
        "Kind 1 logeerde in maart bij Oma.", "maart 2026", "bij Oma", None, None)
    helper, = hidden.helpers
    assert (helper.text, helper.phone) == ("Oma helpt Kind 1.", HIDDEN)
    assert [(s.who, s.score, s.text) for s in hidden.scale] == [
        ("oma", 7, "Oma wil dat Kind 1 in maart 2026 komt.")]
    assert hidden.audio == ()


def test_the_cover_shows_no_family_photo_and_names_no_one(tmp_path: Path) -> None:
    """The cover's own picture is the family's drawing or photo, which says who they are
    like any other."""
    hidden = anonymise(account_from(everything(tmp_path), EVERYTHING), Wording("nl"))
    assert hidden.cover is not None
    assert (hidden.cover.who, hidden.cover.where, hidden.cover.picture) == (
        ("sam", "oma"), "bij Oma in Zwolle", None)
    plain = account_from(tmp_path, EVERYTHING.replace(
        "cover: {who: [sam, oma], where: bij Oma Ria in Zwolle, picture: familie.png}\n", ""))
    assert anonymise(plain, Wording("nl")).cover is None


def test_an_item_without_time_place_or_phone_keeps_them_empty(tmp_path: Path) -> None:
    account = account_from(tmp_path, "language: nl\npeople:\n  sam: {name: Sam, role: child, "
                           "age: 6}\nwhat_happened:\n  - Sam speelde.\n")
    item, = anonymise(account, Wording("nl")).what_happened
    assert (item.text, item.when, item.where, item.phone) == ("Kind 1 speelde.", None, None,
                                                              None)


def person(pid: str, role: str, age: int | None = None, name: str = "X",
           called: str = "") -> Person:
    return Person(pid, name, role, called or name, Mark("a.yaml", 1, 1), age=age)


def test_children_of_unknown_age_come_after_those_whose_age_is_known() -> None:
    """Oldest first; a child whose age was not given is numbered last, not first."""
    words = PackWords.of(Wording("en"))
    labels = role_labels([person("a", "child"), person("b", "child", 1),
                          person("c", "child", 9)], words)
    assert labels == {"c": "Child 1", "b": "Child 2", "a": "Child 3"}


def test_a_role_one_person_has_is_not_numbered_and_a_shared_one_is() -> None:
    words = PackWords.of(Wording("en"))
    labels = role_labels([person("mum", "mother"), person("t1", "teacher"),
                          person("t2", "teacher"), person("kid", "child", 4)], words)
    assert labels == {"mum": "Mother", "t1": "Teacher 1", "t2": "Teacher 2", "kid": "Child 1"}


def test_a_name_two_people_share_is_hidden_rather_than_given_to_one() -> None:
    words = PackWords.of(Wording("en"))
    people = [person("a", "father", name="Tom Smith"), person("b", "uncle", name="Tom Jones")]
    names = NameFinder(people, {"a": "Father", "b": "Uncle"}, words)
    assert names.replace("Tom Smith and Tom Jones; Tom came. TOM SMITH. Smith's car.") == (
        f"Father and Uncle; {HIDDEN} came. Father. Father's car.")
    assert NameFinder([], {}, words).replace("Tom came.") == "Tom came."


def test_english_dates_become_their_month() -> None:
    dates = DateFinder(PackWords.of(Wording("en")))
    assert dates.blur("On Saturday 3 March 2026, on March 3rd and on 2026-03-03 we met.") == (
        "In March 2026, in March and in March 2026 we met.")
    assert dates.blur("May we come in May 2026?") == "May we come in May 2026?"


def test_phone_numbers_of_eight_digits_or_more_go() -> None:
    assert hide_phones("Call 020 123 4567 or +31 (0)6-1234.5678, not 2026-03.") == (
        f"Call {HIDDEN} or {HIDDEN}, not 2026-03.")
    assert hide_phones("Room 1234567 at 12:30, call 1234 5678.") == (
        f"Room 1234567 at 12:30, call {HIDDEN}.")


def test_a_pack_without_a_word_the_copy_needs_says_which_and_how_to_mend_it(
        tmp_path: Path) -> None:
    shutil.copytree(PACKS / "en", tmp_path / "en")
    words = tmp_path / "en" / "words.j2"
    words.write_text(re.sub(r"{% set ordinals = .*?%}\n", "", words.read_text("utf-8")),
                     encoding="utf-8")
    with pytest.raises(TemplateProblem) as caught:
        PackWords.of(Wording("en", tmp_path))
    assert str(caught.value) == (
        f"{words}: there is no 'ordinals', which an anonymous copy needs — copy it from the "
        "built-in words.j2 and translate it")


def test_a_date_after_a_full_stop_keeps_its_space_in_a_pack_without_prepositions() -> None:
    """Turkish (like Arabic, Persian, Polish, Ukrainian) has no word before a date that the
    month changes: the space before the date is not part of it."""
    dates = DateFinder(PackWords.of(Wording("tr")))
    assert dates.blur("Dün geldi. 3 Mart 2026 yine geldi, 5/3/2026 de. Pazartesi 2 Mart.") \
        == "Dün geldi. Mart 2026 yine geldi, Mart 2026 de. Mart."


def test_a_whole_name_wins_over_part_of_another_and_a_tie_is_hidden() -> None:
    words = PackWords.of(Wording("en"))
    people = [person("sis", "sister", name="Anna", called="Sis"),
              person("teacher", "teacher", name="Anna Smith"),
              person("aunt", "aunt", name="Maria", called="Ria"),
              person("uncle", "uncle", name="Ria Jones"),
              person("dad", "father", name="Tom Brown", called="Dad"),
              person("friend", "friend", name="Jan Brown", called="Mr Brown"),
              person("nan", "grandmother", name="Grace Kelly", called="Nan Rose"),
              person("rose", "neighbour", name="Rose Hill", called="Rosie")]
    labels = {"sis": "Sister", "teacher": "Teacher", "aunt": "Aunt", "uncle": "Uncle",
              "dad": "Father", "friend": "Friend", "nan": "Grandmother", "rose": "Neighbour"}
    names = NameFinder(people, labels, words)
    # Anna is the sister's whole name, part of the teacher's; Ria is how the aunt is
    # called, part of the uncle's name; Brown is part of two names and Rose part of a called
    # name and of a name: ties at that rank.
    assert names.replace("Anna, Ria and Brown came; Mr Brown too. Rose and Rose Hill.") == (
        f"Sister, Aunt and {HIDDEN} came; Friend too. {HIDDEN} and Neighbour.")


def test_a_called_name_is_found_in_its_parts_and_in_capitals() -> None:
    words = PackWords.of(Wording("nl"))
    people = [person("tante", "aunt", name="Maria", called="Tante Mieke"),
              person("sofie", "social_worker", name="Sofie", called="Sofie van Veilig Thuis"),
              person("oma", "grandmother", name="Ria Jansen", called="Oma Ria")]
    names = NameFinder(people, {"tante": "Tante", "sofie": "Hulpverlener", "oma": "Oma"},
                       words)
    assert names.replace("Mieke kwam. OMA RIA ook. Veilig Thuis belde Sofie.") == (
        "Tante kwam. Oma ook. Veilig Thuis belde Hulpverlener.")


def test_a_name_with_an_s_after_it_is_another_word_in_english() -> None:
    """English writes the genitive with an apostrophe: 'Marks' is not Mark's."""
    words = PackWords.of(Wording("en"))
    names = NameFinder([person("dad", "father", name="Mark")], {"dad": "Father"}, words)
    assert names.replace("Marks on the wall; Mark's car.") == "Marks on the wall; Father's car."
