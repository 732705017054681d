"""Pictures of the pages and one contact sheet, to look at a book without an office program.

The pages are rendered from the PDF itself (pdfium, the engine of Chrome's PDF viewer), so
the preview shows exactly what will be printed, not an imitation of it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from wordspictures.errors import WordsPicturesError

SHEET_COLUMNS = 6
GAP = 12  # pixels between pages on the contact sheet


@dataclass(frozen=True)
class Preview:
    """The page pictures and the contact sheet, as bytes, by file name."""

    pages: tuple[bytes, ...]
    sheet: bytes


def page_images(pdf: bytes, dpi: int) -> list[object]:
    """Return each page of the PDF as a Pillow image at ``dpi``."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - installed with the package
        raise WordsPicturesError("preview needs pypdfium2: reinstall wordspictures") from None
    document = pdfium.PdfDocument(pdf)
    try:
        return [document[i].render(scale=dpi / 72).to_pil() for i in range(len(document))]
    finally:
        document.close()


def png(image: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False)  # type: ignore[attr-defined]
    return buffer.getvalue()


def contact_sheet(images: list[object], columns: int = SHEET_COLUMNS) -> bytes:
    """Return all pages side by side, in reading order, on one grey sheet."""
    from PIL import Image, ImageDraw

    from wordspictures.illustrate.lettering import font_at

    width = max(im.width for im in images)  # type: ignore[attr-defined]
    height = max(im.height for im in images)  # type: ignore[attr-defined]
    columns = min(columns, len(images))
    rows = -(-len(images) // columns)
    label = max(14, height // 24)
    sheet = Image.new("RGB", (columns * (width + GAP) + GAP,
                              rows * (height + GAP + label + 4) + GAP), (226, 224, 228))
    draw = ImageDraw.Draw(sheet)
    font = font_at(label)
    for index, image in enumerate(images):
        x = GAP + (index % columns) * (width + GAP)
        y = GAP + (index // columns) * (height + GAP + label + 4)
        sheet.paste(image, (x, y))  # type: ignore[arg-type]
        draw.text((x + width // 2, y + height + 2), str(index + 1), font=font,
                  fill=(80, 72, 84), anchor="ma")
    return png(sheet)


def make_preview(pdf: bytes, dpi: int = 60) -> Preview:
    """Return the page pictures and contact sheet of a rendered PDF."""
    images = page_images(pdf, dpi)
    return Preview(tuple(png(im) for im in images), contact_sheet(images))


def preview_book(path: Path | str, out_dir: Path | str | None = None, paper: str = "a5",
                 templates: Path | None = None, child: str | None = None,
                 dpi: int = 60) -> list[Path]:
    """Write PNG pictures of the book's pages and a contact sheet; return their paths.

    Nothing else is written: no PPTX, no PDF. The account is checked as for a build.
    """
    from wordspictures.api import choose_children, document_time, read_checked
    from wordspictures.errors import AccountError
    from wordspictures.render.files import PrintOptions, render_book
    from wordspictures.system.output import book_filename, write_files

    source = Path(path)
    account, problems = read_checked(source, templates)
    if account is None or any(not p.is_warning for p in problems):
        raise AccountError(problems)
    outputs: dict[Path, bytes] = {}
    folder = Path(out_dir) if out_dir is not None else source.parent
    for kid in choose_children(account, [child] if child else []):
        rendered = render_book(account, PrintOptions(("pdf",), paper), document_time(account),
                               templates, kid)
        preview = make_preview(rendered.files[("", "pdf")], dpi)
        stem = book_filename(rendered.book.title, account.version, account.date, "png",
                             child=kid)[: -len(".png")]
        for number, data in enumerate(preview.pages, 1):
            outputs[folder / f"{stem}-page-{number:02d}.png"] = data
        outputs[folder / f"{stem}-contact.png"] = preview.sheet
    write_files(outputs)
    return list(outputs)
