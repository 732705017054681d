"""The drawings' small, soft palette: named colours as RGB tuples (no Pillow here).

Fills are light so a black-and-white print stays readable; outlines are a dark, warm ink.
"""

from __future__ import annotations

RGB = tuple[int, int, int]

WHITE: RGB = (255, 255, 255)
INK: RGB = (52, 44, 56)          # figures, faces, text: dark enough for any printer
SOFT_INK: RGB = (134, 122, 128)  # backgrounds: lighter so the people stand out
PAPER: RGB = (255, 253, 248)

SKINS: dict[str, RGB] = {
    "light": (255, 228, 208),
    "medium": (240, 198, 160),
    "tan": (216, 164, 120),
    "brown": (168, 112, 76),
    "dark": (116, 76, 54),
}
# Used when the account does not say: one neutral tone for everyone, never a guess.
NEUTRAL_SKIN: RGB = (247, 214, 184)

HAIR_COLOURS: dict[str, RGB] = {
    "black": (62, 54, 60),
    "brown": (136, 92, 60),
    "blond": (240, 206, 122),
    "red": (210, 106, 60),
    "grey": (204, 204, 208),
}

CLOTHES: dict[str, RGB] = {
    "red": (238, 116, 108),
    "orange": (248, 168, 92),
    "yellow": (250, 216, 96),
    "green": (136, 198, 124),
    "blue": (116, 164, 222),
    "purple": (172, 140, 212),
    "pink": (246, 164, 192),
    "brown": (176, 128, 92),
    "black": (76, 72, 82),
    "white": (250, 250, 247),
    "grey": (180, 180, 186),
}
# More colours for books with many people (the book gives each person their own,
# ``book.casting``), and the uniforms' own, which nobody else wears.
CLOTHES.update({
    "teal": (96, 190, 180), "lime": (196, 222, 96), "rose": (222, 120, 150),
    "sky": (160, 214, 246), "mustard": (214, 170, 60), "lilac": (214, 190, 236),
    "navy": (56, 74, 128), "coat": (252, 252, 250), "scrubs": (150, 206, 214),
})
# Default clothes: the cheerful colours only (grey, black, white and brown look dull).
DEFAULT_CLOTHES = ("red", "orange", "yellow", "green", "blue", "purple", "pink")

TROUSERS: tuple[RGB, ...] = ((98, 122, 166), (104, 102, 112), (132, 104, 84), (86, 128, 130))
SCARVES: tuple[RGB, ...] = ((104, 176, 172), (224, 136, 156), (164, 144, 206), (218, 184, 132),
                            (120, 150, 206))
SHOES: RGB = (84, 70, 72)
CHEEKS: RGB = (246, 160, 160)
TEAR: RGB = (150, 200, 240)
POLICE: RGB = (64, 86, 148)
BADGE: RGB = (246, 204, 84)
CROSS: RGB = (226, 80, 80)
HEART: RGB = (244, 128, 140)
HEART_SOFT: RGB = (253, 214, 218)
SUN: RGB = (252, 212, 84)
CLOUD: RGB = (238, 240, 246)
SKY: RGB = (236, 246, 253)
GRASS: RGB = (200, 230, 176)
TREE: RGB = (150, 204, 128)
TRUNK: RGB = (176, 130, 96)
WALL: RGB = (253, 246, 232)
FLOOR: RGB = (240, 226, 204)
WOOD: RGB = (222, 184, 140)
ROOF: RGB = (232, 134, 112)
ROOF_2: RGB = (150, 150, 196)
ROOF_3: RGB = (196, 150, 110)
BRICK: RGB = (250, 232, 208)
WINDOW: RGB = (214, 236, 250)
BOARD: RGB = (104, 150, 120)
ROAD: RGB = (214, 214, 218)
PAPER_PAGE: RGB = (255, 252, 240)
RING: RGB = (255, 226, 160)
BUBBLE: RGB = (255, 255, 255)
SCALE_LOW: RGB = (250, 196, 170)
SCALE_MID: RGB = (252, 236, 160)
SCALE_HIGH: RGB = (186, 226, 170)
SUN_RAY: RGB = (246, 186, 60)
ARROW: RGB = (120, 176, 220)
MOON: RGB = (250, 236, 150)
NIGHT: RGB = (62, 72, 128)       # the sky after dark
NIGHT_GLASS: RGB = (70, 82, 140)  # a window after dark
LAMP_LIGHT: RGB = (255, 236, 170)
STAR: RGB = (255, 244, 190)
CALENDAR_TOP: RGB = (244, 150, 150)
HILL: RGB = (220, 240, 204)
CAR: RGB = (250, 196, 110)
POLICE_WALL: RGB = (226, 234, 250)
