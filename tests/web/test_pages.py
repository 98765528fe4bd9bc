"""Pages: login, every page renders, forms need CSRF and the right role, uploads."""

from __future__ import annotations

import io
import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from ktxh.store.activity import AuditEntry
from ktxh.store.tables import Correction, Document
from tests.web.conftest import CSRF, PASSWORD
from tests.web.test_api import REPORT

PAGES = ["/", "/chi-tieu", "/nhiem-vu", "/nhiem-vu?overdue=1&agency=so", "/du-an", "/van-ban",
         "/van-ban?type=bao_cao&q=quy", "/tim-kiem", "/tim-kiem?q=lang+son", "/kiem-tra",
         "/api/docs"]


def test_pages_need_login(app):
    client = TestClient(app)
    r = client.get("/nhiem-vu?overdue=1", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/dang-nhap?next=")
    assert client.get("/api/v1/documents").status_code == 401


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_for_viewer(as_user, path):
    r = as_user("viewer").get(path)
    assert r.status_code == 200
    assert '<html lang="vi">' in r.text and "Traceback" not in r.text


def test_detail_pages(as_user):
    client = as_user("viewer")
    doc = client.get("/api/v1/documents").json()["items"][0]
    page = client.get(f"/van-ban/{doc['id']}").text
    assert re.search(r'<mark id="f-\d+" class="figure"', page)
    assert 'href="#f-' in page
    task = client.get("/api/v1/tasks").json()["items"][0]
    assert "Câu nguồn" in client.get(f"/nhiem-vu/{task['id']}").text
    code = client.get("/api/v1/indicators").json()["items"][0]["code"]
    assert "<svg" in client.get(f"/chi-tieu/{code}").text


def test_ranges_and_fractions_read_as_written(as_user):
    """A target range is "8 – 8,5 %" (not "8/8,5", which reads as done out of a
    total); a progress figure keeps its slash."""
    client = as_user("viewer")
    home = client.get("/").text
    assert re.search(r">\s*8 – 8,5 %", home) and "8/8,5" not in home
    [doc] = [d for d in client.get("/api/v1/documents").json()["items"]
             if d["number"] == "318/BC-UBND"]
    assert "158,3/232,4 ha" in client.get(f"/van-ban/{doc['id']}").text


@pytest.mark.parametrize(("path", "status", "words"), [
    ("/van-ban/99999", 404, "Không tìm thấy"),
    ("/nhiem-vu/99999", 404, "Không có nhiệm vụ"),
    ("/chi-tieu/khong-co", 404, "Không"),
    ("/khong-co-trang", 404, "Không tìm thấy"),
    ("/van-ban/abc", 400, "không hợp lệ"),
    ("/quan-tri/nguoi-dung", 403, "quản trị"),
    ("/tai-len", 403, "chỉ có quyền xem"),
])
def test_error_pages(as_user, path, status, words):
    r = as_user("viewer").get(path)
    assert r.status_code == status
    assert words in r.text and "Traceback" not in r.text


def test_500_page_has_no_trace(app, as_user, monkeypatch):
    def boom(*_a, **_k):
        raise RuntimeError("secret detail")
    monkeypatch.setattr("ktxh.web.pages_docs.filter_documents", boom)
    r = as_user("viewer").get("/van-ban")
    assert r.status_code == 500 and "Lỗi hệ thống" in r.text
    assert "secret detail" not in r.text and "Traceback" not in r.text


@pytest.mark.parametrize(("password", "csrf_ok", "status"), [
    (PASSWORD, True, 303), ("sai-mat-khau", True, 400), (PASSWORD, False, 403)])
def test_login(app, password, csrf_ok, status):
    client = TestClient(app)
    token = CSRF.search(client.get("/dang-nhap").text).group(1)
    r = client.post("/dang-nhap", data={"username": "admin", "password": password,
                                        "csrf": token if csrf_ok else "x"},
                    follow_redirects=False)
    assert r.status_code == status
    if status == 303:
        cookie = r.headers["set-cookie"]
        assert "HttpOnly" in cookie and "samesite=lax" in cookie.lower()


def test_login_next_is_local_only(app):
    client = TestClient(app)
    token = CSRF.search(client.get("/dang-nhap").text).group(1)
    r = client.post("/dang-nhap", data={"username": "admin", "password": PASSWORD,
                                        "csrf": token, "next": "//evil.example/"},
                    follow_redirects=False)
    assert r.headers["location"] == "/"


def _task_for(client, agency_code):
    tasks = client.get("/api/v1/tasks", params={"limit": 1000}).json()["items"]
    return next(t for t in tasks if t["lead_code"] == agency_code)


@pytest.mark.parametrize(("who", "with_csrf", "status"), [
    ("editor", True, 303), ("admin", True, 303), ("editor", False, 403),
    ("viewer", True, 403), ("other", True, 403)])
def test_task_form(app, as_user, who, with_csrf, status):
    client = as_user(who)
    code = as_user("editor").get("/api/v1/me").json()["agency_code"]
    task = _task_for(client, code)
    form = {"status": "done", "note": "Đã báo cáo", "date": "2024-05-02"}
    if with_csrf:
        form["csrf"] = client.csrf
    r = client.post(f"/nhiem-vu/{task['id']}", data=form, follow_redirects=False)
    assert r.status_code == status
    page = client.get(f"/nhiem-vu/{task['id']}").text
    if status == 303:
        assert "Đã báo cáo" in page
    else:
        assert "Đã báo cáo" not in page
        assert ('name="status"' in page) == (who in ("editor", "admin"))


def test_upload_preview_correct_save(app, as_user):
    client = as_user("editor")
    files = {"file": ("bc-33.txt", io.BytesIO(REPORT.encode()), "text/plain")}
    preview = client.post("/tai-len", data={"csrf": client.csrf}, files=files)
    assert preview.status_code == 200 and "33/BC-UBND" in preview.text
    token = re.search(r'name="token" value="([^"]+)"', preview.text).group(1)
    fields = dict(re.findall(r'name="((?:document|figure|target|task|project_mention)-\d+-\w+)"'
                             r'[^>]*\n?\s*value="([^"]*)"', preview.text))
    assert "figure-0-value" in fields
    fields.update(csrf=client.csrf, token=token, action="save")
    fields["figure-0-value"] = "1.300"
    r = client.post("/tai-len/luu", data=fields, follow_redirects=False)
    assert r.status_code == 303
    doc_id = int(r.headers["location"].split("/")[2].split("?")[0])
    with app.state.store.session() as s:
        c = s.scalars(select(Correction)).one()
        assert (c.entity_type, c.field, c.new_value, c.author) == ("figure", "value", 1300.0,
                                                                    "editor")
        actions = {a.action for a in s.scalars(select(AuditEntry))}
        assert {"upload", "correction"} <= actions
        assert s.get(Document, doc_id).number == "33/BC-UBND"
    assert client.post("/tai-len/luu", data=fields).status_code == 400  # token used


def test_upload_preview_shows_an_extractor_that_raised(as_user, broken_tasks):
    client = as_user("editor")
    files = {"file": ("bc-33.txt", io.BytesIO(REPORT.encode()), "text/plain")}
    preview = client.post("/tai-len", data={"csrf": client.csrf}, files=files)
    assert preview.status_code == 200 and "33/BC-UBND" in preview.text
    assert "Một bước trích xuất gặp lỗi" in preview.text
    assert "tasks: AttributeError" in preview.text


@pytest.mark.parametrize(("name", "data", "words"), [
    ("rong.md", b"", "Tệp rỗng"), ("a.exe", b"MZ", "không được hỗ trợ"),
    ("lon.md", b"x" * 300_000, "quá lớn"), ("hong.docx", b"PK\x03\x04xx", "Không đọc được")])
def test_bad_upload_page(as_user, name, data, words):
    client = as_user("editor")
    r = client.post("/tai-len", data={"csrf": client.csrf},
                    files={"file": (name, io.BytesIO(data), "application/octet-stream")})
    assert r.status_code == 400 and words in r.text


def test_check_draft_page(as_user):
    client = as_user("viewer")
    r = client.post("/kiem-tra", data={"csrf": client.csrf},
                    files={"file": ("du-thao.txt", io.BytesIO(REPORT.encode()), "text/plain")})
    assert r.status_code == 200 and "Kết quả cho du-thao.txt" in r.text
    assert client.post("/kiem-tra", files={"file": ("a.txt", b"x", "text/plain")}
                       ).status_code == 403


def test_document_text_is_escaped(app, as_user):
    client = as_user("editor")
    evil = REPORT.replace("Tổng thu", "<script>alert(1)</script> Tổng thu")
    r = client.post("/api/v1/documents", headers={"X-CSRF-Token": client.csrf},
                    files={"file": ("evil.txt", io.BytesIO(evil.encode()), "text/plain")})
    assert r.status_code == 201, r.text
    page = client.get(f"/van-ban/{r.json()['document_id']}").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_users_admin_and_logout(app, as_user):
    admin = as_user("admin")
    r = admin.post("/quan-tri/nguoi-dung", data={
        "csrf": admin.csrf, "action": "add", "username": "moi", "password": "123456",
        "role": "editor", "agency": "Sở Tài chính"})
    assert r.status_code == 200 and "Đã tạo tài khoản moi" in r.text
    r = admin.post("/quan-tri/nguoi-dung", data={"csrf": admin.csrf, "action": "token",
                                                  "username": "moi"})
    token = re.search(r'<code class="token">([^<]+)</code>', r.text).group(1)
    me = TestClient(app).get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).json()
    assert me == {"username": "moi", "role": "editor", "agency_code": None,
                  "agency_name": "Sở Tài chính"}
    assert admin.post("/quan-tri/nguoi-dung", data={"action": "add"}).status_code in (403, 422)
    log = admin.get("/quan-tri/nhat-ky?action=user_add")
    assert log.status_code == 200 and "Thêm tài khoản" in log.text and "moi" in log.text
    assert as_user("editor").get("/quan-tri/nhat-ky").status_code == 403
    out = admin.post("/dang-xuat", data={"csrf": admin.csrf}, follow_redirects=False)
    assert out.status_code == 303
    admin.cookies.clear()
    assert admin.get("/", follow_redirects=False).status_code == 303


@pytest.mark.parametrize(("kind", "field", "typed", "stored"), [
    ("figure", "value", "1.234,5", 1234.5), ("target", "unit", "triệu đồng", "triệu đồng"),
    ("task", "deadline", "2024-12-31", "2024-12-31"), ("document", "title", "Tiêu đề mới",
                                                       "Tiêu đề mới")])
def test_correct_page(app, as_user, kind, field, typed, stored):
    client = as_user("editor")
    detail = client.get("/api/v1/documents").json()["items"]
    doc = next(d for d in detail if d["counts"]["targets"] and d["counts"]["tasks"])
    full = client.get(f"/api/v1/documents/{doc['id']}").json()
    row_id = doc["id"] if kind == "document" else full[f"{kind}s"][0]["id"]
    form = client.get(f"/sua/{kind}/{row_id}")
    assert form.status_code == 200 and f'name="f-{field}"' in form.text
    r = client.post(f"/sua/{kind}/{row_id}", data={"csrf": client.csrf, f"f-{field}": typed,
                                                   "note": "kiểm tra lại"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith(f"/van-ban/{doc['id']}")
    with app.state.store.session() as s:
        c = s.scalars(select(Correction)).one()
        assert (c.entity_type, c.field, c.new_value, c.author) == (kind, field, stored, "editor")
    assert "kiểm tra lại" in client.get(f"/sua/{kind}/{row_id}").text
    viewer = as_user("viewer")
    assert viewer.get(f"/sua/{kind}/{row_id}").status_code == 403
    assert client.post(f"/sua/{kind}/{row_id}", data={f"f-{field}": "x"}).status_code == 403


@pytest.mark.parametrize(("hit", "link"), [
    ({"document_id": 3, "entity_type": "figure", "entity_id": 7, "start": 1, "end": 2},
     "/van-ban/3#f-7"),
    ({"document_id": 3, "entity_type": "text", "entity_id": None, "start": 10, "end": 40},
     "/van-ban/3?at=10-40#sel"),
])
def test_search_hit_links(hit, link):
    from ktxh.web.pages_docs import hit_link
    assert hit_link(hit) == link


def test_at_span_is_marked(as_user):
    client = as_user("viewer")
    doc = client.get("/api/v1/documents").json()["items"][0]
    page = client.get(f"/van-ban/{doc['id']}?at=0-5").text
    assert '<mark id="sel" class="focus"' in page
