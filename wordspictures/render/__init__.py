"""A planned, laid-out and drawn book turned into bytes: the PowerPoint (``pptx``), the
PDF (``pdf``, with ``xmp`` for PDF/A), the folded booklet (``booklet``), the HTML book that
reads itself aloud (``html``, with its skeleton, style and script in ``reader/``), and
``files``, which makes every file of one book asked for.

May import: ``voice``, ``illustrate``, ``layout``, ``book``, ``fonts``, ``account``, ``language``,
``system``, ``errors``, ``problems``.
"""
