"""Render the sample books of the framing packs (issue 18) into docs/pictures/, for
docs/languages.md: every page of an Arabic book (right to left) and of a Ukrainian one,
and of the two bundled books in two languages (Dutch and Arabic, Dutch and Ukrainian),
side by side on one sheet each; and two pages of each book in two languages, larger.

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
EXAMPLES = HERE.parent.parent / "examples"
SAMPLES = {"book-ar.png": HERE / "yusuf-ar.yaml", "book-uk.png": HERE / "olia-uk.yaml",
           "book-nl-ar.png": EXAMPLES / "yusuf-nl-ar.yaml",
           "book-nl-uk.png": EXAMPLES / "sofia-nl-uk.yaml"}
# Two pages of each book in two languages, larger: (first page, second page), from 1.
SPREADS = {"book-nl-ar.png": (6, 18), "book-nl-uk.png": (2, 15)}
DPI, COLUMNS, SPREAD_DPI = 40, 6, 72


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
        if name in SPREADS:
            pages = page_images(rendered.files[("", "pdf")], SPREAD_DPI)
            left, right = (pages[number - 1] for number in SPREADS[name])
            spread = Image.new("RGB", (left.width * 2 + 8, left.height), "grey")
            spread.paste(left, (0, 0))
            spread.paste(right, (left.width + 8, 0))
            spread.save(HERE / name.replace("book-", "pages-"), "PNG", optimize=True)


if __name__ == "__main__":
    main()
