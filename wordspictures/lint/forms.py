"""Every form of a word, for the terms written with ``~`` ('~slaan': slaat, sloeg, geslagen).

A rule file lists a word once, as a trainer would say it, instead of each of its forms by
hand. The forms come from simplemma's dictionaries (form → lemma, nl and en among its
languages), read backwards: every form whose lemma is the word, and the forms of those (a
diminutive's plural: tik → tikje → tikjes). Reading a dictionary takes half a second, so the
forms of one rule file's words are kept in the cache folder, named by a hash of the words and
simplemma's version; a check after the first reads a small JSON file instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from wordspictures.language.terms import LEMMA
from wordspictures.system.cache import cache_subfolder

CACHE = "word-forms"


def lemma_words(data: Any) -> Iterator[str]:
    """Yield every ``~word`` written in the rule data (in terms, sets, anywhere)."""
    if isinstance(data, str):
        for word in data.split():
            if word.startswith(LEMMA) and len(word) > 1:
                yield word
    elif isinstance(data, dict):
        for value in data.values():
            yield from lemma_words(value)
    elif isinstance(data, list):
        for value in data:
            yield from lemma_words(value)


def simplemma_version() -> str:
    """Return a mark of the installed simplemma ('' when it is missing): where it is and the
    time of its folder, so a new simplemma makes new forms. (Its version would need
    importlib.metadata or simplemma itself: 20-80 ms of imports at every start.)"""
    spec = importlib.util.find_spec("simplemma")
    if spec is None or not spec.origin:
        return ""
    try:
        return f"{spec.origin}:{int(os.stat(spec.origin).st_mtime)}"
    except OSError:
        return spec.origin


def read_pairs(language: str) -> list[tuple[bytes, bytes]]:
    """Return simplemma's (form, lemma) pairs of a language as bytes ([] if it has none).

    simplemma keeps them as bytes and decodes each on access; reading its bytes directly
    (a private function, so the public mapping stays as the way back) takes a tenth of the
    time of going through 370,000 Dutch entries one string at a time.
    """
    try:
        from simplemma.strategies.dictionaries import dictionary_factory as factory
    except ImportError:  # pragma: no cover - simplemma is a dependency
        return []
    try:
        raw = getattr(factory, "_load_dictionary_from_disk", None)
        if raw is not None:
            return list(raw(language).items())
        found = factory.DefaultDictionaryFactory().get_dictionary(language)
        return [(form.encode(), lemma.encode()) for form, lemma in found.items()]
    except (ValueError, OSError):
        return []


def invert(pairs: list[tuple[bytes, bytes]], lemmas: Iterable[str]) -> dict[str, list[str]]:
    """Return each lemma's forms: the word itself, the forms whose lemma it is, and theirs
    (a diminutive's plural: tik → tikje → tikjes)."""
    wanted = {lemma.lower().encode() for lemma in lemmas}
    first = forms_of(pairs, wanted)
    second = forms_of(pairs, {form for forms in first.values() for form in forms})
    out = {}
    for lemma in wanted:
        forms = {lemma} | first.get(lemma, set())
        for form in list(forms):
            forms |= second.get(form, set())
        out[lemma.decode()] = sorted(f.decode() for f in forms)
    return out


def forms_of(pairs: list[tuple[bytes, bytes]], lemmas: set[bytes]) -> dict[bytes, set[bytes]]:
    """Return the forms (lower case) of each of the lemmas, from one pass over the pairs."""
    found: dict[bytes, set[bytes]] = {}
    for form, lemma in pairs:
        lemma = lemma.lower()
        if lemma in lemmas:
            found.setdefault(lemma, set()).add(form.lower())
    return found


def cache_name(language: str, lemmas: list[str]) -> str:
    """Return the cache file name for these words of a language with this simplemma."""
    key = json.dumps([language, simplemma_version(), lemmas]).encode()
    return f"{language}-{hashlib.sha256(key).hexdigest()[:20]}.json"


def word_forms(language: str, words: Iterable[str]) -> dict[str, list[str]]:
    """Return the sets ``{'~word': [forms]}`` for the ``~words`` of a language's rules."""
    lemmas = sorted({w[len(LEMMA):].lower() for w in words})
    if not lemmas:
        return {}
    folder = cache_subfolder(CACHE)
    name = cache_name(language, lemmas)
    if folder is not None:
        try:
            kept = json.loads((folder / name).read_text(encoding="utf-8"))
            return {LEMMA + k: v for k, v in kept.items()}
        except (OSError, ValueError):
            pass
    forms = invert(read_pairs(language), lemmas)
    if folder is not None:
        part = folder / f".{name}.{os.getpid()}.part"
        # Written whole, then renamed: another check never reads half a file.
        with contextlib.suppress(OSError):  # the cache is only a shortcut
            part.write_text(json.dumps(forms, ensure_ascii=False), encoding="utf-8")
            part.replace(folder / name)
    return {LEMMA + k: v for k, v in forms.items()}
