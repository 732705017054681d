"""Each simple kind of value told wrong, at its line and in its words (survivors of make
mutate): an empty text, a list where a text belongs, a flag that is not true or false, a
group that is not one, an unknown key, and dates at both ends of month and day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import SHARED
from wordspictures.account.load import load_account, read_account
from wordspictures.errors import AccountError

SAM = (SHARED / "sam-en.yaml").read_text(encoding="utf-8")
CASES = {
    "an empty text": ("title: Sam's story", 'title: ""', 2, 8,
                      "the title is empty — write the text after the ':'"),
    "nothing after the colon": ("title: Sam's story", "title:", 2, 7,
                                "the title is empty — write the text after the ':'"),
    "a list for a text": ("title: Sam's story", "title: [Sam, story]", 2, 8,
                          "the title should be text, not a list or a group of keys — write "
                          "it on one line after the ':'"),
    "a flag that is not true or false": ("glasses: true}", "glasses: maybe}", 12, 124,
                                         "glasses should be true or false — not 'maybe'"),
    "a word for a group": ("looks: {hair: long, hair_colour: blond, skin: light}",
                           "looks: blond", 10, 55, "the looks of 'mum' should be a list of "
                           "'key: value' lines — indent the lines under it and write each as "
                           "'key: value'"),
    "a key like none": ("called: Mum,", "qqq: Mum,", 10, 35, "unknown key 'qqq' in the "
                        "person 'mum' — the keys here are: name, role, called, age, pronoun, "
                        "looks, picture"),
    "a mistyped key": ("called: Mum,", "calld: Mum,", 10, 35, "unknown key 'calld' in the "
                       "person 'mum' — did you mean 'called'?"),
    "a person without a role": (
        "tom: {name: Tom, role: uncle,", "tom: {name: Tom,", 13, 8,
        "the person 'tom' has no role — add 'role: …' (one of: child, mother, father, "
        "stepmother, stepfather, foster_mother, foster_father, grandmother, grandfather, "
        "aunt, uncle, sister, brother, cousin, friend, neighbour, teacher, social_worker, "
        "police, doctor, nurse, therapist, interpreter, other)"),
    "a person without a name": ("tom: {name: Tom, role: uncle,", "tom: {role: uncle,", 13, 8,
                                "the person 'tom' has no name — add 'name: …'"),
    "a flag for a number": ("age: 7,", "age: true,", 9, 38,
                            "the age should be a whole number from 0 to 120 — not 'true'"),
    "an empty id": ("who: [sam, dad]", "who: [sam, '']", 35, 16,
                    "a person is empty — write the text after the ':'"),
    "a group for a list of ids": ("who: [sam, dad]", "who: {sam: dad}", 35, 10,
                                  "'who' should be a list — start each item on its own line "
                                  "with '- '"),
    "an id like another": ("who: [sam, dad]", "who: [sam, dda]", 35, 16,
                           "'dda' is not someone in this story — did you mean 'dad'? every "
                           "name here must be one of the ids under 'people:'"),
    "an id like none": ("who: [sam, dad]", "who: [sam, qqqq]", 35, 16,
                        "'qqqq' is not someone in this story — every name here must be one "
                        "of the ids under 'people:'"),
    "an empty place": ("where: living_room", "where: ''", 30, 12,
                       "'where' is empty — write the text after the ':'"),
    "an empty picture": ("who: [sam, dad]", "who: [sam, dad]\n    picture: ''", 36, 14,
                         "the picture is empty — write the text after the ':'"),
    "a phone number without digits": ("phone: 06-12345678", "phone: Femke", 62, 97,
                                      "the phone number 'Femke' has no digits — write the "
                                      "number with its digits, like 06-12345678, or leave out "
                                      "'phone:'"),
    "an empty phone number": ("phone: 06-12345678", "phone: ''", 62, 97,
                              "the phone number is empty — write the text after the ':'"),
    "a list for an item's text": (
        "text: Mrs Jansen saw a bruise on Sam's arm. Sam told her that he had been scared at "
        "home.", "text: [Mrs Jansen, saw]", 19, 11, "the text of this 'worried' item should "
        "be text, not a list or a group of keys — write it on one line after the ':'"),
}
for typed, said in {
        "voice/cover.mp3": "the recording 'voice/cover.mp3' is not there — give the path of a "
                           "wav, mp3 or ogg file, from the account's folder",
        "''": "the recording is empty — write the text after the ':'"}.items():
    CASES[f"a recording {typed}"] = ("made_by: [mum, dad, sofia]", "made_by: [mum, dad, sofia]"
                                     f"\naudio: {{cover: {typed}}}", 7, 16, said)
DATES = {
    "2026-13-01": "2026-13-01 is not a date: there is no month 13 — write year-month-day, "
                  "the month from 1 to 12: for example 2026-11-20",
    "2026-00-10": "2026-00-10 is not a date: there is no month 0 — write year-month-day, "
                  "the month from 1 to 12: for example 2026-11-20",
    "2026-02-29": "2026-02-29 is not a date: February 2026 has 28 days — check the day",
    "2026-12-32": "2026-12-32 is not a date: December 2026 has 31 days — check the day",
    "2026-04-31": "2026-04-31 is not a date: April 2026 has 30 days — check the day",
    "2026-01-00": "2026-01-00 is not a date: January 2026 has 31 days — check the day",
    "31-12-2026": "the date should be written as year-month-day — write 2026-12-31",
    "gisteren": "the date should be a date written as year-month-day — for example 2026-11-20",
}
for typed, said in DATES.items():
    CASES[f"date {typed}"] = ("date: 2026-11-12", f"date: {typed}", 5, 7, said)


@pytest.mark.parametrize("typed", ["2026-01-01", "2026-12-31", "2028-02-29", "2026-04-30"])
def test_the_first_and_last_days_are_dates(tmp_path: Path, typed: str) -> None:
    path = tmp_path / "account.yaml"
    path.write_text(SAM.replace("date: 2026-11-12", f"date: {typed}"), encoding="utf-8")
    assert load_account(path).date.isoformat() == typed  # type: ignore[union-attr]


@pytest.mark.parametrize("case", CASES)
def test_a_wrong_value_is_told_at_its_line(tmp_path: Path, case: str) -> None:
    before, after, line, column, said = CASES[case]
    assert SAM.count(before) == 1
    path = tmp_path / "account.yaml"
    path.write_text(SAM.replace(before, after), encoding="utf-8")
    with pytest.raises(AccountError) as caught:
        load_account(path)
    problems = [str(p) for p in caught.value.problems if not p.is_warning]  # not the commas
    assert problems == [f"{path}:{line}:{column}: {said}"]


def test_flags_are_read_as_written(tmp_path: Path) -> None:
    account = load_account(SHARED / "sam-en.yaml")
    looks = {p.id: (p.looks.glasses, p.looks.beard) for p in account.people if p.looks}
    assert looks["granny"] == (True, False) and looks["dad"] == (False, True)
    assert looks["mum"] == (False, False)


def test_a_picture_or_recording_that_is_a_folder_is_told(tmp_path: Path) -> None:
    (tmp_path / "pics").mkdir()
    path = tmp_path / "account.yaml"
    path.write_text(SAM.replace("made_by: [mum, dad, sofia]",
                                "made_by: [mum, dad, sofia]\naudio: {cover: pics}").replace(
        "who: [sam, dad]", "who: [sam, dad]\n    picture: pics"), encoding="utf-8")
    with pytest.raises(AccountError) as caught:
        load_account(path)
    assert [str(p) for p in caught.value.problems if not p.is_warning] == [
        f"{path}:7:16: the recording 'pics' is a folder, not a recording — give the path of "
        "a wav, mp3 or ogg file, from the account's folder",
        f"{path}:37:14: the picture 'pics' is a folder, not a picture — give the path of a "
        "PNG or JPEG file, from the account's folder"]


def test_a_recording_is_found_from_the_accounts_folder(tmp_path: Path) -> None:
    (tmp_path / "voice").mkdir()
    (tmp_path / "voice" / "cover.wav").write_bytes(b"RIFF")
    path = tmp_path / "account.yaml"
    path.write_text(SAM.replace("made_by: [mum, dad, sofia]", "made_by: [mum, dad, sofia]\n"
                                "audio: {cover: voice/cover.wav}"), encoding="utf-8")
    [audio] = load_account(path).audio
    assert (audio.page, audio.files) == ("cover", (tmp_path / "voice" / "cover.wav",))


def test_a_date_with_a_time_of_day_is_that_day(tmp_path: Path) -> None:
    path = tmp_path / "account.yaml"
    path.write_text(SAM.replace("date: 2026-11-12", "date: 2026-11-12 10:30:00"),
                    encoding="utf-8")
    date = load_account(path).date
    assert date is not None and (type(date), date.isoformat()) == (dt.date, "2026-11-12")


def test_someone_named_twice_in_who_is_there_once(tmp_path: Path) -> None:
    path = tmp_path / "account.yaml"
    path.write_text(SAM.replace("who: [sam, dad]", "who: [sam, dad, sam]"), encoding="utf-8")
    assert load_account(path).what_happened[2].who == ("sam", "dad")


def test_a_persons_picture_and_an_items_recording_are_found_in_the_accounts_folder(
        tmp_path: Path) -> None:
    (tmp_path / "sam.png").write_bytes(b"a picture")
    (tmp_path / "granny.wav").write_bytes(b"RIFF")
    path = tmp_path / "account.yaml"
    path.write_text(SAM.replace("age: 7,", "age: 7, picture: sam.png,").replace(
        "phone: 06-12345678}", "phone: 06-12345678, audio: granny.wav}"), encoding="utf-8")
    account = load_account(path)
    assert account.person("sam").picture == tmp_path / "sam.png"
    assert [e.audio for e in account.helpers if e.audio] == [tmp_path / "granny.wav"]


TOM = ("  - {text: Uncle Tom phones Dad every evening at 8 o'clock., who: [tom, dad], "
       "when: every evening}")
KEYS = {
    "a key in Dutch": ("  - {tekst: Uncle Tom phones Dad., who: [tom, dad]}", [
        "58:6: the key 'tekst' is written 'text' in an account: the keys are English words — "
        "write 'text:' instead of 'tekst:'; the text after it stays in your own language"]),
    # Beside the English key, the Dutch one is not read as it: one mistake, told once.
    "a key in Dutch beside the English one": (
        "  - {tekst: Other, text: Uncle Tom phones Dad., who: [tom, dad]}",
        ["58:6: unknown key 'tekst' in an item of 'safety_plan' — did you mean 'text'?"]),
    # A mistyped key is read as the key meant: the item is not also without its text.
    "a mistyped key alone": ("  - {txet: Uncle Tom phones Dad., who: [tom, dad]}", [
        "58:6: unknown key 'txet' in an item of 'safety_plan' — did you mean 'text'?"]),
    "a comma in a time": (
        "  - {text: Uncle Tom phones Dad., when: every evening, at 8, who: [tom, dad]}",
        ["58:41: warning: this 'when' holds a comma inside { … }; it was read as one text — "
         'put the text between quotes to be sure: when: "…, …"']),
    "a control character": ('  - {text: "Uncle Tom\\u0007 phones Dad.", who: [tom, dad]}', [
        "58:12: warning: the text of this 'safety_plan' item holds invisible control "
        "characters; they were left out — retype the text if it looks wrong in the book"]),
    "an empty feeling": ("feeling: ''", ["28:14: feeling is empty — write the text after "
                                             "the ':'"]),
    "a feeling like none": ("feeling: zzzzzz", [
        "28:14: 'zzzzzz' is not a known feeling — use one of: happy, sad, scared, angry, "
        "worried, calm"]),
}


@pytest.mark.parametrize("case", KEYS)
def test_a_mistake_is_told_once_in_its_words(tmp_path: Path, case: str) -> None:
    written, said = KEYS[case]
    before = "feeling: scared" if written.startswith("feeling") else TOM
    path = tmp_path / "account.yaml"
    path.write_text(SAM.replace(before, written, 1), encoding="utf-8")
    _, problems = read_account(path)
    assert [str(p) for p in problems if "'text' holds a comma" not in str(p)] == [
        f"{path}:{line}" for line in said]


def test_a_known_key_after_a_comma_is_a_key_and_free_words_are_a_place(
        tmp_path: Path) -> None:
    """Only an unknown word after a comma in { … } is taken back into the text before it;
    a place in words with a space is the caseworker's own, not a mistyped place kind."""
    path = tmp_path / "account.yaml"
    path.write_text(SAM.replace(TOM, "  - {text: Uncle Tom phones Dad every evening, who}")
                    .replace("where: living_room", "where: living room"), encoding="utf-8")
    account, problems = read_account(path)
    assert account is not None
    assert [str(p) for p in problems if "'text' holds a comma" not in str(p)] == []
    assert [(e.text, e.who) for e in account.safety_plan if e.text.startswith("Uncle")] == [
        ("Uncle Tom phones Dad every evening", ())]
    assert "living room" in [e.where for e in account.what_happened]
