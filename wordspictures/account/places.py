"""Where each value of an account is, and which row of the key table it is.

A value is named by its place: ``("worried", 0, "text")``, ``("people", "sam", "looks",
"hair")``. The editor sends places, shows each problem at the place it points into
(``anchors``), and writes new text the way the loader reads it back (``reads_back``).
"""

from __future__ import annotations

from collections.abc import Sequence

import yaml

from wordspictures.account.keys import (
    CALLED,
    DRAWING_KEYS,
    LOOKS_KEYS,
    PERSON,
    SAID,
    SCORE,
    SECTION_NAMES,
    TOP_KEYS,
    Key,
    entry_keys,
    names,
)

Step = str | int
Place = tuple[Step, ...]


def reads_back(text: str, flow: bool) -> bool:
    """Return True when the loader reads ``text`` written without quotes as that text."""
    places = ["k: {}", "- {}"] + (["{{k: {}}}"] if flow else [])
    wanted: list[object] = [{"k": text}, [text], {"k": text}]
    try:
        return all(yaml.safe_load(place.format(text)) == wanted[number]
                   for number, place in enumerate(places))
    except yaml.YAMLError:
        return False


def key_order(path: Place) -> Sequence[str]:
    """Return the order the keys of the mapping at ``path`` are documented in."""
    if not path:
        return names(TOP_KEYS)
    if path[0] == "people":
        return names(LOOKS_KEYS if len(path) > 2 else PERSON)
    if path[0] == "scale":
        return names(SCORE)
    if path[0] in SECTION_NAMES and path[2:] == ("picture",):
        return names(DRAWING_KEYS)
    if path[0] in SECTION_NAMES:
        return names(entry_keys(str(path[0])))
    return ()


Anchor = tuple[int, int, Place]
Span = tuple[int, int]


def anchors(text: str) -> list[Anchor]:
    """Return where each key and value of the account starts: (line, column, place), both
    1-based as a ``Mark``, in file order, so a problem found at a line and column can be
    shown at the field it is about."""
    return positions(text)[0]


def positions(text: str) -> tuple[list[Anchor], dict[Place, Span]]:
    """Return the ``anchors`` of the account and, for each value that is one piece of text
    (a scalar), where it starts and ends in ``text`` (character indexes)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.YAMLError:
        return [], {}
    found: list[Anchor] = []
    spans: dict[Place, Span] = {}

    def visit(node: yaml.Node, place: Place) -> None:
        found.append((node.start_mark.line + 1, node.start_mark.column + 1, place))
        if isinstance(node, yaml.ScalarNode):
            spans[place] = (node.start_mark.index, node.end_mark.index)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    here = (*place, str(key.value))
                    found.append((key.start_mark.line + 1, key.start_mark.column + 1, here))
                    visit(value, here)
        elif isinstance(node, yaml.SequenceNode) and (not place or place[0] != "allow"):
            for number, item in enumerate(node.value):
                visit(item, (*place, number))

    if root is not None:
        visit(root, ())
    return sorted(found, key=lambda a: (a[0], a[1])), spans


def key_row(place: Place) -> Key | None:
    """Return the key table's row of the value at a place, or None."""
    if not place:
        return None
    top = {k.name: k for k in TOP_KEYS}
    if len(place) == 1:
        return top.get(str(place[0]))
    if place[0] == "language" and len(place) == 2:  # one of a book's two languages
        return top["language"]
    # A text in one of the book's languages ('worried', 0, 'text', 'ar'): the text's row;
    # the caller checks that the step is one of the book's languages.
    whole = key_row(place[:-1])
    if whole is not None and whole.kind in (SAID, CALLED) and isinstance(place[-1], str):
        return whole
    head, last = place[0], place[-1]
    rows: tuple[Key, ...] = ()
    if head == "people":
        rows = LOOKS_KEYS if len(place) == 4 else PERSON
    elif head == "scale":
        rows = SCORE
    elif head in SECTION_NAMES:
        return item_row(str(head), place[2:])
    return next((k for k in rows if k.name == last), None)


def item_row(section: str, steps: Place) -> Key | None:
    """Return the row of a value inside a story item: its own key ('feeling'), a person's
    feeling ('feeling', 'noor'), a key of what its drawing shows ('picture', 'time'), or
    what a person does in it ('picture', 'doing', 'papa'). A person's step is any id: the
    caller checks that they are in the story."""
    rows = {k.name: k for k in entry_keys(section)}
    drawing = {k.name: k for k in DRAWING_KEYS}
    if len(steps) == 1:
        return rows.get(str(steps[0]))
    if len(steps) == 2 and steps[0] == "feeling":
        return rows["feeling"]
    if len(steps) == 2 and steps[0] == "picture":
        return drawing.get(str(steps[1]))
    if len(steps) == 3 and steps[:2] == ("picture", "doing"):
        return drawing["doing"]
    return None
