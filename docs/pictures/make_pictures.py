"""Render one page of each kind from the shared examples into docs/pictures/.

    .venv/bin/python docs/pictures/make_pictures.py

The pictures in the guides and in docs/pictures.md come from here, so they show what the
tool makes today. Run it after a change to the drawings or the layout.
"""

from __future__ import annotations

import io
from pathlib import Path

from wordspictures.account.load import load_account
from wordspictures.api import document_time
from wordspictures.commands.preview import page_images
from wordspictures.render.files import PrintOptions, render_book

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent.parent / "shared" / "examples"
# (account, language) for each kind: Dutch pages from Noor, English from Sam.
SOURCES = {"nl": SHARED / "noor-nl.yaml", "en": SHARED / "sam-en.yaml"}
DPI = 80


def main() -> None:
    for language, path in SOURCES.items():
        account = load_account(path)
        rendered = render_book(account, PrintOptions(("pdf",)), document_time(account))
        images = page_images(rendered.files[("", "pdf")], DPI)
        seen: set[str] = set()
        for page, image in zip(rendered.book.pages, images, strict=True):
            kind = page.kind.value.replace("_", "-")
            if kind in seen:
                continue
            seen.add(kind)
            name = f"page-{kind}.png" if language == "en" else f"pagina-{kind}.png"
            buffer = io.BytesIO()
            image.save(buffer, "PNG", optimize=True)
            (HERE / name).write_bytes(buffer.getvalue())
        print(f"{language}: {len(seen)} page kinds from {path.name}")
        if language == "nl":
            readme_strip(rendered.book.pages, images)


def readme_strip(pages: list, images: list) -> None:  # type: ignore[type-arg]
    """Write readme-page.png: three pages of the Dutch example side by side."""
    from PIL import Image

    wanted = ("cover", "what_happened", "helpers")
    chosen = [next(im for page, im in zip(pages, images, strict=True) if page.kind.value == k)
              for k in wanted]
    gap = 16
    width = sum(im.width for im in chosen) + gap * (len(chosen) + 1)
    height = max(im.height for im in chosen) + 2 * gap
    strip = Image.new("RGB", (width, height), (226, 224, 228))
    x = gap
    for image in chosen:
        strip.paste(image, (x, gap))
        x += image.width + gap
    strip.save(HERE / "readme-page.png", optimize=True)


if __name__ == "__main__":
    main()
