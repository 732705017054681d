"""The family's own drawings and photos: checked, turned upright, stripped, fitted.

A picture from a phone can be huge, sideways (EXIF orientation) and carry the place it was
taken (GPS). We read only the pixels: the picture that reaches the book has no metadata.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from wordspictures.illustrate import palette as pal
from wordspictures.illustrate.png_stream import encode_png

FORMATS = ("PNG", "JPEG", "WEBP", "GIF", "BMP")
MAX_BYTES = 40 * 1024 * 1024
# A 48-megapixel phone photo is fine; more is either a mistake or a decompression bomb.
MAX_PIXELS = 60_000_000


class PictureError(ValueError):
    """A family picture that cannot be used: ``key`` names the message that says why (under
    ``picture:`` in each language's messages.yaml), ``values`` fill it in; ``str()`` is the
    English one, for a log or a test."""

    def __init__(self, key: str, **values: object):
        from wordspictures.language.messages import Messages

        super().__init__(Messages().text(f"picture.{key}.say", **values))
        self.key, self.values = f"picture.{key}", values


def open_picture(path: Path) -> Image.Image:
    """Return the picture opened lazily, after the checks that need no decoding."""
    name = path.name
    if path.is_dir():
        raise PictureError("folder", name=name)
    try:
        size = path.stat().st_size
    except OSError:
        raise PictureError("missing", name=name) from None
    if size > MAX_BYTES:
        raise PictureError("too_big", name=name, mb=size // 1_000_000)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
    except (UnidentifiedImageError, Image.DecompressionBombError,
            Image.DecompressionBombWarning):
        raise PictureError("unreadable", name=name) from None
    except OSError:
        raise PictureError("cannot_open", name=name) from None
    if image.format not in FORMATS:
        raise PictureError("wrong_format", name=name, format=image.format)
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise PictureError("too_large", name=name, width=width, height=height)
    if width < 1 or height < 1:
        raise PictureError("empty", name=name)
    return image


def check_picture(path: Path) -> None:
    """Raise PictureError unless the picture opens and decodes completely."""
    image = open_picture(path)
    try:
        image.load()
    except (OSError, SyntaxError, ValueError):
        raise PictureError("broken", name=path.name) from None
    finally:
        image.close()


def fitted_picture(path: Path, width: int, height: int) -> Image.Image:
    """Return the picture upright, on white, fitted whole into width x height pixels.

    The picture is never cropped (a child's drawing loses nothing at its edges); the space
    left over stays white, like the paper.
    """
    image = open_picture(path)
    try:
        image.load()
        upright = ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, ValueError):
        raise PictureError("broken", name=path.name) from None
    finally:
        image.close()
    rgba = upright.convert("RGBA")
    rgba.thumbnail((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
    if rgba.width < width and rgba.height < height:  # small drawings grow to fill the frame
        factor = min(width / rgba.width, height / rgba.height)
        size = (max(1, round(rgba.width * factor)), max(1, round(rgba.height * factor)))
        rgba = rgba.resize(size, Image.Resampling.LANCZOS)
    # A fresh canvas holds only pixels: no EXIF, GPS, ICC or text chunks come along.
    canvas = Image.new("RGB", (width, height), pal.WHITE)
    canvas.paste(rgba, ((width - rgba.width) // 2, (height - rgba.height) // 2), rgba)
    return canvas


def png_bytes(image: Image.Image) -> bytes:
    """Return the RGB image (a drawing, or a photo on its white canvas) as PNG bytes with no
    metadata chunks (``png_stream.encode_png``)."""
    return encode_png(image.width, image.height, image.tobytes())
