"""Read a safety-plan rule's 'when' (Dutch or English words) into a clock time or days.

Only what a picture can show: an hour on a clock face, days on a calendar, morning or
evening. Anything else ("every time Dad feels angry") gives none of these.
"""

from __future__ import annotations

import re

NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
}
DAYS = (
    ("monday", "maandag"), ("tuesday", "dinsdag"), ("wednesday", "woensdag"),
    ("thursday", "donderdag"), ("friday", "vrijdag"), ("saturday", "zaterdag"),
    ("sunday", "zondag"),
)
EVERY_DAY = ("every day", "each day", "daily", "elke dag", "iedere dag", "dagelijks")
WEEKEND = ("weekend",)
MORNING = ("morning", "ochtend", "morgen", "'s morgens", "breakfast", "ontbijt")
EVENING = ("evening", "night", "avond", "nacht", "bedtime", "bedtijd")

NUMBER = r"(\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"


def to_number(word: str) -> int:
    """Return the number a digit string or number word stands for."""
    return int(word) if word.isdigit() else NUMBERS[word]


def read_time(text: str) -> tuple[int, int] | None:
    """Return (hour 0-23, minute) named in the text, or None when it names no clock time."""
    low = text.lower()
    patterns: tuple[tuple[str, int, int], ...] = (
        (r"\b(\d{1,2})[:.](\d{2})\b", 0, -1),        # 8:30, 20.00
        (rf"\bhalf past {NUMBER}\b", 0, 30),
        (rf"\bquarter past {NUMBER}\b", 0, 15),
        (rf"\bquarter to {NUMBER}\b", -1, 45),
        (rf"\bkwart over {NUMBER}\b", 0, 15),
        (rf"\bkwart voor {NUMBER}\b", -1, 45),
        (rf"\bhalf {NUMBER}\b", -1, 30),             # Dutch: 'half acht' is 7:30
        (rf"\b{NUMBER} o'?clock\b", 0, 0),
        (rf"\b{NUMBER} ?uur\b", 0, 0),
        (rf"\b{NUMBER} ?(am|pm)\b", 0, 0),
        (rf"\bat {NUMBER}\b", 0, 0),
        (rf"\bom {NUMBER}\b", 0, 0),
    )
    for pattern, hour_shift, minute in patterns:
        found = re.search(pattern, low)
        if not found:
            continue
        hour = to_number(found.group(1))
        if minute < 0:
            minutes = int(found.group(2))
            if hour > 23 or minutes > 59:
                continue
            return hour, minutes
        if found.lastindex and found.lastindex >= 2 and found.group(2) == "pm" and hour < 12:
            hour += 12
        hour = (hour + hour_shift) % 24
        return (hour if hour or hour_shift else 12), minute
    return None


def read_days(text: str) -> tuple[int, ...]:
    """Return the weekdays (0 = Monday) the text names; all seven for 'every day'."""
    low = text.lower()
    if any(word in low for word in EVERY_DAY):
        return tuple(range(7))
    days = {i for i, names in enumerate(DAYS) if any(name in low for name in names)}
    if any(word in low for word in WEEKEND):
        days |= {5, 6}
    return tuple(sorted(days))


def read_daytime(text: str, time: tuple[int, int] | None) -> str | None:
    """Return 'morning' or 'evening' when the words (or a 24-hour time) say so, else None."""
    low = text.lower()
    # '5 uur' may be morning or afternoon: only words and 24-hour times decide.
    if any(word in low for word in EVENING) or (time is not None and time[0] >= 18):
        return "evening"
    if any(word in low for word in MORNING):
        return "morning"
    return None
