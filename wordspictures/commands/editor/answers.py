"""What the editor answers: the whole page, or after a change only what changed with it.

After each change the story is read as ``check`` reads it; the form is made again from the
file (``form``), its problems put under their fields, and the book of the new version
planned (``pages``). A window is sent the problem boxes whose problems changed, the page
the field lands on when that page looks different, and the small pages of the strip that
changed: typing a sentence redraws one page.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from flask import render_template

from wordspictures.account.keys import ROLES
from wordspictures.account.places import Place
from wordspictures.account.vocabulary import PLACES
from wordspictures.commands.editor.form import Form, FormMaker, attach, fields_of
from wordspictures.commands.editor.pages import Plan, page_of
from wordspictures.commands.editor.session import Checked, Session, Tab
from wordspictures.commands.editor.state import Editor
from wordspictures.commands.editor.words import Words
from wordspictures.problems import Problem


@dataclass
class View:
    """One version of the story as the page shows it."""

    session: Session
    words: Words
    checked: Checked
    form: Form
    plan: Plan | None

    def boxes(self) -> dict[str, list[Any]]:
        """Return every problem box of the form that has problems, by its id."""
        found: dict[str, list[Any]] = {}
        for group in self.form.groups:
            found[group.box] = group.problems
            for item in group.items:
                found[item.box] = item.problems
        for field in fields_of(self.form):
            found[field.box] = field.problems
        return {box: problems for box, problems in found.items() if problems}


def view_of(editor: Editor, complete: bool = True) -> View:
    """Return the story as it is now: checked (without the word check when not
    ``complete``), its form, its book planned. After a keystroke (not ``complete``) the
    form is not sent: only its people are made (a name typed is shown where it is chosen)."""
    session, pages = editor.session, editor.pages
    assert session is not None and pages is not None
    words = editor.words()
    checked = session.checked() if complete else session.read()
    data = session.draft.value(())
    maker = FormMaker(data if isinstance(data, dict) else {}, words)
    if complete:
        form = maker.form()
        attach(form, checked.problems, list(checked.anchors))
    else:
        form = Form([], [], maker.cast)
    if checked.account is not None:
        pages.update(checked.account, checked.revision)
    return View(session, words, checked, form, pages.plan)


def context(editor: Editor, view: View, tab: str, page: int | None) -> dict[str, Any]:
    """Return what every template of the story's page is given."""
    from wordspictures.lint.allow import WORD_CATEGORIES

    session, words = view.session, view.words
    saved = time.strftime("%H:%M:%S", time.localtime(session.saved_at)) \
        if session.saved_at else None
    return {
        "w": words, "form": view.form, "plan": view.plan, "page": page, "tab": tab,
        "shape": session.shape, "name": session.path.name, "oob": False,
        "blocked": any(not p.is_warning for p in view.checked.problems),
        "allowable": WORD_CATEGORIES, "complete": view.checked.complete, "quick": False,
        "status": words("saved", time=saved) if saved else words("saved_never"),
        "conflict": session.conflict, "backup": session.backup.name,
        "roles": [(role, words.role(role)) for role in ROLES],
        "places": [(kind, words.choice("place", kind)) for kind in PLACES],
        "made": list(enumerate(editor.made)), "failed": [], "notes": (), "focus": "",
        "renamed": [],
    }


def whole_page(editor: Editor) -> str:
    """Return the story's page for a new window."""
    session = editor.session
    assert session is not None
    tab = session.new_tab()
    view = view_of(editor)
    state = session.tabs[tab]
    state.marked = set(view.boxes())
    state.page = 0 if view.plan else None
    state.strip = view.plan.keys if view.plan else ()
    return render_template("editor.html", **context(editor, view, tab, state.page))


def changed(editor: Editor, tab: str, place: Place | None = None, whole: bool = False,
            focus: str = "", notes: dict[str, list[Problem]] | None = None) -> str:
    """Return the answer to a change of items or people: the whole form (with the field
    whose id is ``focus`` focused, and ``notes`` added to the problems of the boxes they
    name), the page ``place`` lands on and what else changed."""
    session = editor.session
    assert session is not None
    view = view_of(editor)
    state = session.tab(tab)
    state.notes = notes or {}
    add_notes(view.form, state.notes)
    state.marked = set(view.boxes())
    show_page, whole_strip, thumbs = follow_pages(state, view, place)
    order_shown(editor, view, state)
    values = context(editor, view, tab, state.page)
    values.update(whole=whole, boxes=[], show_page=show_page, whole_strip=whole_strip,
                  thumbs=thumbs, focus=focus)
    return render_template("answer.html", **values)


def typed(editor: Editor, tab: str, place: Place) -> str:
    """Return the answer to a keystroke, as soon as the page can be shown: the page it
    lands on, the pages of the strip that changed, and a request for the word check's
    findings (``findings``), which the window makes once typing pauses."""
    session = editor.session
    assert session is not None
    view = view_of(editor, complete=False)
    show_page, whole_strip, thumbs = follow_pages(session.tab(tab), view, place)
    order_shown(editor, view, session.tab(tab))
    values = context(editor, view, tab, session.tab(tab).page)
    # A person's name or what the child calls them is shown wherever they can be chosen.
    renamed = [(str(place[1]), name) for pid, name in view.form.people
               if place[:1] == ("people",) and pid == place[1] and place[2] in ("name", "called")]
    values.update(whole=False, boxes=[], show_page=show_page, whole_strip=whole_strip,
                  thumbs=thumbs, quick=True, renamed=renamed)
    return render_template("answer.html", **values)


def findings(editor: Editor, tab: str) -> str:
    """Return the problems of the story as it is now: each box whose problems changed
    since this window was last told, and the problems of the whole story."""
    session = editor.session
    assert session is not None
    view = view_of(editor)
    state = session.tab(tab)
    add_notes(view.form, state.notes)
    now = view.boxes()
    boxes = [(box, now.get(box, [])) for box in sorted(set(now) | state.marked)]
    state.marked = set(now)
    values = context(editor, view, tab, state.page)
    values.update(whole=False, boxes=boxes, show_page=False, whole_strip=False, thumbs=[])
    return render_template("answer.html", **values)


def shown_page(editor: Editor, tab: str, place: Place | None, page: int | None) -> Any:
    """Return the page beside the form for a field's item or a page of the strip; nothing
    (204) when the window shows that page already."""
    view = view_of(editor)
    state = editor.session.tab(tab) if editor.session else None
    plan = view.plan
    if state is None or plan is None:
        return "", 204
    wanted = page_of(plan, place, view.checked.anchors) if place else page
    if wanted is None or wanted >= len(plan.keys) or wanted == state.page:
        return "", 204
    state.page = wanted
    return render_template("preview.html", **context(editor, view, tab, wanted))


def banner(editor: Editor, why: str) -> str:
    """Return the banner that says the story changed elsewhere (``why``: disk or tab)."""
    session = editor.session
    assert session is not None
    return render_template("banner.html", w=editor.words(), conflict=why, oob=True,
                           name=session.path.name, backup=session.backup.name)


def add_notes(form: Form, notes: dict[str, list[Problem]]) -> None:
    """Add problems to the boxes they are for (a person who cannot be taken out yet)."""
    for group in form.groups:
        for item in group.items:
            item.problems.extend(notes.get(item.box, []))
    for field in fields_of(form):
        field.problems.extend(notes.get(field.box, []))


def follow_pages(state: Tab, view: View, place: Place | None
                 ) -> tuple[bool, bool, list[tuple[int, str]]]:
    """Move the window's page to where ``place`` lands and return what to send of the
    pages: the page (when it changed), the whole strip (when pages came or went) or the
    small pages that changed."""
    plan = view.plan
    if plan is None:
        return True, False, []
    shown = plan.keys[state.page] if state.page is not None and \
        state.page < len(plan.keys) else None
    before = state.strip[state.page] if state.page is not None and \
        state.page < len(state.strip) else None
    landed = page_of(plan, place, view.checked.anchors) if place else None
    moved = landed is not None and landed != state.page
    if landed is not None:
        state.page = landed
    if state.page is None or state.page >= len(plan.keys):
        state.page = 0
    show_page = moved or shown != before or view.checked.account is None or shown is None
    whole_strip = len(plan.keys) != len(state.strip)
    thumbs = [] if whole_strip else [(n, key) for n, (key, old) in
                                     enumerate(zip(plan.keys, state.strip, strict=True))
                                     if key != old]
    state.strip = plan.keys
    return show_page, whole_strip, thumbs


def order_shown(editor: Editor, view: View, state: Tab) -> None:
    """Start making the picture of the page the window is about to ask for, while the
    answer travels and the window asks (it is made on the other core: ``painter``)."""
    if view.plan is not None and state.page is not None and editor.pages is not None:
        editor.pages.order(view.plan.keys[state.page])


def refused(editor: Editor, tab: str, why: str) -> Any:
    """Answer a change that was not made: the form again when it was stale, else the
    banner that asks what to do."""
    if why == "stale":
        answer = changed(editor, tab, whole=True)
        return answer, {"HX-Retarget": "#editor", "HX-Reswap": "outerHTML"}
    return banner(editor, why), {"HX-Reswap": "none"}

