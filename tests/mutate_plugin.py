"""A pytest plugin for the mutation run only (``tests/mutate.py`` loads it with ``-p``).

mutmut runs the clean tests once in its main process, then forks a child for each mutant:
the child inherits what the clean run left in memory. A result kept in memory (an
``lru_cache``) that mutated code made would then be served to the mutant's tests without
the mutated code running at all, and the mutant would "survive" untried. So:

- each test session (in the child: each mutant) starts with those memories empty, and while
  mutmut finds out which tests reach which function (its "stats" run) they are emptied
  before every test, so that every test that needs the result is known to reach the code
  that makes it, not only the first;
- what the mutated modules only read, and is slow to make, is kept across the children
  instead: the forms of the rules' ``~words`` (from simplemma's dictionary, over a second a
  language), which no module under mutation makes.
"""

from __future__ import annotations

import functools
import importlib
import os
from typing import Any

# module -> its functions whose kept results mutated code makes (emptied, see above)
FORGET = {
    "wordspictures.lint.rules": ("cached_rules",),
    "wordspictures.system.output": ("this_computer",),
}
# module -> its imported names of slow work no mutated module does (kept, see above)
REMEMBER = {
    "wordspictures.lint.rules": ("word_forms",),
}


def forget() -> None:
    """Empty the kept results of mutated code."""
    for module, names in FORGET.items():
        loaded = importlib.import_module(module)
        for name in names:
            getattr(loaded, name).cache_clear()


def remember(function: Any) -> Any:
    """Return ``word_forms(language, words)`` with its results kept by language and words."""
    kept = functools.lru_cache(maxsize=64)(
        lambda language, words: function(language, list(words)))

    @functools.wraps(function)
    def keeping(language: str, words: Any) -> Any:
        return dict(kept(language, tuple(sorted(words))))

    return keeping


def pytest_sessionstart(session: Any) -> None:
    for module, names in REMEMBER.items():
        loaded = importlib.import_module(module)
        for name in names:
            if not hasattr(getattr(loaded, name), "__wrapped__"):
                setattr(loaded, name, remember(getattr(loaded, name)))
    forget()


def pytest_runtest_setup(item: Any) -> None:
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        forget()
