"""The nearest right word for one typed wrong: 'did you mean …?', also when a caseworker
typed the Dutch word for one of the format's English keys or values."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

# Words caseworkers type in their own language where the format wants an English key.
TRANSLATIONS = {
    "hij": "he", "zij": "she", "ze": "she", "hen": "they", "die": "they", "him": "he",
    "her": "she", "them": "they", "moeder": "mother", "vader": "father", "kind": "child",
    "oma": "grandmother", "opa": "grandfather", "tante": "aunt", "oom": "uncle",
    "juf": "teacher", "meester": "teacher", "leraar": "teacher", "buurvrouw": "neighbour",
    "buurman": "neighbour", "thuis": "home", "keuken": "kitchen", "school": "school",
    "slaapkamer": "bedroom", "woonkamer": "living_room", "blij": "happy",
    "verdrietig": "sad", "bang": "scared", "bange": "scared", "boos": "angry", "bezorgd": "worried",
    "rustig": "calm", "tekst": "text", "wie": "who", "wanneer": "when", "waar": "where",
    "gevoel": "feeling", "naam": "name", "rol": "role", "leeftijd": "age",
    "concept": "draft", "definitief": "final", "taal": "language", "titel": "title",
    "datum": "date", "mensen": "people", "neighbor": "neighbour",
}


def closest(word: str, choices: Iterable[str]) -> str | None:
    """Return the choice the word was meant to be (its translation first), or None."""
    choices = list(choices)
    meant = translated(word, choices)
    if meant:
        return meant
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def translated(word: str, choices: Iterable[str]) -> str | None:
    """Return the English word of the format that ``word`` translates, when it is one of
    the choices ('mensen' → 'people'), or None."""
    meant = TRANSLATIONS.get(word.lower())
    return meant if meant in set(choices) else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return ``did you mean 'x'?`` (in English) for the closest choice, or ''."""
    close = closest(word, choices)
    return f"did you mean '{close}'?" if close else ""
