"""A parent's own view: "Mum says she did it because she did not know what else to do".

Under ``parents_say`` the book reports what a parent says, in their words. What they say
about themself — their own fault, their own failing, their own reason — is their view, told as
such, not the book's blame. What they say about someone else is still checked like the rest:
"Papa zegt dat mama een leugenaar is" carries a label into the child's book all the same.

Which words are the speaker's is data (``own_view:`` in lint.yaml): the verbs of saying, the
words for a woman or a man who speaks, the words that point back at each, and the words for
other people. A speaker named by a name may be either.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from wordspictures.language.sentences import Sentence
from wordspictures.language.terms import NOTHING, TermPattern
from wordspictures.lint.finding import Hit
from wordspictures.lint.rules import REASON, RuleSet
from wordspictures.lint.text import WORDS

SPEECH_SECTION = "parents_say"
# At most this many words before the verb of saying name the speaker ("Mama", "Oma Ria").
SPEAKER_WORDS = 4


@dataclass(frozen=True)
class Speaker:
    """Who speaks in a sentence, and where their reported words begin."""

    reported: int            # offset in the sentence where the reported words start
    own: TermPattern         # the words that point back at the speaker


def find_speaker(sentence: Sentence, rules: RuleSet, names: Collection[str] = ()
                 ) -> Speaker | None:
    """Return the speaker of "X says (that) …", or None when the sentence is not so."""
    text = sentence.text
    says = rules.patterns["speech_says"].search(text)
    if says is None:
        return None
    before = text[:says.start()]
    words = WORDS.findall(before)
    if not words or len(words) > SPEAKER_WORDS:
        return None
    patterns = rules.patterns
    if patterns["speech_she"].search(before):
        own = patterns["speech_self_she"]
    elif patterns["speech_he"].search(before):
        own = patterns["speech_self_he"]
    elif any(w[:1].isupper() or w.lower() in names for w in words):
        own = patterns["speech_self_any"]
    else:
        return None
    return Speaker(says.end(), own)


def names_another(part: str, rules: RuleSet, names: Collection[str]) -> bool:
    """Return True when a part of the reported words names a person (not a pronoun).

    The speaker in a role is no other person: 'she fell short as a mother'.
    """
    part = rules.patterns["speech_as_role"].pattern.sub(" ", part) if rules.patterns[
        "speech_as_role"].might_match(part) else part
    if rules.patterns["speech_others"].search(part):
        return True
    return any(word[:1].isupper() or word.lower() in names for word in WORDS.findall(part))


def about_speaker(hit: Hit, sentence: Sentence, speaker: Speaker, rules: RuleSet,
                  names: Collection[str]) -> bool:
    """Return True when a hit's words are the speaker's about themself.

    For a reason ('because she did not know…') the reason itself is read; for other words,
    the reported words up to the end of the hit ('it was her fault', 'ze schoot tekort').
    Either must point back at the speaker and name nobody else.
    """
    start = hit.start - sentence.start if hit.rule == REASON else speaker.reported
    end = hit.end - sentence.start
    if start < speaker.reported or end <= start:
        return False
    part = sentence.text[start:end]
    if names_another(part, rules, names):
        return False
    return speaker.own is not NOTHING and speaker.own.search(part) is not None


def drop_own_view(hits: list[Hit], sentence: Sentence, rules: RuleSet,
                  names: Collection[str] = ()) -> list[Hit]:
    """Return the hits of a parents_say sentence without those that are the speaker's own
    view of themself (only the rules that allow it: ``own_view: true``, and reasons)."""
    stop = sentence.start + len(sentence.text)
    inside = [h for h in hits if sentence.start <= h.start and h.end <= stop]
    if not inside:
        return hits
    speaker = find_speaker(sentence, rules, names)
    if speaker is None:
        return hits
    return [h for h in hits
            if h not in inside or not may_be_own(h)
            or not about_speaker(h, sentence, speaker, rules, names)]


def may_be_own(hit: Hit) -> bool:
    """Return True for a hit a parent may say of themself as their view."""
    return hit.rule == REASON or bool(getattr(hit.rule, "own_view", False))
