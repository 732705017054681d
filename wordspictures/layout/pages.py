"""Where everything goes on a page, in points, for any paper and orientation.

Both renderers draw from the same ``PageLayout``. Portrait pages stack heading, picture and
text; landscape pages put the picture beside the text, like an open picture book. Type sizes
follow the youngest reader's age (14–18 pt or larger for young children) and grow with the
paper's short side, so an A4 page is an enlarged A5 page. The review and drawing pages have
their own layouts (``layout_forms``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wordspictures.book.pages import Page, PageKind, Paragraph
from wordspictures.layout.measure import fitting_size, wrap

MM = 72 / 25.4
PAPERS = {"a5": (148 * MM, 210 * MM), "a4": (210 * MM, 297 * MM),
          "letter": (8.5 * 72, 11 * 72)}
ORIENTATIONS = ("portrait", "landscape")
PICTURE_RATIO = 3 / 2  # width / height of a picture above the text (portrait pages)
BESIDE_RATIO = 4 / 3   # a picture beside the text: taller, so it fills its column
LINE = 1.4             # line height as a multiple of the type size
PICTURE_MIN = 0.3      # below this share of the page width the type steps down
# Office printers leave 4–6 mm at each edge unprinted: the margin is 14 mm on A5 (more on
# bigger paper) and only the footer comes nearer, to 0.7 of it (9.8 mm on A5).
MARGIN = 14 * MM
FOOTER_EDGE = 0.7
STEPS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)
SPLITS = (0.6, 0.55, 0.5, 0.45, 0.4)  # share of a landscape page's width for the picture
EDGE_STYLES = ("stamp", "note")  # set by the page's frame, not in its text block


@dataclass(frozen=True)
class Paper:
    """A page size in points; landscape when it is wider than tall."""

    width: float
    height: float

    @property
    def landscape(self) -> bool:
        """Return True for a page wider than it is tall."""
        return self.width > self.height

    @property
    def scale(self) -> float:
        """Return how much bigger than A5 the page is, by its short side."""
        return min(self.width, self.height) / PAPERS["a5"][0]

    @property
    def margin(self) -> float:
        """Return the margin at every edge, in points."""
        return MARGIN * self.scale


def paper_for(name: str, orientation: str = "portrait") -> Paper:
    """Return the page size of a paper name (a5, a4, letter) in an orientation."""
    width, height = PAPERS[name]
    return Paper(height, width) if orientation == "landscape" else Paper(width, height)


def paper_size(paper: str, orientation: str = "portrait") -> tuple[float, float]:
    """Return (width, height) in points of a paper in an orientation."""
    size = paper_for(paper, orientation)
    return size.width, size.height


@dataclass(frozen=True)
class Box:
    """A rectangle in points, measured from the page's top-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        """Return the y of the box's lower edge."""
        return self.y + self.height


NO_BOX = Box(0, 0, 0, 0)


@dataclass(frozen=True)
class Line:
    """A paragraph placed on the page: its box, type size and style.

    ``lines`` is the number of text lines (and the signature row of a ``line``), or of ruled
    lines for a ``write`` paragraph.
    """

    box: Box
    size: float
    style: str
    text: str
    lines: int
    bold: bool = False
    align: str = "L"


@dataclass(frozen=True)
class PageLayout:
    """Every placed element of one page. ``space`` is the empty frame of a drawing page."""

    width: float
    height: float
    heading: Box
    heading_size: float
    picture: Box
    paragraphs: tuple[Line, ...]
    footer: Box
    footer_size: float
    picture_ratio: float = PICTURE_RATIO
    space: Box | None = None


@dataclass(frozen=True)
class Type:
    """Type sizes for one paper and reading age."""

    heading: float
    body: float
    caption: float
    footer: float
    note: float
    picture: float = 1.0  # the most of the text width a picture above the text may take
    beside: float = 0.55  # the most of a landscape page's width a picture beside it may take

    def scaled(self, step: float) -> Type:
        """Return the sizes with heading, body and caption stepped down (footer kept)."""
        return Type(self.heading * step, self.body * step, self.caption * step, self.footer,
                    self.note, self.picture, self.beside)


@dataclass(frozen=True)
class Frame:
    """What every page has: heading and stamp on top, small print and footer below.

    ``top`` and ``bottom`` bound the room left for the page's own content.
    """

    heading: Box
    heading_size: float
    edges: tuple[Line, ...]
    footer: Box
    top: float
    bottom: float


def type_for(paper: Paper | str, reading_age: int) -> Type:
    """Return the type sizes: bigger for young readers, scaled up with the paper."""
    scale = (paper_for(paper) if isinstance(paper, str) else paper).scale
    body = 20 if reading_age <= 5 else 18 if reading_age <= 7 else 16 if reading_age <= 11 \
        else 14
    heading = 24 if reading_age <= 5 else 22
    # The youngest look more than they read: the biggest pictures. From 10 on the words
    # carry more of the story and the picture leaves them room.
    picture, beside = (1.0, 0.6) if reading_age <= 5 else (1.0, 0.55) if reading_age <= 9 \
        else (0.8, 0.45)
    return Type(heading=heading * scale, body=body * scale, caption=11 * scale,
                footer=8.5 * scale, note=7.5 * scale, picture=picture, beside=beside)


def layout_page(page: Page, paper: Paper | str, reading_age: int) -> PageLayout:
    """Return the layout of one page.

    The planner keeps pages short, so the full type size fits; only a single sentence
    longer than a page makes the type step down, so that nothing is ever cut off.
    """
    from wordspictures.layout.forms import place_drawing_page, place_review

    size = paper_for(paper) if isinstance(paper, str) else paper
    kinds = type_for(size, reading_age)
    if page.kind is PageKind.REVIEW:
        return place_review(page, size, kinds)
    if page.kind is PageKind.DRAW:
        return place_drawing_page(page, size, kinds)
    for step in STEPS:
        for split in splits_for(kinds) if size.landscape else (0.0,):
            layout = (place_beside(page, size, kinds.scaled(step), split) if size.landscape
                      else place_stacked(page, size, kinds.scaled(step)))
            if layout is not None:
                return layout
    # Even the smallest type does not fit: keep it (the planner never makes such a page).
    smallest = kinds.scaled(STEPS[-1])
    return (place_beside(page, size, smallest, SPLITS[-1], force=True) if size.landscape
            else place_stacked(page, size, smallest, force=True))  # type: ignore[return-value]


def splits_for(kinds: Type) -> tuple[float, ...]:
    """Return the picture's shares of a landscape page to try, biggest first."""
    return tuple(split for split in SPLITS if split <= kinds.beside + 1e-9)


def place_frame(page: Page, paper: Paper, kinds: Type) -> Frame:
    """Return the heading, the draft stamp, the small print and the footer of a page."""
    margin, inner = paper.margin, paper.width - 2 * paper.margin
    heading_size = fitting_size(page.heading, kinds.heading * (
        1.3 if page.kind is PageKind.COVER else 1.0), inner, bold=True)
    heading_lines = len(wrap(page.heading, heading_size, inner, bold=True))
    heading = Box(margin, margin, inner, heading_lines * heading_size * 1.25)
    edges: list[Line] = []
    top = heading.bottom
    for paragraph in (p for p in page.paragraphs if p.style == "stamp"):
        size = fitting_size(paragraph.text, kinds.caption * 1.3, inner, bold=True)
        count = len(wrap(paragraph.text, size, inner, bold=True))
        box = Box(margin, top + size * 0.5, inner, count * size * 1.3)
        edges.append(Line(box, size, "stamp", paragraph.text, count, bold=True, align="C"))
        top = box.bottom
    footer = Box(margin, paper.height - margin * FOOTER_EDGE - kinds.footer * 1.4, inner,
                 kinds.footer * 1.4)
    bottom = footer.y
    for paragraph in reversed([p for p in page.paragraphs if p.style == "note"]):
        size = fitting_size(paragraph.text, kinds.note, inner)
        count = len(wrap(paragraph.text, size, inner))
        box = Box(margin, bottom - size * 0.8 - count * size * 1.3, inner, count * size * 1.3)
        edges.append(Line(box, size, "note", paragraph.text, count))
        bottom = box.y
    return Frame(heading, heading_size, tuple(edges), footer, top + margin * 0.4,
                 bottom - margin * 0.5)


def stack_text(paragraphs: Sequence[Paragraph], kinds: Type, x: float, y: float,
               width: float) -> tuple[list[Line], float]:
    """Return the paragraphs set one under the other from y, and their total height.

    A ``line`` paragraph (a name to sign beside) gets an extra row for the signature line.
    """
    placed: list[Line] = []
    for paragraph in paragraphs:
        size = fitting_size(paragraph.text,
                            kinds.caption if paragraph.style == "caption" else kinds.body, width)
        count = len(wrap(paragraph.text, size, width)) + (paragraph.style == "line")
        if placed:  # a caption stays close to the sentence it belongs to
            y += placed[-1].size * (0.25 if placed[-1].style == "caption" else 0.55)
        placed.append(Line(Box(x, y, width, count * size * LINE), size, paragraph.style,
                           paragraph.text, count))
        y = placed[-1].box.bottom
    height = placed[-1].box.bottom - placed[0].box.y if placed else 0.0
    return placed, height


def text_of(page: Page) -> list[Paragraph]:
    """Return the paragraphs of the page's text block (not stamp or small print)."""
    return [p for p in page.paragraphs if p.style not in EDGE_STYLES]


def place_stacked(page: Page, paper: Paper, kinds: Type, force: bool = False,
                  ) -> PageLayout | None:
    """Return a portrait layout (heading, picture, text), or None when the picture gets
    too small at these type sizes."""
    frame = place_frame(page, paper, kinds)
    margin, inner = paper.margin, paper.width - 2 * paper.margin
    lines, height = stack_text(text_of(page), kinds, margin, 0, inner)
    text_top = frame.bottom - height
    room = max((text_top - margin * 0.4 if lines else frame.bottom) - frame.top, 0)
    picture_height = min(room, inner * kinds.picture / PICTURE_RATIO)
    if not force and (picture_height < PICTURE_MIN * paper.width / PICTURE_RATIO
                      or text_top < frame.top):
        return None
    picture_width = picture_height * PICTURE_RATIO
    picture = Box((paper.width - picture_width) / 2,
                  frame.top + (room - picture_height) / 2, picture_width, picture_height)
    moved = [shift(line, text_top) for line in lines]
    return PageLayout(paper.width, paper.height, frame.heading, frame.heading_size, picture,
                      tuple(moved) + frame.edges, frame.footer, kinds.footer, PICTURE_RATIO)


def place_beside(page: Page, paper: Paper, kinds: Type, split: float, force: bool = False,
                 ) -> PageLayout | None:
    """Return a landscape layout (picture left, text right, both centred in their room),
    or None when the text does not fit beside the picture."""
    frame = place_frame(page, paper, kinds)
    margin, inner = paper.margin, paper.width - 2 * paper.margin
    gap = margin * 0.6
    room = frame.bottom - frame.top
    paragraphs = text_of(page)
    column = (inner - gap) * split if paragraphs else inner
    text_x = margin + column + gap
    lines, height = stack_text(paragraphs, kinds, text_x, 0, inner - column - gap)
    if not force and height > room:
        return None
    picture_height = min(room, column / BESIDE_RATIO)
    picture_width = picture_height * BESIDE_RATIO
    picture = Box(margin + (column - picture_width) / 2,
                  frame.top + (room - picture_height) / 2, picture_width, picture_height)
    text_top = frame.top + max(room - height, 0) / 2
    moved = [shift(line, text_top) for line in lines]
    return PageLayout(paper.width, paper.height, frame.heading, frame.heading_size, picture,
                      tuple(moved) + frame.edges, frame.footer, kinds.footer, BESIDE_RATIO)


def shift(line: Line, dy: float) -> Line:
    """Return the line moved down by dy."""
    b = line.box
    return Line(Box(b.x, b.y + dy, b.width, b.height), line.size, line.style, line.text,
                line.lines, line.bold, line.align)
