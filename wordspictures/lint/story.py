"""Checks of the whole story rather than one sentence: its shape and its organisation names.

A Words and Pictures book needs balance (good things, what the child can do) and a safety plan
that a network carries, not the parents alone (DOMAIN.md). These checks look at who is in which
section, so they run on an ``Account``, never on a lone sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from wordspictures.account.model import Account, Entry
from wordspictures.lint.finding import Hit, short
from wordspictures.lint.place import Locator
from wordspictures.lint.rules import RuleSet
from wordspictures.problems import Mark

PUNCTUATION = re.compile(r"\s*[.,:;!?–—]+\s*")


@dataclass(frozen=True)
class StoryHit:
    """A finding about the story, with the entry it is about (``None``: the whole account)."""

    hit: Hit
    entry: Entry | None = None


def structure_hit(rules: RuleSet, key: str, entry: Entry | None = None, words: str = "",
                  **values: object) -> StoryHit:
    """Return a structure finding with the why/suggest of ``key`` from the rules."""
    why, suggest = rules.text(key, words=words, **values)
    return StoryHit(Hit("structure", words, why, suggest), entry)


def check_balance(account: Account, rules: RuleSet) -> list[StoryHit]:
    """Return findings for a story without good things, child_can or a plan for its worries."""
    hits = []
    if not account.good_things:
        hits.append(structure_hit(rules, "no_good_things", words="good_things"))
    if not account.child_can:
        hits.append(structure_hit(rules, "no_child_can", words="child_can"))
    if (account.worried or account.what_happened) and not account.safety_plan:
        hits.append(structure_hit(rules, "no_plan", words="safety_plan"))
    return hits


def check_plan(account: Account, rules: RuleSet) -> list[StoryHit]:
    """Return findings for rules without a doer, done by the child alone, or only by parents."""
    hits = []
    children = {p.id for p in account.people if p.is_child}
    parents = {p.id for p in account.people if p.is_parent}
    for rule in account.safety_plan:
        if not rule.who:
            hits.append(structure_hit(rules, "nobody", rule, short(rule.text)))
        elif set(rule.who) <= children:
            hits.append(structure_hit(rules, "child_only", rule, called(account, rule.who)))
    doers = {pid for rule in account.safety_plan for pid in rule.who} - children
    if doers and doers <= parents:
        first = account.safety_plan[0]
        hits.append(structure_hit(rules, "parents_only", first, called(account, sorted(doers))))
    return hits


def check_helpers(account: Account, rules: RuleSet) -> list[StoryHit]:
    """Return a finding for each helper from the family's network who is in no rule.

    Professionals are left out on purpose: a teacher or a social worker helps by doing their
    job, and the safety plan is the family's network's (Signs of Safety). A grandmother or a
    neighbour on the helpers page with no task in any rule is a network on paper only.
    """
    if not account.safety_plan:
        return []
    in_plan = {pid for rule in account.safety_plan for pid in rule.who}
    hits, seen = [], set()
    for entry in account.helpers:
        for pid in entry.who:
            person = account.person(pid)
            if pid in in_plan or pid in seen or person.is_professional or person.is_child:
                continue
            seen.add(pid)
            hits.append(structure_hit(rules, "idle_helper", entry, person.called))
    return hits


def called(account: Account, ids: Iterable[str]) -> str:
    """Return the people as the child calls them, joined with commas."""
    return ", ".join(account.person(pid).called for pid in ids)


def find_organisations(texts: list[tuple[str, Entry]], rules: RuleSet) -> list[StoryHit]:
    """Return a finding at the first mention of each organisation the story never explains,
    with the entry that mentions it."""
    hits = []
    for org in rules.organisations:
        first = next(((entry, m) for _, entry in texts if (m := org.pattern.search(entry.text))),
                     None)
        if first is None or any(org.explained_by.search(joined(entry.text)) for _, entry in texts):
            continue
        entry, match = first
        hits.append(StoryHit(organisation_hit(rules, match.group(), match.start()), entry))
    return hits


def joined(text: str) -> str:
    """Return the text with the marks between sentences taken out.

    'Veilig Thuis. Dat is een plek…' explains the name as well as 'Veilig Thuis, dat is…'.
    """
    return PUNCTUATION.sub(" ", text)


def organisation_hit(rules: RuleSet, words: str, start: int) -> Hit:
    """Return the jargon finding for an organisation name nobody explained."""
    why, suggest = rules.text("organisation", words=words)
    return Hit("jargon", words, why, suggest, start, start + len(words))


def check_story(account: Account, rules: RuleSet) -> list[StoryHit]:
    """Return every story-level finding of an account."""
    return (check_balance(account, rules) + check_plan(account, rules)
            + check_helpers(account, rules))


def story_mark(account: Account, found: StoryHit, locator: Locator) -> Mark:
    """Return where a story finding points: its words in its entry (the entry's start for a
    finding about the whole entry), else the top of the file."""
    if found.entry is None:
        return Mark(str(account.source), 1, 1)
    return locator.locate(found.entry.mark, found.entry.text, found.hit.start)
