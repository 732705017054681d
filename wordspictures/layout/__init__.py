"""Where everything goes on paper, in points, shared by every renderer: sizes and boxes
(``pages``), measuring text in the book's font (``measure``), the review and drawing
pages (``forms``).

May import: ``book``, ``fonts``, ``account``, ``language``, ``system``, ``errors``,
``problems``.
"""
