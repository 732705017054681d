"""Reading an item's words for its picture: who is named, what each does and feels, who did
harm, where and when. The words are each language's pictures.yaml."""

from __future__ import annotations

import pytest

from wordspictures.account.model import Person
from wordspictures.book.picture_words import PictureWords, load_picture_words
from wordspictures.book.reading import Reader
from wordspictures.language.facts import load_facts
from wordspictures.problems import Mark

MARK = Mark("test.yaml", 1, 1)


def person(pid: str, name: str, role: str, called: str | None = None,
           pronoun: str = "they") -> Person:
    return Person(pid, name, role, called or name, MARK, pronoun=pronoun)


NL_PEOPLE = (person("noor", "Noor", "child", pronoun="she"), person("daan", "Daan", "child"),
             person("papa", "Bas", "father", "Papa"), person("mama", "Fatima", "mother", "Mama"),
             person("oma", "Khadija", "grandmother", "Oma Khadija"),
             person("sara", "Sara", "aunt", "Tante Sara"),
             person("juf", "Juf Mirjam", "teacher"), person("sam", "Sam", "child"))
EN_PEOPLE = (person("sam", "Sam", "child", pronoun="he"),
             person("dad", "Mark", "father", "Dad"), person("mum", "Lisa", "mother", "Mum"),
             person("tom", "Tom", "uncle", "Uncle Tom"),
             person("granny", "Ria", "grandmother", "Granny Ria"))
GENDERS = {"noor": "she", "papa": "he", "mama": "she", "oma": "she", "sara": "she",
           "juf": "she", "sam": "he", "dad": "he", "mum": "she", "tom": "he", "granny": "she"}


def reader(language: str) -> Reader:
    people = NL_PEOPLE if language == "nl" else EN_PEOPLE
    return Reader(people, load_picture_words(language), GENDERS,
                  load_facts(language).abbreviation)


@pytest.mark.parametrize(("text", "named"), [
    ("Mama houdt heel veel van Noor en Daan.", ("mama", "noor", "daan")),
    ("Juf Mirjam zag een blauwe plek op Sams arm.", ("juf", "sam")),
    ("Sofie heeft met mama, oma en tante Sara afspraken gemaakt.", ("mama", "oma", "sara")),
    ("Khadija en Mirjam koken.", ("oma", "juf")),          # names without their title
    ("Papa's jas hangt bij papa.", ("papa",)),
])
def test_people_are_named_by_name_title_role_and_possessive(text: str, named: tuple) -> None:
    assert reader("nl").read(text).named == named


def test_what_each_person_does_goes_to_the_right_person() -> None:
    read = reader("nl").read
    assert dict(read("Papa viel op de bank in slaap. Finn huilde.").doing) == {
        "papa": "sleeps_on_sofa"}
    assert dict(read("Als papa slaapt en Daan huilt, belt Noor aan bij oma.").doing) == {
        "papa": "sleeps", "daan": "cries", "noor": "rings"}
    assert dict(read("Noor belde oma Khadija.").doing) == {"noor": "phones", "oma": "phones"}
    assert dict(read("Oma en tante Sara komen langs en koken samen met mama.").doing) == {
        "oma": "cooks", "sara": "cooks", "mama": "cooks"}
    assert dict(read("Toen mama thuiskwam, zat Noor met Daan op de trap.").doing) == {
        "noor": "waits_on_stairs", "daan": "waits_on_stairs"}
    en = reader("en").read
    assert dict(en("Dad went to stay with Uncle Tom.").doing) == {"dad": "leaves"}
    assert dict(en("Sam heard the shouting and hid behind the sofa.").doing) == {"sam": "hides"}


def test_feelings_pronouns_and_who_did_harm() -> None:
    en = reader("en").read
    said = en("Dad says he is very sorry that he pushed Mum and grabbed Sam. "
              "He wants to stay calm when he is angry.")
    assert said.doers == ("dad",)                      # not Mum, whom he pushed
    assert dict(said.feelings) == {"dad": "sad"}        # 'He' is Dad, not Sam
    hurt = en("On Saturday Dad shouted and pushed Mum. Mum fell and hurt her head.")
    assert hurt.doers == ("dad",) and dict(hurt.feelings) == {"mum": "sad"} and hurt.serious
    assert not en("Granny Ria picks Sam up from school.").serious


@pytest.mark.parametrize(("language", "text", "place", "host", "time"), [
    ("en", "Dad went to stay with Uncle Tom for two weeks.", "their_home", "tom", None),
    ("en", "Mum takes Sam to Granny Ria's house.", "their_home", "granny", None),
    ("en", "Uncle Tom phones Dad every evening at 8 o'clock.", None, None, "evening"),
    ("nl", "Noor mag altijd oma bellen, ook 's nachts.", None, None, "night"),
    ("nl", "In oktober lag mama de hele dag in bed.", "bedroom", None, "day"),
    ("nl", "Noor bracht Daan naar de opvang.", "street", None, None),   # on the way
    ("nl", "Daan speelde op de opvang.", "school", None, None),
])
def test_places_and_times(language: str, text: str, place: str | None, host: str | None,
                          time: str | None) -> None:
    read = reader(language).read(text)
    assert (read.place, read.host, read.time) == (place, host, time)


def test_a_pack_without_picture_words_reads_only_names() -> None:
    read = Reader(NL_PEOPLE, PictureWords(), GENDERS, load_facts("nl").abbreviation).read(
        "Papa viel op de bank in slaap. Mama belde Noor.")
    assert read.named == ("papa", "mama", "noor")
    assert (read.doing, read.feelings, read.place, read.serious) == ((), (), None, False)
