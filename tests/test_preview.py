"""preview: a PNG of every page, exactly as the PDF prints, and one contact sheet."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from tests.conftest import EXAMPLES
from wordspictures.commands.cli import main
from wordspictures.commands.preview import preview_book


def test_preview_writes_one_picture_a_page_and_a_contact_sheet(
        tmp_path: Path, built: dict[str, dict[str, Path]]) -> None:
    paths = preview_book(EXAMPLES / "mia-en.yaml", tmp_path, dpi=40)
    pages = [p for p in paths if "-page-" in p.name]
    sheet = [p for p in paths if p.name.endswith("-contact.png")]
    assert len(pages) == len(PdfReader(built["mia-en"]["pdf"]).pages)
    assert len(sheet) == 1
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".png"] * len(paths)
    with Image.open(pages[0]) as image:
        first = image.convert("L")
    # An A5 page at 40 dpi is about 233 x 330 pixels, with ink on it.
    assert abs(first.width - 420 * 40 / 72) <= 1 and abs(first.height - 595 * 40 / 72) <= 1
    assert first.getextrema()[0] < 100
    with Image.open(sheet[0]) as contact:
        assert contact.width > first.width * 5 and contact.height > first.height


def test_preview_command(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["preview", str(EXAMPLES / "mia-en.yaml"), "-o",
                                       str(tmp_path), "--dpi", "30"])
    assert result.exit_code == 0, result.output
    assert "contact sheet" in result.output
    assert any(p.name.endswith("-contact.png") for p in tmp_path.iterdir())
    data = next(tmp_path.glob("*-page-01.png")).read_bytes()
    assert Image.open(io.BytesIO(data)).format == "PNG"


def test_preview_uses_the_template_pack(tmp_path: Path) -> None:
    """An account in a pack's language previews with the pack, as it builds with it."""
    packs = Path(__file__).parent / "data" / "packs"
    account = tmp_path / "fy.yaml"
    account.write_text((packs / "fy" / "starter.yaml").read_text(encoding="utf-8"),
                       encoding="utf-8")
    without = CliRunner().invoke(main, ["preview", str(account), "-o", str(tmp_path)])
    assert without.exit_code == 1 and "'fy'" in without.output  # unknown without the pack
    result = CliRunner().invoke(main, ["preview", str(account), "-o", str(tmp_path),
                                       "--dpi", "20", "--templates", str(packs)])
    assert result.exit_code == 0, result.output
    assert any(p.name.endswith("-contact.png") for p in tmp_path.iterdir())
