"""JSON API: every endpoint, pagination, permissions, bad uploads."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from ktxh.store.activity import AuditEntry
from ktxh.text.normalize import strip_marks

# An invented report in the genre (no text from the seeds).
REPORT = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG

Số: 33/BC-UBND

Hà Giang, ngày 05 tháng 7 năm 2024

BÁO CÁO
Tình hình kinh tế - xã hội 6 tháng đầu năm 2024

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 1.250 tỷ đồng, tăng 8,5% so với cùng kỳ.

Giao Sở Tài chính chủ trì rà soát các khoản chi thường xuyên, hoàn thành trước ngày 30/9/2024.
"""


@pytest.mark.parametrize(
    "path",
    ["/api/v1/documents", "/api/v1/figures", "/api/v1/targets", "/api/v1/indicators",
     "/api/v1/tasks", "/api/v1/projects", "/api/v1/findings", "/api/v1/review"],
)
def test_lists_are_paginated(api, path):
    client = api("viewer")
    full = client.get(path)
    assert full.status_code == 200, full.text
    body = full.json()
    assert set(body) == {"total", "limit", "offset", "items"}
    assert body["total"] == len(body["items"]) or body["total"] > body["limit"]
    page = client.get(path, params={"limit": 1, "offset": 1}).json()
    assert page["limit"] == 1 and page["offset"] == 1
    assert len(page["items"]) == (1 if body["total"] > 1 else 0)
    if body["total"] > 1:
        assert page["items"][0] == body["items"][1]


@pytest.mark.parametrize(("params", "check"), [
    ({"type": "ke_hoach"}, lambda d: d["type"] == "ke_hoach"),
    ({"period": "2024"}, lambda d: (d["period"] or "").startswith("2024")),
    ({"q": "quy i"}, lambda d: "quý i" in (d["title"] or "").lower()),
])
def test_document_filters(api, params, check):
    items = api("viewer").get("/api/v1/documents", params=params).json()["items"]
    assert items and all(check(d) for d in items)


@pytest.mark.parametrize(("params", "names"), [
    ({"name": "ban lai"}, ["Hồ chứa nước Bản Lải giai đoạn 1"]),
    ({"form": "ppp", "name": "cao toc"},
     ["tuyến cao tốc Đồng Đăng - Trà Lĩnh (đoạn qua tỉnh Lạng Sơn)"]),
    ({"place": "chi lang"}, ["Khu công nghiệp Đồng Bành (giai đoạn 1)"]),
    ({"date_from": "2023-12-01", "date_to": "2023-12-31", "name": "ban lai"},
     ["Hồ chứa nước Bản Lải giai đoạn 1"]),
    ({"date_to": "2020-12-31"}, []),
])
def test_project_filters(api, params, names):
    items = api("viewer").get("/api/v1/projects", params=params).json()["items"]
    assert [p["name"] for p in items] == names


def test_document_detail_text_findings(api):
    client = api("viewer")
    doc_id = client.get("/api/v1/documents").json()["items"][0]["id"]
    detail = client.get(f"/api/v1/documents/{doc_id}").json()
    for key in ("figures", "targets", "tasks", "references", "cited_by", "projects"):
        assert key in detail
    text = client.get(f"/api/v1/documents/{doc_id}/text").json()["text"]
    fig = detail["figures"][0]
    assert text[fig["start"]:fig["end"]] == fig["quote"]
    assert client.get(f"/api/v1/documents/{doc_id}/findings").status_code == 200
    assert client.get("/api/v1/documents/99999").status_code == 404
    assert client.get("/api/v1/documents/99999/text").status_code == 404


def test_indicator_and_search(api):
    client = api("viewer")
    indicators = client.get("/api/v1/indicators").json()["items"]
    assert indicators
    view = client.get(f"/api/v1/indicators/{indicators[0]['code']}").json()
    assert view["series"]
    assert client.get("/api/v1/indicators/khong-co").status_code == 404
    hits = client.get("/api/v1/search", params={"q": "lang son"}).json()
    assert hits["total"] > 0
    assert "lang son" in strip_marks(hits["items"][0]["snippet"]).lower()
    assert client.get("/api/v1/search").status_code == 422


def test_task_detail_history_update(app, api):
    editor = api("editor")
    me = editor.get("/api/v1/me").json()
    tasks = editor.get("/api/v1/tasks", params={"limit": 1000}).json()["items"]
    own = next(t for t in tasks if t["lead_code"] == me["agency_code"])
    assert editor.get(f"/api/v1/tasks/{own['id']}").json()["id"] == own["id"]
    r = editor.post(f"/api/v1/tasks/{own['id']}/updates",
                    json={"status": "done", "note": "Đã hoàn thành theo kế hoạch"})
    assert r.status_code == 201, r.text
    history = editor.get(f"/api/v1/tasks/{own['id']}/history").json()
    assert history[-1]["status"] == "done" and history[-1]["author"] == "editor"
    status = editor.get(f"/api/v1/tasks/{own['id']}").json()["status"]
    assert status in ("done", "hoan_thanh_dung_han", "hoan_thanh_qua_han")
    with app.state.store.session() as s:
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action.in_(("task_update", "update_task")))).one()
        assert (entry.actor, entry.entity_id) == ("editor", own["id"])
    bad = editor.post(f"/api/v1/tasks/{own['id']}/updates", json={"status": "xong"})
    assert bad.status_code == 400
    assert editor.get("/api/v1/tasks/99999").status_code == 404


@pytest.mark.parametrize(("who", "code"), [("viewer", 403), ("other", 403), (None, 401)])
def test_task_update_refused(api, who, code):
    tasks = api("admin").get("/api/v1/tasks").json()["items"]
    r = api(who).post(f"/api/v1/tasks/{tasks[0]['id']}/updates", json={"status": "done"})
    assert r.status_code == code


def test_admin_updates_any_task(api):
    task = api("admin").get("/api/v1/tasks").json()["items"][-1]
    r = api("admin").post(f"/api/v1/tasks/{task['id']}/updates",
                          json={"status": "in_progress", "note": "đang làm"})
    assert r.status_code == 201


@pytest.mark.parametrize("header", ["Bearer ktxh_sai", "Basic abc", "Bearer "])
def test_bad_token_is_401(api, header):
    client = api(None)
    r = client.get("/api/v1/documents", headers={"Authorization": header})
    assert r.status_code == 401
    assert "detail" in r.json()


def test_session_write_needs_csrf_header(as_user):
    client = as_user("admin")
    task = client.get("/api/v1/tasks").json()["items"][0]
    url = f"/api/v1/tasks/{task['id']}/updates"
    assert client.post(url, json={"status": "done"}).status_code == 403
    ok = client.post(url, json={"status": "done"}, headers={"X-CSRF-Token": client.csrf})
    assert ok.status_code == 201


def test_corrections(app, api):
    editor = api("editor")
    fig = editor.get("/api/v1/figures", params={"limit": 1}).json()["items"][0]
    body = {"entity_type": "figure", "entity_id": fig["id"], "field": "value",
            "value": fig["value"] + 1, "note": "số đúng"}
    r = editor.post("/api/v1/corrections", json=body)
    assert r.status_code == 201 and r.json()["author"] == "editor"
    again = editor.get("/api/v1/figures", params={"document_id": fig["document_id"]}).json()
    changed = next(f for f in again["items"] if f["id"] == fig["id"])
    assert changed["value"] == fig["value"] + 1 and changed["corrected"]["value"] == fig["value"]
    hist = editor.get("/api/v1/corrections",
                      params={"entity_type": "figure", "entity_id": fig["id"]}).json()
    assert len(hist) == 1
    assert api("viewer").post("/api/v1/corrections", json=body).status_code == 403
    bad = editor.post("/api/v1/corrections", json={**body, "field": "start"})
    assert bad.status_code == 400
    with app.state.store.session() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "correction")).first()


def _file(name: str, data: bytes) -> dict:
    return {"file": (name, io.BytesIO(data), "application/octet-stream")}


def test_upload_ingests(api):
    r = api("editor").post("/api/v1/documents", files=_file("bc-33.txt", REPORT.encode()))
    assert r.status_code == 201, r.text
    assert r.json()["warnings"] == []
    doc = api("viewer").get(f"/api/v1/documents/{r.json()['document_id']}").json()
    assert doc["number"] == "33/BC-UBND"
    assert api("viewer").post("/api/v1/documents",
                              files=_file("x.txt", REPORT.encode())).status_code == 403


def test_upload_reports_an_extractor_that_raised(api, broken_tasks):
    r = api("editor").post("/api/v1/documents", files=_file("bc-33.txt", REPORT.encode()))
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["counts"]["tasks"] == 0 and body["counts"]["figures"] > 0
    (warning,) = body["warnings"]
    assert warning.startswith("tasks: AttributeError")


@pytest.mark.parametrize(("name", "data", "words"), [
    ("rong.txt", b"", "rỗng"),
    ("anh.png", b"\x89PNG\r\n\x1a\n0000", "không được hỗ trợ"),
    ("lon.txt", b"a" * 300_000, "quá lớn"),
    ("hong.docx", b"PK\x03\x04 not really a zip", "Không đọc được"),
    ("hong.pdf", b"%PDF-1.4 broken", "Không"),
])
def test_bad_uploads(api, name, data, words):
    r = api("editor").post("/api/v1/documents", files=_file(name, data))
    assert r.status_code == 400
    assert words in r.json()["detail"]


def test_check_draft_stores_nothing(api):
    client = api("viewer")
    before = client.get("/api/v1/documents").json()["total"]
    r = client.post("/api/v1/check", files=_file("du-thao.txt", REPORT.encode()))
    assert r.status_code == 200 and isinstance(r.json(), list)
    assert client.get("/api/v1/documents").json()["total"] == before
    assert client.post("/api/v1/check", files=_file("x.exe", b"MZ")).status_code == 400


def test_openapi_and_docs_page(api):
    client = api(None)
    schema = client.get("/api/openapi.json").json()
    assert "/api/v1/tasks/{task_id}/updates" in schema["paths"]
    page = client.get("/api/docs")
    assert page.status_code == 200 and "/api/v1/documents" in page.text
    assert "cdn" not in page.text.lower()


def test_oversized_body_refused_before_parsing(api):
    r = api("editor").post("/api/v1/documents", files=_file("lon.txt", b"a" * 600_000))
    assert r.status_code == 413 and "quá lớn" in r.json()["detail"]


@pytest.mark.parametrize("params", [{"indicator": "giai ngan"}, {"period": "2024"},
                                    {"kind": "change"}])
def test_figure_filters(api, params):
    body = api("viewer").get("/api/v1/figures", params={**params, "limit": 1000}).json()
    assert body["total"] == len(body["items"]) > 0
    for f in body["items"]:
        if "indicator" in params:
            assert "giai ngan" in strip_marks(f["indicator"]).lower()
        if "period" in params:
            assert f["period"].startswith("2024")
        if "kind" in params:
            assert f["kind"] == "change"
