"""The PDF's text layer reads back as the letters that were written: every sentence, in
order, exactly, with pypdf and with PDFium, Arabic included (issue 18).

Rows with right-to-left letters are drawn as outlines over an invisible text layer
(render/drawn): the drawing must still show the letters (pixels), and the text layer must
read back exactly. The one thing a reader may get besides the letters is the invisible
Arabic letter mark (U+061C) after a right-to-left row that ends in punctuation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from tests.helpers import squash
from wordspictures.account.load import load_account
from wordspictures.book.planner import plan_book
from wordspictures.layout.paper import paper_for
from wordspictures.render.files import lay_out
from wordspictures.render.pdf import render_pdf

ARABIC = ["مريم قالت: يوسف لا يلعب في الشارع.", "ماما تطبخ العشاء كل مساء.",
          "الجدة تأتي يوم السبت، وهي تحب يوسف كثيراً.", "لا تقلق."]
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # Arabic vowel signs
OTHERS = ["Дедушка Иван співає пісню.", "Γιαγιά Ελένη έρχεται.", "Oma zingt een liedje.",
          "ኣደይ ሎሚ ምሸት ትመጽእ እያ።", "Oma bakt een taart 🎂 voor Yusuf."]
HEBREW = ["סבתא באה מחר.", "אבא מבשל ארוחת ערב."]
MARK = "\u061c"


def account_text(sentences: list[str]) -> str:
    items = "\n".join(f"  - '{s}'" for s in sentences)
    return ("language: nl\ntitle: Het verhaal van Yusuf\npeople:\n"
            "  yusuf: {name: Yusuf, role: child, age: 9, pronoun: he}\n"
            f"good_things:\n{items}\nsafety_plan: [{{text: Oma komt elke dag., who: [yusuf]}}]\n")


def build(tmp_path: Path, sentences: list[str], direction: str) -> Path:
    account = tmp_path / "yusuf.yaml"
    account.write_text(account_text(sentences), encoding="utf-8")
    book = replace(plan_book(load_account(account)), direction=direction)
    layouts = lay_out(book, paper_for("a5"))
    pdf = render_pdf(book, layouts, [b""] * len(layouts), dt.datetime(2026, 1, 1))
    path = tmp_path / f"{direction}.pdf"
    path.write_bytes(pdf)
    return path


def read_pypdf(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def read_pdfium(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return [document[i].get_textpage().get_text_range().replace("\r\n", "\n")
                for i in range(len(document))]
    finally:
        document.close()


def as_pdfium_reads(sentence: str) -> str:
    """Return a sentence as PDFium reads it back: without Arabic vowel signs, and with a
    space for a zero-width non-joiner (Persian 'می‌پزد'); see docs/font.md."""
    return "".join(ch for ch in sentence if ch not in HARAKAT).replace("\u200c", " ")


def sentences_in_order(text: str, sentences: list[str]) -> None:
    """Assert that each sentence is in the text exactly, in the given order."""
    at = 0
    for sentence in sentences:
        found = text.find(sentence, at)
        assert found >= 0, f"{sentence!r} not read back after position {at} in {text!r}"
        at = found + len(sentence)


@pytest.mark.parametrize("reader", [read_pypdf, read_pdfium])
def test_arabic_in_a_right_to_left_book_reads_back_exactly(tmp_path: Path, reader) -> None:
    pdf = build(tmp_path, ARABIC, "rtl")
    pages = reader(pdf)
    text = squash(" ".join(pages))
    # the mark is only ever at the end of a row, after punctuation
    for page in pages:
        for row in page.split("\n"):
            assert MARK not in row.rstrip(MARK), row
    if reader is read_pdfium:  # PDFium leaves the vowel signs out of what it reads
        sentences_in_order(text.replace(MARK, ""), [as_pdfium_reads(s) for s in ARABIC])
    else:
        sentences_in_order(text.replace(MARK, ""), ARABIC)
    assert "\x02" not in text and "\x06" not in text


@pytest.mark.parametrize("reader", [read_pypdf, read_pdfium])
def test_hebrew_reads_back_exactly(tmp_path: Path, reader) -> None:
    pdf = build(tmp_path, HEBREW, "rtl")
    sentences_in_order(squash(" ".join(reader(pdf))).replace(MARK, ""), HEBREW)


@pytest.mark.parametrize("reader", [read_pypdf, read_pdfium])
def test_cyrillic_greek_tigrinya_emoji_and_latin_read_back_exactly(tmp_path: Path, reader) -> None:
    pdf = build(tmp_path, OTHERS, "ltr")
    sentences_in_order(squash(" ".join(reader(pdf))), OTHERS)


def test_a_drawn_arabic_row_shows_ink(tmp_path: Path) -> None:
    """The outlines are really drawn: the page with the Arabic has dark pixels in its text
    area, as many as the same page set in Latin letters has, give or take."""
    import pypdfium2 as pdfium

    def ink(path: Path) -> int:
        document = pdfium.PdfDocument(str(path))
        try:
            image = document[2].render(scale=1).to_pil().convert("L")
        finally:
            document.close()
        return sum(image.histogram()[:128])

    arabic = ink(build(tmp_path, ARABIC, "rtl"))
    (tmp_path / "latin").mkdir()
    latin = ink(build(tmp_path / "latin", ["Mariam zegt: Yusuf speelt niet op straat.",
                                           "Mama kookt elke avond.", "Oma komt op zaterdag.",
                                           "Wees niet bang."], "ltr"))
    assert arabic > latin / 4
