"""Typesetting, read back from the books: no paragraph ends on a single word, no name is
broken over two lines, and the PDF breaks its lines exactly where the layout did."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ALL_EXAMPLES
from tests.typeset import broken_names, names_of, plain, printed_lines, widows
from wordspictures.account.load import load_account
from wordspictures.api import build_book
from wordspictures.layout.measure import NBSP, text_width
from wordspictures.layout.typeset import (
    bind_names,
    book_names,
    is_widowed,
    name_pattern,
    set_text,
    settle,
)


@pytest.fixture(scope="module")
def a4_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Return the A4 PDF of every example."""
    made = {}
    for account in ALL_EXAMPLES:
        (pdf,) = build_book(account, tmp_path_factory.mktemp(account.stem), ["pdf"],
                            "a4").files
        made[account.stem] = pdf
    return made


def test_no_paragraph_of_any_example_ends_on_a_single_word(built: dict,
                                                           a4_pdfs: dict) -> None:
    pdfs = [books["pdf"] for books in built.values()] + list(a4_pdfs.values())
    found = [f"{pdf.name} {widow}" for pdf in pdfs for widow in widows(pdf)]
    assert len(pdfs) == 8 and not found, "\n".join(found)


def test_no_name_is_broken_over_two_lines(built: dict, a4_pdfs: dict) -> None:
    found = []
    for stem, books in built.items():
        names = names_of(next(a for a in ALL_EXAMPLES if a.stem == stem))
        assert names, stem  # every example has names like "Granny Ria" or "Opa Henk"
        for pdf in (books["pdf"], a4_pdfs[stem]):
            found += [f"{pdf.name} {where}" for where in broken_names(pdf, names)]
    assert not found, "\n".join(found)


def test_the_pdf_breaks_its_lines_where_the_layout_did(built: dict) -> None:
    from wordspictures.book.planner import planner_for
    from wordspictures.render.files import lay_out, paper_for

    account = next(a for a in ALL_EXAMPLES if a.stem == "lotte-nl")
    book = planner_for(load_account(account), None, None).plan()
    layouts = lay_out(book, paper_for("a5"))
    pages = printed_lines(built["lotte-nl"]["pdf"])
    for number, (layout, lines) in enumerate(zip(layouts, pages, strict=True), 1):
        rows = [*layout.heading_rows] + [row for line in layout.paragraphs
                                          for row in line.rows]
        *printed, footer = [line.text for line in lines]
        assert sorted(row for row in rows if row) == sorted(printed), number
        assert footer.endswith(f" {number}"), footer  # the draft line and the page number


def test_a_name_stays_whole_at_every_width() -> None:
    pattern = name_pattern(("Oma Ria", "juf Anna", "Karim van het wijkteam"))
    assert pattern is not None
    text = bind_names("Op woensdag haalt oma Ria Noor op, en Juf Anna zwaait naar "
                      "Karim van het wijkteam.", pattern)
    assert "oma\u00a0Ria" in text and "Juf\u00a0Anna" in text  # in any case
    narrowest = int(text_width("Karim van het wijkteam.", 18)) + 1  # else it is let go
    for width in range(narrowest, 420, 3):
        _, rows = set_text(text, 18, width)
        seams = [f"{a.split()[-1]} {b.split()[0]}" for a, b in zip(rows, rows[1:],
                                                                    strict=False)]
        for broken in ("oma Ria", "Juf Anna", "Karim van", "van het", "het wijkteam"):
            assert broken not in seams, (width, rows)
        assert not is_widowed(rows), (width, rows)


def test_the_names_of_a_book_are_those_of_more_than_one_word(built: dict) -> None:
    from wordspictures.book.planner import planner_for

    account = next(a for a in ALL_EXAMPLES if a.stem == "sam-en")
    book = planner_for(load_account(account), None, None).plan()
    assert book_names(book) == ("Granny Ria", "Mrs Jansen", "Uncle Tom")


def test_a_pair_too_wide_for_a_line_is_not_bound_and_a_name_too_wide_is_let_go() -> None:
    text, rows = set_text("Ik zie een ontzettendverschrikkelijklangwoord", 18, 300)
    assert NBSP not in text and rows == ["Ik zie een", "ontzettendverschrikkelijklangwoord"]
    name = "Sofie\u00a0van\u00a0Veilig\u00a0Thuis"
    assert text_width(name, 18) > 150
    text, rows = set_text(f"Dit is {name}.", 18, 150)
    assert "Sofie van Veilig" in text  # let go: else a program breaks it inside a word
    assert all(text_width(row, 18) <= 150 for row in rows)


def test_a_number_keeps_its_word_and_a_phone_number_is_never_broken() -> None:
    text, rows = set_text("Op zaterdag 3 maart bel je 06-12345678 als je bang bent.", 18, 190)
    assert "3\u00a0maart" in text and "06-\u206012345678" in text
    assert plain(text) == "Op zaterdag 3 maart bel je 06-12345678 als je bang bent."
    assert "06-12345678" in " ".join(rows) and all("\u2060" not in row for row in rows)


def test_only_a_widow_no_binding_can_mend_makes_the_type_a_little_smaller() -> None:
    pattern = name_pattern(("Karim van het wijkteam",))
    assert pattern is not None
    text = bind_names("Karim van het wijkteam: 020-1234567", pattern)
    width = text_width(plain(text), 18) * 0.92
    size, _, rows = settle(text, 18, width)
    assert rows == ["Karim van het wijkteam: 020-1234567"] and 18 * 0.85 <= size < 18
    size, _, rows = settle("Mum and Dad love Sam very much and read to him.", 18, 200)
    assert size == 18 and not is_widowed(rows)


def test_the_pdf_prints_no_binding_letter_and_needs_no_font_but_lexend(built: dict) -> None:
    """The word joiner in a phone number is for the PowerPoint: no font of ours has it, and
    asking for it would load a fallback font and shape every line (a slower PDF)."""
    import re

    from pypdf import PdfReader

    for name, books in built.items():
        reader = PdfReader(books["pdf"])
        data = books["pdf"].read_bytes()  # every font in the file, used on a page or not
        fonts = set(re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([\w-]+)", data))
        assert fonts == {b"Lexend"}, (name, fonts)
        text = " ".join(page.extract_text() for page in reader.pages)
        assert "\u2060" not in text and "\u00a0" not in text, name
    assert "06-12345678" in " ".join(page.extract_text() for page in PdfReader(
        built["sam-en"]["pdf"]).pages)  # Sam's book has a phone number
