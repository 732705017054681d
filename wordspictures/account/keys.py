"""One table of the account's keys: where each may stand, what it holds, which values and
ranges it allows, what it means, and how a problem names it.

The loader (``load``) reads every simple value through this table (``Fields.value``), and
the JSON Schema and the reference (``schema``, ``reference``) are made from it, so what
``check`` accepts and what an editor completes cannot drift apart. A new key is a row here
(and a field of its object in ``model``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from wordspictures.account.vocabulary import (
    ACTIONS,
    CLOTHES,
    DAYTIMES,
    FEELINGS,
    HAIR,
    HAIR_COLOURS,
    PAGES,
    PRONOUNS,
    ROLES,
    SKINS,
    STATUSES,
)

# The kinds of value a key holds. The simple ones are read by ``Fields.value``; a group of
# keys (people, looks, a story list, the scale) by the loader's own function for it.
TEXT, CHOICE, WHOLE, FLAG, DATE, ID, IDS, PLACE, PICTURE, WORDS, PHONE = (
    "text", "choice", "whole", "flag", "date", "id", "ids", "place", "picture", "words",
    "phone")
# A recording (a file beside the account); recordings of whole pages, by page name.
SOUND, PAGE_SOUNDS = ("sound", "page_sounds")
LANGUAGE, CHILDREN, PEOPLE, LOOKS, ITEMS, SCORES = (
    "language", "children", "people", "looks", "items", "scores")
# An item's feeling (a word, or a word per person), its picture (a file, or what the
# drawing shows), what people do in it (id: action), and the cover (ids, or a group).
FEELING, DRAWING, DOING, COVER = "feeling", "drawing", "doing", "cover"
# Words the book prints, in each of its languages: in a book of two, SAID is a mapping with
# both (`{nl: …, ar: …}`), CALLED one word or such a mapping (a name is often the same).
SAID, CALLED = "said", "called"
# The kinds ``Fields.value`` reads; the others are groups or need the whole story.
SIMPLE = frozenset({TEXT, CHOICE, WHOLE, FLAG, DATE, ID, IDS, PLACE, PICTURE, PHONE, SOUND,
                    FEELING, DRAWING, DOING, SAID, CALLED})

PERSON_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class Key:
    """One key of the account: its value's kind, what it means, and its limits.

    ``named`` is how a problem names the value ("the age should be a whole number …");
    ``{section}`` in it is filled with the story list an item belongs to. ``default`` is
    what the book takes when the key is left out or wrong (None: nothing). ``values`` is how
    the reference introduces a choice's words ("one of", "a colour").
    """

    name: str
    kind: str
    about: str
    named: str = ""
    choices: tuple[str, ...] = ()
    low: int = 0
    high: int = 0
    required: bool = False
    default: object = None
    values: str = "one of"


# -- the top of the file --------------------------------------------------------------

TOP = (
    Key("language", LANGUAGE, "The language of the book's own words (headings, framing "
        "sentences). A book in two languages: `[nl, ar]`, the main one first; every text "
        "is then written in both (`text: {nl: …, ar: …}`).", "language", required=True),
    Key("title", SAID, "The book's title. Without it the book is called 'The story of …' in "
        "its language.", "the title"),
    Key("cover", COVER, "Who the cover shows: a list of ids, or `{who: […], where: …, "
        "picture: …}`. Without it: the children the book is for and the people its title "
        "names, else the children with their parents."),
    Key("for", CHILDREN, "The id, or list of ids, of the children the book is for. Without it: "
        "every person with role child."),
    Key("status", CHOICE, "draft (the default: every page says so, with version and date) "
        "or final.", "status", STATUSES, default="draft"),
    Key("version", WHOLE, "The number of this draft: shown on every page and in the file "
        "name.", "the version", low=1, high=9999),
    Key("date", DATE, "When this version was made, as year-month-day (2026-11-20): shown in "
        "the book and the file name.", "the date"),
    Key("made_by", IDS, "The ids of the people who made the book together: named on the "
        "last page.", default=()),
    Key("allow", WORDS, "Words the family has explained to the child: the word check "
        "accepts them.", "an allowed word", default=()),
    Key("people", PEOPLE, "Everyone in the story, each under an id (one word: letters, "
        "digits, _) that the rest of the file uses.", required=True),
)
SCALE = Key("scale", SCORES, "The safety scale: each person's number from 0 (too unsafe to "
            "live at home) to 10 (safe enough to close the case).")

PAGE_AUDIO = Key("audio", PAGE_SOUNDS, "Recordings of whole pages read aloud (wav, mp3 or "
                 "ogg, paths from the account's folder), by the page's name: 'cover: "
                 "voice/cover.mp3'; for a page the book continues, a list: one recording "
                 "for each of its pages, in order. They are heard instead of the computer "
                 "voice on those pages.", "a page's recording", PAGES, values="a page")

# The story lists, in the order the account format documents them, and what each is.
SECTIONS = (
    Key("worried", ITEMS, "Who is worried, and what they saw or heard."),
    Key("what_happened", ITEMS, "The facts, in order: who did what, when and where."),
    Key("parents_say", ITEMS, "What the parents say about it, in their own words, also when "
        "they do not agree."),
    Key("good_things", ITEMS, "What is going well: the family's strengths and the safety "
        "already there."),
    Key("worries_now", ITEMS, "What the grown-ups are worried could happen if nothing "
        "changes, in the child's words."),
    Key("what_happened_next", ITEMS, "What happened after: who went where, who came to "
        "help."),
    Key("safety_plan", ITEMS, "The rules everyone agreed: each an action someone does, with "
        "who does it."),
    Key("helpers", ITEMS, "The safety network: who helps, and how to reach them."),
    Key("child_can", ITEMS, "What the child can do, and whom the child can talk to."),
    Key("next", ITEMS, "What happens next, and the goal everyone works towards."),
)
# The keys of the top in the order the file documents them: the scale before 'next'.
TOP_KEYS = (*TOP, *SECTIONS[:-1], SCALE, SECTIONS[-1], PAGE_AUDIO)
# A story tells at least one of these: a worry, an event or a rule.
STORY_KEYS = ("worried", "what_happened", "safety_plan")
# Story lists whose items need someone: a rule nobody does is no rule.
NEEDS_WHO = {"safety_plan": "who does it", "helpers": "who helps"}

# -- people ---------------------------------------------------------------------------

PERSON = (
    Key("name", CALLED, "The person's name. In a book of two languages whose second has "
        "other letters, also in those: `{nl: Yusuf, ar: يوسف}` (the anonymous copy needs "
        "it to find the name there).", "the name", required=True),
    Key("role", CHOICE, "Who this person is in the child's life.", "role", ROLES,
        required=True),
    Key("called", CALLED, "How the child calls this person ('Mama', 'Granny Ria'). Default: "
        "the name. In a book of two languages the same word in both, or one for each: "
        "`{nl: Mama, ar: ماما}`.", "'called'"),
    Key("age", WHOLE, "Age in years. Needed for children: the youngest sets the reading "
        "level and the drawing size.", "the age", low=0, high=120),
    Key("pronoun", CHOICE, "he, she or they (the default): the grammar of the book's own "
        "sentences.", "pronoun", PRONOUNS, default="they"),
    Key("looks", LOOKS, "How the person is drawn: the same look on every page."),
    Key("picture", PICTURE, "The family's own drawing or photo of this person (PNG or "
        "JPEG), a path from the account's folder."),
)
LOOKS_KEYS = (
    Key("hair", CHOICE, "The hair style.", "hair", HAIR),
    Key("hair_colour", CHOICE, "The hair colour.", "hair colour", HAIR_COLOURS),
    Key("skin", CHOICE, "The skin colour.", "skin", SKINS),
    Key("glasses", FLAG, "true when the person wears glasses.", "glasses", default=False),
    Key("beard", FLAG, "true when the person has a beard.", "beard", default=False),
    Key("clothes", CHOICE, "The colour of the clothes.", "clothes", CLOTHES,
        values="a colour"),
)

# -- an item of a story list ----------------------------------------------------------

ENTRY = (
    Key("text", SAID, "The words for the book, exactly as they will be printed.",
        "the text of this '{section}' item", required=True),
    Key("who", IDS, "The id, or list of ids, of the people in the picture (in safety_plan: "
        "who does it; in helpers: who helps).", default=()),
    Key("when", TEXT, "When, in free words: '3 March 2026', 'every Wednesday'.", "'when'"),
    Key("where", PLACE, "A place the drawings know, or free words (which get a neutral "
        "picture).", "'where'"),
    Key("feeling", FEELING, "How people in the picture feel: one word for the children the "
        "item is about (the others look neutral), or a word per person: `{noor: scared, "
        "papa: sad}`.", "feeling", FEELINGS),
    Key("picture", DRAWING, "The family's own drawing or photo for this page (PNG or JPEG), "
        "a path from the account's folder; or what the drawing shows: `{place: …, doing: "
        "{papa: sleeps_on_sofa}, time: evening}` (and `file:` for the family's picture)."),
    Key("for", IDS, "Only in the books of these children: a book made for another child "
        "(`--child`) leaves the item out, and says so.", default=()),
    Key("audio", SOUND, "A recording of someone reading this item's text aloud (wav, mp3 or "
        "ogg), a path from the account's folder: it is heard instead of the computer "
        "voice.", "a recording"),
)
# What an item's picture shows, when ``picture`` is a group of keys.
DRAWING_KEYS = (
    Key("file", PICTURE, "The family's own drawing or photo for this page, instead of the "
        "drawing."),
    Key("place", PLACE, "Where the drawing is: a place the drawings know, or free words.",
        "the picture's place"),
    Key("doing", DOING, "What people do in the drawing: `{id: action}`, one of the actions "
        "below.", "what someone does", ACTIONS, default=(), values="an action"),
    Key("time", CHOICE, "The time of day: `day` shows the sun; `evening` and `night` a dark "
        "sky or a lamp, and the moon.", "time of day", DAYTIMES),
)
COVER_KEYS = (
    Key("who", IDS, "The ids of the people on the cover.", default=()),
    Key("where", PLACE, "Where they stand: a place the drawings know (default: home).",
        "the cover's place"),
    Key("picture", PICTURE, "The family's own drawing or photo for the cover."),
)
# Keys an item may have beyond ENTRY, by story list.
EXTRA = {
    "helpers": (Key("phone", PHONE, "Only in helpers: a phone number (with digits), shown "
                    "on the page 'Who can I call?'.", "the phone number"),),
}

# -- a score on the safety scale ------------------------------------------------------

SCORE = (
    Key("who", ID, "The id of the person who gives the number.", required=True),
    Key("score", WHOLE, "A whole number from 0 (too unsafe to live at home) to 10 (safe "
        "enough to close the case).", "the score", low=0, high=10, required=True),
    Key("text", SAID, "Optional: why this number, or what would make it higher.",
        "the text of this score"),
)


def entry_keys(section: str) -> tuple[Key, ...]:
    """Return the keys an item of a story list may have, 'who' required where it must be."""
    keys = ENTRY + EXTRA.get(section, ())
    if section in NEEDS_WHO:
        keys = tuple(replace(k, required=True) if k.name == "who" else k for k in keys)
    return keys


def names(keys: tuple[Key, ...]) -> tuple[str, ...]:
    """Return the names of the keys, in order."""
    return tuple(key.name for key in keys)


SECTION_NAMES = names(SECTIONS)


# Every key name an account may hold, anywhere; and those that start at the left edge.
KEY_NAMES = frozenset(key.name for group in (TOP_KEYS, PERSON, LOOKS_KEYS, ENTRY, SCORE,
                                             *EXTRA.values()) for key in group)
TOP_KEY_NAMES = frozenset(names(TOP_KEYS))
