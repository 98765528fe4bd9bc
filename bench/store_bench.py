"""The writer alone: ms per document spent in the parent process by ``store_prepared``.

    python bench/store_bench.py [--docs 50] [--db sqlite postgresql] [--corpus DIR]
                                [--profile N]

Documents of the generated corpus (``bench/make_corpus.py``) are read and
extracted first (not timed: that is the workers' part), then written one
transaction each into a fresh store, timed. Prints ms per document (median,
mean) and the SQL statements per document; ``--profile N`` prints the N
costliest functions of the writes. PostgreSQL needs ``KTXH_TEST_DATABASE_URL``
(``scripts/postgres.sh``). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.ingest_bench import fresh_url
from bench.make_corpus import main as make_corpus
from ktxh.store import open_store
from ktxh.store.ingest import prepare, store_prepared


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=50)
    ap.add_argument("--db", nargs="+", default=["sqlite", "postgresql"])
    ap.add_argument("--corpus", type=Path, help="folder of documents (default: generated)")
    ap.add_argument("--profile", type=int, default=0, help="print the N costliest functions")
    args = ap.parse_args()
    corpus = args.corpus or Path(tempfile.gettempdir()) / f"ktxh-corpus-{args.docs}"
    if not corpus.exists() or len(list(corpus.glob("*.md"))) < args.docs:
        make_corpus([str(args.docs), str(corpus)])
    files = sorted(corpus.glob("*.md"))[: args.docs]
    t0 = time.perf_counter()
    prepared = [prepare(f, 10 * 2**20) for f in files]
    prep_ms = (time.perf_counter() - t0) * 1000 / len(files)
    print(f"{len(files)} documents prepared (read, extract, rows): {prep_ms:.1f} ms each")
    print("| database | ms/doc median | ms/doc mean | statements/doc |\n|---|---|---|---|")
    work = Path(tempfile.mkdtemp(prefix="ktxh-sbench-"))
    for kind in args.db:
        store = open_store(fresh_url(kind, work))
        statements = 0

        def count(*_a: object) -> None:
            nonlocal statements
            statements += 1

        event.listen(store.engine, "before_cursor_execute", count)
        prof = cProfile.Profile() if args.profile else None
        times = []
        for p in prepared:
            t = time.perf_counter()
            if prof:
                prof.enable()
            result = store_prepared(store, p)
            if prof:
                prof.disable()
            times.append((time.perf_counter() - t) * 1000)
            assert result.status == "ingested", result
        store.close()
        print(f"| {kind} | {statistics.median(times):.1f} | {statistics.mean(times):.1f} | "
              f"{statements / len(prepared):.0f} |", flush=True)
        if prof:
            pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
