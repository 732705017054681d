"""Render the sample books of the framing packs (issue 18) into docs/pictures/, for
docs/languages.md: every page of an Arabic book (right to left) and of a Ukrainian one,
side by side on one sheet each.

    .venv/bin/python docs/pictures/make_language_pictures.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from wordspictures.account.load import load_account
from wordspictures.api import document_time
from wordspictures.commands.preview import page_images
from wordspictures.render.files import PrintOptions, render_book

HERE = Path(__file__).resolve().parent
SAMPLES = {"book-ar.png": HERE / "yusuf-ar.yaml", "book-uk.png": HERE / "olia-uk.yaml"}
DPI, COLUMNS = 40, 6


def main() -> None:
    for name, path in SAMPLES.items():
        account = load_account(path)
        rendered = render_book(account, PrintOptions(("pdf",)), document_time(account))
        images = page_images(rendered.files[("", "pdf")], DPI)
        width, height = images[0].size
        rows = -(-len(images) // COLUMNS)
        sheet = Image.new("RGB", (width * COLUMNS, height * rows), "white")
        for index, image in enumerate(images):
            sheet.paste(image, ((index % COLUMNS) * width, (index // COLUMNS) * height))
        sheet.save(HERE / name, "PNG", optimize=True)


if __name__ == "__main__":
    main()
