"""The account: read the caseworker's YAML keeping every line number (``source``), check it
value by value (``fields``) into the frozen objects of ``model`` (``load``), and what else
is made from its format: the JSON Schema and reference (``schema``) and the anonymous copy
(``anonymise``). The editor's copy of an account (``roundtrip``: the only module that
imports ruamel.yaml, with ``comments``, ``commas`` and ``places``) changes one value at a time and
keeps the rest of the file as the caseworker wrote it. Nothing after this package sees
YAML.

May import: ``language``, ``system``, ``errors``, ``problems``.
"""
