"""Projects, round 7 (passages written for these tests): a bracket of progress after a
name ("(mới bàn giao 9/12 km mặt bằng)", "(còn 15 hộ chưa di dời)") is no part of it; a
"công trình"/"dự án" inside a company's name names no project."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.text.structure import build_doc


def _names(text: str) -> list[str]:
    return [p.name for p in extract(build_doc(text)).projects]


@pytest.mark.parametrize(("text", "names"), [
    ("Một số dự án chậm tiến độ, điển hình là Dự án Đường Nà Phặc - Bằng Thành (mới bàn "
     "giao 7,2/11,5 km mặt bằng) và Dự án Kè bảo vệ bờ suối Nậm Cắt (còn 15 hộ chưa di "
     "dời).\n",
     ["Đường Nà Phặc - Bằng Thành", "Kè bảo vệ bờ suối Nậm Cắt"]),
    ("Dự án Hồ chứa nước Khuổi Khe (đã giải ngân 62% kế hoạch vốn) đang đắp đập chính.\n",
     ["Hồ chứa nước Khuổi Khe"]),
    ("Dự án Trường Trung học phổ thông Ba Bể (đạt 45% khối lượng) thi công chậm.\n",
     ["Trường Trung học phổ thông Ba Bể"]),
    # a bracket that names the part or phase stays
    ("Dự án Bệnh viện Đa khoa huyện Chợ Đồn (giai đoạn 2) đã khởi công.\n",
     ["Bệnh viện Đa khoa huyện Chợ Đồn (giai đoạn 2)"]),
])
def test_a_progress_bracket_is_no_part_of_the_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Chi cục Thủy lợi phối hợp với Công ty TNHH một thành viên Khai thác công trình thủy lợi "
    "Bạc Liêu vận hành các cống phục vụ sản xuất.\n",
    "Công ty Cổ phần Quản lý và Xây dựng công trình giao thông Lào Cai duy tu 120 km đường "
    "tỉnh.\n",
])
def test_a_works_word_inside_a_company_name_names_no_project(text: str) -> None:
    assert _names(text) == []


def test_a_company_that_builds_a_named_project() -> None:
    text = ("Công ty Cổ phần Xây dựng Thăng Long là nhà thầu thi công Dự án Cầu Bến Lức 2, "
            "đã hoàn thành 60% khối lượng.\n")
    assert _names(text) == ["Cầu Bến Lức 2"]
