"""Reading a bilingual example for the book side's tests.

Until the account loader reads ``language: [nl, ar]`` (issue 18, the account half), an
account of two languages is the main language's account, loaded as usual, with the
second language's texts put into the model's translation fields, item by item.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from wordspictures.account.load import load_account
from wordspictures.account.model import Account
from wordspictures.render.files import PrintOptions, Rendered, render_book

EXAMPLES = Path(__file__).parent / "data" / "examples"
CREATED = dt.datetime(2025, 12, 1, tzinfo=dt.timezone.utc)


def load_bilingual(path: Path, folder: Path) -> Account:
    """Return the account of two languages in the file at ``path``."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    main, second = data["language"]
    firsts: dict[str, list[Any]] = {}

    def first(value: Any, key: str) -> Any:
        if isinstance(value, dict) and set(value) == {main, second}:
            firsts.setdefault(key, []).append(value[second])
            return value[main]
        if isinstance(value, dict):
            return {k: first(v, k if k in ("called", "title") else key) for k, v in value.items()}
        if isinstance(value, list):
            return [first(v, key) for v in value]
        return value

    plain = {k: first(v, k) for k, v in data.items() if k != "language"}
    plain["language"] = main
    copy = folder / path.name
    copy.write_text(yaml.safe_dump(plain, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    account = load_account(copy)
    people = {p.id: p for p in account.people}
    called = iter(firsts.get("called", []))
    for pid, person in data["people"].items():
        if isinstance(person.get("called"), dict):
            people[pid] = replace(people[pid], called_translation=next(called))
    changes: dict[str, Any] = {"people": tuple(people[p.id] for p in account.people),
                               "second_language": second}
    if "title" in firsts:
        changes["title_translation"] = firsts["title"][0]
    for name, entries in account.entries():
        texts = iter(firsts.get(name, []))
        changes[name] = tuple(replace(e, translation=next(texts)) for e in entries)
    texts = iter(firsts.get("scale", []))
    changes["scale"] = tuple(replace(s, translation=next(texts)) if s.text else s
                             for s in account.scale)
    return replace(account, **changes)


def render_bilingual(path: Path, folder: Path, formats: tuple[str, ...] = ("pdf", "pptx"),
                     ) -> Rendered:
    """Return the files of a bilingual example's book."""
    return render_book(load_bilingual(path, folder), PrintOptions(formats=formats), CREATED)
