"""What the editor asks of the floors below it: one page of a book, a family picture kept
clean, and the form made from the key table."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin
from pypdf import PdfReader

from tests.conftest import EXAMPLES
from tests.helpers import load, squash
from wordspictures.account.keys import KEY_NAMES, ROLES
from wordspictures.book.planner import plan_book
from wordspictures.illustrate.cleaned import cleaned_picture
from wordspictures.illustrate.picture import PictureError
from wordspictures.layout.paper import paper_for
from wordspictures.layout.typeset import book_names
from wordspictures.render.files import lay_out
from wordspictures.render.pdf import render_pdf
from wordspictures.render.single import render_page


def test_one_page_is_the_books_page() -> None:
    import datetime as dt

    account = load(EXAMPLES / "lotte-nl.yaml")
    book = plan_book(account)
    layouts = lay_out(book, paper_for("a5"))
    created = dt.datetime(2026, 10, 2, 12, tzinfo=dt.timezone.utc)
    from wordspictures.render.files import draw_pictures

    whole = PdfReader(io.BytesIO(render_pdf(book, layouts, draw_pictures(book, layouts),
                                            created)))
    for number in (0, 5, len(book.pages) - 1):
        alone = PdfReader(io.BytesIO(render_page(book, number, paper_for("a5"),
                                                 book_names(book), created)))
        assert len(alone.pages) == 1
        page_text = squash(alone.pages[0].extract_text())
        assert page_text == squash(whole.pages[number].extract_text())
        assert str(number + 1) in page_text.split()  # numbered as in the book


def photo_with_metadata(path: Path) -> Path:
    """Save a JPEG lying on its side, with a maker, a place and a time in its EXIF."""
    photo = Image.new("RGB", (300, 100), (250, 40, 40))
    photo.paste((40, 40, 250), (0, 0, 150, 100))
    exif = Image.Exif()
    exif[0x0112] = 6            # orientation: turn 90° clockwise to show it upright
    exif[0x010F] = "PhoneMaker"
    exif[0x0132] = "2026:03:03 18:01:02"
    gps = exif.get_ifd(0x8825)
    gps[2] = (52.0, 5.0, 30.0)  # latitude
    photo.save(path, exif=exif.tobytes(), quality=95)
    return path


def test_a_photo_is_kept_upright_without_where_and_when(tmp_path: Path) -> None:
    data, ending = cleaned_picture(photo_with_metadata(tmp_path / "photo.jpg"))
    assert ending == "jpg"
    kept = Image.open(io.BytesIO(data))
    assert kept.format == "JPEG" and kept.size == (100, 300)  # upright
    assert not kept.getexif() and "exif" not in kept.info
    assert b"PhoneMaker" not in data and b"2026:03:03" not in data


def test_a_drawing_stays_a_png_without_its_text(tmp_path: Path) -> None:
    drawing = Image.new("RGBA", (120, 80), (255, 255, 255, 0))
    drawing.paste((30, 160, 30, 255), (10, 10, 60, 60))
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Sam de Vries")
    drawing.save(tmp_path / "drawing.png", pnginfo=info)
    data, ending = cleaned_picture(tmp_path / "drawing.png")
    kept = Image.open(io.BytesIO(data))
    assert ending == "png" and kept.size == (120, 80)
    assert b"Sam de Vries" not in data and not kept.text
    assert kept.convert("RGBA").getpixel((20, 20)) == (30, 160, 30, 255)


def test_what_is_no_picture_is_refused(tmp_path: Path) -> None:
    (tmp_path / "letter.png").write_text("Dear Sofie, …")
    with pytest.raises(PictureError, match="not a picture"):
        cleaned_picture(tmp_path / "letter.png")


def test_every_key_and_choice_has_words_in_every_editor_language() -> None:
    from wordspictures.account.vocabulary import (
        CLOTHES,
        FEELINGS,
        HAIR,
        HAIR_COLOURS,
        PLACES,
        PRONOUNS,
        SKINS,
        STATUSES,
    )
    from wordspictures.commands.editor.words import editor_languages, read_words

    assert set(editor_languages()) >= {"nl", "en"}
    shapes = {language: keys_of(read_words(language)) for language in editor_languages()}
    assert all(shape == shapes["en"] for shape in shapes.values()), \
        "the editor's words files must have the same keys"
    words = read_words("en")
    assert set(words["labels"]) >= KEY_NAMES, "give every key of keys.py a label"
    lists = {"status": STATUSES, "pronoun": PRONOUNS, "hair": HAIR, "hair_colour": HAIR_COLOURS,
             "skin": SKINS, "clothes": CLOTHES, "feeling": FEELINGS, "place": PLACES}
    for kind, values in lists.items():
        assert set(values) <= set(words["choices"][kind]), f"choices of {kind}"
    assert ROLES  # roles are named by the language's own language.yaml


def keys_of(data: object, path: str = "") -> set[str]:
    """Return every key path of a nested mapping."""
    if not isinstance(data, dict):
        return {path}
    return {found for key, value in data.items() for found in keys_of(value, f"{path}/{key}")}
