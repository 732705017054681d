"""A language's pack, read from ``templates/<language>/`` or an organisation's folder over
it (``files``): the book's own words as jinja2 templates (``wording``), the facts the code
needs (``facts``: ``language.yaml``), what a problem in an account says (``messages``), the
term syntax of its word lists (``terms``: the word check's and the drawings' words), and
the one sentence splitter (``sentences``).

May import: ``system``, ``errors``, ``problems``.
"""
