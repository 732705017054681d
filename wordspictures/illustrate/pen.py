"""A marker pen: round-capped lines and shapes with a slight, seeded hand-drawn wobble.

Callers give output-pixel coordinates; the pen draws on a canvas ``scale`` times larger,
which is reduced afterwards for smooth edges.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from PIL import Image, ImageDraw

from wordspictures.illustrate.palette import RGB

Point = tuple[float, float]
STEP = 16.0  # output pixels between wobble points: long lines bend gently, not jitter


class Pen:
    """Draws wobbly marker lines and filled shapes on one canvas, from one seed."""

    def __init__(self, image: Image.Image, scale: float, seed: int, wobble: float = 1.0):
        self.draw = ImageDraw.Draw(image)
        self.scale = scale
        self.rng = random.Random(seed)
        self.wobble = wobble

    def reseed(self, seed: int) -> None:
        """Start a new, reproducible wobble (e.g. per person, so they look the same)."""
        self.rng = random.Random(seed)

    def wobbled(self, points: Sequence[Point], closed: bool = False,
                amount: float | None = None) -> list[Point]:
        """Return the path split into short steps, each nudged a little sideways."""
        wobble = self.wobble if amount is None else amount
        path = list(points) + ([points[0]] if closed else [])
        result: list[Point] = []
        drift = 0.0
        for (x0, y0), (x1, y1) in zip(path, path[1:], strict=False):
            length = math.hypot(x1 - x0, y1 - y0)
            steps = max(1, int(length / STEP))
            nx, ny = ((y0 - y1) / length, (x1 - x0) / length) if length else (0.0, 0.0)
            for i in range(steps):
                t = i / steps
                drift = 0.6 * drift + self.rng.uniform(-wobble, wobble)
                result.append((x0 + (x1 - x0) * t + nx * drift, y0 + (y1 - y0) * t + ny * drift))
        if not closed:
            result.append(path[-1])
        return result

    def scaled(self, points: Sequence[Point]) -> list[Point]:
        """Return the points in canvas pixels."""
        k = self.scale
        return [(x * k, y * k) for x, y in points]

    def stroke(self, points: Sequence[Point], colour: RGB, width: float, closed: bool = False,
               wobble: float | None = None) -> None:
        """Draw a round-capped line through the points."""
        path = self.scaled(self.wobbled(points, closed, wobble) if len(points) > 1 else points)
        self.polyline(path, colour, width * self.scale, closed)

    def polyline(self, path: list[Point], colour: RGB, width: float, closed: bool) -> None:
        """Draw a canvas-pixel path with round joints and caps."""
        w = max(1, round(width))
        if closed:
            path = path + [path[0], path[1 % len(path)]]
        if len(path) > 1:
            # Round joints as a dot at each corner: Pillow's joint="curve" works each one
            # out in Python (a quarter of a drawing's time); a dot is one call, same look.
            self.draw.line(path, fill=colour, width=w)
        if w > 2:
            ends = path if not closed else path[1:-1]
            r = w / 2
            for x, y in ends:
                self.draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)

    def shape(self, points: Sequence[Point], fill: RGB | None, outline: RGB | None,
              width: float, wobble: float | None = None) -> None:
        """Draw a closed shape: a fill and a wobbly outline along the same path."""
        path = self.scaled(self.wobbled(points, True, wobble))
        if fill is not None:
            self.draw.polygon(path, fill=fill)
        if outline is not None and width > 0:
            self.polyline(path, outline, width * self.scale, closed=True)

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill: RGB | None,
             outline: RGB | None, width: float, wobble: float | None = None) -> None:
        """Draw a hand-drawn rectangle from its top-left to its bottom-right corner."""
        self.shape([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], fill, outline, width, wobble)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, fill: RGB | None,
                outline: RGB | None, width: float, wobble: float | None = None) -> None:
        """Draw a hand-drawn ellipse: slightly uneven, never a perfect circle."""
        self.shape(self.oval_points(cx, cy, rx, ry, wobble), fill, outline, width, 0.0)

    def oval_points(self, cx: float, cy: float, rx: float, ry: float,
                    wobble: float | None = None) -> list[Point]:
        """Return the points of a gently uneven ellipse."""
        wobble = self.wobble if wobble is None else wobble
        size = max(rx, ry, 1.0)
        count = max(14, min(72, int(2 * math.pi * size / 7)))
        a2 = min(0.03, 1.2 * wobble / size)
        p2, p3 = self.rng.uniform(0, 6.3), self.rng.uniform(0, 6.3)
        points = []
        for i in range(count):
            t = 2 * math.pi * i / count
            bend = 1 + a2 * math.sin(2 * t + p2) + a2 / 2 * math.sin(3 * t + p3)
            points.append((cx + rx * bend * math.cos(t), cy + ry * bend * math.sin(t)))
        return points

    def dot(self, cx: float, cy: float, r: float, colour: RGB) -> None:
        """Draw a small round dot (no wobble: eyes must stay round)."""
        k = self.scale
        self.draw.ellipse(((cx - r) * k, (cy - r) * k, (cx + r) * k, (cy + r) * k), fill=colour)

    def limb(self, points: Sequence[Point], colour: RGB, width: float, outline: RGB,
             line: float) -> None:
        """Draw a thick outlined stroke (an arm or a leg): ink first, colour inside."""
        path = self.scaled(self.wobbled(points, False, self.wobble * 0.5))
        self.polyline(path, outline, (width + 2 * line) * self.scale, closed=False)
        self.polyline(path, colour, width * self.scale, closed=False)


def arc_points(cx: float, cy: float, rx: float, ry: float, start: float, end: float,
               count: int = 12) -> list[Point]:
    """Return points along an elliptical arc; angles in degrees, 0 = right, 90 = down."""
    return [
        (cx + rx * math.cos(math.radians(start + (end - start) * i / count)),
         cy + ry * math.sin(math.radians(start + (end - start) * i / count)))
        for i in range(count + 1)
    ]


def heart_points(cx: float, cy: float, size: float, count: int = 40) -> list[Point]:
    """Return a heart outline, ``size`` = half its width, centred on cx, cy."""
    points = []
    for i in range(count):
        t = 2 * math.pi * i / count
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        points.append((cx + x * size / 16, cy - (y + 2.5) * size / 16))
    return points
