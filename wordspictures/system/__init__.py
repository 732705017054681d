"""What a build asks of the computer it runs on: files written all or nothing
(``output``), the user's cache folder (``cache``), and work on the other cores (``forked``).

Knows nothing of accounts, books or words. May import: ``errors``, ``problems``.
"""
