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


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return ``did you mean 'x'?`` for the closest choice, or '' when none is close."""
    choices = list(choices)
    translated = TRANSLATIONS.get(word.lower())
    if translated in choices:
        return f"did you mean '{translated}'?"
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""
