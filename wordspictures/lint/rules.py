"""Load the word rules of a language from lint.yaml files and compile them once.

The built-in rules live in ``templates/<lang>/lint.yaml``. An organisation may keep its own
file in a folder of its own (``<dir>/<lang>/lint.yaml`` or ``<dir>/lint.yaml``); it adds to the
built-in rules (lists grow, numbers and texts are replaced, ``remove:`` takes terms away), so a
new language or a house list is a file, not code.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from wordspictures.errors import WordsPicturesError
from wordspictures.lint.terms import (
    TermError,
    TermPattern,
    bounded,
    compile_name,
    compile_terms,
    compiled,
    expand_terms,
    source_each,
    term_source,
)

# The C loader when PyYAML has it: the rule files are read on every run of the check.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
WORD_CATEGORIES = ("judgment", "blame", "jargon", "vague")
# The lists of the 'because' section (see ``because.py``).
BECAUSE_LISTS = ("words", "acts", "people", "negators", "deeds", "own_state")
Pattern = re.Pattern[str]


class RulesError(WordsPicturesError):
    """A lint.yaml file that cannot be used; the message names the file (exit 1, no trace)."""


@dataclass(frozen=True)
class WordRule:
    """A group of terms with one reason and one suggestion."""

    category: str
    pattern: TermPattern
    why: str
    suggest: str
    terms: tuple[tuple[str, str], ...]    # (term, regex source): compiled only for allow lists
    unless: TermPattern | None = None          # a match touching the hit cancels it
    unless_sentence: TermPattern | None = None  # a match anywhere in the sentence cancels it
    only_sentence: TermPattern | None = None    # the hit counts only if this is in the sentence


@dataclass(frozen=True)
class Organisation:
    """An organisation name and the sentences that would explain it to a child.

    The patterns are compiled when first used: most stories name one organisation or none,
    and compiling every explanation of every name would be most of the check's time.
    """

    name: str
    source: str
    explained_source: str

    @property
    def pattern(self) -> Pattern:
        """Return the pattern of the name (case counts, except for its first letter)."""
        return compiled(self.source, 0)

    @property
    def explained_by(self) -> Pattern:
        """Return the pattern of a sentence that explains the name."""
        return compiled(self.explained_source)


@dataclass(frozen=True)
class RuleSet:
    """Everything the checks need for one language, compiled."""

    language: str
    words: tuple[WordRule, ...]
    hard_words: tuple[WordRule, ...]
    patterns: dict[str, TermPattern | None]   # named lists: negators, when, where, who, ...
    numbers: dict[str, dict[int, int]]    # readability tables by reading age
    texts: dict[str, dict[str, str]]      # why/suggest of the checks that are not word lists
    organisations: tuple[Organisation, ...]

    def text(self, key: str, **values: object) -> tuple[str, str]:
        """Return (why, suggest) for a check, with ``{words}``-style values filled in."""
        entry = self.texts.get(key, {})
        return fill(entry.get("why", key), values), fill(entry.get("suggest", ""), values)

    def number(self, table: str, age: int) -> int:
        """Return the value of a readability table for a reading age (below 6: the value at 6)."""
        rows = self.numbers.get(table) or {}
        if not rows:
            return 0
        keys = sorted(rows)
        best = keys[0]
        for key in keys:
            if key <= age:
                best = key
        return rows[best]


def fill(template: str, values: Mapping[str, object]) -> str:
    """Return the template with known ``{name}``s filled in and unknown ones left alone."""
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template)


def read_yaml(path: Path) -> dict[str, Any]:
    """Return the mapping in a rule file; raise ``RulesError`` naming the file otherwise."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise RulesError(f"{path}: cannot read the word rules ({exc})") from exc
    if not isinstance(data, dict):
        raise RulesError(f"{path}: the word rules must be a mapping")
    return data


def find_rule_files(language: str, rules_dir: Path | None) -> list[Path]:
    """Return the built-in rule file and an organisation's own, in the order they apply."""
    files = []
    built_in = TEMPLATES / language / "lint.yaml"
    if built_in.is_file():
        files.append(built_in)
    if rules_dir is not None:
        for own in (Path(rules_dir) / language / "lint.yaml", Path(rules_dir) / "lint.yaml"):
            if own.is_file() and read_yaml(own).get("language", language) == language:
                files.append(own)
                break
    return files


def merge_rules(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Return base with extra added: lists grow, mappings merge, plain values are replaced."""
    merged = dict(base)
    for key, value in extra.items():
        old = merged.get(key)
        if isinstance(old, list) and isinstance(value, list):
            merged[key] = old + [v for v in value if v not in old]
        elif isinstance(old, dict) and isinstance(value, dict):
            merged[key] = merge_rules(old, value)
        else:
            merged[key] = value
    return merged


def remove_terms(data: Any, gone: set[str]) -> Any:
    """Return the rule data without the terms in ``gone`` (compared without case)."""
    if isinstance(data, list):
        kept = [remove_terms(v, gone) for v in data
                if not (isinstance(v, str) and v.strip().lower() in gone)]
        return [v for v in kept if not (isinstance(v, dict) and v.get("terms") == [])]
    if isinstance(data, dict):
        return {k: remove_terms(v, gone) for k, v in data.items()}
    return data


def load_data(language: str, rules_dir: Path | None) -> dict[str, Any]:
    """Return the merged rule data of a language (empty when there is no rule file)."""
    data: dict[str, Any] = {}
    for path in find_rule_files(language, rules_dir):
        extra = read_yaml(path)
        gone = {str(t).strip().lower() for t in extra.pop("remove", []) or []}
        data = remove_terms(merge_rules(data, extra), gone)
    return data


def build_word_rule(category: str, raw: dict[str, Any], sets: dict[str, list[str]]) -> WordRule:
    """Return one compiled word rule from its yaml mapping."""
    terms = list(raw.get("terms") or [])
    pattern = compile_terms(terms, sets)
    if pattern is None:
        raise TermError(f"a {category} rule has no terms")
    return WordRule(
        category=category, pattern=pattern, why=str(raw.get("why", "")),
        suggest=str(raw.get("suggest", "")), terms=source_each(terms, sets),
        unless=compile_terms(raw.get("unless") or [], sets),
        unless_sentence=compile_terms(raw.get("unless_sentence") or [], sets),
        only_sentence=compile_terms(raw.get("only_sentence") or [], sets),
    )


def build_organisations(raw: dict[str, Any], sets: dict[str, list[str]]
                        ) -> tuple[Organisation, ...]:
    """Return the organisation names, each with the patterns that explain it."""
    orgs = []
    explains = [str(e) for e in raw.get("explained_by") or []]
    for name in expand_terms(raw.get("names") or [], sets):
        source = compile_name(name, sets)
        # The explanation is matched without case, except the name inside it.
        own_sets = {**sets, "org": [f"re:(?-i:{source})"]}
        explained = "|".join(term_source(e, own_sets) for e in explains)
        orgs.append(Organisation(name, bounded(source),
                                 bounded(explained) if explained else r"(?!)"))
    return tuple(orgs)


def build_rules(language: str, data: dict[str, Any]) -> RuleSet:
    """Return the compiled rule set of the merged rule data."""
    sets = {str(k): [str(t) for t in v or []] for k, v in (data.get("sets") or {}).items()}
    words = tuple(build_word_rule(cat, raw, sets)
                  for cat in WORD_CATEGORIES for raw in data.get(cat) or [])
    read = data.get("readability") or {}
    hard = tuple(build_word_rule("readability", raw, sets) for raw in read.get("words") or [])
    neg, det = data.get("negation") or {}, data.get("detail") or {}
    patterns = {name: compile_terms(det.get(name) or [], sets)
                for name in ("when", "where", "who", "not_names", "nobody", "passive", "agent",
                             "states")}
    patterns.update({name: compile_terms(neg.get(name) or [], sets)
                     for name in ("negators", "stopping", "openers", "contrast")})
    cause = data.get("because") or {}
    patterns.update({f"because_{name}": compile_terms(cause.get(name) or [], sets)
                     for name in BECAUSE_LISTS})
    numbers = {name: {int(k): int(v) for k, v in (read.get(name) or {}).items()}
               for name in ("sentence_words", "page_words", "long_word", "guide")}
    texts = {"negation": {"why": neg.get("why", ""), "suggest": neg.get("suggest", "")}}
    texts["blame_reason"] = {"why": cause.get("why", ""), "suggest": cause.get("suggest", "")}
    for section in (det, read, data.get("structure") or {}):
        texts.update({k: v for k, v in section.items() if isinstance(v, dict) and "why" in v})
    orgs_raw = data.get("organisations") or {}
    texts["organisation"] = {"why": orgs_raw.get("why", ""),
                             "suggest": orgs_raw.get("suggest", "")}
    return RuleSet(language=language, words=words, hard_words=hard, patterns=patterns,
                   numbers=numbers, texts=texts,
                   organisations=build_organisations(orgs_raw, sets))


@functools.lru_cache(maxsize=16)
def cached_rules(language: str, rules_dir: str | None) -> RuleSet:
    """Return the compiled rules; compiled once per language and folder for the process."""
    data = load_data(language, Path(rules_dir) if rules_dir else None)
    try:
        return build_rules(language, data)
    except (TermError, re.error, TypeError, ValueError) as exc:
        where = rules_dir or TEMPLATES / language / "lint.yaml"
        raise RulesError(f"{where}: {exc}") from exc


def load_rules(language: str, rules_dir: Path | None = None) -> RuleSet:
    """Return the compiled word rules of a language, with an organisation's own added."""
    folder = str(Path(rules_dir).resolve()) if rules_dir is not None else None
    return cached_rules(language, folder)


def has_rules(language: str, rules_dir: Path | None = None) -> bool:
    """Return True when there is a rule file for the language."""
    return bool(find_rule_files(language, rules_dir))
