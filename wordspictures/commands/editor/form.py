"""The form beside the book, made from the key table (``account.keys``).

Each key of the account becomes a field whose widget follows the key's kind: a text box
for text, a list for a choice, tick boxes for people, a drop zone for a picture. The form
follows the book: about the book, the people, then each part of the story in the book's
order. A key added to the table appears in the form by itself, with the widget of its
kind; a new kind of value needs a widget in ``templates/fields.html`` and a line in
``WIDGETS`` (until then it is shown as text, or as 'edit in the file').
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from wordspictures.account import keys as k
from wordspictures.account.keys import Key
from wordspictures.account.places import Place
from wordspictures.account.vocabulary import PLACES
from wordspictures.commands.editor.bilingual import in_both, language_fields
from wordspictures.commands.editor.values import book_languages
from wordspictures.commands.editor.words import Words
from wordspictures.commands.interview.text import BOOK_ORDER
from wordspictures.problems import Problem

# The widget of each kind of value (templates/fields.html has one macro a widget).
WIDGETS = {
    k.TEXT: "text", k.SAID: "text", k.CALLED: "text", k.CHOICE: "choice", k.WHOLE: "number",
    k.FLAG: "flag", k.DATE: "date",
    k.ID: "person", k.IDS: "people", k.PLACE: "place", k.PICTURE: "picture",
    k.WORDS: "words", k.PHONE: "phone", k.LANGUAGE: "language", k.CHILDREN: "children",
}
# Widgets where a value is chosen, not typed.
CHOSEN = frozenset({"choice", "person", "people", "children", "language", "flag", "date"})
# Texts the book prints as a paragraph get a box of several lines.
LONG_TEXTS = frozenset({"text"})


@dataclass
class Field:
    """One value of the account, as the form shows it."""

    place: Place
    widget: str
    label: str
    value: Any
    key: Key | None = None
    help: str = ""
    example: str = ""
    options: tuple[tuple[str, str], ...] = ()
    problems: list[Problem] = field(default_factory=list)
    parts: list[Field] = field(default_factory=list)  # a group's own fields
    lang: str = ""       # the language it is typed in, in a book of two (``bilingual``)
    direction: str = ""  # and that language's direction: 'rtl' or 'ltr'

    @property
    def name(self) -> str:
        """Return the place as the form sends it: 'worried.0.text'."""
        return ".".join(str(step) for step in self.place)

    @property
    def id(self) -> str:
        """Return the id of the field's input: 'f-worried-0-text'."""
        return "f-" + "-".join(str(step) for step in self.place)

    @property
    def box(self) -> str:
        """Return the id of the box its problems are shown in: 'p-worried-0-text'."""
        return "p-" + "-".join(str(step) for step in self.place)


@dataclass
class Item:
    """A person, an item of a story list or a score: its fields, in the key table's order."""

    place: Place
    title: str
    fields: list[Field]
    number: int = 0
    count: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def id(self) -> str:
        """Return the id of the item's box: 'i-worried-0'."""
        return "i-" + "-".join(str(step) for step in self.place)

    @property
    def box(self) -> str:
        """Return the id of the box its own problems are shown in: 'p-worried-0'."""
        return "p-" + "-".join(str(step) for step in self.place)


@dataclass
class Group:
    """A part of the form: about the book, the people, or a part of the story."""

    key: str
    title: str
    intro: str
    fields: list[Field] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    add: str = ""
    problems: list[Problem] = field(default_factory=list)

    @property
    def box(self) -> str:
        """Return the id of the box its own problems are shown in: 'p-worried'."""
        return f"p-{self.key}"


@dataclass
class Form:
    """The whole form, and the problems that belong to no field."""

    groups: list[Group]
    problems: list[Problem]
    people: tuple[tuple[str, str], ...]


class FormMaker:
    """Makes the form of one account (``data``: the file's values as plain Python)."""

    def __init__(self, data: Mapping[str, Any], words: Words):
        self.data = data
        self.words = words
        given = data.get("people")
        people: dict[str, Any] = given if isinstance(given, dict) else {}
        self.people: dict[str, dict[str, Any]] = {
            str(pid): person if isinstance(person, dict) else {} for pid, person in people.items()}
        self.cast = tuple((pid, called(pid, p)) for pid, p in self.people.items())
        kids = [pid for pid, p in self.people.items() if p.get("role") == "child"]
        self.children = self.join([called(pid, self.people[pid]) for pid in kids])
        self.kids = tuple((pid, name) for pid, name in self.cast if pid in kids)
        self.chosen: dict[str, tuple[Key, tuple[tuple[str, str], ...]]] = {}
        self.languages = book_languages(data)

    def form(self) -> Form:
        """Return every group of the form, in the book's order."""
        groups = [self.book(), self.people_group()]
        groups += [self.scale() if key == "scale" else self.section(key) for key in BOOK_ORDER]
        return Form(groups, [], self.cast)

    def book(self) -> Group:
        """Return the fields about the book: the top keys but people and the story."""
        shown = [key for key in k.TOP_KEYS
                 if key.kind not in (k.PEOPLE, k.ITEMS, k.SCORES)]
        fields = [self.field((key.name,), key, self.data.get(key.name), "") for key in shown]
        fields = [f for f in fields if f.widget != "other" or f.value is not None]
        fields = [one for f in in_both(fields, self.languages, self.words)
                  for one in (language_fields(f, self.languages, self.words)
                              if f.place == ("language",) else (f,))]
        return Group("book", self.words("groups", "book", "title"),
                     self.words("groups", "book", "intro"), fields=fields)

    def people_group(self) -> Group:
        """Return a box for each person, with their looks."""
        items = []
        for number, (pid, person) in enumerate(self.people.items(), 1):
            fields = []
            for key in k.PERSON:
                if key.kind == k.LOOKS:
                    given = person.get("looks")
                    looks: dict[str, Any] = given if isinstance(given, dict) else {}
                    fields += [self.field(("people", pid, "looks", row.name), row,
                                          looks.get(row.name), "people")
                               for row in k.LOOKS_KEYS]
                else:
                    fields.append(self.field(("people", pid, key.name), key,
                                             person.get(key.name), "people",
                                             name=called(pid, person)))
            fields = in_both(fields, self.languages, self.words)
            fields += self.others(("people", pid), person, k.names(k.PERSON))
            items.append(Item(("people", pid), called(pid, person), fields, number,
                              len(self.people)))
        words = self.words
        return Group("people", words("groups", "people", "title"),
                     words("groups", "people", "intro"), items=items,
                     add=words("groups", "people", "add"))

    def section(self, section: str) -> Group:
        """Return a story list: a box for each item."""
        rows = k.entry_keys(section)
        entries = self.list_of(section)
        items = []
        for number, entry in enumerate(entries):
            values = entry if isinstance(entry, dict) else {"text": entry}
            who = values.get("who")
            first = who[0] if isinstance(who, list) and who else who
            name = called(str(first), self.people.get(str(first), {})) if first else ""
            fields = [self.field((section, number, row.name), row, values.get(row.name),
                                 section, name=name) for row in rows]
            for one in fields:
                one.parts = self.parts(one, values.get(one.place[-1]))
            # A key the form cannot change yet (a recording) is shown only when it is used.
            fields = [f for f in fields if f.widget != "other" or f.value is not None]
            fields = in_both(fields, self.languages, self.words)
            fields += self.others((section, number), values, k.names(rows))
            items.append(Item((section, number), self.words("item", "number",
                                                            group=self.words.label(section),
                                                            number=number + 1),
                              fields, number + 1, len(entries)))
        return self.group(section, items)

    def scale(self) -> Group:
        """Return the safety scale: a box for each person's number."""
        items = []
        scores = self.list_of("scale")
        for number, score in enumerate(scores):
            values = score if isinstance(score, dict) else {}
            fields = in_both([self.field(("scale", number, row.name), row,
                                         values.get(row.name), "scale") for row in k.SCORE],
                             self.languages, self.words)
            who = str(values.get("who") or "")
            title = called(who, self.people[who]) if who in self.people else \
                self.words("item", "number", group=self.words.label("scale"), number=number + 1)
            items.append(Item(("scale", number), title, fields, number + 1, len(scores)))
        return self.group("scale", items)

    def parts(self, whole: Field, value: Any) -> list[Field]:
        """Return the fields inside an item's feeling (one for each person) or picture
        (its place, time of day, and what each person does), chosen from lists."""
        if whole.widget not in ("choice", "picture") or whole.key is None \
                or whole.key.kind not in (k.FEELING, k.DRAWING):
            return []
        group: dict[str, Any] = value if isinstance(value, dict) else {}
        if whole.key.kind == k.FEELING:
            return [self.someone((*whole.place, pid), whole.key, group.get(pid), name)
                    for pid, name in self.cast]
        rows = {row.name: row for row in k.DRAWING_KEYS}
        parts = [self.field((*whole.place, name), rows[name], group.get(name), "picture")
                 for name in ("place", "time")]
        doing = group.get("doing")
        does: dict[str, Any] = doing if isinstance(doing, dict) else {}
        return parts + [self.someone((*whole.place, "doing", pid), rows["doing"],
                                     does.get(pid), name) for pid, name in self.cast]

    def someone(self, place: Place, key: Key, value: Any, name: str) -> Field:
        """Return a choice for one person: their feeling, or what they do."""
        shown = value if value is None or isinstance(value, str) else None
        if key.name not in self.chosen:  # made once: a form has hundreds of these
            kind = "feeling" if key.kind == k.FEELING else "action"
            self.chosen[key.name] = (replace(key, required=False), tuple(
                (c, self.words.choice(kind, c)) for c in key.choices))
        row, options = self.chosen[key.name]
        return Field(place, "choice", name, shown, row, options=options)

    def group(self, section: str, items: list[Item]) -> Group:
        """Return a story list's group with its words."""
        return Group(section, self.words("groups", section, "title"),
                     self.words("groups", section, "intro"), items=items,
                     add=self.words("groups", section, "add"))

    def list_of(self, section: str) -> list[Any]:
        """Return the items of a story list ([] when there are none)."""
        value = self.data.get(section)
        return value if isinstance(value, list) else ([] if value is None else [value])

    def field(self, place: Place, key: Key, value: Any, section: str, name: str = ""
              ) -> Field:
        """Return one field: its widget, label, explanation and choices."""
        widget = widget_of(key, value)
        if widget == "text" and key.name in LONG_TEXTS:
            widget = "area"
        explain, example = self.words.help(section, key.name, name, self.children)
        if widget in CHOSEN:  # an example of what to type, where nothing is typed
            example = ""
        if key.kind == k.DRAWING:
            value = drawing_file(value)
        if key.kind == k.FEELING and isinstance(value, dict):
            value = None  # a feeling per person: the one word for the children is unset
        if key.kind == k.PLACE and value is not None:
            value = self.words.choice("place", str(value)) if value in PLACES else value
        return Field(place, widget, self.words.label(key.name, section), value, key, explain,
                     example, self.options(key))

    def options(self, key: Key) -> tuple[tuple[str, str], ...]:
        """Return the choices of a field as (value, as shown)."""
        if key.kind == k.CHOICE and key.name == "role":
            return tuple((role, self.words.role(role)) for role in key.choices)
        if key.kind in (k.CHOICE, k.FEELING):
            return tuple((c, self.words.choice(key.name, c)) for c in key.choices)
        if key.kind == k.CHILDREN or (key.kind == k.IDS and key.name == "for"):
            return self.kids
        if key.kind in (k.ID, k.IDS, k.COVER):
            return self.cast
        if key.kind == k.PLACE:
            return tuple((p, self.words.choice("place", p)) for p in PLACES)
        if key.kind == k.LANGUAGE:
            from wordspictures.language.files import available_languages

            return tuple((code, self.words.choice("language", code))
                         for code in available_languages(self.words.templates))
        return ()

    def others(self, place: Place, values: Mapping[str, Any], known: Iterable[str]
               ) -> list[Field]:
        """Return the keys the table does not know (a typing mistake the loader points at),
        shown as they are so that the problem under them can be read."""
        return [Field((*place, str(name)), "other", str(name), value)
                for name, value in values.items() if name not in set(known)]

    def join(self, names: list[str]) -> str:
        """Return names as one phrase: 'Sam and Noor'."""
        if len(names) < 2:
            return "".join(names)
        return f"{', '.join(names[:-1])} {self.words('and')} {names[-1]}"


def widget_of(key: Key, value: Any) -> str:
    """Return the widget of a key with this value. The keys that take one simple value or
    a group of them (a feeling, or a feeling per person; a picture's file, or what the
    drawing shows) get the simple widget, with the group's own fields as its ``parts``
    (``FormMaker.parts``); a value of another shape is shown as text to be changed in the
    file. An item only for some children ('for') chooses from the children."""
    if key.kind == k.FEELING:
        return "choice" if value is None or isinstance(value, (str, dict)) else "other"
    if key.kind == k.DRAWING:
        return "picture" if value is None or isinstance(value, (str, dict)) else "other"
    if key.kind == k.COVER:
        return "people" if value is None or isinstance(value, list) else "other"
    if key.kind == k.IDS and key.name == "for":
        return "children"
    return WIDGETS.get(key.kind, "other")


def drawing_file(value: Any) -> Any:
    """Return the family's picture of an item's 'picture' (a file, or '{file: …}')."""
    return value.get("file") if isinstance(value, dict) else value


def called(pid: str, person: Mapping[str, Any]) -> str:
    """Return how the child calls a person (their name, their id when they have neither)."""
    return first_text(person.get("called")) or first_text(person.get("name")) or pid


def first_text(value: Any) -> str:
    """Return a text, or the first language's of a text per language (the main one: the
    form's people are named as in the main language)."""
    if isinstance(value, dict):
        return str(next(iter(value.values()), "") or "")
    return str(value or "")


def fields_of(form: Form) -> list[Field]:
    """Return every field of the form, in order (a group's parts after it)."""
    found = [f for g in form.groups for f in [*g.fields, *(f for i in g.items for f in i.fields)]]
    return [one for f in found for one in (f, *f.parts)]


def attach(form: Form, problems: Iterable[Problem],
           anchors: list[tuple[int, int, Place]]) -> None:
    """Put each problem under the field, item or group it points at; the rest (a problem
    of the whole story) goes to the form's own list."""
    targets: dict[Place, list[Problem]] = {}
    for group in form.groups:
        targets[(group.key,)] = group.problems
        for item in group.items:
            targets[item.place] = item.problems
    for one in fields_of(form):
        targets[one.place] = one.problems
    for problem in problems:
        place = anchor_at(problem, anchors)
        while place and place not in targets:
            place = place[:-1]
        targets.get(place, form.problems).append(problem)


def anchor_at(problem: Problem, anchors: list[tuple[int, int, Place]]) -> Place:
    """Return the place of the last key or value that starts at or before the problem."""
    if problem.mark is None:
        return ()
    import bisect

    at = bisect.bisect_right([(line, column) for line, column, _ in anchors],
                             (problem.mark.line, problem.mark.column))
    return anchors[at - 1][2] if at else ()
