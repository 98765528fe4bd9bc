"""Render every report to PDF and PNG (LibreOffice, pdftoppm) into artifacts/reports/."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from ktxh.report import rendering
from ktxh.report.samples import write_every_report
from tests.report.conftest import AS_OF, PERIOD

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "reports"

pytestmark = pytest.mark.skipif(not rendering.available(),
                                reason="libreoffice or pdftoppm is not installed")


def test_every_report_renders(session: Session) -> None:
    files = write_every_report(session, ARTIFACTS, PERIOD, "2024-Q2", AS_OF)
    office = [f for f in files if f.suffix in (".xlsx", ".docx")]
    pdfs = rendering.to_pdf(office, ARTIFACTS)
    for pdf in pdfs:
        pages = rendering.to_png(pdf, ARTIFACTS, dpi=60)
        assert pages, pdf
        assert all(p.stat().st_size > 2000 for p in pages)  # not a blank page
