"""wordspictures: turn a caseworker's account into a Words and Pictures storybook.

The flow, one module a step: ``source`` reads the YAML keeping line numbers, ``account``
turns it into the typed objects of ``model``, ``planner`` lays the story out as pages
(wording from ``templates/``), ``layout`` places them on paper, ``illustrate`` draws the
pictures, ``render_pptx`` and ``render_pdf`` turn the pages into bytes and ``output``
writes them atomically. ``api`` ties the steps together; ``cli`` is a thin click layer.

    >>> from wordspictures import build_book
    >>> build_book("noor.yaml", "out", paper="a5")      # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["BuildResult", "__version__", "build_book", "check_account", "load_account"]


def __getattr__(name: str) -> Any:
    # Imported on first use so that `wordspictures --help` does not load YAML and jinja2.
    if name in __all__:
        from wordspictures import api

        return getattr(api, name)
    raise AttributeError(name)
