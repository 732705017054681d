"""The book's own words, one call at a time: a page's parts, a phrase, an organisation's
file put first, an anonymous copy's month, and what a broken pack is told.

Each test writes a tiny organisation's pack into a temporary folder and asks ``Wording``
for its words directly, without planning or printing a book, so the test runs in
milliseconds (``python -m tests.mutate wording`` runs these against every mutant).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import jinja2
import pytest

from tests.helpers import own_pack
from wordspictures.language.files import PACKS, TemplateProblem
from wordspictures.language.wording import (
    Month,
    Wording,
    bytecode_cache,
    macro_names,
    missing_parts,
)


def problem_of(call: Callable[[], object]) -> str:
    """Return the message of the TemplateProblem that ``call()`` raises."""
    with pytest.raises(TemplateProblem) as refused:
        call()
    return str(refused.value)


# -- a page's parts and the phrases --------------------------------------------------------


def test_a_page_has_its_heading_intro_lines_notes_and_alt_tidied(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"cover.j2": (
        "{% set heading %}  {{ title }}  {% endset %}\n"
        "{% set intro %}\n  First line.\n\n   Second line.  \n{% endset %}\n"
        "{% set notes %}\nRead it\n   together.\n{% endset %}\n"
        "{% set alt %}A drawing\n   of   {{ title }}.{% endset %}\n")})
    words = Wording("en", own).page("cover", title="Sam's story")
    assert words.heading == "Sam's story"
    assert words.intro == ("First line.", "Second line.")
    assert words.notes == "Read it together."
    assert words.alt == "A drawing of Sam's story."


def test_a_page_that_sets_no_notes_or_alt_has_none(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"cover.j2": "{% set heading %}Hello{% endset %}"})
    words = Wording("en", own).page("cover")
    assert (words.heading, words.intro, words.notes, words.alt) == ("Hello", (), "", "")


def test_the_organisations_file_is_read_first_and_the_rest_built_in(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"cover.j2": "{% set heading %}Our cover{% endset %}"})
    wording = Wording("en", own)
    assert wording.language == "en"
    assert wording.facts.tag == "en-GB" and Wording("ar").facts.direction == "rtl"
    assert wording.page("cover").heading == "Our cover"
    assert wording.filename("cover.j2") == str(own / "en" / "cover.j2")
    assert wording.filename("book.j2") == str(PACKS / "en" / "book.j2")
    assert Wording("en").page("cover", title="T", children=[], people=[]).heading == "T"
    # A relative folder is the same pack as its absolute path.
    assert Wording("en", Path(own)).env is Wording("en", own.resolve()).env


def test_a_phrase_is_one_line_from_book_j2() -> None:
    wording = Wording("en")
    assert wording.phrase("review_right") == "What is right?"
    assert wording.phrase("draft_label", 2, dt.date(2026, 3, 5)) == "Draft 2 · 5 March 2026"
    assert wording.phrase("final_label", None) == ""


def test_a_macro_is_rendered_on_one_line(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"probe.j2": (
        "{% macro spread(a, b) %}\n  {{ a }}\n\n   and   {{ b }}\n{% endmacro %}")})
    assert Wording("en", own).macro("probe.j2", "spread", "one", "two") == "one and two"


def test_a_missing_macro_is_named_with_what_to_add(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"probe.j2": "{% macro other() %}x{% endmacro %}"})
    message = problem_of(lambda: Wording("en", own).macro("probe.j2", "gone"))
    assert message == (f"{own / 'en' / 'probe.j2'}: there is no macro 'gone' — add "
                       "'{% macro gone(…) %}…{% endmacro %}'")


def test_a_missing_template_says_how_to_get_it(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"probe.j2": "{% import 'nowhere.j2' as n %}"})
    message = problem_of(lambda: Wording("en", own).module("probe.j2"))
    assert message == ("the template 'nowhere.j2' is missing — add it to the pack, or copy "
                       "it with 'wordspictures templates export'")


# -- an anonymous copy's dates ------------------------------------------------------------


def test_a_month_is_the_first_of_its_month() -> None:
    month = Month.of(dt.date(2026, 3, 17))
    assert isinstance(month, Month) and month == dt.date(2026, 3, 1)
    assert month.month_only


def test_a_months_date_is_said_as_its_month_only(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"probe.j2": (
        '{% import "words.j2" as w %}'
        "{% macro day(d) %}{{ w.date(d) }}{% endmacro %}"
        "{% macro on(d) %}{{ w.on_date(d) }}{% endmacro %}"
        "{% macro echo(d) %}{{ d }}{% endmacro %}"
        "{% macro kept(d) %}{{ echo(d) }}{% endmacro %}")})
    wording = Wording("en", own)
    march = Month.of(dt.date(2026, 3, 17))
    assert wording.macro("probe.j2", "day", dt.date(2026, 3, 17)) == "17 March 2026"
    assert wording.macro("probe.j2", "day", march) == "March 2026"
    assert wording.macro("probe.j2", "on", march) == "in March 2026"  # date() in a macro
    assert wording.phrase("final_label", march) == "March 2026"
    assert wording.macro("probe.j2", "kept", march) == "2026-03-01"  # only date() is turned


def test_a_macro_keeps_its_named_arguments(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"probe.j2": (
        "{% macro pair(a, b='no') %}{{ a }}-{{ b }}{% endmacro %}"
        "{% macro call_it() %}{{ pair('x', b='yes') }}{% endmacro %}")})
    assert Wording("en", own).macro("probe.j2", "call_it") == "x-yes"


def test_a_pack_without_month_date_is_told_to_copy_it(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {
        "words.j2": "{% macro date(d) %}{{ d.day }}{% endmacro %}",
        "probe.j2": '{% import "words.j2" as w %}{% macro day(d) %}{{ w.date(d) }}{% endmacro %}'})
    wording = Wording("en", own)
    assert wording.macro("probe.j2", "day", dt.date(2026, 3, 17)) == "17"
    message = problem_of(lambda: wording.macro("probe.j2", "day", Month(2026, 3, 1)))
    assert message == (f"{own / 'en' / 'words.j2'}: there is no 'month_date', which an "
                       "anonymous copy needs — copy it from the built-in words.j2")


# -- an incomplete or broken pack ----------------------------------------------------------


def test_an_incomplete_folder_names_each_missing_file_and_phrase(tmp_path: Path) -> None:
    folder = tmp_path / "xx"
    folder.mkdir()
    for path in (PACKS / "en").glob("*.j2"):
        if path.name not in ("scale.j2", "picture.j2"):  # picture.j2 may be left out
            (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    book = folder / "book.j2"
    book.write_text(book.read_text(encoding="utf-8").replace("macro who_when", "macro w")
                    .replace("macro html_next", "macro h"), encoding="utf-8")
    assert missing_parts(folder) == ["language.yaml", "scale.j2",
                                     "the phrase 'html_next' in book.j2",
                                     "the phrase 'who_when' in book.j2"]
    book.unlink()
    assert missing_parts(folder) == ["book.j2", "language.yaml", "scale.j2"]
    assert missing_parts(PACKS / "nl") == []


def test_the_macros_of_a_template_are_read_by_name(tmp_path: Path) -> None:
    path = tmp_path / "book.j2"
    path.write_text("{# ‘quoted’ … #}{% macro a() %}x{% endmacro %}\n"
                    "{% macro b_c(x) %}{{ x }}{% endmacro %}{% set d = 1 %}", encoding="utf-8")
    assert macro_names(path) == {"a", "b_c"}
    path.write_text("{% macro a() %}\n{% endfor %}", encoding="utf-8")
    message = problem_of(lambda: macro_names(path))
    assert message.startswith(f"{path}:2: ") and message.endswith(" — fix the template there")


def test_a_pack_of_a_new_language_must_be_complete(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"cover.j2": "{% set heading %}x{% endset %}"}, language="fy")
    message = problem_of(lambda: Wording("fy", own))
    assert message.startswith(f"the templates in '{own.resolve() / 'fy'}' are not complete: ")
    assert "book.j2, " in message and "scale.j2" in message
    assert message.endswith("missing — copy them from 'wordspictures templates export' and "
                            "translate them")
    message = problem_of(lambda: Wording("qq", own))
    assert message.startswith(f"there are no templates for the language 'qq' in '{own.resolve()}'"
                              " — one of: ar, en, fa, nl, pl, tr, uk")


def test_compiled_templates_are_kept_in_the_cache_only_while_caching_is_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORDSPICTURES_CACHE_DIR", str(tmp_path / "cache"))
    kept = bytecode_cache()
    assert isinstance(kept, jinja2.FileSystemBytecodeCache)
    assert kept.directory == str(tmp_path / "cache" / "templates")
    assert (tmp_path / "cache" / "templates").is_dir()
    monkeypatch.setenv("WORDSPICTURES_NO_CACHE", "1")
    assert bytecode_cache() is None


# -- what a mistake in a template is told ---------------------------------------------------


def test_an_unknown_name_is_named_at_its_line_with_the_nearest_known_one(
        tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"cover.j2": (
        '{% import "words.j2" as w %}{% set heading %}\n{{ titel }}{% endset %}')})
    message = problem_of(lambda: Wording("en", own).page("cover", title="T", children=[]))
    assert message == (f"{own / 'en' / 'cover.j2'}:2: there is no 'titel' here — did you mean "
                       "'title'? — fix the template there")


def test_a_misspelt_macro_of_an_imported_template_is_named(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"cover.j2": (
        '{% import "words.j2" as w %}\n\n{% set heading %}{{ w.caled(children) }}{% endset %}')})
    message = problem_of(lambda: Wording("en", own).page("cover", children=[]))
    assert message == (f"{own / 'en' / 'cover.j2'}:3: there is no 'caled' here — did you mean "
                       "'called'? — fix the template there")


def test_a_name_like_none_known_is_named_without_a_guess(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"cover.j2": "{% set heading %}{{ qqqqqq }}{% endset %}"})
    message = problem_of(lambda: Wording("en", own).page("cover", title="T"))
    assert message == (f"{own / 'en' / 'cover.j2'}:1: there is no 'qqqqqq' here — fix the "
                       "template there")
    # jinja2's own attributes of an imported template ('__name__') are never offered
    own = own_pack(tmp_path, {"cover.j2": (
        '{% import "words.j2" as w %}{% set heading %}{{ w.name }}{% endset %}')})
    message = problem_of(lambda: Wording("en", own).page("cover"))
    assert message.startswith(f"{own / 'en' / 'cover.j2'}:1: there is no 'name' here")
    assert "'__name__'" not in message


def test_a_mistake_inside_an_imported_macro_is_named_at_that_macros_line(
        tmp_path: Path) -> None:
    own = own_pack(tmp_path, {
        "parts.j2": "{% macro ok() %}fine{% endmacro %}\n{% macro bad(x) %}\n"
                    "{{ x.nmae }}{% endmacro %}",
        "cover.j2": '{% import "parts.j2" as p %}\n{% set heading %}{{ p.ok() }} '
                    "{{ p.bad(who) }}{% endset %}"})
    message = problem_of(lambda: Wording("en", own).page("cover", who={"name": "Sam"}))
    assert message == (f"{own / 'en' / 'parts.j2'}:3: there is no 'nmae' here — fix the "
                       "template there")


def test_another_undefined_value_is_told_as_jinja_says_it(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"cover.j2": "{% set heading %}{{ kids[3] }}{% endset %}"})
    message = problem_of(lambda: Wording("en", own).page("cover", kids=[]))
    assert message == (f"{own / 'en' / 'cover.j2'}:1: list object has no element 3 — fix the "
                       "template there")


def test_another_template_error_names_its_line(tmp_path: Path) -> None:
    own = own_pack(tmp_path, {"cover.j2": "{% set heading %}\n\n{{ 1 | nofilter }}{% endset %}"})
    message = problem_of(lambda: Wording("en", own).page("cover"))
    assert message.startswith(f"{own / 'en' / 'cover.j2'}:3: ") and "nofilter" in message
