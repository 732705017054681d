"""How wide the fonts are that an office program shows instead of Lexend, so the layout can
leave them room.

A PowerPoint file names one font for a run of text and cannot name a second to fall back
on. Where Lexend is neither installed nor read from the file (LibreOffice, older PowerPoint
for Mac, Keynote), the program picks a sans-serif of its own: Arial or Helvetica on Windows
and macOS, DejaVu Sans on Linux. Of these DejaVu Sans is the widest (about as wide as
Verdana; 3.5 % wider than Lexend, its bold 12 % wider than Lexend's), Arial the narrowest
(9 % narrower). So the layout measures every line in Lexend and in DejaVu Sans and plans
for the wider: the page holds whichever of them the computer shows.

DejaVu Sans is not bundled (the PDF never uses it): its advance widths, which are all the
layout needs, are kept in ``substitutes.json``, written by this module from the font files:

    python -m wordspictures.fonts.substitutes /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \\
        /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

from wordspictures.fonts.files import LEXEND, font_file

WIDTHS = Path(__file__).with_name("substitutes.json")
STYLES = ("regular", "bold")


@cache
def substitute_advances(bold: bool = False) -> dict[int, float]:
    """Return the widest substitute's advance width (in em) of each letter Lexend has."""
    table = json.loads(WIDTHS.read_text(encoding="utf-8"))
    face = table["styles"][STYLES[bold]]
    return {int(code): units / table["units_per_em"] for code, units in face.items()}


def measure_fonts(regular: Path, bold: Path) -> dict:
    """Return the table of ``substitutes.json``: each style's advance widths of the
    letters Lexend has, in the font's units."""
    from fontTools.ttLib import TTFont

    with TTFont(str(font_file(LEXEND)), lazy=True) as lexend:
        wanted = set(lexend.getBestCmap())
    names = ""
    styles = {}
    for style, path in zip(STYLES, (regular, bold), strict=True):
        with TTFont(str(path), lazy=True) as font:
            units = font["head"].unitsPerEm
            hmtx, cmap = font["hmtx"], font.getBestCmap()
            names = names or f"{font['name'].getDebugName(1)} {font['name'].getDebugName(5)}"
            styles[style] = {str(code): hmtx[cmap[code]][0] for code in sorted(wanted)
                             if code in cmap}
    return {"font": names, "units_per_em": units, "styles": styles}


def main(argv: list[str]) -> int:
    """Write ``substitutes.json`` from a regular and a bold font file."""
    if len(argv) != 2:
        print("usage: python -m wordspictures.fonts.substitutes REGULAR.ttf BOLD.ttf",
              file=sys.stderr)
        return 2
    table = measure_fonts(Path(argv[0]), Path(argv[1]))
    WIDTHS.write_text(json.dumps(table, separators=(",", ":"), sort_keys=True) + "\n",
                      encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
