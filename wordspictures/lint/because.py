"""Blame hidden in a reason: "Papa sloeg Sam omdat Sam niet luisterde".

A word list cannot catch this: every word of the sentence is ordinary. What makes it blame is
its shape: something a grown-up did that hurt (hitting, shouting, getting angry), then a reason
that points at someone else — the child by name, another person, or something they did not do.
A reason that only tells how the doer felt ("omdat hij heel moe was") is left alone: that is
the doer's own story, not blame.
"""

from __future__ import annotations

from collections.abc import Collection

from wordspictures.language.sentences import Sentence
from wordspictures.lint.finding import Hit
from wordspictures.lint.rules import REASON, RuleSet
from wordspictures.lint.text import WORDS, clause_end


def names_someone(reason: str, rules: RuleSet, names: Collection[str]) -> bool:
    """Return True when a reason names the child or another person (not a pronoun)."""
    if any(word.lower() in names for word in WORDS.findall(reason)):
        return True
    return rules.patterns["because_people"].search(reason) is not None


def points_at_deed(reason: str, rules: RuleSet) -> bool:
    """Return True when a reason tells something not done or a child's deed ('not tidied')."""
    return any(rules.patterns[name].search(reason) is not None
               for name in ("because_negators", "because_deeds"))


def find_blame_in_reason(sentence: Sentence, rules: RuleSet,
                         names: Collection[str] = ()) -> list[Hit]:
    """Return a blame hit for a hurtful act explained by what someone else did."""
    text = sentence.text
    for match in rules.patterns["because_words"].finditer(text):
        if rules.patterns["because_acts"].search(text, 0, match.start()) is None:
            continue
        reason = text[match.start():clause_end(text, match.end())].rstrip(" .!?")
        someone = names_someone(reason, rules, names)
        if not someone and rules.patterns["because_own_state"].search(reason):
            continue
        if someone or points_at_deed(reason, rules):
            why, suggest = rules.text("blame_reason", words=reason)
            start = sentence.start + match.start()
            return [Hit("blame", reason, why, suggest, start, start + len(reason), rule=REASON)]
    return []
