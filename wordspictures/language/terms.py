"""Turn the terms of a pack's word lists into regular expressions: the word check's rules
(lint.yaml) and the words the drawings read (pictures.yaml) are written the same way.

A term is what a trainer writes in the rule file, not a regular expression: words separated by
spaces, where ``*`` stands for any letters (``agressie*`` catches agressief and agressieve), a
leading ``*`` catches compounds (``*verslaving`` catches alcoholverslaving), ``{name}`` stands
for any term of a named set, ``...`` lets up to four words come between (never across a comma),
``~`` before a word stands for every form of it (``~slaan`` is slaat, sloeg, geslagen…; the forms
come from ``forms``, which hands them in as the set named ``~slaan``), and ``re:`` starts a plain
regular expression (the whole term, or one word of it). Matching ignores case and never starts
or ends inside a word.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Iterator, Mapping

# A word as the checks count it: letters and digits, with inner apostrophes and hyphens
# ("grown-ups", "won't", "Sam's") kept in one word.
WORD = r"[^\W_]+(?:['’-][^\W_]+)*"
# Between two words of a term: spaces only, so a term never runs across a comma or a full stop.
SEPARATOR = r"\s+"
# '...' in a term: up to four words in between, never across a comma or a full stop.
GAP = r"\s+(?:[^\s,.;:!?()]+\s+){0,4}?"
LETTERS = r"[^\W_]*"
# A set in a word, with what comes before and after it in the same word.
SET_REF = re.compile(r"^([^{}]*)\{(\w+)\}([^{}]*)$")
# A term that is one plain word, perhaps with a '*' at its end: no set, gap or expression.
PLAIN = re.compile(r"[^\W\d_]+\*?")
# A set named inside a word of a term.
SET_NAME = re.compile(r"\{(\w+)\}")
# Before a word: every form of the word ('~slaan' is slaat, sloeg, geslagen…).
LEMMA = "~"


class TermError(ValueError):
    """A term in a rule file that cannot be read (an unknown set, a broken expression)."""


def expand_terms(terms: Iterable[str], sets: Mapping[str, list[str]],
                 seen: frozenset[str] = frozenset()) -> list[str]:
    """Return the terms with every ``@name`` replaced by the terms of that set."""
    out: list[str] = []
    for term in terms:
        term = str(term).strip()
        if term.startswith("@"):
            name = term[1:]
            if name not in sets:
                raise TermError(f"unknown set '@{name}'")
            if name in seen:
                raise TermError(f"set '@{name}' refers to itself")
            out.extend(expand_terms(sets[name], sets, seen | {name}))
        elif term:
            out.append(term)
    return out


def compile_word(word: str, sets: Mapping[str, list[str]], seen: frozenset[str]) -> str:
    """Return the regex source for one word of a term (no word boundaries).

    A set may sit inside a word: "{people}'s" is "Granny's", "mee{werken}" is "meewerken".
    """
    if word.startswith("re:"):
        return "(?:" + word[3:] + ")"
    if word.startswith(LEMMA):
        if word.lower() not in sets:
            raise TermError(f"no forms are known for '{word}'")
        return set_source(word.lower(), sets, seen)
    ref = SET_REF.match(word)
    if ref:
        before, name, after = ref.groups()
        if name not in sets:
            raise TermError(f"unknown set '{{{name}}}'")
        if name in seen:
            raise TermError(f"set '{{{name}}}' refers to itself")
        return (compile_word(before, sets, seen) + set_source(name, sets, seen)
                + compile_word(after, sets, seen))
    if "{" in word or "}" in word:
        raise TermError(f"'{word}': write a set as '{{name}}', once in a word")
    pieces = []
    for char in word:
        if char == "*":
            pieces.append(LETTERS)
        elif char in "'’":
            pieces.append("['’]")
        else:
            pieces.append(re.escape(char))
    return "".join(pieces)


# The source of each set of a rule file, made once: a set such as {zijn} or the forms of
# '~slaan' stands in dozens of terms. Keyed by the sets' identity, which the entry keeps alive.
SET_SOURCES: dict[tuple[int, str], tuple[Mapping[str, list[str]], str]] = {}


def set_source(name: str, sets: Mapping[str, list[str]], seen: frozenset[str]) -> str:
    """Return the regex source of one set (its members, the longer match preferred)."""
    kept = SET_SOURCES.get((id(sets), name))
    if kept is not None and kept[0] is sets:
        return kept[1]
    members = expand_terms(sets[name], sets, seen | {name})
    source = alternation(members, sets, seen | {name})
    if len(SET_SOURCES) > 4096:
        SET_SOURCES.clear()
    SET_SOURCES[(id(sets), name)] = (sets, source)
    return source


def term_source(term: str, sets: Mapping[str, list[str]],
                seen: frozenset[str] = frozenset()) -> str:
    """Return the regex source for a whole term, without the outer word boundaries."""
    if term.startswith("re:"):
        return "(?:" + term[3:] + ")"
    source = ""
    gap = False
    for word in term.split():
        if word == "...":
            gap = True
            continue
        if source:
            source += GAP if gap else SEPARATOR
        source += compile_word(word, sets, seen)
        gap = False
    return source


def alternation(terms: Iterable[str], sets: Mapping[str, list[str]],
                seen: frozenset[str] = frozenset()) -> str:
    """Return one regex source matching any of the terms, the longer match preferred.

    Plain one-word terms go into a tree of shared beginnings ('sloeg|sloegen' becomes
    'sloeg(?:en)?', 'oma*|opa' becomes 'o(?:ma…|pa)'): the rule files hold hundreds of
    words, and a flat list makes the patterns longer and slower to compile at every start.
    """
    plain = {t.lower() for t in terms if PLAIN.fullmatch(t)}
    others = sorted({term_source(t, sets, seen) for t in terms if not PLAIN.fullmatch(t)},
                    key=len, reverse=True)
    # Longest first, so 'niet meer' wins over 'niet' inside one alternation.
    parts = others + ([word_tree(tuple(sorted(plain)))] if plain else [])
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


@functools.lru_cache(maxsize=1024)
def word_tree(words: tuple[str, ...]) -> str:
    """Return a regex matching exactly the (sorted, distinct) words, longest match first.

    A word ending in ``*`` stands for every word it begins, so it replaces its whole branch.
    """
    if "*" in words:
        return LETTERS
    ends = "" in words
    branches: dict[str, list[str]] = {}
    for word in words:
        if word:
            branches.setdefault(word[0], []).append(word[1:])
    parts = [re.escape(first) + word_tree(tuple(rest)) for first, rest in branches.items()]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends:
        return f"(?:{body})?" if len(parts) > 1 or len(body) > 1 else body + "?"
    return body


def bounded(source: str) -> str:
    """Return the source wrapped so that it starts and ends at a word edge."""
    return r"(?<![\w'’-])(?:" + source + r")(?![\w])"


@functools.lru_cache(maxsize=4096)
def compiled(source: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Return the pattern of one source (without case, unless told), compiled once."""
    return re.compile(source, flags)


def compile_terms(terms: Iterable[str], sets: Mapping[str, list[str]]) -> TermPattern:
    """Return one case-insensitive pattern matching any of the terms (``NOTHING`` for none).

    A missing list is an empty one, so the checks need no case for it.
    """
    terms = expand_terms(terms, sets)
    if not terms:
        return NOTHING
    gates = [term_gate(term, sets) for term in terms]
    pattern = TermPattern(bounded(alternation(terms, sets)),
                          None if None in gates else tuple(g for g in gates if g is not None))
    expressions = [term for term in terms if holds_expression([term], sets)]
    if expressions:
        # The patterns are compiled when a text needs them, but plain words are escaped:
        # only a 're:' piece can be wrong, or clash with another (two groups of one name).
        # The terms that hold one are compiled now, together and without the plain words,
        # so the rules fail when loaded, naming the terms.
        try:
            compiled(bounded(alternation(expressions, sets)))
        except re.error as exc:
            raise expression_error(terms, sets, exc) from exc
    return pattern


def holds_expression(terms: Iterable[str], sets: Mapping[str, list[str]],
                     seen: frozenset[str] = frozenset()) -> bool:
    """Return True when a term has a ``re:`` piece, itself or in a set it names."""
    for term in terms:
        if "re:" in term:
            return True
        for name in SET_NAME.findall(term):
            if name in sets and name not in seen and holds_expression(
                    expand_terms(sets[name], sets, seen | {name}), sets, seen | {name}):
                return True
    return False


def expression_error(terms: Iterable[str], sets: Mapping[str, list[str]],
                     exc: re.error) -> TermError:
    """Return the error for terms whose pattern cannot be compiled: the term that is wrong
    on its own, else the terms with a ``re:`` piece, which clash together."""
    suspects = [term for term in terms if holds_expression([term], sets)]
    for term in suspects:
        try:
            re.compile(term_source(term, sets))
        except re.error as own:
            return TermError(f"'{term}' cannot be read as a pattern: {own.msg}")
    named = ", ".join(f"'{term}'" for term in suspects)
    return TermError(f"the terms {named} cannot be read together in one pattern: {exc.msg}")


# What one word of a term needs in a text: one of these whole words (the forms of a '~word',
# the members of a set), or one of these pieces of letters anywhere ('agressie' of 'agressie*').
WordGate = tuple[frozenset[str], frozenset[str]]


class TermPattern:
    """The pattern of a list of terms, compiled only when a text might hold one of them.

    Compiling the rule files' patterns was most of the check's time (0.1 s of a build),
    and most of them never meet a text where they could match. Each word of a term says what
    a text must hold for it (``word_gate``): 'keek weg' needs a form of 'kijken' *and* 'weg'.
    A text where no term has all it needs is answered without the pattern. A list with a
    term that promises nothing (a plain ``re:`` expression) is always compiled.
    """

    __slots__ = ("source", "gates", "pieces")

    def __init__(self, source: str, gates: tuple[tuple[WordGate, ...], ...] | None) -> None:
        self.source, self.gates = source, gates
        # Everything any term needs, for a quick 'no' first.
        self.pieces: tuple[frozenset[str], frozenset[str]] = (
            frozenset().union(*(w[0] for t in gates or () for w in t)),
            frozenset().union(*(w[1] for t in gates or () for w in t)))

    @property
    def pattern(self) -> re.Pattern[str]:
        """Return the compiled pattern (compiled on first use; see ``compile_terms``)."""
        return compiled(self.source)

    def might_match(self, text: str) -> bool:
        """Return False only when no match can be in text (no term has all it needs)."""
        if self.gates is None:
            return True
        if not text.isascii() and max(text) > "\xff":
            # Beyond Latin-1, lower() and the pattern's ignoring of case can differ
            # (Turkish dotted I, the long s): then the pattern decides, if it has terms.
            return bool(self.gates)
        lowered, found = lower(text), tokens(text)
        words, pieces = self.pieces
        if words.isdisjoint(found) and not any(piece in lowered for piece in pieces):
            return False
        return any(all(not gate[0].isdisjoint(found) or any(p in lowered for p in gate[1])
                       for gate in term) for term in self.gates)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.might_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.might_match(text) else iter(())

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text) if self.might_match(text) else None


# The pattern of an empty list: without pieces to look for it is never compiled, never matches.
NOTHING = TermPattern(r"(?!)", ())
# The runs of letters of a text: a whole word of a term is one of them.
LETTER_RUNS = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=256)
def tokens(text: str) -> frozenset[str]:
    """Return the runs of letters of a text, in lower case."""
    return frozenset(LETTER_RUNS.findall(lower(text)))


@functools.lru_cache(maxsize=256)
def lower(text: str) -> str:
    """Return the text in lower case (asked for again by every pattern for one sentence)."""
    return text.lower()


def needle(term: str) -> str | None:
    """Return the longest run of plain letters that every match of the term contains, in
    lower case; None when the term promises none (it is, or starts with, an expression).

    '*' (any letters), apostrophes (either kind matches), sets and ``re:`` words are not
    plain: 'made {people} ... cross' gives 'cross', 'agressie*' gives 'agressie'.
    """
    if term.startswith("re:"):
        return None
    pieces: list[str] = []
    for word in term.split():
        if word == "..." or "re:" in word or word.startswith(LEMMA):
            continue
        ref = SET_REF.match(word)
        literal = " ".join(ref.group(1, 3)) if ref else word
        pieces += re.findall(r"[^\W_]+", literal.lower())
    return max(pieces, key=len) if pieces else None


def term_gate(term: str, sets: Mapping[str, list[str]]) -> tuple[WordGate, ...] | None:
    """Return what a text must hold for the term to match there, a gate for each word that
    promises something; None when no word does (an expression)."""
    if term.startswith("re:"):
        return None
    gates = tuple(g for g in (word_gate(w, sets) for w in term.split()) if g is not None)
    return gates or None


def word_gate(word: str, sets: Mapping[str, list[str]]) -> WordGate | None:
    """Return what a text must hold for one word of a term: whole words or pieces (None:
    it promises nothing, such as '...' or an expression)."""
    if word == "..." or "re:" in word:
        return None
    if word.startswith(LEMMA):
        forms = frozenset(f.lower() for f in sets.get(word.lower(), ()))
        return (forms, frozenset()) if forms and all(map(PLAIN.fullmatch, forms)) else None
    ref = SET_REF.match(word)
    if ref is None:
        return whole_or_piece([word])
    literal = needle(" ".join(ref.group(1, 3)).strip() or "_")
    if literal and literal != "_":
        return frozenset(), frozenset({literal})
    try:
        return whole_or_piece(expand_terms(sets.get(ref.group(2), ()), sets))
    except TermError:
        return None


def whole_or_piece(members: list[str]) -> WordGate | None:
    """Return the gate of a word that is one of ``members``: a plain word must be there whole
    (the letters of 'is' are in many words, the word 'is' in fewer texts), anything else by
    its piece ('mama*': 'mama'); None when a member promises nothing."""
    whole, pieces = set(), set()
    for member in members:
        if PLAIN.fullmatch(member) and not member.endswith("*"):
            whole.add(member.lower())
            continue
        piece = needle(member)
        if not piece:
            return None
        pieces.add(piece)
    return (frozenset(whole), frozenset(pieces)) if whole or pieces else None


def source_each(terms: Iterable[str], sets: Mapping[str, list[str]]) -> tuple[str, ...]:
    """Return the regex source of every term alone (to know which term an allowed word matches)."""
    return tuple(bounded(term_source(t, sets)) for t in expand_terms(terms, sets))


def compile_name(name: str, sets: Mapping[str, list[str]]) -> str:
    """Return the source for a proper name: case counts except for the first letter.

    'Veilig Thuis' is an organisation; 'veilig thuis' in a sentence is just two words.
    """
    source = term_source(name, sets)
    first = name[:1]
    if first.isalpha():
        escaped = re.escape(first)
        source = f"[{first.upper()}{first.lower()}]" + source[len(escaped):]
    return source
