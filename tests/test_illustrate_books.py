"""The pictures in the example books: a real drawing per page, the page's people, stable."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from tests.conftest import ALL_EXAMPLES
from tests.picture_checks import figures_of
from wordspictures.account.load import load_account
from wordspictures.book.pages import PageKind
from wordspictures.book.planner import plan_book
from wordspictures.illustrate import draw_scene, plan_scene

NAMES = [account.stem for account in ALL_EXAMPLES]


def slide_pictures(path: Path) -> list[bytes]:
    """Return the picture of each slide, in slide order (one per slide)."""
    pictures = []
    for slide in Presentation(str(path)).slides:
        blobs = [shape.image.blob for shape in slide.shapes
                 if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(blobs) == 1, "every slide has exactly one picture"
        pictures.append(blobs[0])
    return pictures


@pytest.mark.parametrize("name", NAMES)
def test_every_slide_shows_its_pages_own_drawing(built: dict[str, dict[str, Path]],
                                                  name: str) -> None:
    account = next(a for a in ALL_EXAMPLES if a.stem == name)
    book = plan_book(load_account(account), None)
    pictures = slide_pictures(built[name]["pptx"])
    assert len(pictures) == len(book.pages)
    layouts = [plan_scene(page.scene) for page in book.pages]
    for index, (page, picture) in enumerate(zip(book.pages, pictures, strict=True)):
        image = Image.open(io.BytesIO(picture)).convert("RGB")
        small = image.resize((120, 80))
        inked = sum(1 for pixel in small.get_flattened_data() if pixel != (255, 255, 255))
        # A scale page shows only the numbers of its own lines: one head can be all.
        least = 0.05 if page.kind is PageKind.SCALE else 0.08
        assert inked > least * 120 * 80, f"page {index + 1} is nearly blank"
        assert len(set(small.get_flattened_data())) > 20, f"page {index + 1} is not a drawing"
        assert picture == draw_scene(page.scene), f"page {index + 1} is not its scene's drawing"
    # Pictures differ exactly where the pages' scenes differ.
    for i in range(len(pictures)):
        for j in range(i + 1, len(pictures)):
            same_plan = layouts[i] == layouts[j]
            assert (pictures[i] == pictures[j]) == same_plan, (i + 1, j + 1)
    assert len(set(pictures)) >= len(pictures) * 0.7


@pytest.mark.parametrize("name", NAMES)
def test_the_drawings_show_the_pages_people_with_their_names(name: str) -> None:
    account = next(a for a in ALL_EXAMPLES if a.stem == name)
    book = plan_book(load_account(account), None)
    for page in book.pages:
        layout = plan_scene(page.scene)
        if layout.image is not None:
            continue
        if page.kind == PageKind.SCALE:
            drawn = {m.label for m in layout.marks}
            assert drawn == {person.called for person, _ in page.scene.scores}
            continue
        drawn = {f.label for f, _ in figures_of(layout)}
        people = {p.called for p in page.scene.people}
        assert people <= drawn | {c.called for c in page.scene.children}, page.heading
        assert drawn, f"nobody on '{page.heading}'"


def test_two_builds_give_byte_identical_pictures(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from wordspictures.api import build_book

    account = ALL_EXAMPLES[0]
    first = build_book(account, tmp_path / "one", ["pptx"])
    monkeypatch.setenv("WORDSPICTURES_NO_CACHE", "1")  # draw everything again
    second = build_book(account, tmp_path / "two", ["pptx"])
    assert slide_pictures(first.files[0]) == slide_pictures(second.files[0])


@pytest.mark.parametrize("name", NAMES)
def test_the_pdf_shows_the_same_pixels_as_the_slides(built: dict[str, dict[str, Path]],
                                                     name: str) -> None:
    """The PDF carries each drawing's compressed pixels as they are: read back, they match."""
    from pypdf import PdfReader

    slides = slide_pictures(built[name]["pptx"])
    pages = PdfReader(built[name]["pdf"]).pages
    assert len(pages) == len(slides)
    for number, (page, picture) in enumerate(zip(pages, slides, strict=True), 1):
        images = page.images
        assert len(images) == 1, f"page {number} has one picture"
        shown = images[0].image.convert("RGB")
        drawn = Image.open(io.BytesIO(picture)).convert("RGB")
        assert shown.size == drawn.size
        assert shown.tobytes() == drawn.tobytes(), f"page {number}'s picture differs"
