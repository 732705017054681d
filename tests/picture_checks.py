"""Reading drawn pages back for tests: who is drawn where (panels included), whose name is
written, which colours a face has."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from PIL import Image

from wordspictures.account.model import Person
from wordspictures.book.pages import Page
from wordspictures.illustrate.shapes import FigureSpot, SceneLayout


def figures_of(layout: SceneLayout) -> Iterator[tuple[FigureSpot, float]]:
    """Yield every drawn person with the x at which their panel starts."""
    if layout.panels:
        for index, panel in enumerate(layout.panels):
            offset = 0.0 if index == 0 else layout.width - panel.width
            for spot in panel.figures:
                yield spot, offset
    else:
        for spot in layout.figures:
            yield spot, 0.0


def image_of(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGB")


def ink_under(image: Image.Image, spot: FigureSpot, offset: float) -> int:
    """Return how many dark pixels the name under a person has."""
    half = spot.label_width / 2
    box = (int(offset + spot.x - half), int(spot.ground + 0.15 * spot.label_size),
           int(offset + spot.x + half), int(spot.ground + 2.7 * spot.label_size))
    return sum(1 for pixel in image.crop(box).get_flattened_data() if sum(pixel) < 250)


def page_text(page: Page) -> str:
    """Return everything a page says."""
    return " ".join(p.text for p in page.paragraphs)


def named(text: str, people: tuple[Person, ...]) -> set[str]:
    """Return the ids of the people a text names by their name or how the child calls them
    (in full, as a word, perhaps with a possessive 's): a lower bound of whom the book's
    reading finds."""
    found = set()
    for person in people:
        for words in {person.called, person.name}:
            if re.search(r"(?<![\w'’-])" + re.escape(words) + r"(?:['’]?s)?(?!\w)", text,
                         re.IGNORECASE):
                found.add(person.id)
    return found


def near(pixel: tuple[int, ...], colour: tuple[int, int, int], tolerance: int = 14) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=False))


def face_box(spot: FigureSpot, offset: float) -> tuple[int, int, int, int]:
    """Return the box of a person's face."""
    cx, cy = spot.head_centre
    r = spot.head_radius
    return int(offset + cx - r), int(cy - r), int(offset + cx + r), int(cy + r)


def count_colour(image: Image.Image, colour: tuple[int, int, int],
                 box: tuple[int, int, int, int]) -> int:
    return sum(1 for pixel in image.crop(box).get_flattened_data() if near(pixel, colour))
