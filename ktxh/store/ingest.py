"""Ingest: files → documents and facts, one transaction per document.

Reading and extraction are pure and happen first (in worker processes with
``jobs > 1``); the writes of one document then go in one transaction, so a
failure leaves nothing behind. Content is identified by its SHA-256: the
same bytes again are a no-op; changed bytes at a known path become a new
version of that file (the old one is kept, marked superseded).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Row, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from ktxh.extract.pipeline import extract
from ktxh.extract.records import Extraction
from ktxh.store import rows as rows_
from ktxh.store import writer
from ktxh.store.rows import Rows
from ktxh.store.tables import Document
from ktxh.text.errors import ReadError
from ktxh.text.model import Doc
from ktxh.text.readers import read

if TYPE_CHECKING:
    from ktxh.store import Store

SUPPORTED = (".txt", ".md", ".docx", ".pdf")


class IngestError(Exception):
    """A file that cannot be ingested; the message is the reason."""


@dataclass(slots=True)
class IngestResult:
    path: str
    status: str  # "ingested" | "unchanged" | "failed"
    document_id: int | None = None
    version: int | None = None
    reason: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    # stored, but an extractor raised: "tasks: AttributeError: ... at character 812"
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class IngestSummary:
    results: list[IngestResult] = field(default_factory=list)

    def _with(self, status: str) -> list[IngestResult]:
        return [r for r in self.results if r.status == status]

    @property
    def ingested(self) -> list[IngestResult]:
        return self._with("ingested")

    @property
    def unchanged(self) -> list[IngestResult]:
        return self._with("unchanged")

    @property
    def failed(self) -> list[IngestResult]:
        return self._with("failed")

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass(frozen=True, slots=True)
class Prepared:
    """A file read and extracted, with the rows to write (a worker sends back
    only ``rows``: the writer needs nothing else)."""

    path: str
    lineage: str
    sha256: str
    doc: Doc
    extraction: Extraction
    rows: Rows


Progress = Callable[[IngestResult, int, int], None]


def _default_max_bytes() -> int:
    from ktxh.config import get_settings

    return get_settings().max_file_bytes


def lineage_of(path: str | Path) -> str:
    """The identity of a file across versions: its resolved path."""
    return str(Path(path).resolve())


def file_hash(path: str | Path, max_bytes: int) -> str:
    """SHA-256 of a file after the checks every file must pass."""
    path = Path(path)
    if not path.exists():
        raise IngestError("no such file")
    if path.is_dir():
        raise IngestError("is a folder")
    if path.suffix.lower() not in SUPPORTED:
        shown = path.suffix or "(none)"
        raise IngestError(f"unsupported file type {shown} (use {', '.join(SUPPORTED)})")
    size = path.stat().st_size
    if size > max_bytes:
        mb = 1024 * 1024
        raise IngestError(f"file too large ({size / mb:.1f} MB > {max_bytes / mb:g} MB)")
    if size == 0:
        raise IngestError("empty file")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def prepare(
    path: str | Path,
    max_bytes: int,
    sha256: str | None = None,
    name: str | None = None,
    lineage: str | None = None,
) -> Prepared:
    """Check, read and extract one file and build its rows; raises
    :class:`IngestError` with the reason.

    ``name`` and ``lineage`` are the file's path and identity when ``path``
    is a copy (a Dask worker reads the shipped bytes from a temporary file).
    """
    sha = sha256 or file_hash(path, max_bytes)
    try:
        doc = read(path)
    except ReadError as err:
        raise IngestError(err.reason) from err
    except UnicodeDecodeError as err:
        raise IngestError("not readable text (binary or unknown encoding)") from err
    except Exception as err:  # a reader bug must not stop a batch
        raise IngestError(f"cannot read: {type(err).__name__}: {err}") from err
    if not doc.text.strip():
        raise IngestError("no text found (scanned or empty document?)")
    try:
        extraction = extract(doc)
    except Exception as err:
        raise IngestError(f"extraction failed: {type(err).__name__}: {err}") from err
    name = name or str(path)
    lineage = lineage or lineage_of(name)
    rows = rows_.build(doc, extraction, name, lineage, sha)
    return Prepared(name, lineage, sha, doc, extraction, rows)


def _known(session: Session, sha256: str) -> Row | None:
    """The stored document with this content: id, version, lineage, superseded_by_id."""
    stmt = (select(Document.id, Document.version, Document.lineage, Document.superseded_by_id,
                   Document.ref_key)
            .where(Document.sha256 == sha256))
    return session.execute(stmt).first()


def _unchanged(path: str, row: Row) -> IngestResult:
    return IngestResult(path, "unchanged", row.id, row.version)


def _seen(store: Store, path: str | Path, sha256: str) -> IngestResult | None:
    """The result for content already stored, or None for new content.

    A file changed back to the content of one of its earlier versions makes
    that version current again ("restored"), without extracting anew.
    """
    with store.transaction() as session:
        known = _known(session, sha256)
        if known is None:
            return None
        lineage = lineage_of(path)
        if known.superseded_by_id is None or known.lineage != lineage:
            return _unchanged(str(path), known)
        current = session.execute(
            select(Document.id)
            .where(Document.lineage == lineage, Document.superseded_by_id.is_(None))
        ).first()
        if current is not None:
            session.execute(update(Document).where(Document.id == current.id)
                            .values(superseded_by_id=known.id))
        session.execute(update(Document).where(Document.id == known.id)
                        .values(superseded_by_id=None))
        writer.link_citations(session, known.id, known.ref_key)
        return IngestResult(str(path), "ingested", known.id, known.version,
                            reason=f"restored version {known.version}")


def store_prepared(store: Store, prepared: Prepared | Rows) -> IngestResult:
    """Write one prepared document in a single transaction."""
    rows = prepared.rows if isinstance(prepared, Prepared) else prepared
    try:
        with store.transaction() as session:
            known = _known(session, rows.sha256)
            if known is not None:
                return _unchanged(rows.path, known)
            doc_id, version, counts = writer.write_document(session, rows)
            return IngestResult(rows.path, "ingested", doc_id, version, counts=counts,
                                warnings=list(rows.problems))
    except IntegrityError:
        # the same content went in concurrently: nothing to do
        with store.session() as session:
            known = _known(session, rows.sha256)
            if known is not None:
                return _unchanged(rows.path, known)
        raise


def ingest_file(store: Store, path: str | Path, max_bytes: int | None = None) -> IngestResult:
    """Ingest one file; a failure is returned as a result, never raised."""
    limit = max_bytes if max_bytes is not None else _default_max_bytes()
    try:
        sha = file_hash(path, limit)
        seen = _seen(store, path, sha)
        if seen is not None:
            return seen
        return store_prepared(store, prepare(path, limit, sha))
    except IngestError as err:
        return IngestResult(str(path), "failed", reason=str(err))
    except (OSError, SQLAlchemyError) as err:
        return IngestResult(str(path), "failed", reason=f"{type(err).__name__}: {err}")
    except Exception as err:  # a writer bug: the transaction was rolled back
        return IngestResult(str(path), "failed", reason=f"not stored: {type(err).__name__}: {err}")


def _wanted(f: Path) -> bool:
    # skip hidden files and Office lock files ("~$bao-cao.docx") met in folders
    hidden = f.name.startswith((".", "~$"))
    return f.is_file() and not hidden and f.suffix.lower() in SUPPORTED


def iter_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and supported files under folders named (sorted, no repeats)."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in map(Path, paths):
        found = sorted(f for f in p.rglob("*") if _wanted(f)) if p.is_dir() else [p]
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def _prepare_job(path: str, max_bytes: int, sha: str) -> Rows:
    # in a worker process: only the rows travel back to the writer
    return prepare(path, max_bytes, sha).rows


def recorder(summary: IngestSummary, progress: Progress | None,
             total: int) -> Callable[[IngestResult], None]:
    """What records each result in ``summary`` and tells ``progress`` of it
    (``total`` files in all)."""

    def done(result: IngestResult) -> None:
        summary.results.append(result)
        if progress is not None:
            progress(result, len(summary.results), total)

    return done


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    jobs: int = 1,
    progress: Progress | None = None,
    max_bytes: int | None = None,
) -> IngestSummary:
    """Ingest files and folders (.txt .md .docx .pdf), going on past failures."""
    limit = max_bytes if max_bytes is not None else _default_max_bytes()
    files = iter_files(paths)
    summary = IngestSummary()
    done = recorder(summary, progress, len(files))
    if jobs <= 1:
        for f in files:
            done(ingest_file(store, f, limit))
    else:
        _ingest_in_pool(store, _to_extract(store, files, limit, done), jobs, limit, done)
    return summary


def _to_extract(store: Store, files: list[Path], limit: int,
                done: Callable[[IngestResult], None]) -> Iterator[tuple[Path, str]]:
    """The files to extract with their hash, lazily (extraction starts with
    the first new file, not after hashing all); the others told ``done``
    (unchanged, or failed to hash or to look up)."""
    for f in files:
        try:
            sha = file_hash(f, limit)
        except (IngestError, OSError) as err:
            done(IngestResult(str(f), "failed", reason=str(err)))
            continue
        try:
            seen = _seen(store, f, sha)
        except SQLAlchemyError as err:
            seen = IngestResult(str(f), "failed", reason=f"{type(err).__name__}: {err}")
        if seen is not None:
            done(seen)
        else:
            yield f, sha


def _ingest_in_pool(store: Store, queue: Iterator[tuple[Path, str]], jobs: int, limit: int,
                    done: Callable[[IngestResult], None]) -> None:
    """Extract in ``jobs`` processes and store here, each result told ``done``;
    a bounded window of files in flight: memory stays flat for any corpus."""
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(_prepare_job, str(f), limit, sha): f
                   for f, sha in itertools.islice(queue, 4 * jobs)}
        while futures:
            finished, _ = wait(futures, return_when=FIRST_COMPLETED)
            for fut in finished:
                path = str(futures.pop(fut))
                try:
                    result = store_prepared(store, fut.result())
                except IngestError as err:
                    result = IngestResult(path, "failed", reason=str(err))
                except Exception as err:
                    result = IngestResult(path, "failed", reason=f"{type(err).__name__}: {err}")
                done(result)
                for f, sha in itertools.islice(queue, 1):
                    futures[pool.submit(_prepare_job, str(f), limit, sha)] = f


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
