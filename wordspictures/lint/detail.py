"""Does an event say who did what, and when? The check of the what_happened section.

"Papa duwde mama in de keuken" is a detail the child can picture; "Er was ruzie" is not. The
entry's own keys count too: an event with ``when:`` and ``who:`` has them, even when the
sentence itself does not repeat them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from wordspictures.language.sentences import Sentence
from wordspictures.lint.finding import Hit, short
from wordspictures.lint.rules import RuleSet
from wordspictures.lint.text import WORDS

EVENT_SECTION = "what_happened"


def found(rules: RuleSet, name: str, text: str) -> bool:
    """Return True when the named pattern of the detail rules occurs in the text."""
    return rules.patterns[name].search(text) is not None


def mentions_people(text: str, rules: RuleSet, names: Collection[str] = ()) -> bool:
    """Return True when the text names someone: a person word, a known name or a Name."""
    if found(rules, "who", text):
        return True
    not_names = rules.patterns["not_names"]
    for word in WORDS.findall(text):
        if word.lower() in names:
            return True
        # A capitalised word is taken for a name unless the rules know it is not one
        # (a day, a month, a word that often starts a sentence).
        if word[:1].isupper() and not not_names.fullmatch(word):
            return True
    return False


def find_vague_doers(sentence: Sentence, rules: RuleSet) -> list[Hit]:
    """Return hits for 'iemand'/'someone' and for harm told without who did it."""
    hits = []
    for match in rules.patterns["nobody"].finditer(sentence.text):
        why, suggest = rules.text("nobody_found", words=match.group())
        hits.append(Hit("detail", match.group(), why, suggest,
                        sentence.start + match.start(), sentence.start + match.end()))
    told = rules.patterns["passive"].search(sentence.text)
    if told and not found(rules, "agent", sentence.text):
        why, suggest = rules.text("passive_found", words=told.group())
        hits.append(Hit("detail", told.group(), why, suggest,
                        sentence.start + told.start(), sentence.start + told.end()))
    return hits


def check_event(text: str, sentences: Sequence[Sentence], rules: RuleSet,
                when: str | None = None, who: Collection[str] = (),
                names: Collection[str] = (), need_when: bool = True) -> list[Hit]:
    """Return the detail hits of one what_happened entry (``sentences``: its text, split).

    With ``need_when`` (an entry of an account) an event needs a when, from its key or its
    text. Without it (one sentence checked on its own, whose entry keys are unknown) an event
    needs a when or a where, unless it only tells how someone felt.
    """
    hits: list[Hit] = []
    for sentence in sentences:
        hits.extend(find_vague_doers(sentence, rules))
    if not who and not mentions_people(text, rules, names):
        hits.append(Hit("detail", short(text), *rules.text("no_who")))
    has_when = bool(when) or found(rules, "when", text)
    if need_when and not has_when:
        hits.append(Hit("detail", short(text), *rules.text("no_when")))
    elif not need_when and not has_when and not found(rules, "where", text):
        states = rules.patterns["states"]
        if not (sentences and all(states.search(s.text) for s in sentences)):
            hits.append(Hit("detail", short(text), *rules.text("no_anchor")))
    return hits
