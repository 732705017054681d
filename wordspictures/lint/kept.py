"""A language's compiled word rules kept in the cache folder, so a check need not make them.

Making the rules — reading two YAML files, the forms of every '~word', the source of every
pattern — takes about a tenth of a second, at every start of ``check`` and ``build``. The result
is plain data (``ruleset``), written here as JSON, named by the rule files and the code that
makes them: the size and time of each, so an edited file or a new version of the code makes
new rules. Nothing runs from the file when it is read; a file that cannot be read is made anew.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

from wordspictures.language.files import PACKS
from wordspictures.language.terms import NOTHING, TermPattern
from wordspictures.lint.forms import simplemma_version
from wordspictures.lint.rare import Vocabulary
from wordspictures.lint.ruleset import Organisation, RuleSet, WordRule
from wordspictures.system.cache import cache_subfolder

CACHE = "word-rules"
# The modules whose code makes the rules: a change to any of them makes new rules.
MAKERS = ("../language/terms.py", "rules.py", "ruleset.py", "rare.py", "forms.py", "kept.py",
          "../language/sentences.py", "../language/facts.py")


def file_mark(path: Path) -> str:
    """Return a file's size and time ('-' when it is not there)."""
    try:
        stat = os.stat(path)
    except OSError:
        return "-"
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def rules_key(language: str, rules_dir: Path | None) -> str:
    """Return the name of the kept rules of a language and an organisation's folder."""
    here = Path(__file__).parent
    files: list[Path] = [PACKS / language / "lint.yaml", PACKS / language / "language.yaml",
                         *(here / name for name in MAKERS)]
    if rules_dir is not None:
        files += [rules_dir / language / "lint.yaml", rules_dir / "lint.yaml",
                  rules_dir / language / "language.yaml"]
    parts = [language, str(rules_dir), simplemma_version(), *map(str, files),
             *map(file_mark, files)]
    return f"{language}-{hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:24]}.json"


def kept_rules(name: str) -> RuleSet | None:
    """Return the rules kept under ``name``, or None when there are none (or unreadable)."""
    folder = cache_subfolder(CACHE)
    if folder is None:
        return None
    try:
        return decode_rules(json.loads((folder / name).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, re.error):
        return None


def keep_rules(name: str, rules: RuleSet) -> None:
    """Write the rules under ``name`` (whole, then renamed; the cache is only a shortcut)."""
    folder = cache_subfolder(CACHE)
    if folder is None:
        return
    part = folder / f".{name}.{os.getpid()}.part"
    with contextlib.suppress(OSError):
        part.write_text(json.dumps(encode_rules(rules), ensure_ascii=False), encoding="utf-8")
        part.replace(folder / name)


def encode_pattern(pattern: TermPattern | None) -> Any:
    """Return a pattern as JSON: its source and what each term needs in a text."""
    if pattern is None:
        return None
    gates = None if pattern.gates is None else [
        [[sorted(words), sorted(pieces)] for words, pieces in term] for term in pattern.gates]
    return {"source": pattern.source, "gates": gates}


def decode_pattern(data: Any) -> TermPattern:
    """Return the pattern written by ``encode_pattern`` (an empty list is ``NOTHING``)."""
    if data["source"] == NOTHING.source and data["gates"] == []:
        return NOTHING
    gates = None if data["gates"] is None else tuple(
        tuple((frozenset(words), frozenset(pieces)) for words, pieces in term)
        for term in data["gates"])
    return TermPattern(data["source"], gates)


def encode_rule(rule: WordRule) -> dict[str, Any]:
    """Return one word rule as JSON."""
    return {"category": rule.category, "pattern": encode_pattern(rule.pattern),
            "why": rule.why, "suggest": rule.suggest, "sources": list(rule.sources),
            "unless": encode_pattern(rule.unless),
            "unless_sentence": encode_pattern(rule.unless_sentence),
            "only_sentence": encode_pattern(rule.only_sentence),
            "sections": sorted(rule.sections), "own_view": rule.own_view}


def decode_rule(data: dict[str, Any]) -> WordRule:
    """Return the word rule written by ``encode_rule``."""
    only = data["only_sentence"]
    return WordRule(category=data["category"], pattern=decode_pattern(data["pattern"]),
                    why=data["why"], suggest=data["suggest"], sources=tuple(data["sources"]),
                    unless=decode_pattern(data["unless"]),
                    unless_sentence=decode_pattern(data["unless_sentence"]),
                    only_sentence=None if only is None else decode_pattern(only),
                    sections=frozenset(data["sections"]), own_view=data["own_view"])


def encode_vocabulary(vocabulary: Vocabulary | None) -> Any:
    """Return the rare-word rules as JSON."""
    if vocabulary is None:
        return None
    fields = {f.name: getattr(vocabulary, f.name) for f in dataclasses.fields(vocabulary)}
    fields["rare_below"] = {str(k): v for k, v in vocabulary.rare_below.items()}
    fields["known"] = sorted(vocabulary.known)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in fields.items()}


def decode_vocabulary(data: Any) -> Vocabulary | None:
    """Return the rare-word rules written by ``encode_vocabulary``."""
    if data is None:
        return None
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v
                              for k, v in data.items()}
    values["rare_below"] = {int(k): float(v) for k, v in data["rare_below"].items()}
    values["known"] = frozenset(data["known"])
    return Vocabulary(**values)


def encode_rules(rules: RuleSet) -> dict[str, Any]:
    """Return a whole rule set as JSON."""
    return {"words": [encode_rule(rule) for rule in rules.words],
            "patterns": {k: encode_pattern(v) for k, v in rules.patterns.items()},
            "numbers": {k: {str(age): n for age, n in v.items()}
                        for k, v in rules.numbers.items()},
            "texts": rules.texts,
            "organisations": [[o.source, o.explained_source] for o in rules.organisations],
            "abbreviation": [rules.abbreviation.pattern, rules.abbreviation.flags],
            "vocabulary": encode_vocabulary(rules.vocabulary)}


def decode_rules(data: dict[str, Any]) -> RuleSet:
    """Return the rule set written by ``encode_rules``."""
    source, flags = data["abbreviation"]
    return RuleSet(words=tuple(decode_rule(r) for r in data["words"]),
                   patterns={k: decode_pattern(v) for k, v in data["patterns"].items()},
                   numbers={k: {int(age): n for age, n in v.items()}
                            for k, v in data["numbers"].items()},
                   texts=data["texts"],
                   organisations=tuple(Organisation(s, e) for s, e in data["organisations"]),
                   abbreviation=re.compile(source, flags),
                   vocabulary=decode_vocabulary(data["vocabulary"]))

