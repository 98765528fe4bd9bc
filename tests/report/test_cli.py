"""`ktxh report KIND`: files written atomically, exit code 1 on an empty selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from ktxh.cli import app
from ktxh.report.cli_commands import write_atomic

runner = CliRunner()


@pytest.mark.parametrize(("args", "name", "magic"), [
    (["chi-tieu", "--period", "2024-Q1"], "ct.xlsx", b"PK"),
    (["nhiem-vu", "--as-of", "2024-06-30"], "nv.xlsx", b"PK"),
    (["du-an"], "da.xlsx", b"PK"),
    (["bao-cao-nhiem-vu", "--period", "2024-Q2", "--as-of", "2024-06-30"], "bc.docx", b"PK"),
    (["phu-luc-chi-tieu", "--period", "2024-Q1"], "pl.docx", b"PK"),
    (["du-thao", "--period", "2024-Q1"], "dt.md", "ỦY BAN".encode()),
    (["du-thao", "--period", "2024-Q1", "--format", "docx"], "dt2.docx", b"PK"),
])
def test_report_kinds(db_url: str, tmp_path: Path, args: list[str], name: str,
                      magic: bytes) -> None:
    out = tmp_path / name
    res = runner.invoke(app, ["report", *args, "--db", db_url, "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_bytes().startswith(magic)
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


@pytest.mark.parametrize(("args", "code", "message"), [
    (["nhiem-vu", "--agency", "Sở Ngoại vụ", "--period", "2024-Q2"], 1,
     "Không có nhiệm vụ nào của Sở Ngoại vụ trong kỳ quý II năm 2024."),
    (["bao-cao-nhiem-vu", "--agency", "Sở Ngoại vụ"], 1, "Không có nhiệm vụ nào của Sở Ngoại vụ"),
    (["chi-tieu", "--period", "2010"], 1, "Không có số liệu chỉ tiêu nào trong kỳ năm 2010"),
    (["chi-tieu"], 2, "needs --period"),
    (["bang-luong", "--period", "2024"], 2, "unknown report"),
    (["du-an", "--format", "docx"], 2, "is written as xlsx"),
    (["nhiem-vu", "--period", "2024-Q7"], 2, "kỳ không hợp lệ"),
])
def test_report_refusals_write_nothing(db_url: str, tmp_path: Path, args: list[str], code: int,
                                       message: str) -> None:
    out = tmp_path / "r.xlsx"
    res = runner.invoke(app, ["report", *args, "--db", db_url, "--out", str(out)])
    assert res.exit_code == code
    assert message in res.output
    assert not out.exists()


def test_agency_and_as_of_reach_the_file(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "nv.xlsx"
    res = runner.invoke(app, ["report", "nhiem-vu", "--agency", "Sở Kế hoạch và Đầu tư",
                              "--as-of", "2024-06-30", "--db", db_url, "--out", str(out)])
    assert res.exit_code == 0, res.output
    ws = load_workbook(out)["Tổng hợp"]
    assert "Sở Kế hoạch và Đầu tư" in ws["A2"].value and "30/06/2024" in ws["A2"].value


def test_write_atomic_keeps_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "a.xlsx"
    write_atomic(target, b"old")
    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.xlsx"]
