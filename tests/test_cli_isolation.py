"""A step that raises: `ktxh extract` warns and prints the rest, `ktxh ingest` stores the rest."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pytest
from typer.testing import CliRunner

from ktxh.cli import app
from ktxh.extract import pipeline
from ktxh.text.model import Doc
from tests.support.database import fresh_url

runner = CliRunner()

REPORT = (
    "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\n\nSố: 95/BC-UBND\n\nPhú Thọ, ngày 20 tháng 6 năm 2025\n\n"
    "**BÁO CÁO**\n\n**Tình hình kinh tế - xã hội 6 tháng đầu năm 2025**\n\n"
    "Tổng sản phẩm trên địa bàn 6 tháng đầu năm ước tăng 7,2% so với cùng kỳ.\n\n"
    "Giao Sở Tài chính chủ trì tham mưu phân bổ vốn, báo cáo UBND tỉnh trước ngày 15/7/2025.\n"
)


def _tasks_raise(doc: Doc, found: Mapping[str, Any]) -> Any:
    raise AttributeError("'NoneType' object has no attribute 'start'")


@pytest.fixture
def broken_tasks(monkeypatch):
    steps = [(n, _tasks_raise if n == "tasks" else s) for n, s in pipeline.STEPS]
    monkeypatch.setattr(pipeline, "STEPS", steps)


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "bc.md"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_extract_warns_on_stderr_and_prints_the_rest(report, broken_tasks):
    result = runner.invoke(app, ["extract", str(report), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert f"warning: {report}: extraction step tasks: AttributeError" in result.stderr
    data = json.loads(result.stdout)
    assert data["tasks"] == [] and [f["value"] for f in data["figures"]] == [7.2]
    assert data["document"]["number"] == "95/BC-UBND"


def test_extract_without_a_problem_prints_no_problems_key(report):
    result = runner.invoke(app, ["extract", str(report), "--format", "json"])
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert "problems" not in data and [t["lead"] for t in data["tasks"]] == ["Sở Tài chính"]


def test_ingest_stores_the_document_and_reports_the_warning(tmp_path, report, broken_tasks):
    db = fresh_url(tmp_path)
    result = runner.invoke(app, ["ingest", str(report), "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 ingested, 0 unchanged, 0 failed" in result.stdout
    assert f"{report}: warning: extraction step tasks: AttributeError" in result.stderr
    docs = runner.invoke(app, ["docs", "--db", db, "--json"])
    [row] = json.loads(docs.stdout)
    assert row["counts"]["figures"] == 1 and row["counts"]["tasks"] == 0
