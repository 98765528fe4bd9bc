"""Public entry points of the reports.

Every builder takes a SQLAlchemy session and returns the file as bytes; an
empty selection raises :class:`EmptySelection` whose message says what is
missing. :func:`render` is the one entry point for the CLI and the web layer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ktxh.report.draft import build_draft, draft_markdown
from ktxh.report.excel import indicator_workbook, project_workbook, task_workbook
from ktxh.report.selection import EmptySelection
from ktxh.report.word import (
    draft_docx,
    indicator_appendix_docx,
    letterhead,
    task_report_docx,
)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MARKDOWN = "text/markdown; charset=utf-8"


@dataclass(frozen=True, slots=True)
class ReportKind:
    name: str
    title: str
    needs_period: bool
    formats: tuple[str, ...]  # file extensions, the first is the default


KINDS: dict[str, ReportKind] = {k.name: k for k in (
    ReportKind("chi-tieu", "Biểu chỉ tiêu kinh tế - xã hội (Excel)", True, ("xlsx",)),
    ReportKind("nhiem-vu", "Sổ theo dõi nhiệm vụ theo cơ quan (Excel)", False, ("xlsx",)),
    ReportKind("du-an", "Tiến độ dự án (Excel)", False, ("xlsx",)),
    ReportKind("bao-cao-nhiem-vu", "Báo cáo tình hình thực hiện nhiệm vụ (Word)", False,
               ("docx",)),
    ReportKind("phu-luc-chi-tieu", "Phụ lục chỉ tiêu (Word)", True, ("docx",)),
    ReportKind("du-thao", "Dự thảo phần số liệu báo cáo định kỳ", True, ("md", "docx")),
)}
MEDIA_TYPES = {"xlsx": XLSX, "docx": DOCX, "md": MARKDOWN}


def draft_report(session: Session, period: str, as_of: dt.date | None = None,
                 fmt: str = "md") -> bytes:
    """KIND ``du-thao``: the figures section of ``period`` as markdown or .docx."""
    draft = build_draft(session, period, as_of)
    head = letterhead(session)
    if fmt == "docx":
        return draft_docx(draft, head, as_of)
    text = draft_markdown(draft, (head.parent or head.issuer, head.issuer), head.place, as_of)
    return text.encode("utf-8")


def render(session: Session, kind: str, period: str | None = None, agency: str | None = None,
           as_of: dt.date | None = None, fmt: str | None = None) -> tuple[bytes, str]:
    """The report ``kind`` (see :data:`KINDS`) as (bytes, file extension).
    Raises ValueError on an unknown kind or format or a missing period, and
    :class:`EmptySelection` when there is nothing to report."""
    spec = KINDS.get(kind)
    if spec is None:
        raise ValueError(f"unknown report {kind!r} (use {', '.join(KINDS)})")
    fmt = fmt or spec.formats[0]
    if fmt not in spec.formats:
        raise ValueError(f"{kind} is written as {' or '.join(spec.formats)}, not {fmt}")
    if spec.needs_period and not period:
        raise ValueError(f"{kind} needs --period (2024, 2024-Q1, 2024-H1, 2024-M9 ...)")
    if kind == "chi-tieu":
        data = indicator_workbook(session, period or "", as_of)
    elif kind == "nhiem-vu":
        data = task_workbook(session, period, agency, as_of)
    elif kind == "du-an":
        data = project_workbook(session, as_of)
    elif kind == "bao-cao-nhiem-vu":
        data = task_report_docx(session, period, agency, as_of)
    elif kind == "phu-luc-chi-tieu":
        data = indicator_appendix_docx(session, period or "", as_of)
    else:
        data = draft_report(session, period or "", as_of, fmt)
    return data, fmt


__all__ = [
    "KINDS",
    "MEDIA_TYPES",
    "EmptySelection",
    "draft_report",
    "indicator_appendix_docx",
    "indicator_workbook",
    "project_workbook",
    "render",
    "task_report_docx",
    "task_workbook",
]
