"""First requests of the dashboard pages after the server starts and after an ingest.

Runs the app in-process (FastAPI TestClient) over an existing store (use a
copy: it ingests two sample documents): each path's first and second request
after the start, after one document ingested (the first page brings the
monitor's kept results up to date), after another ingested and the kept
results brought up to date by the ingest itself (as ``ktxh ingest`` does),
then p50/p95 over ``--rounds``. The load average is printed with each line.

    .venv/bin/python -m bench.first_requests --db sqlite:////tmp/copy.db [--doc 3746]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from bench.web_latency import _prepare
from ktxh.store import ingest_paths, open_store
from ktxh.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
PATHS = ("/", "/chi-tieu", "/nhiem-vu", "/api/v1/findings", "/van-ban/{doc}",
         "/api/v1/documents/{doc}/findings", "/api/v1/indicators", "/api/v1/targets")
INGESTED = ("bao-cao-quy-1-2024.md", "bao-cao-quy-1-2023.md")


def _load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="store URL (a copy: two documents are added)")
    parser.add_argument("--doc", type=int, default=1, help="document id of the document pages")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    paths = [p.format(doc=args.doc) for p in PATHS]
    with tempfile.TemporaryDirectory() as tmp:
        url, token = _prepare(args.db, Path(tmp))
        app = create_app(url, "bench-secret", upload_dir=Path(tmp) / "up")
        client = TestClient(app, headers={"Authorization": f"Bearer {token}"})

        def get(path: str) -> float:
            start = time.perf_counter()
            assert client.get(path).status_code == 200, path
            return (time.perf_counter() - start) * 1000

        def firsts(when: str) -> None:
            for path in paths:
                print(f"{path:34} {when:22} first {get(path):8.0f} ms  again {get(path):6.1f} ms"
                      f"  {_load()}", flush=True)

        print(f"{paths[4]} before any other page: {get(paths[4]):.0f} ms  {_load()}")
        firsts("after start")
        store = open_store(url)
        try:
            start = time.perf_counter()
            ingest_paths(store, [ROOT / "samples" / INGESTED[0]])
            print(f"ingest one document: {(time.perf_counter() - start) * 1000:.0f} ms")
            firsts("after ingest")
            from ktxh.monitor.kept import refresh_store

            start = time.perf_counter()
            ingest_paths(store, [ROOT / "samples" / INGESTED[1]])
            middle = time.perf_counter()
            refresh_store(store)
            print(f"ingest another: {(middle - start) * 1000:.0f} ms, kept results brought "
                  f"up to date: {(time.perf_counter() - middle) * 1000:.0f} ms")
            firsts("after ingest+refresh")
        finally:
            store.close()
        for path in paths:
            times = sorted(get(path) for _ in range(args.rounds))
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            print(f"{path:34} p50 {statistics.median(times):7.1f}  p95 {p95:7.1f}  {_load()}",
                  flush=True)
        app.state.store.close()


if __name__ == "__main__":
    main()
