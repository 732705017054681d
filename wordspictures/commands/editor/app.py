"""The editor's web app: the guard first (``guard``), then the routes of the story
(``routes``), of pictures and books (``files``) and of the start page (``start``).
"""

from __future__ import annotations

import time

from flask import Flask, Response, g
from jinja2 import StrictUndefined

from wordspictures.commands.editor import files, routes, start
from wordspictures.commands.editor.guard import protect
from wordspictures.commands.editor.state import Editor

# The largest request: a family photo (the picture check allows 40 MB) and its form.
MAX_REQUEST = 41 * 1024 * 1024


def create_app(editor: Editor) -> Flask:
    """Return the editor's Flask app."""
    app = Flask(__name__, static_folder="static", static_url_path="/static")
    app.config.update(MAX_CONTENT_LENGTH=MAX_REQUEST, TEMPLATES_AUTO_RELOAD=False,
                      SEND_FILE_MAX_AGE_DEFAULT=0)
    app.jinja_env.autoescape = True
    app.jinja_env.undefined = StrictUndefined
    protect(app, editor.guard)

    @app.before_request
    def hear_window() -> None:
        editor.hear()
        g.started = time.perf_counter()

    @app.after_request
    def say_how_long(answer: Response) -> Response:
        # For the browser's own timing (benchmarks/editor_speed.py): the server's part.
        took = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        answer.headers["Server-Timing"] = f"app;dur={took:.1f}"
        return answer

    routes.add_routes(app, editor)
    files.add_routes(app, editor)
    start.add_routes(app, editor)
    return app
