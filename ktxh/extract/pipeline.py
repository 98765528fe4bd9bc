"""The extraction pipeline: an ordered, named list of steps.

Each step is a pure function ``step(doc, found) -> records`` where ``found``
maps the names of earlier steps to what they returned (figures need the
document's period, projects need the figures ...). Steps can be listed,
skipped and tested one by one. A step that raises loses only the blocks it
failed on (:mod:`ktxh.extract.isolation`); ``Extraction.problems`` says so::

    >>> [name for name, _ in STEPS]
    ['document', 'references', 'figures', 'targets', 'tasks', 'projects']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ktxh.extract import figures, metadata, projects, references, targets, tasks
from ktxh.extract.isolation import run_isolated
from ktxh.extract.records import Extraction, Problem
from ktxh.text.model import Doc

Step = Callable[[Doc, Mapping[str, Any]], Any]

STEPS: list[tuple[str, Step]] = [
    ("document", metadata.extract_metadata),
    ("references", references.find_references),
    ("figures", figures.find_figures),
    ("targets", targets.find_targets),
    ("tasks", tasks.find_tasks),
    ("projects", projects.find_projects),
]


def extract(doc: Doc, skip: Iterable[str] = ()) -> Extraction:
    """Run every step (except those named in ``skip``) over ``doc``."""
    skipped = set(skip)
    found: dict[str, Any] = {}
    problems: list[Problem] = []
    for name, step in STEPS:
        if name in skipped:
            continue
        empty = metadata.empty() if name == "document" else ()
        found[name], failed = run_isolated(name, step, doc, found, empty)
        problems.extend(failed)
    return Extraction(
        document=found["document"] if "document" in found else metadata.empty(),
        **{
            k: tuple(found.get(k, ()))
            for k in ("references", "figures", "targets", "tasks", "projects")
        },
        problems=tuple(problems),
    )
