"""Distributed ingestion on a Dask cluster.

Extraction (:func:`ktxh.store.ingest.prepare`) runs on the workers; the
client writes each result in its own transaction as it comes back, so a
document is stored whole or not at all and content already stored (same
SHA-256) is skipped. Files go out in a bounded window of in-flight futures,
so memory stays flat whatever the number of files, and one failing file
(bad input, an extractor bug, a lost worker) fails alone.

The client ships each file's bytes with its task: workers need no access to
the client's disk, only this package installed (same version) to import
:func:`prepare_bytes`. ``address`` is ``tcp://host:port`` of a running scheduler,
or ``local`` / ``local:N`` for a :class:`distributed.LocalCluster` of N
single-threaded worker processes started (and stopped) here.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError

from ktxh.store.ingest import (
    IngestError,
    IngestResult,
    IngestSummary,
    Progress,
    _default_max_bytes,
    _seen,
    file_hash,
    iter_files,
    lineage_of,
    prepare,
    recorder,
    store_prepared,
)
from ktxh.store.rows import Rows

if TYPE_CHECKING:
    from distributed import Client

    from ktxh.store import Store


class ClusterError(Exception):
    """The cluster cannot be reached or started; the message says why."""


def parse_address(address: str) -> tuple[str, int | None]:
    """("local", workers) for ``local``/``local:N``, else ("remote", None).

    >>> parse_address("local:3"), parse_address("tcp://10.0.0.5:8786")
    (('local', 3), ('remote', None))
    """
    if address == "local" or address.startswith("local:"):
        count = address.partition(":")[2]
        if count and not (count.isdigit() and int(count) > 0):
            raise ClusterError(f"bad worker count in {address!r} (use local:N, N ≥ 1)")
        return "local", int(count) if count else None
    if "://" not in address and ":" not in address:
        raise ClusterError(f"bad cluster address {address!r} (use tcp://HOST:PORT or local:N)")
    return "remote", None


@contextmanager
def connect(address: str, processes: bool = True) -> Iterator[Client]:
    """A client on the cluster at ``address`` (a LocalCluster for ``local[:N]``)."""
    from distributed import Client, LocalCluster

    kind, workers = parse_address(address)
    try:
        if kind == "local":
            n = workers or os.cpu_count() or 1
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=processes,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            cluster = None
            client = Client(address, timeout="15s")
    except (OSError, TimeoutError) as err:
        raise ClusterError(f"cannot reach cluster {address}: {err}") from err
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def prepare_bytes(
    path: str, data: bytes, max_bytes: int, sha256: str, lineage: str | None = None
) -> Rows:
    """On a worker: extract a file from its shipped bytes (no shared disk
    needed) and build its rows, which are all the client gets back.

    The bytes go to a temporary file with the same suffix (the readers take a
    path); the rows name the client's path and ``lineage`` (computed by the
    client, where the file is).
    """
    suffix = Path(path).suffix
    fd, tmp = tempfile.mkstemp(suffix=suffix, prefix="ktxh-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        prepared = prepare(tmp, max_bytes, sha256, name=path,
                           lineage=lineage or lineage_of(path))
    finally:
        os.unlink(tmp)
    return prepared.rows


def _failed(path: str, err: BaseException) -> IngestResult:
    if isinstance(err, IngestError):
        return IngestResult(path, "failed", reason=str(err))
    return IngestResult(path, "failed", reason=f"{type(err).__name__}: {err}")


def _todo(
    store: Store, files: list[Path], limit: int, done: Any
) -> Iterator[tuple[str, str]]:
    """(path, sha256) of files not yet stored; the others are reported at once."""
    for f in files:
        try:
            sha = file_hash(f, limit)
            seen = _seen(store, f, sha)
        except (IngestError, OSError, SQLAlchemyError) as err:
            done(_failed(str(f), err))
            continue
        if seen is not None:
            done(seen)
        else:
            yield str(f), sha


def ingest_distributed(
    store: Store,
    paths: Iterable[str | Path],
    address: str = "local",
    window: int | None = None,
    progress: Progress | None = None,
    max_bytes: int | None = None,
    processes: bool = True,
) -> IngestSummary:
    """Ingest files and folders with extraction on a Dask cluster.

    At most ``window`` files (default: 4 per worker thread) are in flight;
    results are written by this process, one transaction per document.
    """
    limit = max_bytes if max_bytes is not None else _default_max_bytes()
    files = iter_files(paths)
    summary = IngestSummary()
    done = recorder(summary, progress, len(files))
    with connect(address, processes=processes) as client:
        threads = sum(client.nthreads().values()) or 1
        _extract_on(client, store, _todo(store, files, limit, done), window or 4 * threads,
                    limit, done)
    return summary


def _extract_on(client: Client, store: Store, todo: Iterator[tuple[str, str]], cap: int,
                limit: int, done: Callable[[IngestResult], None]) -> None:
    """Extract the ``todo`` files on the cluster, at most ``cap`` in flight,
    and store each result here as it comes, told ``done``."""
    from distributed import as_completed

    pending: dict[Any, str] = {}

    def submit(path: str, sha: str) -> Any:
        try:
            data = Path(path).read_bytes()
        except OSError as err:
            done(_failed(path, err))
            return None
        fut = client.submit(prepare_bytes, path, data, limit, sha, lineage_of(path),
                            pure=False)
        pending[fut] = path
        return fut

    queue = as_completed()
    for path, sha in todo:
        if (fut := submit(path, sha)) is not None:
            queue.add(fut)
        if len(pending) >= cap:
            break
    for fut in queue:
        path = pending.pop(fut)
        try:
            result = store_prepared(store, fut.result())
        except Exception as err:  # one file's failure (or a lost worker) fails alone
            result = _failed(path, err)
        fut.release()
        done(result)
        for nxt, sha in todo:
            if (new := submit(nxt, sha)) is not None:
                queue.add(new)
                break
