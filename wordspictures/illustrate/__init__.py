"""The drawings: a picture for every page, made from the page's scene.

``plan_scene`` decides who stands where, how tall, feeling what, with which props (pure data,
tested without pixels); ``draw_scene`` draws that plan with Pillow and returns PNG bytes.
Drawings are kept in the user's cache folder under a hash of everything that shapes them, so
a rebuild only draws the pages whose scene changed.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Sequence

from wordspictures.book import Scene
from wordspictures.cache import read_cached, write_cached
from wordspictures.illustrate.layout import plan_scene
from wordspictures.illustrate.picture import PictureError, check_picture
from wordspictures.illustrate.shapes import SceneLayout

# Raise when the drawings change, so cached pictures from an older version are not reused.
STYLE_VERSION = "4"


def draw_scene(scene: Scene, width: int = 1200, height: int = 800) -> bytes:
    """Return the page's picture as PNG bytes: the same scene always gives the same bytes."""
    return draw_scenes([(scene, width, height)])[0]


def draw_scenes(requests: Sequence[tuple[Scene, int, int]],
                meanwhile: Callable[[], None] | None = None) -> list[bytes]:
    """Return the PNG of each (scene, width, height), drawing what the cache lacks.

    A new book has nothing cached: then the missing pictures are drawn on every core
    (a drawing takes about 30 ms, a 16-page book 0.45 s on one core), and ``meanwhile`` (if
    given) runs here while they are drawn; it runs once in any case. Bytes are the same as
    ``draw_scene``'s: each picture depends only on its own plan.
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
    drawn = draw_many(list(missing.values()), meanwhile or (lambda: None))
    for key, picture in zip(missing, drawn, strict=True):
        write_cached(key, picture)
        found[key] = picture
    return [found[key] for key in keys]


def draw_many(layouts: list[SceneLayout], meanwhile: Callable[[], None]) -> list[bytes]:
    """Return the PNGs of the layouts, on every core when it pays; run ``meanwhile`` here
    while the other cores draw.

    The other cores are forked copies of this process (``forked.Worker``, as for the PDF):
    they start with everything loaded, and no pool, thread or multiprocessing import is
    needed. This process keeps a smaller share, for ``meanwhile`` (the word check and
    loading python-pptx take about as long as five drawings).
    """
    from wordspictures.forked import Worker, can_fork, jobs

    processes = min(jobs(), len(layouts))
    if processes < 2 or len(layouts) < 4 or not can_fork():
        meanwhile()
        return render_layouts(layouts)
    own = max(0, len(layouts) // processes - 5)
    rest = list(range(own, len(layouts)))
    groups = [rest[i::processes - 1] for i in range(processes - 1)]
    workers: list[Worker[list[bytes]]] = []
    try:
        for group in groups:
            worker: Worker[list[bytes]] = Worker("drawings")
            worker.run(functools.partial(render_layouts, [layouts[i] for i in group]))
            workers.append(worker)
        meanwhile()
        pictures = render_layouts(layouts[:own]) + [b""] * len(rest)
        for group, worker in zip(groups, workers, strict=True):
            for index, picture in zip(group, worker.result(), strict=True):
                pictures[index] = picture
        return pictures
    finally:
        for worker in workers:
            worker.cancel()


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
