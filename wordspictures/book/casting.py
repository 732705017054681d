"""Who looks how in one book: whether the drawings show a woman or a man, who is old, and
clothes colours that nobody else in the book wears.

These are book-wide choices, made once from the account and the language's words, so a
person looks the same on every page: ``Figure`` carries them into every scene.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wordspictures.account.model import Account, Person
from wordspictures.account.vocabulary import CLOTHES
from wordspictures.book.picture_words import PictureWords, load_picture_words
from wordspictures.language.messages import Messages
from wordspictures.language.terms import WORD
from wordspictures.problems import Problem

WOMEN = frozenset({"mother", "stepmother", "foster_mother", "grandmother", "aunt", "sister"})
MEN = frozenset({"father", "stepfather", "foster_father", "grandfather", "uncle", "brother"})
ELDERS = frozenset({"grandmother", "grandfather"})
# A uniform keeps its colour, and nobody else in the book wears it. These colours are the
# drawings' own: an account cannot choose them.
UNIFORMS = {"police": "navy", "doctor": "coat", "nurse": "scrubs"}
# Colours given to people the account does not dress: the cheerful ones first, then more,
# so that a book of a dozen people still has a colour for each.
SPARE = ("red", "orange", "yellow", "green", "blue", "purple", "pink", "teal", "lime", "rose",
         "sky", "mustard", "lilac", "brown", "grey")


@dataclass(frozen=True)
class Cast:
    """The book-wide looks of everyone: gender (she, he or None), old or not, clothes."""

    genders: dict[str, str | None]
    elders: frozenset[str]
    clothes: dict[str, str]
    problems: tuple[Problem, ...]


def cast_people(people: Sequence[Person], words: PictureWords, language: str = "en") -> Cast:
    """Return everyone's look cues and clothes, and a warning (in the account's language)
    for each person whose gender nothing tells: the drawing then gives them a look that
    could be either."""
    genders = {p.id: gender_of(p, words) for p in people}
    elders = frozenset(p.id for p in people if p.role in ELDERS or
                       words.elder & set(title_words(p)))
    say = Messages(language)
    problems = tuple(say.problem("picture.either_look", p.mark, warning=True, called=p.called,
                                 id=p.id)
                     for p in people if genders[p.id] is None)
    return Cast(genders, elders, dress(people), problems)


def look_problems(account: Account, templates: Path | None = None) -> tuple[Problem, ...]:
    """Return what ``check`` says of the drawings before any is made: whom the drawings
    cannot tell to be a woman or a man (the build's warnings, so both count the same)."""
    words = load_picture_words(account.language, templates)
    return cast_people(account.people, words, account.language).problems


def gender_of(person: Person, words: PictureWords) -> str | None:
    """Return she or he: by the pronoun, a title or kinship word of how the child calls
    them or of their name ('Juf', 'Mr', 'Oma'), or their role; None when nothing says."""
    if person.pronoun in ("she", "he"):
        return person.pronoun
    titles = set(title_words(person))
    if titles & words.she and not titles & words.he:
        return "she"
    if titles & words.he and not titles & words.she:
        return "he"
    if person.role in WOMEN:
        return "she"
    if person.role in MEN:
        return "he"
    return None


def title_words(person: Person) -> list[str]:
    """Return the words of how the child calls someone and of their name, in lower case."""
    return [w.lower().rstrip(".") for w in re.findall(WORD, f"{person.called} {person.name}")]


def dress(people: Sequence[Person]) -> dict[str, str]:
    """Return everyone's clothes colour: the account's, a uniform's, else a spare colour
    nobody wears yet (chosen by the person's id, so it stays when others are added)."""
    clothes: dict[str, str] = {}
    for person in people:
        given = (person.looks.clothes or "").strip().lower()
        if person.role in UNIFORMS:
            clothes[person.id] = UNIFORMS[person.role]
        elif given in CLOTHES:
            clothes[person.id] = given
    worn = set(clothes.values())
    for person in people:
        if person.id in clothes:
            continue
        start = int.from_bytes(hashlib.sha256(
            f"{person.id}\x1f{person.role}\x1fclothes".encode()).digest()[:8], "big") % 7
        order = SPARE[start:7] + SPARE[:start] + SPARE[7:]
        colour = next((c for c in order if c not in worn), order[0])
        clothes[person.id] = colour
        worn.add(colour)
    return clothes
