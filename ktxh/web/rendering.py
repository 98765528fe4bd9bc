"""Jinja2 templates (autoescaped), Vietnamese labels and number formats."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from ktxh.web import charts

STATUS_LABELS = {
    # targets
    "achieved": "Đã đạt", "on_track": "Đúng tiến độ", "at_risk": "Có nguy cơ",
    "off_track": "Chậm tiến độ", "no_data": "Chưa có số liệu",
    # tasks (official statuses + recurring) and the store's simple ones
    "hoan_thanh_dung_han": "Hoàn thành đúng hạn", "hoan_thanh_qua_han": "Hoàn thành quá hạn",
    "chua_hoan_thanh_con_han": "Chưa hoàn thành, còn hạn",
    "chua_hoan_thanh_qua_han": "Chưa hoàn thành, quá hạn", "thuong_xuyen": "Thường xuyên",
    "open": "Đang thực hiện", "due_soon": "Sắp đến hạn", "overdue": "Quá hạn",
    "done": "Đã hoàn thành", "in_progress": "Đang thực hiện", "not_started": "Chưa triển khai",
    # findings
    "error": "Lỗi", "warning": "Cảnh báo", "info": "Lưu ý",
}
DOC_TYPES = {
    "bao_cao": "Báo cáo", "ke_hoach": "Kế hoạch", "thong_bao": "Thông báo",
    "nghi_quyet": "Nghị quyết", "quyet_dinh": "Quyết định", "chi_thi": "Chỉ thị",
    "cong_van": "Công văn", "to_trinh": "Tờ trình", "chuong_trinh": "Chương trình",
    "ket_luan": "Kết luận", "other": "Khác",
}
KIND_LABELS = {"level": "mức", "change": "tăng/giảm", "rate": "tỷ lệ", "progress": "tiến độ",
               "pct_of_plan": "% kế hoạch", "share": "tỷ trọng", "count": "số lượng"}


def page_links(path: str, filters: dict[str, Any], offset: int, size: int, total: int
               ) -> dict[str, Any]:
    """Where a page of a list starts and ends (1-based), and links to the
    pages before and after it with the same filters."""
    def link(at: int) -> str:
        params = {k: ("1" if v is True else v) for k, v in filters.items() if v}
        if at:
            params["offset"] = at
        return path + (f"?{urlencode(params)}" if params else "")

    shown = max(0, min(size, total - offset))
    return {"first": offset + 1 if shown else 0, "last": offset + shown, "total": total,
            "prev": link(max(offset - size, 0)) if offset else None,
            "next": link(offset + size) if offset + size < total else None}


def vn_number(value: Any, digits: int = 2) -> str:
    """1234.5 → "1.234,5"; None → "–"."""
    if value is None or value == "":
        return "–"
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    text = f"{number:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def vn_date(value: Any) -> str:
    """ISO "2024-03-25" → "25/03/2024"; partial dates as given."""
    text = str(value or "")
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        return f"{text[8:10]}/{text[5:7]}/{text[:4]}"
    return text or "–"


def as_text(value: Any) -> str:
    """JSON for people: non-ASCII letters kept ("ghi chú", not "\\u0067...")."""
    return json.dumps(value, ensure_ascii=False, default=str)


def _bar(value: Any, label: str = "") -> Markup:
    return Markup(charts.progress_bar(None if value is None else float(value), label=label))


def source_link(point: dict[str, Any]) -> str | None:
    """Link to the sentence a series point or fact came from (figure anchor or span)."""
    doc = point.get("document_id")
    if doc is None and isinstance(point.get("document"), int):
        doc = point["document"]
    if doc is None:
        return None
    if point.get("figure_id"):
        return f"/van-ban/{doc}#f-{point['figure_id']}"
    if point.get("start") is not None and point.get("end") is not None:
        return f"/van-ban/{doc}?at={point['start']}-{point['end']}#sel"
    return f"/van-ban/{doc}"


def _templates() -> Jinja2Templates:
    folder = resources.files("ktxh.web") / "templates"
    t = Jinja2Templates(directory=str(folder))
    env = t.env
    env.filters.update(num=vn_number, vndate=vn_date, bar=_bar, as_text=as_text)
    env.globals.update(STATUS=STATUS_LABELS, DOC_TYPES=DOC_TYPES, KINDS=KIND_LABELS,
                       source_link=source_link)
    env.trim_blocks = env.lstrip_blocks = True
    return t


TEMPLATES = _templates()


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page; the template sees ``user``, ``csrf`` and the active ``section``."""
    user = getattr(request.state, "user", None)
    context.setdefault("user", user)
    context.setdefault("csrf", user.csrf if user else "")
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status_code)
