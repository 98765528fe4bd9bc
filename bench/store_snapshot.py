"""Everything a store holds after ingesting files, saved or compared with a saved copy.

    python bench/store_snapshot.py FILE [--save] [--db sqlite|postgresql] [--jobs N] PATHS...

Ingests PATHS (files, folders) into a fresh store and dumps every row of every
table (``tests.store.snapshot.dump``: clock columns left out). ``--save``
writes the dump to FILE; otherwise it is compared with FILE and the tables
that differ are named (exit 1). Made to check that a change of the writer
stores the same rows: save before, compare after. With ``--jobs`` > 1 rows
are compared by content (``canonical``), as documents finish in any order.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.ingest_bench import fresh_url
from ktxh.store import ingest_paths, open_store
from tests.store.snapshot import canonical, dump, fts_matches_entries


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--save", action="store_true")
    ap.add_argument("--db", default="sqlite", choices=("sqlite", "postgresql"))
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    store = open_store(fresh_url(args.db, Path(tempfile.mkdtemp(prefix="ktxh-snap-"))))
    summary = ingest_paths(store, args.paths, jobs=args.jobs)
    got = dump(store)
    if args.jobs > 1:
        got = canonical(got)
    print(f"{len(summary.ingested)} ingested, {len(summary.failed)} failed; "
          f"full-text index consistent: {fts_matches_entries(store)}")
    store.close()
    got = json.loads(json.dumps(got, ensure_ascii=False))
    if args.save:
        args.file.write_text(json.dumps(got, ensure_ascii=False), encoding="utf-8")
        print(f"saved {sum(map(len, got.values()))} rows to {args.file}")
        return 0
    saved = json.loads(args.file.read_text(encoding="utf-8"))
    if args.jobs > 1:
        saved = canonical(saved)
    differ = [t for t in sorted(set(saved) | set(got)) if saved.get(t) != got.get(t)]
    for t in differ:
        print(f"differs: {t} ({len(saved.get(t, []))} rows saved, {len(got.get(t, []))} now)")
    print("same rows" if not differ else f"{len(differ)} tables differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
