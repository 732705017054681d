"""The drawings: a picture for every page, made from the page's scene.

``plan_scene`` decides who stands where, how tall, feeling what, with which props (pure data,
tested without pixels); ``draw_scene`` draws that plan with Pillow and returns PNG bytes.
Drawings are kept in the user's cache folder under a hash of everything that shapes them, so
a rebuild only draws the pages whose scene changed. ``png_stream`` reads and writes the
PNG format itself (the PDF takes a drawing's compressed pixels as they are).

May import: ``book``, ``fonts``, ``account``, ``language``, ``system``, ``errors``,
``problems``.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from wordspictures.book.pages import Scene
from wordspictures.illustrate.layout import plan_scene
from wordspictures.illustrate.picture import PictureError, check_picture
from wordspictures.illustrate.shapes import SceneLayout
from wordspictures.system.cache import read_cached, write_cached

if TYPE_CHECKING:
    from wordspictures.system.forked import Shared, Worker

# Raise when the drawings change, so cached pictures from an older version are not reused.
STYLE_VERSION = "5"


def draw_scene(scene: Scene, width: int = 1200, height: int = 800) -> bytes:
    """Return the page's picture as PNG bytes: the same scene always gives the same bytes."""
    return draw_scenes([(scene, width, height)])[0]


def draw_scenes(requests: Sequence[tuple[Scene, int, int]],
                meanwhile: Callable[[], None] | None = None,
                helper: Worker[Any] | None = None) -> list[bytes]:
    """Return the PNG of each (scene, width, height), drawing what the cache lacks.

    A new book has nothing cached: then the missing pictures are drawn on every core
    (a drawing takes about 30 ms, a 16-page book 0.45 s on one core; see ``draw_many``),
    and ``meanwhile`` (if given) runs here while they are drawn; it runs once in any case.
    Bytes are the same as ``draw_scene``'s: each picture depends only on its own plan.
    """
    layouts = [plan_scene(scene, width, height) for scene, width, height in requests]
    keys = [cache_key(layout) for layout in layouts]
    found: dict[str, bytes] = {}
    missing: dict[str, SceneLayout] = {}
    for key, layout in zip(keys, layouts, strict=True):
        if key in found or key in missing:
            continue
        cached = read_cached(key)
        if cached is not None:
            found[key] = cached
        else:
            missing[key] = layout
    drawn = draw_many(list(missing.values()), meanwhile or (lambda: None), helper)
    for key, picture in zip(missing, drawn, strict=True):
        write_cached(key, picture)
        found[key] = picture
    return [found[key] for key in keys]


def draw_many(layouts: list[SceneLayout], meanwhile: Callable[[], None],
              helper: Worker[Any] | None = None) -> list[bytes]:
    """Return the PNGs of the layouts, drawn on every core; run ``meanwhile`` here first.

    ``helper`` is a worker that has time until its own job (the PDF's, which needs these
    pictures): it draws too, as soon as it is ready. Where the cores outnumber the
    processes, drawing workers are forked (``forked.Worker``: copies of this process, with
    everything loaded). All of them take the next picture not yet taken (``Shared``), so
    none waits while another has several left, however long each took to start.
    """
    from wordspictures.system.forked import Shared, Worker, can_fork, jobs

    # Only a forked helper made with shared work can take part: the numbers' pipe must
    # have been there when it was forked.
    shared = helper.shared if helper is not None and helper.pid else None
    helpers = [helper] if helper is not None and shared is not None else []
    more = min(jobs(), len(layouts) // 2) - 1 - len(helpers)  # two pictures each, at least
    if more > 0 and len(layouts) >= 4 and can_fork():
        shared = shared or Shared()
        helpers += [Worker("drawings", shared=shared) for _ in range(more)]
    if shared is None or not layouts:
        meanwhile()
        return render_layouts(layouts)
    try:
        left_here = shared.hand_out(len(layouts))
        for worker in helpers:
            worker.run(functools.partial(render_shared, layouts, shared))
        meanwhile()
        pictures = {i: render_layout(layouts[i]) for i in itertools.chain(shared, left_here)}
        for worker in helpers:
            if len(pictures) < len(layouts):
                pictures.update(worker.result())
            else:  # all drawn here: do not wait for a helper still getting ready
                worker.skip()
        return [pictures[i] for i in range(len(layouts))]
    finally:
        for worker in helpers:
            if worker is not helper:
                worker.cancel()


def render_shared(layouts: Sequence[SceneLayout], shared: Shared) -> dict[int, bytes]:
    """Draw the layouts whose numbers this process takes from ``shared``; return them."""
    return {i: render_layout(layouts[i]) for i in shared}


def render_layouts(layouts: Sequence[SceneLayout]) -> list[bytes]:
    """Return the PNGs of the layouts, drawn here, in order."""
    return [render_layout(layout) for layout in layouts]


def render_layout(layout: SceneLayout) -> bytes:
    """Return the PNG of a planned scene, drawn now (no cache)."""
    from wordspictures.illustrate.draw import draw_layout
    from wordspictures.illustrate.picture import fitted_picture, png_bytes

    if layout.image is not None:
        return png_bytes(fitted_picture(layout.image, layout.width, layout.height))
    # Full colour: a 256-colour palette made the files smaller but cost 26 ms a picture to
    # choose (more than drawing it); the PDF takes the PNG's data as it is (``png_stream``),
    # so only the size is left: about 27 KB a picture.
    return png_bytes(draw_layout(layout))


def cache_key(layout: SceneLayout) -> str:
    """Return the cache file name: a hash of the plan (and of the family picture's bytes).

    The plan's repr holds every person's look, place, size and name, so any change to the
    page's picture changes the key. Names only ever enter the hash, never the file name.
    """
    digest = hashlib.sha256(f"{STYLE_VERSION}\n{layout!r}".encode("utf-8", "replace"))
    if layout.image is not None:
        try:
            digest.update(layout.image.read_bytes())
        except OSError:
            digest.update(b"unreadable")
    return f"drawing-{digest.hexdigest()[:40]}.png"


__all__ = ["PictureError", "check_picture", "draw_scene", "draw_scenes", "plan_scene"]
