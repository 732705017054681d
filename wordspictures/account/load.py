"""Load an account file into a checked ``Account``, reporting every problem at once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from wordspictures.account.fields import unique
from wordspictures.account.hints import translated
from wordspictures.account.keys import (
    COVER_KEYS,
    KEY_NAMES,
    LOOKS_KEYS,
    NEEDS_WHO,
    PAGE_AUDIO,
    PERSON,
    PERSON_ID,
    SCORE,
    SECTIONS,
    STORY_KEYS,
    TOP,
    TOP_KEY_NAMES,
    TOP_KEYS,
    Key,
    entry_keys,
    names,
)
from wordspictures.account.kinds import KeyFields, spread
from wordspictures.account.lines import quoted
from wordspictures.account.model import (
    Account,
    Cover,
    Drawing,
    Entry,
    Looks,
    PageAudio,
    Person,
    Score,
)
from wordspictures.account.source import account_language, compose, find_tabs, read_text
from wordspictures.account.vocabulary import ROLES
from wordspictures.errors import AccountError
from wordspictures.language.files import available_languages
from wordspictures.language.messages import Messages
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
    text, problems = read_text(path, shown, Messages(None, templates))
    if text is None:
        return None, problems
    return read_account_text(text, path, shown, languages, templates)


def read_account_text(text: str, path: Path, shown: str | None = None,
                      languages: Sequence[str] | None = None, templates: Path | None = None
                      ) -> tuple[Account | None, list[Problem]]:
    """Return the account written in ``text`` as if read from ``path`` (its pictures are
    looked for beside it), and all problems found in it, in the account's language where
    its ``language:`` line names one of ``languages`` (else in English)."""
    shown = shown or str(path)
    language = account_language(text)
    say = Messages(language if language in (languages or available_languages()) else None,
                   templates)
    tabs = find_tabs(text, shown, say)
    root, problems = compose(text, shown, say)
    if root is None:
        return None, tabs or problems
    fields = KeyFields(shown, path.parent.resolve(), problems=tabs + problems, source=text,
                    say=say)
    account = parse_account(root, path, fields, languages)
    problems = sort_problems(fields.problems)
    if any(not p.is_warning for p in problems):
        return None, problems
    return account, problems


def parse_account(root: yaml.Node, path: Path, f: KeyFields,
                  languages: Sequence[str] | None = None) -> Account:
    """Return the account built from the document's root node (problems go to ``f``).

    ``languages`` are the codes the story may be told in (default: the built-in packs).
    """
    top = f.mapping(root, f.where("account"), names(TOP_KEYS), KEY_NAMES - TOP_KEY_NAMES)
    if not top and isinstance(root, yaml.MappingNode):
        f.report(root, "account.no_parts")
    f.languages = read_language(top, root, f, languages or available_languages())
    people = read_people(top, root, f)
    sections: dict[str, Any] = {key.name: read_entries(top.get(key.name), key.name, f)
                                for key in SECTIONS}
    if not any(top.get(name) for name in STORY_KEYS) and top:
        f.report(root, "account.no_story")
    account = Account(
        source=path, language=f.languages[0], people=people,
        second_language=f.languages[1] if len(f.languages) > 1 else None,
        for_children=read_for(top, root, people, f),
        **spread(f.settled(top, TOP), "title", "title_translation"),
        allow=read_words(top.get("allow"), f),
        scale=read_scale(top.get("scale"), f),
        cover=read_cover(top.get("cover"), f),
        audio=read_page_audio(top.get("audio"), f),
        **sections,
    )
    warn_unused(account, f)
    return account


def warn_unused(account: Account, f: KeyFields) -> None:
    """Warn about someone under 'people:' whom the story never names: not by id (who, for,
    made_by, the scale) and not by name in a text. The cast page would show them, taking
    part in nothing (the interview once made a person of half a sentence)."""
    named = {*account.for_children, *account.made_by, *(s.who for s in account.scale)}
    named |= {pid for _, entries in account.entries() for e in entries for pid in e.who}
    texts = " ".join(e.text for _, entries in account.entries() for e in entries).casefold()
    for person in account.people:
        if person.id in named or person.is_child:
            continue
        if any(word and word.casefold() in texts for word in (person.name, person.called)):
            continue
        f.problems.append(f.say.problem("account.unused_person", person.mark, warning=True,
                                        id=person.id))


def read_language(top: dict[str, yaml.Node], root: yaml.Node, f: KeyFields,
                  languages: Sequence[str]) -> tuple[str, ...]:
    """Return the story's language codes, each one of ``languages``: the main one, and the
    second of a book in two (English where none can be read)."""
    if "language" not in top:
        f.report(root, "account.no_language", example="nl" if "nl" in languages
                 else languages[0], languages=", ".join(languages))
        return ("en",)
    return f.book_languages(top["language"], languages) or ("en",)


def read_people(top: dict[str, yaml.Node], root: yaml.Node, f: KeyFields) -> tuple[Person, ...]:
    """Return everyone in the story, in the order they are written."""
    if "people" not in top:
        f.report(root, "account.no_people")
        return ()
    node = top["people"]
    if not isinstance(node, yaml.MappingNode):
        f.report(node, "account.people_shape")
        return ()
    # Every id counts as known, even of a person with a mistake, so that one typo in a
    # person does not also turn every mention of them into an error.
    f.person_ids = tuple(str(k.value) for k, _ in node.value if isinstance(k, yaml.ScalarNode))
    people = []
    seen: set[str] = set()
    for key_node, value_node in node.value:
        pid = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
        if not PERSON_ID.match(pid):
            f.report(key_node, "account.bad_id", id=pid)
        elif pid in seen:
            f.report(key_node, "account.id_twice", id=pid)
        else:
            seen.add(pid)
            person = read_person(pid, value_node, f)
            if person:
                people.append(person)
    f.child_ids = tuple(p.id for p in people if p.is_child)
    return tuple(people)


def read_person(pid: str, node: yaml.Node, f: KeyFields) -> Person | None:
    """Return one person, or None when the essentials (name, role) are missing.

    Every key is checked, also of a person whose name or role is missing or wrong, so that
    the caseworker sees every mistake at once.
    """
    keys = f.mapping(node, f.where("person", id=pid), names(PERSON))
    if not isinstance(node, yaml.MappingNode):
        return None
    values = f.settled(keys, PERSON)
    for key in (k.name for k in PERSON if k.required and k.name not in keys):
        if key == "role":
            f.report(node, "account.person_lacks_role", id=pid, roles=", ".join(ROLES))
        else:
            f.report(node, "account.person_lacks", id=pid, key=key)
    if values["role"] == "child" and "age" not in keys:
        f.report(node, "account.child_age", id=pid)
    looks = read_looks(keys.get("looks"), pid, f)
    if not values["name"] or not values["role"]:
        return None
    spread(spread(values, "called", "called_translation"), "name", "name_translation")
    if not values["called"]:  # the child calls them by their name, in both languages
        values.update(called=values["name"], called_translation=values["name_translation"])
    return Person(id=pid, mark=f.mark(node), looks=looks, **values)


def read_looks(node: yaml.Node | None, pid: str, f: KeyFields) -> Looks:
    """Return how a person is drawn."""
    if node is None:
        return Looks()
    return Looks(**f.settled(f.mapping(node, f.where("looks", id=pid), names(LOOKS_KEYS)),
                             LOOKS_KEYS))


def read_for(top: dict[str, yaml.Node], root: yaml.Node, people: tuple[Person, ...],
             f: KeyFields) -> tuple[str, ...]:
    """Return the ids of the children the book is for."""
    if "for" in top:
        chosen = f.person_ids_of(top["for"])
        roles = {p.id: p.role for p in people}
        for node in f.items(top["for"], f.where("for")):
            if roles.get(str(node.value)) not in (None, "child"):
                f.report(node, "account.not_a_child", id=node.value)
        if chosen:
            return chosen
    children = tuple(p.id for p in people if p.is_child)
    if not children and people:
        f.report(root, "account.no_child")
    return children


def read_entries(node: yaml.Node | None, section: str, f: KeyFields) -> tuple[Entry, ...]:
    """Return the entries of a story list."""
    if node is None:
        return ()
    entries = (read_entry(item, section, f)
               for item in f.items(node, f.where("section", section=section)))
    return tuple(e for e in entries if e)


def read_entry(node: yaml.Node, section: str, f: KeyFields) -> Entry | None:
    """Return one entry: plain text, or a block with 'text' and optional keys."""
    if isinstance(node, yaml.ScalarNode):
        said = f.said(node, f.where("item", section=section))
        if said and section in NEEDS_WHO:
            f.report(node, "account.item_needs_who", section=section,
                     needs=f.say.text(f"needs.{section}"))
        return Entry(text=said.text, mark=f.mark(node)) if said else None
    allowed = entry_keys(section)
    if text_with_colon(node, allowed, f):
        return None
    keys = f.mapping(node, f.where("item", section=section), names(allowed))
    if not isinstance(node, yaml.MappingNode):
        return None
    if "text" not in keys:
        f.report(node, "account.item_no_text", section=section)
    if section in NEEDS_WHO and "who" not in keys:
        f.report(node, "account.item_no_who", section=section,
                 needs=f.say.text(f"needs.{section}"))
    values = f.settled(keys, allowed, section)
    if values["text"] is None:
        return None
    spread(values, "text", "translation", "translation_mark")
    return Entry(mark=f.mark(keys["text"]), **drawn(values, keys, f))


def drawn(values: dict[str, Any], keys: dict[str, yaml.Node], f: KeyFields) -> dict[str, Any]:
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
                f.report(node, "account.item_not_a_child", id=node.value)
    return values


def read_cover(node: yaml.Node | None, f: KeyFields) -> Cover | None:
    """Return who and what the cover shows: a list of ids, or a group of keys."""
    if node is None:
        return None
    if not isinstance(node, yaml.MappingNode):
        return Cover(who=f.person_ids_of(node))
    return Cover(**f.settled(f.mapping(node, f.where("cover"), names(COVER_KEYS)), COVER_KEYS))


def text_with_colon(node: yaml.Node, allowed: tuple[Key, ...], f: KeyFields) -> bool:
    """Report '- Om 8 uur: Mama brengt Mila.' (a text with a colon, read as the key 'Om 8
    uur'): one pair, its key no key of an item, its value text. Return True if reported."""
    if not isinstance(node, yaml.MappingNode) or len(node.value) != 1:
        return False
    key, value = node.value[0]
    if not isinstance(key, yaml.ScalarNode) or key.style is not None \
            or str(key.value) in names(allowed) or translated(str(key.value), names(allowed)):
        return False
    if not isinstance(value, yaml.ScalarNode) or value.style is not None or not f.source:
        return False
    typed = f.source[key.start_mark.index:value.end_mark.index]
    f.report(key, "field.colon_item", key=key.value, fixed=f"- {quoted(typed)}")
    return True


def read_scale(node: yaml.Node | None, f: KeyFields) -> tuple[Score, ...]:
    """Return the safety-scale scores."""
    if node is None:
        return ()
    scores = []
    for item in f.items(node, f.where("section", section="scale")):
        keys = f.mapping(item, f.where("score"), names(SCORE))
        for key in (k.name for k in SCORE if k.required):
            if isinstance(item, yaml.MappingNode) and key not in keys:
                f.report(item, "account.score_lacks", key=key)
        values = f.settled(keys, SCORE)
        if values["who"] and values["score"] is not None:
            scores.append(Score(mark=f.mark(item),
                                **spread(values, "text", "translation", "translation_mark")))
    return tuple(scores)


def read_page_audio(node: yaml.Node | None, f: KeyFields) -> tuple[PageAudio, ...]:
    """Return the recordings of whole pages: by page name, one file or a list of them."""
    if node is None:
        return ()
    found = []
    for page, value in f.mapping(node, f.where("page_audio"), PAGE_AUDIO.choices).items():
        paths = (f.recording(item) for item in f.items(value, f.where("page_audio")))
        files = tuple(p for p in paths if p is not None)
        if files:
            found.append(PageAudio(page, files, f.mark(value)))
    return tuple(found)


def read_words(node: yaml.Node | None, f: KeyFields) -> tuple[str, ...]:
    """Return the words the family has explained to the child (the check allows them)."""
    if node is None:
        return ()
    words = (f.text(item, f.where("allowed_word")) for item in f.items(node, f.where("allow")))
    return tuple(unique(w for w in words if w))


__all__ = ["AccountError", "WARNING", "load_account", "read_account"]
