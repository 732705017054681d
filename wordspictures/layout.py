"""Where everything goes on a page, in points, for any paper size.

Both renderers draw from the same ``PageLayout``: the heading at the top, the text block
at the bottom sized to its words, and the picture filling the room in between. Type sizes
follow the youngest reader's age (14–18 pt or larger for young children) and grow with the
paper, so an A4 page is an enlarged A5 page.
"""

from __future__ import annotations

from dataclasses import dataclass

from wordspictures.book import Page, PageKind
from wordspictures.measure import wrap

MM = 72 / 25.4
PAPERS = {"a5": (148 * MM, 210 * MM), "a4": (210 * MM, 297 * MM),
          "letter": (8.5 * 72, 11 * 72)}
PICTURE_RATIO = 3 / 2  # width / height of every drawn picture
LINE = 1.4             # line height as a multiple of the type size
PICTURE_MIN = 0.3      # below this share of the page width the type steps down


@dataclass(frozen=True)
class Box:
    """A rectangle in points, measured from the page's top-left corner."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Line:
    """A paragraph placed on the page: its box, type size and style."""

    box: Box
    size: float
    style: str
    text: str
    lines: int


@dataclass(frozen=True)
class PageLayout:
    """Every placed element of one page."""

    width: float
    height: float
    heading: Box
    heading_size: float
    picture: Box
    paragraphs: tuple[Line, ...]
    footer: Box
    footer_size: float


@dataclass(frozen=True)
class Type:
    """Type sizes for one paper and reading age."""

    heading: float
    body: float
    caption: float
    footer: float


def paper_size(paper: str) -> tuple[float, float]:
    """Return (width, height) in points of a portrait page."""
    return PAPERS[paper]


def type_for(paper: str, reading_age: int) -> Type:
    """Return the type sizes: bigger for young readers, scaled up with the paper."""
    scale = paper_size(paper)[0] / PAPERS["a5"][0]
    body = 18 if reading_age <= 7 else 16
    return Type(heading=22 * scale, body=body * scale, caption=11 * scale, footer=8.5 * scale)


def layout_page(page: Page, paper: str, reading_age: int) -> PageLayout:
    """Return the layout of one page.

    The planner keeps pages short, so the full type size fits; only a single sentence
    longer than a page makes the type step down, so that nothing is ever cut off.
    """
    kinds = type_for(paper, reading_age)
    for step in (1.0, 0.9, 0.8, 0.7, 0.6, 0.5):
        sizes = Type(kinds.heading * step, kinds.body * step, kinds.caption * step, kinds.footer)
        layout = place_page(page, paper, sizes)
        if layout.picture.height >= PICTURE_MIN * layout.width / PICTURE_RATIO:
            break
    return layout


def place_page(page: Page, paper: str, kinds: Type) -> PageLayout:
    """Return the layout of one page at the given type sizes."""
    width, height = paper_size(paper)
    margin = 14 * MM * width / PAPERS["a5"][0]
    inner = width - 2 * margin
    heading_size = kinds.heading * (1.3 if page.kind is PageKind.COVER else 1.0)
    heading_lines = len(wrap(page.heading, heading_size, inner, bold=True))
    heading = Box(margin, margin, inner, heading_lines * heading_size * 1.25)
    footer = Box(margin, height - margin * 0.7 - kinds.footer * 1.4, inner, kinds.footer * 1.4)

    placed, y = [], 0.0
    for paragraph in page.paragraphs:
        size = kinds.caption if paragraph.style == "caption" else kinds.body
        lines = len(wrap(paragraph.text, size, inner))
        block = lines * size * LINE
        gap = size * (0.25 if paragraph.style == "caption" else 0.55)
        placed.append((paragraph, size, lines, y, block))
        y += block + gap
    text_height = max(y - (gap if placed else 0), 0)
    text_top = footer.y - margin * 0.5 - text_height
    room_top = heading.y + heading.height + margin * 0.4
    room = max(text_top - margin * 0.4 - room_top, 0)
    picture_height = min(room, inner / PICTURE_RATIO)
    picture_width = picture_height * PICTURE_RATIO
    picture = Box((width - picture_width) / 2, room_top + (room - picture_height) / 2,
                  picture_width, picture_height)
    paragraphs = tuple(
        Line(Box(margin, text_top + offset, inner, block), size, p.style, p.text, lines)
        for p, size, lines, offset, block in placed)
    return PageLayout(width, height, heading, heading_size, picture, paragraphs, footer,
                      kinds.footer)
