"""Books in two languages (issue 18): every line of both languages reads back from the PDF
(pypdf and PDFium) and the PowerPoint, page by page, in order, exactly; a line in the
second language carries its own language and direction; an item and its translation
stay on one page, and no page is set smaller to make them fit."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import SHARED
from tests.helpers import squash
from tests.test_text_layer import MARK, as_pdfium_reads, read_pdfium, read_pypdf
from wordspictures.account.load import load_account
from wordspictures.api import build_book
from wordspictures.book.pages import Book
from wordspictures.book.planner import plan_book
from wordspictures.layout.paper import SECOND, paper_for, type_for
from wordspictures.render.files import lay_out

BOOKS = ("yusuf-nl-ar", "sofia-nl-uk")
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
TIGRINYA = "ኣደይ ሎሚ ምሸት ትመጽእ እያ።"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    out = tmp_path_factory.mktemp("bilingual")
    files = {}
    for name in BOOKS:
        result = build_book(SHARED / f"{name}.yaml", out / name, ["pdf", "pptx"])
        files[name] = {p.suffix: p for p in result.files}
    return files


def planned(name: str) -> Book:
    return plan_book(load_account(SHARED / f"{name}.yaml"))


def page_lines(book: Book) -> list[list[str]]:
    """Return each page's lines in reading order: heading, heading in the second language,
    then every line of the text; a right-to-left line with Latin letters or digits in it
    (a name in brackets, a phone number) is left out: readers put such a line's runs in
    their own order (docs/font.md)."""
    pages = []
    for page in book.pages:
        lines = [] if page.continued else [page.heading]
        for p in page.paragraphs:
            mixed = p.direction == "rtl" and any(c.isascii() and c.isalnum() for c in p.text)
            if p.style not in ("stamp", "note") and not mixed:
                lines.append(p.text)
        pages.append(lines)
    return pages


def without_pdfium_losses(text: str) -> str:
    return text.translate(str.maketrans("", "", "()\u0627"))


def in_order(text: str, lines: list[str], where: str) -> None:
    at = 0
    for line in lines:
        found = text.find(line, at)
        assert found >= 0, f"{where}: {line!r} not read back after {at} in {text!r}"
        at = found + len(line)


@pytest.mark.parametrize("reader", [read_pypdf, read_pdfium], ids=["pypdf", "pdfium"])
@pytest.mark.parametrize("name", BOOKS)
def test_every_line_of_both_languages_reads_back_from_the_pdf(
        built: dict[str, dict[str, Path]], name: str, reader) -> None:
    book = planned(name)
    pages = reader(built[name][".pdf"])
    assert len(pages) == len(book.pages)
    read = 0
    for number, (text, lines) in enumerate(zip(pages, page_lines(book), strict=True), 1):
        text = squash(text.replace(MARK, ""))
        if reader is read_pdfium:  # PDFium leaves out the Arabic vowel signs (most of
            # them) and, at a row's end, the alef that carries one (كتابًا: كتاب); it reads
            # a bracket in a right-to-left line as its mirror image
            text, lines = without_pdfium_losses(as_pdfium_reads(text)), [
                without_pdfium_losses(as_pdfium_reads(line)) for line in lines]
        in_order(text, [squash(line) for line in lines], f"page {number}")
        read += len(lines)
    assert read > 60


@pytest.mark.parametrize("name", BOOKS)
def test_every_line_of_both_languages_reads_back_from_the_powerpoint(
        built: dict[str, dict[str, Path]], name: str) -> None:
    from pptx import Presentation

    book = planned(name)
    slides = Presentation(str(built[name][".pptx"])).slides
    for number, (slide, lines) in enumerate(zip(slides, page_lines(book), strict=True), 1):
        text = squash(" ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame))
        in_order(text.replace("\u00a0", " ").replace("\u2060", ""),
                 [squash(line) for line in lines], f"slide {number}")


@pytest.mark.parametrize("name", BOOKS)
def test_every_item_and_its_translation_share_a_page(name: str) -> None:
    account = load_account(SHARED / f"{name}.yaml")
    texts = [(e.text, e.translation) for _, entries in account.entries() for e in entries]
    assert texts and all(second for _, second in texts)
    book = plan_book(account)
    for first, second in texts:
        [page] = [p for p in book.pages if any(q.text == first for q in p.paragraphs)]
        lines = [q.text for q in page.paragraphs]
        assert lines[lines.index(first) + 1] == second


@pytest.mark.parametrize("name", BOOKS)
def test_no_page_of_two_languages_is_set_smaller_to_fit(name: str) -> None:
    book = planned(name)
    body = type_for(paper_for("a5"), book.reading_age).body
    for number, layout in enumerate(lay_out(book, paper_for("a5")), 1):
        for line in layout.paragraphs:
            least = {"body": 0.85 * body, "second": 0.85 * SECOND * body}.get(line.style, 0)
            assert line.size >= least - 0.01, (number, line.style, line.text, line.size)


def test_each_powerpoint_paragraph_has_its_own_language_and_direction(
        built: dict[str, dict[str, Path]]) -> None:
    import zipfile

    account = load_account(SHARED / "yusuf-nl-ar.yaml")
    arabic = {e.translation for _, entries in account.entries() for e in entries}
    dutch = {e.text for _, entries in account.entries() for e in entries}
    seen = {"ar": 0, "nl": 0}
    with zipfile.ZipFile(built["yusuf-nl-ar"][".pptx"]) as pptx:
        for part in (n for n in pptx.namelist() if n.startswith("ppt/slides/slide")):
            for p in ElementTree.fromstring(pptx.read(part)).iter(f"{A}p"):
                text = "".join(t.text or "" for t in p.iter(f"{A}t")).replace("\u00a0", " ")
                props = p.find(f"{A}pPr")
                langs = {r.get("lang") for r in p.iter(f"{A}rPr")}
                if text in arabic:
                    assert props is not None and props.get("rtl") == "1", text
                    assert props.get("algn") == "r" and langs == {"ar"}, text
                    seen["ar"] += 1
                elif text in dutch:
                    assert props is not None and props.get("rtl") is None, text
                    assert langs == {"nl-NL"}, text
                    seen["nl"] += 1
    assert seen["ar"] == len(arabic) and seen["nl"] == len(dutch)


def test_tigrinya_quoted_in_a_book_of_two_languages_reads_back(tmp_path: Path) -> None:
    """There is no Tigrinya pack (the brief's choice: a quote, not a pack made without a
    speaker): a Dutch and Arabic book whose item quotes a grandmother's Tigrinya reads it
    back exactly from both PDF readers, and from the PowerPoint in both lines."""
    path = tmp_path / "miriam.yaml"
    path.write_text(
        "language: [nl, ar]\npeople:\n  yusuf: {name: Yusuf, role: child, age: 8, "
        "pronoun: he, called: {nl: Yusuf, ar: يوسف}}\nsafety_plan:\n  - text:\n"
        f"      nl: 'Oma zingt elke avond een liedje. {TIGRINYA}'\n"
        f"      ar: 'الجدة تغني أغنية كل مساء. {TIGRINYA}'\n    who: [yusuf]\n",
        encoding="utf-8")
    result = build_book(path, tmp_path / "out", ["pdf", "pptx"])
    files = {p.suffix: p for p in result.files}
    for reader in (read_pypdf, read_pdfium):
        text = squash(" ".join(reader(files[".pdf"])).replace(MARK, ""))
        # In the Arabic line the quote is a run of the other direction: each reader puts
        # such runs in its own order (docs/font.md), so only the Dutch line is exact.
        in_order(text, ["Oma zingt elke avond een liedje. " + TIGRINYA], reader.__name__)
    from tests.helpers import pptx_text

    in_order(pptx_text(files[".pptx"]), ["Oma zingt elke avond een liedje. " + TIGRINYA,
                                         f"الجدة تغني أغنية كل مساء. {TIGRINYA}"], "pptx")


def test_a_phone_number_in_a_right_to_left_line_keeps_its_order() -> None:
    """fpdf2's bidirectional algorithm split '06-11223344' at the hyphen, and the Arabic
    line of 'who can I call' printed '11223344-06': a wrong number."""
    from wordspictures.render.drawn import text_layer

    layer = text_layer("الجدة فاطمة: 06-11223344", rtl=True)
    assert "06-11223344" in layer and "11223344-06" not in layer


@pytest.mark.parametrize("name", BOOKS)
def test_the_tests_copy_of_each_bilingual_example_is_the_bundled_one(name: str) -> None:
    bundled = Path(__file__).parent.parent / "examples" / f"{name}.yaml"
    assert (SHARED / f"{name}.yaml").read_bytes() == bundled.read_bytes()


class Heard:
    """A computer voice that writes down what it is asked to say."""

    def __init__(self, name: str) -> None:
        self.rate, self.name, self.said = 16000, name, []

    def say(self, text: str) -> bytes:
        self.said.append(text)
        return bytes(320)


def test_the_read_aloud_book_reads_each_language_in_its_own_voice() -> None:
    from wordspictures.language.facts import load_facts
    from wordspictures.voice.reading import book_readings
    from wordspictures.voice.speak import read_page

    account = load_account(SHARED / "yusuf-nl-ar.yaml")
    book = plan_book(account)
    readings = book_readings(book, account, load_facts("nl").abbreviation, False)
    number = next(i for i, p in enumerate(book.pages) if p.kind.value == "worried")
    dutch, arabic = Heard("nl"), Heard("ar")
    voice = read_page(readings[number], dutch, {"ar": arabic})
    page = book.pages[number]
    assert arabic.said[:2] == ["من كان قلقاً؟", "بعض الكبار كانوا قلقين على يوسف."]
    assert " ".join(arabic.said) == " ".join(
        p.text for p in page.paragraphs if p.language == "ar")
    assert " ".join(dutch.said) == " ".join(
        [page.heading, *(p.text for p in page.paragraphs if not p.language)])
    # every sentence of both languages is timed, so the page lights it up as it is read
    assert len(voice.sentences) == len(dutch.said) + len(arabic.said)
