"""How word rule files are read, merged and compiled (``lint/rules.py``), function by function
with small rule data: an organisation's own file adds to the built-in one (lists grow, texts
and numbers are replaced, ``remove:`` takes terms away), every section of a file reaches the
check, and a file that cannot be used says which file and why.

These run in milliseconds, without stories or the language's word forms: a mutation run
reruns them for every change it makes to the module.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wordspictures.language.facts import load_facts
from wordspictures.language.files import PACKS
from wordspictures.language.terms import NOTHING, TermError
from wordspictures.lint import rules
from wordspictures.lint.rules import (
    RulesError,
    build_organisations,
    build_rules,
    build_word_rule,
    language_words,
    merge_files,
    merge_rules,
    read_rule_files,
    read_yaml,
    remove_terms,
)


def found(pattern: object, text: str) -> list[str]:
    """Return what a compiled term pattern finds in a text."""
    return [m.group() for m in pattern.finditer(text)]  # type: ignore[attr-defined]


# ---- reading the files ----------------------------------------------------------------------

def test_a_rule_file_is_read_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "lint.yaml"
    path.write_bytes("jargon:\n  - terms: [crèche]\n".encode())
    assert read_yaml(path) == {"jargon": [{"terms": ["crèche"]}]}


@pytest.mark.parametrize(("content", "said"), [
    (None, "cannot read the word rules ([Errno 2] No such file or directory"),
    ("jargon: [terms: {", "cannot read the word rules (while parsing a flow"),
    ("- judgment\n- blame\n", "the word rules must be a mapping"),
    ("", "the word rules must be a mapping"),
])
def test_a_rule_file_that_cannot_be_used_says_which_and_why(
        tmp_path: Path, content: str | None, said: str) -> None:
    path = tmp_path / "lint.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        read_yaml(path)
    assert str(caught.value).startswith(f"{path}: {said}")


def own_file(path: Path, language: str, marker: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"language: {language}\nmarker: {marker}\n", encoding="utf-8")
    return path


def test_an_organisations_file_comes_after_the_built_in_one(tmp_path: Path) -> None:
    own = own_file(tmp_path / "nl" / "lint.yaml", "nl", "own")
    files = read_rule_files("nl", tmp_path)
    assert [path for path, _ in files] == [PACKS / "nl" / "lint.yaml", own]
    assert files[1][1] == {"language": "nl", "marker": "own"}
    assert "judgment" in files[0][1]
    assert read_rule_files("nl", None) == files[:1]


def test_the_language_folder_wins_over_a_file_beside_it(tmp_path: Path) -> None:
    own_file(tmp_path / "lint.yaml", "nl", "beside")
    in_folder = own_file(tmp_path / "nl" / "lint.yaml", "nl", "folder")
    assert [p for p, _ in read_rule_files("nl", tmp_path)][1:] == [in_folder]


def test_a_file_beside_the_folders_counts_only_for_its_language(tmp_path: Path) -> None:
    beside = own_file(tmp_path / "lint.yaml", "nl", "beside")
    assert [p for p, _ in read_rule_files("nl", tmp_path)][1:] == [beside]
    assert [p for p, _ in read_rule_files("en", tmp_path)] == [PACKS / "en" / "lint.yaml"]
    # Without 'language:' it is taken to be for the language asked.
    (tmp_path / "lint.yaml").write_text("marker: any\n", encoding="utf-8")
    assert [p for p, _ in read_rule_files("en", tmp_path)][1:] == [beside]


def test_a_language_without_rules_has_no_files_and_no_rules(tmp_path: Path) -> None:
    assert read_rule_files("xx", tmp_path) == []
    assert rules.cached_rules("xx", str(tmp_path)) is None
    own_file(tmp_path / "xx" / "lint.yaml", "xx", "own")  # a house list alone will do
    assert [p for p, _ in read_rule_files("xx", tmp_path)] == [tmp_path / "xx" / "lint.yaml"]


# ---- merging --------------------------------------------------------------------------------

def test_lists_grow_mappings_merge_and_plain_values_are_replaced() -> None:
    base = {"abbreviations": ["bijv.", "o.a."], "readability": {"sentence_words": {6: 8}},
            "negation": {"why": "old", "negators": ["niet"]}, "language": "nl", "only": 1}
    extra = {"abbreviations": ["o.a.", "enz."], "readability": {"sentence_words": {9: 12}},
             "negation": {"why": "new"}, "language": "nl", "added": True}
    assert merge_rules(base, extra) == {
        "abbreviations": ["bijv.", "o.a.", "enz."],
        "readability": {"sentence_words": {6: 8, 9: 12}},
        "negation": {"why": "new", "negators": ["niet"]}, "language": "nl", "only": 1,
        "added": True}
    assert base["abbreviations"] == ["bijv.", "o.a."]  # the built-in data is not changed
    # A list given where the built-in file has a text (or the other way) replaces it.
    assert merge_rules({"a": "text", "b": [1]}, {"a": [1], "b": "text"}) == \
        {"a": [1], "b": "text"}


def test_removed_terms_go_from_every_list_whatever_their_case() -> None:
    data = {"jargon": [{"terms": ["Jeugdarts*", " casus", "hulpverlener"], "why": "x"}],
            "negation": {"negators": ["niet", "nooit"]}, "why": "casus"}
    assert remove_terms(data, {"jeugdarts*", "casus", "nooit"}) == {
        "jargon": [{"terms": ["hulpverlener"], "why": "x"}],
        "negation": {"negators": ["niet"]}, "why": "casus"}


def test_a_rule_whose_terms_are_all_removed_is_gone() -> None:
    data = [{"terms": ["vaak"], "why": "vague"}, {"terms": ["soms", "altijd"]},
            {"why": "no terms of its own"}]
    assert remove_terms(data, {"vaak"}) == [{"terms": ["soms", "altijd"]},
                                            {"why": "no terms of its own"}]


def test_each_files_remove_applies_after_it_and_not_to_what_comes_later() -> None:
    def built_in() -> dict[str, object]:
        return {"vague": [{"terms": ["vaak", "soms"]}]}

    def own() -> dict[str, object]:
        return {"remove": [" VAAK "], "vague": [{"terms": ["meestal"]}]}

    assert merge_files([built_in(), own()]) == {
        "vague": [{"terms": ["soms"]}, {"terms": ["meestal"]}]}
    assert merge_files([built_in(), own(), {"vague": [{"terms": ["vaak"]}]}]) == {
        "vague": [{"terms": ["soms"]}, {"terms": ["meestal"]}, {"terms": ["vaak"]}]}
    assert merge_files([built_in(), {"remove": None}]) == built_in()
    assert "remove" not in merge_files([{"remove": ["x"], "language": "nl"}])


# ---- compiling ------------------------------------------------------------------------------

def test_a_word_rule_keeps_every_part_of_its_entry() -> None:
    sets = {"family": ["mama", "papa"]}
    rule = build_word_rule("blame", {
        "terms": ["schuld", "@family"], "why": "blame", "suggest": "say what happened",
        "unless": ["niet"], "unless_sentence": ["grapje"], "only_sentence": ["zegt"],
        "sections": ["worried", "parents_say"], "own_view": True}, sets)
    assert rule.category == "blame" and (rule.why, rule.suggest) == ("blame",
                                                                     "say what happened")
    assert found(rule.pattern, "Het is de schuld van Mama.") == ["schuld", "Mama"]
    assert len(rule.sources) == 3 and re.search(rule.sources[2], "papa")
    assert found(rule.unless, "niet") == ["niet"]
    assert found(rule.unless_sentence, "een grapje") == ["grapje"]
    assert rule.only_sentence is not None and found(rule.only_sentence, "zegt") == ["zegt"]
    assert rule.sections == frozenset({"worried", "parents_say"}) and rule.own_view is True


def test_a_word_rule_without_its_extra_parts_has_no_conditions() -> None:
    rule = build_word_rule("vague", {"terms": ["vaak"], "only_sentence": []}, {})
    assert (rule.why, rule.suggest, rule.sections, rule.own_view) == ("", "", frozenset(),
                                                                      False)
    assert rule.unless is NOTHING and rule.unless_sentence is NOTHING
    assert rule.only_sentence is None


@pytest.mark.parametrize("raw", [{"why": "x"}, {"terms": []}, {"terms": None}])
def test_a_word_rule_without_terms_is_named_by_its_list(raw: dict[str, object]) -> None:
    with pytest.raises(TermError, match="^a jargon rule has no terms$"):
        build_word_rule("jargon", raw, {})


def test_an_organisation_is_known_by_its_name_and_explained_by_its_sentences() -> None:
    sets = {"bureaus": ["Veilig Thuis", "de Raad"]}
    orgs = build_organisations({"names": ["@bureaus", "Jeugdzorg"],
                                "explained_by": ["{org} helpt", "{org} is een"]}, sets)
    assert len(orgs) == 3
    thuis = orgs[0]
    assert found(thuis.pattern, "Veilig Thuis kwam. veilig Thuis. Veilig thuis.") == [
        "Veilig Thuis", "veilig Thuis"]
    assert thuis.explained_by.search("Veilig Thuis helpt gezinnen.")
    assert thuis.explained_by.search("veilig thuis helpt") is None  # the name's own case
    assert orgs[2].explained_by.search("Jeugdzorg is een groep mensen die helpt.")
    assert orgs[2].explained_by.search("Veilig Thuis helpt") is None


def test_an_organisation_nothing_explains_is_never_explained() -> None:
    org, = build_organisations({"names": ["Jeugdzorg"]}, {})
    assert found(org.pattern, "Jeugdzorg komt.") == ["Jeugdzorg"]
    assert org.explained_by.search("Jeugdzorg komt.") is None
    assert build_organisations({}, {}) == ()


def test_a_broken_expression_in_an_organisation_is_named_when_the_rules_are_read() -> None:
    with pytest.raises(TermError, match=r"'re:\(oops' cannot be read"):
        build_organisations({"names": ["Jeugdzorg"], "explained_by": ["re:(oops"]}, {})


def test_explanations_that_clash_together_are_named_when_the_rules_are_read() -> None:
    # '{org}' counts as an expression: the name is put in as one, to keep its case.
    with pytest.raises(TermError, match=r"^the terms '\{org\} helpt', 're:\(\?P<a>x\)', "
                                        r"'re:\(\?P<a>y\)' "
                                        "cannot be read together in one pattern: "
                                        "redefinition of group name"):
        build_organisations({"names": ["Jeugdzorg"], "explained_by": [
            "{org} helpt", "re:(?P<a>x)", "re:(?P<a>y)"]}, {})


def test_every_section_of_a_rule_file_reaches_the_rule_set() -> None:
    data = {
        "sets": {"ouders": ["mama", "papa"], "leeg": None, "moeilijk": ["desalniettemin"],
                 "ikzelf": ["ik"]},
        "judgment": [{"terms": ["lui"]}], "blame": [{"terms": ["schuld"]}],
        "jargon": [{"terms": ["casus"]}], "vague": [{"terms": ["vaak"]}],
        "readability": {"words": [{"terms": ["@moeilijk"]}],
                        "sentence_words": {"6": "8", 9: 12}, "page_words": {6: 40},
                        "long_word": {6: 12}, "guide": {6: 3},
                        "long": {"why": "too long", "suggest": "split"}},
        "negation": {"negators": ["niet"], "stopping": ["stoppen"], "openers": ["nooit"],
                     "contrast": ["maar"], "why": "no not", "suggest": "say what to do"},
        "detail": {"when": ["gisteren"], "where": ["thuis"], "who": ["@ouders"],
                   "not_names": ["Mama"], "nobody": ["niemand"], "passive": ["werd"],
                   "agent": ["door"], "states": ["boos"],
                   "event": {"why": "when?", "suggest": "say when"}},
        "because": {"words": ["omdat"], "acts": ["deed"], "people": ["jij"],
                    "negators": ["niet"], "deeds": ["slaan"], "own_state": ["moe"],
                    "why": "a reason", "suggest": "say what"},
        "own_view": {"says": ["zegt"], "she": ["zij"], "he": ["hij"], "self_she": ["mijn"],
                     "self_he": ["@ikzelf"], "others": ["jij"], "as_role": ["als"]},
        "structure": {"balance": {"why": "only worries", "suggest": "add good things"}},
        "organisations": {"names": ["Jeugdzorg"], "why": "who is that?",
                          "suggest": "explain"},
        "abbreviations": ["bijv."],
    }
    built = build_rules(data)
    assert [(w.category, found(w.pattern, "lui schuld casus vaak desalniettemin"))
            for w in built.words] == [("judgment", ["lui"]), ("blame", ["schuld"]),
                                      ("jargon", ["casus"]), ("vague", ["vaak"]),
                                      ("readability", ["desalniettemin"])]
    words = {"when": "gisteren", "where": "thuis", "who": "papa", "not_names": "Mama",
             "nobody": "niemand", "passive": "werd", "agent": "door", "states": "boos",
             "negators": "niet", "stopping": "stoppen", "openers": "nooit",
             "contrast": "maar", "because_words": "omdat", "because_acts": "deed",
             "because_people": "jij", "because_negators": "niet", "because_deeds": "slaan",
             "because_own_state": "moe", "speech_says": "zegt", "speech_she": "zij",
             "speech_he": "hij", "speech_self_she": "mijn", "speech_self_he": "ik",
             "speech_others": "jij", "speech_as_role": "als"}
    assert set(built.patterns) == {*words, "speech_self_any"}
    for name, word in words.items():
        assert found(built.patterns[name], f"x {word} y") == [word], name
    assert found(built.patterns["speech_self_any"], "ik en mijn") == ["ik", "mijn"]
    assert built.numbers == {"sentence_words": {6: 8, 9: 12}, "page_words": {6: 40},
                             "long_word": {6: 12}, "guide": {6: 3}}
    assert built.texts == {
        "negation": {"why": "no not", "suggest": "say what to do"},
        "blame_reason": {"why": "a reason", "suggest": "say what"},
        "event": {"why": "when?", "suggest": "say when"},
        "long": {"why": "too long", "suggest": "split"},
        "balance": {"why": "only worries", "suggest": "add good things"},
        "organisation": {"why": "who is that?", "suggest": "explain"}}
    assert [found(o.pattern, "Jeugdzorg") for o in built.organisations] == [["Jeugdzorg"]]
    assert built.abbreviation.search("Zoals bijv.") and not built.abbreviation.search("Zo.")
    assert built.vocabulary is None


def test_an_empty_rule_file_makes_rules_that_find_nothing() -> None:
    built = build_rules({})
    assert built.words == () and built.organisations == ()
    assert all(p is NOTHING for p in built.patterns.values())
    assert len(built.patterns) == 8 + 4 + 6 + 7 + 1
    assert built.numbers == {"sentence_words": {}, "page_words": {}, "long_word": {},
                             "guide": {}}
    assert built.texts == {"negation": {"why": "", "suggest": ""},
                           "blame_reason": {"why": "", "suggest": ""},
                           "organisation": {"why": "", "suggest": ""}}


def test_the_vocabulary_is_read_for_the_files_language() -> None:
    built = build_rules({"language": "nl", "vocabulary": {"rare_below": {6: 3.5}}})
    assert built.vocabulary is not None
    assert (built.vocabulary.language, built.vocabulary.rare_below) == ("nl", {6: 3.5})


def test_the_rules_take_the_days_months_and_abbreviations_from_the_language() -> None:
    facts = load_facts("nl")
    words = language_words(facts)
    assert words["abbreviations"] == list(facts.abbreviations)
    assert words["sets"]["weekdays"] == [f"{day}*" for day in facts.weekdays]
    assert words["sets"]["months"] == list(facts.months) and "maart" in facts.months
    assert language_words(None) == {}


def test_an_organisations_broken_file_is_named_as_the_cause(tmp_path: Path) -> None:
    own = tmp_path / "nl" / "lint.yaml"
    own.parent.mkdir()
    own.write_text("jargon:\n  - why: no terms\n", encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        rules.cached_rules("nl", str(tmp_path))
    assert str(caught.value) == f"{own}: a jargon rule has no terms"
