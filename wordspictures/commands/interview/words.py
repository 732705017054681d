"""The interview's words in one language: ``templates/<lang>/interview.yaml``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from wordspictures.commands.interview.story import Someone, drop_article, fold
from wordspictures.errors import WordsPicturesError
from wordspictures.language.files import fill, find_pack_file
from wordspictures.language.wording import Wording


class Words:
    """The interview's words in one language (``interview.yaml``), and the book's own
    (``wording``) where the interview says what the book will say."""

    def __init__(self, data: dict[str, Any], wording: Wording):
        self.data = data
        self.wording = wording
        self.articles = [str(a) for a in data["words"].get("articles", [])]

    def text(self, *path: str, **values: object) -> str:
        """Return a text of the file by its keys, with ``{name}``s filled in."""
        node: Any = self.data
        for key in path:
            node = node[key]
        return fill(str(node).strip(), values)

    def question(self, key: str, values: dict[str, object]) -> tuple[str, str]:
        """Return a question and its example."""
        entry = self.data["questions"][key]
        return fill(str(entry["ask"]), values), fill(str(entry.get("example", "")), values)

    def answer(self, kind: str, typed: str) -> Any:
        """Return what a typed word means in the account (a role, place, ...), or None."""
        table = {fold(str(k)): v for k, v in self.data["answers"][kind].items()}
        for candidate in (typed, drop_article(typed, self.articles)):
            if fold(candidate) in table:
                return table[fold(candidate)]
        return None

    def join(self, names: Sequence[str]) -> str:
        """Return names as one phrase, as the book joins them: 'Sam, Noor en Daan'."""
        return str(self.wording.module("words.j2").join(list(names))).strip()

    def default_title(self, children: Sequence[Someone]) -> str:
        """Return the title the book gets when the account has none (``book.j2``)."""
        return self.wording.phrase("default_title", list(children))


def load_words(language: str, templates: Path | None = None) -> Words:
    """Return the interview words of a language (an organisation's pack first)."""
    path = find_pack_file(language, "interview.yaml", templates)
    if path is None:
        raise WordsPicturesError(f"there is no interview in the language '{language}' — "
                                 "add 'interview.yaml' to the template pack, or leave out "
                                 "--interview to get the starter account")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise WordsPicturesError(f"{path}: cannot read the interview ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("questions"), dict):
        raise WordsPicturesError(f"{path}: the interview needs 'questions:' — see the "
                                 "built-in interview.yaml")
    return Words(data, Wording(language, templates))
