"""A child's vocabulary: a word that books, films and talk seldom use is one a child does not know.

No list of jargon is ever complete ("ouderschapsplan", "dysregulation"). What such words
share is that they are rare outside the helpers' reports. wordfreq ships how often each word
is used in Dutch and English (films, books, the web); a word used less than about once in ten
million words (the threshold, on the Zipf scale, goes with the youngest reader's age) is
flagged, unless it is a name (a capital), a number, a word the language pack lists as known to
children, another form of a common word ('kietelt' from 'kietelen'), or a compound of common
words ('gymschoenen'). A compound whose first part is an abstract noun with a linking s
('ontwikkelings-', 'loyaliteits-') is a report's word, however common its parts.

The word list is read once from wordfreq's data and kept in the cache folder as a plain list of
the words above the threshold, so a check after the first reads one small file (about 20 ms).
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import os
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wordspictures.language.files import fill
from wordspictures.language.sentences import Sentence
from wordspictures.lint.finding import Hit
from wordspictures.system.cache import cache_subfolder

CACHE = "word-frequencies"
# The shortest part of a compound that counts as a word of its own.
PART = 3
# A word, or one piece of a word with hyphens: 'KOPP' in 'KOPP-groep' is read on its own.
PIECES = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# An abbreviation: this many capitals, at least and at most.
ABBREVIATION = (2, 6)


@dataclass(frozen=True)
class Vocabulary:
    """The rare-word rules of one language (``vocabulary:`` in lint.yaml)."""

    language: str
    rare_below: dict[int, float]               # Zipf threshold by reading age
    endings: tuple[str, ...] = ()              # taken off to find a common form
    additions: tuple[str, ...] = ("",)         # put on after taking an ending off
    links: tuple[str, ...] = ("",)             # between the parts of a compound
    abstract: tuple[str, ...] = ()             # a first part ending so is a report's word
    parts_above: float = 3.0                   # Zipf of each part of a compound, at least
    stems: tuple[str, ...] = ()                # a verb's ending: its stem may start a compound
    # Dutch spells a long vowel double in a closed syllable and single in an open one, and a
    # stem's f/s is v/z before an ending: bezeer-de is bezeren, schaaf-wond is schaven.
    respell: dict[str, str] = field(default_factory=dict)
    voiced: dict[str, str] = field(default_factory=dict)
    known: frozenset[str] = frozenset()        # words children know that are rare in text
    everyday: dict[str, str] = field(default_factory=dict)  # a rare word → an everyday one
    why: str = ""
    suggest: str = ""
    suggest_everyday: str = ""

    def threshold(self, age: int) -> float:
        """Return the Zipf threshold for a reading age (below the youngest: the youngest's)."""
        ages = sorted(self.rare_below)
        best = ages[0]
        for key in ages:
            if key <= age:
                best = key
        return self.rare_below[best]


def read_vocabulary(language: str, raw: dict[str, Any]) -> Vocabulary | None:
    """Return the vocabulary rules from a rule file's ``vocabulary:`` section (None: none)."""
    if not raw or not raw.get("rare_below"):
        return None
    return Vocabulary(
        language=language,
        rare_below={int(k): float(v) for k, v in raw["rare_below"].items()},
        endings=tuple(sorted((str(e) for e in raw.get("endings") or ()), key=len,
                             reverse=True)),
        additions=tuple(str(a) for a in raw.get("additions") or ("",)),
        links=tuple(str(a) for a in raw.get("links") or ("",)),
        abstract=tuple(str(a) for a in raw.get("abstract") or ()),
        parts_above=float(raw.get("parts_above", 3.0)),
        stems=tuple(str(e) for e in raw.get("stems") or ()),
        respell={str(k): str(v) for k, v in (raw.get("respell") or {}).items()},
        voiced={str(k): str(v) for k, v in (raw.get("voiced") or {}).items()},
        known=frozenset(str(w).lower() for w in raw.get("known") or ()),
        everyday={str(k).lower(): str(v) for k, v in (raw.get("everyday") or {}).items()},
        why=str(raw.get("why", "")), suggest=str(raw.get("suggest", "")),
        suggest_everyday=str(raw.get("suggest_everyday", "")),
    )


def wordfreq_data(language: str) -> Path | None:
    """Return wordfreq's list for a language without importing wordfreq (0.3 s of imports
    for a file it only opens); None when wordfreq or the language is missing."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    path = folder / f"large_{language}.msgpack.gz"
    return path if path.is_file() else None


def read_common(path: Path, zipf: float) -> list[str]:
    """Return the words of wordfreq's list at ``path`` used at least ``zipf``.

    The list is in wordfreq's 'cB' form: after a header, one list of words for each step of
    a hundredth of a Zipf unit, the most common first (step i is Zipf 9 - i/100).
    """
    steps = round((9 - zipf) * 100)
    return [word for bucket in read_buckets(path)[1:steps + 1] for word in bucket]


@functools.lru_cache(maxsize=1)
def read_buckets(path: Path) -> list[Any]:
    """Return wordfreq's list as it is stored (read once: both thresholds come from it)."""
    import msgpack

    return list(msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False))


@functools.lru_cache(maxsize=8)
def common_words(language: str, zipf: float) -> frozenset[str]:
    """Return the set of words used at least ``zipf``, from the cache folder when there."""
    source = wordfreq_data(language)
    if source is None:
        return frozenset()
    # Named by the data file's size and time: a new wordfreq makes a new list. (Its version
    # would need importlib.metadata, 20 ms of imports at every start.)
    stat = source.stat()
    folder = cache_subfolder(CACHE)
    name = f"{language}-{round(zipf * 100)}-{stat.st_size}-{int(stat.st_mtime)}.txt"
    if folder is not None:
        try:
            return frozenset((folder / name).read_text(encoding="utf-8").split("\n"))
        except OSError:
            pass
    words = read_common(source, zipf)
    if folder is not None and words:
        part = folder / f".{name}.{os.getpid()}.part"
        try:
            part.write_text("\n".join(words), encoding="utf-8")
            part.replace(folder / name)
        except OSError:
            pass  # the cache is only a shortcut
    return frozenset(words)


def is_common(word: str, common: Collection[str], vocabulary: Vocabulary,
              parts: Collection[str] = ()) -> bool:
    """Return True when a (lower-case) word, a form of it or its parts are common enough.

    ``parts`` are the words common enough to be a part of a compound: the big list holds
    many short strings ('lan', 'chaps') that would make any long word a 'compound'.
    """
    if is_form_of(word, common, vocabulary):
        return True
    if "-" in word:
        return all(is_common(p, common, vocabulary, parts) for p in word.split("-") if p)
    return bool(parts) and is_compound(word, parts, vocabulary)


def is_form_of(word: str, common: Collection[str], vocabulary: Vocabulary) -> bool:
    """Return True when the word or another form of it is in ``common`` or known."""
    if word in common or word in vocabulary.known:
        return True
    return any(form in common for form in other_forms(word, vocabulary))


def other_forms(word: str, vocabulary: Vocabulary) -> Iterable[str]:
    """Yield the word with an ending taken off, and then each addition put on."""
    for ending in vocabulary.endings:
        if word.endswith(ending) and len(word) - len(ending) >= PART:
            base = word[:-len(ending)]
            yield from (base + addition for addition in vocabulary.additions)
            yield from (form + addition for form in respelled(base, vocabulary)
                        for addition in vocabulary.additions)
            if len(base) > PART and base[-1] == base[-2]:
                yield base[:-1]  # 'tikken' → 'tik', 'stopped' → 'stop'


def respelled(base: str, vocabulary: Vocabulary) -> Iterable[str]:
    """Yield a closed syllable's double vowel made single ('bezeer' → 'bezer', before 'en')."""
    if len(base) < PART or not vocabulary.respell:
        return
    vowel, last = base[-3:-1], base[-1]
    if vowel in vocabulary.respell and last not in "aeiou":
        yield base[:-3] + vocabulary.respell[vowel] + vocabulary.voiced.get(last, last)


def is_compound(word: str, parts: Collection[str], vocabulary: Vocabulary) -> bool:
    """Return True when the word is two common words joined ('gym' + 'schoenen')."""
    for cut in range(len(word) - PART, PART - 1, -1):
        head, rest = word[:cut], word[cut:]
        if any(head.endswith(a) for a in vocabulary.abstract):
            continue
        if not is_form_of(rest, parts, vocabulary):
            continue
        for link in vocabulary.links:
            stem = head[:len(head) - len(link)] if link and head.endswith(link) else head
            if len(stem) >= PART and (link == "" or stem != head) and is_part(stem, parts,
                                                                              vocabulary):
                return True
    return False


def is_part(stem: str, parts: Collection[str], vocabulary: Vocabulary) -> bool:
    """Return True when the first part of a compound is a common word, or the stem of one
    ('zwem' in 'zwemdiploma' is 'zwemmen' without its ending: ``stems``)."""
    if stem in parts or stem in vocabulary.known:
        return True
    stems = [stem, *respelled(stem, vocabulary)]
    return any(s + ending in parts or stem + stem[-1] + ending in parts
               for ending in vocabulary.stems for s in stems)


def find_rare_words(sentence: Sentence, vocabulary: Vocabulary, age: int,
                    names: Collection[str] = ()) -> list[Hit]:
    """Return a jargon hit for each word of the sentence few children know."""
    common = common_words(vocabulary.language, vocabulary.threshold(age))
    if not common:
        return []
    parts = common_words(vocabulary.language, vocabulary.parts_above)
    hits = []
    for match in PIECES.finditer(sentence.text):
        said = match.group()
        word = said.replace("’", "'")
        if not (is_rare_word(word, common, parts, vocabulary, names)
                or is_rare_abbreviation(word, parts, vocabulary)):
            continue
        word = word.lower()
        plain = vocabulary.everyday.get(word)
        suggest = fill(vocabulary.suggest_everyday if plain else vocabulary.suggest,
                       {"words": said, "plain": plain or ""})
        hits.append(Hit("jargon", said, fill(vocabulary.why, {"words": said}), suggest,
                        sentence.start + match.start(), sentence.start + match.end()))
    return hits


def is_rare_word(word: str, common: Collection[str], parts: Collection[str],
                 vocabulary: Vocabulary, names: Collection[str]) -> bool:
    """Return True for a word in lower case (a capital is a name) that few children know."""
    if not word.islower() or not word.replace("-", "").replace("'", "").isalpha():
        return False
    return len(word) > PART and word not in names and not is_common(word, common, vocabulary,
                                                                       parts)


def is_rare_abbreviation(word: str, parts: Collection[str], vocabulary: Vocabulary) -> bool:
    """Return True for letters in capitals ('LVB', 'EHCP') that are no common word ('TV')."""
    if not (ABBREVIATION[0] <= len(word) <= ABBREVIATION[1] and word.isupper()
            and word.isalpha()):
        return False
    return word.lower() not in parts and word.lower() not in vocabulary.known
