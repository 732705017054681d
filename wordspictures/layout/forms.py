"""The layouts of the pages that are not part of the story: review, drawing and back.

The review page is for the grown-ups who check a draft: a small picture with a short
explanation, then each question with ruled lines, sized for handwriting. The drawing page
(which pads a booklet) is an empty frame for the child. A booklet's outside back cover is
calm: the title, a little above the middle, and no page number.
"""

from __future__ import annotations

from dataclasses import replace

from wordspictures.book.pages import Page
from wordspictures.layout.frame import (
    finish_page,
    place_frame,
    set_heading,
    shift,
    stack_text,
    text_of,
)
from wordspictures.layout.measure import fitting_size
from wordspictures.layout.paper import (
    LINE,
    MM,
    NO_BOX,
    PICTURE_RATIO,
    Box,
    Line,
    PageLayout,
    Paper,
    Type,
)
from wordspictures.layout.typeset import set_text

FORM_TYPE = 11.5       # the review page is read and filled in by grown-ups
WRITE_PITCH = 9 * MM   # room for one handwritten line
WRITE_LEAST = 7 * MM   # a tighter page may close the lines up to this, never further
WRITE_LINES = (2, 6)   # the fewest and the most ruled lines under a question


def place_review(page: Page, paper: Paper, kinds: Type) -> PageLayout:
    """Return the review page: picture and explanation, then questions with lines."""
    frame = place_frame(page, paper, kinds)
    margin, inner, gap = paper.margin, paper.width - 2 * paper.margin, paper.margin * 0.5
    size = FORM_TYPE * paper.scale
    form = Type(kinds.heading, size, size, kinds.footer, kinds.note)
    paragraphs = text_of(page)
    first_question = next((i for i, p in enumerate(paragraphs) if p.style == "question"),
                          len(paragraphs))
    intro, questions = paragraphs[:first_question], paragraphs[first_question:]

    picture_width = inner * (0.26 if paper.landscape else 0.38)
    picture_height = picture_width / PICTURE_RATIO
    text_x = margin + picture_width + gap
    lines, height = stack_text(intro, form, text_x, frame.top, inner - picture_width - gap)
    band = max(picture_height, height)
    picture = Box(margin, frame.top + (band - picture_height) / 2, picture_width,
                  picture_height)
    placed = [shift(line, (band - height) / 2) for line in lines]
    placed += place_questions(questions, paper, size * 1.1, frame.top + band + gap * 1.5,
                              frame.bottom)
    return finish_page(paper, frame, kinds, picture, placed, PICTURE_RATIO)


def place_questions(paragraphs, paper: Paper, size: float, top: float,
                    bottom: float) -> list[Line]:
    """Return each question with its ruled lines: in a column on portrait pages, side by
    side on landscape pages, the lines sharing out the height that is left."""
    asked = [p for p in paragraphs if p.style == "question"]
    if not asked:
        return []
    margin, gap = paper.margin, paper.margin * 0.5
    columns = min(3 if paper.landscape else 1, len(asked))
    width = (paper.width - 2 * margin - gap * (columns - 1)) / columns
    rows = [asked[i:i + columns] for i in range(0, len(asked), columns)]
    size = min(fitting_size(q.text, size, width, bold=True) for q in asked)
    setting = {id(q): set_text(q.text, size, width, bold=True) for q in asked}
    tall = [max(len(setting[id(q)][1]) for q in row) * size * LINE for row in rows]
    share = (bottom - top - sum(tall) - gap * (len(rows) - 1)) / len(rows)
    # As many lines as come nearest the handwriting pitch, spread over all the room.
    least, fewest, most = WRITE_LEAST * paper.scale, *WRITE_LINES
    count = min(max(round(share / (WRITE_PITCH * paper.scale)), fewest), most)
    if share / count < least:
        count = max(int(share // least), fewest)
    pitch = min(max(share / count, least), WRITE_PITCH * paper.scale * 1.25)
    placed: list[Line] = []
    y = top
    for row, height in zip(rows, tall, strict=True):
        for column, question in enumerate(row):
            x = margin + column * (width + gap)
            text, lines = setting[id(question)]
            placed.append(Line(Box(x, y, width, len(lines) * size * LINE), size, "question",
                               text, len(lines), bold=True, rows=tuple(lines)))
            placed.append(Line(Box(x, y + height, width, count * pitch), size, "write", "",
                               count))
        y += height + count * pitch + gap
    return placed


def place_drawing_page(page: Page, paper: Paper, kinds: Type) -> PageLayout:
    """Return a drawing page: heading, one line of invitation, and an empty frame."""
    frame = place_frame(page, paper, kinds)
    margin, inner = paper.margin, paper.width - 2 * paper.margin
    lines, height = stack_text(text_of(page), kinds, margin, frame.top, inner)
    top = frame.top + height + margin * 0.4 if lines else frame.top
    space = Box(margin, top, inner, frame.bottom - top)
    return finish_page(paper, frame, kinds, NO_BOX, lines, PICTURE_RATIO, space=space)


def place_back(page: Page, paper: Paper, kinds: Type) -> PageLayout:
    """Return a booklet's back cover: only the title, centred a little above the middle
    (where the eye rests on a closed book), with the footer but no page number."""
    frame = place_frame(replace(page, heading=""), paper, kinds)
    inner = paper.width - 2 * paper.margin
    size, text, rows = set_heading(page.heading, kinds.heading, inner)
    height = len(rows) * size * 1.25
    title = Box(paper.margin, paper.height * 0.42 - height / 2, inner, height)
    layout = finish_page(paper, replace(frame, heading=title, heading_size=size,
                                        heading_text=text, heading_rows=tuple(rows)),
                         kinds, NO_BOX, (), PICTURE_RATIO)
    return replace(layout, numbered=False)
