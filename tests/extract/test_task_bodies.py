"""Bodies the register does not know lead tasks: open classes of heads and groups."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import tasks_of

LEADS = [
    # (paragraph, [(lead, support, deadline)])
    (  # a division of a Sở
        "Phòng Quản lý năng lượng chủ trì kiểm tra an toàn đập thủy điện trong tháng 12/2025.",
        [("Phòng Quản lý năng lượng", [], "2025-12-31")],
    ),
    (
        "Phòng Kỹ thuật an toàn - Môi trường chủ trì, phối hợp với Chi cục Quản lý đất đai rà "
        "soát hồ sơ cấp phép khai thác khoáng sản.",
        [("Phòng Kỹ thuật an toàn - Môi trường", ["Chi cục Quản lý đất đai"], None)],
    ),
    (  # national parks, joined by "và"; a ";"-clause with a verb of its own
        "Vườn quốc gia Phong Nha - Kẻ Bàng và Vườn quốc gia Bạch Mã tăng cường tuần tra bảo vệ "
        "rừng; lắp đặt bổ sung 10 trạm quan trắc trong quý I/2026.",
        [("Vườn quốc gia Phong Nha - Kẻ Bàng", ["Vườn quốc gia Bạch Mã"], None),
         ("Vườn quốc gia Phong Nha - Kẻ Bàng", ["Vườn quốc gia Bạch Mã"], "2026-03-31")],
    ),
    (  # the merged paper and station (2025), a comma inside its name
        "Báo và Phát thanh, Truyền hình Quảng Trị mở chuyên mục tuyên truyền về chuyển đổi số.",
        [("Báo và Phát thanh, Truyền hình Quảng Trị", [], None)],
    ),
    (  # Party committees of 2025
        "Giao Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo Sở Xây dựng chủ trì rà soát giá "
        "vật liệu xây dựng, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 15/12/2025.",
        [("Đảng ủy Ủy ban nhân dân tỉnh", [], "2025-12-15")],
    ),
    (
        "Đảng ủy các cơ quan Đảng tỉnh chỉ đạo các chi bộ trực thuộc quán triệt Nghị quyết.",
        [("Đảng ủy các cơ quan Đảng tỉnh", [], None)],
    ),
    (
        "Ban Thường vụ Đảng ủy xã Phú Hòa lãnh đạo, chỉ đạo tổ chức đại hội chi bộ trong quý "
        "II/2026.",
        [("Ban Thường vụ Đảng ủy xã Phú Hòa", [], "2026-06-30")],
    ),
    (  # open groups
        "Các nhà đầu tư khẩn trương hoàn thiện hồ sơ thủ tục đầu tư trước ngày 30/11/2025.",
        [("các nhà đầu tư", [], "2025-11-30")],
    ),
    (
        "Các hợp tác xã tham gia chuỗi liên kết tiêu thụ nông sản.",
        [("các hợp tác xã", [], None)],
    ),
    (
        "Các chủ rừng xây dựng phương án phòng cháy rừng, trình Sở Nông nghiệp và Môi trường "
        "trước ngày 10/12/2025.",
        [("các chủ rừng", [], "2025-12-10")],
    ),
    (  # the 2025 names: a commune-level special zone, the tax office, the commune police
        "Ủy ban nhân dân đặc khu Phú Quý chủ trì rà soát quy hoạch cảng cá.",
        [("Ủy ban nhân dân đặc khu Phú Quý", [], None)],
    ),
    (
        "Ủy ban nhân dân các xã, phường, đặc khu rà soát danh sách hộ nghèo trước ngày "
        "15/12/2025.",
        [("Ủy ban nhân dân các xã, phường, đặc khu", [], "2025-12-15")],
    ),
    (
        "Thuế tỉnh Gia Lai chủ trì, phối hợp với Sở Dân tộc và Tôn giáo đôn đốc thu nợ thuế.",
        [("Thuế tỉnh Gia Lai", ["Sở Dân tộc và Tôn giáo"], None)],
    ),
    (
        "Công an xã Ia Grai phối hợp với Ủy ban nhân dân xã Ia Grai bảo đảm an ninh trật tự.",
        [("Công an xã Ia Grai", ["Ủy ban nhân dân xã Ia Grai"], None)],
    ),
]


@pytest.mark.parametrize(("para", "expected"), LEADS)
def test_open_classes_of_bodies_lead(para: str, expected: list) -> None:
    found = tasks_of(para, kind="chi_thi", date="2025-11-10")
    assert [(t.lead, list(t.support), t.deadline) for t in found] == expected


NOT_BODIES = [
    # a head word that names no body here: no task, or the real lead
    ("Phòng, chống thiên tai là nhiệm vụ của cả hệ thống chính trị.", []),
    ("Báo cáo kết quả thực hiện gửi Sở Tài chính trước ngày 15/12/2025.", []),
    ("Sở Công Thương chủ trì, phối hợp với Trung tâm Phòng chống bệnh tật tỉnh kiểm tra an "
     "toàn thực phẩm.", ["Sở Công Thương"]),
]


@pytest.mark.parametrize(("para", "leads"), NOT_BODIES)
def test_head_words_that_name_no_body(para: str, leads: list) -> None:
    found = tasks_of(para, kind="bao_cao", date="2025-11-10")
    assert [t.lead for t in found] == leads


def test_a_title_without_a_province_stays_bare() -> None:
    """No province known: "Chủ tịch UBND tỉnh" is never the register's home province."""
    found = tasks_of("Giao Chủ tịch UBND tỉnh chỉ đạo kiểm tra công tác phòng cháy rừng.",
                     kind="chi_thi", date="2025-11-10")
    assert [t.lead for t in found] == ["Chủ tịch Ủy ban nhân dân tỉnh"]
    found = tasks_of("Giao Chủ tịch UBND tỉnh chỉ đạo kiểm tra công tác phòng cháy rừng.",
                     kind="chi_thi", date="2025-11-10", issuer="Ủy ban nhân dân tỉnh Gia Lai")
    assert [t.lead for t in found] == ["Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"]


@pytest.mark.parametrize(("issuer", "lead", "code"), [
    ("Ủy ban nhân dân tỉnh Lạng Sơn", "Thuế tỉnh Lạng Sơn", "thue-tinh-ls"),
    ("Ủy ban nhân dân tỉnh Thanh Hóa", "Thuế tỉnh Thanh Hóa", None),
    (None, "Thuế tỉnh", None),
])
def test_the_tax_office_since_july_2025(issuer: str | None, lead: str, code: str | None) -> None:
    """"Thuế tỉnh" (from 2025-07-01) is not the former "Cục Thuế tỉnh"."""
    found = tasks_of("Thuế tỉnh chủ trì đôn đốc thu hồi nợ thuế, hoàn thành trong quý I/2026.",
                     kind="chi_thi", date="2025-11-10", issuer=issuer)
    assert [(t.lead, t.lead_code) for t in found] == [(lead, code)]


NAMES_WITH_VERBS = [
    # verbs that open an action elsewhere go on inside a name
    ("Ban Chỉ đạo chuyển đổi số tỉnh chủ trì đánh giá mức độ chuyển đổi số.",
     "Ban Chỉ đạo chuyển đổi số tỉnh"),
    ("Ban Chỉ đạo đào tạo nghề tỉnh chủ trì tổng kết công tác tuyển sinh.",
     "Ban Chỉ đạo đào tạo nghề tỉnh"),
    ("Ban Quản lý rừng phòng hộ Sông Đà chủ trì trồng rừng thay thế.",
     "Ban Quản lý rừng phòng hộ Sông Đà"),
]


@pytest.mark.parametrize(("para", "lead"), NAMES_WITH_VERBS)
def test_verbs_inside_names(para: str, lead: str) -> None:
    assert [t.lead for t in tasks_of(para, kind="chi_thi", date="2025-11-10")] == [lead]
