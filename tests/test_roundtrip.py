"""The editor's copy of an account: each change lands in the file with everything else kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import ALL_EXAMPLES, ROOT
from wordspictures.account.load import read_account_text
from wordspictures.account.places import anchors, positions
from wordspictures.account.roundtrip import Draft, DraftError

STARTERS = sorted((ROOT / "wordspictures" / "templates").glob("*/starter.yaml"))
STARTER = ROOT / "wordspictures" / "templates" / "en" / "starter.yaml"


def loaded(text: str, folder: Path = ROOT / "examples"):
    """Return the account the loader reads from the text (failing on its errors)."""
    account, problems = read_account_text(text, folder / "story.yaml")
    assert account is not None, [str(p) for p in problems]
    return account


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    """Return the lines that differ, for texts of the same number of lines."""
    old, new = before.splitlines(), after.splitlines()
    assert len(old) == len(new)
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


@pytest.mark.parametrize("path", ALL_EXAMPLES + STARTERS, ids=lambda p: p.name)
def test_an_account_is_written_back_exactly_as_it_was(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert Draft(text).text() == text


def test_a_changed_text_changes_its_line_only() -> None:
    text = STARTER.read_text(encoding="utf-8")
    draft = Draft(text)
    draft.set(("worried", 0, "text"), "On Tuesday Mrs Hall saw Sam sitting alone.")
    assert changed_lines(text, draft.text()) == [
        ("    text: On Monday Mrs Hall saw Sam crying in class.",
         "    text: On Tuesday Mrs Hall saw Sam sitting alone.")]
    assert loaded(draft.text()).worried[0].text == "On Tuesday Mrs Hall saw Sam sitting alone."


@pytest.mark.parametrize("typed", ["no", "12:30", "Mum said: no", "yes", "7", "[later]",
                                   "#1 rule", "'s Avonds", "it's 3 o'clock, ok?"])
def test_a_text_the_loader_would_read_otherwise_is_quoted(typed: str) -> None:
    draft = Draft(STARTER.read_text(encoding="utf-8"))
    draft.set(("worried", 0, "text"), typed)
    draft.set(("helpers", 0, "text"), typed)  # inside { … }
    account = loaded(draft.text())
    assert account.worried[0].text == typed
    assert account.helpers[0].text == typed


def test_quotes_stay_as_they_were() -> None:
    text = ('language: en\ntitle: "Sam\'s book"\npeople:\n'
            "  sam: {name: Sam, role: child, age: 7}\nworried:\n  - 'Mrs Hall saw it.'\n")
    draft = Draft(text)
    draft.set(("title",), "Sam's own book")
    draft.set(("worried", 0, "text"), "Mrs Hall saw it twice.")
    assert '\ntitle: "Sam\'s own book"\n' in draft.text()
    assert "\n  - 'Mrs Hall saw it twice.'\n" in draft.text()


def test_a_text_a_comma_split_reads_whole_and_is_written_whole() -> None:
    text = (ROOT / "examples" / "lotte-nl.yaml").read_text(encoding="utf-8")
    draft = Draft(text)
    first = draft.value(("safety_plan", 0, "text"))
    assert first.startswith("Op zaterdag als mama werkt, komt opa Henk")
    draft.set(("safety_plan", 0, "text"), first + " Dan eten ze samen.")
    line = next(x for x in draft.text().splitlines() if "Dan eten ze samen" in x)
    assert line.startswith('  - {text: "Op zaterdag als mama werkt, komt opa Henk')
    assert ", who:" in line
    assert loaded(draft.text()).safety_plan[0].text == first + " Dan eten ze samen."


def test_a_line_of_text_grows_into_keys_with_the_comments_kept() -> None:
    text = STARTER.read_text(encoding="utf-8")
    draft = Draft(text)
    draft.set(("good_things", 0, "who"), ["mum", "sam"])
    draft.set(("good_things", 0, "where"), "home")
    after = draft.text()
    assert "  - text: Mum reads Sam a story every evening.\n    who: [mum, sam]\n" \
           "    where: home\n\n# Who was worried" in after
    assert loaded(after).good_things[0].who == ("mum", "sam")


def test_an_item_added_removed_and_moved_leaves_the_comments_where_they_were() -> None:
    text = STARTER.read_text(encoding="utf-8")
    draft = Draft(text)
    assert draft.add_item("child_can", "Sam can ring the bell at Granny Ria's.") == 1
    draft.move_item("child_can", 1, 0)
    draft.remove_item("next", 0)
    after = draft.text()
    assert ("child_can:\n  - Sam can ring the bell at Granny Ria's.\n"
            "  - Sam can call Granny Ria whenever he wants.\n\n# How safe is it now?") in after
    assert "# What happens next.\nnext: []\n" in after
    account = loaded(after)
    assert [e.text for e in account.child_can][0].startswith("Sam can ring")
    assert account.next == ()


def test_the_last_item_removed_keeps_the_explanation_of_the_next_part() -> None:
    draft = Draft(STARTER.read_text(encoding="utf-8"))
    draft.remove_item("worried", 0)
    assert "worried: []\n\n# What happened: the facts" in draft.text()


def test_looks_and_people_are_written_like_the_lines_around_them() -> None:
    draft = Draft(STARTER.read_text(encoding="utf-8"))
    draft.set(("people", "granny_ria", "looks", "hair"), "long")
    draft.set(("people", "sam", "looks", "glasses"), True)
    draft.add_person("tom", {"name": "Tom", "role": "uncle"})
    after = draft.text()
    assert "  granny_ria: {name: Ria, role: grandmother, called: Granny Ria, looks: {hair: long}}" \
        in after
    assert "    looks: {hair: short, hair_colour: brown, skin: light, glasses: true}" in after
    assert "  tom: {name: Tom, role: uncle}\n\n# What is going well" in after
    account = loaded(after)
    assert account.person("granny_ria").looks.hair == "long"
    assert account.person("tom").role == "uncle"
    draft.set(("people", "sam", "looks", "glasses"), None)
    draft.remove_person("tom")
    assert "tom:" not in draft.text() and "glasses" not in draft.text()


def test_a_date_a_number_and_allowed_words() -> None:
    draft = Draft(STARTER.read_text(encoding="utf-8"))
    draft.set(("date",), dt.date(2026, 11, 20))
    draft.set(("version",), 4)
    draft.add_word("allow", "Veilig Thuis")
    draft.add_word("allow", "melding")
    after = draft.text()
    assert "\ndate: 2026-11-20 " in after and "\nversion: 4 " in after
    assert "\nallow: [Veilig Thuis, melding]\n" in after
    account = loaded(after)
    assert account.allow == ("Veilig Thuis", "melding") and account.version == 4
    draft.remove_word("allow", "Veilig Thuis")
    draft.remove_word("allow", "melding")
    assert "allow" not in draft.text()


def test_windows_line_ends_stay() -> None:
    text = STARTER.read_text(encoding="utf-8").replace("\n", "\r\n")
    draft = Draft(text)
    assert draft.text() == text
    draft.set(("title",), "Sam")
    assert draft.text().count("\r\n") == text.count("\r\n")


def test_what_is_not_an_account_is_refused() -> None:
    with pytest.raises(DraftError):
        Draft("- just\n- a list\n")
    with pytest.raises(DraftError):
        Draft("language: en\npeople: {sam: [\n")


def test_anchors_say_where_each_value_starts() -> None:
    text = STARTER.read_text(encoding="utf-8")
    found = {place: (line, column) for line, column, place in anchors(text)}
    line = text.splitlines().index("    text: On Monday Mrs Hall saw Sam crying in class.") + 1
    assert found[("worried", 0, "text")] == (line, 11)
    assert found[("worried", 0)][0] == line - 1


@pytest.mark.parametrize("place, typed", [
    (("worried", 0, "text"), "On Tuesday Mrs Hall saw Sam: he cried."),   # gets quotes
    (("good_things", 0, "text"), "Mum reads Sam a story, every evening."),  # a line item
    (("helpers", 0, "text"), "Granny Ria lives near, round the corner."),   # inside { }
    (("people", "mum", "called"), "Mummy"),
    (("title",), "Sam's own story"),                                       # a comment after
    (("what_happened", 0, "when"), "no"),
    (("safety_plan", 0, "text"), "Als papa boos wordt, belt hij opa Henk."),
    (("safety_plan", 1, "text"), "'s Avonds belt papa opa Henk."),
])
def test_a_keystroke_rewrites_its_value_where_it_stands_as_the_whole_file_would(
        place: tuple, typed: str) -> None:
    source = ROOT / "examples" / "lotte-nl.yaml" if place[0] == "safety_plan" else STARTER
    text = source.read_text(encoding="utf-8")
    if place == ("safety_plan", 1, "text"):  # a quoted text stays quoted
        text = text.replace("- {text: Papa belt opa Henk", "- {text: 'Papa belt opa Henk")
        text = text.replace("Opa Henk komt dan langs., who", "Opa Henk komt dan langs.', who")
    draft = Draft(text)
    _, spans = positions(text)
    quick = draft.set_text(place, typed, text, spans)
    if place == ("safety_plan", 0, "text"):
        assert quick is None  # the words a comma cut off must go: the whole file
        return
    assert quick is not None and quick == draft.text()
    account = loaded(quick, source.parent)
    if place == ("title",):
        value = account.title
    elif place[0] == "people":
        value = account.person("mum").called
    elif place[0] in ("worried", "good_things", "helpers", "what_happened"):
        entry = getattr(account, str(place[0]))[0]
        value = getattr(entry, str(place[2]))
    else:
        value = account.safety_plan[1].text
    assert value == typed


def test_a_value_inside_an_items_feeling_or_picture_keeps_the_comments() -> None:
    text = ("worried:\n"
            "  - text: Papa slept on the sofa.  # the first one\n"
            "    feeling: {noor: sad}\n"
            "  - Noor was scared.  # a line of text\n"
            "# the end\n")
    draft = Draft(text)
    draft.set(("worried", 0, "feeling", "papa"), "calm")
    draft.set(("worried", 1, "picture", "time"), "night")
    draft.set(("worried", 1, "picture", "doing", "papa"), "sleeps_on_sofa")
    assert draft.text() == (
        "worried:\n"
        "  - text: Papa slept on the sofa.  # the first one\n"
        "    feeling: {noor: sad, papa: calm}\n"
        "  - text: Noor was scared.\n"  # its comment follows the item's keys
        "    picture: {doing: {papa: sleeps_on_sofa}, time: night} # a line of text\n"
        "# the end\n")
    # A group whose last value goes goes with it: no 'feeling: {}' is left.
    for place in [("worried", 0, "feeling", "noor"), ("worried", 0, "feeling", "papa"),
                  ("worried", 1, "picture", "doing", "papa")]:
        draft.set(place, None)
    assert "feeling" not in draft.text() and "doing" not in draft.text()
    assert draft.value(("worried", 1, "picture")) == {"time": "night"}
