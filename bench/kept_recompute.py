"""Time the kept results computed again after new rules, on a COPY of a store.

``python -m bench.kept_recompute --db sqlite:////tmp/copy.db [--ingest FILE
--ingest-after 20]``: marks the kept results as computed for other rules (as
after a deploy), then brings them up to date as ``ktxh ingest`` does
(:func:`ktxh.monitor.kept.refresh_store`), printing the total time, the
longest transaction holding the write lock (the batched code's longest step;
the old code's one transaction) and the peak memory. With ``--ingest`` a
``ktxh ingest FILE`` runs in another process ``--ingest-after`` seconds after
the start: its exit code and time are printed. Never point it at a store you
keep: it rewrites the kept results.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import threading
import time

from sqlalchemy import text


def _ingest(db: str, path: str, after: float, out: dict[str, object]) -> None:
    time.sleep(after)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "ktxh", "ingest", path, "--db", db],
                          capture_output=True, text=True, env=os.environ.copy())
    out.update(rc=done.returncode, seconds=round(time.perf_counter() - start, 1),
               at=round(after, 1), tail=(done.stdout + done.stderr).strip()[-300:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--ingest")
    parser.add_argument("--ingest-after", type=float, default=20.0)
    args = parser.parse_args()

    from ktxh.monitor import kept
    from ktxh.store import open_store

    store = open_store(args.db)
    with store.transaction() as session:
        session.execute(text("UPDATE monitor_state SET value = 'other rules' "
                             "WHERE name = 'signature'"))
    steps: list[float] = []
    step = getattr(kept, "refresh_step", None)
    batched = hasattr(kept, "rebuilding")
    ingest: dict[str, object] = {}
    worker = None
    if args.ingest:
        worker = threading.Thread(target=_ingest, daemon=True,
                                  args=(args.db, args.ingest, args.ingest_after, ingest))
        worker.start()
    start = time.perf_counter()
    if batched and step is not None:  # the batched recompute, a step per transaction
        while True:
            began = time.perf_counter()
            with store.transaction() as session:
                if not kept.behind(session) or not step(session, 20):
                    break
            steps.append(time.perf_counter() - began)
    else:  # one transaction
        kept.refresh_store(store)
        steps.append(time.perf_counter() - start)
    total = time.perf_counter() - start
    if worker is not None:
        worker.join()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    longest = ", ".join(f"{s:.1f}" for s in sorted(steps, reverse=True)[:5])
    print(f"total {total:.1f} s, transactions {len(steps)}, longest {longest} s, "
          f"median {sorted(steps)[len(steps) // 2]:.2f} s, peak RSS {peak:.0f} MB, "
          f"load {os.getloadavg()}")
    if ingest:
        print(f"concurrent ingest: {ingest}")


if __name__ == "__main__":
    main()
