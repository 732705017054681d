"""The term syntax of lint.yaml: what a trainer writes, and what it matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wordspictures.language import terms
from wordspictures.language.terms import TermError, compile_terms, word_tree

SETS = {"ouder": ["mama*", "papa*", "de grote mensen"], "people": ["granny", "nan"],
        "werken": ["werkt", "werken"]}


def matches(term: str, text: str) -> list[str]:
    """Return what one term matches in a text."""
    return [m.group() for m in compile_terms([term], SETS).finditer(text)]


@pytest.mark.parametrize(("term", "text", "found"), [
    ("agressie*", "Papa was agressief en agressiever.", ["agressief", "agressiever"]),
    ("'*verslaving'", "De alcoholverslaving en de verslaving.", ["alcoholverslaving",
                                                                "verslaving"]),
    ("slecht* {ouder}", "Een slechte mama en slechte grote mensen.", ["slechte mama"]),
    ("omdat ... stout", "omdat Sam heel erg stout was", ["omdat Sam heel erg stout"]),
    ("{people}'s", "We went to Granny's and Nan’s.", ["Granny's", "Nan’s"]),
    ("niet mee{werken}", "Zij werken niet meewerken.", ["niet meewerken"]),
    ("re:\\d+ keer", "Het gebeurde 3 keer.", ["3 keer"]),
])
def test_a_term_matches_what_it_says(term: str, text: str, found: list[str]) -> None:
    assert matches(term.strip("'"), text) == found


def test_a_term_never_starts_or_ends_inside_a_word() -> None:
    assert matches("lui", "Papa is lui.") == ["lui"]
    assert matches("lui", "Mama verschoont de luier en luistert.") == []


def test_a_gap_never_runs_across_a_comma() -> None:
    assert matches("omdat ... stout", "omdat Sam viel, was papa stout") == []


def test_an_unknown_set_is_named() -> None:
    with pytest.raises(TermError, match="unknown set '{nergens}'"):
        compile_terms(["{nergens}"], SETS)
    with pytest.raises(TermError, match="write a set as"):
        compile_terms(["{a}{b}"], SETS)


@given(st.sets(st.text(alphabet="abcé", min_size=1, max_size=5), min_size=1, max_size=12),
       st.text(alphabet="abcé", max_size=6))
def test_the_word_tree_matches_exactly_its_words(words: set[str], other: str) -> None:
    tree = re.compile("(?:" + word_tree(tuple(sorted(words))) + r")\Z")
    assert all(tree.match(w) for w in words)
    assert bool(tree.match(other)) == (other in words)


@pytest.mark.parametrize(("term", "piece"), [
    ("agressie*", "agressie"), ("'*verslaving'", "verslaving"), ("slecht* {ouder}", "slecht"),
    ("made {people} ... cross", "cross"), ("{people}'s", "s"), ("grown-ups", "grown"),
    ("niet mee{werken}", "niet"), ("re:\\d+ keer", None), ("{people} re:\\d+", None),
    ("Veilig Thuis", "veilig"),
])
def test_each_term_has_a_piece_every_match_holds(term: str, piece: str | None) -> None:
    from wordspictures.language.terms import needle

    assert needle(term.strip("'")) == piece


def spy_on_compiling(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Return the list of the sources compiled from now on (cached or not)."""
    sources: list[str] = []
    real = terms.compiled

    def spy(source: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        sources.append(source)
        return real(source, flags)

    monkeypatch.setattr(terms, "compiled", spy)
    return sources


def test_a_pattern_is_compiled_only_for_a_text_that_could_hold_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    compiling = spy_on_compiling(monkeypatch)
    pattern = compile_terms(["agressie*", "boos"], SETS)
    assert pattern.search("Papa las een boek.") is None
    assert compiling == []  # nothing in the text could match: not compiled
    assert [m.group() for m in pattern.finditer("Papa was AGRESSIEF.")] == ["AGRESSIEF"]
    assert compiling == [pattern.source]
    # Beyond Latin-1 the pattern itself decides (the dotted I lower-cases to two letters).
    assert compile_terms(["istanbul"], SETS).search("In İSTANBUL.") is not None


def test_only_a_pattern_with_an_expression_is_compiled_at_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    compiling = spy_on_compiling(monkeypatch)
    compile_terms(["agressie*", "slecht* {ouder}"], SETS)
    assert compiling == []
    sets = {**SETS, "getal": ["re:\\d+"]}
    compile_terms(["agressie*", "{getal} keer"], sets)  # through a set, too
    # Only the term with the expression, not the plain words beside it.
    assert len(compiling) == 1 and "keer" in compiling[0] and "agressie" not in compiling[0]


def test_a_broken_expression_is_named_when_the_rules_are_read() -> None:
    with pytest.raises(TermError, match=r"'re:\(oops' cannot be read"):
        compile_terms(["re:(oops"], SETS)


def test_expressions_that_clash_together_are_named_when_the_rules_are_read() -> None:
    # Each is fine alone; in one pattern the group name is there twice.
    with pytest.raises(TermError, match=r"the terms 're:\(\?P<a>x\)', 're:\(\?P<a>y\)' "
                                        "cannot be read together"):
        compile_terms(["boos", "re:(?P<a>x)", "re:(?P<a>y)"], SETS)
