"""The pure data of a planned picture: boxes, figures, props and scale marks (no Pillow)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wordspictures.illustrate.actions import pose_of
from wordspictures.illustrate.looks import Look

# Proportions of a figure, in parts of an adult's height (see illustrations/README.md).
ADULT_HEAD = 0.125     # head radius of an adult
BODY_WIDTH = 3.4       # figure width (arms and hands included), in head radii
MARK_WIDTH = {"board": 0.42, "folder": 0.10}  # extra width a carried thing needs
# How far a pose lowers the head, in parts of the figure's height: sitting at a table or on
# a step, half hidden behind a sofa, in a car's window.
DROP = {"sit": 0.2, "ride": 0.2, "crouch": 0.3}
BED = 1.05          # a bed's or a sofa's length, in adult heights
BED_TOP = 0.27      # the mattress's top above the floor, in adult heights


@dataclass(frozen=True)
class Box:
    """A rectangle in output pixels."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        """Return the box's width."""
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        """Return the box's height."""
        return self.y1 - self.y0

    @property
    def centre(self) -> tuple[float, float]:
        """Return the box's centre point."""
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2


def head_ratio(size: float) -> float:
    """Return the head radius in adult heights: children have relatively big heads."""
    grown = max(0.0, min(1.0, (size - 0.55) / 0.45))
    return ADULT_HEAD * (0.76 + 0.24 * grown)


def width_ratio(look: Look, action: str | None = None) -> float:
    """Return the width a figure needs, in adult heights (its carried thing, its pose and
    the furniture beside it included)."""
    pose = pose_of(action)
    if pose.body == "lie":
        return BED * 1.08
    return (BODY_WIDTH * head_ratio(look.size) * pose.width + pose.side
            + MARK_WIDTH.get(look.mark or "", 0.0))


@dataclass(frozen=True)
class FigureSpot:
    """One person drawn on the page: where they stand, how tall, how they feel."""

    person_id: str
    label: str
    x: float            # centre of the body
    ground: float       # y of the feet
    height: float       # from the feet to the top of the head
    adult: float        # an adult's height at this spot (sets the head size)
    feeling: str
    look: Look
    label_width: float  # the label wraps or shrinks to fit this
    label_size: float   # font size of the label in pixels
    bubble: str | None = None  # thought | speech
    holds: str | None = None   # phone
    action: str = "stands"

    @property
    def head_radius(self) -> float:
        """Return the head's radius in pixels."""
        return self.adult * head_ratio(self.look.size)

    @property
    def head_centre(self) -> tuple[float, float]:
        """Return the centre of the head: lower when sitting, on the pillow when lying."""
        r = self.head_radius
        body = pose_of(self.action).body
        if body == "lie":
            return (self.x - BED * self.adult / 2 + 1.25 * r,
                    self.ground - BED_TOP * self.adult - 0.55 * r)
        return self.x, self.ground - self.height * (1 - DROP.get(body, 0.0)) + r

    @property
    def top(self) -> float:
        """Return the y of the top of the head."""
        return self.head_centre[1] - self.head_radius


@dataclass(frozen=True)
class Prop:
    """A thing drawn on the page (sun, heart, clock...), centred at x, y."""

    kind: str
    x: float
    y: float
    size: float
    time: tuple[int, int] | None = None
    days: tuple[int, ...] = ()
    daytime: str | None = None
    width: float = 0.0     # furniture: from x - width / 2 to x + width / 2
    front: bool = False    # drawn in front of the people (a table, a blanket, a car)
    colour: str | None = None


@dataclass(frozen=True)
class ScaleMark:
    """One person's number on the safety scale: their head above the number, labelled."""

    person_id: str
    label: str
    score: int
    x: float
    y: float            # centre of the head
    radius: float
    look: Look
    label_width: float
    label_size: float
    level: int          # always 0: every mark stands in one row
    target: float = 0.0     # the x of the number on the line the pointer goes to
    stem_top: float = 0.0   # where the pointer starts, under every name


@dataclass(frozen=True)
class ScaleLine:
    """The 0-10 line: from x0 (0) to x1 (10) at y."""

    x0: float
    x1: float
    y: float
    thickness: float
    number_size: float

    def x_of(self, score: int) -> float:
        """Return the x of a number on the line."""
        return self.x0 + (self.x1 - self.x0) * max(0, min(10, score)) / 10


@dataclass(frozen=True)
class SceneLayout:
    """Everything a page's picture shows, in output pixels; draw_scene draws exactly this."""

    width: int
    height: int
    kind: str
    background: str                      # a place kind, 'neutral' or 'plain'
    floor: float                         # y where the floor or the ground starts
    feeling: str
    figures: tuple[FigureSpot, ...] = ()
    props: tuple[Prop, ...] = ()
    marks: tuple[ScaleMark, ...] = ()
    scale: ScaleLine | None = None
    ring: Box | None = None              # the helpers' circle on the ground
    image: Path | None = None            # the family's own picture replaces the drawing
    daytime: str | None = None           # evening and night: a dark sky, or a lamp
    panels: tuple[SceneLayout, ...] = () # two items' pictures side by side
    mirrored: bool = False               # turned round, so it does not repeat the page before

    def figure(self, person_id: str) -> FigureSpot:
        """Return the figure drawn for this person id."""
        for spot in self.figures:
            if spot.person_id == person_id:
                return spot
        raise KeyError(person_id)

    def prop_kinds(self) -> tuple[str, ...]:
        """Return the kinds of the props on the page, in drawing order."""
        return tuple(prop.kind for prop in self.props)
