"""Run every check over an account or a lone sentence and return ``Problem``s.

The flow per entry: cut the text into sentences, run the sentence checks, the event check for
``what_happened``, the page length; drop findings that cover the same words as a stronger one;
drop the words the family explained (``allow:``); turn offsets into file positions.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path

from wordspictures.account.model import Account, Entry
from wordspictures.language.sentences import Sentence, split_sentences
from wordspictures.lint.allow import Allowed
from wordspictures.lint.because import find_blame_in_reason
from wordspictures.lint.checks import check_sentence
from wordspictures.lint.detail import EVENT_SECTION, check_event, find_vague_doers, found
from wordspictures.lint.finding import Hit, drop_overlaps, short, to_problem
from wordspictures.lint.place import Locator
from wordspictures.lint.rare import find_rare_words
from wordspictures.lint.rules import RuleSet, load_rules
from wordspictures.lint.speech import SPEECH_SECTION, drop_own_view
from wordspictures.lint.story import check_story, find_organisations, story_mark
from wordspictures.lint.text import count_words
from wordspictures.problems import Mark, Problem, sort_problems

# Sections whose entries are read as one page each (the page length check applies).
ONE_PAGE_EACH = frozenset({"worried", "what_happened", "parents_say", "good_things",
                           "worries_now", "what_happened_next", "safety_plan", "child_can",
                           "next"})


def check_text(text: str, section: str | None, rules: RuleSet, age: int,
               names: Collection[str] = (), entry: Entry | None = None) -> list[Hit]:
    """Return the findings of one text, with offsets into the text.

    With an ``entry`` (a text from an account) the entry's ``who``/``when`` keys count for the
    event check; without one (a sentence on its own) an event needs a when or a where in it.
    """
    hits: list[Hit] = []
    sentences = split_sentences(text, rules.abbreviation)
    for sentence in sentences:
        own = check_sentence(sentence, rules, section, age)
        own += find_blame_in_reason(sentence, rules, names)
        if rules.vocabulary is not None:
            own += [hit for hit in find_rare_words(sentence, rules.vocabulary, age, names)
                    if not is_organisation(hit.words, rules)]
        if section == SPEECH_SECTION:
            # What a parent says about themself is their view, reported as such.
            own = drop_own_view(own, sentence, rules, names)
        hits.extend(own)
        if section is None:
            # It might be an event: 'iemand'/'someone' and 'was hit' say nobody did it.
            hits.extend(find_vague_doers(sentence, rules))
    if section == EVENT_SECTION:
        if entry is not None:
            hits.extend(check_event(text, sentences, rules, entry.when, entry.who, names))
        else:
            hits.extend(check_event(text, sentences, rules, names=names, need_when=False))
    if section in ONE_PAGE_EACH:
        hits.extend(check_page_length(text, sentences, rules, age))
    return drop_overlaps(hits)


def is_organisation(words: str, rules: RuleSet) -> bool:
    """Return True when the words are an organisation's name: that check says whether the
    story explains it ('GGD' is rare, and explained it is fine)."""
    return any(org.pattern.fullmatch(words) for org in rules.organisations)


def check_page_length(text: str, sentences: Sequence[Sentence], rules: RuleSet,
                      age: int) -> list[Hit]:
    """Return a finding when one entry of more than one sentence holds more words than a
    page for this age (one long sentence is the sentence check's)."""
    count, limit = count_words(text), rules.number("page_words", age)
    if not limit or count <= limit or len(sentences) < 2:
        return []
    why, suggest = rules.text("long_page", count=count, age=age, limit=limit)
    return [Hit("readability", short(text), why, suggest)]


def child_names(account: Account) -> frozenset[str]:
    """Return the names of the children (lower case): 'omdat Sam…' is about the child."""
    return frozenset(w.lower() for p in account.people if p.is_child
                     for w in f"{p.name} {p.called}".split())


def lint_account(account: Account, rules_dir: Path | None = None) -> list[Problem]:
    """Return the word-check findings of an account, in file order.

    ``rules_dir`` is an organisation's own folder of ``lint.yaml`` files (added to the built-in
    rules). A language without rules gives no findings.
    """
    rules = load_rules(account.language, rules_dir)
    if rules is None:
        return []
    allowed = Allowed(account.allow)
    locator = Locator.of_file(account.source)
    names = child_names(account)
    texts = list(account.story_texts())
    problems: list[Problem] = []
    for section, entry in with_earlier_when(texts, rules):
        for hit in check_text(entry.text, section, rules, account.reading_age, names, entry):
            if not allowed.covers(hit):
                problems.append(to_problem(hit, place(locator, entry, hit)))
    # The allow list may silence an organisation name, never a structure finding (``allow``).
    for story_hit in find_organisations(texts, rules) + check_story(account, rules):
        if not allowed.covers(story_hit.hit):
            problems.append(to_problem(story_hit.hit, story_mark(account, story_hit, locator)))
    return sort_problems(problems)


def with_earlier_when(texts: list[tuple[str, Entry]], rules: RuleSet
                      ) -> list[tuple[str, Entry]]:
    """Return the texts, each event without a when given the when of the event before it.

    The events are told in order, one page each: "Sam was in the living room" on the page
    after "On Saturday 3 March…" happened that Saturday too. Only the first needs a when.
    """
    out, earlier = [], None
    for section, entry in texts:
        if section == EVENT_SECTION:
            own = entry.when or (entry.text if found(rules, "when", entry.text) else None)
            if not own and earlier:
                entry = replace(entry, when=earlier)
            earlier = own or earlier
        out.append((section, entry))
    return out


def place(locator: Locator, entry: Entry, hit: Hit) -> Mark:
    """Return the file position of a finding's words (the entry's start for whole texts)."""
    return locator.locate(entry.mark, entry.text, hit.start)


def lint_sentence(text: str, language: str, reading_age: int = 8, section: str | None = None,
                  names: Sequence[str] = (), allow: Sequence[str] = (),
                  rules_dir: Path | None = None) -> list[Problem]:
    """Return the findings of one text on its own, as if it were an entry of ``section``.

    Without a section, the checks that need one are left out (an event's when, a plan rule's
    plain 'niet'), except what is clear anyway: 'niet meer' is read as a plan rule, and
    'iemand'/'someone' as an event. ``names`` are the children's names ('omdat Sam…' blames
    the child). Organisation names count as explained only when this text explains them.
    The problems have no place in a file.
    """
    rules = load_rules(language, rules_dir)
    if rules is None:
        return []
    allowed = Allowed(allow)
    lowered = frozenset(n.lower() for n in names)
    hits = check_text(text, section, rules, reading_age, lowered)
    entry = Entry(text=text, mark=Mark("", 1, 1))
    hits += [story_hit.hit for story_hit in find_organisations([(section or "", entry)], rules)]
    return [to_problem(hit, None) for hit in drop_overlaps(hits) if not allowed.covers(hit)]
