"""A real office program in the tests: LibreOffice Impress opens our PowerPoint files and
saves them as PDF; we read every letter's box back and say where text leaves its box, runs
over other text, or leaves the page.

Each letter the converted PDF holds is matched, in order, to the text box of the slide it
comes from (LibreOffice writes the boxes in the slide's order, each box's letters in reading
order), so a letter is checked against the box it belongs to, not against whatever box
happens to be near.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

HOW_TO_GET = ("LibreOffice Impress is not installed, so the PowerPoint files are not "
              "opened in an office program: install it (Debian/Ubuntu: "
              "apt-get install libreoffice-impress) to run these tests")
EMU = 12700  # a point in English Metric Units
# How far a letter's ink may stand beyond its box, as a share of its size (at least 1 pt):
# in any typesetting a round letter, an accent, a descender or a J's hook overhangs its
# line a little (DejaVu's J: 5 % to the left; Lexend's y: 3 % below). A line that leaves
# its box is out by a whole line, 140 % of the size.
OVERHANG = 0.1
SHRUNK = 0.97  # a letter set smaller than this share of its size was shrunk to fit

Rect = tuple[float, float, float, float]  # left, top, right, bottom in points from top-left


@dataclass(frozen=True)
class TextBox:
    """A slide's text box: where it is, its letters (no white space) and their sizes."""

    rect: Rect
    text: str
    sizes: tuple[float, ...]  # the size of each letter of ``text``
    name: str


@dataclass(frozen=True)
class Glyph:
    """A letter as the converted PDF sets it: the letter, its ink box and its size."""

    char: str
    rect: Rect
    size: float


def find_soffice() -> str | None:
    """Return the LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(program: str, files: Sequence[Path], out: Path, fonts: Iterable[Path] = ()
            ) -> list[Path]:
    """Return the PDFs LibreOffice makes of ``files``, in one run, written into ``out``."""
    return convert_each(program, [(files, out, fonts)])[0]


def convert_each(program: str, jobs: Sequence[tuple[Sequence[Path], Path, Iterable[Path]]]
                 ) -> list[list[Path]]:
    """Return the PDFs of each job (files, folder, fonts), the jobs run at the same time.

    LibreOffice runs with a home folder of its own for each (a fresh profile, and no fonts
    but the system's and the job's), so what the user has installed changes nothing.
    """
    running = []
    for files, out, fonts in jobs:
        home = out / "home"
        font_folder = home / ".local" / "share" / "fonts"
        font_folder.mkdir(parents=True, exist_ok=True)
        for font in fonts:
            shutil.copy(font, font_folder / font.name)
        env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
                   XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"))
        command = [program, f"-env:UserInstallation={(home / 'profile').as_uri()}",
                   "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(out),
                   *map(str, files)]
        running.append(subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True))
    made = []
    for process, (files, out, _) in zip(running, jobs, strict=True):
        said, _ = process.communicate(timeout=900)
        pdfs = [out / f"{path.stem}.pdf" for path in files]
        missing = [pdf.name for pdf in pdfs if not pdf.is_file()]
        assert not missing, f"LibreOffice made no {missing}: {said}"
        made.append(pdfs)
    return made


def read_boxes(pptx: Path) -> list[list[TextBox]]:
    """Return the text boxes of every slide, in the slide's order (what LibreOffice draws)."""
    from pptx import Presentation

    slides = []
    for slide in Presentation(str(pptx)).slides:
        boxes = []
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            letters, sizes = [], []
            for paragraph in shape.text_frame.paragraphs:
                for run in paragraph.runs:
                    size = run.font.size.pt if run.font.size is not None else 18.0
                    for char in run.text:
                        if printed(char):
                            letters.append(char)
                            sizes.append(size)
            if letters:
                left, top = shape.left / EMU, shape.top / EMU
                rect = (left, top, left + shape.width / EMU, top + shape.height / EMU)
                boxes.append(TextBox(rect, "".join(letters), tuple(sizes), shape.name))
        slides.append(boxes)
    return slides


def read_glyphs(pdf: Path) -> tuple[tuple[float, float], list[list[Glyph]]]:
    """Return the page size and the letters (no white space) of every page, in order."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(pdf)
    pages = []
    size = document[0].get_size()
    for page in document:
        height = page.get_size()[1]
        text = page.get_textpage()
        glyphs = []
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            if not printed(char):
                continue
            left, bottom, right, top = text.get_charbox(index)
            glyphs.append(Glyph(char, (left, height - top, right, height - bottom),
                                pdfium_c.FPDFText_GetFontSize(text.raw, index)))
        pages.append(glyphs)
    return size, pages


def fit_problems(pptx: Path, pdf: Path) -> list[str]:
    """Return every place where LibreOffice's pages of ``pptx`` do not hold: a letter out
    of its box, on the page's edge or beyond, on a letter of another box, or shrunk."""
    slides = read_boxes(pptx)
    (width, height), pages = read_glyphs(pdf)
    assert len(pages) == len(slides), (pdf.name, len(pages), len(slides))
    problems = []
    for number, (boxes, glyphs) in enumerate(zip(slides, pages, strict=True), 1):
        where = f"{pdf.stem} slide {number}"
        expected = "".join(box.text for box in boxes)
        got = "".join(glyph.char for glyph in glyphs)
        glyphs = [Glyph(c, g.rect, g.size) for g in glyphs for c in g.char]
        if normal(got) == normal(expected):
            owners = [box for box in boxes for _ in box.text]
            sizes = [size for box in boxes for size in box.sizes]
        elif any(beyond_latin(c) for c in expected):
            # Letters beyond Lexend's (Arabic, Cyrillic) come back from LibreOffice's PDF
            # in the order it shows them, a ligature as two letters, a mirrored bracket,
            # now and then a stray letter: each letter is the box's it stands in.
            owners = [owner_at(glyph, boxes) for glyph in glyphs]
            sizes = [min(box.sizes) for box in owners]
        else:
            problems.append(f"{where}: the letters are not the slide's text: {got[:80]!r} "
                            f"instead of {expected[:80]!r}")
            continue
        problems += page_problems(where, (width, height), glyphs, owners, sizes)
    return problems


def page_problems(where: str, page: tuple[float, float], glyphs: Sequence[Glyph],
                  owners: Sequence[TextBox], sizes: Sequence[float]) -> list[str]:
    """Return what does not hold on one page; ``owners[i]`` is the box of ``glyphs[i]``."""
    problems: list[str] = []
    told: set[tuple[str, str]] = set()

    def tell(box: TextBox, what: str) -> None:  # once for each box and kind of problem
        if (box.name, what.split()[0]) not in told:
            told.add((box.name, what.split()[0]))
            problems.append(f"{where}: {box.text[:40]!r}: {what}")

    for glyph, box, size in zip(glyphs, owners, sizes, strict=True):
        left, top, right, bottom = glyph.rect
        if left < 0 or top < 0 or right > page[0] or bottom > page[1]:
            tell(box, "off the page")
        out = max(box.rect[0] - left, box.rect[1] - top, right - box.rect[2],
                  bottom - box.rect[3])
        if out > max(1.0, size * OVERHANG):
            tell(box, f"out of its box by {out:.0f} pt")
        if glyph.size < size * SHRUNK:
            tell(box, f"shrunk to {glyph.size:.0f} pt from {size:.0f} pt")
    for first, second in crossing(glyphs, owners):
        tell(owners[first], f"runs into {owners[second].text[:30]!r}")
    return problems


def crossing(glyphs: Sequence[Glyph], owners: Sequence[TextBox]) -> list[tuple[int, int]]:
    """Return the pairs of letters of different boxes whose ink overlaps (a sweep along x)."""
    found = []
    active: list[int] = []
    for index in sorted(range(len(glyphs)), key=lambda i: glyphs[i].rect[0]):
        rect = glyphs[index].rect
        active = [a for a in active if glyphs[a].rect[2] > rect[0]]
        for other in active:
            them = glyphs[other].rect
            if (owners[other] is not owners[index] and them[1] < rect[3] and rect[1] < them[3]
                    and them[0] < rect[2]):
                found.append((index, other))
        active.append(index)
    return found


def printed(char: str) -> bool:
    """Return True for a letter that leaves ink: not white space, not a format character
    (the word joiner that holds a phone number together), not a control character, not a
    mark set on a letter (an Arabic vowel sign, which PDFium reads as a letter of its own,
    and not always where it stands). PDFium may read a ligature as two letters."""
    return bool(char) and not char.isspace() and all(
        unicodedata.category(c) not in ("Cf", "Cc", "Mn") for c in char)


def beyond_latin(char: str) -> bool:
    """Return True for a letter of a script the book sets in a fallback font."""
    return ord(char) > 0x24F and char.isalpha()


def owner_at(glyph: Glyph, boxes: Sequence[TextBox]) -> TextBox:
    """Return the box a letter's middle stands in, or the nearest box (then the letter is
    out of it, and told so)."""
    x = (glyph.rect[0] + glyph.rect[2]) / 2
    y = (glyph.rect[1] + glyph.rect[3]) / 2

    def distance(box: TextBox) -> float:
        left, top, right, bottom = box.rect
        return max(left - x, 0, x - right) + max(top - y, 0, y - bottom)

    return min(boxes, key=distance)


def normal(text: str) -> str:
    """Return text as both sides can compare it: no white space, ligatures undone."""
    return "".join(text.split()).replace("\ufb01", "fi").replace("\ufb02", "fl")
