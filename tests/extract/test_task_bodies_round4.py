"""Bodies of a huyện and lists of bodies: district offices are no ministries, a level
word is kept, the People's Committees after a list of groups are a body of their own,
and a place after a body named with its level repeats the head."""

from __future__ import annotations

import pytest

from ktxh.extract import agencies
from tests.extract.test_tasks import tasks_of

HUYEN = [
    # (paragraph, [(lead, support)])
    (  # the district office shares its name with a ministry: never "Bộ ..."
        "Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Trạm Khuyến nông "
        "huyện hướng dẫn nông dân chuyển đổi cây trồng.",
        [("Phòng Nông nghiệp và Phát triển nông thôn", ["Trạm Khuyến nông huyện"])],
    ),
    (
        "Phòng Lao động - Thương binh và Xã hội chủ trì rà soát hộ cận nghèo.",
        [("Phòng Lao động - Thương binh và Xã hội", [])],
    ),
    (  # abbreviations of the district offices, spelled out
        "Phòng NN&PTNT, Phòng TC-KH tham mưu phương án phòng, chống hạn.",
        [("Phòng Nông nghiệp và Phát triển nông thôn", ["Phòng Tài chính - Kế hoạch"])],
    ),
    (
        "Phòng LĐ-TB&XH chủ trì kiểm tra việc chi trả trợ cấp ưu đãi.",
        [("Phòng Lao động - Thương binh và Xã hội", [])],
    ),
    (
        "Phòng GD&ĐT phối hợp với Phòng VH&TT tổ chức hội khỏe Phù Đổng cấp huyện.",
        [("Phòng Giáo dục và Đào tạo", ["Phòng Văn hóa và Thông tin"])],
    ),
    (
        "Phòng TN&MT chủ trì, phối hợp với Phòng Kinh tế - Hạ tầng và Phòng Quản lý đô thị rà "
        "soát quỹ đất tái định cư.",
        [("Phòng Tài nguyên và Môi trường", ["Phòng Kinh tế - Hạ tầng", "Phòng Quản lý đô thị"])],
    ),
    (  # the Front of the huyện keeps its level; "chính trị - xã hội" is one group word
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện "
        "vận động nhân dân hiến đất làm đường.",
        [("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", ["các đoàn thể chính trị - xã hội huyện"])],
    ),
    (  # the Front abbreviated, named in full with "Việt Nam"
        "Đề nghị UBMTTQ huyện và các đoàn thể huyện vận động nhân dân giữ gìn vệ sinh môi "
        "trường.",
        [("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", ["các đoàn thể huyện"])],
    ),
    (
        "Đề nghị Ủy ban MTTQ thị xã phối hợp giám sát việc chi trả bồi thường.",
        [("Ủy ban Mặt trận Tổ quốc Việt Nam thị xã", [])],
    ),
    (  # a branch inside a name
        "Ngân hàng Nhà nước Chi nhánh Khu vực 7 chỉ đạo các tổ chức tín dụng giảm lãi suất.",
        [("Ngân hàng Nhà nước Chi nhánh Khu vực 7", [])],
    ),
    (
        "Hạt Kiểm lâm huyện phối hợp với Đội Quản lý thị trường số 4 kiểm tra việc vận chuyển "
        "lâm sản.",
        [("Hạt Kiểm lâm huyện", ["Đội Quản lý thị trường số 4"])],
    ),
]


@pytest.mark.parametrize(("para", "expected"), HUYEN)
def test_bodies_of_a_huyen(para: str, expected: list) -> None:
    found = tasks_of(para, kind="thong_bao", date="2023-12-08")
    assert [(t.lead, list(t.support)) for t in found] == expected


@pytest.mark.parametrize(
    ("name", "registered"),
    [  # a near spelling may not change the head word or the level
        ("Phòng Nông nghiệp và Phát triển nông thôn", None),
        ("Phòng Lao động - Thương binh và Xã hội", None),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", None),
        # a typo of a ministry's name still finds it
        ("Bộ Nông nghiệp và Phát triển nông thon", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("Bộ Lao động Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"),
    ],
)
def test_near_spellings_keep_head_and_level(name: str, registered: str | None) -> None:
    found = agencies.lookup(name)
    assert (found.name if found else None) == registered


def test_a_status_held_is_no_task() -> None:
    para = ("Năm học 2025 - 2026 toàn xã có 9/14 trường đạt chuẩn; Trạm Y tế xã duy trì đạt "
            "Bộ tiêu chí quốc gia về y tế.")
    assert tasks_of(para, kind="thong_bao") == ()


LISTS = [
    # (paragraph, [(lead, support)])
    (  # the People's Committees after a list of groups support it
        "Sở Tài chính là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, Ủy ban "
        "nhân dân các xã, phường theo dõi việc thực hiện Kế hoạch.",
        [("Sở Tài chính", ["các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"])],
    ),
    (  # ... and as co-subjects the first leads
        "Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường căn cứ Kế hoạch này xây dựng "
        "kế hoạch của đơn vị.",
        [("các sở, ban, ngành tỉnh", ["Ủy ban nhân dân các xã, phường"])],
    ),
    (  # groups with no head of their own stay one group
        "Các sở, ban, ngành, đoàn thể tỉnh tổ chức quán triệt Kế hoạch.",
        [("các sở, ban, ngành, đoàn thể tỉnh", [])],
    ),
    (  # titled groups of an addressee formula stay one
        "Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành nghiêm túc thực hiện.",
        [("Giám đốc các sở, Thủ trưởng các ban, ngành", [])],
    ),
    (  # a place after a body named with its level repeats the head
        "Đề nghị Ủy ban MTTQ Việt Nam thị xã Hoài Nhơn, huyện Phù Mỹ tuyên truyền, vận động "
        "người dân bàn giao mặt bằng.",
        [("Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Hoài Nhơn",
          ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phù Mỹ"])],
    ),
    (
        "Giao UBND huyện Phù Cát, thị xã An Nhơn chi trả tiền bồi thường trong tháng 10/2024.",
        [("Ủy ban nhân dân huyện Phù Cát", ["Ủy ban nhân dân thị xã An Nhơn"])],
    ),
    (  # a level word with no place after it repeats nothing
        "Giao Sở Xây dựng, huyện Phù Cát rà soát.",
        [("Sở Xây dựng", [])],
    ),
]


@pytest.mark.parametrize(("para", "expected"), LISTS)
def test_lists_of_bodies(para: str, expected: list) -> None:
    found = tasks_of(para, kind="thong_bao", date="2024-08-15")
    assert [(t.lead, list(t.support)) for t in found] == expected
