"""The pure extraction core: text in (a :class:`~ktxh.text.model.Doc`), records out.

The package itself is callable, ``ktxh.extract(doc)`` being the library's
entry point: ``ktxh.extract`` must stay the package (so that
``import ktxh.extract.figures as f`` and ``ktxh.extract.figures`` work) and
still run :func:`ktxh.extract.pipeline.extract` when called. A function bound
to the name ``extract`` in ``ktxh/__init__`` would shadow the subpackage.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ktxh.extract.records import Extraction
    from ktxh.text.model import Doc


class _CallablePackage(types.ModuleType):
    """A module whose call runs the whole pipeline."""

    def __call__(self, doc: Doc, skip: Iterable[str] = ()) -> Extraction:
        """Run every step (except those named in ``skip``) over ``doc``."""
        from ktxh.extract.pipeline import extract  # the steps import this package

        return extract(doc, skip)


sys.modules[__name__].__class__ = _CallablePackage
