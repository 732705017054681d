"""The planned book: the account turned into pages in the Words and Pictures order
(``planner``), each with its words, its scene and its notes (``pages``), at the pace of
the youngest reader. Knows no paper and no file format.

May import: ``account``, ``language``, ``system``, ``errors``, ``problems``.
"""
