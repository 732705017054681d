"""Load the word rules of a language from lint.yaml files and compile them once.

The built-in rules live in ``templates/<lang>/lint.yaml``. An organisation may keep its own
file in a folder of its own (``<dir>/<lang>/lint.yaml`` or ``<dir>/lint.yaml``); it adds to the
built-in rules (lists grow, numbers and texts are replaced, ``remove:`` takes terms away), so a
new language or a house list is a file, not code.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from wordspictures.errors import WordsPicturesError
from wordspictures.language.facts import Facts, facts_if_any
from wordspictures.language.files import PACKS
from wordspictures.language.sentences import abbreviation_pattern
from wordspictures.language.terms import (
    NOTHING,
    TermError,
    bounded,
    compile_name,
    compile_terms,
    expand_terms,
    expression_error,
    holds_expression,
    source_each,
    term_source,
)
from wordspictures.lint.forms import lemma_words, word_forms
from wordspictures.lint.kept import keep_rules, kept_rules, rules_key
from wordspictures.lint.rare import read_vocabulary
from wordspictures.lint.ruleset import Organisation, RuleSet, WordRule

# The C loader when PyYAML has it: the rule files are read on every run of the check.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The sections of lint.yaml that are lists of word rules, each named after its category.
WORD_LISTS = ("judgment", "blame", "jargon", "vague")
# The lists of the 'because' section (see ``because.py``).
BECAUSE_LISTS = ("words", "acts", "people", "negators", "deeds", "own_state")
# The lists of the 'own_view' section (see ``speech.py``), each a pattern 'speech_<name>'.
SPEECH_LISTS = ("says", "she", "he", "self_she", "self_he", "others", "as_role")
# The rule of a hit found by ``because``: a reason, which a parent may give about themself.
REASON = "reason"


class RulesError(WordsPicturesError):
    """A lint.yaml file that cannot be used; the message names the file (exit 1, no trace)."""


def read_yaml(path: Path) -> dict[str, Any]:
    """Return the mapping in a rule file; raise ``RulesError`` naming the file otherwise."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise RulesError(f"{path}: cannot read the word rules ({exc})") from exc
    if not isinstance(data, dict):
        raise RulesError(f"{path}: the word rules must be a mapping")
    return data


def read_rule_files(language: str, rules_dir: Path | None
                    ) -> list[tuple[Path, dict[str, Any]]]:
    """Return the path and data of the built-in rule file and of an organisation's own, in
    the order they apply; each file is read once.

    The organisation's file is ``<dir>/<language>/lint.yaml``, else ``<dir>/lint.yaml`` when
    that one is for this language. (Not ``wording.search_path``: that knows only the first
    form, and refuses a folder that is not a template pack.)
    """
    found = []
    built_in = PACKS / language / "lint.yaml"
    if built_in.is_file():
        found.append((built_in, read_yaml(built_in)))
    if rules_dir is not None:
        for own in (Path(rules_dir) / language / "lint.yaml", Path(rules_dir) / "lint.yaml"):
            if not own.is_file():
                continue
            data = read_yaml(own)
            if data.get("language", language) == language:
                found.append((own, data))
                break
    return found


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


def merge_files(files: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the rule data of the files merged, each file's ``remove:`` applied after it."""
    data: dict[str, Any] = {}
    for extra in files:
        gone = {str(t).strip().lower() for t in extra.pop("remove", []) or []}
        data = remove_terms(merge_rules(data, extra), gone)
    return data


def build_word_rule(category: str, raw: dict[str, Any], sets: dict[str, list[str]]) -> WordRule:
    """Return one compiled word rule from its yaml mapping."""
    terms = list(raw.get("terms") or [])
    pattern = compile_terms(terms, sets)
    if pattern is NOTHING:
        raise TermError(f"a {category} rule has no terms")
    # An empty 'only_sentence' (all its terms removed, say) sets no condition.
    only_sentence = compile_terms(raw.get("only_sentence") or [], sets)
    return WordRule(
        category=category, pattern=pattern, why=str(raw.get("why", "")),
        suggest=str(raw.get("suggest", "")), sources=source_each(terms, sets),
        unless=compile_terms(raw.get("unless") or [], sets),
        unless_sentence=compile_terms(raw.get("unless_sentence") or [], sets),
        only_sentence=None if only_sentence is NOTHING else only_sentence,
        sections=frozenset(str(s) for s in raw.get("sections") or ()),
        own_view=bool(raw.get("own_view", False)),
    )


def build_organisations(raw: dict[str, Any], sets: dict[str, list[str]]
                        ) -> tuple[Organisation, ...]:
    """Return the organisation names, each with the patterns that explain it."""
    orgs = []
    explains = [str(e) for e in raw.get("explained_by") or []]
    names = expand_terms(raw.get("names") or [], sets)
    # Compiled when first used, unless a 're:' piece may be wrong (see ``compile_terms``).
    now = holds_expression(names + explains, sets)
    for name in names:
        source = compile_name(name, sets)
        # The explanation is matched without case, except the name inside it.
        own_sets = {**sets, "org": [f"re:(?-i:{source})"]}
        explained = "|".join(term_source(e, own_sets) for e in explains)
        org = Organisation(bounded(source), bounded(explained) if explained else r"(?!)")
        if now:
            try:
                org.compile()
            except re.error as exc:
                raise expression_error([name, *explains], own_sets, exc) from exc
        orgs.append(org)
    return tuple(orgs)


def build_rules(data: dict[str, Any]) -> RuleSet:
    """Return the compiled rule set of the merged rule data."""
    sets = {str(k): [str(t) for t in v or []] for k, v in (data.get("sets") or {}).items()}
    read = data.get("readability") or {}
    words = tuple(build_word_rule(cat, raw, sets)
                  for cat in WORD_LISTS for raw in data.get(cat) or [])
    words += tuple(build_word_rule("readability", raw, sets) for raw in read.get("words") or [])
    neg, det = data.get("negation") or {}, data.get("detail") or {}
    patterns = {name: compile_terms(det.get(name) or [], sets)
                for name in ("when", "where", "who", "not_names", "nobody", "passive", "agent",
                             "states")}
    patterns.update({name: compile_terms(neg.get(name) or [], sets)
                     for name in ("negators", "stopping", "openers", "contrast")})
    cause = data.get("because") or {}
    patterns.update({f"because_{name}": compile_terms(cause.get(name) or [], sets)
                     for name in BECAUSE_LISTS})
    speech = data.get("own_view") or {}
    patterns.update({f"speech_{name}": compile_terms(speech.get(name) or [], sets)
                     for name in SPEECH_LISTS})
    # A speaker known by name only may be either; their own words are both lists.
    patterns["speech_self_any"] = compile_terms(
        [*(speech.get("self_she") or []), *(speech.get("self_he") or [])], sets)
    numbers = {name: {int(k): int(v) for k, v in (read.get(name) or {}).items()}
               for name in ("sentence_words", "page_words", "long_word", "guide")}
    texts = {"negation": {"why": neg.get("why", ""), "suggest": neg.get("suggest", "")}}
    texts["blame_reason"] = {"why": cause.get("why", ""), "suggest": cause.get("suggest", "")}
    for section in (det, read, data.get("structure") or {}):
        texts.update({k: v for k, v in section.items() if isinstance(v, dict) and "why" in v})
    orgs_raw = data.get("organisations") or {}
    texts["organisation"] = {"why": orgs_raw.get("why", ""),
                             "suggest": orgs_raw.get("suggest", "")}
    return RuleSet(words=words, patterns=patterns, numbers=numbers, texts=texts,
                   organisations=build_organisations(orgs_raw, sets),
                   abbreviation=abbreviation_pattern(
                       str(a) for a in data.get("abbreviations") or []),
                   vocabulary=read_vocabulary(str(data.get("language", "")),
                                              data.get("vocabulary") or {}))


def language_words(facts: Facts | None) -> dict[str, Any]:
    """Return what the rules take from the language's facts (``language.yaml``): its
    abbreviations, and the sets ``weekdays`` and ``months`` for the rules to use."""
    if facts is None:
        return {}
    return {"abbreviations": list(facts.abbreviations),
            "sets": {"weekdays": [f"{day}*" for day in facts.weekdays],
                     "months": list(facts.months)}}


@functools.lru_cache(maxsize=16)
def cached_rules(language: str, rules_dir: str | None) -> RuleSet | None:
    """Return the compiled rules (None: no rule file); made once per language and folder,
    and kept in the cache folder for the next check (``kept``)."""
    folder = Path(rules_dir) if rules_dir else None
    name = rules_key(language, folder)
    kept = kept_rules(name)
    if kept is not None:
        return kept
    files = read_rule_files(language, folder)
    if not files:
        return None
    facts = facts_if_any(language, folder if folder and (folder / language).is_dir() else None)
    data = merge_files([language_words(facts), *(data for _, data in files)])
    # The forms of the '~words' are sets of their own, which the terms name ('~slaan').
    data["sets"] = {**(data.get("sets") or {}), **word_forms(language, lemma_words(data))}
    try:
        rules = build_rules(data)
    except (TermError, re.error, TypeError, ValueError) as exc:
        # The last file is the organisation's own when there is one (the built-in ones
        # are tested): what is wrong came with it.
        raise RulesError(f"{files[-1][0]}: {exc}") from exc
    keep_rules(name, rules)
    return rules


def load_rules(language: str, rules_dir: Path | None = None) -> RuleSet | None:
    """Return the compiled word rules of a language, with an organisation's own added;
    None when the language has no rule file (then there is nothing to check)."""
    folder = str(Path(rules_dir).resolve()) if rules_dir is not None else None
    return cached_rules(language, folder)

