"""Every report kind for one store, as files: what the render test and the bench produce."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from ktxh.report.api import render
from ktxh.report.cli_commands import write_atomic

# (file stem, kind, period, format)
EVERY_REPORT = (
    ("chi-tieu", "chi-tieu", "indicator", None),
    ("nhiem-vu", "nhiem-vu", None, None),
    ("du-an", "du-an", None, None),
    ("bao-cao-nhiem-vu", "bao-cao-nhiem-vu", "task", None),
    ("phu-luc-chi-tieu", "phu-luc-chi-tieu", "indicator", None),
    ("du-thao", "du-thao", "indicator", "docx"),
    ("du-thao-md", "du-thao", "indicator", "md"),
)


def write_every_report(session: Session, outdir: Path, indicator_period: str,
                       task_period: str | None, as_of: dt.date | None) -> list[Path]:
    """Write each report kind into ``outdir``; returns the paths."""
    out = []
    for stem, kind, which, fmt in EVERY_REPORT:
        period = {"indicator": indicator_period, "task": task_period}.get(which or "")
        data, ext = render(session, kind, period, None, as_of, fmt)
        path = outdir / f"{stem}.{ext}"
        write_atomic(path, data)
        out.append(path)
    return out
