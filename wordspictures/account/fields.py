"""Turn single YAML nodes into checked values, collecting problems instead of raising.

A ``Fields`` reader knows the account's file name and the people's ids, so that each
problem can say where it is and what the nearest right value would be.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from wordspictures.account.hints import closest, translated
from wordspictures.account.lines import moved_left_at, read_lines
from wordspictures.account.source import mark_of
from wordspictures.errors import WordsPicturesError
from wordspictures.language.messages import Messages
from wordspictures.problems import WARNING, Mark, Problem

INT_TAG = "tag:yaml.org,2002:int"
BOOL_TAG = "tag:yaml.org,2002:bool"
NULL_TAG = "tag:yaml.org,2002:null"
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"

# Characters XML (and so PPTX) cannot hold, and invisible controls that only confuse:
# C0 controls except tab and newline, DEL and C1 controls, lone surrogates, U+FFFE/U+FFFF.
UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

# A date in the right form whose day or month may not exist, and one with the day first.
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")

_constructor = SafeConstructor()


@dataclass
class Fields:
    """Checks values of one account file; ``problems`` collects what is wrong."""

    shown: str
    folder: Path
    person_ids: Sequence[str] = ()
    child_ids: Sequence[str] = ()  # of the people whose role is child
    # The book's languages once 'language:' is read, the main one first (``kinds.said``).
    languages: Sequence[str] = ()
    languages_wrong: bool = False  # 'language:' had a mistake: texts are not held to it
    problems: list[Problem] = field(default_factory=list)
    source: str = ""
    say: Messages = field(default_factory=Messages)

    def mark(self, node: yaml.Node) -> Mark:
        """Return where a node is in the file."""
        return mark_of(node, self.shown)

    def error(self, node: yaml.Node, message: str, hint: str = "") -> None:
        """Record a problem that stops the build, in the words given (English). A problem
        of the account is better said with ``report``: in the account's language."""
        self.problems.append(Problem(message, hint, self.mark(node)))

    def warn(self, node: yaml.Node, message: str, hint: str = "") -> None:
        """Record a problem the caseworker should look at, in the words given (see
        ``error``)."""
        self.problems.append(Problem(message, hint, self.mark(node), severity=WARNING))

    def report(self, node: yaml.Node, message: str, /, warning: bool = False,
               fix: str | None = None, **values: object) -> None:
        """Record the problem ``message`` of ``messages.yaml``, in the account's language."""
        self.problems.append(self.say.problem(message, self.mark(node), warning=warning,
                                              fix=fix, **values))

    def where(self, part: str, /, **values: object) -> str:
        """Return how a problem names a part of the account ('the person 'sam'')."""
        return self.say.text(f"where.{part}", **values)

    def nearest(self, word: str, choices: Iterable[str]) -> str:
        """Return 'did you mean …?' in the account's language, or ''."""
        close = closest(word, choices)
        return self.say.text("did_you_mean", word=close) if close else ""

    def mapping(self, node: yaml.Node, what: str, allowed: Iterable[str],
                deeper: Collection[str] = ()) -> dict[str, yaml.Node]:
        """Return a mapping's values by key, reporting unknown and repeated keys.

        A key typed in the caseworker's own language ('mensen' for 'people'), or misspelt
        ('txet'), is one mistake: its value is read under the key meant, so that the rest
        of the file is checked as meant instead of failing on every line that needs it
        ('people' missing, every id unknown, an item without text). A key of ``deeper``
        (the keys of a person or an item, at the top of the file) was moved to the left:
        it is told as such.
        """
        if not isinstance(node, yaml.MappingNode):
            self.report(node, "field.not_mapping", what=what)
            return {}
        allowed = tuple(allowed)
        values: dict[str, yaml.Node] = {}
        given = {str(k.value) for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
        for key_node, value_node in self.mend_commas(node, allowed):
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
            right = translated(key, allowed)
            if key in values:
                self.report(key_node, "field.twice", key=key, what=what)
            elif right and right not in values and right not in given:
                self.report(key_node, "field.translated_key", key=key, right=right)
                values[right] = value_node
            elif key in deeper and self.moved_left(key_node):
                continue
            elif key not in allowed:
                close = closest(key, allowed)
                self.report(key_node, "field.unknown_key", key=key, what=what,
                            keys=", ".join(allowed), fix=self.nearest(key, allowed) or None)
                if close and close not in given:  # 'txet': checked as the 'text' it is
                    values[close] = value_node
            else:
                values[key] = value_node
        return values

    def moved_left(self, node: yaml.Node) -> bool:
        """Report a key moved to the left edge at its line, like the lines above it; return
        False when the lines do not show where it belongs."""
        mistake = moved_left_at(read_lines(self.source), node.start_mark.line + 1)
        if mistake is None:
            return False
        self.report(node, mistake.key, **mistake.values)
        return True

    def mend_commas(self, node: yaml.MappingNode, allowed: Sequence[str]
                    ) -> list[tuple[yaml.Node, yaml.Node]]:
        """Return the mapping's pairs, with text that a comma split in two put back together.

        In ``{text: Als papa boos wordt, belt hij oom Tom.}`` YAML reads the part after the
        comma as a new key. When such a 'key' is unknown and has no value, the caseworker
        meant one text: we take it from the file as written and say how to avoid the doubt.
        """
        pairs: list[tuple[yaml.Node, yaml.Node]] = []
        for key_node, value_node in node.value:
            if (node.flow_style and pairs and self.source
                    and isinstance(key_node, yaml.ScalarNode) and key_node.style is None
                    and str(key_node.value) not in allowed
                    and isinstance(value_node, yaml.ScalarNode) and value_node.tag == NULL_TAG
                    and isinstance(pairs[-1][1], yaml.ScalarNode)
                    and pairs[-1][1].style is None):
                last_key, last_value = pairs[-1]
                start, end = last_value.start_mark, key_node.end_mark
                merged = yaml.ScalarNode("tag:yaml.org,2002:str",
                                         self.source[start.index:end.index], start, end)
                pairs[-1] = (last_key, merged)
                self.report(last_value, "field.comma_in_flow", warning=True,
                            key=last_key.value)
                continue
            pairs.append((key_node, value_node))
        return pairs

    def items(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        """Return a list's items; a single value counts as a list of one."""
        if isinstance(node, yaml.SequenceNode):
            return list(node.value)
        if isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG:
            return []
        if isinstance(node, yaml.MappingNode):
            self.report(node, "field.not_list", what=what)
            return []
        return [node]

    def text(self, node: yaml.Node, what: str) -> str | None:
        """Return a piece of text exactly as written (cleaned of unsafe characters)."""
        if not isinstance(node, yaml.ScalarNode):
            self.report(node, "field.not_text", what=what)
            return None
        if node.tag == NULL_TAG:
            self.report(node, "field.empty", what=what)
            return None
        raw = node.value if isinstance(node.value, str) else str(node.value)
        text = UNSAFE_CHARS.sub("", raw).strip()
        if text != raw.strip():
            self.report(node, "field.control", warning=True, what=what)
        if not text:
            self.report(node, "field.empty", what=what)
            return None
        return text

    def whole_number(self, node: yaml.Node, what: str, low: int, high: int) -> int | None:
        """Return a whole number between low and high."""
        value = self._construct(node) if node.tag == INT_TAG else None
        if not isinstance(value, int) or not low <= value <= high:
            self.report(node, "field.not_whole", what=what, low=low, high=high,
                        value=getattr(node, "value", "…"))
            return None
        return value

    def flag(self, node: yaml.Node, what: str) -> bool:
        """Return a yes/no value (true/false)."""
        value = self._construct(node) if node.tag == BOOL_TAG else None
        if not isinstance(value, bool):
            self.report(node, "field.not_flag", what=what, value=getattr(node, "value", "…"))
            return False
        return value

    def date(self, node: yaml.Node, what: str) -> dt.date | None:
        """Return a calendar date written as YYYY-MM-DD."""
        value = self._construct(node) if node.tag == TIMESTAMP_TAG else None
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            self.report_date(node, what)
            return None
        return value

    def report_date(self, node: yaml.Node, what: str) -> None:
        """Report a date that is not one, saying why: a day or month that does not exist
        (2026-02-31 has the right form), or the day first (31-01-2026)."""
        typed = str(getattr(node, "value", ""))
        iso = ISO_DATE.fullmatch(typed)
        flipped = DAY_FIRST.fullmatch(typed)
        if iso:
            year, month, day = (int(part) for part in iso.groups())
            if not 1 <= month <= 12:
                self.report(node, "field.no_such_month", value=typed, month=month)
                return
            days = calendar.monthrange(year, month)[1]
            if not 1 <= day <= days:
                self.report(node, "field.no_such_day", value=typed, year=year, days=days,
                            month_name=self.month_name(month))
                return
        elif flipped:
            day_typed, month_typed, year_typed = flipped.groups()
            fixed = f"{year_typed}-{int(month_typed):02d}-{int(day_typed):02d}"
            self.report(node, "field.date_order", what=what, fixed=fixed)
            return
        self.report(node, "field.not_date", what=what)

    def month_name(self, month: int) -> str:
        """Return the month's name in the account's language (English without one)."""
        from wordspictures.language.facts import load_facts

        try:
            return load_facts(self.say.language).months[month - 1]
        except WordsPicturesError:
            return calendar.month_name[month]

    def choice(self, node: yaml.Node, what: str, choices: Sequence[str]) -> str | None:
        """Return one of a fixed list of words."""
        value = self.text(node, what)
        if value is None:
            return None
        if value not in choices:
            self.report(node, "field.unknown_choice", value=value, what=what,
                        choices=", ".join(choices), fix=self.nearest(value, choices) or None)
            return None
        return value

    def person_id(self, node: yaml.Node) -> str | None:
        """Return the id of someone in the story."""
        value = self.text(node, self.where("a_person"))
        if value is None:
            return None
        if value not in self.person_ids:
            suggestion = self.nearest(value, self.person_ids)
            rule = self.say.text("field.not_someone.fix")
            self.report(node, "field.not_someone", value=value,
                        fix=f"{suggestion} {rule}" if suggestion else None)
            return None
        return value

    def person_ids_of(self, node: yaml.Node) -> tuple[str, ...]:
        """Return one id or a list of ids of people in the story."""
        found = (self.person_id(item) for item in self.items(node, self.where("who")))
        return tuple(unique(pid for pid in found if pid))

    def picture(self, node: yaml.Node) -> Path | None:
        """Return the path of a family picture, relative to the account's folder."""
        value = self.text(node, self.where("picture"))
        if value is None:
            return None
        path = (self.folder / value)
        if not path.is_file():
            self.report(node, "field.picture_folder" if path.is_dir()
                        else "field.picture_missing", value=value)
            return None
        return path

    def recording(self, node: yaml.Node) -> Path | None:
        """Return the path of a recording, relative to the account's folder (what it holds
        is checked when a book is made: ``voice.recording``)."""
        value = self.text(node, self.where("recording"))
        if value is None:
            return None
        path = self.folder / value
        if not path.is_file():
            self.report(node, "field.audio_folder" if path.is_dir() else "field.audio_missing",
                        value=value)
            return None
        return path

    def _construct(self, node: yaml.Node) -> object:
        try:
            return _constructor.construct_object(node)
        except (ConstructorError, ValueError, OverflowError):
            return None


def unique(values: Iterable[str]) -> Iterator[str]:
    """Yield each value once, keeping the first order."""
    seen: set[str] = set()
    for value in values:
        if value not in seen:
            seen.add(value)
            yield value
