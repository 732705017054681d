"""A language's pack: the book's own words as jinja2 templates (``wording``), read from
``templates/<language>/`` or an organisation's folder over it.

May import: ``system``, ``errors``, ``problems``.
"""
