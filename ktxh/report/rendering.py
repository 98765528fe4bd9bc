"""Render produced reports to PDF and PNG with LibreOffice and poppler, to look at them.

Needs the Debian packages libreoffice-writer-nogui, libreoffice-calc-nogui,
poppler-utils and fonts-liberation (Liberation Serif stands in for Times New
Roman with the same metrics). Used by the tests and bench/render_reports.py.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

OFFICE = ("libreoffice", "soffice")
TIMEOUT_S = 180


def office_binary() -> str | None:
    return next((b for b in OFFICE if shutil.which(b)), None)


def available() -> bool:
    return office_binary() is not None and shutil.which("pdftoppm") is not None


def to_pdf(files: Sequence[Path], outdir: Path) -> list[Path]:
    """Convert .xlsx/.docx files to PDF in one LibreOffice run (a throwaway profile,
    so that a running LibreOffice of the user is not disturbed)."""
    office = office_binary()
    if office is None:
        raise RuntimeError("LibreOffice is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ktxh-lo-") as profile:
        subprocess.run(
            [office, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(outdir), *map(str, files)],
            check=True, capture_output=True, timeout=TIMEOUT_S)
    out = [outdir / f"{f.stem}.pdf" for f in files]
    missing = [p.name for p in out if not p.is_file()]
    if missing:
        raise RuntimeError(f"LibreOffice wrote no {', '.join(missing)}")
    return out


def to_png(pdf: Path, outdir: Path, dpi: int = 60) -> list[Path]:
    """One PNG per page: ``<stem>-1.png``, ``<stem>-2.png`` ..."""
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(outdir / pdf.stem)],
                   check=True, capture_output=True, timeout=TIMEOUT_S)
    return sorted(outdir.glob(f"{pdf.stem}-*.png"))
