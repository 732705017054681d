"""The actions a drawing shows: every one has a pose and is drawn as itself, the words of
both languages choose them, and an organisation's pack can add its own words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.picture_checks import image_of
from wordspictures.account.model import Person
from wordspictures.account.vocabulary import ACTIONS, DAYTIMES, FEELINGS
from wordspictures.book.pages import Figure, PageKind, Scene
from wordspictures.book.picture_words import FILE, load_picture_words
from wordspictures.book.reading import Reader
from wordspictures.illustrate import draw_scene, plan_scene
from wordspictures.illustrate.actions import POSES
from wordspictures.illustrate.props import PROPS
from wordspictures.language.facts import load_facts
from wordspictures.language.files import PACKS
from wordspictures.problems import Mark

KID = Person("kid", "Kim", "child", "Kim", Mark("t", 1, 1), age=8, pronoun="she")


def scene(action: str) -> Scene:
    return Scene(PageKind.WHAT_HAPPENED, (KID,), "plain", "calm",
                 figures=(Figure(KID, "calm", action, "she"),))


def test_at_least_fifteen_actions_each_with_a_pose_and_its_things() -> None:
    assert len(ACTIONS) >= 15
    assert set(POSES) == set(ACTIONS)
    for action, pose in POSES.items():
        if pose.furniture not in (None, "table", "car", "bed", "sofa"):
            assert pose.furniture in PROPS, action
    for kind in ("bed", "sofa", "blanket", "table", "car_back", "car_front", "stairs", "door",
                 "counter", "boxes", "rug", "paper", "notebook", "plate", "cup", "sofa_front"):
        assert kind in PROPS, kind


@pytest.mark.parametrize("action", [a for a in ACTIONS if a != "stands"])
def test_every_action_is_drawn_as_itself(action: str) -> None:
    standing = image_of(draw_scene(scene("stands")))
    doing = image_of(draw_scene(scene(action)))
    layout = plan_scene(scene(action))
    spot = layout.figure("kid")
    assert spot.action == action
    # Where the person is, the drawing differs from someone standing there.
    box = (0, 0, layout.width, int(spot.ground))
    changed = sum(1 for a, b in zip(standing.crop(box).get_flattened_data(),
                                    doing.crop(box).get_flattened_data(), strict=True)
                  if a != b)
    assert changed > 1500, f"{action} looks like standing ({changed} pixels differ)"


def test_both_languages_have_words_for_every_action_feeling_and_time() -> None:
    files = {lang: yaml.safe_load((PACKS / lang / FILE).read_text(encoding="utf-8"))
             for lang in ("nl", "en")}
    for lang, data in files.items():
        assert set(data["actions"]) == set(ACTIONS) - {"stands"}, lang
        assert set(data["feelings"]) == set(FEELINGS), lang
        assert set(data["times"]) == set(DAYTIMES), lang
        assert all(data["actions"][a] for a in data["actions"]), lang
    assert set(files["nl"]) == set(files["en"])
    assert set(files["nl"]["places"]) == set(files["en"]["places"])


def test_an_organisation_adds_its_own_words(tmp_path: Path) -> None:
    own = tmp_path / "nl"
    own.mkdir()
    data = yaml.safe_load((PACKS / "nl" / FILE).read_text(encoding="utf-8"))
    data["actions"]["plays"] = [*data["actions"]["plays"], "trampoline*"]
    (own / FILE).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    text = "Kim springt op de trampoline."
    facts = load_facts("nl")
    built_in = Reader((KID,), load_picture_words("nl"), {}, facts.abbreviation).read(text)
    theirs = Reader((KID,), load_picture_words("nl", tmp_path), {},
                    facts.abbreviation).read(text)
    assert built_in.doing == () and theirs.doing == (("kid", "plays"),)
