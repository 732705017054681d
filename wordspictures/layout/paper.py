"""Paper and the measures of a laid-out page: sizes in points, boxes, type sizes.

Both renderers draw from the same ``PageLayout``. Type sizes follow the youngest reader's
age (14–18 pt or larger for young children) and grow with the paper's short side, so an A4
page is an enlarged A5 page.
"""

from __future__ import annotations

from dataclasses import dataclass

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
EDGE_STYLES = ("stamp", "note", "second_heading")  # set by the frame, not in the text block
SECOND = 0.9     # a line in the book's second language, at this share of the body's size
INDENT = 0.55    # its text stands this many of its sizes in from its rule


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
    lines for a ``write`` paragraph. ``text`` is what the PowerPoint gets (non-breaking
    spaces hold names and last words together, see ``typeset``); ``rows`` are the lines
    the layout broke it into, which the PDF sets one by one. ``language`` (a BCP 47 tag)
    and ``direction`` are a line's own in the book's second language; empty: the book's.
    ``rule`` is the thin rule beside a line of the second language.
    """

    box: Box
    size: float
    style: str
    text: str
    lines: int
    bold: bool = False
    align: str = "L"
    rows: tuple[str, ...] = ()
    language: str = ""
    direction: str = ""
    rule: Box | None = None


@dataclass(frozen=True)
class PageLayout:
    """Every placed element of one page. ``space`` is the empty frame of a drawing page.

    ``band`` is the strip in the colour of the page's section (``section``, a page kind),
    on every page of a section: a page that goes on with the one before shows it by the
    band, under no heading of its own. ``numbered`` is False where no page number belongs
    (a booklet's back cover, the loose review sheet).
    """

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
    heading_text: str = ""  # the heading as set (see ``Line.text`` and ``Line.rows``)
    heading_rows: tuple[str, ...] = ()
    band: Box | None = None
    section: str = ""
    numbered: bool = True


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
    heading_text: str = ""
    heading_rows: tuple[str, ...] = ()
    band: Box | None = None
    section: str = ""


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
