"""Where everything goes on a page, in points, for any paper and orientation.

Portrait pages stack heading, picture and text; landscape pages put the picture beside the
text, like an open picture book. The review, drawing and back pages have their own
layouts (``forms``); the sizes and boxes are ``paper``'s, the parts every page has ``frame``'s.
"""

from __future__ import annotations

from collections.abc import Iterable

from wordspictures.book.pages import Page, PageKind
from wordspictures.layout.forms import place_back, place_drawing_page, place_review
from wordspictures.layout.frame import finish_page, place_frame, shift, stack_text, text_of
from wordspictures.layout.paper import (
    BESIDE_RATIO,
    PICTURE_MIN,
    PICTURE_RATIO,
    SPLITS,
    STEPS,
    Box,
    PageLayout,
    Paper,
    Type,
    paper_for,
    type_for,
)
from wordspictures.layout.typeset import bind_page

# Pictures of many people at once (the helpers round the child, the whole scale, who is in
# the story) name everyone under their figure: below this share of the page's width the
# names get too small to read, and the type steps down first.
PICTURE_LEAST = {PageKind.HELPERS: 0.6, PageKind.SCALE: 0.6, PageKind.CAST: 0.45}


def layout_page(page: Page, paper: Paper | str, reading_age: int,
                names: Iterable[str] = ()) -> PageLayout:
    """Return the layout of one page; ``names`` (``typeset.book_names``) are never broken.

    The planner keeps pages short, so the full type size fits; only a single sentence
    longer than a page makes the type step down, so that nothing is ever cut off.
    """
    page = bind_page(page, names)
    size = paper_for(paper) if isinstance(paper, str) else paper
    kinds = type_for(size, reading_age)
    if page.kind is PageKind.REVIEW:
        return place_review(page, size, kinds)
    if page.kind is PageKind.DRAW:
        return place_drawing_page(page, size, kinds)
    if page.kind is PageKind.BACK:
        return place_back(page, size, kinds)
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
    least = PICTURE_LEAST.get(page.kind, PICTURE_MIN)
    if not force and (picture_height < least * paper.width / PICTURE_RATIO
                      or text_top < frame.top):
        return None
    picture_width = picture_height * PICTURE_RATIO
    picture = Box((paper.width - picture_width) / 2,
                  frame.top + (room - picture_height) / 2, picture_width, picture_height)
    moved = [shift(line, text_top) for line in lines]
    return finish_page(paper, frame, kinds, picture, moved, PICTURE_RATIO)


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
    return finish_page(paper, frame, kinds, picture, moved, BESIDE_RATIO)
