"""The word check on single sentences: what it flags, with which words, and what it leaves alone."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from tests.conftest import ROOT
from wordspictures.language.sentences import split_sentences
from wordspictures.lint import lint_sentence, load_rules
from wordspictures.problems import ERROR, WARNING, Problem

DATA = ROOT / "tests" / "data" / "lint"


def found(text: str, language: str, section: str | None = None, age: int = 8,
          names: tuple[str, ...] = ("Sam", "Noor", "Mia"), allow: tuple[str, ...] = ()
          ) -> list[tuple[str, str]]:
    """Return (category, words) of every finding in one sentence."""
    return [(p.category or "", p.words or "")
            for p in lint_sentence(text, language, age, section, names=names, allow=allow)]


def categories(text: str, language: str, section: str | None = None, age: int = 8,
               names: tuple[str, ...] = ("Sam", "Noor", "Mia")) -> set[str]:
    """Return the categories found in one sentence."""
    return {c for c, _ in found(text, language, section, age, names)}


# (language, section, sentence, category, the words the finding must name)
FLAGGED = [
    # Labels, in their inflected and compound forms.
    ("nl", "worried", "Papa is heel agressief.", "judgment", "agressief"),
    ("nl", "worried", "Papa kreeg weer een agressieve bui.", "judgment", "agressieve"),
    ("nl", "worried", "Mama heeft een drankprobleem.", "judgment", "drankprobleem"),
    ("nl", "worried", "De juf weet van de drugsverslaving van papa.", "judgment",
     "drugsverslaving"),
    ("nl", "worried", "Papa is verslaafde aan gokken.", "judgment", "verslaafde"),
    ("nl", "worried", "Mama is een slechte moeder.", "judgment", "slechte moeder"),
    ("nl", "worried", "De buurman zegt dat papa een drinker is.", "judgment",
     "een drinker is"),
    ("nl", "worried", "Papa is echt een schreeuwer.", "judgment", "is echt een schreeuwer"),
    ("en", "worried", "Dad is abusive.", "judgment", "abusive"),
    ("en", "worried", "Mum was neglectful.", "judgment", "neglectful"),
    ("en", "worried", "Dad is a real hothead.", "judgment", "hothead"),
    ("en", "worried", "Mum is a heavy drinker.", "judgment", "is a heavy drinker"),
    ("en", "worried", "The teacher says Sam is a naughty boy.", "judgment", "naughty boy"),
    # Blame, above all on the child: by label, by name in the reason, by a deed not done.
    ("nl", "what_happened", "Op zondag sloeg papa Sam omdat Sam stout was.", "blame",
     "omdat Sam stout was"),
    ("nl", "what_happened", "Op zondag sloeg papa Noor omdat Noor haar bord liet vallen.",
     "blame", "omdat Noor haar bord liet vallen"),
    ("nl", "what_happened", "In de keuken duwde papa mama omdat ze het eten niet had gemaakt.",
     "blame", "omdat ze het eten niet had gemaakt"),
    ("nl", "parents_say", "Papa zegt dat het zijn eigen schuld was.", "blame",
     "eigen schuld"),
    ("en", "what_happened", "On Sunday Dad smacked Sam because Sam was naughty.", "blame",
     "because Sam was naughty"),
    ("en", "what_happened", "On Friday Mum shouted at Mia because Mia spilled her juice.",
     "blame", "because Mia spilled her juice"),
    ("en", "parents_say", "Dad says Sam had it coming.", "blame", "had it coming"),
    # Jargon, with a child-friendly suggestion.
    ("nl", "worried", "Er is sprake van huiselijk geweld.", "jargon", "huiselijk geweld"),
    ("nl", "what_happened_next", "De rechter sprak een ondertoezichtstelling uit.", "jargon",
     "ondertoezichtstelling"),
    ("nl", "next", "Een uithuisplaatsing is niet nodig.", "jargon", "uithuisplaatsing"),
    ("en", "worried", "The school made a referral in May.", "jargon", "referral"),
    ("en", "next", "Safeguarding will stay involved.", "jargon", "Safeguarding"),
    # Vague words without a when.
    ("nl", "worried", "Papa en mama hebben vaak ruzie.", "vague", "vaak"),
    ("en", "worried", "There are problems at home.", "vague", "problems"),
    ("en", "worried", "Dad always shouts.", "vague", "always"),
    # A plan rule that only says what stops.
    ("nl", "safety_plan", "Papa drinkt niet meer.", "negation", "niet meer"),
    ("nl", "safety_plan", "Mama rookt nooit meer in huis.", "negation", "nooit meer"),
    ("en", "safety_plan", "Dad will stop drinking.", "negation", "stop drinking"),
    ("en", "safety_plan", "There will be no more hitting.", "negation", "no more"),
    # An event without who, or told so that nobody did it.
    ("nl", "what_happened", "Iemand heeft Sam op zaterdag geslagen.", "detail", "Iemand"),
    ("en", "what_happened", "On Saturday Mia was hit.", "detail", "was hit"),
    # Hard words for a child.
    ("nl", "next", "Indien het goed gaat, komt papa thuis.", "readability", "Indien"),
    ("en", "next", "Dad will reside with Granny.", "readability", "reside"),
]


@pytest.mark.parametrize(("language", "section", "text", "category", "words"), FLAGGED,
                         ids=[f"{f[0]}-{f[3]}-{i}" for i, f in enumerate(FLAGGED)])
def test_a_bad_sentence_is_flagged_with_its_words(language: str, section: str, text: str,
                                                  category: str, words: str) -> None:
    findings = found(text, language, section)
    assert (category, words) in findings, findings


GOOD = [
    ("nl", "what_happened", "Op zaterdag 3 maart duwde papa mama in de keuken."),
    ("nl", "safety_plan", "Als papa boos wordt, maakt hij een wandeling en belt hij oom Tom."),
    ("nl", "safety_plan", "Juf Mirjam let op of Noor eten mee heeft en belt tante Sara als "
                          "dat niet zo is."),
    ("nl", "child_can", "Noor hoeft niet meer alleen voor Daan te zorgen."),
    ("nl", "child_can", "Het is niet jouw schuld."),
    ("nl", "good_things", "Sam is gek op voetbal."),
    ("nl", "what_happened", "Sam was bang omdat papa heel hard schreeuwde."),
    ("nl", "what_happened_next", "Papa moest weg omdat hij mama had geslagen."),
    ("en", "what_happened", "On Saturday 3 March Dad pushed Mum in the kitchen."),
    ("en", "safety_plan", "If Granny cannot come, Mrs Brown picks Sam up from school."),
    ("en", "parents_say", "Dad says it was not Sam's fault."),
    ("en", "good_things", "Sam is crazy about football."),
    ("en", "what_happened", "Mum was lying on the sofa when Sam came home from school."),
    ("en", "what_happened", "On Sunday Dad hit Mum because he was drunk."),
    ("en", "worried", "Sofia works for Children's Services. They are people who help."),
]


@pytest.mark.parametrize(("language", "section", "text"), GOOD,
                         ids=[f"{g[0]}-{i}" for i, g in enumerate(GOOD)])
def test_a_good_sentence_passes(language: str, section: str, text: str) -> None:
    assert found(text, language, section) == []


def test_negation_counts_only_in_the_safety_plan() -> None:
    assert "negation" in categories("Papa drinkt geen bier meer.", "nl", "safety_plan")
    assert "negation" not in categories("Papa drinkt geen bier meer.", "nl",
                                        "what_happened_next")


def test_a_sentence_without_a_section_reads_stopping_as_a_plan_rule() -> None:
    assert found("Papa drinkt niet meer.", "nl") == [("negation", "niet meer")]
    assert found("Dad will stop drinking.", "en") == [("negation", "stop drinking")]
    # A plain 'niet' and a child's relief are not plan rules.
    assert found("Mama zegt dat ze het niet eens is.", "nl") == []
    assert found("Noor hoeft niet meer voor Daan te zorgen.", "nl") == []
    assert found("Someone hurt Ella.", "en") == [("detail", "Someone")]


def test_the_childs_name_in_a_reason_makes_it_blame() -> None:
    text = "Op zondag sloeg papa Lotte omdat Lotte ging dansen."
    assert "blame" in categories(text, "nl", "what_happened", names=("Lotte",))
    # Without a name, a pronoun or a deed not done, the reason points at nobody else.
    assert "blame" not in categories(text, "nl", "what_happened", names=())
    # A reason that only tells how the doer felt is the doer's own story.
    assert "blame" not in categories("Op zondag sloeg papa omdat hij heel moe was.", "nl",
                                     "what_happened", names=("Lotte",))


def test_an_event_needs_a_when_or_a_where() -> None:
    assert ("detail", "Papa duwde mama.") in found("Papa duwde mama.", "nl", "what_happened")
    assert found("Die avond duwde papa mama.", "nl", "what_happened") == []
    assert found("Papa duwde mama in de gang.", "nl", "what_happened") == []


def test_sentence_length_depends_on_the_reading_age() -> None:
    text = ("Oma Ria en opa Jan halen Sam en Noor op dinsdag en donderdag uit school en "
            "blijven daarna bij hen tot papa thuis is van zijn werk.")
    assert "readability" in categories(text, "nl", "good_things", age=6)
    assert "readability" not in categories(text, "nl", "good_things", age=12)


def test_every_finding_says_which_words_why_and_what_instead() -> None:
    [problem] = lint_sentence("Papa is agressief.", "nl", 8, "worried")
    assert problem.words == "agressief"
    assert "etiket" in problem.message
    assert "Papa duwde mama" in problem.hint
    assert str(problem) == f"judgment: agressief — {problem.message} — {problem.hint}"


def test_judgment_and_blame_are_errors_the_rest_warnings() -> None:
    def severity(text: str, section: str) -> str:
        [problem] = lint_sentence(text, "en", 8, section, names=("Sam",))
        return problem.severity

    assert severity("Dad is abusive.", "worried") == ERROR
    assert severity("On Sunday Dad hit Sam because Sam was naughty.", "what_happened") == ERROR
    assert severity("There was a referral.", "worried") == WARNING
    assert severity("Dad will not drink.", "safety_plan") == WARNING


def test_allowed_words_are_not_flagged_in_any_form() -> None:
    assert lint_sentence("Er is een melding gedaan.", "nl", 8, "worried",
                         allow=["melding"]) == []
    assert lint_sentence("Er zijn twee meldingen gedaan.", "nl", 8, "worried",
                         allow=["melding"]) == []
    # An allowed word does not allow other words of the same rule: 'gemeld' is a term of
    # the rule of 'melding*', but not a form of 'melding'.
    assert found("Juf Anna heeft het op maandag gemeld.", "nl", "worried",
                 allow=("melding",)) == [("jargon", "gemeld")]


def test_a_language_without_rules_has_no_findings() -> None:
    assert lint_sentence("Papa is agressief.", "xx") == []


# ---- the labelled sets: precision and recall of 'has a problem', per language --------------

@pytest.fixture(scope="module")
def quality() -> ModuleType:
    """Return the benchmark module that scores the labelled sets (loaded once)."""
    path = ROOT / "benchmarks" / "lint_quality.py"
    spec = importlib.util.spec_from_file_location("lint_quality", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # Registered before it runs: its dataclasses look their module up by name.
    sys.modules["lint_quality"] = module
    spec.loader.exec_module(module)
    return module


# (set, at least this many sentences, good ones within this many of half, the gate for
# precision and recall). The holdouts are not gated at 0.90: they were written to estimate
# unseen sentences (their blind numbers are in docs/checking.md); their gate only catches a
# rule change that breaks them.
SETS = [("labelled-nl", 100, 10, 0.90), ("labelled-en", 100, 10, 0.90),
        ("holdout-nl", 40, 0, 0.80), ("holdout-en", 40, 0, 0.80),
        ("holdout2-nl", 40, 0, 0.80), ("holdout2-en", 40, 0, 0.80),
        ("holdout3-nl", 120, 4, 0.90), ("holdout3-en", 120, 4, 0.90)]


@pytest.mark.parametrize(("name", "size", "slack", "gate"), SETS, ids=[s[0] for s in SETS])
def test_a_labelled_set_meets_its_gate(quality: ModuleType, name: str, size: int, slack: int,
                                       gate: float) -> None:
    score = quality.score_file(DATA / f"{name}.yaml")
    # About half the sentences are good, so that a check that flags everything fails.
    assert score.sentences >= size and abs(score.good * 2 - score.sentences) <= slack
    assert score.problem.precision >= gate, score.misses
    assert score.problem.recall >= gate, score.misses


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_labelled_words_are_the_ones_named(quality: ModuleType, language: str) -> None:
    header, samples = quality.read_samples(DATA / f"labelled-{language}.yaml")
    for sample in samples:
        if not sample.words:
            continue
        problems: list[Problem] = lint_sentence(sample.text, language, 8, sample.section,
                                                names=header["children"])
        named = " | ".join(p.words or "" for p in problems)
        assert sample.words.lower() in named.lower(), (sample.text, named)


def test_the_data_files_are_the_ones_the_docs_describe() -> None:
    names = sorted(p.stem for p in DATA.glob("*.yaml"))
    assert names == ["holdout-en", "holdout-nl", "holdout2-en", "holdout2-nl", "holdout3-en",
                     "holdout3-nl", "labelled-en", "labelled-nl"]
    docs = (ROOT / "docs" / "checking.md").read_text(encoding="utf-8")
    assert all(name in docs for name in names)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Mr. Brown from school rang Mum on Monday."),
    ("nl", "Sam speelt met kinderen, bijv. Noor en Mia uit de klas."),
])
def test_a_languages_abbreviation_ends_no_sentence(language: str, text: str) -> None:
    rules = load_rules(language)
    assert rules is not None
    assert [s.text for s in split_sentences(text, rules.abbreviation)] == [text]
