"""A family picture made safe to keep beside the account: checked, upright, stripped.

The editor stores a photo or a child's drawing that is dropped on a person or a page. A
phone photo carries where and when it was taken (EXIF, GPS) and may lie on its side: the
stored copy is the pixels only, turned upright. A drawing (PNG, GIF, BMP, WEBP) stays a
lossless PNG; a photo (JPEG) stays a JPEG, so a family photo does not grow tenfold.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps

from wordspictures.illustrate.picture import PictureError, open_picture

JPEG_QUALITY = 90


def cleaned_picture(path: Path) -> tuple[bytes, str]:
    """Return the picture at ``path`` upright and without metadata, and its file ending
    ('png' or 'jpg'); raise PictureError for what ``check_picture`` refuses."""
    image = open_picture(path)
    try:
        image.load()
        photo = image.format == "JPEG"
        upright = ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, ValueError):
        raise PictureError("broken", name=path.name) from None
    finally:
        image.close()
    # A new image from the pixels alone: no EXIF, GPS, ICC profile or text chunks.
    mode = "RGB" if photo or upright.mode not in ("RGBA", "LA", "P") else "RGBA"
    pixels = upright.convert(mode)
    bare = Image.new(mode, pixels.size)
    bare.paste(pixels)
    out = io.BytesIO()
    if photo:
        bare.save(out, "JPEG", quality=JPEG_QUALITY)
        return out.getvalue(), "jpg"
    bare.save(out, "PNG", optimize=False)
    return out.getvalue(), "png"
