"""Headings and intro lines that name the lead of the list below them."""

from __future__ import annotations

import pytest

from ktxh.extract.task_owners import _MAY_NAME, owner_line
from ktxh.text.model import Span
from ktxh.text.normalize import fold
from tests.extract.test_tasks import tasks_of


def doc(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


LISTS = [
    # (document, type, [(lead, deadline)])
    (  # a bold lead with words after it
        doc("## III. TỔ CHỨC THỰC HIỆN",
            "**1. Các chủ đầu tư** có trách nhiệm:",
            "- Rà soát kế hoạch vốn, cam kết tiến độ thanh toán, gửi Sở Tài chính trước ngày "
            "15/11/2025.",
            "- Phấn đấu đến ngày 31/12/2025 thanh toán đạt trên 85% kế hoạch vốn; đến ngày "
            "31/01/2026 thanh toán 100% kế hoạch vốn.",
            "**2. Kinh phí thực hiện**",
            "Bố trí từ nguồn ngân sách tỉnh."),
        "ke_hoach",
        [("các chủ đầu tư", "2025-11-15"), ("các chủ đầu tư", "2025-12-31"),
         ("các chủ đầu tư", "2026-01-31")],
    ),
    (  # a commune-level group with "đặc khu"
        doc("## II. NHIỆM VỤ, GIẢI PHÁP",
            "**3. Ủy ban nhân dân các xã, phường, đặc khu:**",
            "- Tập trung giải phóng mặt bằng các dự án trọng điểm, hoàn thành trước ngày "
            "20/12/2025.",
            "- Rà soát, cập nhật danh sách hộ cận nghèo trong quý I/2026."),
        "ke_hoach",
        [("Ủy ban nhân dân các xã, phường, đặc khu", "2025-12-20"),
         ("Ủy ban nhân dân các xã, phường, đặc khu", "2026-03-31")],
    ),
    (  # a Party intro: its body leads the bullets, the intro itself is no task
        doc("Đề nghị Ban Thường vụ Đảng ủy phường tập trung lãnh đạo, chỉ đạo thực hiện tốt "
            "một số nhiệm vụ sau:",
            "- Rà soát, bổ sung quy hoạch cán bộ, hoàn thành trước ngày 28/02/2026.",
            "- Tổ chức đại hội chi bộ nhiệm kỳ 2026 - 2028 trong quý II/2026.",
            "- Kiện toàn tổ chức bộ máy các chi bộ trực thuộc trong năm 2026."),
        "thong_bao",
        [("Ban Thường vụ Đảng ủy phường", "2026-02-28"),
         ("Ban Thường vụ Đảng ủy phường", "2026-06-30"),
         ("Ban Thường vụ Đảng ủy phường", "2026-12-31")],
    ),
    (  # "Giao X chủ trì, phối hợp với Y thực hiện các nội dung sau:"
        doc("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện các nội dung sau:",
            "a) Rà soát danh mục thuốc thiết yếu.",
            "b) Báo cáo Ủy ban nhân dân tỉnh trước ngày 30/12/2025."),
        "cong_van",
        [("Sở Y tế", None), ("Sở Y tế", "2025-12-30")],
    ),
    (  # the issuer asks: its addressee leads the numbered items, one read as a heading
        doc("Sở Tài chính đề nghị các cơ quan, đơn vị:",
            "1. Báo cáo tình hình giải ngân vốn đầu tư công, gửi Sở Tài chính trước ngày "
            "05/12/2025.",
            "2. Rà soát các dự án chậm tiến độ"),
        "cong_van",
        [("các cơ quan, đơn vị", "2025-12-05"), ("các cơ quan, đơn vị", None)],
    ),
    (  # "X yêu cầu:" introduces the list and names no lead: the items have their own
        doc("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
            "1. Sở Nông nghiệp và Môi trường chủ trì tổ chức kiểm tra các vùng rừng trọng điểm.",
            "2. Công an tỉnh tăng cường tuần tra, kiểm soát."),
        "chi_thi",
        [("Sở Nông nghiệp và Môi trường", None), ("Công an tỉnh", None)],
    ),
    (  # an intro heading with "có trách nhiệm thực hiện các nhiệm vụ sau"; a later heading
        # of the same level ends it
        doc("## III. TỔ CHỨC THỰC HIỆN",
            "**1. Sở Xây dựng có trách nhiệm thực hiện các nhiệm vụ sau:**",
            "a) Kiểm tra chất lượng công trình",
            "b) Hướng dẫn các chủ đầu tư lập hồ sơ quyết toán.",
            "**2. Tổ chức thực hiện**",
            "Bố trí kinh phí từ nguồn ngân sách tỉnh."),
        "ke_hoach",
        [("Sở Xây dựng", None), ("Sở Xây dựng", None)],
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), LISTS)
def test_a_line_naming_a_lead_owns_the_list(text: str, kind: str, expected: list) -> None:
    found = tasks_of(text, kind=kind, date="2025-11-10")
    assert [(t.lead, t.deadline) for t in found] == expected


def test_an_aim_under_a_lead_is_a_task_only_with_a_day() -> None:
    text = doc("## III. TỔ CHỨC THỰC HIỆN",
               "**1. Các chủ đầu tư:**",
               "- Phấn đấu năm 2026 tỷ lệ giải ngân đạt trên 95%.",
               "- Phấn đấu đến ngày 31/12/2025 giải ngân đạt 80% kế hoạch vốn.")
    found = tasks_of(text, kind="ke_hoach", date="2025-11-10")
    assert [(t.lead, t.deadline, t.action) for t in found] == [
        ("các chủ đầu tư", "2025-12-31", "phấn đấu giải ngân đạt 80% kế hoạch vốn")]


OWNER_LINES = [
    # (line, heading, lead or None for "no owner", listed)
    ("1. Các chủ đầu tư có trách nhiệm:", True, "các chủ đầu tư", True),
    ("2. Sở Tài chính:", True, "Sở Tài chính", False),
    ("Giao Sở Công Thương thực hiện những nhiệm vụ cụ thể sau đây:", False, "Sở Công Thương",
     True),
    ("Để thực hiện tốt Kế hoạch, Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành:", False,
     "các sở, ban, ngành", True),
    ("**3. Sở Nội vụ thực hiện các nhiệm vụ sau:**", True, "Sở Nội vụ", False),
]
NOT_OWNER_LINES = [
    # a task of its own, or a sentence that names no list
    ("Sở Tài chính chủ trì thẩm định phương án giá.", False),
    ("Sở Tài chính có trách nhiệm thẩm định phương án giá.", False),
    ("Sở Tài chính đề nghị các cơ quan, đơn vị gửi báo cáo đúng hạn.", False),
    ("UBND tỉnh thực hiện các nhiệm vụ sau", False),  # no colon, not a heading
    ("Sở Y tế đã thực hiện các nội dung sau:", False),  # what was done
    ("Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành thực hiện các nhiệm vụ sau:", False),
]


@pytest.mark.parametrize(("line", "heading", "lead", "listed"), OWNER_LINES)
def test_owner_lines(line: str, heading: bool, lead: str, listed: bool) -> None:
    owner = owner_line(line, fold(line), Span(0, len(line)), heading)
    assert owner is not None and owner.body is not None
    assert (owner.body.name, owner.listed) == (lead, listed)


@pytest.mark.parametrize(("line", "heading"), NOT_OWNER_LINES)
def test_not_owner_lines(line: str, heading: bool) -> None:
    assert owner_line(line, fold(line), Span(0, len(line)), heading) is None


# lines whose opening names no body: owner_line stops at its cheap first test
NO_BODY_LINES = [
    "3. Kết quả thực hiện:",
    "- Rà soát, bổ sung quy hoạch chung đô thị:",
    "a) Trong quý II/2025:",
    "Đồng thời, rà soát các thủ tục hành chính sau:",
]


@pytest.mark.parametrize("line", NO_BODY_LINES)
def test_the_first_test_stops_lines_that_name_no_body(line: str) -> None:
    assert _MAY_NAME.match(fold(line), 0) is None
    assert owner_line(line, fold(line), Span(0, len(line)), True) is None


@pytest.mark.parametrize(("line", "heading", "lead", "listed"), OWNER_LINES)
def test_the_first_test_lets_every_lead_line_through(line: str, heading: bool, lead: str,
                                                      listed: bool) -> None:
    assert _MAY_NAME.match(fold(line), 0) is not None


REPORT = doc("## I. KẾT QUẢ THỰC HIỆN",
             "Sở Y tế đã thực hiện các nội dung sau:",
             "- Tổ chức tiêm chủng cho 12.000 trẻ em.",
             "Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành thực hiện các nhiệm vụ sau:",
             "- Rà soát thủ tục hành chính.")


def test_a_list_of_what_was_done_is_no_task() -> None:
    assert tasks_of(REPORT, kind="bao_cao", date="2025-11-10") == ()


def test_an_issuer_asking_with_no_addressee_names_no_lead() -> None:
    line = "Chủ tịch UBND tỉnh yêu cầu:"
    owner = owner_line(line, fold(line), Span(0, len(line)), False)
    assert owner is not None and owner.body is None
