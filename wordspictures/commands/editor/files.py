"""The editor's files: a family picture dropped on a person or a page, the books made with
the buttons, and their downloads.

A picture is checked as every picture of a book is (size, format, whether it opens), then
kept in the folder 'pictures' beside the account, upright and without what a phone stores
in a photo (``illustrate.cleaned``), under a name made from its content: never a person's
name. The books are made by ``build_book``, the same code as ``wordspictures build``,
next to the account. Only a file the editor made itself can be downloaded.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path
from typing import Any

from flask import Flask, abort, render_template, request, send_file

from wordspictures.account import keys as k
from wordspictures.account.places import Place, key_row
from wordspictures.account.roundtrip import Draft
from wordspictures.commands.editor import answers
from wordspictures.commands.editor.session import Refused, Session
from wordspictures.commands.editor.state import Editor
from wordspictures.commands.editor.values import BadRequest, place_of
from wordspictures.errors import AccountError, WordsPicturesError
from wordspictures.language.messages import Messages
from wordspictures.problems import Problem

PICTURES = "pictures"
# The keys a picture can be dropped on: a person's, an item's (a file, or '{file: …}').
PICTURE_KINDS = frozenset({k.PICTURE, k.DRAWING})
# What each button makes: the options of build_book.
BOOKS: dict[str, dict[str, Any]] = {
    "pdf": {"formats": ["pdf"]},
    "pptx": {"formats": ["pptx"]},
    "booklet": {"formats": ["pdf"], "booklet": True},
    "children": {"formats": ["pptx", "pdf"], "children": "all"},
    "anonymous": {"formats": ["pptx", "pdf"], "anonymise": True},
}


def add_routes(app: Flask, editor: Editor) -> None:
    """Add the routes of pictures, books and downloads to the app."""

    def sent(name: str) -> str:
        value = request.values.get(name)
        if value is None or editor.session is None:
            abort(400)
        return value

    def picture_place() -> tuple[Session, Place]:
        """Return the story and the place of the picture file a request names, or refuse
        the request: a place that is not a picture's gets 400."""
        session = editor.session
        if session is None:
            abort(404)
        try:
            where = place_of(sent("place"), session.draft)
        except BadRequest:
            abort(400)
        row = key_row(where)
        if row is None or row.kind not in PICTURE_KINDS:
            abort(400)
        return session, picture_file(where, session.draft)

    def set_picture(session: Session, where: Place, value: str | None) -> Any:
        """Write the picture's file (or None) into the story and answer with the form."""
        tab, shape = sent("tab"), sent("shape")
        try:
            session.change(tab, int(shape) if shape.isdigit() else -1,
                           lambda d: d.set(where, value))
        except Refused as refused:
            return answers.refused(editor, tab, refused.why)
        return answers.changed(editor, tab, where, whole=True)

    @app.post("/picture")
    def picture() -> Any:
        with editor.work:
            from wordspictures.illustrate.picture import PictureError

            session, where = picture_place()
            upload = request.files.get("picture")
            if upload is None:
                abort(400)
            try:
                stored = keep_picture(upload.read(), upload.filename, session.path.parent)
            except PictureError as refused:
                # Told in the story's language, naming the file as the caseworker chose it.
                account = session.read().account
                messages = Messages(account.language if account else None, session.templates)
                say, fix = (messages.text(f"{refused.key}.{part}", **refused.values)
                            for part in ("say", "fix"))
                box = "p-" + "-".join(str(s) for s in where)
                return answers.changed(editor, sent("tab"), where, whole=True,
                                       notes={box: [Problem(say, fix, None)]})
            return set_picture(session, where, stored)

    @app.post("/picture/remove")
    def forget_picture() -> Any:
        with editor.work:
            session, where = picture_place()
            return set_picture(session, where, None)

    @app.post("/book")
    def book() -> Any:
        kind = sent("kind")
        if kind not in BOOKS:
            abort(400)
        with editor.work:
            failed, notes = make_book(editor, kind)
            session = editor.session
            assert session is not None
            return render_template("books.html", w=editor.words(), oob=False, failed=failed,
                                   made=list(enumerate(editor.made)), notes=notes,
                                   allowable=frozenset(), focus="")

    @app.get("/download/<int:number>")
    def download(number: int) -> Any:
        with editor.work:
            if editor.session is None or not 0 <= number < len(editor.made):
                abort(404)
            path = editor.made[number]
            if not inside(path, editor.session.path.parent) or not path.is_file():
                abort(404)
            return send_file(path, as_attachment=True, download_name=path.name)


def picture_file(where: Place, draft: Draft) -> Place:
    """Return where a picture's file goes: an item's 'picture' that says what the drawing
    shows keeps that, and gets the family's picture as its 'file'."""
    return (*where, "file") if isinstance(draft.value(where), dict) else where


def keep_picture(data: bytes, given: str | None, folder: Path) -> str:
    """Keep a picture beside the account, cleaned; return its path from the account's folder.

    The bytes are looked at in a private temporary folder first, under the name the file
    had (``given``, so that a refusal names it): a picture that cannot be used never
    reaches the account's folder. Raise PictureError for what ``check_picture`` refuses.
    """
    from wordspictures.illustrate.cleaned import cleaned_picture
    from wordspictures.system.output import write_files

    name = Path(given or "").name
    with tempfile.TemporaryDirectory() as private:
        looked_at = Path(private) / (name if name not in ("", ".", "..") else "picture")
        looked_at.write_bytes(data)
        clean, ending = cleaned_picture(looked_at)
    kept = f"picture-{hashlib.sha256(clean).hexdigest()[:12]}.{ending}"
    write_files({folder / PICTURES / kept: clean})
    return f"{PICTURES}/{kept}"


def make_book(editor: Editor, kind: str) -> tuple[list[Problem], tuple[str, ...]]:
    """Make the book a button asks for, next to the account; return why it was not made
    (nothing when it was), and what ``build`` says with it (how to print and fold a
    booklet). The files made are added to ``editor.made``."""
    from wordspictures.api import build_book

    session = editor.session
    assert session is not None
    options = dict(BOOKS[kind])
    if options.get("children") == "all":
        account = session.checked().account
        options["children"] = [p.id for p in account.people if p.is_child] if account else []
    try:
        result = build_book(session.path, templates=editor.templates, own=editor.made,
                            **options)
    except AccountError as error:
        return [p for p in error.problems if not p.is_warning] or list(error.problems), ()
    except WordsPicturesError as error:
        return [Problem(error.message)], ()
    editor.made += [path for path in result.files if path not in editor.made]
    return [], result.notes


def inside(path: Path, folder: Path) -> bool:
    """Return True when ``path`` is in ``folder`` (or below it), links followed."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True
