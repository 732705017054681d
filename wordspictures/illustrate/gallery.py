"""One sheet with every place, feeling, role, look and page kind, for reviewing the drawings.

    python -m wordspictures.illustrate.gallery illustrations/gallery.png

The sheet is made from the same ``plan_scene``/``draw_scene`` path as the books, with a
made-up cast, so what the reviewer sees is what a family will see.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageDraw

from wordspictures.account.model import Looks, Person
from wordspictures.account.vocabulary import ACTIONS, FEELINGS, HAIR, HAIR_COLOURS, PLACES, SKINS
from wordspictures.book.clock import read_when
from wordspictures.book.pages import Figure, PageKind, Scene, When
from wordspictures.illustrate import plan_scene
from wordspictures.illustrate.draw import draw_layout
from wordspictures.illustrate.lettering import font_at
from wordspictures.illustrate.palette import INK, WHITE
from wordspictures.language.facts import load_facts
from wordspictures.problems import Mark

TILE = (480, 320)
CAPTION = 34
COLUMNS = 6
HEADING = 64
MARK = Mark("gallery", 1, 1)
EN = load_facts("en")  # the gallery's clocks are read as English


def person(pid: str, role: str, called: str, age: int | None = None, **looks: object) -> Person:
    """Return a made-up person for the sheet."""
    return Person(pid, called, role, called, MARK, age=age, looks=Looks(**looks))  # type: ignore[arg-type]


CHILD = person("kim", "child", "Kim", 7, hair="curly", skin="brown")
MUM = person("mum", "mother", "Mum", hair="long", skin="brown")
DAD = person("dad", "father", "Dad", hair="short", skin="light", beard=True)
GRAN = person("gran", "grandmother", "Gran", glasses=True)
TEACHER = person("teacher", "teacher", "Miss Ada")
WORKER = person("worker", "social_worker", "Sofie")
POLICE = person("police", "police", "Officer Tom")
DOCTOR = person("doctor", "doctor", "Doctor Li", glasses=True)
NURSE = person("nurse", "nurse", "Nurse Jo")


def doing(action: str, *people: Person, place: str | None = None, feeling: str = "calm",
          daytime: str | None = None, clock: When | None = None) -> Scene:
    """Return a scene of people all doing one action (a gallery tile)."""
    figures = tuple(Figure(p, feeling, action) for p in people)
    return Scene(PageKind.WHAT_HAPPENED, tuple(people), place, feeling, (CHILD,), clock,
                 figures=figures, daytime=daytime)


# Who does each action in its tile, and where (the place its words would most often give).
ACTORS = {
    "hugs": ((MUM, CHILD, DAD), None), "meets": ((WORKER, MUM, DAD), "office"),
    "drives": ((GRAN, CHILD), "street"), "leaves": ((DAD,), "their_home"),
    "cooks": ((MUM,), "kitchen"), "eats": ((CHILD, DAD), "kitchen"),
    "lies": ((MUM,), "bedroom"), "sleeps": ((CHILD,), "bedroom"),
    "sleeps_on_sofa": ((DAD,), "living_room"), "hides": ((CHILD,), "living_room"),
    "plays_football": ((CHILD, DAD), "park"), "rings": ((GRAN,), "home"),
    "listens": ((CHILD,), "home"), "waits_on_stairs": ((CHILD,), "home"),
    "phones": ((CHILD, GRAN), None), "draws": ((CHILD,), "living_room"),
    "writes": ((MUM, DAD), "living_room"), "sits": ((CHILD, MUM), "living_room"),
    "plays": ((CHILD,), "living_room"), "reads": ((DAD, CHILD), "bedroom"),
    "cries": ((CHILD,), None), "moves": ((MUM,), "home"),
}


def sections() -> Iterator[tuple[str, list[tuple[str, Scene]]]]:
    """Yield the sheet's sections: a heading and its captioned scenes."""
    yield "Places", [(place, Scene(PageKind.WHAT_HAPPENED, (CHILD, MUM), place, "calm"))
                     for place in (*PLACES, "their_home", "at the swimming pool")]
    yield "Feelings", [(feeling, Scene(PageKind.WHAT_HAPPENED, (CHILD, MUM), "plain", feeling))
                       for feeling in (*FEELINGS, "neutral")]
    yield "Actions", [(action, doing(action, *ACTORS.get(action, ((CHILD, MUM), None))[0],
                                     place=ACTORS.get(action, ((), None))[1],
                                     feeling="sad" if action == "cries" else "calm"))
                      for action in ACTIONS]
    evening = read_when("every evening at 8", EN)
    yield "Time of day and things", [
        ("day, outdoors", doing("stands", CHILD, MUM, place="park")),
        ("evening, outdoors", doing("phones", DAD, GRAN, daytime="evening", clock=evening)),
        ("night, indoors", doing("sleeps", CHILD, place="bedroom", daytime="night")),
        ("evening, in the kitchen", doing("eats", CHILD, MUM, place="kitchen",
                                          daytime="evening")),
        ("a worry: a cloud", Scene(PageKind.WORRIES_NOW, (CHILD,), "park", "worried",
                                   figures=(Figure(CHILD, "neutral"),), serious=True)),
        ("clock and calendar", doing("stands", GRAN, place="home",
                                     clock=read_when("Wednesday at half past three", EN))),
        ("two items, two panels", Scene(PageKind.GOOD_THINGS, (CHILD, MUM, DAD), panels=(
            doing("hugs", MUM, CHILD), doing("reads", DAD, CHILD, place="bedroom",
                                            daytime="night")))),
        ("neither a woman nor a man", Scene(PageKind.CAST, (person("x", "other", "Alex"),))),
    ]
    ages = [person(f"c{age}", "child", f"age {age}", age) for age in (3, 8, 13)]
    yield "Roles and sizes", [
        ("professionals", Scene(PageKind.CAST, (TEACHER, WORKER, POLICE, DOCTOR, NURSE))),
        ("family", Scene(PageKind.CAST, (MUM, DAD, GRAN, CHILD))),
        ("children 3, 8, 13 and an adult", Scene(PageKind.CAST, (*ages, DAD))),
    ]
    hair = [person(f"h-{style}", "aunt", style, hair=style) for style in HAIR]
    colours = [person(f"c-{c}", "uncle", c, hair="short", hair_colour=c) for c in HAIR_COLOURS]
    skins = [person(f"s-{s}", "cousin", s, 10, skin=s) for s in SKINS]
    extras = [person("g", "friend", "glasses", glasses=True),
              person("b", "uncle", "beard", beard=True, hair="bald")]
    yield "Looks", [
        ("hair", Scene(PageKind.CAST, tuple(hair))),
        ("hair colours", Scene(PageKind.CAST, tuple(colours))),
        ("skin tones", Scene(PageKind.CAST, tuple(skins))),
        ("glasses, beard", Scene(PageKind.CAST, tuple(extras))),
    ]
    yield "Page kinds", [
        ("worried", Scene(PageKind.WORRIED, (TEACHER,), "school")),
        ("parents say", Scene(PageKind.PARENTS_SAY, (MUM, DAD), "living_room")),
        ("not your fault", Scene(PageKind.NOT_YOUR_FAULT, (), None, "calm", (CHILD,))),
        ("safety plan, a time", Scene(PageKind.SAFETY_PLAN, (GRAN,), None, None, (CHILD,),
                                      read_when("every day at half past three", EN))),
        ("safety plan, days", Scene(PageKind.SAFETY_PLAN, (DAD,), "kitchen", None, (CHILD,),
                                    read_when("on Saturdays and Sundays", EN))),
        ("helpers", Scene(PageKind.HELPERS, (GRAN, TEACHER, WORKER, DAD, MUM), None, None,
                          (CHILD,))),
        ("the child can", Scene(PageKind.CHILD_CAN, (CHILD,), None, None, (CHILD,))),
        ("call", Scene(PageKind.CALL, (CHILD,), None, None, (CHILD,))),
        ("safety scale", Scene(PageKind.SCALE, scores=((MUM, 7), (DAD, 6), (WORKER, 5),
                                                       (GRAN, 8)))),
        ("what happens next", Scene(PageKind.NEXT, (CHILD, MUM))),
        ("makers", Scene(PageKind.MAKERS, (MUM, WORKER))),
    ]


def make_sheet() -> Image.Image:
    """Return the whole gallery sheet."""
    parts = list(sections())
    rows = sum(-(-len(items) // COLUMNS) for _, items in parts)
    width = COLUMNS * TILE[0]
    height = len(parts) * HEADING + rows * (TILE[1] + CAPTION)
    sheet = Image.new("RGB", (width, height), WHITE)
    draw = ImageDraw.Draw(sheet)
    heading, caption = font_at(40, bold=True), font_at(24)
    y = 0
    for title, items in parts:
        draw.text((16, y + HEADING // 2), title, font=heading, fill=INK, anchor="lm")
        y += HEADING
        for index, (label, scene) in enumerate(items):
            column = index % COLUMNS
            if index and column == 0:
                y += TILE[1] + CAPTION
            x = column * TILE[0]
            tile = draw_layout(plan_scene(scene, *TILE))
            sheet.paste(tile, (x, y))
            draw.rectangle((x, y, x + TILE[0] - 1, y + TILE[1] - 1), outline=(220, 216, 220))
            draw.text((x + TILE[0] // 2, y + TILE[1] + 4), label, font=caption, fill=INK,
                      anchor="ma")
        y += TILE[1] + CAPTION
    return sheet


def main(argv: list[str]) -> int:
    """Write the sheet to the path given on the command line."""
    if len(argv) != 1:
        print("usage: python -m wordspictures.illustrate.gallery OUT.png", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    make_sheet().save(out, "PNG", optimize=True)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
