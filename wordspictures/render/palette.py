"""The book's colours (RGB) for text and lines, shared by both renderers."""

INK = (34, 34, 34)       # body text: near-black, softer than pure black on white
TITLE = (38, 70, 120)    # headings: a calm dark blue that still prints dark in grey
MUTED = (110, 110, 110)  # captions and footers
DRAFT = (190, 60, 40)    # the draft mark on the cover
RULE = (165, 175, 190)   # ruled lines and the drawing frame: light, but they survive a copier

# The colour of each paragraph style that is not body text (INK).
STYLE_COLOURS = {"caption": MUTED, "note": MUTED, "stamp": DRAFT, "question": TITLE}
