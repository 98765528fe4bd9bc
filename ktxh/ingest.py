"""Public verb: ingest files and folders into the store at a database URL.

>>> summary = ingest(["samples/"], url="sqlite:///ktxh.db")   # doctest: +SKIP
>>> len(summary.ingested), [(r.path, r.reason) for r in summary.failed]  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ktxh.config import get_settings
from ktxh.monitor.kept import refresh_store
from ktxh.store import IngestSummary, open_store
from ktxh.store.ingest import Progress, ingest_paths


def ingest(
    paths: Iterable[str | Path],
    url: str | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> IngestSummary:
    """Open (and migrate) the store, ingest ``paths``, close it; failures are in the summary."""
    settings = get_settings(database_url=url)
    store = open_store(settings.database_url)
    try:
        summary = ingest_paths(
            store, paths, jobs=jobs, progress=progress, max_bytes=settings.max_file_bytes
        )
        if summary.ingested:
            refresh_store(store)  # the monitor's findings and conflicts, kept up to date
        return summary
    finally:
        store.close()
