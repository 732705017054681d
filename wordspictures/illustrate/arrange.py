"""Where figures stand: rows that fit up to a dozen people, the helpers' circle, the scale."""

from __future__ import annotations

import math
from dataclasses import dataclass

from wordspictures.account.model import Person
from wordspictures.illustrate.actions import pose_of
from wordspictures.illustrate.looks import Look
from wordspictures.illustrate.shapes import (
    BODY_WIDTH,
    Box,
    FigureSpot,
    ScaleLine,
    ScaleMark,
    head_ratio,
    width_ratio,
)

GAP = 0.12          # least room between two figures, in adult heights
BUBBLE = 0.45       # room above a head for a thought or speech bubble, in adult heights
ROW_GAP = 0.02      # between two rows, in parts of the picture's height
RING_DEPTH = 0.075  # half the height of the helpers' circle, in parts of the picture's height


@dataclass(frozen=True)
class Member:
    """A person to place, with what they get on this page: a bubble, a thing in the hand,
    their own feeling (None: the page's) and what they do."""

    person: Person
    look: Look
    bubble: str | None = None
    holds: str | None = None
    feeling: str | None = None
    action: str = "stands"

    @property
    def width(self) -> float:
        """Return the room the member needs in a row, in adult heights."""
        return width_ratio(self.look, self.action)


def label_size_for(rows: int, height: float) -> float:
    """Return the name labels' font size: smaller when rows share the height."""
    return height * {1: 0.042, 2: 0.034}.get(rows, 0.028)


def split_even(members: list[Member], rows: int) -> list[list[Member]]:
    """Return the members split into rows whose lengths differ by one at most."""
    base, extra = divmod(len(members), rows)
    result, start = [], 0
    for index in range(rows):
        count = base + (1 if index < extra else 0)
        result.append(members[start:start + count])
        start += count
    return [row for row in result if row]


def fit_height(rows: list[list[Member]], box: Box, tallest: float, height: float) -> float:
    """Return the adult height that lets every row fit the box (at most ``tallest``)."""
    count = len(rows)
    label = 2.5 * label_size_for(count, height)
    bubbles = [BUBBLE if any(m.bubble for m in row) else 0.0 for row in rows]
    free = box.height - count * label - (count - 1) * ROW_GAP * height
    by_height = free / sum(1.0 + b for b in bubbles)
    by_width = min(
        box.width / (sum(m.width for m in row) + GAP * max(1, len(row)))
        for row in rows
    )
    return max(1.0, min(tallest, by_height, by_width))


def choose_rows(members: list[Member], box: Box, tallest: float, height: float,
                ) -> list[list[Member]]:
    """Return the members in one to four rows, as few as keep the figures large."""
    best = [members]
    best_size = fit_height(best, box, tallest, height)
    for count in range(2, min(4, len(members)) + 1):
        rows = split_even(members, count)
        size = fit_height(rows, box, tallest, height)
        # Another row only when it makes everyone clearly bigger: one row reads best.
        if size > best_size * 1.25:
            best, best_size = rows, size
    return best


def place_row(row: list[Member], box: Box, ground: float, adult: float, feeling: str,
              label_size: float) -> list[FigureSpot]:
    """Return the figures of one row, centred in the box and standing on ``ground``."""
    widths = [m.width * adult for m in row]
    gap = GAP * adult
    free = box.width - sum(widths) - gap * len(row)
    # Spread out a little when there is room, but keep a family close together, and a hug
    # closer still.
    if not all(m.action == "hugs" for m in row):
        gap += max(0.0, min(free / max(1, len(row)), 0.22 * adult))
    left = box.x0 + (box.width - sum(widths) - gap * len(row)) / 2 + gap / 2
    spots: list[FigureSpot] = []
    bodies = []
    for member, width in zip(row, widths, strict=True):
        # A board, a door or boxes stand to the right; a bed is the whole width.
        body = width if pose_of(member.action).body == "lie" else min(
            width, BODY_WIDTH * head_ratio(member.look.size) * adult * pose_of(
                member.action).width)
        bodies.append((left + body / 2, left - gap / 2, left + width + gap / 2))
        left += width + gap
    for index, (member, (x, slot_left, slot_right)) in enumerate(zip(row, bodies, strict=True)):
        if index == 0:
            slot_left = box.x0
        if index == len(row) - 1:
            slot_right = box.x1
        label_width = min(2 * min(x - slot_left, slot_right - x), box.width * 0.45)
        spots.append(make_spot(member, x, ground, adult, feeling, label_width, label_size))
    return spots


def make_spot(member: Member, x: float, ground: float, adult: float, feeling: str,
              label_width: float, label_size: float) -> FigureSpot:
    """Return the figure for a member standing at x on ground."""
    person = member.person
    return FigureSpot(
        person_id=person.id, label=person.called, x=round(x, 2), ground=round(ground, 2),
        height=round(adult * member.look.size, 2), adult=round(adult, 2),
        feeling=member.feeling or feeling, look=member.look,
        label_width=round(label_width, 2), label_size=round(label_size, 2),
        bubble=member.bubble, holds=member.holds, action=member.action,
    )


def place_rows(rows: list[list[Member]], box: Box, tallest: float, height: float,
               feeling: str) -> list[FigureSpot]:
    """Return every figure of the rows, the last row lowest, each row with its labels."""
    adult = fit_height(rows, box, tallest, height)
    label_size = label_size_for(len(rows), height)
    label = 2.5 * label_size
    ground = box.y1 - label
    spots: list[FigureSpot] = []
    for row in reversed(rows):
        spots = place_row(row, box, ground, adult, feeling, label_size) + spots
        bubble = BUBBLE if any(m.bubble for m in row) else 0.0
        ground -= adult * (1 + bubble) + label + ROW_GAP * height
    return spots


def place_ring(child: Member, helpers: list[Member], box: Box, tallest: float, height: float,
               feeling: str) -> tuple[list[FigureSpot], Box]:
    """Return the helpers standing in a circle around the child, and the circle."""
    left = [m for i, m in enumerate(helpers) if i % 2 == 0]
    right = [m for i, m in enumerate(helpers) if i % 2 == 1]
    row = list(reversed(left)) + [child] + right
    depth = RING_DEPTH * height
    label_size = label_size_for(1, height)
    # The helpers at the back stand up to two ring depths higher: leave room for them.
    inner = Box(box.x0, box.y0 + 2 * depth, box.x1, box.y1)
    adult = fit_height([row], inner, tallest, height)
    ground = box.y1 - 2.5 * label_size
    flat = place_row(row, box, ground, adult, feeling, label_size)
    centre = flat[len(left)]
    reach = max([abs(s.x - centre.x) for s in flat] + [child.width * adult * 0.8])
    spots = []
    for spot in flat:
        if spot is centre:
            spots.append(spot)
            continue
        across = min(1.0, abs(spot.x - centre.x) / reach)
        back = math.sqrt(max(0.0, 1 - across * across))
        shrink = 1 - 0.14 * back  # further back looks a little smaller
        spots.append(FigureSpot(
            person_id=spot.person_id, label=spot.label, x=spot.x,
            ground=round(ground - depth - depth * back, 2),
            height=round(spot.height * shrink, 2), adult=round(spot.adult * shrink, 2),
            feeling=spot.feeling, look=spot.look, label_width=spot.label_width,
            label_size=spot.label_size, bubble=spot.bubble, holds=spot.holds,
            action=spot.action,
        ))
    ring = Box(centre.x - reach - 0.1 * adult, ground - 2 * depth,
               centre.x + reach + 0.1 * adult, ground + 0.01 * height)
    return spots, ring


def place_marks(scores: list[tuple[Person, int, Look]], box: Box, height: float,
                ) -> tuple[ScaleLine, list[ScaleMark]]:
    """Return the 0-10 line and each person's mark, all in one row above the line.

    A mark stands above its number where there is room, else it moves aside in the order
    of the numbers; its pointer goes straight down under its own name, then slants to the
    number below every name, so no pointer crosses a face or a name (two rows of marks did:
    the upper mark's pointer went through the lower one).
    """
    thickness, number_size = height * 0.03, height * 0.036
    line = ScaleLine(x0=round(box.x0 + box.width * 0.06, 2),
                     x1=round(box.x1 - box.width * 0.06, 2), y=0.0,
                     thickness=round(thickness, 2), number_size=round(number_size, 2))
    order = sorted(range(len(scores)), key=lambda i: max(0, min(10, scores[i][1])))
    tick = (line.x1 - line.x0) / 10
    count = max(1, len(scores))
    space = min(tick * 1.9, (box.width * 0.98) / count)
    radius = min(tick * 0.45, height * 0.13, space * 0.3)
    label_size = min(height * 0.045, tick * 0.32, space * 0.17)
    names = 2.6 * label_size            # room for a name on up to two lines
    slant = max(height * 0.06, radius)  # the pointers' slanting part
    below = thickness / 2 + number_size * 1.6
    used = 2 * radius + 0.3 * radius + names + slant + thickness / 2 + below
    top = box.y0 + (box.height - used) / 2
    head_y = top + radius
    stem_top = head_y + 1.3 * radius + names
    line = ScaleLine(line.x0, line.x1, round(stem_top + slant + thickness / 2, 2),
                     line.thickness, line.number_size)
    targets = [line.x_of(max(0, min(10, scores[i][1]))) for i in order]
    xs = spread(targets, space, box.x0 + space / 2, box.x1 - space / 2)
    marks: dict[int, ScaleMark] = {}
    for index, x, target in zip(order, xs, targets, strict=True):
        person, score, look = scores[index]
        marks[index] = ScaleMark(
            person_id=person.id, label=person.called, score=max(0, min(10, score)),
            x=round(x, 2), y=round(head_y, 2), radius=round(radius, 2), look=look,
            label_width=round(space * 0.96, 2), label_size=round(label_size, 2), level=0,
            target=round(target, 2), stem_top=round(stem_top, 2))
    return line, [marks[i] for i in range(len(scores))]


def spread(targets: list[float], space: float, low: float, high: float) -> list[float]:
    """Return positions as near the (sorted) targets as they can be, ``space`` apart and
    between low and high."""
    xs: list[float] = []
    for target in targets:
        xs.append(max(target, low, xs[-1] + space if xs else low))
    for i in range(len(xs) - 1, -1, -1):
        xs[i] = min(xs[i], high, xs[i + 1] - space if i + 1 < len(xs) else high)
    return xs
