"""What a caseworker runs: the ``wordspictures`` command, a thin click layer (``cli``, with
its commands in ``cli_book``, ``cli_account`` and ``cli_templates`` and what they share in
``options``), and what those commands do beyond ``api``: many books at once (``batch``),
rebuild on save (``watch``), page pictures (``preview``), a new account (``starter``, and
the guided ``interview``), an organisation's template pack (``packs``).

May import: every package below it, and ``api``.
"""
