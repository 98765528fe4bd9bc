"""Empty ktxh's caches of answers about texts and names, as a new document finds them.

A benchmark that keeps the fastest of many passes over the same files keeps
these warm: ``project_key``, ``same_project``, ``fold`` of short texts and
the like then answer from memory on every pass after the first, which a
stream of new documents does not. :func:`clear_text_caches` empties every
``functools`` cache in ``ktxh`` but those holding compiled word-list regexes,
which a long-running process builds once.
"""

from __future__ import annotations

import functools
import sys

# caches of compiled regexes (built once per process, not per document)
KEPT = frozenset(("_phrase_regex", "_fuzzy_keys"))


def clear_text_caches() -> None:
    """Empty the per-text caches of every loaded ``ktxh`` module."""
    for name, module in list(sys.modules.items()):
        if name != "ktxh" and not name.startswith("ktxh."):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper) and value.__name__ not in KEPT:
                value.cache_clear()
