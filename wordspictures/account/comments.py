"""The comments of an account that hang after a list or a mapping, kept in place.

ruamel.yaml (``roundtrip``) keeps a comment with the value before it: the explanation
above 'worried:' hangs on the last item of the list before it. When that item moves or
goes, the comment must stay where it was in the file: it is taken before the change and
given to whatever is last after it. These functions see ruamel's objects only as the
dicts and lists they are, with their comments in ``ca`` and their style in ``fa``.
"""

from __future__ import annotations

from typing import Any

from wordspictures.account.places import Step


def is_block(node: Any) -> bool:
    """Return True for a mapping or list written one item a line (not in '{ … }')."""
    style = getattr(node, "fa", None)
    return isinstance(node, (dict, list)) and style is not None and not style.flow_style()


def last_slot(node: Any) -> tuple[Any, Step] | None:
    """Return the container and key of the deepest last value a trailing comment hangs on."""
    if not is_block(node) or not len(node):
        return None
    key: Step = list(node)[-1] if isinstance(node, dict) else len(node) - 1
    deeper = last_slot(node[key])
    return deeper if deeper is not None else (node, key)


def take_tail(node: Any) -> Any:
    """Return and take away the comment after the end of ``node`` (None when none)."""
    slot = last_slot(node)
    if slot is None:
        return None
    owner, key = slot
    entry = owner.ca.items.get(key)
    where = 2 if isinstance(owner, dict) else 0
    if not entry or entry[where] is None:
        return None
    comment, entry[where] = entry[where], None
    return comment


def put_tail(node: Any, comment: Any, key: str | None = None) -> None:
    """Hang a comment taken by ``take_tail`` after the end of ``node`` (or, for an empty
    list, after its key ``key`` in the mapping ``node``)."""
    if comment is None:
        return
    slot = (node, key) if key is not None else last_slot(node)
    if slot is None:
        return
    owner, step = slot
    where = 2 if isinstance(owner, dict) else 0
    entry = owner.ca.items.setdefault(step, [None, None, None, None])
    if entry[where] is None:
        entry[where] = comment
    else:
        entry[where].value = entry[where].value + comment.value.split("\n", 1)[-1]


def shift_comments(items: Any, removed: int) -> None:
    """Move the comments of the items after a removed one up with their items."""
    moved = {(k - 1 if k > removed else k): v for k, v in items.ca.items.items()
             if k != removed}
    items.ca.items.clear()
    items.ca.items.update(moved)
