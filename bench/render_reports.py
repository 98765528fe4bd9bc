"""Produce every report from the samples and render them (PDF, PNG), with timings.

    .venv/bin/python -m bench.render_reports [--out artifacts/reports] [--period 2024-Q1]

Ingests samples/*.md into a temporary SQLite store, writes each report kind,
converts the Office files with LibreOffice and the PDFs with pdftoppm, and
prints how long each step took. Images land under artifacts/reports/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from ktxh.report import rendering
from ktxh.report.samples import write_every_report
from ktxh.store import ingest_paths, open_store

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "artifacts" / "reports")
    ap.add_argument("--period", default="2024-Q1", help="indicator period")
    ap.add_argument("--task-period", default="2024-Q2")
    ap.add_argument("--as-of", default="2024-06-30")
    ap.add_argument("--dpi", type=int, default=60)
    args = ap.parse_args()
    samples = sorted(p for p in (ROOT / "samples").glob("*.md") if p.name != "README.md")
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/ktxh.db")
        t0 = time.perf_counter()
        ingest_paths(store, samples)
        t1 = time.perf_counter()
        print(f"ingest {len(samples)} samples: {t1 - t0:6.2f} s")
        with store.session() as session:
            files = write_every_report(session, args.out, args.period, args.task_period,
                                       dt.date.fromisoformat(args.as_of))
        t2 = time.perf_counter()
        print(f"write {len(files)} reports: {t2 - t1:6.2f} s")
        store.close()
    if not rendering.available():
        print("libreoffice or pdftoppm missing: no rendering")
        return
    office = [f for f in files if f.suffix in (".xlsx", ".docx")]
    pdfs = rendering.to_pdf(office, args.out)
    t3 = time.perf_counter()
    print(f"LibreOffice → PDF ({len(pdfs)} files): {t3 - t2:6.2f} s")
    for pdf in pdfs:
        start = time.perf_counter()
        pages = rendering.to_png(pdf, args.out, args.dpi)
        print(f"  {pdf.name:28} {len(pages):2d} page(s) → PNG {time.perf_counter() - start:5.2f} s")
    print(f"images in {args.out}")


if __name__ == "__main__":
    main()
