"""Read an item's words for its picture: whom it names, what each does and feels, who did
harm, where and when it is, and whether it is about a worry.

The words are the language's (``pictures.yaml``, see ``picture_words``); the rules are
small and the same in every language, so they are plain: a person is named by their name,
by how the child calls them, without a title ('Khadija' for 'Oma Khadija'), by a role word
when one person has that role ('oma'), with a possessive ending ('Sams'); a pronoun points
back to the last person it fits. An action belongs to the person named nearest before it
in its clause ('als papa slaapt en Finn huilt'), else the first after it ('zat Lotte op de
trap'), with the people joined to them by 'en', 'met', 'and', 'with'; a feeling to the
person its clause names nearest to it; a harm to the person named just before it.
Nothing here is certain: the account's own keys (``feeling: {…}``, ``picture: {doing:
…}``) always win over what is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from wordspictures.account.model import Person
from wordspictures.book.picture_words import PictureWords
from wordspictures.language.sentences import split_sentences
from wordspictures.language.terms import WORD

TOKEN = re.compile(WORD)
CLAUSE_END = re.compile(r"[,;:()]")
# Actions two people do with each other: the other people of the clause do it too.
SHARED = frozenset({"phones", "meets", "hugs"})


@dataclass(frozen=True)
class Mention:
    """A person named in the text (or pointed at by a pronoun), where."""

    person: str
    start: int
    end: int
    pronoun: bool = False


@dataclass(frozen=True)
class Reading:
    """What an item's words say its picture shows."""

    named: tuple[str, ...] = ()                  # ids, in the order first named
    doing: tuple[tuple[str, str], ...] = ()      # (id, action)
    feelings: tuple[tuple[str, str], ...] = ()   # (id, feeling)
    doers: tuple[str, ...] = ()                  # who did something that hurt or frightened
    place: str | None = None
    host: str | None = None                      # whose home 'their_home' is
    time: str | None = None                      # day | evening | night
    serious: bool = False
    everyone: bool = False                       # 'iedereen', 'everyone'
    loose: tuple[str, ...] = ()                  # actions said of nobody named


class Reader:
    """Reads the items of one book: knows its people, their genders and the language."""

    def __init__(self, people: Sequence[Person], words: PictureWords,
                 genders: Mapping[str, str | None], abbreviation: re.Pattern[str]):
        self.words = words
        self.genders = genders
        self.abbreviation = abbreviation
        self.names = name_pattern(people, words)
        self.aliases = aliases_of(people, words)
        self.known: dict[str, Reading] = {}  # a page's items are read twice: to cut, to draw

    def read(self, text: str) -> Reading:
        """Return what the text says its picture shows."""
        if text not in self.known:
            self.known[text] = self.reading(text)
        return self.known[text]

    def reading(self, text: str) -> Reading:
        """Return what the text says, read now."""
        words = self.words
        mentions = self.mentions(text)
        named = tuple(dict.fromkeys(m.person for m in mentions if not m.pronoun))
        clauses = list(self.clauses(text, mentions))
        doing = self.actions(text, clauses)
        loose = tuple(a for pid, a in doing if not pid)
        doing = tuple((pid, a) for pid, a in doing if pid)
        feelings = self.feelings_in(text, clauses)
        doers = self.doers_in(text, mentions)
        place, host = self.place_in(text, mentions)
        time = next((name for name, pattern in words.times if pattern.search(text)), None)
        return Reading(named, doing, feelings, doers, place, host, time,
                       words.serious.search(text) is not None,
                       words.everyone.search(text) is not None, loose)

    def doers_in(self, text: str, mentions: list[Mention]) -> tuple[str, ...]:
        """Return who did what hurt or frightened: the person named last before the words,
        leaving out one that is itself what was done to ('pushed Mum and grabbed Sam'), or
        the first after them when their clause names nobody before."""
        harms = list(self.words.harm.finditer(text))
        clauses = self.clauses(text, mentions)
        doers = []
        for harm in harms:
            clause = clause_at(clauses, harm.start())
            before = [m for m in mentions if m.end <= harm.start()
                      and not any(0 <= m.start - h.end() <= 1 for h in harms)]
            inside = [m for m in clause.mentions if m.end <= harm.start()]
            after = [m for m in clause.mentions if m.start >= harm.end()]
            # Before the words ('Papa duwde'), the subject a clause goes on with ('Dad
            # shouted and pushed Mum'), else right after them: 'Op zaterdag duwde papa mama'.
            if clause.carried and not inside:
                found: Mention | None = clause.carried[0]
            elif before and (inside or not after):
                found = before[-1]
            else:
                found = after[0] if after else None
            if found is not None:
                doers.append(found.person)
        return tuple(dict.fromkeys(doers))

    def mentions(self, text: str) -> list[Mention]:
        """Return every person named in the text, and every pronoun that points at one."""
        matches = self.names.finditer(text) if self.names else iter(())
        found = [(m.start(), m.end(), pid) for m in matches
                 if (pid := self.aliases.get(key_of(m.group(1)))) is not None]
        starts = [s.start for s in split_sentences(text, self.abbreviation)]
        result: list[Mention] = []
        for token in TOKEN.finditer(text):
            while found and found[0][0] < token.start():
                start, end, pid = found.pop(0)
                result.append(Mention(pid, start, end))
            if found and found[0][0] <= token.start() < found[0][1]:
                continue
            kinds = self.words.pronoun_of(token.group().lower())
            target = self.refer(kinds, result, starts, token.start()) if kinds else None
            if target is not None:
                result.append(Mention(target, token.start(), token.end(), pronoun=True))
        result += [Mention(pid, start, end) for start, end, pid in found]
        return result

    def refer(self, kinds: tuple[str, ...], before: list[Mention], starts: list[int],
              at: int) -> str | None:
        """Return the person a pronoun points at: the last person it fits in its own
        sentence, else the first it fits in the sentence before (that sentence's subject:
        'Dad says he is sorry that he grabbed Sam. He wants …' is Dad)."""
        sentence = max([s for s in starts if s <= at], default=0)
        previous = max([s for s in starts if s < sentence], default=0)
        own = [m for m in before if m.start >= sentence]
        earlier = [m for m in before if previous <= m.start < sentence and not m.pronoun]
        for mention in [*reversed(own), *earlier]:
            gender = self.genders.get(mention.person)
            if "they" in kinds or gender is None or gender in kinds:
                return mention.person
        return None

    def clauses(self, text: str, mentions: list[Mention]) -> list[Clause]:
        """Return the clauses of the text, each with the people it names.

        A clause ends at a comma or a full stop (not a comma between names: 'mama, oma en
        tante Sara'), before a word that starts a new one ('dat', 'because'), and at
        'en'/'and' between two words that name nobody ('Finn werd wakker en huilde'); such
        a clause goes on with the subject of its sentence's first clause.
        """
        clauses: list[Clause] = []
        for sentence in split_sentences(text, self.abbreviation):
            start = sentence.start
            cuts: dict[int, bool] = {}  # where a clause starts: True when it goes on
            for mark in CLAUSE_END.finditer(sentence.text):
                at = start + mark.start()
                if not (mark.group() == "," and between_names(mentions, at)):
                    cuts[at] = False
            for token in TOKEN.finditer(sentence.text):
                word = token.group().lower()
                at = start + token.start()
                if word in self.words.clause:
                    cuts[at] = False
                elif word in self.words.and_ and not near_mention(mentions, at,
                                                                   at + len(word)):
                    cuts[at] = True
            edges = [(start, False), *sorted(cuts.items()), (start + len(sentence.text), False)]
            first: tuple[Mention, ...] = ()
            for (a, goes_on), (b, _) in zip(edges, edges[1:], strict=False):
                inside = tuple(m for m in mentions if a <= m.start < b)
                clause = Clause(a, b, inside, first if goes_on else ())
                if not first and inside:
                    first = tuple(self.group_of(text, inside))
                clauses.append(clause)
        return clauses

    def actions(self, text: str, clauses: list[Clause]) -> tuple[tuple[str, str], ...]:
        """Return what each person does: the first action of the file's order that the
        text says, for the subject of its clause and the people joined to them. An action
        of nobody named ('iedereen praat samen') is kept under the id '' (everyone)."""
        doing: dict[str, str] = {}
        used: list[tuple[int, int]] = []
        for action, pattern in self.words.actions:
            for match in pattern.finditer(text):
                if any(a < match.end() and match.start() < b for a, b in used):
                    continue
                clause = clause_at(clauses, match.start())
                people = self.subjects(text, clause, match, action != "leaves")
                if action in SHARED:
                    people += [m.person for m in clause.mentions]
                if not clause.mentions and not clause.carried and "" not in doing:
                    people = [""]
                free = [p for p in dict.fromkeys(people) if p not in doing]
                if free:
                    used.append(match.span())
                    doing.update((p, action) for p in free)
        return tuple(doing.items())

    def subjects(self, text: str, clause: Clause, match: re.Match[str], joined: bool = True
                 ) -> list[str]:
        """Return who does what a clause says: its subject (the first person it names, or
        its sentence's for a clause that goes on) with everyone joined to them by 'en',
        'met', 'and', and the people in or right after the action's own words ('picks Sam
        up', 'takes Sam', 'loopt met Noor'; not for leaving: 'went to stay with Tom' is
        Dad's alone)."""
        before = [m for m in clause.mentions if m.end <= match.start()]
        if before:  # the nearest before: 'als papa slaapt en Finn huilt' is Finn's
            runs = self.groups_of(text, clause.mentions)
            index = next(i for i, run in enumerate(runs) if before[-1] in run)
            group = runs[index]
            if index and self.companion(text, clause, group[0]):  # 'Sara komt met oma koken'
                group = runs[index - 1] + group
        else:
            group = list(clause.carried) or self.group_of(text, clause.mentions)
        if joined:
            group += [m for m in clause.mentions if match.start() <= m.start < match.end()]
            after = [m for m in clause.mentions if m.start >= match.end()]
            if after and self.joins(text[match.end():after[0].start], also=False):
                group += self.group_of(text, tuple(after))
            for mention in clause.mentions:  # 'met Lotte', 'with Dad'
                if self.companion(text, clause, mention):
                    group += self.group_of(text, tuple(m for m in clause.mentions
                                                       if m.start >= mention.start))
        return list(dict.fromkeys(m.person for m in group))

    def companion(self, text: str, clause: Clause, mention: Mention) -> bool:
        """Return True for someone named right after 'met', 'with' (not 'en', 'and')."""
        words = TOKEN.findall(text[max(clause.start, mention.start - 12):mention.start])
        return bool(words) and words[-1].lower() in self.words.together - self.words.and_

    def groups_of(self, text: str, mentions: tuple[Mention, ...]) -> list[list[Mention]]:
        """Return the mentions in runs of people joined together ('Mama en Mia')."""
        runs: list[list[Mention]] = []
        for mention in mentions:
            if runs and self.joins(text[runs[-1][-1].end:mention.start]):
                runs[-1].append(mention)
            else:
                runs.append([mention])
        return runs

    def group_of(self, text: str, mentions: tuple[Mention, ...]) -> list[Mention]:
        """Return the first of the mentions with those joined to it ('Mama en Mia')."""
        if not mentions:
            return []
        group = [mentions[0]]
        for mention in mentions[1:]:
            if not self.joins(text[group[-1].end:mention.start]):
                break
            group.append(mention)
        return group

    def joins(self, between: str, also: bool = True) -> bool:
        """Return True when only joining words ('en', 'met', 'and') stand between; with
        ``also`` False, not 'en'/'and' (after an action it starts the next one: 'als papa
        slaapt en Finn huilt')."""
        words = self.words.together if also else self.words.together - self.words.and_
        tokens = [t.lower() for t in TOKEN.findall(between)]
        return all(t in words for t in tokens) and not re.search(r"[.;:]", between)

    def feelings_in(self, text: str, clauses: list[Clause]
                    ) -> tuple[tuple[str, str], ...]:
        """Return the feelings the words give people: nearest in the clause, first wins."""
        found: dict[str, str] = {}
        # In the file's order: 'scared' before the 'sad' of a bruise in the same item.
        hits = [(m.start(), feeling) for feeling, pattern in self.words.feelings
                for m in pattern.finditer(text)]
        for at, feeling in hits:
            clause = clause_at(clauses, at)
            near = sorted((abs(m.start - at), m.start > at, m.person) for m in clause.mentions)
            if near and near[0][2] not in found:
                found[near[0][2]] = feeling
        return tuple(found.items())

    def place_in(self, text: str, mentions: list[Mention]) -> tuple[str | None, str | None]:
        """Return the place the words name first, and for someone else's home, whose it
        is: the person named nearest after its words."""
        found = [(match.start(), order, place) for order, (place, pattern)
                 in enumerate(self.words.places) for match in [pattern.search(text)] if match]
        for mention in mentions:  # "Granny Ria's house", "bij oma thuis"
            word = TOKEN.match(text, mention.end + 1) or TOKEN.match(text, mention.end)
            if word and word.group().lower() in self.words.homes and not mention.pronoun:
                found.append((mention.start, -1, "their_home"))
        if not found:
            return None, None
        at, _, place = min(found)
        hosts = [m.person for m in mentions if m.start >= at and not m.pronoun]
        return place, (hosts[0] if place == "their_home" and hosts else None)


@dataclass(frozen=True)
class Clause:
    """A part of a sentence with one subject: its span, the people it names, and the
    subject it carries on from its sentence's first clause ('… en huilde')."""

    start: int
    end: int
    mentions: tuple[Mention, ...]
    carried: tuple[Mention, ...] = ()


def clause_at(clauses: list[Clause], at: int) -> Clause:
    """Return the clause around a position."""
    for clause in clauses:
        if clause.start <= at < clause.end:
            return clause
    return clauses[-1] if clauses else Clause(0, 0, ())


def between_names(mentions: list[Mention], at: int) -> bool:
    """Return True for a comma in a list of names ('mama, oma en tante Sara')."""
    return any(0 <= at - m.end <= 1 for m in mentions) and \
        any(0 <= m.start - at - 1 <= 1 for m in mentions)


def near_mention(mentions: list[Mention], at: int, end: int) -> bool:
    """Return True when a word or a comma stands right after or before a named person."""
    return any(0 <= at - m.end <= 1 or 0 <= m.start - end <= 1 for m in mentions)


def aliases_of(people: Sequence[Person], words: PictureWords) -> dict[str, str]:
    """Return every way the text may name each person, in lower case, with their id.

    A way that would name two people names neither.
    """
    titles = words.she | words.he | words.elder | {w for ws in words.roles.values() for w in ws}
    found: dict[str, set[str]] = {}
    for person in people:
        for alias in own_aliases(person, titles):
            if key_of(alias):
                found.setdefault(key_of(alias), set()).add(person.id)
    for role, role_words in words.roles.items():
        having = [p for p in people if p.role == role]
        for word in role_words:
            chosen = having if len(having) == 1 else [p for p in having
                                                      if word in p.called.lower().split()]
            if len(chosen) == 1 and word not in found:
                found[word] = {chosen[0].id}
    return {alias: next(iter(ids)) for alias, ids in found.items() if len(ids) == 1}


def key_of(words: str) -> str:
    """Return words as an alias is kept: lower case, one space between words."""
    return " ".join(words.lower().split())


def own_aliases(person: Person, titles: frozenset[str] | set[str]) -> Iterator[str]:
    """Yield a person's name and how the child calls them, and each without its title."""
    for full in dict.fromkeys((person.called, person.name)):
        yield full.lower()
        tokens = [t for t in TOKEN.findall(full)]
        rest = tokens
        while rest and rest[0].lower().rstrip(".") in titles:
            rest = rest[1:]
        if rest and rest != tokens:
            yield " ".join(rest).lower()
        if rest and rest[0][:1].isupper() and len(rest[0]) > 1:
            yield rest[0].lower()


def name_pattern(people: Sequence[Person], words: PictureWords) -> re.Pattern[str] | None:
    """Return one pattern that finds every alias, longest first, with possessive endings."""
    aliases = sorted(aliases_of(people, words), key=len, reverse=True)
    if not aliases:
        return None
    ends = "".join("|" + re.escape(e).replace("'", "['’]") for e in words.possessive)
    names = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in aliases)
    return re.compile(r"(?<![\w'’-])(" + names + r")(?:" + ends.lstrip("|") + r")?(?![\w])"
                      if ends else r"(?<![\w'’-])(" + names + r")(?![\w])", re.IGNORECASE)
