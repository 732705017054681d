"""Load an account file into a checked ``Account``, reporting every problem at once."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import yaml

from wordspictures.account.fields import Fields, unique
from wordspictures.account.model import Account, Entry, Looks, Person, Score
from wordspictures.account.source import compose, find_tabs, read_text
from wordspictures.account.vocabulary import (
    CLOTHES,
    FEELINGS,
    HAIR,
    HAIR_COLOURS,
    PLACES,
    PRONOUNS,
    ROLES,
    SKINS,
    STATUSES,
)
from wordspictures.errors import AccountError
from wordspictures.language.wording import available_languages
from wordspictures.problems import WARNING, Problem, did_you_mean, sort_problems

TOP_KEYS = (
    "language", "title", "for", "status", "version", "date", "made_by", "allow", "people",
    "worried", "what_happened", "parents_say", "good_things", "worries_now",
    "what_happened_next", "safety_plan", "helpers", "child_can", "scale", "next",
)
PERSON_KEYS = ("name", "role", "called", "age", "pronoun", "looks", "picture")
LOOKS_KEYS = ("hair", "hair_colour", "skin", "glasses", "beard", "clothes")
ENTRY_KEYS = ("text", "who", "when", "where", "feeling", "picture")
# Keys an entry may have beyond ENTRY_KEYS, by section.
EXTRA_KEYS = {"helpers": ("phone",)}
SCORE_KEYS = ("who", "score", "text")
# Sections where an entry needs someone: a rule nobody does is no rule.
NEEDS_WHO = {"safety_plan": "who does it", "helpers": "who helps"}
STORY_KEYS = ("worried", "what_happened", "safety_plan")
PERSON_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


def load_account(path: Path | str, shown: str | None = None,
                 templates: Path | None = None) -> Account:
    """Return the checked account in ``path``; raise ``AccountError`` listing every problem.

    Warnings alone do not raise; read them with ``read_account``.
    """
    account, problems = read_account(path, shown, templates)
    if account is None or any(not p.is_warning for p in problems):
        raise AccountError(problems)
    return account


def read_account(path: Path | str, shown: str | None = None, templates: Path | None = None
                 ) -> tuple[Account | None, list[Problem]]:
    """Return the account (``None`` when it has errors) and all problems found in it.

    ``templates`` is an organisation's template pack: its languages count as known.
    """
    path = Path(path)
    languages = available_languages(templates)
    shown = shown or str(path)
    text, problems = read_text(path, shown)
    if text is None:
        return None, problems
    tabs = find_tabs(text, shown)
    root, problems = compose(text, shown)
    if root is None:
        return None, tabs or problems
    fields = Fields(shown, path.parent.resolve(), problems=tabs + problems, source=text)
    account = parse_account(root, path, fields, languages)
    problems = sort_problems(fields.problems)
    if any(not p.is_warning for p in problems):
        return None, problems
    return account, problems


def parse_account(root: yaml.Node, path: Path, f: Fields,
                  languages: Sequence[str] | None = None) -> Account:
    """Return the account built from the document's root node (problems go to ``f``).

    ``languages`` are the codes the story may be told in (default: the built-in packs).
    """
    top = f.mapping(root, "the account", TOP_KEYS)
    if not top and isinstance(root, yaml.MappingNode):
        f.error(root, "the account has none of its parts", "start with 'language:' and 'people:'")
    language = read_language(top, root, f, languages or available_languages())
    people = read_people(top, root, f)
    sections = {name: read_entries(top.get(name), name, f) for name in TOP_KEYS
                if name not in ("language", "title", "for", "status", "version", "date",
                                "made_by", "allow", "people", "scale")}
    if not any(top.get(name) for name in STORY_KEYS) and top:
        f.error(root, "this is not yet a Words and Pictures story",
                "add at least one of 'worried', 'what_happened' or 'safety_plan'")
    return Account(
        source=path,
        language=language,
        people=people,
        for_children=read_for(top, root, people, f),
        title=f.text(top["title"], "the title") if "title" in top else None,
        status=(f.choice(top["status"], "status", STATUSES) or "draft")
        if "status" in top else "draft",
        version=f.whole_number(top["version"], "the version", 1, 9999)
        if "version" in top else None,
        date=f.date(top["date"], "the date") if "date" in top else None,
        made_by=f.person_ids_of(top["made_by"]) if "made_by" in top else (),
        allow=read_words(top.get("allow"), f),
        scale=read_scale(top.get("scale"), f),
        **sections,
    )


def read_language(top: dict[str, yaml.Node], root: yaml.Node, f: Fields,
                  languages: Sequence[str]) -> str:
    """Return the story's language code, one of ``languages``."""
    if "language" not in top:
        f.error(root, "the account does not say its language",
                f"add a first line 'language: nl' (or one of: {', '.join(languages)})")
        return "en"
    return f.choice(top["language"], "language", languages) or "en"


def read_people(top: dict[str, yaml.Node], root: yaml.Node, f: Fields) -> tuple[Person, ...]:
    """Return everyone in the story, in the order they are written."""
    if "people" not in top:
        f.error(root, "the account has no 'people:'", "list everyone in the story under 'people:'")
        return ()
    node = top["people"]
    if not isinstance(node, yaml.MappingNode):
        f.error(node, "'people' should hold one block per person",
                "write each person as 'id: {name: …, role: …}'")
        return ()
    # Every id counts as known, even of a person with a mistake, so that one typo in a
    # person does not also turn every mention of them into an error.
    f.person_ids = tuple(str(k.value) for k, _ in node.value if isinstance(k, yaml.ScalarNode))
    people = []
    seen: set[str] = set()
    for key_node, value_node in node.value:
        pid = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
        if not PERSON_ID.match(pid):
            f.error(key_node, f"'{pid}' cannot be used as a person's id",
                    "use one word of letters, digits and '_', like 'oma_ria'")
        elif pid in seen:
            f.error(key_node, f"the person '{pid}' is listed twice", "keep one of them")
        else:
            seen.add(pid)
            person = read_person(pid, value_node, f)
            if person:
                people.append(person)
    return tuple(people)


def read_person(pid: str, node: yaml.Node, f: Fields) -> Person | None:
    """Return one person, or None when the essentials (name, role) are missing."""
    keys = f.mapping(node, f"the person '{pid}'", PERSON_KEYS)
    if not isinstance(node, yaml.MappingNode):
        return None
    name = f.text(keys["name"], "the name") if "name" in keys else None
    role = f.choice(keys["role"], "role", ROLES) if "role" in keys else None
    for key in ("name", "role"):
        if key not in keys:
            f.error(node, f"the person '{pid}' has no {key}",
                    f"add '{key}: …'" + (f" (one of: {', '.join(ROLES)})" if key == "role" else ""))
    age = f.whole_number(keys["age"], "the age", 0, 120) if "age" in keys else None
    if role == "child" and "age" not in keys:
        f.error(node, f"the child '{pid}' has no age",
                "add 'age: …' in years: it sets how the book reads and how big the drawing is")
    if not name or not role:
        return None
    return Person(
        id=pid, name=name, role=role,
        called=f.text(keys["called"], "'called'") or name if "called" in keys else name,
        mark=f.mark(node), age=age,
        pronoun=(f.choice(keys["pronoun"], "pronoun", PRONOUNS) or "they")
        if "pronoun" in keys else "they",
        looks=read_looks(keys.get("looks"), pid, f),
        picture=f.picture(keys["picture"]) if "picture" in keys else None,
    )


def read_looks(node: yaml.Node | None, pid: str, f: Fields) -> Looks:
    """Return how a person is drawn."""
    if node is None:
        return Looks()
    keys = f.mapping(node, f"the looks of '{pid}'", LOOKS_KEYS)
    chosen = {name: f.choice(keys[name], name.replace("_", " "), choices)
              for name, choices in (("hair", HAIR), ("hair_colour", HAIR_COLOURS),
                                    ("skin", SKINS), ("clothes", CLOTHES)) if name in keys}
    flags = {name: f.flag(keys[name], name) for name in ("glasses", "beard") if name in keys}
    return Looks(**chosen, **flags)  # type: ignore[arg-type]


def read_for(top: dict[str, yaml.Node], root: yaml.Node, people: tuple[Person, ...],
             f: Fields) -> tuple[str, ...]:
    """Return the ids of the children the book is for."""
    if "for" in top:
        chosen = f.person_ids_of(top["for"])
        roles = {p.id: p.role for p in people}
        for node in f.items(top["for"], "'for'"):
            if roles.get(str(node.value)) not in (None, "child"):
                f.error(node, f"'{node.value}' is not a child in this story",
                        "'for' names the children the book is for (role: child)")
        if chosen:
            return chosen
    children = tuple(p.id for p in people if p.is_child)
    if not children and people:
        f.error(root, "the story has no child", "give the child 'role: child' and an age")
    return children


def read_entries(node: yaml.Node | None, section: str, f: Fields) -> tuple[Entry, ...]:
    """Return the entries of a story list."""
    if node is None:
        return ()
    entries = (read_entry(item, section, f) for item in f.items(node, f"'{section}'"))
    return tuple(e for e in entries if e)


def read_entry(node: yaml.Node, section: str, f: Fields) -> Entry | None:
    """Return one entry: plain text, or a block with 'text' and optional keys."""
    if isinstance(node, yaml.ScalarNode):
        text = f.text(node, f"an item of '{section}'")
        if text and section in NEEDS_WHO:
            f.error(node, f"this item of '{section}' does not say {NEEDS_WHO[section]}",
                    "write it as '- {text: …, who: [id, …]}'")
        return Entry(text=text, mark=f.mark(node)) if text else None
    keys = f.mapping(node, f"an item of '{section}'", ENTRY_KEYS + EXTRA_KEYS.get(section, ()))
    if not isinstance(node, yaml.MappingNode):
        return None
    if "text" not in keys:
        f.error(node, f"this item of '{section}' has no text", "add 'text: …'")
        return None
    who = f.person_ids_of(keys["who"]) if "who" in keys else ()
    if section in NEEDS_WHO and "who" not in keys:
        f.error(node, f"this item of '{section}' does not say {NEEDS_WHO[section]}",
                "add 'who: [id, …]' with the people who do it")
    text = f.text(keys["text"], f"the text of this '{section}' item")
    if text is None:
        return None
    return Entry(
        text=text, mark=f.mark(keys["text"]), who=who,
        when=f.text(keys["when"], "'when'") if "when" in keys else None,
        where=read_place(keys["where"], f) if "where" in keys else None,
        feeling=f.choice(keys["feeling"], "feeling", FEELINGS) if "feeling" in keys else None,
        picture=f.picture(keys["picture"]) if "picture" in keys else None,
        phone=f.text(keys["phone"], "the phone number") if "phone" in keys else None,
    )


def read_place(node: yaml.Node, f: Fields) -> str | None:
    """Return a place kind, or free words (which get a neutral picture)."""
    place = f.text(node, "'where'")
    if place and place not in PLACES and " " not in place:
        close = did_you_mean(place, PLACES)
        if close:
            f.warn(node, f"'{place}' is not a place the drawings know", close)
    return place


def read_scale(node: yaml.Node | None, f: Fields) -> tuple[Score, ...]:
    """Return the safety-scale scores."""
    if node is None:
        return ()
    scores = []
    for item in f.items(node, "'scale'"):
        keys = f.mapping(item, "a score on the scale", SCORE_KEYS)
        for key in ("who", "score"):
            if isinstance(item, yaml.MappingNode) and key not in keys:
                f.error(item, f"this score has no '{key}'",
                        "write it as '- {who: id, score: 0 to 10}'")
        who = f.person_id(keys["who"]) if "who" in keys else None
        score = f.whole_number(keys["score"], "the score", 0, 10) if "score" in keys else None
        text = f.text(keys["text"], "the text of this score") if "text" in keys else None
        if who and score is not None:
            scores.append(Score(who=who, score=score, mark=f.mark(item), text=text))
    return tuple(scores)


def read_words(node: yaml.Node | None, f: Fields) -> tuple[str, ...]:
    """Return the words the family has explained to the child (the check allows them)."""
    if node is None:
        return ()
    words = (f.text(item, "an allowed word") for item in f.items(node, "'allow'"))
    return tuple(unique(w for w in words if w))


__all__ = ["AccountError", "WARNING", "load_account", "read_account"]
