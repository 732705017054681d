"""The PowerPoint in a real office program: LibreOffice Impress opens every example book on
A5 and A4 and saves it as PDF, once without Lexend installed (as on most computers: it sets
the text in its own sans-serif) and once with the Lexend the PowerPoint embeds installed;
every letter must stay inside its own text box, clear of other text and the footer, on the
page and at its size; no paragraph may end on a single word.

Without LibreOffice these tests skip and say how to get it; with CI=true they fail instead
(.ci/run installs it). Each book is converted once per session (``converted``).
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from tests.conftest import OFFICE_EXAMPLES as ALL_EXAMPLES
from tests.libreoffice import HOW_TO_GET, convert, convert_each, find_soffice, fit_problems
from tests.typeset import broken_names, names_of, widows
from wordspictures.fonts.files import BOLD, REGULAR

PAPERS = ("a5", "a4")
SETTINGS = ("without-lexend", "with-lexend")
BOOKS = [(account.stem, paper) for account in ALL_EXAMPLES for paper in PAPERS]


@pytest.fixture(scope="session")
def soffice() -> str:
    """Return the LibreOffice program; skip without it, but fail on CI."""
    program = find_soffice()
    if program is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the office tests. {HOW_TO_GET}")
        pytest.skip(HOW_TO_GET)
    return program


@pytest.fixture(scope="session")
def office_books(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Return the PowerPoint of every example on every paper, named '<example>-<paper>'."""
    from wordspictures.api import build_book

    books = {}
    folder = tmp_path_factory.mktemp("office-books")
    for account in ALL_EXAMPLES:
        for paper in PAPERS:
            out = tmp_path_factory.mktemp(f"{account.stem}-{paper}")
            (made,) = build_book(account, out, ["pptx"], paper).files
            books[(account.stem, paper)] = made.rename(folder / f"{account.stem}-{paper}.pptx")
    return books


@pytest.fixture(scope="session")
def lexend_fonts(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Return Lexend's regular and bold as the PowerPoint embeds them, as font files."""
    from wordspictures.fonts.office import office_font

    folder = tmp_path_factory.mktemp("lexend")
    files = []
    for weight, name in ((REGULAR, "Lexend-Regular.ttf"), (BOLD, "Lexend-Bold.ttf")):
        (folder / name).write_bytes(office_font(weight))
        files.append(folder / name)
    return files


@pytest.fixture(scope="session")
def converted(soffice: str, office_books: dict[tuple[str, str], Path], lexend_fonts: list[Path],
              tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[tuple[str, str], Path]]:
    """Return LibreOffice's PDF of every book, without and with Lexend installed (the two
    runs at the same time, one a core)."""
    jobs = [(list(office_books.values()), tmp_path_factory.mktemp(setting),
             lexend_fonts if setting == "with-lexend" else []) for setting in SETTINGS]
    made = convert_each(soffice, jobs)
    return {setting: dict(zip(office_books, pdfs, strict=True))
            for setting, pdfs in zip(SETTINGS, made, strict=True)}


@pytest.mark.parametrize("setting", SETTINGS)
@pytest.mark.parametrize(("example", "paper"), BOOKS)
def test_every_slide_holds_in_libreoffice(converted: dict, office_books: dict, setting: str,
                                          example: str, paper: str) -> None:
    problems = fit_problems(office_books[(example, paper)], converted[setting][(example, paper)])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("setting", SETTINGS)
def test_no_paragraph_ends_on_a_single_word_and_no_name_breaks_in_libreoffice(
        converted: dict, setting: str) -> None:
    found = [f"{pdf.stem} {w}" for pdf in converted[setting].values() for w in widows(pdf)]
    for account in ALL_EXAMPLES:
        for paper in PAPERS:
            pdf = converted[setting][(account.stem, paper)]
            found += [f"{pdf.stem} {w}" for w in broken_names(pdf, names_of(account))]
    assert not found, "\n".join(found)


def test_libreoffice_sets_lexend_and_its_real_bold_only_when_installed(converted: dict
                                                                      ) -> None:
    from pypdf import PdfReader

    def fonts(pdf: Path) -> set[str]:
        names = set()
        for page in PdfReader(pdf).pages:
            for font in page["/Resources"]["/Font"].values():
                names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
        return names

    with_lexend = fonts(converted["with-lexend"][("sam-en", "a5")])
    assert with_lexend == {"Lexend-Regular", "Lexend-Bold"}, with_lexend
    without = fonts(converted["without-lexend"][("sam-en", "a5")])
    assert not any("Lexend" in name for name in without), without


def test_the_check_finds_text_out_of_its_box_over_the_footer_and_shrunk(
        soffice: str, office_books: dict, tmp_path: Path) -> None:
    """Slides made to break on purpose: the check must see each way they break. And where
    someone writes far more than a box holds, it shrinks its text and keeps it inside."""
    from pptx import Presentation
    from pptx.util import Pt

    source = office_books[("sam-en", "a5")]
    prs = Presentation(str(source))
    slide = prs.slides[1]
    body = [s for s in slide.shapes if s.has_text_frame and s.top > Pt(200)][0]
    body.text_frame.paragraphs[0].runs[0].text += " And more words. " * 12  # out of its box
    body.text_frame._bodyPr.remove(body.text_frame._bodyPr[0])  # no shrinking for it
    slide3 = prs.slides[2]
    text3 = [s for s in slide3.shapes if s.has_text_frame and s.top > Pt(200)][0]
    text3.top = slide3.shapes[-1].top  # onto the footer
    slide4 = prs.slides[3]
    text4 = [s for s in slide4.shapes if s.has_text_frame and s.top > Pt(200)][0]
    text4.text_frame.paragraphs[0].runs[0].text += " Again and again." * 20  # an edit
    broken = tmp_path / "broken.pptx"
    prs.save(str(broken))
    (pdf,) = convert(soffice, [broken], tmp_path / "out")
    problems = "\n".join(fit_problems(broken, pdf))
    assert "slide 2: " in problems and "out of its box" in problems, problems
    assert "slide 3: " in problems and "runs into 'Draft" in problems, problems
    assert "slide 4: " in problems and "shrunk to" in problems, problems
    edited = [line for line in problems.splitlines() if "slide 4: " in line]
    assert all("shrunk to" in line for line in edited), edited  # but still in its box
    assert "slide 1: " not in problems, problems


def test_the_powerpoint_embeds_lexend_regular_and_bold(office_books: dict) -> None:
    """Checked without an office program: the parts PowerPoint reads embedded fonts from."""
    from fontTools.ttLib import TTFont

    with zipfile.ZipFile(office_books[("sam-en", "a5")]) as pptx:
        presentation = pptx.read("ppt/presentation.xml").decode()
        types = pptx.read("[Content_Types].xml").decode()
        rels = pptx.read("ppt/_rels/presentation.xml.rels").decode()
        parts = {name: pptx.read(name) for name in pptx.namelist() if name.endswith(".fntdata")}
        theme = pptx.read("ppt/theme/theme1.xml").decode()
    assert theme.count('<a:latin typeface="Lexend"') == 2  # a text box added: Lexend too
    assert 'embedTrueTypeFonts="1"' in presentation and "saveSubsetFonts" not in presentation
    assert '<p:font typeface="Lexend"' in presentation
    assert "<p:regular r:id=" in presentation and "<p:bold r:id=" in presentation
    assert 'Extension="fntdata" ContentType="application/x-fontdata"' in types
    assert rels.count("relationships/font") == 2
    styles = set()
    for data in parts.values():
        size, font_size, version, flags = (int.from_bytes(data[i:i + 4], "little")
                                           for i in range(0, 16, 4))
        assert (size, version, flags) == (len(data), 0x00020002, 0)  # EOT 2.2, plain
        assert int.from_bytes(data[34:36], "little") == 0x504C  # the EOT magic number
        with TTFont(io.BytesIO(data[-font_size:])) as font:  # the font after the header
            styles.add((font["name"].getDebugName(1), font["name"].getDebugName(2),
                        font["OS/2"].usWeightClass))
    assert styles == {("Lexend", "Regular", 400), ("Lexend", "Bold", 600)}


def test_line_spacing_is_given_in_points_at_the_layouts_pitch(office_books: dict) -> None:
    """PowerPoint and LibreOffice take a percentage of the font's own line height (1.6
    times the size for Lexend in PowerPoint): points mean the same in both."""
    from pptx import Presentation

    prs = Presentation(str(office_books[("mia-en", "a5")]))
    # The section's band (issue 14) is a shape with an empty text frame: skip it.
    body = [s for s in prs.slides[1].shapes if s.has_text_frame and s.text_frame.text][1]
    for paragraph in body.text_frame.paragraphs:
        spacing = paragraph._p.pPr.find(
            "{http://schemas.openxmlformats.org/drawingml/2006/main}lnSpc")[0]
        assert spacing.tag.endswith("spcPts")
        size = paragraph.runs[0].font.size.pt
        assert int(spacing.get("val")) == round(size * 1.4 * 100)
