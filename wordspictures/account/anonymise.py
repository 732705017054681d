"""An anonymous copy of an account, for supervision or training (``--anonymise``).

Everyone is named by their role ("Mother", "Child 1", "Teacher"), in the text as well as in
the labels of the drawings; dates are blurred to their month, phone numbers become "…",
the family's own pictures are left out (a photo shows who they are) and the title becomes
the book's default title, with the role names. The words come from the language's templates
(``words.j2``: ``role_label``, ``name_words``...; ``language.yaml``: the months and days),
never from here. The dates that the book writes itself (the account's date) become a
``Month``, which every template shows through ``month_date``, whatever the pack's ``date``
macro says.

What this cannot hide: an unusual event, a place or an organisation named in the caseworker's
own words can still tell who the family is (see docs/privacy.md).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from functools import partial
from typing import Any

from wordspictures.account.model import Account, Entry, Person
from wordspictures.language.files import TemplateProblem
from wordspictures.language.wording import Month, Wording

HIDDEN = "…"  # what stands where a phone number, or a name shared by two people, was
# A phone number: a digit, then digits, spaces, dashes, dots or brackets, then a digit;
# only taken when it has at least eight digits (a year, a time or a house number has fewer).
PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().\-/]{5,}\d(?!\w)")
PHONE_DIGITS = 8


def casefolded(words: Iterable[str]) -> frozenset[str]:
    """Return the words in lower case, for comparing."""
    return frozenset(w.casefold() for w in words)


@dataclass(frozen=True)
class PackWords:
    """The words of a language that anonymising needs, from its ``words.j2``."""

    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    name_words: frozenset[str]
    name_links: frozenset[str]
    genitive_s: bool
    date_prepositions: dict[str, str]
    date_fillers: tuple[str, ...]
    ordinals: tuple[str, ...]
    genitive: Callable[[str], str]
    role_label: Callable[[Person, int], str]
    month_date: Callable[[dt.date], str]

    @classmethod
    def of(cls, wording: Wording) -> PackWords:
        """Return the words of the wording's language; a pack that lacks one says which.

        The days and months are the language's facts (``language.yaml``), the rest is
        ``words.j2``'s."""
        module = wording.module("words.j2")
        found: dict[str, Any] = {"months": wording.facts.months,
                                 "weekdays": wording.facts.weekdays}
        for name in (f.name for f in fields(cls) if f.name not in found):
            value = getattr(module, name, None)
            if value is None:
                raise TemplateProblem(f"{wording.filename('words.j2')}: there is no '{name}', "
                                      "which an anonymous copy needs — copy it from the "
                                      "built-in words.j2 and translate it")
            convert = AS_FIELD[name]
            found[name] = convert(value) if convert else partial(wording.macro, "words.j2", name)
        return cls(**found)


# How each of words.j2's names becomes a field of PackWords; None: a macro, which is called
# through the wording (it names a broken one and puts the words on one line).
AS_FIELD: dict[str, Callable[[Any], Any] | None] = {
    "name_words": casefolded, "name_links": casefolded,
    "genitive_s": bool, "date_prepositions": dict, "date_fillers": tuple, "ordinals": tuple,
    "genitive": None, "role_label": None, "month_date": None,
}


def anonymise(account: Account, wording: Wording, second: Wording | None = None
              ) -> Account:
    """Return a copy of the account in which nobody can be recognised by name or date.

    In a book of two languages the translations are hidden with the second language's
    words (``second``, its pack; default the built-in one), looser: see ``NameFinder``.
    """
    words = PackWords.of(wording)
    labels = role_labels(account.people, words)
    names = NameFinder(account.people, labels, words)
    dates = DateFinder(words)

    def hide(text: str) -> str:
        return hide_phones(dates.blur(names.replace(text)))

    hide_second, second_labels = translation_hider(account, second)

    def entry(e: Entry) -> Entry:
        return replace(e, text=hide(e.text), when=e.when and hide(e.when),
                       where=e.where and hide(e.where), picture=None, audio=None,
                       phone=HIDDEN if e.phone else None,
                       translation=e.translation and hide_second(e.translation))

    sections: dict[str, Any] = {name: tuple(entry(e) for e in entries)
                                for name, entries in account.entries()}
    return replace(
        account, title=None, title_translation=None,
        date=Month.of(account.date) if account.date else None,
        people=tuple(replace(p, name=labels[p.id], called=labels[p.id], picture=None,
                             name_translation=None,
                             called_translation=second_labels.get(p.id))
                     for p in account.people),
        scale=tuple(replace(s, text=s.text and hide(s.text),
                            translation=s.translation and hide_second(s.translation))
                    for s in account.scale),
        audio=(),  # recordings too: a voice says who someone is, as a photo shows it
        cover=account.cover and replace(account.cover, picture=None,
                                        where=account.cover.where and hide(account.cover.where)),
        **sections,
    )


def translation_hider(account: Account, second: Wording | None
                      ) -> tuple[Callable[[str], str], dict[str, str]]:
    """Return how the translations are hidden, and each person's label in the second
    language; for a book of one language, nothing to do.

    A name the anonymiser cannot know is refused (``unknown_scripts``) rather than left in.
    """
    if account.second_language is None:
        return (lambda text: text), {}
    missing = people_without_second_name(account)
    if missing:
        from wordspictures.errors import AccountError
        from wordspictures.language.messages import Messages

        say = Messages(account.language)
        raise AccountError([say.problem(
            "anonymise.no_second_name", p.mark, id=p.id, name=p.name, main=account.language,
            second=account.second_language,
            language=say.language_name(account.second_language)) for p in missing])
    words = PackWords.of(second or Wording(account.second_language))
    labels = role_labels(account.people, words)
    names = NameFinder(account.people, labels, words, loose=True)
    dates = DateFinder(words)
    return (lambda text: hide_phones(dates.blur(names.replace(text)))), labels


def people_without_second_name(account: Account) -> list[Person]:
    """Return the people whose name the translations may write in letters the account
    does not give it in ('Yusuf' in an Arabic text is يوسف): nobody could find it there.

    A name is given there as ``name: {nl: Yusuf, ar: يوسف}``, or in how the child calls
    them when that holds the name ('Juf Anja' → المعلمة أنيا: as many words, so the name
    is among them); 'Mama' → ماما holds no name, and Samira may still stand in a text.
    """
    written = scripts(" ".join(e.translation or "" for _, e in account.story_texts()))
    return [p for p in account.people if p.name_translation is None
            and not called_with_name(p) and written - scripts(p.name) - {"COMMON"}]


def called_with_name(person: Person) -> bool:
    """Return True when how the child calls someone holds their name, in both languages."""
    called, translated = person.called.split(), (person.called_translation or "").split()
    return any(word in called for word in person.name.split()) \
        and len(translated) >= len(called)


def scripts(text: str) -> set[str]:
    """Return the scripts of the text's letters, by the first word of their Unicode names
    ('LATIN', 'ARABIC', 'CYRILLIC', 'ETHIOPIC')."""
    return {unicodedata.name(ch, "COMMON").split()[0] for ch in text if ch.isalpha()}


def role_labels(people: Sequence[Person], words: PackWords) -> dict[str, str]:
    """Return each person's role label, by id: numbered when two people share one, the
    children always, oldest first ("Child 1", "Child 2")."""
    labels = {p.id: words.role_label(p, 0) for p in people if not p.is_child}
    twice = {label for label, count in Counter(labels.values()).items() if count > 1}
    seen: Counter[str] = Counter()
    for p in people:
        if labels.get(p.id) in twice:
            seen[labels[p.id]] += 1
            labels[p.id] = words.role_label(p, seen[labels[p.id]])
    children = sorted((p for p in people if p.is_child), key=lambda p: -(p.age or 0))
    for number, child in enumerate(children, 1):
        labels[child.id] = words.role_label(child, number)
    return labels


class NameFinder:
    """Finds every way the account writes a person's name, and puts their label there."""

    def __init__(self, people: Sequence[Person], labels: dict[str, str], words: PackWords,
                 loose: bool = False):
        self.words = words
        # Each spelling with the people it may mean: rank 0 for a whole name or called name,
        # 1 for a part of one. The lowest rank wins; two people at that rank hide it.
        found: dict[str, set[tuple[int, str]]] = {}
        for p in people:
            for rank, term in self.terms(p):
                for spelling in self.spellings(term):
                    found.setdefault(spelling, set()).add((rank, labels[p.id]))
            for stem in self.stems(p) if loose else ():
                found.setdefault(stem, set()).add((2, labels[p.id]))
        self.labels = {}
        for spelling, meanings in found.items():
            best = min(rank for rank, _ in meanings)
            chosen = {label for rank, label in meanings if rank == best}
            self.labels[spelling] = chosen.pop() if len(chosen) == 1 else HIDDEN
        alternatives = "|".join(re.escape(s) for s in sorted(self.labels, key=len,
                                                              reverse=True))
        ending = "(s)?" if words.genitive_s else "()"
        self.pattern = re.compile(rf"(?<!\w)({alternatives}){ending}(?!\w)") \
            if self.labels else None
        if loose and self.labels:
            # In the second language the whole word that holds a name goes: Arabic writes
            # 'to' and 'and' on to it (ليوسف), Polish and Ukrainian change its ending.
            self.pattern = re.compile(rf"\w*?({alternatives})()\w*")

    def terms(self, person: Person) -> Iterator[tuple[int, str]]:
        """Yield what may stand for the person: their name and called name whole (rank
        0), and every run of their words with a real name in it (rank 1)."""
        yield 0, person.name
        yield 0, person.called
        yield from ((0, t) for t in (person.name_translation, person.called_translation) if t)
        yield from ((1, run) for run in self.runs(person.name.split()))
        called = person.called.split()
        links = [i for i, w in enumerate(called) if i > 0 and w.casefold() in
                 self.words.name_links]
        yield from ((1, run) for run in self.runs(called[:links[0]] if links else called))

    def stems(self, person: Person) -> Iterator[str]:
        """Yield each name word of the person in a script with capitals, less its last
        letter ('Ol' of 'Olia'; Ukrainian 'Олю' is 'Оля'), to hide its changed endings."""
        for name in (person.name, person.name_translation or ""):
            for word in name.split():
                if len(word) >= 3 and word[0].isupper() and self.is_name(word):
                    yield word[:-1]

    def runs(self, words: list[str]) -> Iterator[str]:
        """Yield every run of the words that holds at least one word that is a name."""
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                if any(self.is_name(w) for w in words[start:end]):
                    yield " ".join(words[start:end])

    def is_name(self, word: str) -> bool:
        """Return True for a word that is a name, not a title, family word or link."""
        plain = word.casefold()
        return plain not in self.words.name_words and plain not in self.words.name_links

    def spellings(self, term: str) -> Iterable[str]:
        """Return how the term may be written: as given, in capitals, and with a small or
        capital first letter when it starts with a title or family word ('mama', 'Oma
        Khadija'; but 'Mark' is never 'mark').

        A name word typed in small letters ('politie', 'de buren', 'lisa') is looked for
        with its capital only: in the text 'de politie' is a word, not someone's name
        (it became 'de Politieagent'), while 'Lisa' there is the name all the same.
        """
        term = " ".join(w[0].upper() + w[1:] if self.is_name(w) and w.islower() else w
                        for w in term.split())
        if not term:
            return set()
        found = {term, term.upper()}
        if not self.is_name(term.split()[0]):
            found |= {term[0].lower() + term[1:], term[0].upper() + term[1:]}
        return found

    def replace(self, text: str) -> str:
        """Return the text with every name replaced by its person's label."""
        if self.pattern is None:
            return text

        def label(match: re.Match[str]) -> str:
            found = self.labels[match.group(1)]
            return self.words.genitive(found) if match.group(2) and found != HIDDEN else found

        return self.pattern.sub(label, text)


class DateFinder:
    """Finds dates of a day in a text ('3 maart 2026', 'Saturday 3 March', '2026-03-03',
    '3/3/2026') and writes their month instead ('maart 2026', 'March')."""

    def __init__(self, words: PackWords):
        self.words = words
        # Month and day names as the templates write them, or with a capital first letter
        # (a sentence may start with one); never in any case, so that 'may' is no month.
        month = alternatives(capitalised(words.months))
        weekday = rf"(?:{alternatives(capitalised(words.weekdays))}),?\s+"
        filler = rf"(?:(?:{alternatives(words.date_fillers)})\s+)?" if words.date_fillers \
            else ""
        ordinal = rf"(?:{alternatives(words.ordinals)})?" if words.ordinals else ""
        day = rf"(?P<day>\d{{1,2}}){ordinal}"
        year = r"(?:,?\s+(?P<year>\d{4}))?"
        # Without prepositions an empty one would take the space before the date with it.
        preposition = rf"(?:(?P<prep>{alternatives(words.date_prepositions)})\s+)?" \
            if words.date_prepositions else "(?P<prep>)"
        self.spoken = re.compile(
            rf"(?<!\w){preposition}(?:{weekday})?{filler}(?:"
            rf"{day}\s+{filler}(?P<month>{month})|(?P<month2>{month})\s+(?P<day2>\d{{1,2}})"
            rf"{ordinal}){year}(?!\w)")
        self.iso = re.compile(rf"(?<![\w\-/.]){preposition}(?P<year>\d{{4}})-(?P<month>\d{{1,2}})"
                              r"-(?P<day>\d{1,2})(?![\w]|[\-/.]\d)")
        self.numeric = re.compile(
            rf"(?<![\w\-/.]){preposition}(?:{weekday})?(?P<day>\d{{1,2}})(?P<sep>[/.\-])"
            r"(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\w]|[\-/.]\d)")

    def blur(self, text: str) -> str:
        """Return the text with each day's date made its month."""
        text = self.spoken.sub(self.spoken_month, text)
        text = self.iso.sub(self.numeric_month, text)
        return self.numeric.sub(self.numeric_month, text)

    def spoken_month(self, match: re.Match[str]) -> str:
        """Return the month (and year) of a date written in words."""
        name = match.group("month") or match.group("month2")
        number = [m.casefold() for m in self.words.months].index(name.casefold()) + 1
        month = self.words.months[number - 1]
        if match.group("year"):
            month = self.words.month_date(dt.date(int(match.group("year")), number, 1))
        return self.with_preposition(match, month)

    def numeric_month(self, match: re.Match[str]) -> str:
        """Return the month and year of a date in figures; not a date: as it was."""
        day, number, year = (int(match.group(k)) for k in ("day", "month", "year"))
        if not (1 <= number <= 12 and 1 <= day <= 31):
            return match.group(0)
        year += 2000 if year < 100 else 0
        month = self.words.month_date(dt.date(year, number, 1))
        return self.with_preposition(match, month)

    def with_preposition(self, match: re.Match[str], month: str) -> str:
        """Return the month after the preposition a month takes ('op 3 maart' → 'in')."""
        prep = match.group("prep")
        month = f"{self.words.date_prepositions[prep]} {month}" if prep else month
        # 'Zaterdag 3 maart.' starts a sentence: so does 'Maart.'
        return month[0].upper() + month[1:] if match.group(0)[0].isupper() else month


def capitalised(words: Iterable[str]) -> set[str]:
    """Return the words as written and with a capital first letter."""
    return {form for w in words if w for form in (w, w[0].upper() + w[1:])}


def alternatives(words: Iterable[str]) -> str:
    """Return a regular expression that matches any of the words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def hide_phones(text: str) -> str:
    """Return the text with every phone number replaced by '…'."""
    def hidden(match: re.Match[str]) -> str:
        digits = sum(ch.isdigit() for ch in match.group(0))
        return HIDDEN if digits >= PHONE_DIGITS else match.group(0)

    return PHONE.sub(hidden, text)
