"""The command line, through typer's CliRunner: output, JSON and exit codes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from ktxh.cli import app
from tests.store.conftest import PLAN, REPORT, fake_extract
from tests.support.database import fresh_url

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    return fresh_url(tmp_path)


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "bc.md").write_text(REPORT, encoding="utf-8")
    (folder / "kh.md").write_text(PLAN, encoding="utf-8")
    return folder


@pytest.fixture
def filled(db, docs, monkeypatch):
    monkeypatch.setattr("ktxh.store.ingest.extract", fake_extract)
    result = runner.invoke(app, ["ingest", str(docs), "--db", db])
    assert result.exit_code == 0, result.output
    return db


def run(*args: str):
    return runner.invoke(app, list(args))


def as_json(*args: str):
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_extract_still_works(docs):
    result = run("extract", str(docs / "bc.md"), "--format", "json")
    assert result.exit_code == 0
    assert set(json.loads(result.stdout)) == {"document", "references", "figures", "targets",
                                              "tasks", "projects"}
    assert run("extract", str(docs / "missing.md")).exit_code != 0


def test_ingest_reports_a_summary_and_is_idempotent(db, docs):
    first = run("ingest", str(docs), "--db", db)
    assert first.exit_code == 0, first.output
    assert "2 ingested, 0 unchanged, 0 failed" in first.stdout
    again = run("ingest", str(docs / "bc.md"), str(docs / "kh.md"), "--db", db, "--jobs", "2")
    assert again.exit_code == 0, again.output
    assert "0 ingested, 2 unchanged, 0 failed" in again.stdout


def test_ingest_failures_are_one_line_each_and_exit_1(db, docs):
    (docs / "empty.md").write_bytes(b"")
    (docs / "sheet.xlsx").write_bytes(b"PK")
    result = run("ingest", str(docs), str(docs / "sheet.xlsx"), str(docs / "nope.md"),
                 "--db", db)
    assert result.exit_code == 1
    assert "2 ingested, 0 unchanged, 3 failed" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert sorted(line.split(": ", 1)[0].rsplit("/", 1)[-1] for line in lines) == [
        "empty.md", "nope.md", "sheet.xlsx"]
    assert "Traceback" not in result.output
    assert len(as_json("docs", "--db", db)) == 2


def test_docs_lists_and_filters(filled):
    rows = as_json("docs", "--db", filled)
    assert [r["number"] for r in rows] == ["15/BC-UBND", "7/KH-UBND"]
    assert [r["number"] for r in as_json("docs", "--db", filled, "--type", "ke_hoach")] == [
        "7/KH-UBND"]
    assert as_json("docs", "--db", filled, "--period", "2023") == []
    table = run("docs", "--db", filled)
    assert table.exit_code == 0
    assert "15/BC-UBND" in table.stdout


def test_show_document(filled):
    bc = next(r for r in as_json("docs", "--db", filled) if r["number"] == "15/BC-UBND")
    data = as_json("show", str(bc["id"]), "--db", filled)
    assert data["references"][0]["cited"]["number"] == "7/KH-UBND"
    assert data["counts"]["tasks"] == 2
    table = run("show", str(bc["id"]), "--db", filled)
    assert table.exit_code == 0
    for words in ("references", "7/KH-UBND", "tasks", "Sở Tài chính", "projects"):
        assert words in table.stdout


def test_search(filled):
    hits = as_json("search", "trung khanh", "--db", filled)
    assert hits and hits[0]["snippet"][slice(*hits[0]["highlights"][0])] == "Trùng"
    limited = as_json("search", "tinh", "--db", filled, "--limit", "1")
    assert len(limited) == 1
    tasks_only = as_json("search", "so tai chinh", "--kind", "task", "--db", filled)
    assert {h["entity_type"] for h in tasks_only} == {"task"}
    table = run("search", "Bộ Giao thông", "--db", filled)
    assert table.exit_code == 0 and "Giao" in table.stdout
    assert "no match" in run("search", "xyzzy", "--db", filled).stdout


def test_tasks_and_filters(filled):
    assert len(as_json("tasks", "--db", filled)) == 3
    assert [t["lead"] for t in as_json("tasks", "--db", filled, "--agency", "so tai chinh")] == [
        "Sở Tài chính"]
    dated = as_json("tasks", "--db", filled, "--from", "2024-07-01", "--to", "2024-12-31")
    assert [t["deadline"] for t in dated] == ["2024-09-30"]
    # the status words belong to whichever status service backs the command
    assert all(t["status"] for t in as_json("tasks", "--db", filled))
    assert run("tasks", "--db", filled).exit_code == 0


def test_projects(filled):
    rows = as_json("projects", "--db", filled, "--name", "duong tranh")
    assert [p["name"] for p in rows] == ["đường tránh thành phố Cao Bằng"]
    assert as_json("projects", "--db", filled, "--name", "cao toc") == []
    assert run("projects", "--db", filled).exit_code == 0
    dated = as_json("projects", "--db", filled, "--from", "2024", "--to", "2024-Q2",
                    "--form", "BT")
    assert [p["name"] for p in dated] == ["đường tránh thành phố Cao Bằng"]
    assert as_json("projects", "--db", filled, "--from", "2024-05") == []
    bad = run("projects", "--db", filled, "--from", "2024-13")
    assert bad.exit_code == 2 and "bad date" in bad.output


def test_correct_then_read_back(filled):
    task = as_json("tasks", "--db", filled, "--agency", "so tai chinh")[0]
    result = run("correct", "task", str(task["id"]), "status", "done", "--author", "A",
                 "--db", filled)
    assert result.exit_code == 0, result.output
    again = as_json("tasks", "--db", filled, "--status", "done")
    assert [t["id"] for t in again] == [task["id"]]


ERRORS = [
    # (arguments, exit code, words in the message)
    (["show", "999"], 1, "no document with id 999"),
    (["tasks", "--document", "999"], 1, "no document with id 999"),
    (["projects", "--document", "999"], 1, "no document with id 999"),
    (["correct", "task", "999", "lead", "x"], 1, "no task with id 999"),
    (["correct", "task", "1", "anchor", "x"], 2, "cannot be corrected"),
    (["tasks", "--status", "late"], 2, "unknown status"),
    (["tasks", "--from", "tomorrow"], 2, "bad date"),
]


@pytest.mark.parametrize(("args", "code", "message"), ERRORS)
def test_errors_are_one_line_without_traceback(filled, args, code, message):
    result = run(*args, "--db", filled)
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output


BAD_URLS = ["nosuchdialect://x", "sqlite:////no/such/folder/x.db", "not a url"]


@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize("command", [["docs"], ["show", "1"], ["search", "x"], ["tasks"],
                                     ["projects"], ["ingest", "."]])
def test_bad_database_url(url, command):
    result = run(*command, "--db", url)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ")
    assert "Traceback" not in result.output


def test_database_url_from_environment(filled, monkeypatch):
    monkeypatch.setenv("KTXH_DATABASE_URL", filled)
    assert len(as_json("docs")) == 2


def test_show_marks_a_superseded_version_and_writes_vietnamese_numbers(filled, docs):
    bc = next(r for r in as_json("docs", "--db", filled) if r["number"] == "15/BC-UBND")
    (docs / "bc.md").write_text(REPORT + "\nSố liệu sơ bộ.\n", encoding="utf-8")
    assert run("ingest", str(docs / "bc.md"), "--db", filled).exit_code == 0
    old = run("show", str(bc["id"]), "--db", filled)
    assert old.exit_code == 0
    assert "superseded by" in old.stdout
    assert "52.300 tấn" in old.stdout  # not 52300
    assert len(as_json("docs", "--db", filled, "--all-versions")) == 3
