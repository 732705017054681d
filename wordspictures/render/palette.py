"""The book's colours (RGB) for text and lines, shared by both renderers."""

INK = (34, 34, 34)       # body text: near-black, softer than pure black on white
TITLE = (38, 70, 120)    # headings: a calm dark blue that still prints dark in grey
MUTED = (110, 110, 110)  # captions and footers
DRAFT = (190, 60, 40)    # the draft mark on the cover
RULE = (165, 175, 190)   # ruled lines and the drawing frame: light, but they survive a copier
SECOND = (24, 104, 110)  # a line in the book's second language: deep teal, apart from INK
SECOND_RULE = (120, 185, 190)  # the thin rule beside it

# The colour of each paragraph style that is not body text (INK).
STYLE_COLOURS = {"caption": MUTED, "note": MUTED, "stamp": DRAFT, "question": TITLE,
                 "second": SECOND, "second_heading": SECOND}

# The band at the top of every page of a section, so that a page that goes on with the one
# before shows it without words. Soft colours a child likes, far enough apart to tell
# neighbouring sections from each other, none of them alarming (a worry is no red page).
SECTION_COLOURS = {
    "cast": (150, 190, 230),            # sky blue
    "good_things": (150, 205, 130),     # green
    "worried": (235, 190, 120),         # apricot
    "what_happened": (200, 170, 220),   # lilac
    "parents_say": (240, 210, 120),     # straw
    "not_your_fault": (240, 165, 185),  # pink: the heart's page
    "what_happened_next": (130, 200, 200),  # teal
    "worries_now": (215, 185, 150),     # sand
    "safety_plan": (120, 170, 230),     # blue
    "helpers": (140, 210, 160),         # mint
    "child_can": (250, 185, 110),       # orange
    "call": (140, 210, 160),            # mint, as the helpers it calls
    "scale": (180, 180, 230),           # periwinkle
    "next": (170, 205, 120),            # leaf
    "makers": (205, 185, 165),          # warm grey
}
BAND_DEFAULT = (190, 200, 215)  # a section a pack adds
