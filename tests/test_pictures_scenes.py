"""What a page's picture shows, from the account's keys and the item's words: feelings per
person, one scene per item, whom the words name, items for one child, the cover, looks,
evening, never the harm, and the words that describe the picture."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.picture_checks import count_colour, face_box, figures_of, image_of
from wordspictures.account.load import load_account, read_account
from wordspictures.book.pages import PageKind
from wordspictures.book.planner import plan_book
from wordspictures.illustrate import draw_scene, plan_scene
from wordspictures.illustrate.palette import TEAR
from wordspictures.illustrate.shapes import SceneLayout

PEOPLE = """people:
  noor: {name: Noor, role: child, age: AGE, pronoun: she}
  daan: {name: Daan, role: child, age: 4, pronoun: he}
  papa: {name: Bas, role: father, called: Papa}
  mama: {name: Fatima, role: mother, called: Mama}
  sara: {name: Sara, role: aunt, called: Tante Sara}
  juf: {name: Juf Mirjam, role: teacher}
  meester: {name: Meester Tom, role: teacher}
  sofie: {name: Sofie, role: social_worker}
  agent: {name: Agent Vos, role: police}
"""


def account(tmp_path: Path, body: str, age: int = 9, language: str = "nl") -> Path:
    path = tmp_path / "a.yaml"
    path.write_text(f"language: {language}\n" + PEOPLE.replace("AGE", str(age)) + body,
                    encoding="utf-8")
    return path


def pages_of(tmp_path: Path, body: str, kind: PageKind, age: int = 9, child: str | None = None
             ) -> list:  # type: ignore[type-arg]
    book = plan_book(load_account(account(tmp_path, body, age)), child=child)
    return [p for p in book.pages if p.kind is kind]


def spots(layout: SceneLayout) -> dict:  # type: ignore[type-arg]
    return {spot.person_id: spot for spot, _ in figures_of(layout)}


def test_a_feeling_per_person_reaches_the_drawing(tmp_path: Path) -> None:
    [page] = pages_of(tmp_path, """what_happened:
  - {text: Papa viel in slaap., who: [noor, papa], feeling: {noor: scared, papa: sad}}
""", PageKind.WHAT_HAPPENED)
    layout = plan_scene(page.scene)
    faces = spots(layout)
    assert faces["noor"].feeling == "scared"
    image = image_of(draw_scene(page.scene))
    # Papa is asleep (the words say so): closed eyes, so not sad's tear, and Noor's face has
    # no tear either; a sad Papa awake has one.
    [awake] = pages_of(tmp_path, """what_happened:
  - {text: Papa zat daar., who: [noor, papa], feeling: {noor: scared, papa: sad}}
""", PageKind.WHAT_HAPPENED)
    awake_layout = plan_scene(awake.scene)
    awake_image = image_of(draw_scene(awake.scene))
    papa = spots(awake_layout)["papa"]
    assert papa.feeling == "sad"
    assert count_colour(awake_image, TEAR, face_box(papa, 0)) > 5
    assert count_colour(awake_image, TEAR, face_box(spots(awake_layout)["noor"], 0)) == 0
    assert faces["papa"].action == "sleeps" and count_colour(image, TEAR,
                                                             face_box(faces["papa"], 0)) == 0


def test_one_feeling_word_is_the_childrens_and_the_others_look_plain(tmp_path: Path) -> None:
    [page] = pages_of(tmp_path, """what_happened:
  - {text: Op zaterdag duwde papa mama in de keuken., who: [noor, papa, mama],
     feeling: scared}
""", PageKind.WHAT_HAPPENED)
    faces = {pid: s.feeling for pid, s in spots(plan_scene(page.scene)).items()}
    assert faces == {"noor": "scared", "papa": "neutral", "mama": "neutral"}
    [page] = pages_of(tmp_path, """what_happened:
  - {text: Op zaterdag duwde papa mama in de keuken., who: [papa, mama], feeling: scared}
""", PageKind.WHAT_HAPPENED)
    faces = {pid: s.feeling for pid, s in spots(plan_scene(page.scene)).items()}
    # Who pushed never wears the fear he caused, and never smiles.
    assert faces == {"papa": "neutral", "mama": "scared"}
    assert {s.action for s in spots(plan_scene(page.scene)).values()} == {"stands"}


def test_items_of_different_people_get_their_own_picture(tmp_path: Path) -> None:
    pages = pages_of(tmp_path, """for: noor
worried: [Juf Mirjam was bang.]
good_things:
  - Mama houdt van Noor.
  - {text: Papa leest voor., who: [papa]}
  - {text: Tante Sara kookt., who: [sara]}
""", PageKind.GOOD_THINGS)
    assert len(pages) == 2  # three items, each its own picture: two panels, then one
    first = plan_scene(pages[0].scene)
    assert len(first.panels) == 2
    assert [set(spots(p)) for p in first.panels] == [{"mama", "noor"}, {"papa"}]
    assert set(spots(plan_scene(pages[1].scene))) == {"sara"}
    assert spots(first.panels[1])["papa"].action == "reads"


def test_whom_the_words_name_is_drawn_without_who(tmp_path: Path) -> None:
    [page] = pages_of(tmp_path, """worried: [Juf Mirjam was bang.]
good_things: [Mama houdt heel veel van Noor en Daan.]
""", PageKind.GOOD_THINGS)
    assert set(spots(plan_scene(page.scene))) >= {"mama", "noor", "daan"}


def test_a_book_for_one_child_leaves_out_the_other_childs_items_and_says_so(
        tmp_path: Path) -> None:
    body = """worried: [Juf Mirjam was bang.]
child_can:
  - {text: Noor mag oma bellen., for: noor}
  - {text: Daan mag met Papa praten., for: daan}
  - Noor en Daan mogen altijd praten.
"""
    path = account(tmp_path, body)
    for child, kept, gone in (("noor", "oma bellen", "met Papa"), ("daan", "met Papa",
                                                                   "oma bellen")):
        book = plan_book(load_account(path), child=child)
        text = " ".join(p.text for page in book.pages for p in page.paragraphs)
        assert kept in text and gone not in text and "altijd praten" in text
        [warning] = [p for p in book.problems if "left out" in p.message]
        assert warning.mark is not None and warning.mark.line == (15 if child == "noor" else 14)
        assert warning.is_warning
    both = plan_book(load_account(path))
    text = " ".join(p.text for page in both.pages for p in page.paragraphs)
    assert "oma bellen" in text and "met Papa" in text
    assert not [p for p in both.problems if "left out" in p.message]


def test_the_cover_shows_whom_the_title_names_or_whom_the_cover_key_says(tmp_path: Path
                                                                          ) -> None:
    body = "title: Noor en Daan bij Tante Sara\nworried: [Juf Mirjam was bang.]\n"
    cover = plan_book(load_account(account(tmp_path, body))).pages[0]
    assert {p.id for p in cover.scene.people} == {"noor", "daan", "sara"}
    plain = plan_book(load_account(account(tmp_path, "worried: [Juf was bang.]\n"))).pages[0]
    assert {p.id for p in plain.scene.people} == {"noor", "daan", "papa", "mama"}
    chosen = plan_book(load_account(account(
        tmp_path, "cover: {who: [noor, sara], where: park}\nworried: [Juf was bang.]\n"))
    ).pages[0]
    assert {p.id for p in chosen.scene.people} == {"noor", "sara"}
    assert plan_scene(chosen.scene).background == "park"


def test_titles_and_kinship_words_tell_a_woman_from_a_man(tmp_path: Path) -> None:
    path = account(tmp_path, """worried: [Juf Mirjam en Meester Tom waren bang.]
safety_plan:
  - {text: Agent Vos en papa praten., who: [agent, papa]}
""")
    book = plan_book(load_account(path))
    [worried] = [p for p in book.pages if p.kind is PageKind.WORRIED]
    looks = {pid: s.look for pid, s in spots(plan_scene(worried.scene)).items()}
    assert looks["juf"].hair in ("long", "ponytail")   # a 'juf' is a woman
    assert looks["meester"].hair == "short"            # a 'meester' a man
    # The account is Dutch, so is the warning: "… een uiterlijk dat allebei kan zijn".
    unknown = [p for p in book.problems if "allebei kan zijn" in p.message]
    assert {p.mark.line for p in unknown if p.mark} == {10, 11}  # Sofie and Agent Vos
    [rule] = [p for p in book.pages if p.kind is PageKind.SAFETY_PLAN]
    rule_looks = {pid: s.look for pid, s in spots(plan_scene(rule.scene)).items()}
    assert rule_looks["agent"].hair == "curly" and rule_looks["agent"].clothes == "navy"
    assert rule_looks["papa"].clothes != "navy"


def test_evening_has_the_moon_and_a_clock_at_the_time_the_words_say(tmp_path: Path) -> None:
    [page] = pages_of(tmp_path, """safety_plan:
  - {text: Tante Sara belt Noor elke avond om acht uur., who: [sara], when: elke avond}
""", PageKind.SAFETY_PLAN)
    layout = plan_scene(page.scene)
    assert page.scene.daytime == "evening" and page.scene.clock is not None
    assert [p.time for p in layout.props if p.kind == "clock"] == [(8, 0)]
    assert "sun" not in layout.prop_kinds() and "moon" in layout.prop_kinds()
    assert spots(layout)["sara"].action == spots(layout)["noor"].action == "phones"


def test_the_harm_is_never_drawn(tmp_path: Path) -> None:
    from wordspictures.account.vocabulary import ACTIONS

    harm = {"hits", "pushes", "kicks", "grabs", "shouts", "drinks", "hurts", "fights"}
    assert not harm & set(ACTIONS)
    [page] = pages_of(tmp_path, """what_happened:
  - {text: Papa sloeg mama en schopte haar. Papa dronk bier., who: [papa, mama]}
""", PageKind.WHAT_HAPPENED)
    assert {f.action for f in page.scene.figures} == {"stands"}
    assert page.scene.serious


def test_the_account_chooses_what_the_drawing_shows(tmp_path: Path) -> None:
    [page] = pages_of(tmp_path, """what_happened:
  - text: Papa belde mama.
    who: [papa]
    picture: {place: living_room, doing: {papa: sleeps_on_sofa}, time: night}
""", PageKind.WHAT_HAPPENED)
    layout = plan_scene(page.scene)
    assert spots(layout)["papa"].action == "sleeps_on_sofa"
    assert layout.background == "living_room_bare" and page.scene.daytime == "night"
    assert {"sofa", "blanket"} <= set(layout.prop_kinds())


def test_the_picture_is_described_in_the_books_language(tmp_path: Path) -> None:
    [page] = pages_of(tmp_path, """what_happened:
  - {text: Papa viel op de bank in slaap. Daan huilde., who: [papa, daan], feeling: {daan: scared}}
""", PageKind.WHAT_HAPPENED, age=4)
    alt = page.scene.alt
    assert alt.startswith("Een tekening van Papa en Daan in de woonkamer.")
    assert "Papa slaapt op de bank." in alt and "Daan huilt." in alt
    assert "Daan kijkt bang." in alt
    camping = pages_of(tmp_path, """what_happened:
  - {text: Noor was daar., who: [noor], where: de camping}
""", PageKind.WHAT_HAPPENED, age=4)[0].scene.alt
    assert camping.startswith("Een tekening van Noor. Plek: de camping.")


@pytest.mark.parametrize("age", [4, 9])
def test_a_picture_that_would_repeat_the_page_before_is_turned_round(tmp_path: Path,
                                                                     age: int) -> None:
    pages = pages_of(tmp_path, f"""for: {'[noor, daan]' if age == 4 else 'noor'}
worried: [Juf Mirjam was bang.]
good_things:
  - {{text: Papa en Mama zijn lief., who: [papa, mama]}}
  - {{text: Papa en Mama helpen., who: [papa, mama]}}
  - {{text: Papa en Mama lachen., who: [papa, mama]}}
""", PageKind.GOOD_THINGS, age=age)
    pictures = [draw_scene(p.scene) for p in pages]
    assert all(a != b for a, b in zip(pictures, pictures[1:], strict=False))
    if age == 4:
        assert len(pages) == 3 and [p.scene.variant for p in pages] == [0, 1, 2]
        first, second = (plan_scene(p.scene) for p in pages[:2])
        assert [s.person_id for s in first.figures] == ["papa", "mama"]
        assert [s.person_id for s in second.figures] == ["mama", "papa"]


def test_a_pack_without_picture_words_still_builds(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    pack = ROOT / "tests" / "data" / "packs"
    assert not (pack / "fy" / "pictures.yaml").exists()
    assert not (pack / "fy" / "picture.j2").exists()
    account_path, problems = read_account(pack / "fy" / "starter.yaml", templates=pack)
    assert account_path is not None
    book = plan_book(account_path, pack)
    assert book.pages and all(p.scene.alt for p in book.pages)


def test_a_date_gets_its_calendar_sheet_and_a_time_its_clock(tmp_path: Path) -> None:
    pages = pages_of(tmp_path, """what_happened:
  - {text: Papa was thuis., who: [papa], when: 3 maart 2026}
  - {text: Mama kwam thuis., who: [mama], when: zaterdag 7 september 2026 om zes uur}
  - {text: Noor sliep., who: [noor], when: oktober 2026}
""", PageKind.WHAT_HAPPENED, age=4)
    props = [[(p.kind, p.time, p.days, p.width) for p in plan_scene(page.scene).props
              if p.kind in ("clock", "calendar")] for page in pages]
    assert props[0] == [("calendar", None, (), 3.0)]
    assert props[1] == [("clock", (6, 0), (), 0.0), ("calendar", None, (5,), 0.0)]
    assert props[2] == []  # a month alone: nothing to show
