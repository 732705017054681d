"""The form of a book in two languages (``language: [nl, ar]``): every text the book prints
(an item's or a score's text, the title, a person's name and how the child calls them) is
shown twice, the main language's field and under it the second's, labelled with that
language's name in the editor's words and typed in its own direction (``dir="rtl"`` for
Arabic and Persian), each sending its own place (``worried.0.text.ar``; the main one the text's own,
``worried.0.text``).

A text still written in one language (the story was made in one, or a new item) shows an
empty second field; the loader says under the first what is missing, and typing the
translation turns the text into ``{nl: …, ar: …}`` (``values.translation_seed``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from wordspictures.account import keys as k
from wordspictures.account.places import Place
from wordspictures.account.roundtrip import Draft
from wordspictures.commands.editor.values import BadRequest, languages_of
from wordspictures.commands.editor.words import Words

# A field of the form (``form.Field``, which reads this module: not imported here).
F = TypeVar("F", bound=Any)

# The kinds of value written in each of the book's languages.
TRANSLATED = frozenset({k.SAID, k.CALLED})


def main_text(value: Any, main: str) -> Any:
    """Return the main language's words of a text that may be one per language."""
    return value.get(main) if isinstance(value, dict) else value


def direction(language: str, templates: Path | None) -> str:
    """Return the way a language is written: 'rtl' or 'ltr' (its pack's language.yaml)."""
    from wordspictures.language.facts import facts_if_any

    facts = facts_if_any(language, templates)
    return "rtl" if facts is not None and facts.rtl else "ltr"


def in_both(fields: Sequence[F], languages: Sequence[str], words: Words) -> list[F]:
    """Return the fields with each text shown in both languages: the main one's field (at
    ``…text.nl`` once the text is one per language), then the second's."""
    if len(languages) != 2:
        return list(fields)
    main, second = languages
    shown: list[F] = []
    for one in fields:
        if one.key is None or one.key.kind not in TRANSLATED or one.place[-1] != one.key.name:
            shown.append(one)
            continue
        value, whole = one.value, one.place
        # The main field keeps the text's own place, whatever its shape (the editor
        # writes it under 'nl:' once there is one: ``values.in_main_language``), so that
        # the first translation typed changes no field's place.
        shown.append(replace(one, value=main_text(value, main), lang=main,
                             direction=direction(main, words.templates)))
        name = words("language_names", second)
        shown.append(replace(
            one, place=(*whole, second), label=words("item", "translation", language=name),
            value=value.get(second) if isinstance(value, dict) else None,
            help=words("item", "translation_help"), example="", problems=[], parts=[],
            lang=second, direction=direction(second, words.templates)))
    return shown


def language_fields(field: F, languages: Sequence[str], words: Words) -> list[F]:
    """Return the book's language fields: its language, and a second one to choose for a
    book in two (``language.1``; in a book of two the first is ``language.0``), so that
    changing one keeps the other."""
    two = len(languages) == 2
    first = replace(field, place=("language", 0) if two else field.place,
                    value=languages[0] if languages else field.value)
    second = replace(field, place=("language", 1), value=languages[1] if two else None,
                     problems=[], label=words("labels", "second_language"),
                     help=words("help", "second_language"), key=replace(field.key,
                                                                        required=False))
    return [first, second]


def text_places(draft: Draft) -> list[Place]:
    """Return the place of every text the book prints: the title, each person's name and
    how the child calls them, each item's and score's text."""
    places: list[Place] = [("title",)]
    places += [("people", pid, key) for pid in draft.people() for key in ("name", "called")]
    for section in (*k.SECTION_NAMES, "scale"):
        items = draft.value((section,))
        places += [(section, n, "text") for n in range(len(items))] \
            if isinstance(items, list) else []
    return places


def change_languages(draft: Draft, where: Place, code: str | None) -> None:
    """Set one of the book's languages (``language``, ``language.0``, ``language.1``) and
    keep every text as the loader will read it: a second language taken away leaves each
    text in the main one; a language renamed renames it in each text. A second language
    added leaves the texts as they are: each then shows its empty translation, and the
    check says under each which are still missing, until the interpreter has written them.
    """
    now = languages_of(draft)
    wanted = list(now)
    if where == ("language",) or where == ("language", 0):
        if code is None or code in now[1:]:
            raise BadRequest("the main language is needed, and not twice")
        wanted[0] = code
    elif code is None:
        wanted = wanted[:1]
    elif code in now[:1]:
        raise BadRequest("the second language is another one")
    else:
        wanted = [*wanted[:1], code]
    renamed = dict(zip(now, wanted, strict=False))
    for place in text_places(draft):
        value = draft.value(place)
        if not isinstance(value, dict):
            continue
        if len(wanted) == 1:
            draft.set(place, value.get(now[0]) or next(iter(value.values()), None))
        elif renamed != {c: c for c in now}:
            draft.set(place, {renamed.get(str(c), str(c)): v for c, v in value.items()})
    draft.set(("language",), wanted if len(wanted) == 2 else wanted[0])
