"""The closed word lists of the account format: roles, places, feelings and looks."""

from __future__ import annotations

LANGUAGES = ("nl", "en")

ROLES = (
    "child", "mother", "father", "stepmother", "stepfather", "foster_mother", "foster_father",
    "grandmother", "grandfather", "aunt", "uncle", "sister", "brother", "cousin", "friend",
    "neighbour", "teacher", "social_worker", "police", "doctor", "nurse", "therapist",
    "interpreter", "other",
)

# Who belongs to the child's family (drawn on the cover, grouped first on the cast page).
FAMILY_ROLES = frozenset({
    "child", "mother", "father", "stepmother", "stepfather", "foster_mother", "foster_father",
    "grandmother", "grandfather", "aunt", "uncle", "sister", "brother", "cousin",
})
# People whose job it is to help: drawn with their attribute, grouped last on the cast page.
PROFESSIONAL_ROLES = frozenset({
    "teacher", "social_worker", "police", "doctor", "nurse", "therapist", "interpreter",
})
PARENT_ROLES = frozenset({
    "mother", "father", "stepmother", "stepfather", "foster_mother", "foster_father",
})

PLACES = (
    "home", "kitchen", "bedroom", "living_room", "school", "hospital", "doctor",
    "police_station", "car", "park", "street", "office", "grandparents_home", "foster_home",
)

# The pages a recording may be given for (the top's 'audio:'), by their template's name:
# every page the book reads aloud (a draft's review page and drawing pages are not read).
PAGES = (
    "cover", "cast", "good_things", "worried", "what_happened", "parents_say",
    "not_your_fault", "what_happened_next", "worries_now", "safety_plan", "helpers",
    "child_can", "call", "scale", "next", "makers",
)

FEELINGS = ("happy", "sad", "scared", "angry", "worried", "calm")

# What a person in a picture may be drawn doing (``picture: {doing: {papa: sleeps}}``); the
# words of each language that choose them are in its pack's pictures.yaml. None of them is
# harm: the drawings show the place, the moment before or after, and the helpers.
ACTIONS = (
    "stands", "talks", "waves", "phones", "cries", "hugs", "walks", "leaves", "moves",
    "reads", "draws", "writes", "sits", "eats", "cooks", "lies", "sleeps", "sleeps_on_sofa",
    "plays_football", "plays", "drives", "listens", "rings", "hides", "meets", "sings",
    "waits_on_stairs",
)
# The time of day a picture shows: a sun by day; a dark sky or a lamp, and the moon, later.
DAYTIMES = ("day", "evening", "night")

PRONOUNS = ("he", "she", "they")

STATUSES = ("draft", "final")

HAIR = ("short", "long", "curly", "bald", "ponytail", "braids", "headscarf")
HAIR_COLOURS = ("black", "brown", "blond", "red", "grey")
SKINS = ("light", "medium", "tan", "brown", "dark")
# Clothes take a colour name; these are the ones the drawings know.
CLOTHES = (
    "red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white",
    "grey",
)
