"""The story's routes: the page, each change to a field, items added, moved and removed,
the words allowed, the page shown beside the form, and what a window hears every few
seconds (whether the file changed elsewhere).

Each change is made under one lock: the story, its pages and the PDF library are used by
one request at a time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from flask import Flask, Response, abort, request

from wordspictures.account.keys import ROLES
from wordspictures.account.places import Place
from wordspictures.account.roundtrip import Draft
from wordspictures.commands.editor import answers
from wordspictures.commands.editor.bilingual import change_languages
from wordspictures.commands.editor.form import called
from wordspictures.commands.editor.session import Refused, Session
from wordspictures.commands.editor.state import Editor
from wordspictures.commands.editor.values import (
    BadRequest,
    grown,
    in_main_language,
    place_of,
    translation_seed,
    value_for,
    where_named,
)
from wordspictures.commands.interview.story import new_id
from wordspictures.problems import WARNING, Problem

NO_SWAP = {"HX-Reswap": "none"}
RELOAD = {"HX-Refresh": "true"}
# A field that answers with no swap, when its change redraws the whole form after all.
WHOLE_FORM = {"HX-Retarget": "#editor", "HX-Reswap": "outerHTML"}


def add_routes(app: Flask, editor: Editor) -> None:
    """Add the story's routes to the app."""

    def session() -> Session:
        if editor.session is None:
            abort(404)
        return editor.session

    def sent(name: str) -> str:
        value = request.values.get(name)
        if value is None:
            abort(400)
        return value

    def shape() -> int:
        given = sent("shape")
        if not given.isdigit():
            abort(400)
        return int(given)

    def place(draft: Draft) -> Place:
        try:
            return place_of(sent("place"), draft)
        except BadRequest:
            abort(400)

    def apply(act: Callable[[Draft], object], focus: str = "",
              moves: bool = True,
              notes: dict[str, list[Problem]] | None = None, shown: Place | None = None
              ) -> Any:
        """Make a change and answer with what changed (the whole form when items moved)."""
        tab = sent("tab")
        try:
            session().change(tab, shape(), act, moves=moves)
        except Refused as refused:
            return answers.refused(editor, tab, refused.why)
        except BadRequest:
            abort(400)
        return answers.changed(editor, tab, shown, whole=True, focus=focus, notes=notes)

    @app.get("/")
    def home() -> Any:
        if editor.session is None:
            from wordspictures.commands.editor.start import start_page

            return start_page(editor)
        with editor.work:
            return answers.whole_page(editor)

    @app.post("/change")
    def change() -> Any:
        with editor.work:
            draft = session().draft
            where = place(draft)
            try:
                value = value_for(where, request.form.getlist("value"), draft,
                                  editor.words().place_kinds())
            except BadRequest:
                abort(400)
            if where[:1] == ("language",):
                answer = apply(lambda d: change_languages(d, where, value))
                return (answer, RELOAD) if isinstance(answer, str) else answer
            where = in_main_language(where, draft)
            seeded = translation_seed(where, draft)
            if seeded is not None:  # a first translation: the text becomes one per
                at, seed = seeded   # language; the form's fields stay where they are

                def translate(changed: Draft) -> None:
                    changed.set(at, seed)
                    changed.set(where, value)
                tab = sent("tab")
                try:
                    session().change(tab, shape(), translate)
                except Refused as refused:
                    return answers.refused(editor, tab, refused.why)
                return answers.typed(editor, tab, where), NO_SWAP
            regrouped = regroup(where, value, draft)
            if regrouped is not None:  # the form shows the feeling or picture anew
                answer = apply(regrouped, focus="f-" + "-".join(map(str, where)),
                               moves=False, shown=where[:2])
                return (answer, WHOLE_FORM) if isinstance(answer, str) else answer
            tab = sent("tab")
            try:
                session().type_text(tab, shape(), where, value)
            except Refused as refused:
                return answers.refused(editor, tab, refused.why)
            return answers.typed(editor, tab, where), NO_SWAP

    @app.post("/add")
    def add() -> Any:
        with editor.work:
            group = sent("group")
            draft = session().draft
            if group == "people":
                name = " ".join(sent("name").split())
                role = sent("role")
                if role not in ROLES or not name:
                    return Response(status=204)
                pid = new_id(name, draft.people())
                return apply(lambda d: d.add_person(pid, {"name": name, "role": role}),
                             focus=f"f-people-{pid}-called", shown=("people", pid))
            if group == "scale":
                who, score = sent("who"), sent("score")
                if who not in draft.people() or not score.isdigit():
                    abort(400)
                number = len(draft.value(("scale",)) or [])
                return apply(lambda d: d.add_item("scale", {"who": who, "score": int(score)}),
                             focus=f"f-scale-{number}-text", shown=("scale", number))
            from wordspictures.account.keys import SECTION_NAMES

            if group not in SECTION_NAMES:
                abort(400)
            number = len(draft.value((group,)) or [])
            return apply(lambda d: d.add_item(group), focus=f"f-{group}-{number}-text",
                         shown=(group, number))

    @app.post("/remove")
    def remove() -> Any:
        with editor.work:
            draft = session().draft
            where = item_place(sent("place"), draft)
            if where[0] == "people":
                pid = str(where[1])
                named = where_named(draft, pid)
                if named:
                    words = editor.words()
                    person = draft.value(("people", pid)) or {}
                    name = called(pid, person)
                    note = Problem(words("groups", "people", "in_use", name=name,
                                         where=", ".join(words.label(k) for k in named)),
                                   severity=WARNING)
                    box = "p-people-" + pid
                    return apply(lambda d: None, notes={box: [note]})
                return apply(lambda d: d.remove_person(pid))
            return apply(lambda d: d.remove_item(str(where[0]), int(where[1])))

    @app.post("/move")
    def move() -> Any:
        with editor.work:
            draft = session().draft
            where = item_place(sent("place"), draft)
            section, number = str(where[0]), int(where[1])
            to = number - 1 if sent("to") == "up" else number + 1
            if where[0] == "people" or not 0 <= to < len(draft.value((section,)) or []):
                abort(400)
            button = "up" if sent("to") == "up" and to > 0 else "down"
            if button == "down" and to == len(draft.value((section,))) - 1:
                button = "up"
            return apply(lambda d: d.move_item(section, number, to),
                         focus=f"{button}-{section}-{to}", shown=(section, to))

    @app.post("/allow")
    def allow() -> Any:
        with editor.work:
            word = " ".join(sent("word").split())
            if not word:
                abort(400)
            return apply(lambda d: d.add_word("allow", word))

    @app.post("/unallow")
    def unallow() -> Any:
        with editor.work:
            word = sent("word")
            return apply(lambda d: d.remove_word("allow", word))

    @app.get("/show")
    def show() -> Any:
        with editor.work:
            draft = session().draft
            tab = sent("tab")
            page = request.args.get("page")
            where = item_place(request.args["place"], draft) if "place" in request.args \
                else None
            return answers.shown_page(editor, tab, where,
                                      int(page) if page and page.isdigit() else None)

    @app.get("/findings")
    def findings() -> Any:
        with editor.work:
            session()
            return answers.findings(editor, sent("tab")), NO_SWAP

    @app.get("/status")
    def status() -> Any:
        if editor.session is None:  # the start page, saying it is there
            return Response(status=204)
        with editor.work:
            tab = sent("tab")
            why = session().noticed(tab)
            if why is None:
                return Response(status=204)
            return answers.refused(editor, tab, why)

    @app.post("/take")
    def take() -> Any:
        with editor.work:
            session().take_disk()
        return Response(status=204, headers=RELOAD)

    @app.post("/keep")
    def keep() -> Any:
        with editor.work:
            session().keep_mine()
        return Response(status=204, headers=RELOAD)

    @app.post("/bye")
    def bye() -> Any:
        editor.left = time.monotonic()
        return Response(status=204)

    def picture(key: str, which: int) -> Response:
        if editor.pages is None or not key.isalnum():
            abort(404)
        with editor.work:
            job = editor.pages.order(key)
        if job is None:
            abort(404)
        try:  # made in the second process: this one answers keystrokes meanwhile
            data = job.result(timeout=60)[which]
        except Exception:  # a page that cannot be drawn: its problem is told in the form
            abort(404)
        return Response(data, mimetype="image/jpeg")

    @app.get("/page/<key>.jpg")
    def page_picture(key: str) -> Response:
        return picture(key, 0)

    @app.get("/thumb/<key>.jpg")
    def thumb_picture(key: str) -> Response:
        return picture(key, 1)


def item_place(name: str, draft: Draft) -> Place:
    """Return the place of a person or an item of a list ('people.sam', 'worried.0')."""
    steps = name.split(".")
    if len(steps) != 2:
        abort(400)
    head, rest = steps
    if head == "people":
        if rest not in draft.people():
            abort(400)
        return (head, rest)
    items = draft.value((head,))
    if not rest.isdigit() or not isinstance(items, list) or int(rest) >= len(items):
        abort(400)
    return (head, int(rest))


def regroup(where: Place, value: Any, draft: Draft) -> Callable[[Draft], None] | None:
    """Return the change that turns an item's feeling or picture from one value into a
    group (or a feeling per person back into one word) with ``value`` set, or None when
    the change leaves its shape as it is (then it is typed in place, as any text)."""
    children = [pid for pid in draft.people()
                if draft.value(("people", pid, "role")) == "child"]
    seed = grown(where, draft, children)
    one_word = where[2:] == ("feeling",) and isinstance(draft.value(where), dict)
    if seed is None and not one_word:
        return None

    def act(changed: Draft) -> None:
        if seed is not None:
            changed.set(where[:3], seed)
        changed.set(where, value)
    return act
