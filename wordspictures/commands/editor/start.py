"""The start page, when the editor is started without an account: a new story (its
language, the child it is for, its file name), one of the stories recently opened in the
editor (``recent``: from any folder, newest first), or one of the stories in this folder,
the most recently changed first.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from flask import Flask, abort, redirect, render_template, request

from wordspictures.account.keys import PRONOUNS
from wordspictures.account.roundtrip import DraftError
from wordspictures.commands.editor.recent import recent_stories
from wordspictures.commands.editor.state import Editor

FILE_NAME = re.compile(r"^[^\\/:*?\"<>|.][^\\/:*?\"<>|]{0,80}\.ya?ml$")
SHOWN = 12          # stories listed
LOOKED_AT = 4096    # bytes read of a file to tell whether it is a story


def add_routes(app: Flask, editor: Editor) -> None:
    """Add the start page's routes to the app."""

    @app.post("/start/new")
    def new_story() -> Any:
        if editor.session is not None:
            abort(409)
        form = request.form
        words = editor.words()
        file = form.get("file", "").strip()
        name = " ".join(form.get("child", "").split())
        age = form.get("age", "").strip()
        language, pronoun = form.get("language", ""), form.get("pronoun", "")
        second = form.get("second", "")  # a book in two languages: the family's
        from wordspictures.language.files import available_languages

        known = available_languages(editor.templates)
        if language not in known or pronoun not in PRONOUNS \
                or second and (second not in known or second == language):
            abort(400)
        if not FILE_NAME.match(file):
            return start_page(editor, words("start", "bad_file"), form), 422
        if not name or not age.isdigit() or int(age) > 20:
            return start_page(editor, words("start", "needed"), form), 422
        path = editor.folder / file
        if path.exists():
            return start_page(editor, words("start", "exists", file=file), form), 422
        with editor.work:
            write_story(path, language, name, int(age), pronoun, editor.templates, second)
            editor.open(path)
        return redirect("/", code=303)

    @app.post("/start/recent")
    def open_recent() -> Any:
        if editor.session is not None:
            abort(409)
        chosen = request.form.get("number", "")
        recent = recent_stories()  # a number on the list: never a path from the request
        if not chosen.isdigit() or int(chosen) >= len(recent):
            abort(400)
        with editor.work:
            try:
                editor.open(recent[int(chosen)])
            except DraftError as error:
                return start_page(editor, str(error), request.form), 422
        return redirect("/", code=303)

    @app.post("/start/open")
    def open_story() -> Any:
        if editor.session is not None:
            abort(409)
        chosen = request.form.get("file", "")
        if chosen not in [p.name for p in stories(editor.folder)]:
            abort(400)
        with editor.work:
            try:
                editor.open(editor.folder / chosen)
            except DraftError as error:
                return start_page(editor, str(error), request.form), 422
        return redirect("/", code=303)


def start_page(editor: Editor, problem: str = "", given: Any = None) -> str:
    """Return the start page, with what was typed and why it was not enough."""
    from wordspictures.language.files import available_languages

    words = editor.words()
    given = given or {}
    language = given.get("language") or words.language
    recent = recent_stories()
    return render_template(
        "start.html", w=words, problem=problem, folder=str(editor.folder),
        languages=[(code, words.choice("language", code))
                   for code in available_languages(editor.templates)],
        pronouns=[(p, words.choice("pronoun", p)) for p in PRONOUNS],
        chosen={"language": language, "child": given.get("child", ""),
                "age": given.get("age", ""), "pronoun": given.get("pronoun", "they"),
                "second": given.get("second", ""),
                "file": given.get("file") or editor.suggested or words("start", "default_file")},
        stories=[(p.name, changed_at(p)) for p in stories(editor.folder)
                 if p.absolute() not in recent],
        recent=[(p.name, str(p.parent), changed_at(p)) for p in recent])


def changed_at(path: Path) -> str:
    """Return when a file was last changed, as the start page shows it."""
    return dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")


def stories(folder: Path) -> list[Path]:
    """Return the stories in a folder, the most recently changed first."""
    found = []
    for path in [*folder.glob("*.yaml"), *folder.glob("*.yml")]:
        try:
            with path.open("rb") as file:
                head = file.read(LOOKED_AT).decode("utf-8", "replace")
        except OSError:
            continue
        if re.search(r"^language\s*:", head, re.M) and re.search(r"^people\s*:", head, re.M):
            found.append(path)
    found.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    return found[:SHOWN]


def write_story(path: Path, language: str, child: str, age: int, pronoun: str,
                templates: Path | None, second: str = "") -> None:
    """Write a new story for one child, with the interview's explanations in it; with a
    ``second`` language, a story for a book in two (``language: [nl, ar]``)."""
    from wordspictures.commands.interview.story import Story
    from wordspictures.commands.interview.text import account_text
    from wordspictures.commands.interview.words import load_words
    from wordspictures.system.output import write_files

    story = Story(language, date=dt.date.today())
    kid = story.add(child, "child", age=age, pronoun=pronoun)
    story.children = [kid.id]
    text = account_text(story, load_words(language, templates), path.name)
    if second:
        text = re.sub(r"^language: .*$", f"language: [{language}, {second}]", text, count=1,
                      flags=re.MULTILINE)
    write_files({path: text.encode("utf-8")})
