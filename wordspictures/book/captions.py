"""The quiet line over an event or a rule: only what its words and its picture leave out.

The picture shows who is there (everyone labelled) and when (a clock, a calendar sheet).
The words often say both again ("On Saturday 3 March, …"). So the line says a rule's
doers only where the sentence does not name them, and a 'when' only where the sentence
does not say it and the event before did not say the same date: a date is said once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wordspictures.book.clock import read_month, read_when
from wordspictures.language.facts import Facts

Told = frozenset[tuple[str, object]]
# What a 'when' may add after the 'when' before it that it starts with.
JOINERS = " ,;:-–—"


def told(text: str, facts: Facts) -> Told:
    """Return what a text says of time: the clock time, weekdays, day and month of a
    date, and morning or evening. A year is left out: no sentence of a book says it."""
    when = read_when(text, facts)
    said: set[tuple[str, object]] = {("day", day) for day in when.days}
    for name, value in (("time", when.time), ("date", when.date),
                        ("month", read_month(text, facts)), ("daytime", when.daytime)):
        if value is not None:
            said.add((name, value))
    return frozenset(said)


def untold_when(when: str | None, text: str, facts: Facts, before: str | None = None,
                ) -> str | None:
    """Return what of an item's ``when`` its line must say, or None.

    None when the item's words say it: every clock time, day and date the 'when' names is
    in them, and so are its words, bar one in three ('elke zaterdag als mama werkt' over
    'Op zaterdag als mama werkt, …'). What the ``when`` before it said (the event before,
    on the same day) counts as said: a date is said once. A 'when' that starts with the
    one before says only its rest ('…, at six')."""
    if not when:
        return None
    known = told(text, facts)
    if before:
        known |= {fact for fact in told(before, facts) if fact[0] != "time"}
    words = re.findall(r"[^\W\d_]{3,}", when.lower())
    missing = [w for w in words if w not in plain(text) and w not in plain(before)]
    if told(when, facts) <= known and len(missing) <= len(words) // 3:
        return None
    first, last = when.strip(), (before or "").strip()
    if last and first.lower().startswith(last.lower()):
        return first[len(last):].lstrip(JOINERS) or None
    return first


def untold_people(who: Sequence[str], named: Sequence[str]) -> list[str]:
    """Return the ids of a rule's doers its sentence does not name, in order."""
    return [pid for pid in who if pid not in named]


def plain(text: str | None) -> str:
    """Return text lower-cased with its spaces made single, for comparing."""
    return re.sub(r"\s+", " ", (text or "").lower()).strip()
