"""The files a build writes: names, final books kept, PDF/A for the case file, the CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from tests.conftest import EXAMPLES, SHARED
from wordspictures.api import build_book
from wordspictures.commands.cli import main
from wordspictures.errors import OutputError, WordsPicturesError
from wordspictures.system.output import book_filename

FINAL = EXAMPLES / "mia-en.yaml"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, [str(a) for a in args])


def test_file_names_name_the_child_and_the_booklet() -> None:
    day = dt.date(2026, 11, 18)
    assert book_filename("Het verhaal van Noor", 2, day, "pdf", child="noor") == \
        "het-verhaal-van-noor-noor-v2-2026-11-18.pdf"
    assert book_filename("Sam's story", 1, day, "pdf", suffix="booklet") == \
        "sams-story-v1-2026-11-18-booklet.pdf"
    assert book_filename("Sam's story", None, None, "pptx", child="Zoë") == "sams-story-zoe.pptx"


def test_a_final_book_is_not_replaced_without_force(tmp_path: Path) -> None:
    first = build_book(FINAL, tmp_path, ["pdf"])
    [pdf] = first.files
    pdf.write_bytes(b"the book the family signed")
    with pytest.raises(OutputError, match="final.*--force"):
        build_book(FINAL, tmp_path, ["pdf", "pptx"])
    assert pdf.read_bytes() == b"the book the family signed"
    assert list(tmp_path.iterdir()) == [pdf]  # all or nothing: no PPTX either


def test_a_draft_is_simply_rebuilt(tmp_path: Path) -> None:
    [first] = build_book(SHARED / "sam-en.yaml", tmp_path, ["pdf"]).files
    made = first.read_bytes()
    first.write_bytes(b"an older draft")
    [again] = build_book(SHARED / "sam-en.yaml", tmp_path, ["pdf"]).files
    assert again == first and list(tmp_path.iterdir()) == [first]  # replaced, no leftovers
    assert again.read_bytes() == made  # the same account makes the same book
    assert "Draft 1" in PdfReader(again).pages[0].extract_text()


def test_the_cli_keeps_a_final_book_and_force_replaces_it(tmp_path: Path) -> None:
    assert run("build", FINAL, "-o", tmp_path, "--format", "pdf").exit_code == 0
    again = run("build", FINAL, "-o", tmp_path, "--format", "pdf")
    assert again.exit_code == 1 and "--force" in again.output
    [pdf] = tmp_path.iterdir()
    pdf.write_bytes(b"an old book")
    assert run("build", FINAL, "-o", tmp_path, "--format", "pdf", "--force").exit_code == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_archive_writes_pdf_a_2b(tmp_path: Path) -> None:
    result = build_book(SHARED / "sam-en.yaml", tmp_path, ["pdf"], archive=True)
    [path] = result.files
    data = path.read_bytes()
    assert data.startswith(b"%PDF-1.7\n%") and max(data[10:14]) > 127  # binary marker line
    reader = PdfReader(path)
    root = reader.trailer["/Root"]
    assert "/Encrypt" not in reader.trailer and len(reader.trailer["/ID"]) == 2
    [intent] = root["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1" and intent["/OutputConditionIdentifier"] == "sRGB"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3 and profile.get_data()[36:40] == b"acsp"  # an ICC profile
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert "Sam's story" in xmp and "2026-11-12T12:00:00" in xmp
    for page in reader.pages:  # every font on every page is embedded
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()
    assert str(root["/Lang"]) == "en-GB"


def test_an_archive_build_is_the_same_every_time(tmp_path: Path) -> None:
    first = build_book(SHARED / "sam-en.yaml", tmp_path / "one", ["pdf"], archive=True)
    second = build_book(SHARED / "sam-en.yaml", tmp_path / "two", ["pdf"], archive=True,
                        booklet=True)
    assert first.files[0].read_bytes() == second.files[0].read_bytes()


@pytest.mark.parametrize(("options", "message"), [
    ({"rotate_backs": True}, "add --booklet"),
    ({"archive": True, "formats": ["pptx"]}, "add pdf"),
    ({"paper": "a3"}, "unknown paper"),
    ({"orientation": "sideways"}, "unknown orientation"),
])
def test_options_that_cannot_work_together_are_clear_errors(tmp_path: Path, options: dict,
                                                            message: str) -> None:
    options = {"formats": ["pdf"], **options}
    with pytest.raises(WordsPicturesError, match=message):
        build_book(SHARED / "sam-en.yaml", tmp_path, **options)
    assert list(tmp_path.iterdir()) == []


def test_cli_build_with_every_print_option(tmp_path: Path) -> None:
    result = run("build", SHARED / "noor-nl.yaml", "-o", tmp_path, "--format", "pdf",
                 "--paper", "letter", "--orientation", "landscape", "--child", "daan",
                 "--booklet", "--rotate-backs", "--archive")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["het-verhaal-van-noor-en-daan-daan-v2-2026-11-18-booklet.pdf",
                     "het-verhaal-van-noor-en-daan-daan-v2-2026-11-18-review.pdf",
                     "het-verhaal-van-noor-en-daan-daan-v2-2026-11-18.pdf"]
    box = PdfReader(tmp_path / names[2]).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((792, 612), abs=0.5)


def test_cli_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("build", SHARED / "sam-en.yaml", "--rotate-backs").exit_code == 2
    assert run("build", SHARED / "sam-en.yaml", "--orientation", "up").exit_code == 2
    result = run("build", SHARED / "sam-en.yaml", "-o", tmp_path, "--child", "som")
    assert result.exit_code == 1 and "did you mean 'sam'" in result.output
