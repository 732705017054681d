"""The drawings: the scene plan (who, where, how tall, which feeling) and the pixels drawn."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from wordspictures.account.model import Looks, Person
from wordspictures.book.clock import read_days, read_daytime, read_time, read_when
from wordspictures.book.pages import PageKind, Scene
from wordspictures.illustrate import PictureError, check_picture, draw_scene, plan_scene
from wordspictures.illustrate.draw import draw_layout
from wordspictures.illustrate.looks import look_for
from wordspictures.illustrate.palette import CLOTHES
from wordspictures.illustrate.picture import fitted_picture
from wordspictures.language.facts import load_facts
from wordspictures.problems import Mark

MARK = Mark("test.yaml", 1, 1)

NL, EN = load_facts("nl"), load_facts("en")


def person(pid: str, role: str, age: int | None = None, **looks: object) -> Person:
    return Person(pid, pid.title(), role, pid.title(), MARK, age=age, looks=Looks(**looks))  # type: ignore[arg-type]


KID = person("kid", "child", 7, clothes="red")
TODDLER = person("toddler", "child", 3)
TEEN = person("teen", "child", 13)
MUM = person("mum", "mother", clothes="green")
DAD = person("dad", "father", clothes="blue")
TEACHER = person("teacher", "teacher")
POLICE = person("police", "police")
WORKER = person("worker", "social_worker")


def image_of(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGB")


def near(pixel: tuple[int, ...], colour: tuple[int, int, int], tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=False))


def count_colour(
    image: Image.Image, colour: tuple[int, int, int], box: tuple[int, int, int, int] | None = None
) -> int:
    part = image.crop(box) if box else image
    return sum(1 for pixel in part.get_flattened_data() if near(pixel, colour))


# --- the plan --------------------------------------------------------------------------


def test_children_are_drawn_by_age_and_smaller_than_adults() -> None:
    layout = plan_scene(Scene(PageKind.CAST, (TODDLER, KID, TEEN, DAD)))
    heights = [layout.figure(p.id).height for p in (TODDLER, KID, TEEN, DAD)]
    assert heights == sorted(heights), heights
    assert heights[0] < 0.7 * heights[2], "a 3-year-old must be clearly smaller than a 13-year-old"
    assert heights[2] < heights[3]


def test_every_person_is_drawn_once_and_labelled_as_the_child_calls_them() -> None:
    oma = Person("oma", "Khadija", "grandmother", "Oma Khadija", MARK)
    layout = plan_scene(Scene(PageKind.WHAT_HAPPENED, (KID, oma, KID), "kitchen", "sad"))
    assert [f.person_id for f in layout.figures] == ["kid", "oma"]
    assert layout.figure("oma").label == "Oma Khadija"
    assert layout.background == "kitchen"
    assert {f.feeling for f in layout.figures} == {"sad"}


@pytest.mark.parametrize(
    ("kind", "feeling"),
    [
        (PageKind.GOOD_THINGS, "happy"),
        (PageKind.WORRIED, "worried"),
        (PageKind.COVER, "happy"),
        (PageKind.WHAT_HAPPENED, "calm"),
    ],
)
def test_a_page_without_a_feeling_gets_its_kinds_feeling(kind: PageKind, feeling: str) -> None:
    layout = plan_scene(Scene(kind, (MUM,)))
    assert layout.figure("mum").feeling == feeling


def test_free_place_words_give_a_neutral_scene() -> None:
    assert (
        plan_scene(Scene(PageKind.WHAT_HAPPENED, (MUM,), "at the swimming pool")).background
        == "neutral"
    )
    assert (
        plan_scene(Scene(PageKind.WHAT_HAPPENED, (MUM,), "Living room")).background == "living_room"
    )


def test_worried_people_think_and_parents_speak() -> None:
    worried = plan_scene(Scene(PageKind.WORRIED, (TEACHER,), "school"))
    assert worried.figure("teacher").bubble == "thought"
    said = plan_scene(Scene(PageKind.PARENTS_SAY, (MUM, DAD)))
    assert {f.bubble for f in said.figures} == {"speech"}


def test_cast_groups_family_first_then_professionals() -> None:
    people = (POLICE, KID, WORKER, MUM, TEACHER, DAD, TODDLER)
    layout = plan_scene(Scene(PageKind.CAST, people))
    order = [f.person_id for f in sorted(layout.figures, key=lambda f: (f.ground, f.x))]
    family = {"kid", "mum", "dad", "toddler"}
    last_family = max(order.index(p) for p in family)
    assert all(order.index(p) > last_family for p in ("police", "worker", "teacher"))


def test_helpers_stand_in_a_circle_around_the_child() -> None:
    layout = plan_scene(Scene(PageKind.HELPERS, (MUM, TEACHER, WORKER, DAD), children=(KID,)))
    assert layout.ring is not None
    child = layout.figure("kid")
    ring_x = layout.ring.centre[0]
    assert abs(child.x - ring_x) < layout.width * 0.05
    others = [f for f in layout.figures if f.person_id != "kid"]
    assert any(f.x < child.x for f in others) and any(f.x > child.x for f in others)
    # The child stands at the front of the circle: the helpers stand further back.
    assert all(f.ground < child.ground for f in others)


def test_a_rule_with_a_time_shows_a_clock_at_that_time() -> None:
    layout = plan_scene(
        Scene(PageKind.SAFETY_PLAN, (MUM,), children=(KID,),
              clock=read_when("elke dag om half vier", NL))
    )
    clocks = [p for p in layout.props if p.kind == "clock"]
    # A clock face has twelve hours; evening times get a moon instead (see daytime).
    assert len(clocks) == 1 and clocks[0].time == (3, 30)
    days = plan_scene(Scene(PageKind.SAFETY_PLAN, (DAD,),
                            clock=read_when("every Wednesday and Sunday", EN)))
    assert [p.days for p in days.props if p.kind == "calendar"] == [(2, 6)]


def test_time_words_in_both_languages() -> None:
    assert read_time("om vijf uur", NL.clock) == (5, 0)
    assert read_time("at 8 o'clock", EN.clock) == (8, 0)
    assert read_time("half acht 's avonds", NL.clock) == (7, 30)
    assert read_time("kwart voor negen", NL.clock) == (8, 45)
    assert read_time("at 7 pm", EN.clock) == (19, 0)
    assert read_time("om 20.15", NL.clock) == (20, 15)
    assert read_daytime("half acht 's avonds", NL.clock, (7, 30)) == "evening"
    assert read_days("op zaterdag en zondag", NL) == (5, 6)
    assert read_days("every day", EN) == tuple(range(7))
    assert read_time("when Dad feels angry", EN.clock) is None
    # Each language reads its own words: Dutch hours are not English ones.
    assert read_time("om vijf uur", EN.clock) is None


def test_the_scale_points_each_person_at_their_number_and_moves_close_ones_aside() -> None:
    layout = plan_scene(Scene(PageKind.SCALE, scores=((MUM, 7), (DAD, 8), (WORKER, 3))))
    assert layout.scale is not None
    marks = {m.person_id: m for m in layout.marks}
    assert marks["worker"].x < marks["mum"].x < marks["dad"].x
    assert [marks[p].target for p in ("mum", "dad", "worker")] == pytest.approx(
        [layout.scale.x_of(n) for n in (7, 8, 3)], abs=0.01)
    # 7 and 8 would overlap side by side: one stands aside, its pointer slanting to it.
    assert marks["dad"].x - marks["mum"].x >= marks["mum"].label_width * 0.95
    assert marks["worker"].x == pytest.approx(marks["worker"].target, abs=0.01)


def test_not_your_fault_puts_the_child_in_front_of_a_big_heart() -> None:
    layout = plan_scene(Scene(PageKind.NOT_YOUR_FAULT, children=(KID,)))
    assert [f.person_id for f in layout.figures] == ["kid"]
    assert "big_heart" in layout.prop_kinds()


def test_a_person_keeps_one_look_and_roles_carry_their_sign() -> None:
    assert look_for(MUM) == look_for(person("mum", "mother", clothes="green"))
    assert look_for(MUM).clothes == "green"
    assert look_for(POLICE).mark == "police_cap"
    assert look_for(TEACHER).mark == "board"
    assert look_for(WORKER).mark == "folder"
    assert look_for(person("doc", "doctor")).mark == "stethoscope"
    assert look_for(person("gran", "grandmother")).hair_colour == "grey"
    looked = person("aunt", "aunt", hair="headscarf", skin="dark", glasses=True)
    assert (look_for(looked).hair, look_for(looked).skin, look_for(looked).glasses) == (
        "headscarf",
        "dark",
        True,
    )


def test_a_crowd_still_fits_the_picture() -> None:
    crowd = tuple(person(f"p{i}", "friend") for i in range(14))
    layout = plan_scene(Scene(PageKind.CAST, crowd))
    assert len(layout.figures) == 14
    for spot in layout.figures:
        assert 0 <= spot.x <= layout.width
        assert spot.top >= 0 and spot.ground <= layout.height


# --- the pixels ------------------------------------------------------------------------


def test_a_drawn_figure_appears_where_it_was_planned() -> None:
    scene = Scene(PageKind.WHAT_HAPPENED, (KID,), "plain", "calm")
    layout = plan_scene(scene, 600, 400)
    image = draw_layout(layout)
    spot = layout.figure("kid")
    red = CLOTHES["red"]
    body = (
        int(spot.x - spot.height * 0.3),
        int(spot.top),
        int(spot.x + spot.height * 0.3),
        int(spot.ground),
    )
    assert count_colour(image, red, body) > 200, "the child's red clothes are not drawn"
    left_half = (0, 0, int(spot.x - spot.height * 0.4), 400)
    assert count_colour(image, red, left_half) == 0
    empty = draw_layout(plan_scene(Scene(PageKind.WHAT_HAPPENED, (), "plain"), 600, 400))
    assert count_colour(empty, red) == 0


def test_the_name_is_written_under_the_feet() -> None:
    layout = plan_scene(Scene(PageKind.WHAT_HAPPENED, (KID,), "plain"), 600, 400)
    spot = layout.figure("kid")
    image = draw_layout(layout)
    below = image.crop(
        (
            int(spot.x - spot.label_width / 2),
            int(spot.ground + 2),
            int(spot.x + spot.label_width / 2),
            int(spot.ground + 2.4 * spot.label_size),
        )
    )
    dark = sum(1 for pixel in below.get_flattened_data() if sum(pixel) < 250)
    assert dark > 20, "no label ink under the figure"


def test_feelings_change_the_face() -> None:
    faces = {}
    for feeling in ("happy", "sad", "scared", "angry", "worried", "calm"):
        layout = plan_scene(Scene(PageKind.WHAT_HAPPENED, (MUM,), "plain", feeling), 600, 400)
        spot = layout.figure("mum")
        cx, cy = spot.head_centre
        r = spot.head_radius
        faces[feeling] = (
            draw_layout(layout).crop((int(cx - r), int(cy - r), int(cx + r), int(cy + r))).tobytes()
        )
    assert len(set(faces.values())) == 6


def test_the_same_scene_gives_the_same_bytes_and_pages_differ() -> None:
    scene = Scene(
        PageKind.SAFETY_PLAN, (MUM, DAD), "kitchen", children=(KID,),
        clock=read_when("every day at 5", EN)
    )
    first = draw_scene(scene)
    assert first == draw_scene(scene)
    other = draw_scene(Scene(PageKind.SAFETY_PLAN, (MUM,), "kitchen", children=(KID,)))
    assert other != first
    assert image_of(first).size == (1200, 800)


def test_drawings_are_identical_without_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    scene = Scene(PageKind.HELPERS, (MUM, TEACHER), children=(KID,))
    cached = draw_scene(scene)
    monkeypatch.setenv("WORDSPICTURES_NO_CACHE", "1")
    assert draw_scene(scene) == cached


def test_a_rebuild_reads_unchanged_drawings_from_the_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import wordspictures.illustrate as illustrate

    monkeypatch.setenv("WORDSPICTURES_CACHE_DIR", str(tmp_path))
    scene = Scene(PageKind.COVER, children=(KID,))
    first = draw_scene(scene)
    names = [p.name for p in tmp_path.iterdir()]
    assert len(names) == 1 and "Kid" not in names[0] and names[0].startswith("drawing-")

    def no_drawing(layout: object) -> bytes:
        raise AssertionError("drawn again although nothing changed")

    monkeypatch.setattr(illustrate, "render_layout", no_drawing)
    assert draw_scene(scene) == first


# --- the family's own pictures --------------------------------------------------------


def save(image: Image.Image, path: Path, **options: object) -> Path:
    image.save(path, **options)
    return path


def test_a_family_photo_is_turned_upright_and_loses_its_metadata(tmp_path: Path) -> None:
    photo = Image.new("RGB", (300, 100), (250, 40, 40))
    photo.paste((40, 40, 250), (0, 0, 150, 100))  # left half blue
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turn 90° clockwise to show it upright
    exif[0x010F] = "PhoneMaker"
    path = save(photo, tmp_path / "photo.jpg", exif=exif.tobytes(), quality=95)
    fitted = fitted_picture(path, 1200, 800)
    assert fitted.size == (1200, 800)
    assert not fitted.info.get("exif") and not fitted.getexif()
    # Upright means 100 wide and 300 high, scaled up: a tall picture in the middle.
    middle = fitted.getpixel((600, 400))
    edge = fitted.getpixel((200, 400))
    assert middle != (255, 255, 255) and edge == (255, 255, 255)
    png = draw_scene(Scene(PageKind.WHAT_HAPPENED, image=path))
    assert b"eXIf" not in png and b"PhoneMaker" not in png


@pytest.mark.parametrize("make", ["text", "corrupt", "folder", "missing", "bomb"])
def test_unusable_pictures_are_refused_clearly(tmp_path: Path, make: str) -> None:
    path = tmp_path / "drawing.png"
    if make == "text":
        path.write_text("not a picture")
    elif make == "corrupt":
        good = io.BytesIO()
        Image.new("RGB", (400, 400), (10, 200, 10)).save(good, "PNG")
        path.write_bytes(good.getvalue()[:200])
    elif make == "folder":
        path.mkdir()
    elif make == "bomb":
        # A tiny file that claims to be 20000 x 20000 pixels.
        Image.new("1", (20000, 20000)).save(path, "PNG")
    with pytest.raises(PictureError) as error:
        check_picture(path)
    assert "drawing.png" in str(error.value)
    assert str(tmp_path) not in str(error.value)


def test_in_the_classroom_the_teacher_has_no_second_board() -> None:
    at_school = plan_scene(Scene(PageKind.WORRIED, (TEACHER,), "school"))
    assert at_school.background == "school" and at_school.figure("teacher").look.mark is None
    elsewhere = plan_scene(Scene(PageKind.WORRIED, (TEACHER,), "park"))
    assert elsewhere.figure("teacher").look.mark == "board"
