"""Read a safety-plan rule's 'when' into what a picture can show: an hour on a clock face,
days on a calendar, morning or evening. Anything else ("every time Dad feels angry") gives
none of these.

The words are the language's (``language.yaml``: its hours as words, how it says a time,
its weekdays); a time written as 8:30 or 20.00 is read in any language.
"""

from __future__ import annotations

import re
from functools import cache

from wordspictures.book.pages import When
from wordspictures.language.facts import ClockWords, Facts

DIGITS = re.compile(r"\b(\d{1,2})[:.](\d{2})\b")  # 8:30, 20.00


def read_when(text: str, facts: Facts) -> When:
    """Return what a rule's 'when' says in clock time, days, part of the day and date."""
    time = read_time(text, facts.clock)
    return When(text, time, read_days(text, facts), read_daytime(text, facts.clock, time),
                read_date(text, facts))


def read_date(text: str, facts: Facts) -> int | None:
    """Return the day of the month of a date written with the month's name ('3 maart',
    'March 3'), or None."""
    months = "|".join(re.escape(m.lower()) for m in facts.months)
    found = re.search(rf"\b([12]?\d|3[01])\.?\s+(?:{months})\b|\b(?:{months})\s+([12]?\d|3[01])\b",
                      text.lower())
    if not found:
        return None
    return int(found.group(1) or found.group(2))


def read_month(text: str, facts: Facts) -> int | None:
    """Return the month (1-12) of a date written with the month's name, or None ('may'
    alone is no date: the month counts only beside a day's number)."""
    names = [m.lower() for m in facts.months]
    months = "|".join(re.escape(m) for m in names)
    found = re.search(rf"\b(?:[12]?\d|3[01])\.?\s+({months})\b|\b({months})\s+(?:[12]?\d|3[01])\b",
                      text.lower())
    return names.index(found.group(1) or found.group(2)) + 1 if found else None


@cache
def time_patterns(clock: ClockWords) -> tuple[tuple[re.Pattern[str], int, int, bool], ...]:
    """Return each way of saying a time as a pattern, with its hour shift and minutes."""
    words = sorted((word for word, _ in clock.numbers), key=len, reverse=True)
    number = r"(\d{1,2}|" + "|".join(re.escape(word) for word in words) + r")"
    return tuple((re.compile(r"\b" + said.say.replace("{n}", number) + r"\b"), said.hour,
                  said.minute, said.afternoon) for said in clock.times)


def read_time(text: str, clock: ClockWords) -> tuple[int, int] | None:
    """Return (hour 0-23, minute) named in the text, or None when it names no clock time."""
    low = text.lower()
    found = DIGITS.search(low)
    if found and int(found.group(1)) <= 23 and int(found.group(2)) <= 59:
        return int(found.group(1)), int(found.group(2))
    for pattern, shift, minute, afternoon in time_patterns(clock):
        found = pattern.search(low)
        if not found:
            continue
        word = found.group(1)
        hour = int(word) if word.isdigit() else dict(clock.numbers)[word]
        if afternoon and hour < 12:
            hour += 12
        hour = (hour + shift) % 24
        return (hour if hour or shift else 12), minute
    return None


def read_days(text: str, facts: Facts) -> tuple[int, ...]:
    """Return the weekdays (0 = Monday) the text names; all seven for 'every day'."""
    low = text.lower()
    if any(word in low for word in facts.clock.every_day):
        return tuple(range(7))
    days = {i for i, name in enumerate(facts.weekdays) if name.lower() in low}
    if any(word in low for word in facts.clock.weekend):
        days |= {5, 6}
    return tuple(sorted(days))


def read_daytime(text: str, clock: ClockWords, time: tuple[int, int] | None) -> str | None:
    """Return 'morning' or 'evening' when the words (or a 24-hour time) say so, else None."""
    low = text.lower()
    # '5 uur' may be morning or afternoon: only words and 24-hour times decide.
    if any(word in low for word in clock.evening) or (time is not None and time[0] >= 18):
        return "evening"
    if any(word in low for word in clock.morning):
        return "morning"
    return None
