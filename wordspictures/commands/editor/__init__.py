"""The editor: ``wordspictures edit`` fills in a story in the browser, with its pages beside.

A small web app on this computer only (Flask; htmx 2 is copied into ``static`` with its
licence: no network, no build step). The modules, from the outside in: ``server`` (start,
the first line with the address and token, stop), ``guard`` (who may ask what), ``app``
(the ``Editor`` and its routes: ``routes`` for the story, ``files`` for pictures and books,
``start`` for the start page), ``answers`` (what a change sends back), ``form`` (the form
made from ``account.keys``), ``values`` (what a field sent, as the account's value),
``session`` (the file, saved at each change with ``account.roundtrip``), ``pages`` (the
pages beside the form, one at a time, via ``render.single``) and ``words`` (the interface
in the story's language: ``words/<lang>.yaml``, and the interview's questions).

A place is kept for what comes next: recording the child's voice for a page
(``audio:``) is a key of the table, shown by its widget in ``templates/fields.html``.
"""
