"""Figures of projects as key-project reports word them (passages written for
these tests), read through the whole pipeline."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.text.structure import build_doc


def _figures(text: str) -> list[tuple[str, tuple]]:
    out = []
    for p in extract(build_doc(text)).projects:
        for f in p.figures:
            out.append((p.name, (f.indicator, round(f.value, 3), f.value_max, f.unit, f.kind)))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list item and the sentences of progress after it
        ("1. Dự án Đường Bản Tấn - Nà Ngần có tổng mức đầu tư 1.250 tỷ đồng. Công tác giải "
         "phóng mặt bằng đạt 85%, đã bàn giao được 40,5/48 ha. Khối lượng thực hiện ước đạt 55% "
         "giá trị hợp đồng. Lũy kế giải ngân từ khởi công đến nay 620 tỷ đồng.\n",
         [("tổng mức đầu tư", 1250.0, None, "tỷ đồng", "level"),
          ("giải phóng mặt bằng", 85.0, None, "%", "rate"),
          ("bàn giao", 40.5, 48.0, "ha", "progress"),
          ("Khối lượng thực hiện", 55.0, None, "%", "rate"),
          ("giải ngân từ khởi công đến nay", 620.0, None, "tỷ đồng", "level")]),
        # a delay and a fraction of the contract
        ("Dự án Cầu Nà Mò (Km23 Quốc lộ 34) chậm tiến độ khoảng 5 tháng; khối lượng thực hiện "
         "đạt khoảng 2/3 giá trị hợp đồng.\n",
         [("chậm tiến độ", 5.0, None, "tháng", "level"),
          ("khối lượng thực hiện so với giá trị hợp đồng", 0.667, None, "", "share")]),
        # the name is no part of the indicator
        ("Dự án Hồ chứa nước Nà Lạn đã tích nước 2,1 triệu m3.\n",
         [("tích nước", 2.1, None, "triệu m3", "level")]),
        ("Dự án Trường THPT Chiêm Hóa hiện đã hoàn thành 70% khối lượng.\n",
         [("khối lượng hoàn thành", 70.0, None, "%", "rate")]),
        # a rate said of its own clause, not of the length before it
        ("Dự án đường cao tốc Hòa Bình - Mộc Châu có tổng chiều dài khoảng 88 km, đã hoàn thành "
         "giải phóng mặt bằng đoạn từ Km0+000 đến Km30, đạt 65% diện tích.\n",
         [("tổng chiều dài", 88.0, None, "km", "level"),
          ("giải phóng mặt bằng", 65.0, None, "%", "rate")]),
        # the plan of funds and what was paid of it, in a sentence of its own
        ("b) Dự án Cầu Sông Vệ 2 thi công trụ cầu. Năm 2025 được giao kế hoạch vốn 120 tỷ "
         "đồng, đến nay giải ngân 36 tỷ đồng.\n",
         [("giao kế hoạch vốn", 120.0, None, "tỷ đồng", "level"),
          ("giải ngân", 36.0, None, "tỷ đồng", "level")]),
        # the footnote cited by the project's sentence
        ("Dự án Kè sông Lô giải ngân 45/80 tỷ đồng<sup>1</sup>.\n\n"
         "<sup>1</sup> Trong đó: vốn ngân sách trung ương 30 tỷ đồng, vốn ngân sách tỉnh 15 tỷ "
         "đồng.\n",
         [("giải ngân", 45.0, 80.0, "tỷ đồng", "progress"),
          ("vốn ngân sách trung ương", 30.0, None, "tỷ đồng", "level"),
          ("vốn ngân sách tỉnh", 15.0, None, "tỷ đồng", "level")]),
        # an indicator that ends after the number ("bàn giao ... ha mặt bằng") is the
        # figure's own, not one carried from an earlier number
        ("Dự án Đường vành đai Bắc theo hình thức BT: lũy kế đã bàn giao 21,4/56,8 ha mặt "
         "bằng, đạt 37,7%; hiện đã giải ngân 95/310 tỷ đồng vốn ngân sách tỉnh.\n",
         [("bàn giao mặt bằng", 21.4, 56.8, "ha", "progress"),
          ("bàn giao mặt bằng", 37.7, None, "%", "rate"),
          ("giải ngân vốn ngân sách tỉnh", 95.0, 310.0, "tỷ đồng", "progress")]),
        # --- what stays ---
        # the words after a number's unit are its own: "đạt 63%" compares the handover
        ("Dự án Cầu Bắc Mê đã bàn giao 12,6/20 ha mặt bằng, đạt 63%.\n",
         [("bàn giao mặt bằng", 12.6, 20.0, "ha", "progress"),
          ("bàn giao mặt bằng", 63.0, None, "%", "rate")]),
        # a later sentence about another body is not the project's
        ("- Dự án Bệnh viện Y học cổ truyền tỉnh khởi công năm 2024. Sở Y tế đề nghị bổ sung "
         "20 tỷ đồng cho Trung tâm Y tế huyện.\n", []),
    ],
)
def test_project_figures(text: str, expected: list[tuple]) -> None:
    assert [f for _, f in _figures(text)] == expected


def test_site_clearance_is_no_comparison() -> None:
    doc = build_doc("Công tác giải phóng mặt bằng đạt 92% diện tích cần thu hồi.")
    (f,) = extract(doc).figures
    assert (f.indicator, f.kind) == ("Công tác giải phóng mặt bằng", "rate")
