"""The checks of one sentence: word rules, plan rules said as negations, and readability.

Each check returns ``Hit``s with offsets inside the sentence; ``run`` moves them to the entry
and then to the file. Every hit names the words it is about and says why.
"""

from __future__ import annotations

from wordspictures.language.files import fill
from wordspictures.language.sentences import Sentence
from wordspictures.language.terms import TermPattern
from wordspictures.lint.finding import Hit, short
from wordspictures.lint.rules import RuleSet, WordRule
from wordspictures.lint.text import WORDS, clause_spans, count_words, inside

# Where a plan rule lives: only there is "niet meer" a warning (elsewhere it is a fact).
PLAN_SECTION = "safety_plan"


def touches(start: int, end: int, pattern: TermPattern, text: str) -> bool:
    """Return True when a match of ``pattern`` in text overlaps text[start:end]."""
    return any(m.start() < end and start < m.end() for m in pattern.finditer(text))


def find_rule_hits(sentence: Sentence, rule: WordRule) -> list[Hit]:
    """Return the hits of one word rule in a sentence, minus the ones its exceptions cancel."""
    text = sentence.text
    # The rule's own words first: the conditions on the whole sentence are long lists
    # (every deed anyone can see), compiled only for a sentence that holds the rule's words.
    matches = list(rule.pattern.finditer(text))
    if not matches or rule.unless_sentence.search(text):
        return []
    if rule.only_sentence is not None and not rule.only_sentence.search(text):
        return []
    hits = []
    for match in matches:
        if touches(match.start(), match.end(), rule.unless, text):
            continue
        # 'Soms' at the start of a sentence is the word 'soms' in the message.
        said = match.group()
        if match.start() == 0 and not said.isupper():
            said = said[:1].lower() + said[1:]
        words = {"words": said}
        hits.append(Hit(rule.category, match.group(), fill(rule.why, words),
                        fill(rule.suggest, words), sentence.start + match.start(),
                        sentence.start + match.end(), rule=rule))
    return hits


def find_word_hits(sentence: Sentence, rules: RuleSet, section: str | None = None
                   ) -> list[Hit]:
    """Return the judgment, blame, jargon, vague and hard-word hits of a sentence.

    A rule for some sections only reads a sentence of one of them.
    """
    hits: list[Hit] = []
    for rule in rules.words:
        if not rule.sections or section in rule.sections:
            hits.extend(find_rule_hits(sentence, rule))
    return hits


def find_negations(sentence: Sentence, rules: RuleSet, only_stopping: bool = False
                   ) -> list[Hit]:
    """Return a hit when a plan rule says what someone will not do instead of what they will.

    A negation inside a clause of condition or purpose is fine ("belt tante Sara als dat niet
    zo is"), and so is a sentence that goes on to say what happens instead ("…, maar…").
    With ``only_stopping`` (a sentence whose section is unknown) only the words for stopping
    count ('niet meer', 'no longer'): a plain 'niet' is everywhere, a 'niet meer' is the
    shape of a rule that only says what stops.
    """
    text = sentence.text
    if rules.patterns["contrast"].search(text):
        return []
    conditions = clause_spans(text, rules.patterns["openers"])
    why, suggest = rules.text("negation")
    for match in rules.patterns["stopping" if only_stopping else "negators"].finditer(text):
        if not inside(match.start(), conditions):
            return [Hit("negation", match.group(), why, suggest,
                        sentence.start + match.start(), sentence.start + match.end())]
    return []


def find_readability(sentence: Sentence, rules: RuleSet, age: int) -> list[Hit]:
    """Return hits for a sentence too long for the reading age and for very long words."""
    hits = []
    count = count_words(sentence.text)
    limit = rules.number("sentence_words", age)
    if limit and count > limit:
        why, suggest = rules.text("long_sentence", count=count, age=age,
                                  guide=rules.number("guide", age), limit=limit)
        # start == end: the finding is about the whole sentence, not words one could allow.
        hits.append(Hit("readability", short(sentence.text), why, suggest, sentence.start,
                        sentence.start))
    longest = rules.number("long_word", age)
    for i, match in enumerate(WORDS.finditer(sentence.text)):
        word = match.group()
        # Names and numbers are not hard words; a capital after the first word is a name.
        if not longest or len(word) < longest or word.isdigit() or (i and word[:1].isupper()):
            continue
        why, suggest = rules.text("long_word_found", words=word, count=len(word), age=age)
        hits.append(Hit("readability", word, why, suggest, sentence.start + match.start(),
                        sentence.start + match.end()))
    return hits


def check_sentence(sentence: Sentence, rules: RuleSet, section: str | None,
                   age: int) -> list[Hit]:
    """Return every sentence-level hit except the detail check (see ``detail``).

    ``section`` None means a sentence on its own, whose section nobody said: it might be a
    plan rule, so a rule that only says what stops is found there too.
    """
    hits = find_word_hits(sentence, rules, section)
    if section == PLAN_SECTION or section is None:
        hits.extend(find_negations(sentence, rules, only_stopping=section is None))
    hits.extend(find_readability(sentence, rules, age))
    return hits
