"""What the form sends, turned into the account's values, by the kind of each key.

The form's own widgets only send what the key allows (a choice from its list, people from
the cast). A request that sends anything else did not come from the form: it is refused
before anything is changed. What a caseworker may type wrong (an age of 200, an empty
name) is saved as typed and shown under its field, as ``check`` shows it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from wordspictures.account import keys as k
from wordspictures.account.keys import Key
from wordspictures.account.places import Place, key_row
from wordspictures.account.roundtrip import Draft

SPACES = re.compile(r"\s+")
NUMBER = re.compile(r"^-?\d{1,6}$")
TEXT_KINDS = frozenset({k.TEXT, k.SAID, k.CALLED, k.PLACE, k.PHONE})


class BadRequest(ValueError):
    """A request the form cannot have sent."""


def place_of(name: str, draft: Draft) -> Place:
    """Return the place a field's name stands for ('worried.0.text'), checked against
    the file: its items and people must exist, its key must be in the key table."""
    steps: list[str | int] = [int(s) if s.isdigit() else s for s in name.split(".")]
    place = tuple(steps)
    row = key_row(place) if place else None
    if row is None or row.kind == k.DOING and len(place) != 5:  # what one person does
        raise BadRequest(f"no field '{name}'")
    head = place[0]
    translated = row.kind in (k.SAID, k.CALLED) and place[-1] != row.name
    if translated or head == "language" and len(place) == 2:
        if place[-1] not in range(2) and place[-1] not in languages_of(draft):
            raise BadRequest(f"no language of the book in '{name}'")
        if head == "language" or len(place) == 2:  # a language, or the title in one
            return place
    if len(place) > 1 and head == "people":
        if place[1] not in draft.people() or (len(place) == 4 and place[2] != "looks"
                                              and not translated):
            raise BadRequest(f"no person in '{name}'")
    elif len(place) > 1:
        items = draft.value((head,))
        if not isinstance(place[1], int) or not isinstance(items, list) \
                or not 0 <= place[1] < len(items):
            raise BadRequest(f"no item in '{name}'")
        # a person's feeling, or what they do in the drawing: someone in the story
        if place[2:3] == ("feeling",) and len(place) == 4 or len(place) == 5 and not translated:
            person(str(place[-1]), draft)
    return place


def value_for(place: Place, given: Sequence[str], draft: Draft,
              places: Mapping[str, str] | None = None) -> Any:
    """Return the account's value for what a field sent (None: take the key away).

    ``places`` are the words for the place kinds ('keuken' is kitchen): a place typed as
    one of them is saved as its kind, so the drawing knows it.
    """
    key = key_row(place)
    assert key is not None  # place_of checked it
    one = given[-1] if given else ""
    if key.kind == k.PLACE and places:
        typed = SPACES.sub(" ", one).strip()
        return places.get(" ".join(typed.casefold().split()), typed)
    if key.kind in TEXT_KINDS:
        return SPACES.sub(" ", one).strip()
    if key.kind in (k.CHOICE, k.FEELING, k.DOING):  # a word, a person's word, an action
        return choice(key, one)
    if key.kind == k.LANGUAGE:
        from wordspictures.language.files import available_languages

        if place == ("language", 1) and not one:  # no second language: a book in one
            return None
        if one not in available_languages():
            raise BadRequest(f"no language '{one}'")
        return one
    if key.kind == k.WHOLE:
        return int(one) if NUMBER.match(one.strip()) else (one.strip() or None)
    if key.kind == k.FLAG:
        return True if one == "true" else None
    if key.kind == k.DATE:
        return date(one)
    if key.kind == k.ID:
        return person(one, draft) if one else None
    if key.kind in (k.IDS, k.CHILDREN, k.COVER):
        return [person(pid, draft) for pid in dict.fromkeys(given) if pid]
    raise BadRequest(f"'{key.name}' is not changed in the form")


def book_languages(data: Mapping[str, Any]) -> tuple[str, ...]:
    """Return the languages the file names: one, or two for a book in two (main first)."""
    value = data.get("language")
    if isinstance(value, list):
        return tuple(str(v) for v in value if isinstance(v, str))
    return (value,) if isinstance(value, str) and value else ()


def languages_of(draft: Draft) -> tuple[str, ...]:
    """Return the book's languages as the draft's file names them (``book_languages``)."""
    return book_languages({"language": draft.value(("language",))})


def in_main_language(place: Place, draft: Draft) -> Place:
    """Return where a text's main field writes: the text itself ('worried.0.text'), or
    in a text written per language its main language's words ('worried.0.text.nl')."""
    row = key_row(place)
    if row is None or row.kind not in (k.SAID, k.CALLED) or place[-1] != row.name:
        return place
    languages = languages_of(draft)
    if not isinstance(draft.value(place), dict) or not languages:
        return place
    return (*place, languages[0])


def translation_seed(place: Place, draft: Draft) -> tuple[Place, dict[str, Any]] | None:
    """Return where a text becomes a text per language, and what it becomes, before its
    translation is first typed ('Mama' → '{nl: Mama}', then 'ar' is set in it); None when
    the place is no translation or the text is one already."""
    row = key_row(place)
    if row is None or row.kind not in (k.SAID, k.CALLED) or place[-1] == row.name:
        return None
    now, languages = draft.value(place[:-1]), languages_of(draft)
    item = draft.value(place[:2]) if place[0] in k.SECTION_NAMES else None
    if isinstance(item, str) and item:  # '- Juf zag het.': the item is its text
        return place[:2], {"text": {languages[0]: item}}
    if isinstance(now, dict) or not now or not languages:
        return None
    return place[:-1], {languages[0]: now}


def choice(key: Key, value: str) -> str | None:
    """Return a choice from the key's list ('' takes it away)."""
    if value and value not in key.choices:
        raise BadRequest(f"'{value}' is not a choice of '{key.name}'")
    return value or None


def date(value: str) -> dt.date | None:
    """Return the date a date field sends (year-month-day)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"'{value}' is not a date") from None


def person(pid: str, draft: Draft) -> str:
    """Return a person's id, which must be someone in the story."""
    if pid not in draft.people():
        raise BadRequest(f"'{pid}' is not someone in the story")
    return pid


def grown(place: Place, draft: Draft, children: Sequence[str]) -> dict[str, Any] | None:
    """Return what an item's 'feeling' or 'picture' becomes before a value inside it is
    set, when it is one value now: a feeling word becomes that word for each child the
    item is about (``children``: the story's children; those ticked under 'who' when
    any are), so no face changes; a picture's file becomes its 'file'. None: nothing to
    grow (it is a group already, or not there)."""
    if len(place) < 4 or place[0] == "people":
        return None
    now = draft.value(place[:3])
    if not isinstance(now, str) or not now:
        return None
    if place[2] == "picture":
        return {"file": now}
    who = draft.value((*place[:2], "who"))
    ticked = [who] if isinstance(who, str) else (who if isinstance(who, list) else [])
    about = [pid for pid in children if pid in ticked] or list(children)
    return {pid: now for pid in about}


def where_named(draft: Draft, pid: str) -> list[str]:
    """Return the keys of the story that still name a person: 'for', 'worried', …"""
    named = []
    for key in ("for", "made_by"):
        value = draft.value((key,))
        if value == pid or (isinstance(value, list) and pid in value):
            named.append(key)
    for section in (*k.SECTION_NAMES, "scale"):
        items = draft.value((section,))
        for item in items if isinstance(items, list) else []:
            who = item.get("who") if isinstance(item, dict) else None
            if who == pid or (isinstance(who, list) and pid in who):
                named.append(section)
                break
    return named
