"""The compiled word rules kept in the cache folder: read back the same, made anew on a change."""

from __future__ import annotations

from pathlib import Path

import pytest

from wordspictures.lint import kept, lint_sentence, rules
from wordspictures.lint.rules import cached_rules, load_rules

SENTENCES = [
    ("nl", "worried", "Mama schoot tekort en papa keek weg."),
    ("nl", "parents_say", "Papa zegt dat het de schuld van mama is."),
    ("nl", "safety_plan", "Papa doet zijn best."),
    ("en", "worried", "The flat was disgusting and Mum has a dual diagnosis."),
    ("en", "worried", "Sofia saw signs of dysregulation."),
]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_kept_rules_read_back_as_they_were_made(language: str) -> None:
    cached_rules.cache_clear()
    made = load_rules(language)
    assert made is not None
    again = kept.decode_rules(kept.encode_rules(made))
    assert kept.encode_rules(again) == kept.encode_rules(made)
    assert again.vocabulary == made.vocabulary and again.texts == made.texts


def test_a_second_check_reads_the_kept_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    cached_rules.cache_clear()
    first = [(t, lint_sentence(t, lang, 8, section)) for lang, section, t in SENTENCES]

    def no_building(data: object) -> None:
        raise AssertionError("made the rules again")

    monkeypatch.setattr(rules, "build_rules", no_building)
    cached_rules.cache_clear()  # a new process: only the cache folder is left
    assert [(t, lint_sentence(t, lang, 8, section)) for lang, section, t in SENTENCES] == first
    assert all(found for _, found in first)


def test_a_changed_rule_file_makes_new_rules(tmp_path: Path) -> None:
    own = tmp_path / "nl" / "lint.yaml"
    own.parent.mkdir()
    own.write_text("language: nl\njudgment:\n  - terms: [kwebbel]\n    why: eigen\n", "utf-8")
    cached_rules.cache_clear()
    assert judged("Een kwebbel en een snoever.", tmp_path) == ["kwebbel"]
    own.write_text("language: nl\njudgment:\n  - terms: [kwebbel, snoever]\n    why: eigen\n",
                   "utf-8")
    cached_rules.cache_clear()
    assert judged("Een kwebbel en een snoever.", tmp_path) == ["kwebbel", "snoever"]


def judged(text: str, rules_dir: Path) -> list[str]:
    """Return the words of the judgment findings of a Dutch sentence with a rules folder."""
    return [p.words or "" for p in lint_sentence(text, "nl", 8, "worried", rules_dir=rules_dir)
            if p.category == "judgment"]


def test_every_module_that_makes_the_rules_is_in_the_key() -> None:
    """A maker that moved would be '-' in the key for ever: its changes would keep old rules."""
    from wordspictures.lint import kept

    here = Path(kept.__file__).parent
    assert all((here / name).is_file() for name in kept.MAKERS)
