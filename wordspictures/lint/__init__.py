"""The word check: details, not judgments.

Finds what a Signs of Safety trainer would circle in red in a story — labels, blame, jargon,
vague words, plan rules said as negations, events without who or when, text too hard for the
youngest child, and a story out of balance — and says for each which words and why.

The rules are data: ``templates/<language>/lint.yaml`` (``language.terms`` has the term
syntax). The modules, in the order a check runs: ``rules`` (load the rules, compiled with
``language.terms`` into a ``ruleset``, kept in the cache folder by ``kept``; ``forms``
gives every form of a '~word'), ``text`` (sentences with offsets), ``checks``,
``because``, ``rare`` (words few children know) and ``detail`` (one sentence or entry),
``speech`` (a parent's own view), ``story`` (the whole account), ``allow`` (the family's
explained words), ``place`` (file positions), ``run`` (ties them together) and ``report``
(JSON, grouping, summary).

May import: ``account``, ``language``, ``system``, ``errors``, ``problems``.
"""

from __future__ import annotations

from wordspictures.lint.finding import CATEGORIES
from wordspictures.lint.report import findings_json, group_findings, summary
from wordspictures.lint.rules import RulesError, load_rules
from wordspictures.lint.run import lint_account, lint_sentence

__all__ = ["CATEGORIES", "RulesError", "findings_json", "group_findings", "lint_account",
           "lint_sentence", "load_rules", "summary"]
