"""The account's picture keys: a feeling per person, what the drawing shows, items for one
child only, and the cover. Old accounts stay valid; the schema accepts what the loader does."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from tests.test_schema import VALIDATORS, error_paths, read
from wordspictures.account.load import read_account
from wordspictures.account.model import Cover, Drawing
from wordspictures.account.schema import account_schema

HEAD = """language: nl
people:
  noor: {name: Noor, role: child, age: 9}
  daan: {name: Daan, role: child, age: 4}
  papa: {name: Bas, role: father, called: Papa}
"""


def load(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "a.yaml"
    path.write_text(HEAD + text, encoding="utf-8")
    return path, *read_account(path)


def test_feelings_per_person_what_is_drawn_the_cover_and_for(tmp_path: Path) -> None:
    path, account, problems = load(tmp_path, """cover: {who: [noor, papa], where: home}
what_happened:
  - text: Papa viel op de bank in slaap.
    feeling: {noor: scared, papa: sad}
    picture: {place: living_room, doing: {papa: sleeps_on_sofa}, time: evening}
    for: noor
  - {text: Noor belde oma., feeling: worried, picture: drawings/x.png}
""".replace("drawings/x.png", "x.png"))
    assert account is None  # x.png is not there
    (tmp_path / "x.png").write_bytes(b"")
    path, account, problems = load(tmp_path, path.read_text(encoding="utf-8")[len(HEAD):])
    assert account is not None and problems == []
    first, second = account.what_happened
    assert first.feeling is None and first.feelings == (("noor", "scared"), ("papa", "sad"))
    assert first.drawing == Drawing("living_room", (("papa", "sleeps_on_sofa"),), "evening")
    assert first.picture is None and first.only_for == ("noor",)
    assert second.feeling == "worried" and second.feelings == ()
    assert second.picture == tmp_path / "x.png" and second.drawing == Drawing()
    assert account.cover == Cover(("noor", "papa"), "home")
    for validator in VALIDATORS:
        assert error_paths(validator(account_schema()), read(path)) == set()


def test_a_cover_may_be_a_list_of_ids(tmp_path: Path) -> None:
    _, account, problems = load(tmp_path, "cover: [noor, daan]\nworried: [Noor was bang.]\n")
    assert account is not None and account.cover == Cover(("noor", "daan"))


@pytest.mark.parametrize(("item", "message", "where"), [
    # A Dutch account (HEAD says language: nl) hears its problems in Dutch.
    ("{text: T., feeling: {noor: glad}}", "'glad' kent het programma niet als gevoel",
     "what_happened/0/feeling"),
    ("{text: T., feeling: {nor: sad}}", "'nor' is niemand in dit verhaal — bedoel je "
     "'noor'?", None),
    ("{text: T., picture: {doing: {papa: hits}}}", "'hits' kent het programma niet als handeling",
     "what_happened/0/picture"),
    ("{text: T., picture: {doing: papa}}", "'doing' moet zeggen wat iedereen doet",
     "what_happened/0/picture"),
    ("{text: T., picture: {time: noon}}", "'noon' kent het programma niet als tijd van de dag",
     "what_happened/0/picture"),
    ("{text: T., picture: {plase: home}}", "in de tekening — bedoel je 'place'?",
     "what_happened/0/picture"),
    ("{text: T., for: papa}", "'papa' is geen kind in dit verhaal", None),
])
def test_wrong_picture_keys_name_the_line_and_the_fix(tmp_path: Path, item: str, message: str,
                                                      where: str | None) -> None:
    path, account, problems = load(tmp_path, f"what_happened:\n  - {item}\n")
    assert account is None
    assert any(message in str(p) and str(p).startswith(f"{path}:7:") for p in problems), problems
    if where is not None:  # what a schema can see, it reports at the same key
        paths = error_paths(jsonschema.Draft202012Validator(account_schema()), read(path))
        assert any(p.startswith(where) for p in paths), paths
