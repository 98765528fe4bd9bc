"""Reports in the formats offices use: Excel workbooks, Word documents laid out
per Nghị định 30/2020/NĐ-CP, and a draft of the figures section.

The public names live in :mod:`ktxh.report.api` and are loaded on first use,
so that ``ktxh`` commands that write no report do not import openpyxl or
python-docx.
"""

from __future__ import annotations

from typing import Any

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


def __getattr__(name: str) -> Any:
    if name in __all__:
        from ktxh.report import api

        return getattr(api, name)
    raise AttributeError(f"module 'ktxh.report' has no attribute {name!r}")
