"""Letters of every script: Arabic, Greek and Cyrillic names come out in both formats, and a
letter no bundled font has (an emoji, Chinese) gives a warning with its line, not a crash.

An autouse fixture (tests/conftest.py) fails any test in which fpdf2 logs a missing glyph.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers import pdf_text, pptx_text
from wordspictures.account.load import load_account
from wordspictures.api import build_book
from wordspictures.book.planner import plan_book
from wordspictures.fonts import files as fonts
from wordspictures.fonts import letters
from wordspictures.fonts.letters import check_letters, font_for, missing_letters
from wordspictures.illustrate import plan_scene
from wordspictures.illustrate.lettering import runs, shaped_arabic, visual_runs

ACCOUNT = """\
language: nl
title: Het verhaal van Mariam
people:
  mariam: {name: Mariam, role: child, age: 8, pronoun: she}
  mama: {name: مريم, role: mother, called: ماما مريم}
  oma: {name: Ελένη, role: grandmother, called: Γιαγιά Ελένη}
  opa: {name: Иван, role: grandfather, called: Дедушка Иван}
good_things:
  - {text: ماما مريم houdt van Mariam. Γιαγιά Ελένη en Дедушка Иван ook., who: [mama, oma]}
  - Mariam lacht graag 😀 als Дедушка Иван zingt.
safety_plan:
  - {text: ماما مريم en Γιαγιά Ελένη bellen elke dag., who: [mama, oma]}
"""
ARABIC = ["ماما", "مريم"]
OTHERS = ["Γιαγιά", "Ελένη", "Дедушка", "Иван"]


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("scripts")
    account = folder / "mariam.yaml"
    account.write_text(ACCOUNT, encoding="utf-8")
    result = build_book(account, folder / "boek")
    return {"files": {p.suffix[1:]: p for p in result.files}, "warnings": result.warnings,
            "account": account}


def test_the_powerpoint_holds_every_letter_as_written(book: dict) -> None:
    text = pptx_text(book["files"]["pptx"])
    for words in ("ماما مريم houdt van Mariam.", "Γιαγιά Ελένη en Дедушка Иван ook.",
                  "Mariam lacht graag 😀 als Дедушка Иван zingt."):
        assert words in text


def test_the_pdf_sets_arabic_greek_and_cyrillic_in_their_fonts(book: dict) -> None:
    pdf = book["files"]["pdf"]
    text = pdf_text(pdf)
    for word in OTHERS:
        assert word in text
    # Arabic is drawn right to left, so pypdf reads it in the order it is drawn (the last
    # word first); and Noto Sans Arabic draws a letter's dots as a glyph of their own, which
    # reads back as a stray code inside the word (docs/font.md): compare the letters only.
    letters = "".join(ch for ch in text if ch.isalpha())
    for word in ARABIC:
        assert word in letters
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1] for page in PdfReader(pdf).pages
             for f in page["/Resources"]["/Font"].values()}
    assert {"Lexend", "NotoSans", "NotoSansArabic", "WordspicturesBox"} <= fonts


def test_an_emoji_gives_one_warning_with_its_line(book: dict) -> None:
    warnings = [str(w) for w in book["warnings"]]
    assert warnings == [f"{book['account']}:10:5: warning: the PDF cannot show 😀: it prints as "
                        "an empty box; the PowerPoint shows it — leave it out, or say it in "
                        "words, if the family reads the PDF"]
    # ... and the PDF keeps it in its text layer (copying the text finds it).
    assert "Mariam lacht graag 😀 als" in pdf_text(book["files"]["pdf"])


def test_strict_stops_at_the_emoji(book: dict, tmp_path: Path) -> None:
    from wordspictures.errors import AccountError

    with pytest.raises(AccountError, match=r"mariam.yaml:10:5: warning: the PDF cannot show 😀"):
        build_book(book["account"], tmp_path, ["pdf"], strict=True)
    assert list(tmp_path.iterdir()) == []


def test_missing_letters_are_found_per_text(tmp_path: Path) -> None:
    assert missing_letters("Sam ❤️ 猫 ğ Ж ب 👍🏽 \u200d") == ["❤", "猫", "👍", "🏽"]
    assert [font_for(ch) for ch in "aЖبλ😀"] == ["lexend", "noto-sans", "noto-sans-arabic",
                                                  "noto-sans", None]
    account = tmp_path / "a.yaml"
    account.write_text("language: en\ntitle: Story 🌈\npeople:\n  kid: {name: Kid 🐱, role: "
                       "child, age: 7}\nworried:\n  - {text: 'Fine.', when: 'Friday 🎉'}\n",
                       encoding="utf-8")
    found = [str(p) for p in check_letters(load_account(account))]
    assert [w.split(": it prints")[0] for w in found] == [
        f"{account}:1:1: warning: the PDF cannot show 🌈 in the title",
        f"{account}:4:8: warning: the PDF cannot show 🐱",
        f"{account}:6:12: warning: the PDF cannot show 🎉"]


def test_the_drawings_label_arabic_names_in_arabic(tmp_path: Path) -> None:
    account = tmp_path / "mariam.yaml"
    account.write_text(ACCOUNT, encoding="utf-8")
    cast = plan_book(load_account(account)).pages[1]
    labels = [f.label for f in plan_scene(cast.scene).figures]
    assert "ماما مريم" in labels and "Дедушка Иван" in labels
    assert runs("ماما مريم") == [("noto-sans-arabic", "ماما مريم")]
    assert runs("Oma Ελένη!") == [("lexend", "Oma "), ("noto-sans", "Ελένη!")]
    # A label that starts right to left puts its first run on the right.
    assert [name for name, _ in visual_runs("مريم Sam")] == ["lexend", "noto-sans-arabic"]


def test_arabic_is_joined_by_hand_where_pillow_cannot_shape() -> None:
    # Without libraqm the label is drawn from Unicode's joined forms, in visual order (left
    # to right): meem final, yeh initial, reh final, meem initial.
    assert shaped_arabic("مريم") == "\ufee2\ufef3\ufeae\ufee3"
    assert shaped_arabic("لا") == "\ufefb"  # lam-alef is one letter
    assert shaped_arabic("ماما مريم") == "\ufee2\ufef3\ufeae\ufee3 \ufe8e\ufee3\ufe8e\ufee3"


def test_a_build_without_a_cache_folder_still_finds_every_letter(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("WORDSPICTURES_NO_CACHE", "1")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # to see the fonts go
    account = tmp_path / "a.yaml"
    account.write_text("language: en\npeople:\n  kid: {name: Иван, role: child, age: 7}\n"
                       "worried:\n  - Иван 🙂 and مريم talked.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="fpdf"):
        result = build_book(account, tmp_path / "out", ["pdf"], archive=True)
    [pdf] = result.files
    assert "Иван 🙂 and" in pdf_text(pdf) and not caplog.records
    # The fonts made for the book were written to a temporary folder, now gone.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "out"]


def test_letters_that_print_nothing_are_no_trouble(tmp_path: Path) -> None:
    """HarfBuzz hides default-ignorable letters (tags, joiners, variation selectors): a run
    of nothing else once crashed fpdf2 (found by tests/test_fuzz.py)."""
    account = tmp_path / "a.yaml"
    account.write_text(
        'language: en\npeople:\n  kid: {name: "Kid\\U000e0041", role: child, age: 7}\n'
        'worried:\n  - "0\\U000e0000"\n  - "a\\u2060b \\u200b 👍🏽 🏳️\\u200d🌈 ذ\\u200cب"\n',
        encoding="utf-8")
    result = build_book(account, tmp_path / "out")
    assert [str(w).split("cannot show ")[1].split(": ")[0] for w in result.warnings
            if "cannot show" in str(w)] == ["👍 🏽 🏳 🌈"]
    assert "a\u2060b" in pptx_text(next(p for p in result.files if p.suffix == ".pptx"))


def test_a_book_in_several_scripts_is_made_the_same_twice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each build starts from nothing (an empty cache folder, no font remembered in this
    process), so the second makes its fonts again instead of reusing the first's."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    account = tmp_path / "mariam.yaml"
    account.write_text(ACCOUNT, encoding="utf-8")
    made = []
    for name in ("a", "b"):
        monkeypatch.setenv("WORDSPICTURES_CACHE_DIR", str(tmp_path / f"cache-{name}"))
        forget_fonts()
        made.append({p.name: p.read_bytes() for p in build_book(account, tmp_path / name).files})
        assert list((tmp_path / f"cache-{name}").glob("font-*.ttf"))  # made, not borrowed
    assert made[0] == made[1]


def forget_fonts() -> None:
    """Clear what fonts.py remembers in this process: the fonts' paths, hashes and letters."""
    for remembered in (fonts.font_file, fonts.source_digest, fonts.font_axes, letters.coverage):
        remembered.cache_clear()


def test_without_libraqm_a_label_is_drawn_from_the_joined_forms(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The path a machine without libraqm takes (this one has it): visual_runs hands the
    Arabic run over already joined and in drawing order, the Latin run untouched."""
    from PIL import ImageFont

    from wordspictures.illustrate import lettering

    monkeypatch.setattr(lettering, "ENGINE", ImageFont.Layout.BASIC)
    assert visual_runs("مريم Sam") == [("lexend", "Sam"),
                                        ("noto-sans-arabic", " \ufee2\ufef3\ufeae\ufee3")]
    monkeypatch.setattr(lettering, "ENGINE", ImageFont.Layout.RAQM)
    assert visual_runs("مريم Sam") == [("lexend", "Sam"), ("noto-sans-arabic", "مريم ")]
