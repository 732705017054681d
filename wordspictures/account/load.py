"""Load an account file into a checked ``Account``, reporting every problem at once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from wordspictures.account.fields import Fields, unique
from wordspictures.account.keys import (
    COVER_KEYS,
    LOOKS_KEYS,
    NEEDS_WHO,
    PERSON,
    PERSON_ID,
    SCORE,
    SECTIONS,
    STORY_KEYS,
    TOP,
    TOP_KEYS,
    entry_keys,
    names,
)
from wordspictures.account.model import Account, Cover, Drawing, Entry, Looks, Person, Score
from wordspictures.account.source import compose, find_tabs, read_text
from wordspictures.account.vocabulary import ROLES
from wordspictures.errors import AccountError
from wordspictures.language.files import available_languages
from wordspictures.problems import WARNING, Problem, sort_problems


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
    return read_account_text(text, path, shown, languages)


def read_account_text(text: str, path: Path, shown: str | None = None,
                      languages: Sequence[str] | None = None
                      ) -> tuple[Account | None, list[Problem]]:
    """Return the account written in ``text`` as if read from ``path`` (its pictures are
    looked for beside it), and all problems found in it."""
    shown = shown or str(path)
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
    top = f.mapping(root, "the account", names(TOP_KEYS))
    if not top and isinstance(root, yaml.MappingNode):
        f.error(root, "the account has none of its parts", "start with 'language:' and 'people:'")
    language = read_language(top, root, f, languages or available_languages())
    people = read_people(top, root, f)
    sections: dict[str, Any] = {key.name: read_entries(top.get(key.name), key.name, f)
                                for key in SECTIONS}
    if not any(top.get(name) for name in STORY_KEYS) and top:
        f.error(root, "this is not yet a Words and Pictures story",
                "add at least one of 'worried', 'what_happened' or 'safety_plan'")
    return Account(
        source=path, language=language, people=people,
        for_children=read_for(top, root, people, f),
        **f.settled(top, TOP),
        allow=read_words(top.get("allow"), f),
        scale=read_scale(top.get("scale"), f),
        cover=read_cover(top.get("cover"), f),
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
    f.child_ids = tuple(p.id for p in people if p.is_child)
    return tuple(people)


def read_person(pid: str, node: yaml.Node, f: Fields) -> Person | None:
    """Return one person, or None when the essentials (name, role) are missing.

    Every key is checked, also of a person whose name or role is missing or wrong, so that
    the caseworker sees every mistake at once.
    """
    keys = f.mapping(node, f"the person '{pid}'", names(PERSON))
    if not isinstance(node, yaml.MappingNode):
        return None
    values = f.settled(keys, PERSON)
    for key in (k.name for k in PERSON if k.required and k.name not in keys):
        f.error(node, f"the person '{pid}' has no {key}",
                f"add '{key}: …'" + (f" (one of: {', '.join(ROLES)})" if key == "role" else ""))
    if values["role"] == "child" and "age" not in keys:
        f.error(node, f"the child '{pid}' has no age",
                "add 'age: …' in years: it sets how the book reads and how big the drawing is")
    looks = read_looks(keys.get("looks"), pid, f)
    if not values["name"] or not values["role"]:
        return None
    return Person(id=pid, mark=f.mark(node), looks=looks,
                  **{**values, "called": values["called"] or values["name"]})


def read_looks(node: yaml.Node | None, pid: str, f: Fields) -> Looks:
    """Return how a person is drawn."""
    if node is None:
        return Looks()
    return Looks(**f.settled(f.mapping(node, f"the looks of '{pid}'", names(LOOKS_KEYS)),
                             LOOKS_KEYS))


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
    allowed = entry_keys(section)
    keys = f.mapping(node, f"an item of '{section}'", names(allowed))
    if not isinstance(node, yaml.MappingNode):
        return None
    if "text" not in keys:
        f.error(node, f"this item of '{section}' has no text", "add 'text: …'")
    if section in NEEDS_WHO and "who" not in keys:
        f.error(node, f"this item of '{section}' does not say {NEEDS_WHO[section]}",
                "add 'who: [id, …]' with the people who do it")
    values = f.settled(keys, allowed, section)
    if values["text"] is None:
        return None
    return Entry(mark=f.mark(keys["text"]), **drawn(values, keys, f))


def drawn(values: dict[str, Any], keys: dict[str, yaml.Node], f: Fields) -> dict[str, Any]:
    """Return an item's values as the fields of an ``Entry``: a feeling per person apart from
    one word, the family's picture apart from what the drawing shows, 'for' as ``only_for``
    (children only)."""
    feeling = values.get("feeling")
    if isinstance(feeling, tuple):
        values["feeling"], values["feelings"] = None, feeling
    picture = values.get("picture")
    values["picture"], values["drawing"] = picture if picture else (None, Drawing())
    values["only_for"] = values.pop("for", ())
    if "for" in keys:
        for node in f.items(keys["for"], "'for'"):
            if str(node.value) in f.person_ids and str(node.value) not in f.child_ids:
                f.error(node, f"'{node.value}' is not a child in this story",
                        "'for' names the children whose books have this item (role: child)")
    return values


def read_cover(node: yaml.Node | None, f: Fields) -> Cover | None:
    """Return who and what the cover shows: a list of ids, or a group of keys."""
    if node is None:
        return None
    if not isinstance(node, yaml.MappingNode):
        return Cover(who=f.person_ids_of(node))
    return Cover(**f.settled(f.mapping(node, "'cover'", names(COVER_KEYS)), COVER_KEYS))


def read_scale(node: yaml.Node | None, f: Fields) -> tuple[Score, ...]:
    """Return the safety-scale scores."""
    if node is None:
        return ()
    scores = []
    for item in f.items(node, "'scale'"):
        keys = f.mapping(item, "a score on the scale", names(SCORE))
        for key in (k.name for k in SCORE if k.required):
            if isinstance(item, yaml.MappingNode) and key not in keys:
                f.error(item, f"this score has no '{key}'",
                        "write it as '- {who: id, score: 0 to 10}'")
        values = f.settled(keys, SCORE)
        if values["who"] and values["score"] is not None:
            scores.append(Score(mark=f.mark(item), **values))
    return tuple(scores)


def read_words(node: yaml.Node | None, f: Fields) -> tuple[str, ...]:
    """Return the words the family has explained to the child (the check allows them)."""
    if node is None:
        return ()
    words = (f.text(item, "an allowed word") for item in f.items(node, "'allow'"))
    return tuple(unique(w for w in words if w))


__all__ = ["AccountError", "WARNING", "load_account", "read_account"]
