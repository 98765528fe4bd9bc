"""Fixtures: a fresh SQLite store per test, small documents in the genre, and
a controllable extraction (records built by the test, not by the extractors)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ktxh.extract import records as rec
from ktxh.extract.references import reference_key
from ktxh.store import Store, open_store
from ktxh.text.model import Doc, Span
from tests.support.database import fresh_url

# Invented documents in the genre (no text from the seeds).
REPORT = """ỦY BAN NHÂN DÂN
**TỈNH CAO BẰNG**

Số: 15/BC-UBND

Cao Bằng, ngày 10 tháng 4 năm 2024

**BÁO CÁO**

**Tình hình kinh tế - xã hội quý I năm 2024**

Thực hiện Kế hoạch số 7/KH-UBND ngày 12/01/2024 của UBND tỉnh,
Sở Kế hoạch và Đầu tư tổng hợp như sau.

Tổng sản lượng lương thực ước đạt 52.300 tấn, tăng 2,1% so với cùng kỳ.

Dự án đường tránh thành phố Cao Bằng đã giải phóng mặt bằng được 12,5/40 ha.

Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư rà soát nguồn vốn đối ứng,
hoàn thành trước ngày 30/6/2024.

Đề nghị Bộ Giao thông vận tải sớm bố trí vốn cho tuyến Quốc lộ 4A đoạn qua huyện Trùng Khánh.
"""

PLAN = """ỦY BAN NHÂN DÂN
**TỈNH CAO BẰNG**

Số: 7/KH-UBND

Cao Bằng, ngày 12 tháng 01 năm 2024

**KẾ HOẠCH**

**Phát triển kinh tế - xã hội năm 2024**

Phấn đấu tốc độ tăng trưởng kinh tế đạt 7%; tỷ lệ che phủ rừng đạt 56%.

Yêu cầu Ủy ban nhân dân các huyện triển khai trồng rừng thay thế trong quý III/2024.
"""


def span_of(doc: Doc, words: str) -> Span:
    start = doc.text.index(words)
    return Span(start, start + len(words))


def report_extraction(doc: Doc) -> rec.Extraction:
    """Records a perfect extractor would give for REPORT."""
    q_fig = "Tổng sản lượng lương thực ước đạt 52.300 tấn, tăng 2,1% so với cùng kỳ"
    q_proj = "Dự án đường tránh thành phố Cao Bằng đã giải phóng mặt bằng được 12,5/40 ha"
    q_task = "Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư rà soát nguồn vốn"
    q_req = "Đề nghị Bộ Giao thông vận tải sớm bố trí vốn cho tuyến Quốc lộ 4A"
    q_ref = "Kế hoạch số 7/KH-UBND ngày 12/01/2024"
    s_fig, s_proj = span_of(doc, q_fig), span_of(doc, q_proj)
    level = rec.Figure("tổng sản lượng lương thực", 52300, "tấn", "level", s_fig, q_fig,
                       period="2024-Q1", estimate=True)
    change = rec.Figure("tổng sản lượng lương thực", 2.1, "%", "change", s_fig, q_fig,
                        period="2024-Q1", base="same_period_last_year")
    clearance = rec.Figure("giải phóng mặt bằng", 12.5, "ha", "progress", s_proj, q_proj,
                           value_max=40)
    return rec.Extraction(
        document=rec.DocumentMeta(number="15/BC-UBND", symbol="BC-UBND", type="bao_cao",
                                  place="Cao Bằng", date="2024-04-10", period="2024-Q1",
                                  title="Tình hình kinh tế - xã hội quý I năm 2024"),
        references=(rec.Reference("7/KH-UBND", "ke_hoach", reference_key("7/KH-UBND"), "UBND tỉnh",
                                  "2024-01-12", q_ref, span_of(doc, q_ref)),),
        figures=(level, change),
        tasks=(
            rec.Task("assignment", "Sở Tài chính", "rà soát nguồn vốn đối ứng",
                     span_of(doc, q_task), q_task, support=("Sở Kế hoạch và Đầu tư",),
                     deadline="2024-06-30", deadline_text="trước ngày 30/6/2024",
                     lead_code="STC"),
            rec.Task("request", "Bộ Giao thông vận tải", "bố trí vốn cho tuyến Quốc lộ 4A",
                     span_of(doc, q_req), q_req),
        ),
        projects=(rec.Project("đường tránh thành phố Cao Bằng", "duong tranh tp cao bang",
                              s_proj, q_proj, form="BT", figures=(clearance,)),),
    )


def plan_extraction(doc: Doc) -> rec.Extraction:
    q_t = "tốc độ tăng trưởng kinh tế đạt 7%"
    q_task = "Yêu cầu Ủy ban nhân dân các huyện triển khai trồng rừng thay thế trong quý III/2024"
    return rec.Extraction(
        document=rec.DocumentMeta(number="7/KH-UBND", symbol="KH-UBND", type="ke_hoach",
                                  date="2024-01-12", period="2024",
                                  title="Phát triển kinh tế - xã hội năm 2024"),
        targets=(rec.Target("tốc độ tăng trưởng kinh tế", 7, "%", "level",
                            span_of(doc, q_t), q_t, period="2024"),),
        tasks=(rec.Task("assignment", "Ủy ban nhân dân các huyện", "trồng rừng thay thế",
                        span_of(doc, q_task), q_task, deadline="2024-09-30",
                        deadline_text="trong quý III/2024"),),
    )


FAKES: dict[str, Callable[[Doc], rec.Extraction]] = {
    "15/BC-UBND": report_extraction,
    "7/KH-UBND": plan_extraction,
}


def fake_extract(doc: Doc, skip=()) -> rec.Extraction:
    for number, make in FAKES.items():
        if f"Số: {number}" in doc.text:
            return make(doc)
    return rec.Extraction(document=rec.DocumentMeta())


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(fresh_url(tmp_path))
    yield s
    s.close()


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest with the records above instead of the live extractors."""
    monkeypatch.setattr("ktxh.store.ingest.extract", fake_extract)


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
