"""p50/p95 latency of the dashboard pages and the main API lists.

Runs the app in-process (FastAPI TestClient) over a temporary SQLite store
with the samples ingested, or over an existing store with ``--db URL``.
"first" is the first request of a path (it computes the whole-store boards,
kept then until the store changes); p50/p95/max are of the rounds after it.

    .venv/bin/python -m bench.web_latency [--db URL] [--rounds 30] [--paths PATH...]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from ktxh.store import ingest_paths, open_store
from ktxh.store.activity import User
from ktxh.web.app import create_app
from ktxh.web.auth import create_user, issue_token

ROOT = Path(__file__).resolve().parents[1]
PATHS = [
    "/", "/chi-tieu", "/nhiem-vu", "/du-an", "/van-ban", "/van-ban/{doc}", "/tim-kiem?q=giai+ngan",
    "/api/v1/documents", "/api/v1/figures", "/api/v1/targets", "/api/v1/tasks",
    "/api/v1/projects", "/api/v1/search?q=lang+son",
]


def _prepare(url: str | None, folder: Path) -> tuple[str, str]:
    """The store URL and an admin token (samples ingested into a new store)."""
    if url is None:
        url = f"sqlite:///{folder / 'bench.db'}"
        store = open_store(url)
        ingest_paths(store, [p for p in sorted((ROOT / "samples").glob("*.md"))
                             if p.name != "README.md"])
    else:
        store = open_store(url)
    with store.transaction() as session:
        user = session.scalars(select(User).where(User.username == "bench")).first()
        if user is None:
            user = create_user(session, "bench", "bench-password", "admin")
        token = issue_token(session, user, "bench")
    store.close()
    return url, token


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="existing store URL (default: samples in a temp store)")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--paths", nargs="+", default=PATHS,
                        help="paths to time ({doc}: the newest document's id)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url, token = _prepare(args.db, Path(tmp))
        app = create_app(url, "bench-secret", upload_dir=Path(tmp) / "up")
        client = TestClient(app, headers={"Authorization": f"Bearer {token}"})
        doc = client.get("/api/v1/documents?limit=1").json()["items"][0]["id"]
        print(f"store: {url}   rounds: {args.rounds}")
        print(f"{'path':32} {'first ms':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'KB':>7}")
        for path in args.paths:
            path = path.format(doc=doc)
            t0 = time.perf_counter()
            client.get(path)  # warm caches (the whole-store boards are computed once)
            first = (time.perf_counter() - t0) * 1000
            times, size = [], 0
            for _ in range(args.rounds):
                t0 = time.perf_counter()
                r = client.get(path)
                times.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200, (path, r.status_code)
                size = len(r.content)
            print(f"{path:32} {first:9.1f} {statistics.median(times):8.1f} "
                  f"{_pct(times, 0.95):8.1f} {max(times):8.1f} {size / 1024:7.1f}", flush=True)
        app.state.store.close()


if __name__ == "__main__":
    main()
