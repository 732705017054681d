"""Which items a book for one child tells: an item only for other children (``for:``) is
left out of it, and the build says so, naming the item's line."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from wordspictures.account.model import Account
from wordspictures.problems import WARNING, Problem


def items_for(account: Account, child: str) -> tuple[Account, list[Problem]]:
    """Return the account without the items that are only for other children than
    ``child``, and a warning for each item left out."""
    left_out: list[Problem] = []
    sections: dict[str, Any] = {}
    name = account.person(child).called
    for section, entries in account.entries():
        kept = []
        for entry in entries:
            if entry.only_for and child not in entry.only_for:
                others = ", ".join(account.person(pid).called for pid in entry.only_for)
                left_out.append(Problem(
                    f"left out of the book for {name}: this item of '{section}' is only for "
                    f"{others}", "take away its 'for:' to tell it in every child's book",
                    entry.mark, severity=WARNING))
            else:
                kept.append(entry)
        sections[section] = tuple(kept)
    return replace(account, **sections), left_out
