"""Template packs: an organisation's own wording, file by file, and a third language as data.

``tests/data/packs/fy`` is a tiny but complete West Frisian pack: templates and a lint.yaml,
no code. A book is built with it and its headings, notes and word rules are read back.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pptx import Presentation

from tests.conftest import EXAMPLES, SHARED
from tests.helpers import assert_in_order, pdf_text, pptx_text
from wordspictures.account.load import load_account
from wordspictures.api import build_book
from wordspictures.commands.cli import main
from wordspictures.commands.packs import check_pack
from wordspictures.errors import AccountError
from wordspictures.language.files import PACKS, TemplateProblem, available_languages
from wordspictures.language.wording import OPTIONAL, missing_parts
from wordspictures.lint import lint_account

PACK = Path(__file__).parent / "data" / "packs"
FRISIAN = PACK / "fy" / "starter.yaml"


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def notes(path: Path) -> str:
    """Return the speaker notes of every slide, joined."""
    slides = Presentation(str(path)).slides
    return " ".join(s.notes_slide.notes_text_frame.text for s in slides if s.has_notes_slide)


@pytest.fixture(scope="module")
def frisian_book(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("fy")
    account = folder / "ferhaal.yaml"
    result = run("new", str(account), "--language", "fy", "--templates", str(PACK))
    assert result.exit_code == 0, result.output
    # 'new' dates the account today; the book below is read back with the starter's date.
    text = account.read_text(encoding="utf-8")
    account.write_text(re.sub(r"(?m)^date: .*$", "date: 2026-01-31", text), encoding="utf-8")
    built = build_book(account, folder / "boek", templates=PACK)
    return {p.suffix[1:]: p for p in built.files}


def test_a_third_language_is_a_folder_of_templates() -> None:
    assert available_languages() == ("en", "nl")
    assert available_languages(PACK) == ("en", "fy", "nl")
    assert sorted(p.name for p in (PACK / "fy").glob("*.j2")) == sorted(
        p.name for p in (PACKS / "en").glob("*.j2") if p.name not in OPTIONAL)
    assert missing_parts(PACK / "fy") == []


def test_a_frisian_book_takes_its_words_from_the_pack(frisian_book: dict[str, Path]) -> None:
    pdf = pdf_text(frisian_book["pdf"])
    assert_in_order(pdf, [
        "It ferhaal fan Sam", "Konsept 1 · 31 jannewaris 2026", "Wa sitte der yn dit ferhaal?",
        "Wat goed giet", "Wa makken har soargen?", "Wat der barde", "It is net dyn skuld",
        "De ôfspraken", "Wa helpe der?", "Wa kin ik skilje?"])
    pptx = pptx_text(frisian_book["pptx"])
    assert "Mem (Lisa) is de mem fan Sam." in pptx
    # One quiet line without labels, saying only what the rule's words do not: they name
    # Mem and Beppe, not 'every time'.
    assert "elke kear as mem jûns wurket As mem" in pptx and "Wa:" not in pptx
    assert "As mem jûns wurkje moat, sliept Sam by beppe." in pptx
    assert "Wiis de minsken op de tekening oan." in notes(frisian_book["pptx"])
    assert Presentation(str(frisian_book["pptx"])).core_properties.language == "fy-NL"
    for english in ("Who is in this story?", "The rules we agreed", "Draft"):
        assert english not in pdf


def test_a_pack_language_without_an_interview_says_so(tmp_path: Path) -> None:
    result = run("new", str(tmp_path / "f.yaml"), "--language", "fy", "--templates", str(PACK),
                 "--interview")
    assert result.exit_code == 1 and "there is no interview in the language 'fy'" in result.output
    assert list(tmp_path.iterdir()) == []


def test_without_the_pack_the_language_is_unknown(tmp_path: Path) -> None:
    with pytest.raises(AccountError) as refused:
        build_book(FRISIAN, tmp_path)
    assert "'fy' is not a known language" in str(refused.value)
    assert list(tmp_path.iterdir()) == []


def test_the_packs_word_rules_check_a_frisian_story(tmp_path: Path) -> None:
    account = tmp_path / "ferhaal.yaml"
    account.write_text(FRISIAN.read_text(encoding="utf-8").replace(
        "Mem lêst Sam elke jûn foar.", "Heit is agressyf."), encoding="utf-8")
    story = load_account(account, templates=PACK)
    found = lint_account(story, PACK)
    assert any("agressyf" in str(p) and "label" in str(p) for p in found), found
    assert lint_account(story) == []  # no built-in rules for Frisian
    # The command line takes the pack as the rules folder, as packs.py promises: the
    # account in the pack's language is read, and the pack's rule flags the label.
    result = run("check", str(account), "--rules", str(PACK))
    assert result.exit_code == 1 and "agressyf" in result.output, result.output
    assert "not a known language" not in result.output


def test_an_organisation_overrides_one_file(tmp_path: Path) -> None:
    own = tmp_path / "huisstijl"
    result = run("templates", "export", str(own), "--language", "nl")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (own / "nl").iterdir()) == sorted(
        p.name for p in (PACKS / "nl").iterdir() if p.is_file())
    for path in (own / "nl").iterdir():  # keep only the one file the organisation changes
        if path.name != "good_things.j2":
            path.unlink()
    template = own / "nl" / "good_things.j2"
    template.write_text(template.read_text(encoding="utf-8")
                        .replace("Wat goed gaat", "Waar we blij mee zijn")
                        .replace("Begin met wat goed gaat", "Lees dit als eerste voor"),
                        encoding="utf-8")
    built = build_book(SHARED / "noor-nl.yaml", tmp_path / "boek", formats=["pptx"],
                       templates=own)
    text = pptx_text(built.files[0])
    assert "Waar we blij mee zijn" in text and "Wat goed gaat" not in text
    assert "De afspraken" in text  # every other page keeps the built-in words
    assert "Lees dit als eerste voor" in notes(built.files[0])


def test_export_keeps_existing_files_unless_forced(tmp_path: Path) -> None:
    assert run("templates", "export", str(tmp_path)).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["en", "nl"]
    (tmp_path / "en" / "cover.j2").write_text("mine", encoding="utf-8")
    result = run("templates", "export", str(tmp_path))
    assert result.exit_code == 1 and "already exists" in result.output
    assert (tmp_path / "en" / "cover.j2").read_text(encoding="utf-8") == "mine"
    assert run("templates", "export", str(tmp_path), "--force").exit_code == 0
    assert (tmp_path / "en" / "cover.j2").read_bytes() == (PACKS / "en" / "cover.j2").read_bytes()
    assert run("templates", "export", str(tmp_path), "--language", "de").exit_code == 1


def copy_pack(tmp_path: Path) -> Path:
    own = tmp_path / "pack"
    shutil.copytree(PACK / "fy", own / "fy")
    return own


def test_an_incomplete_language_names_what_is_missing(tmp_path: Path) -> None:
    own = copy_pack(tmp_path)
    (own / "fy" / "scale.j2").unlink()
    book = own / "fy" / "book.j2"
    book.write_text(book.read_text(encoding="utf-8").replace("macro who_when", "macro w"),
                    encoding="utf-8")
    with pytest.raises(TemplateProblem) as refused:
        build_book(FRISIAN, tmp_path / "out", templates=own)
    assert "scale.j2" in str(refused.value) and "'who_when'" in str(refused.value)
    assert not (tmp_path / "out").exists()


def test_a_broken_template_names_its_file_and_line(tmp_path: Path) -> None:
    own = copy_pack(tmp_path)
    worried = own / "fy" / "worried.j2"
    worried.write_text(worried.read_text(encoding="utf-8").replace("{% endset %}", "{% end %}",
                                                                   1), encoding="utf-8")
    with pytest.raises(TemplateProblem) as refused:
        build_book(FRISIAN, tmp_path / "out", templates=own)
    assert f"{worried}:2:" in str(refused.value)
    result = run("templates", "check", str(own))
    assert result.exit_code == 1 and f"{worried}:2:" in result.output


def test_an_unknown_name_in_a_template_names_its_file(tmp_path: Path) -> None:
    own = tmp_path / "own"
    (own / "en").mkdir(parents=True)
    (own / "en" / "cover.j2").write_text(
        "{% set heading %}{{ titel }}{% endset %}", encoding="utf-8")
    with pytest.raises(TemplateProblem) as refused:
        build_book(SHARED / "sam-en.yaml", tmp_path / "out", templates=own)
    assert "cover.j2:1" in str(refused.value) and "no 'titel'" in str(refused.value)


def test_a_misspelt_macro_is_named_at_its_line_in_plain_words(tmp_path: Path) -> None:
    own = tmp_path / "own"
    assert run("templates", "export", str(own), "--language", "nl").exit_code == 0
    good = own / "nl" / "good_things.j2"
    lines = good.read_text(encoding="utf-8").splitlines(keepends=True)
    assert "w.called(children)" in lines[6]
    lines[6] = lines[6].replace("w.called(children)", "w.caled(children)")
    good.write_text("".join(lines), encoding="utf-8")
    result = run("build", str(SHARED / "noor-nl.yaml"), "-o", str(tmp_path / "out"),
                 "--templates", str(own))
    assert result.exit_code == 1
    assert f"{good}:7: " in result.output
    assert "'caled'" in result.output and "did you mean 'called'?" in result.output
    assert "jinja2" not in result.output and "object" not in result.output
    assert not (tmp_path / "out").exists()


def test_templates_loose_in_the_pack_folder_are_explained(tmp_path: Path) -> None:
    (tmp_path / "cover.j2").write_text("{% set heading %}x{% endset %}", encoding="utf-8")
    with pytest.raises(TemplateProblem, match="no language folder"):
        build_book(EXAMPLES / "mia-en.yaml", tmp_path / "out", templates=tmp_path)


def test_templates_check_passes_the_test_pack_and_an_export(tmp_path: Path) -> None:
    result = run("templates", "check", str(PACK))
    assert result.exit_code == 0, result.output
    assert f"{PACK / 'fy'}: no problems" in result.output
    run("templates", "export", str(tmp_path))
    assert run("templates", "check", str(tmp_path)).exit_code == 0


def test_templates_check_words_the_anonymous_copy_too(tmp_path: Path) -> None:
    """--anonymise needs more of words.j2 (the words beside names, role labels, ...): a
    pack without them is caught by the check, not by the first anonymous build."""
    own = copy_pack(tmp_path)
    words = own / "fy" / "words.j2"
    words.write_text(re.sub(r"{% set name_words = .*?%}\n", "",
                            words.read_text(encoding="utf-8")), encoding="utf-8")
    [problem] = check_pack(own)["fy"]  # the book itself is worded: only its copy fails
    assert problem.startswith(f"{words}: there is no 'name_words', which an anonymous copy "
                              "needs")
    result = run("templates", "check", str(own))
    assert result.exit_code == 1 and problem in result.output
