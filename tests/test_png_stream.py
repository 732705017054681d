"""PNG pixels go into the PDF as they are, or (when they cannot) the ordinary way."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image
from pypdf import PdfReader

from wordspictures.illustrate.png_stream import png_stream


def png_of(image: Image.Image, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", **options)
    return buffer.getvalue()


def with_header(png: bytes, **changes: int) -> bytes:
    """Return the PNG with header fields changed (Pillow will not write some of them)."""
    fields = dict(zip(("width", "height", "depth", "colour", "compression", "filter",
                       "interlace"), struct.unpack(">IIBBBBB", png[16:29]), strict=True))
    body = b"IHDR" + struct.pack(">IIBBBBB", *{**fields, **changes}.values())
    return png[:12] + body + struct.pack(">I", zlib.crc32(body)) + png[33:]


def stripes(mode: str = "RGB") -> Image.Image:
    image = Image.new("RGB", (37, 11), (250, 245, 230))
    for x in range(0, 37, 3):
        for y in range(11):
            image.putpixel((x, y), (20 + 6 * x, 200 - 9 * y, 90))
    if mode == "P":
        return image.quantize(64, method=Image.Quantize.MAXCOVERAGE, dither=Image.Dither.NONE)
    return image.convert(mode)


def unfiltered(stream_data: bytes, width: int, colours: int) -> bytes:
    """Undo the PNG row filters (what a PDF reader does for /Predictor 15)."""
    raw, size = zlib.decompress(stream_data), width * colours
    rows, previous, at = [], bytearray(size), 0
    while at < len(raw):
        kind, row = raw[at], bytearray(raw[at + 1:at + 1 + size])
        at += 1 + size
        for i in range(size):
            left = row[i - colours] if i >= colours else 0
            up, corner = previous[i], previous[i - colours] if i >= colours else 0
            if kind == 1:
                row[i] = (row[i] + left) & 255
            elif kind == 2:
                row[i] = (row[i] + up) & 255
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                near = min((abs(p - left), 0, left), (abs(p - up), 1, up),
                           (abs(p - corner), 2, corner))[2]
                row[i] = (row[i] + near) & 255
        rows.append(bytes(row))
        previous = row
    return b"".join(rows)


@pytest.mark.parametrize("writer", ["Pillow", "ours"])
def test_the_stream_holds_the_pictures_pixels(writer: str) -> None:
    """Pillow filters rows (all five PNG filters are undone here), ours does not."""
    from wordspictures.illustrate.png_stream import encode_png

    image = stripes()
    png = png_of(image, compress_level=6) if writer == "Pillow" else \
        encode_png(*image.size, image.tobytes())
    stream = png_stream(png)
    assert stream is not None
    assert (stream.width, stream.height) == image.size
    assert unfiltered(stream.data, stream.width, 3) == image.tobytes()
    assert stream.decode_parms == "/Predictor 15 /Colors 3 /Columns 37"


@pytest.mark.parametrize("case", ["alpha", "palette", "grey", "transparent", "interlaced",
                                  "16 bits", "damaged", "cut short", "not a png"])
def test_anything_else_takes_the_ordinary_way(case: str) -> None:
    png = {
        "alpha": lambda: png_of(stripes("RGBA")),
        "palette": lambda: png_of(stripes("P")),
        "grey": lambda: png_of(stripes("L")),
        "transparent": lambda: png_of(stripes(), transparency=(250, 245, 230)),
        "interlaced": lambda: with_header(png_of(stripes()), interlace=1),
        "16 bits": lambda: with_header(png_of(stripes()), depth=16),  # RGB, 16 bits a colour
        "damaged": lambda: png_of(stripes())[:60] + b"X" + png_of(stripes())[61:],
        "cut short": lambda: png_of(stripes())[:70],
        "not a png": lambda: b"GIF89a....",
    }[case]()
    assert png_stream(png) is None


def test_a_pdf_shows_both_kinds_of_picture_pixel_for_pixel() -> None:
    """Our drawing passes through; a palette PNG and a photo with transparency go fpdf2's
    way; all read back the same."""
    from fpdf import FPDF

    from wordspictures.render.pdf import image_source

    pdf = FPDF(unit="pt")
    pdf.add_page()
    from wordspictures.illustrate.png_stream import encode_png

    drawing, palette, photo = stripes(), stripes("P"), stripes("RGBA")
    pngs = [encode_png(*drawing.size, drawing.tobytes()), png_of(palette), png_of(photo)]
    for index, png in enumerate(pngs):
        source = image_source(pdf, png)
        assert isinstance(source, str) == (index == 0)  # a name in fpdf2's cache: as it is
        pdf.image(source, x=10, y=10 + 60 * index, w=74, h=22)
    shown = [im.image for im in PdfReader(io.BytesIO(bytes(pdf.output()))).pages[0].images]
    assert [im.convert("RGB").tobytes() for im in shown if im is not None] == \
        [im.convert("RGB").tobytes() for im in (drawing, palette, photo)]


def test_our_own_png_holds_the_pixels_and_nothing_else() -> None:
    from wordspictures.illustrate.png_stream import encode_png

    image = stripes()
    png = encode_png(*image.size, image.tobytes())
    back = Image.open(io.BytesIO(png))
    assert back.mode == "RGB" and back.size == image.size
    assert back.tobytes() == image.tobytes()
    assert not back.info  # no date, text, gamma or profile chunk
    assert [png[12:16], png[-8:-4]] == [b"IHDR", b"IEND"]
    stream = png_stream(png)
    assert stream is not None  # goes into the PDF as it is
    with pytest.raises(ValueError, match="not 37x11 RGB pixels"):
        encode_png(37, 11, image.tobytes()[:-1])
