"""A planned, laid-out and drawn book turned into bytes: the PowerPoint (``pptx``), the
PDF (``pdf``, with ``xmp`` for PDF/A), the folded booklet (``booklet``), and ``files``,
which makes every file of one book asked for.

May import: ``illustrate``, ``layout``, ``book``, ``fonts``, ``account``, ``language``,
``system``, ``errors``, ``problems``.
"""
