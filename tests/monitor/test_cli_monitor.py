"""The monitoring commands through typer's CliRunner: JSON, tables, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ktxh.cli import app
from tests.support.database import fresh_url
from tests.support.gold import SEEDS

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
runner = CliRunner()

# A draft in the genre whose ratio is right (410 / 1.640 = 25%).
CLEAN_DRAFT = """ỦY BAN NHÂN DÂN
**TỈNH BẮC KẠN**

Số: 12/BC-UBND

Bắc Kạn, ngày 05 tháng 4 năm 2024

**BÁO CÁO**

**Tình hình thực hiện nhiệm vụ quý I năm 2024**

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 410 tỷ đồng, bằng 25% dự toán năm
(1.640 tỷ đồng).

Giao Sở Tài chính chủ trì rà soát nguồn vốn đối ứng, hoàn thành trước ngày 30/6/2024.
"""


def run(*args: str):
    return runner.invoke(app, list(args))


def as_json(*args: str):
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    url = fresh_url(tmp_path_factory.mktemp("cli-monitor"))
    files = [str(p) for p in sorted(SAMPLES.glob("*.md")) if p.name != "README.md"]
    result = run("ingest", *files, "--db", url)
    assert result.exit_code == 0, result.output
    return url


def doc_id(db: str, number: str) -> int:
    [found] = [d["id"] for d in as_json("docs", "--db", db) if d["number"] == number]
    return found


def notice_task(db: str, words: str, *args: str) -> dict:
    rows = as_json("tasks", "--db", db, "--document", str(doc_id(db, "45/TB-VPUBND")), *args)
    [task] = [t for t in rows if words in (t["deadline_text"] or "")]
    return task


def test_targets(db):
    rows = as_json("targets", "--db", db)
    plan = [t for t in rows if t["document"]["number"] == "52/KH-UBND"]
    assert plan and all(t["status"] and t["reasoning"] for t in plan)
    [growth] = [t for t in plan if t["indicator_code"] == "grdp_growth"]
    assert growth["latest"]["period"] == "2023"
    earlier = as_json("targets", "--db", db, "--as-of", "2022-06-30")
    [before] = [t for t in earlier if t["indicator_code"] == "grdp_growth"]
    assert before["latest"] is None or before["latest"]["period"] < "2021"
    table = run("targets", "--db", db)
    assert table.exit_code == 0 and "reasoning" in table.stdout


def test_indicator(db):
    view = as_json("indicator", "forest_cover", "--db", db)
    assert {p["period"] for p in view["series"]} >= {"2020", "2023"}
    assert view["targets"] and view["targets"][0]["status"] != "no_data"
    assert run("indicator", "tỷ lệ che phủ rừng", "--db", db).exit_code == 0
    missing = run("indicator", "số tàu vũ trụ", "--db", db)
    assert missing.exit_code == 1 and "no indicator" in missing.stderr


# (options, what every listed task must satisfy)
TASK_FILTERS = [
    (["--as-of", "2024-03-01", "--overdue"], lambda t: t["status"] == "chua_hoan_thanh_qua_han"),
    (["--as-of", "2024-03-10", "--due-soon"], lambda t: t["due_soon"]),
    (["--as-of", "2024-03-01", "--status", "thuong_xuyen"], lambda t: t["recurring"]),
    (["--agency", "so cong thuong"], lambda t: "Công Thương" in t["lead"] + str(t["support"])),
]


@pytest.mark.parametrize(("options", "check"), TASK_FILTERS)
def test_task_filters(db, options, check):
    rows = as_json("tasks", "--db", db, *options)
    assert rows and all(check(t) for t in rows)


def test_overdue_february_task(db):
    task = notice_task(db, "tháng 02/2024", "--as-of", "2024-03-01")
    assert task["status"] == "chua_hoan_thanh_qua_han"
    assert task["status_label"] == "Chưa hoàn thành, quá hạn"
    assert run("tasks", "--db", db, "--as-of", "2024-03-01").exit_code == 0


def test_update_task_then_status(db):
    task = notice_task(db, "15/3/2024", "--as-of", "2024-03-20")
    assert task["status"] == "chua_hoan_thanh_qua_han"
    done = as_json("update-task", str(task["id"]), "--status", "done", "--note",
                   "đã trình hồ sơ", "--date", "2024-03-12", "--author", "Sở TN&MT", "--db", db)
    assert done["status"] == "done" and done["date"] == "2024-03-12"
    again = notice_task(db, "15/3/2024", "--as-of", "2024-03-20")
    assert again["status"] == "hoan_thanh_dung_han"
    assert again["last_update"]["author"] == "Sở TN&MT"
    plain = run("update-task", str(task["id"]), "--status", "in_progress", "--db", db)
    assert plain.exit_code == 0, plain.output


ERRORS = [
    # (arguments, exit code, words in the message)
    (["update-task", "1", "--status", "finished"], 2, "unknown update status"),
    (["update-task", "999999", "--status", "done"], 1, "no task with id 999999"),
    (["update-task", "1", "--status", "done", "--date", "hôm qua"], 2, "bad date"),
    (["update-task", "1", "--status", "done", "--evidence", "999999"], 1, "no document"),
    (["tasks", "--status", "late"], 2, "unknown status"),
    (["tasks", "--as-of", "03/2024"], 2, "bad date"),
    (["targets", "--as-of", "2024-13-01"], 2, "bad date"),
    (["findings", "--document", "999999"], 1, "no document with id 999999"),
]


@pytest.mark.parametrize(("args", "code", "message"), ERRORS)
def test_errors(db, args, code, message):
    result = run(*args, "--db", db)
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output


# (sample, exit code, finding codes expected)
CHECKS = [
    ("bao-cao-quy-1-2024.md", 1, {"ratio_mismatch", "parts_exceed_total"}),
    ("thong-bao-ket-luan-2024.md", 1, {"deadline_before_document"}),
    ("bao-cao-du-an-trong-diem-2023.md", 0, set()),
]


@pytest.mark.parametrize(("name", "code", "expected"), CHECKS)
def test_check_a_sample(name, code, expected):
    result = run("check", str(SAMPLES / name), "--json")
    assert result.exit_code == code, result.output
    found = json.loads(result.stdout)
    assert expected <= {f["code"] for f in found}
    assert all(f["severity"] != "error" for f in found) == (code == 0)


def test_check_a_clean_draft_and_a_missing_file(tmp_path):
    draft = tmp_path / "du-thao.md"
    draft.write_text(CLEAN_DRAFT, encoding="utf-8")
    result = run("check", str(draft))
    assert result.exit_code == 0, result.output
    missing = run("check", str(tmp_path / "khong-co.md"))
    assert missing.exit_code == 2 and "Traceback" not in missing.output


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared is absent")
def test_check_a_seed_finds_the_ratio_mismatch():
    result = run("check", str(SEEDS / "003_cc852f9d90f3c26d.txt"), "--json")
    assert result.exit_code in (0, 1), result.output
    assert any(f["code"] == "ratio_mismatch" and "20,18%" in f["message"]
               and "20,08%" in f["message"] for f in json.loads(result.stdout))


def test_findings(db):
    report = doc_id(db, "92/BC-UBND")
    found = as_json("findings", "--document", str(report), "--db", db)
    assert {"ratio_mismatch", "parts_exceed_total"} <= {f["code"] for f in found}
    assert all(report in f["document_ids"] for f in found)
    everything = as_json("findings", "--db", db)
    assert len(everything) >= len(found) + 1
    assert run("findings", "--db", db).exit_code == 0


def test_conflicting_reports_are_a_cross_document_finding(db, tmp_path):
    """Runs last: it adds a document. Another report of the same province
    states a different 2023 GRDP per head."""
    text = (SAMPLES / "bao-cao-quy-1-2024.md").read_text(encoding="utf-8")
    assert "56,3 triệu đồng" in text
    other = tmp_path / "bao-cao-khac.md"
    other.write_text(text.replace("56,3 triệu đồng", "58,9 triệu đồng")
                     .replace("92/BC-UBND", "97/BC-UBND"), encoding="utf-8")
    assert run("ingest", str(other), "--db", db).exit_code == 0
    found = [f for f in as_json("findings", "--db", db) if f["code"] == "cross_document_conflict"]
    assert any("56,3" in f["message"] and "58,9" in f["message"] and len(f["document_ids"]) == 2
               for f in found)
