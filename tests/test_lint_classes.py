"""The word check beyond word lists: every form of a word, a child's vocabulary, the shape of a
plan rule, the classes of issue 19 as data, and a parent's own view under parents_say."""

from __future__ import annotations

from pathlib import Path

import pytest

from wordspictures.language.terms import compile_terms
from wordspictures.lint import forms, lint_sentence, load_rules, rare


def found(text: str, language: str, section: str | None, age: int = 8,
          names: tuple[str, ...] = ("Sam", "Noor", "Jack"), allow: tuple[str, ...] = ()
          ) -> list[tuple[str, str]]:
    """Return (category, words) of every finding in one text."""
    return [(p.category or "", p.words or "")
            for p in lint_sentence(text, language, age, section, names=names, allow=allow)]


# ---- '~word': every form of a word ----------------------------------------------------------

def test_a_lemma_term_matches_every_form_of_the_word() -> None:
    sets = forms.word_forms("nl", ["~kijken", "~tik"])
    pattern = compile_terms(["~kijken weg", "~tik"], sets)
    text = "Mama keek weg. Ze kijkt weg. Papa gaf een tikje, twee tikjes. Tikken."
    assert [m.group() for m in pattern.finditer(text)] == [
        "keek weg", "kijkt weg", "tikje", "tikjes", "Tikken"]
    # Only whole words: 'tikkertje' is a game, not a form of 'tik'.
    assert pattern.search("Ze speelden tikkertje.") is None


def test_a_lemma_term_is_compiled_only_for_a_text_that_holds_one_of_its_forms() -> None:
    sets = forms.word_forms("en", ["~hit"])
    pattern = compile_terms(["~hit"], sets)
    assert pattern.might_match("Dad was hitting the wall.")
    assert not pattern.might_match("Dad read a story about a white hat.")  # 'hit' in 'white'
    # Every word of a term must be there: 'keek' alone is no 'keek weg'.
    away = compile_terms(["~kijken weg"], forms.word_forms("nl", ["~kijken"]))
    assert not away.might_match("Mama keek naar Sam.")
    assert away.might_match("Mama keek weg.")


def test_the_forms_are_kept_in_the_cache_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    first = forms.word_forms("en", ["~shove"])
    assert "~shove" in first and "shoved" in first["~shove"]

    def no_dictionary(language: str) -> list[tuple[bytes, bytes]]:
        raise AssertionError("read the dictionary again")

    monkeypatch.setattr(forms, "read_pairs", no_dictionary)
    assert forms.word_forms("en", ["~shove"]) == first


def test_an_organisation_may_write_its_own_lemma_terms(tmp_path: Path) -> None:
    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "lint.yaml").write_text(
        "language: nl\njudgment:\n  - terms: [~sjacheren]\n    why: eigen woord\n", "utf-8")
    problems = lint_sentence("Papa sjacherde met de buren.", "nl", 8, "worried",
                             rules_dir=tmp_path)
    assert [(p.category, p.words) for p in problems] == [("judgment", "sjacherde")]


# ---- a child's vocabulary -------------------------------------------------------------------

def test_wordfreqs_list_is_where_the_check_reads_it() -> None:
    # The check opens wordfreq's data file itself (importing wordfreq costs 0.3 s): a new
    # wordfreq that moves it would silently switch the rare-word check off.
    for language in ("nl", "en"):
        assert rare.wordfreq_data(language) is not None
        assert len(rare.common_words(language, 3.0)) > 20000


@pytest.mark.parametrize(("language", "text", "word"), [
    ("nl", "Mama en papa maakten een ouderschapsplan.", "ouderschapsplan"),
    ("nl", "Sofie ziet bij Noor een loyaliteitsconflict.", "loyaliteitsconflict"),
    ("nl", "Mama gaat naar een KOPP-groep.", "KOPP"),
    ("en", "Sofia saw signs of dysregulation.", "dysregulation"),
    ("en", "The MARAC met in May.", "MARAC"),
])
def test_a_word_few_children_know_is_jargon(language: str, text: str, word: str) -> None:
    assert ("jargon", word) in found(text, language, "worried")


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Daan lacht heel hard als papa hem kietelt."),          # a form of 'kietelen'
    ("nl", "Noor heeft nieuwe gymschoenen en een zwemdiploma."),   # compounds of common words
    ("nl", "Lotte had een buil op haar hoofd."),                   # a child's word (known:)
    ("nl", "Sam keek TV bij oma Khadija."),                        # a name; a common abbreviation
    ("en", "Luke had a sleepover at Nana's and wore his plaits."),
    ("en", "Freya was tickling Biscuit the hamster."),
])
def test_a_childs_words_names_and_their_forms_are_not_rare(language: str, text: str) -> None:
    assert [f for f in found(text, language, "good_things") if f[0] == "jargon"] == []


EVERYDAY = {
    "nl": "haarborstel broodtrommel boterhamzakje droogrek trapleuning puntenslijper "
          "kleurpotloden bibliotheekpas zwemtas schaafwond klimrek stroopwafel kinderstoel "
          "kussensloop hoeslaken regenjas plakband hoestdrank bloedneus snotneus verstoppertje "
          "springtouw zandbak pindakaas appelmoes poffertjes bezeerde",
    "en": "hairbrush lunchbox worktop sandpit earache dishwasher doormat highchair pushchair "
          "pillowcase wellies raincoat sharpener crayons toothpaste nosebleed headache grazed "
          "tickling hopscotch trampoline bunting porridge custard biscuits crisps",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_everyday_household_words_are_not_rare(language: str) -> None:
    # Books and films seldom use 'droogrek' or 'sandpit', yet a child knows them: two
    # common words joined ('droog' + 'rek'), or another form of one ('bezeerde': bezeren).
    rules = load_rules(language)
    assert rules is not None and rules.vocabulary is not None
    vocabulary = rules.vocabulary
    common = rare.common_words(language, vocabulary.threshold(8))
    parts = rare.common_words(language, vocabulary.parts_above)
    rare_ones = [w for w in EVERYDAY[language].split()
                 if not rare.is_common(w, common, vocabulary, parts)]
    assert rare_ones == []


def test_the_rare_word_threshold_follows_the_youngest_readers_age() -> None:
    # 'schram' is used about 0.7 times in a million words (Zipf 2.8): rare for a 6-year-old
    # reader's book at the built-in thresholds, common enough from 8.
    text = "Milan had een schram op zijn wang."
    rules = load_rules("nl")
    assert rules is not None and rules.vocabulary is not None
    assert rules.vocabulary.threshold(6) > rules.vocabulary.threshold(12)
    young = rare.common_words("nl", 2.9)
    assert "schram" not in young and "schram" in rare.common_words("nl", 2.6)
    assert ("jargon", "schram") not in found(text, "nl", "worried", age=8)


def test_a_rare_word_gets_the_everyday_word_the_pack_knows_and_can_be_allowed() -> None:
    problems = lint_sentence("Er is een ouderschapsplan.", "nl", 8, "worried")
    assert [p.hint for p in problems] == ["zeg 'de afspraken tussen papa en mama'"]
    assert lint_sentence("Er is een ouderschapsplan.", "nl", 8, "worried",
                         allow=["ouderschapsplan"]) == []


def test_an_explained_organisations_abbreviation_is_not_a_rare_word() -> None:
    text = "Sofie werkt bij de GGD. De GGD is een plek waar dokters werken."
    assert found(text, "nl", "worried") == []


# ---- the classes of issue 19 ----------------------------------------------------------------

CLASSES = [
    ("nl", "what_happened", "Op zaterdag gaf papa Sam een tikje.", "vague", "tikje"),
    ("nl", "what_happened", "Op zondag duwde papa mama een beetje opzij.", "vague",
     "duwde papa mama een beetje"),
    ("en", "what_happened", "On Sunday Dad gave Sam a little tap.", "vague", "little tap"),
    ("nl", "worried", "Op 2 mei liep het thuis uit de hand.", "vague",
     "liep het thuis uit de hand"),
    ("en", "worried", "Things weren't easy at home in May.", "vague", "weren't easy"),
    ("nl", "worried", "De woning was een zwijnenstal.", "judgment", "zwijnenstal"),
    ("en", "worried", "The flat was disgusting.", "judgment", "disgusting"),
    ("nl", "worried", "Mama schoot tekort in de zorg voor Noor.", "judgment", "schoot tekort"),
    ("en", "worried", "Mum's care of Noor was inadequate.", "judgment", "inadequate"),
    ("nl", "worried", "Mama keek weg toen papa sloeg.", "blame", "keek weg"),
    ("en", "worried", "Mum let it happen.", "blame", "let it happen"),
    ("nl", "worried", "Papa heeft een dubbele diagnose.", "jargon", "dubbele diagnose"),
    ("en", "worried", "Mum has borderline.", "jargon", "borderline"),
    ("nl", "what_happened", "Op zaterdag werd papa boos door zijn gedrag.", "blame",
     "door zijn gedrag"),
    ("en", "worried", "Dad shouted because of Jack's difficult behaviour.", "blame",
     "because of Jack's difficult behaviour"),
]


@pytest.mark.parametrize(("language", "section", "text", "category", "words"), CLASSES,
                         ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(CLASSES)])
def test_each_class_is_found_with_its_words(language: str, section: str, text: str,
                                            category: str, words: str) -> None:
    assert (category, words) in found(text, language, section)


@pytest.mark.parametrize(("language", "section", "text"), [
    ("nl", "what_happened", "Op zaterdag sloeg papa mama in de keuken."),
    ("nl", "good_things", "Noor liet per ongeluk haar beker vallen en oma lachte."),
    ("nl", "parents_say", "Papa zegt dat het een ongelukje was."),   # his view, as his
    ("en", "worried", "Dad tapped Sam on the shoulder to wake him up."),
    ("en", "worried", "There were dirty dishes in the sink and bags of rubbish in the hall."),
    ("en", "good_things", "Sam is going on a school trip with his class."),
])
def test_the_same_words_used_harmlessly_pass(language: str, section: str, text: str) -> None:
    assert found(text, language, section) == []


# ---- the shape of a plan rule ---------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "words"), [
    ("nl", "Papa doet zijn best.", "zijn best"),
    ("nl", "Mama zorgt goed voor de kinderen.", "zorgt goed voor"),
    ("en", "Dad will try to stay calm.", "try"),
    ("en", "Mum takes good care of the children.", "takes good care"),
])
def test_a_plan_rule_of_effort_or_attitude_without_a_deed_is_vague(
        language: str, text: str, words: str) -> None:
    assert ("vague", words) in found(text, language, "safety_plan")
    # The same words elsewhere are a good thing or a view, not a rule.
    assert found(text, language, "good_things") == []


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Juf Mirjam let op of Noor eten mee heeft en belt tante Sara als dat niet zo is."),
    ("en", "Granny keeps an eye on Sam and phones Mum every evening at seven."),
])
def test_a_plan_rule_with_a_deed_anyone_can_see_passes(language: str, text: str) -> None:
    assert found(text, language, "safety_plan") == []


# ---- a parent's own view ------------------------------------------------------------------

@pytest.mark.parametrize(("language", "own", "other"), [
    ("en", "Mum says she hit Sam because she did not know what else to do.",
     "Dad says he hit Mum because she had not cooked dinner."),
    ("en", "Mum says it was her fault.", "Mum says it was Dad's fault."),
    ("en", "Mum says she fell short as a mother.", "Dad says Mum fell short."),
    ("nl", "Mama zegt dat ze Sam sloeg omdat ze niet wist wat ze anders moest.",
     "Papa zegt dat hij mama sloeg omdat ze het eten niet had gemaakt."),
    ("nl", "Mama zegt dat het haar schuld is.", "Papa zegt dat het de schuld van mama is."),
    ("nl", "Mama zegt dat ze heeft weggekeken.", "Papa zegt dat mama wegkeek."),
])
def test_what_a_parent_says_of_themself_is_their_view_of_another_still_counts(
        language: str, own: str, other: str) -> None:
    assert found(own, language, "parents_say") == []
    assert found(other, language, "parents_say") != []
    # Told by the book itself, the same words are the book's own.
    told = found(own.split(" ", 3)[3], language, "what_happened")
    assert {c for c, _ in told} & {"blame", "judgment"}, told


def test_an_excuse_is_blame_even_in_a_parents_own_words() -> None:
    assert ("blame", "had no choice") in found("Dad says he had no choice.", "en", "parents_say")
    assert ("blame", "eigen schuld") in found("Papa zegt dat het zijn eigen schuld was.", "nl",
                                              "parents_say")
