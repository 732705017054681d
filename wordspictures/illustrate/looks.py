"""A person's one look for the whole book: what the account gives, the rest from their id.

Everything the account leaves open is chosen from a hash of the person's id and role, never
from the page, so Mum wears the same colour on every page and every rebuild.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from wordspictures.account.model import Person
from wordspictures.account.vocabulary import HAIR, HAIR_COLOURS, SKINS
from wordspictures.book.pages import Figure
from wordspictures.illustrate.palette import CLOTHES, DEFAULT_CLOTHES

ADULT_HEIGHT_CM = 172.0
DEFAULT_CHILD_AGE = 7
# Average height in cm by age (both sexes, rounded): a 3-year-old is clearly smaller.
HEIGHT_BY_AGE = {
    0: 60, 1: 76, 2: 87, 3: 96, 4: 103, 5: 110, 6: 116, 7: 122, 8: 128, 9: 133, 10: 138,
    11: 144, 12: 150, 13: 156, 14: 162, 15: 166, 16: 169, 17: 171,
}

GRANDPARENTS = frozenset({"grandmother", "grandfather"})
WOMEN = frozenset({"mother", "stepmother", "foster_mother", "grandmother", "aunt", "sister"})
MEN = frozenset({"father", "stepfather", "foster_father", "grandfather", "uncle", "brother"})
UNIFORMS = {"police": "navy", "doctor": "coat", "nurse": "scrubs"}
YOUNG_ROLES = frozenset({"child", "sister", "brother", "cousin"})
# The thing a professional carries, so a child can tell who they are.
ROLE_MARKS = {
    "police": "police_cap",
    "doctor": "stethoscope",
    "nurse": "cross",
    "teacher": "board",
    "social_worker": "folder",
}


@dataclass(frozen=True)
class Look:
    """How one person is drawn on every page: names from the vocabulary, plus size."""

    hair: str
    hair_colour: str
    skin: str | None  # None: the neutral tone (the account did not say)
    glasses: bool
    beard: bool
    clothes: str
    trousers: int     # index into palette.TROUSERS
    scarf: int        # index into palette.SCARVES (used by the headscarf)
    mark: str | None  # role attribute: police_cap, stethoscope, cross, board, folder
    is_child: bool
    size: float       # height relative to an adult (1.0)


def hash_number(*parts: str) -> int:
    """Return a stable number from the parts (Python's hash() changes per process)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def pick(options: tuple[str, ...], person: Person, what: str) -> str:
    """Return one of the options, chosen by the person's id, role and what is chosen."""
    return options[hash_number(person.id, person.role, what) % len(options)]


def is_young(person: Person) -> bool:
    """Return True for someone drawn at a child's height."""
    if person.is_child:
        return True
    return person.role in YOUNG_ROLES and person.age is not None and person.age < 18


def size_for(person: Person) -> float:
    """Return the figure's height relative to an adult, from the person's age."""
    if not is_young(person):
        return 1.0
    age = DEFAULT_CHILD_AGE if person.age is None else max(0, min(17, person.age))
    return HEIGHT_BY_AGE[age] / ADULT_HEIGHT_CM


def gender_of(person: Person, figure: Figure | None) -> str | None:
    """Return she or he as the book read it (``Figure.gender``), else by pronoun and role."""
    if figure is not None:
        return figure.gender
    if person.pronoun in ("she", "he"):
        return person.pronoun
    return "she" if person.role in WOMEN else "he" if person.role in MEN else None


def choose_hair(person: Person, gender: str | None, elder: bool) -> str:
    """Return the given hair style, else one that fits: a woman's or a girl's long hair,
    a man's or a boy's short hair, and short curls for someone who could be either."""
    if person.looks.hair in HAIR:
        return person.looks.hair
    if elder:
        return pick(("curly", "short"), person, "hair") if gender == "she" else \
            pick(("short", "bald"), person, "hair") if gender == "he" else "curly"
    if gender == "she":
        return pick(("long", "ponytail", "braids") if is_young(person) else
                    ("long", "ponytail"), person, "hair")
    if gender == "he":
        return "short"
    return "curly"


def choose_hair_colour(person: Person, elder: bool) -> str:
    """Return the given hair colour, grey for the old, else one chosen by id."""
    if person.looks.hair_colour in HAIR_COLOURS:
        return person.looks.hair_colour
    if elder:
        return "grey"
    return pick(("brown", "black", "blond", "brown", "red", "black"), person, "hair_colour")


def choose_clothes(person: Person, figure: Figure | None) -> str:
    """Return the clothes colour the book gave (``Figure.clothes``: nobody else wears it),
    else the account's, a uniform's, or a cheerful one chosen by id."""
    if figure is not None and figure.clothes in CLOTHES:
        return figure.clothes
    given = (person.looks.clothes or "").strip().lower()
    if person.role in UNIFORMS:
        return UNIFORMS[person.role]
    if given in CLOTHES:
        return given
    return pick(DEFAULT_CLOTHES, person, "clothes")


def look_for(person: Person, figure: Figure | None = None) -> Look:
    """Return the person's look: the account's choices, what the book read of them
    (``figure``), the rest derived from id and role."""
    skin = person.looks.skin if person.looks.skin in SKINS else None
    young = is_young(person)
    beard = bool(person.looks.beard) and not (young and (person.age or 0) < 14)
    elder = figure.elder if figure is not None else person.role in GRANDPARENTS
    gender = gender_of(person, figure)
    return Look(
        hair=choose_hair(person, gender, elder),
        hair_colour=choose_hair_colour(person, elder),
        skin=skin,
        glasses=bool(person.looks.glasses),
        beard=beard,
        clothes=choose_clothes(person, figure),
        trousers=hash_number(person.id, person.role, "trousers") % 4,
        scarf=hash_number(person.id, person.role, "scarf") % 5,
        mark=ROLE_MARKS.get(person.role),
        is_child=young,
        size=size_for(person),
    )
