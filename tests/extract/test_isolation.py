"""Fault isolation: a step that raises loses its failing block, never the document."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from ktxh.extract import pipeline
from ktxh.extract.records import DocumentMeta
from ktxh.text.model import Doc
from ktxh.text.structure import build_doc

NOTICE = (
    "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\n\nSố: 41/TB-UBND\n\nHòa Bình, ngày 12 tháng 3 năm 2025\n\n"
    "**THÔNG BÁO**\n\n**Kết luận của Chủ tịch UBND tỉnh về tiến độ giải ngân vốn đầu tư công**\n\n"
    "Năm 2024, tổng thu ngân sách nhà nước trên địa bàn ước đạt 5.120 tỷ đồng, "
    "tăng 8,4% so với năm 2023.\n\n"
    "1. Giao Sở Tài chính chủ trì rà soát nguồn vốn, báo cáo UBND tỉnh trước ngày 30/4/2025.\n\n"
    "2. Giao Sở Nội vụ chủ trì xây dựng đề án sắp xếp đơn vị hành chính cấp xã, trình UBND tỉnh "
    "trong quý II/2025.\n\n"
    "3. Giao Sở Xây dựng chủ trì đôn đốc nhà thầu thi công tuyến đường tránh, hoàn thành trước "
    "ngày 31/12/2025.\n"
)
BAD = "Sở Nội vụ"  # the block the broken steps below cannot read


def _broken(name: str, everywhere: bool) -> pipeline.Step:
    """Step ``name`` raising on the whole document, or only while BAD is in the text."""
    real = dict(pipeline.STEPS)[name]

    def step(doc: Doc, found: Mapping[str, Any]) -> Any:
        if everywhere or BAD in doc.text:
            raise AttributeError("'NoneType' object has no attribute 'start'")
        return real(doc, found)

    return step


def _with_broken(monkeypatch: pytest.MonkeyPatch, name: str, everywhere: bool) -> None:
    steps = [(n, _broken(n, everywhere) if n == name else s) for n, s in pipeline.STEPS]
    monkeypatch.setattr(pipeline, "STEPS", steps)


def test_every_step_runs_clean_on_the_notice() -> None:
    ex = pipeline.extract(build_doc(NOTICE, fmt="md"))
    assert ex.problems == ()
    assert [t.lead for t in ex.tasks] == ["Sở Tài chính", "Sở Nội vụ", "Sở Xây dựng"]


@pytest.mark.parametrize("name", [n for n, _ in pipeline.STEPS])
def test_a_step_failing_everywhere_keeps_the_other_steps(monkeypatch, name: str) -> None:
    clean = pipeline.extract(build_doc(NOTICE, fmt="md"))
    _with_broken(monkeypatch, name, everywhere=True)
    ex = pipeline.extract(build_doc(NOTICE, fmt="md"))
    assert [(p.step, p.error, p.message, p.offset) for p in ex.problems] == [
        (name, "AttributeError", "'NoneType' object has no attribute 'start'", None)]
    for other in ("references", "figures", "targets", "tasks", "projects"):
        assert getattr(ex, other) == (() if other == name else getattr(clean, other))
    assert ex.document == (DocumentMeta() if name == "document" else clean.document)


@pytest.mark.parametrize(("name", "kept"), [
    ("tasks", ["Sở Tài chính", "Sở Xây dựng"]),
])
def test_a_step_failing_on_one_block_keeps_the_others(monkeypatch, name: str,
                                                       kept: list[str]) -> None:
    _with_broken(monkeypatch, name, everywhere=False)
    doc = build_doc(NOTICE, fmt="md")
    ex = pipeline.extract(doc)
    assert [t.lead for t in ex.tasks] == kept
    assert [(p.step, p.error) for p in ex.problems] == [(name, "AttributeError")]
    bad = next(b for b in doc.blocks if BAD in doc.slice(b.span))
    assert ex.problems[0].offset == bad.span.start
    assert [f.value for f in ex.figures] == [5120.0, 8.4]
    assert "at character" in str(ex.problems[0])


def test_two_failing_blocks_are_both_reported(monkeypatch) -> None:
    _with_broken(monkeypatch, "tasks", everywhere=False)
    text = NOTICE + "\n4. Giao Sở Nội vụ chủ trì rà soát biên chế, báo cáo trong tháng 9/2025.\n"
    doc = build_doc(text, fmt="md")
    ex = pipeline.extract(doc)
    bad = [b.span.start for b in doc.blocks if BAD in doc.slice(b.span)]
    assert len(bad) == 2
    assert sorted(p.offset for p in ex.problems) == bad
    assert [t.lead for t in ex.tasks] == ["Sở Tài chính", "Sở Xây dựng"]
