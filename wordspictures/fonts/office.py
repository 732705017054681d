"""The fonts the PowerPoint carries: Lexend's regular and bold weights made into one small
family that office programs know (a Regular and a Bold, style-linked), and wrapped as
Embedded OpenType, the form PowerPoint reads fonts from a .pptx in.

What we found (docs/font.md, 'The PowerPoint'): PowerPoint keeps an embedded font in a part
``/ppt/fonts/fontN.fntdata`` of content type ``application/x-fontdata``, related to the
presentation by the ``…/relationships/font`` relationship and named in ``presentation.xml``'s
``<p:embeddedFontLst>`` (``<p:regular>``, ``<p:bold>``). The part holds an Embedded OpenType
(EOT) file: a small header (names, weight, PANOSE, Unicode ranges) in front of the TrueType
font. PowerPoint itself compresses the font inside (MicroType Express) and may XOR it; both
are optional flags of the header, so a plain EOT around the plain font is valid; it is
also what LibreOffice's own PPTX export writes (version 2.2, no flags).
"""

from __future__ import annotations

import io
import struct
import tempfile
from functools import cache
from pathlib import Path

from wordspictures.fonts.files import (
    BOLD,
    INSTANCES,
    LEXEND,
    REGULAR,
    source_digest,
    static_font_file,
)
from wordspictures.system.cache import read_cached, write_cached

FAMILY_STYLES = {REGULAR: "Regular", BOLD: "Bold"}
# Raised when office_font makes other bytes, so that fonts cached before are not used.
OFFICE = "o1"
EOT_VERSION = 0x00020002
EOT_MAGIC = 0x504C
ROOT_CHECKSUM_KEY = 0x50475342  # the checksum of an empty root string (EOT 2.2)
WINDOWS_WESTERN = 1252  # the EUDC code page field: unused, the usual value


@cache
def embedded_font(weight: int) -> bytes:
    """Return the office font at ``weight`` (``REGULAR`` or ``BOLD``) as Embedded OpenType,
    for a .pptx. Made once (fontTools takes a second) and kept in the cache folder."""
    name = f"office-{source_digest(LEXEND)[:16]}-{weight}-{INSTANCES}-{OFFICE}.eot"
    data = read_cached(name)
    if data is None:
        data = eot(office_font(weight))
        write_cached(name, data)
    return data


def office_font(weight: int) -> bytes:
    """Return Lexend pinned at ``weight`` (the PDF's own instance, so both show the same
    letters), named and flagged as the family's Regular or Bold, so that an office program
    sets bold text in it and never thickens the regular."""
    from fontTools.ttLib import TTFont

    style = FAMILY_STYLES[weight]
    with tempfile.TemporaryDirectory() as folder:
        static = static_font_file(weight, lambda: Path(folder)).read_bytes()
    with TTFont(io.BytesIO(static), recalcTimestamp=False) as font:
        names = font["name"]
        unique = f"{font['head'].fontRevision:.3f};Lexend-{style};wordspictures"
        for name_id in (1, 2, 3, 4, 6, 16, 17, 21, 22, 25):
            names.removeNames(nameID=name_id)
        for name_id, text in ((1, "Lexend"), (2, style), (3, unique),
                              (4, "Lexend" if style == "Regular" else f"Lexend {style}"),
                              (6, f"Lexend-{style}")):
            names.setName(text, name_id, 3, 1, 0x409)
        os2 = font["OS/2"]
        bold = style == "Bold"
        # fsSelection: bit 0 italic, bit 5 bold, bit 6 regular; macStyle: bit 0 bold.
        os2.fsSelection = (os2.fsSelection & ~0b1100001) | (1 << 5 if bold else 1 << 6)
        font["head"].macStyle = 1 if bold else 0
        if "STAT" in font:  # it names every weight of the variable font: not this family's
            del font["STAT"]
        out = io.BytesIO()
        font.save(out)
    return out.getvalue()


def eot(data: bytes) -> bytes:
    """Return a TrueType font wrapped as an uncompressed Embedded OpenType file (version
    2.2, no root string: usable in any document), as the EOT specification lays it out."""
    from fontTools.ttLib import TTFont

    with TTFont(io.BytesIO(data), lazy=True) as font:
        os2, head = font["OS/2"], font["head"]
        panose = bytes(getattr(os2.panose, field) for field in (
            "bFamilyType", "bSerifStyle", "bWeight", "bProportion", "bContrast",
            "bStrokeVariation", "bArmStyle", "bLetterForm", "bMidline", "bXHeight"))
        names = [name_field(font, name_id) for name_id in (1, 2, 5, 4)]
        fixed = struct.pack(  # the charset field is DEFAULT_CHARSET (1), as the spec asks
            "<LLLL10sBBLHH4L2LL4L", 0, len(data), EOT_VERSION, 0, panose, 1,
            os2.fsSelection & 1, os2.usWeightClass, os2.fsType, EOT_MAGIC,
            os2.ulUnicodeRange1, os2.ulUnicodeRange2, os2.ulUnicodeRange3,
            os2.ulUnicodeRange4, os2.ulCodePageRange1, os2.ulCodePageRange2,
            head.checkSumAdjustment, 0, 0, 0, 0)
    tail = struct.pack("<HHLLHHLL", 0, 0, ROOT_CHECKSUM_KEY, WINDOWS_WESTERN, 0, 0, 0, 0)
    header = fixed + b"".join(names) + tail
    size = len(header) + len(data)
    return struct.pack("<L", size) + header[4:] + data


def name_field(font, name_id: int) -> bytes:
    """Return one name of the font as an EOT header field: padding, size, UTF-16LE text."""
    text = font["name"].getDebugName(name_id) or ""
    encoded = text.encode("utf-16-le")
    return struct.pack("<HH", 0, len(encoded)) + encoded
