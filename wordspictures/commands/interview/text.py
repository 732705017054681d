"""The interview's answers as an account: commented YAML that the loader reads back unchanged.

Each value is written plain where YAML reads it back as the same text, and in double quotes
otherwise (a colon, a leading quote, a word like 'no' that YAML would read as false). The
comments above each part come from the language's ``interview.yaml``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import yaml

from wordspictures.commands.interview.story import Someone, Story
from wordspictures.commands.interview.words import Words
from wordspictures.language.files import fill

# The sections in the order the book tells them; the interview asks all but four of them.
BOOK_ORDER = ("good_things", "worried", "what_happened", "parents_say", "what_happened_next",
              "worries_now", "safety_plan", "helpers", "child_can", "scale", "next")
ASKED = frozenset({"good_things", "worried", "what_happened", "parents_say", "safety_plan",
                   "helpers", "child_can"})
ENTRY_ORDER = ("text", "who", "when", "where", "feeling", "phone")


def plain_is_safe(text: str, flow: bool) -> bool:
    """Return True when YAML reads ``text`` back unchanged without quotes where it stands."""
    places = ["k: {}", "- {}"] + (["{{k: {}}}"] if flow else [])
    expected: list[object] = [{"k": text}, [text], {"k": text}]
    try:
        return all(yaml.safe_load(place.format(text)) == expected[i]
                   for i, place in enumerate(places))
    except yaml.YAMLError:
        return False


def scalar(value: object, flow: bool = False) -> str:
    """Return a value as YAML: plain where that is safe, else in double quotes."""
    if isinstance(value, (int, dt.date)):
        return str(value) if isinstance(value, int) else value.isoformat()
    text = str(value)
    return text if plain_is_safe(text, flow) else json.dumps(text, ensure_ascii=False)


def comment(text: str) -> list[str]:
    """Return text as comment lines."""
    return [f"# {line}".rstrip() for line in text.splitlines()]


def person_line(person: Someone) -> str:
    """Return a person as one YAML line: '  mama: {name: Lisa, role: mother, ...}'."""
    keys: dict[str, object] = {"name": person.name, "role": person.role}
    if person.called != person.name:
        keys["called"] = person.called
    if person.age is not None:
        keys["age"] = person.age
    if person.pronoun:
        keys["pronoun"] = person.pronoun
    inner = ", ".join(f"{k}: {scalar(v, flow=True)}" for k, v in keys.items())
    return f"  {person.id}: {{{inner}}}"


def entry_lines(entry: dict[str, Any]) -> list[str]:
    """Return one item of a section: plain text, or a block of keys."""
    if set(entry) == {"text"}:
        return [f"  - {scalar(entry['text'])}"]
    lines: list[str] = []
    for key in (k for k in ENTRY_ORDER if k in entry):
        value = entry[key]
        shown = f"[{', '.join(value)}]" if isinstance(value, list) else scalar(value)
        lines.append(f"  {'- ' if not lines else '  '}{key}: {shown}")
    return lines


def account_text(story: Story, words: Words, file_name: str, finished: bool = True) -> str:
    """Return the commented account of the answers; an unfinished one (the interview was
    stopped) says so at its top and leaves out what was not answered yet."""
    say = words.data["comments"]
    lines = comment(fill(str(say["header"]).strip(), {"file": file_name}))
    if not finished:
        lines += ["#", *comment(fill(str(say["unfinished"]).strip(), {"file": file_name}))]
    lines += ["", f"language: {story.language}"]
    lines += [f"title: {scalar(story.title)}"] if story.title else []
    lines += [f"for: [{', '.join(story.children)}]"] if story.children else []
    lines += [
        "",
        *comment(str(say["book"]).strip()),
        "status: draft",
        "version: 1",
    ]
    if story.date is not None:
        lines.append(f"date: {story.date.isoformat()}")
    if story.made_by:
        lines.append(f"made_by: [{', '.join(story.made_by)}]")
    lines += ["", *comment(str(say["people"]).strip()), "people:"]
    lines += [person_line(p) for p in story.people.values()]
    for section in BOOK_ORDER:
        lines += ["", *comment(str(say[section]).strip())]
        entries = story.sections.get(section)
        if entries:
            lines.append(f"{section}:")
            for entry in entries:
                lines += entry_lines(entry)
        elif section in ASKED:
            lines.append(f"# {section}:")
    return "\n".join(lines) + "\n"
