"""``wordspictures new --interview``: typed answers become an account that builds a book.

The conversation is driven through click's CliRunner with the answers a caseworker would
type; the account it writes is checked, validated against the schema and built, and the
names and sentences are read back from the PDF and the PowerPoint.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import click
import jsonschema
import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import assert_in_order, pdf_text, pptx_text
from wordspictures.account.keys import PERSON_ID
from wordspictures.account.load import load_account
from wordspictures.account.schema import SCHEMA_FILE
from wordspictures.account.vocabulary import FEELINGS, PLACES, PRONOUNS, ROLES
from wordspictures.api import build_book
from wordspictures.commands.cli import main
from wordspictures.commands.interview import check_text, interview
from wordspictures.commands.interview.story import YAML_WORDS, Story, clean, new_id
from wordspictures.commands.interview.text import scalar
from wordspictures.commands.interview.words import load_words
from wordspictures.language.files import PACKS

# A Dutch interview, answer by answer, in the order the questions come.
DUTCH = [
    "Sam", "7", "hij", "n",                           # for whom: name, age, pronoun, no more
    "Lisa", "moeder", "Mama", "",                     # who else: Lisa, then done
    "Mama leest Sam elke avond voor.", "",            # good things
    "Juf Anna", "j", "juf",                           # worried: a new person, added
    "Juf Anna zag op maandag dat Sam huilde in de klas.", "",
    "Op zondagavond was Sam alleen thuis. Mama was naar haar werk.",  # what happened
    "zondag 12 januari 2026", "thuis", "Sam", "bang", "",
    "Mama", "Mama zegt dat ze geen oppas kon vinden.", "",           # parents say
    "Als mama 's avonds moet werken, slaapt Sam bij oma Ria.",       # a rule
    "Mama, Oma Ria", "j", "oma", "elke keer als mama 's avonds werkt", "",
    "Oma Ria", "Oma Ria woont om de hoek: ze komt als Sam belt.", "06-12345678", "",
    "Sam kan altijd oma Ria bellen.", "",             # what the child can do
    "", "Mama en Sofie", "j", "hulpverlener", "2026-01-31",  # default title, makers, date
]

# An English interview with typing mistakes that are asked again.
ENGLISH = [
    "Mia", "seven", "6", "she", "y", "Leo", "4", "boy", "n",
    "Kate", "mothr", "mum", "Mum", "Tom", "uncle", "Uncle Tom", "",
    "Mum sings to Mia and Leo every night.", "",
    "Mrs Hall", "n", "Mrs Hall", "y", "teacher",
    "On Monday Mrs Hall saw that Mia had no lunch.", "",
    "On Sunday Mum stayed in bed all day.", "Sunday 4 May 2026", "bedroom", "Mum, Mia",
    "scarred", "sad", "",
    "",                                                # no parent's words
    "Uncle Tom comes every evening at six and cooks with Mum.", "", "Uncle Tom and Mum",
    "every evening", "",
    "Uncle Tom", "Uncle Tom lives in the same street.", "", "",
    "Mia can always call Uncle Tom.", "",
    "Mia and Leo's book", "", "2026-05-10",
]


def answers(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def run_new(path: Path, *args: str, input: str) -> Any:  # noqa: A002
    return CliRunner().invoke(main, ["new", str(path), "--interview", *args], input=input)


def editor_data(path: Path) -> Any:
    """Return the account's data as an editor reads it (dates stay text)."""
    from tests.test_schema import read

    return read(path)


@pytest.fixture(scope="module")
def dutch_book(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("interview-nl")
    account = folder / "sam.yaml"
    result = run_new(account, input=answers(DUTCH))
    assert result.exit_code == 0, result.output
    built = build_book(account, folder / "boek")
    files = {p.suffix[1:]: p for p in built.files}
    return {"account": account, "output": result.output, "result": built, **files}


def test_the_interview_follows_the_book_and_shows_examples(dutch_book: dict[str, Any]) -> None:
    output = dutch_book["output"]
    order = ["Voor wie is het boek?", "Wie zitten er in het verhaal?", "Wat gaat er goed?",
             "Wie maakte zich zorgen?", "Wat is er gebeurd?", "Wat zeggen de ouders?",
             "De afspraken", "Wie helpen er?", "Wat kan Sam zelf doen?", "Over het boek"]
    positions = [output.index(step) for step in order]
    assert positions == sorted(positions)
    assert "(bijvoorbeeld: Juf Anna zag op maandag dat Sam huilde in de klas.)" in output
    assert f"wordspictures build {dutch_book['account']}" in output


def test_the_answers_become_a_commented_account(dutch_book: dict[str, Any]) -> None:
    account = dutch_book["account"]
    text = account.read_text(encoding="utf-8")
    assert text.startswith(f"# yaml-language-server: $schema={SCHEMA_FILE}\n")
    assert text.count("\n#") > 20
    assert check_text(text, account) == []
    story = load_account(account)
    people = {p.id: p for p in story.people}
    assert list(people) == ["sam", "mama", "juf_anna", "oma_ria", "sofie"]
    assert (people["mama"].name, people["mama"].role, people["mama"].called) == (
        "Lisa", "mother", "Mama")
    assert (people["juf_anna"].role, people["juf_anna"].pronoun) == ("teacher", "she")
    assert people["sam"].age == 7 and people["sam"].pronoun == "he"
    event = story.what_happened[0]
    assert (event.when, event.where, event.who, event.feeling) == (
        "zondag 12 januari 2026", "home", ("sam",), "scared")
    assert story.safety_plan[0].who == ("mama", "oma_ria")
    assert story.helpers[0].phone == "06-12345678"
    assert story.helpers[0].text == "Oma Ria woont om de hoek: ze komt als Sam belt."
    assert story.title == "Het verhaal van Sam" and story.made_by == ("mama", "sofie")
    assert story.date == dt.date(2026, 1, 31) and story.is_draft


def test_the_account_matches_its_schema(dutch_book: dict[str, Any]) -> None:
    folder = dutch_book["account"].parent
    schema = json.loads((folder / SCHEMA_FILE).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(editor_data(dutch_book["account"]))


def test_the_book_tells_the_answers(dutch_book: dict[str, Any]) -> None:
    pdf = pdf_text(dutch_book["pdf"])
    assert_in_order(pdf, [
        "Het verhaal van Sam", "Mama leest Sam elke avond voor.",
        "Juf Anna zag op maandag dat Sam huilde in de klas.",
        "Op zondagavond was Sam alleen thuis.", "Mama zegt dat ze geen oppas kon vinden.",
        "Als mama 's avonds moet werken, slaapt Sam bij oma Ria.",
        "Oma Ria woont om de hoek: ze komt als Sam belt.", "Sam kan altijd oma Ria bellen.",
        "06-12345678"])
    pptx = pptx_text(dutch_book["pptx"])
    assert "Mama (Lisa) is de mama van Sam." in pptx
    assert "Juf Anna is de juf op school." in pptx
    # The rule's words name who does it: no 'Wie:' line says it again.
    assert "Wie:" not in pptx and "Mama en Oma Ria" not in pptx


def test_an_english_interview_asks_again_after_a_mistake(tmp_path: Path) -> None:
    account = tmp_path / "mia.yaml"
    result = run_new(account, "--language", "en", input=answers(ENGLISH))
    assert result.exit_code == 0, result.output
    for problem in ("Type a whole number from 0 to 120.", "I do not know that role.",
                    "In the story: Mia, Leo, Mum and Uncle Tom.",
                    "I do not know that feeling.", "Name at least one person."):
        assert problem in result.output, problem
    story = load_account(account)
    assert story.for_children == ("mia", "leo")
    assert [(p.id, p.role, p.pronoun) for p in story.people] == [
        ("mia", "child", "she"), ("leo", "child", "he"), ("mum", "mother", "she"),
        ("uncle_tom", "uncle", "he"), ("mrs_hall", "teacher", "they")]
    assert story.what_happened[0].feeling == "sad"
    assert story.safety_plan[0].who == ("uncle_tom", "mum")
    assert story.parents_say == ()
    built = build_book(account, tmp_path / "book", formats=["pptx"])
    text = pptx_text(built.files[0])
    assert_in_order(text, [
        "Mia and Leo's book", "Mum (Kate) is the mum of Mia and Leo.", "Mrs Hall",
        "Uncle Tom comes every evening at six and cooks with Mum."])


def test_a_story_without_worry_event_or_rule_asks_for_a_worry(tmp_path: Path) -> None:
    lines = ["Sam", "7", "he", "n", "", "", "", "", "", "",   # nothing about the story
             "Mrs Hall", "y", "teacher", "On Monday Mrs Hall saw Sam crying.", "",
             "", "", "", "", "2026-05-10"]
    account = tmp_path / "sam.yaml"
    result = run_new(account, "--language", "en", input=answers(lines))
    assert result.exit_code == 0, result.output
    assert "A Words and Pictures story tells at least a worry" in result.output
    assert load_account(account).worried[0].who == ("mrs_hall",)


@pytest.mark.parametrize("cut", [0, 1, 4, 9, 20, len(DUTCH) - 1])
def test_the_end_of_input_midway_leaves_no_file(cut: int, tmp_path: Path) -> None:
    account = tmp_path / "sam.yaml"
    result = run_new(account, input=answers(DUTCH[:cut]) if cut else "")
    # A crash would end with exit code 1 too: the interview must have stopped itself.
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1
    assert "Er is niets opgeslagen." in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("cut", [3, 30])
def test_ctrl_c_midway_leaves_no_file(cut: int, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    typed = iter(DUTCH[:cut])

    def keyboard(prompt: str = "") -> str:
        try:
            return next(typed)
        except StopIteration:
            raise KeyboardInterrupt from None

    monkeypatch.setattr(click.termui, "visible_prompt_func", keyboard)
    with pytest.raises(SystemExit) as stopped:
        interview(tmp_path / "sam.yaml", "nl", schema=tmp_path / SCHEMA_FILE)
    assert stopped.value.code == 1
    assert "Er is niets opgeslagen." in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_refused_before_any_question(tmp_path: Path) -> None:
    account = tmp_path / "sam.yaml"
    account.write_text("mine", encoding="utf-8")
    result = run_new(account, input=answers(DUTCH))
    assert result.exit_code == 1 and "already exists" in result.output
    assert "Hoe heet" not in result.output
    assert account.read_text(encoding="utf-8") == "mine"
    result = run_new(account, "--force", "--no-schema", input=answers(DUTCH))
    assert result.exit_code == 0, result.output
    assert account.read_text(encoding="utf-8").startswith("# Een verhaal in Woorden en Beelden")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sam.yaml"]


def test_a_language_without_templates_is_a_usage_error(tmp_path: Path) -> None:
    result = run_new(tmp_path / "x.yaml", "--language", "de", input="")
    assert result.exit_code == 2 and "use one of: en, nl" in result.output


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_interview_words_fit_the_account_format(language: str) -> None:
    words = load_words(language)
    reference = load_words("en").data
    for part in ("words", "questions", "problems", "answers", "comments", "steps"):
        assert set(words.data[part]) == set(reference[part]), (language, part)
    for word, meaning in words.data["answers"]["roles"].items():
        role, *pronoun = meaning if isinstance(meaning, list) else [meaning]
        assert role in ROLES and set(pronoun) <= set(PRONOUNS), word
    assert set(words.data["answers"]["places"].values()) <= set(PLACES)
    assert set(words.data["answers"]["feelings"].values()) == set(FEELINGS)
    assert set(words.data["answers"]["pronouns"].values()) == set(PRONOUNS)
    assert all(isinstance(w, str) for w in words.data["words"]["yes_words"]
               + words.data["words"]["no_words"])


def test_every_language_has_an_interview() -> None:
    assert sorted(p.parent.name for p in PACKS.glob("*/interview.yaml")) == ["en", "nl"]


@settings(deadline=None)  # a shared machine may pause; speed is not what is tested here
@given(st.text(min_size=1, max_size=60))
def test_any_answer_reads_back_unchanged(answer: str) -> None:
    text = clean(answer)
    if not text:
        return
    assert yaml.safe_load(f"k: {scalar(text)}") == {"k": text}
    assert yaml.safe_load(f"- {scalar(text)}") == [text]
    assert yaml.safe_load(f"{{k: {scalar(text, flow=True)}}}") == {"k": text}


@settings(deadline=None)
@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=6))
def test_new_ids_are_valid_and_distinct(names: list[str]) -> None:
    taken: list[str] = []
    for name in names:
        taken.append(new_id(name, taken))
    assert len(set(taken)) == len(taken)
    assert all(PERSON_ID.match(i) and i not in YAML_WORDS for i in taken)


def test_the_default_title_is_the_books_own(tmp_path: Path) -> None:
    """The title offered is the one the book gives an account without a title (book.j2),
    so an organisation that changes it there changes it here too."""
    from wordspictures.commands.interview.words import load_words
    from wordspictures.language.files import PACKS

    story = Story("nl")
    sam, noor = story.add("Sam", "child", age=6), story.add("Noor Bakker", "child", "Noor", 8)
    (tmp_path / "nl").mkdir()
    book = (PACKS / "nl" / "book.j2").read_text(encoding="utf-8")
    (tmp_path / "nl" / "book.j2").write_text(book.replace("Het verhaal van", "Het boek van"),
                                             encoding="utf-8")
    assert load_words("nl").default_title([sam, noor]) == "Het verhaal van Sam en Noor"
    assert load_words("nl", tmp_path).default_title([sam]) == "Het boek van Sam"
    # The phrase is given the children themselves, as the book gives them: a pack's title
    # may use more of them than how they are called.
    (tmp_path / "nl" / "book.j2").write_text(book.replace(
        "{{ w.called(kids) }}", "{{ kids|map(attribute='name')|join(' & ') }} ({{ kids[0].age }})"),
        encoding="utf-8")
    assert load_words("nl", tmp_path).default_title([noor, sam]) == \
        "Het verhaal van Noor Bakker & Sam (8)"
    assert load_words("en").join(["Mum", "Dad", "Gran"]) == "Mum, Dad and Gran"


# -- the first hour: what a caseworker types that the interview must understand -------------

def replaced(script: list[str], old: list[str], new: list[str]) -> list[str]:
    """Return the script with the answers ``old`` (found in a row) replaced by ``new``."""
    for start in range(len(script)):
        if script[start:start + len(old)] == old:
            return script[:start] + new + script[start + len(old):]
    raise AssertionError(f"not in the script: {old}")


def test_a_sentence_at_a_who_question_is_not_made_a_person(tmp_path: Path) -> None:
    script = replaced(DUTCH, ["Oma Ria", "Oma Ria woont om de hoek: ze komt als Sam belt."],
                      ["Oma Ria komt elke dag en belt Sam", "Oma Ria",
                       "Oma Ria woont om de hoek: ze komt als Sam belt."])
    account = tmp_path / "sam.yaml"
    result = run_new(account, input=answers(script))
    assert result.exit_code == 0, result.output
    assert "Dat lijkt een zin." in result.output
    story = load_account(account)
    assert [p.id for p in story.people] == ["sam", "mama", "juf_anna", "oma_ria", "sofie"]
    assert story.helpers[0].who == ("oma_ria",)


def test_enter_at_add_does_not_add_someone(tmp_path: Path) -> None:
    script = replaced(DUTCH, ["Juf Anna", "j", "juf"],
                      ["Juf Ana", "", "Juf Anna", "j", "juf"])  # a typo, not added
    account = tmp_path / "sam.yaml"
    result = run_new(account, input=answers(script))
    assert result.exit_code == 0, result.output
    assert "Juf Ana staat nog niet in het verhaal. Toevoegen? [j/N]" in result.output
    assert "In het verhaal: Sam en Mama." in result.output
    assert [p.id for p in load_account(account).people] == [
        "sam", "mama", "juf_anna", "oma_ria", "sofie"]


def test_a_phone_number_needs_digits(tmp_path: Path) -> None:
    script = replaced(DUTCH, ["06-12345678"], ["Femke", "06-12345678"])
    account = tmp_path / "sam.yaml"
    result = run_new(account, input=answers(script))
    assert result.exit_code == 0, result.output
    assert "Typ een telefoonnummer met cijfers" in result.output
    assert load_account(account).helpers[0].phone == "06-12345678"


def test_back_goes_to_the_question_before(tmp_path: Path) -> None:
    # '<' at the pronoun goes back to the age; '<' at the first good thing goes back to
    # the question that ended the list of people.
    script = replaced(DUTCH, ["Sam", "7", "hij"], ["Sam", "7", "<", "8", "hij"])
    script = replaced(script, ["Mama leest Sam elke avond voor."],
                      ["<", "", "Mama leest Sam elke avond voor."])
    account = tmp_path / "sam.yaml"
    result = run_new(account, input=answers(script))
    assert result.exit_code == 0, result.output
    assert result.output.count("Hoe oud is Sam?") == 2
    assert result.output.count("Wie hoort er nog meer bij het verhaal?") == 3
    story = load_account(account)
    assert story.person("sam").age == 8
    assert [p.id for p in story.people] == ["sam", "mama", "juf_anna", "oma_ria", "sofie"]
    assert story.good_things[0].text == "Mama leest Sam elke avond voor."


def test_a_required_question_says_how_to_go_on(tmp_path: Path) -> None:
    result = run_new(tmp_path / "sam.yaml", input=answers(["", "stop", ""]))
    assert "Dit antwoord is nodig. (Typ < om terug te gaan, of stop om te stoppen.)" \
        in result.output
    assert "Hoe oud is stop?" not in result.output  # 'stop' stops: it is nobody's name
    # Nothing was answered: nothing to keep, and nothing asked about it.
    assert "Bewaren" not in result.output and "Er is niets opgeslagen." in result.stderr
    assert result.exit_code == 1 and list(tmp_path.iterdir()) == []


def test_stop_keeps_what_was_answered_as_a_draft(tmp_path: Path) -> None:
    cut = DUTCH.index("Op zondagavond was Sam alleen thuis. Mama was naar haar werk.")
    script = DUTCH[:cut + 3] + ["stop", ""]  # the event, its day and place; Enter keeps
    account = tmp_path / "sam.yaml"
    result = run_new(account, input=answers(script))
    assert result.exit_code == 0, result.output
    assert "Bewaren wat je tot nu toe hebt beantwoord, als concept in sam.yaml? [J/n]" \
        in result.output
    assert f"wordspictures check {account}" in result.output
    text = account.read_text(encoding="utf-8")
    assert "# NOG NIET AF: het interview is gestopt." in text
    story = load_account(account)  # a draft, and it reads
    assert story.is_draft and [p.id for p in story.people] == ["sam", "mama", "juf_anna"]
    assert story.good_things[0].text == "Mama leest Sam elke avond voor."
    event = story.what_happened[0]
    assert (event.when, event.where) == ("zondag 12 januari 2026", "home")


def test_ctrl_c_offers_to_keep_a_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    typed = iter([*DUTCH[:14], KeyboardInterrupt, "j"])  # after the first worry

    def keyboard(prompt: str = "") -> str:
        answer = next(typed)
        if answer is KeyboardInterrupt:
            raise KeyboardInterrupt
        return str(answer)

    monkeypatch.setattr(click.termui, "visible_prompt_func", keyboard)
    written = interview(tmp_path / "sam.yaml", "nl", schema=tmp_path / SCHEMA_FILE)
    assert sorted(p.name for p in written) == ["sam.yaml", SCHEMA_FILE]
    story = load_account(tmp_path / "sam.yaml")
    assert story.good_things[0].text == "Mama leest Sam elke avond voor."
    assert "Gestopt. Wat je hebt beantwoord staat in" in capsys.readouterr().out
