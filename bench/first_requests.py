"""First requests of the dashboard pages after the server starts and after an ingest.

Runs the app in-process (FastAPI TestClient) over an existing store (use a
copy: it ingests two sample documents): each path's first and second request
after the start, after one document ingested (the first page brings the
monitor's kept results up to date), after another ingested and the kept
results brought up to date by the ingest itself (as ``ktxh ingest`` does),
then p50/p95 over ``--rounds``. The load average is printed with each line.

With ``--refresher`` the app runs its refresher thread (as ``ktxh serve``)
and the documents are ingested by another process (a subprocess, which does
not bring the kept results up to date, then one that does, as ``ktxh
ingest``): each path's first request right after the ingest (while the
refresher catches up: the lists computed before), how long the refresher
took to catch up (from the end of the ingest: its poll, the kept results,
the lists), and each path's first request after it caught up.

    .venv/bin/python -m bench.first_requests --db sqlite:////tmp/copy.db [--doc 3746]
    .venv/bin/python -m bench.first_requests --db sqlite:////tmp/copy.db --refresher
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
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


_INGEST = """
import sys, time
from ktxh.monitor.kept import refresh_store
from ktxh.store import ingest_paths, open_store
store = open_store(sys.argv[1])
start = time.perf_counter()
assert ingest_paths(store, [sys.argv[2]]).ok
middle = time.perf_counter()
if sys.argv[3] == "refresh":
    refresh_store(store)
print(f"{(middle - start) * 1000:.0f} {(time.perf_counter() - middle) * 1000:.0f}")
store.close()
"""


def _other_process(url: str, path: Path, refresh: bool) -> tuple[str, float]:
    """Ingest ``path`` in another process; its times and when it ended."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _INGEST, url, str(path),
                          "refresh" if refresh else "no"], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    ended = time.perf_counter()
    said = f"ingest {out[0]} ms" + (f", its refresh {out[1]} ms" if refresh else "")
    return said, ended


def _with_refresher(args: argparse.Namespace, url: str, token: str, paths: list[str],
                    tmp: str) -> None:
    from ktxh.web import board

    app = create_app(url, "bench-secret", upload_dir=Path(tmp) / "up",
                     refresh_every=args.every)
    refresher = app.state.refresher
    client = TestClient(app, headers={"Authorization": f"Bearer {token}"})

    def get(path: str) -> tuple[float, bool]:
        start = time.perf_counter()
        r = client.get(path)
        assert r.status_code == 200, path
        return (time.perf_counter() - start) * 1000, "đang được cập nhật" in r.text

    def firsts(when: str) -> None:
        for path in paths:
            first, stale = get(path)
            again, _ = get(path)
            note = "  (lists of before)" if stale else ""
            print(f"{path:34} {when:24} first {first:8.0f} ms  again {again:6.1f} ms"
                  f"  {_load()}{note}", flush=True)

    def catch_up(ended: float) -> None:
        while True:
            with app.state.store.session() as s:
                version = board.store_version(s)
            if refresher.done == version and refresher.caught_up:
                break
            time.sleep(0.02)
        took = {k: f"{v * 1000:.0f} ms" for k, v in refresher.timings.items()}
        print(f"refresher caught up {(time.perf_counter() - ended) * 1000:.0f} ms after the "
              f"ingest ended (poll every {args.every:g} s; its work: {took})  {_load()}",
              flush=True)

    start = time.perf_counter()
    assert refresher.wait_idle(600)
    print(f"refresher's first pass (the lists): {(time.perf_counter() - start) * 1000:.0f} ms "
          f"{refresher.timings}  {_load()}")
    firsts("after start")
    for name, refresh in zip(INGESTED, (False, True), strict=True):
        said, ended = _other_process(url, ROOT / "samples" / name, refresh)
        print(f"another process: {said}", flush=True)
        firsts("right after the ingest" if not refresh else "after ingest+refresh")
        catch_up(ended)
        firsts("after catching up")
    _rounds(args, paths, lambda p: get(p)[0])
    refresher.stop()
    app.state.store.close()


def _rounds(args: argparse.Namespace, paths: list[str], get) -> None:  # type: ignore[no-untyped-def]
    for path in paths:
        times = sorted(get(path) for _ in range(args.rounds))
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"{path:34} p50 {statistics.median(times):7.1f}  p95 {p95:7.1f}  {_load()}",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="store URL (a copy: two documents are added)")
    parser.add_argument("--doc", type=int, default=1, help="document id of the document pages")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--refresher", action="store_true",
                        help="the app's refresher on, documents ingested by another process")
    parser.add_argument("--every", type=float, default=3.0, help="the refresher's poll (s)")
    args = parser.parse_args()
    paths = [p.format(doc=args.doc) for p in PATHS]
    with tempfile.TemporaryDirectory() as tmp:
        url, token = _prepare(args.db, Path(tmp))
        if args.refresher:
            _with_refresher(args, url, token, paths, tmp)
            return
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
        _rounds(args, paths, get)
        app.state.store.close()


if __name__ == "__main__":
    main()
