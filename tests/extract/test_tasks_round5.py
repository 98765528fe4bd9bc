"""Task structures of round 5: a role in brackets after a heading's lead, second clauses
after ";", the issuer's own decisions, openers, shared heads, "lần lượt", deadline words."""

from __future__ import annotations

import pytest

from ktxh.extract.deadlines import find_deadlines
from ktxh.text.normalize import fold
from tests.extract.test_tasks import tasks_of


def doc(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def rows(found: tuple) -> list[tuple]:
    return [(t.lead, list(t.support), t.deadline) for t in found]


HEADING_ROLES = [
    # (document, type, [(lead, support, deadline)])
    (  # a role in brackets after the heading's lead
        doc("## III. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế (cơ quan thường trực)",
            "- Hướng dẫn các cơ sở khám bệnh rà soát quy trình chuyển tuyến.",
            "- Tham mưu kiện toàn Tổ công tác liên ngành trong quý II/2026."),
        "ke_hoach",
        [("Sở Y tế", [], None), ("Sở Y tế", [], "2026-06-30")],
    ),
    (  # a short name in brackets, bold, with a colon
        doc("## II. NHIỆM VỤ", "**2. Ban Quản lý dự án đầu tư xây dựng các công trình giao "
            "thông tỉnh (Ban Giao thông):**",
            "a) Khẩn trương hoàn thiện hồ sơ thiết kế cầu Bến Đình trong tháng 3/2026."),
        "ke_hoach",
        [("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", [],
          "2026-03-31")],
    ),
    (  # a heading "(cơ quan chủ trì)" with words that introduce the list
        doc("## IV. TỔ CHỨC THỰC HIỆN", "**1. Sở Công Thương (cơ quan chủ trì) có trách "
            "nhiệm:**", "- Xây dựng chương trình xúc tiến thương mại năm 2026."),
        "ke_hoach",
        [("Sở Công Thương", [], None)],
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), HEADING_ROLES)
def test_a_role_in_brackets_after_a_heading_lead(text: str, kind: str, expected: list) -> None:
    assert rows(tasks_of(text, kind=kind, date="2026-01-20", period="2026")) == expected


NOT_LEADS = [
    # a bracket after words that are no body: no lead line, no task
    doc("## III. TỔ CHỨC THỰC HIỆN", "1. Kinh phí thực hiện (nguồn ngân sách tỉnh)",
        "Bố trí trong dự toán chi thường xuyên năm 2026."),
]


@pytest.mark.parametrize("text", NOT_LEADS)
def test_a_bracket_makes_no_lead_of_other_words(text: str) -> None:
    assert tasks_of(text, kind="ke_hoach", date="2026-01-20", period="2026") == ()


MEETING_AND_SPAN_DEADLINES = [
    # (words, document date, [(deadline words, iso)])
    ("trình Hội đồng nhân dân tỉnh tại kỳ họp chuyên đề quý III/2025", "2025-04-08",
     [("tại kỳ họp chuyên đề quý iii/2025", "2025-09-30")]),
    ("tổng hợp, báo cáo Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng 5/2025", "2025-04-08",
     [("tại cuộc họp giao ban tháng 5/2025", "2025-05-31")]),
    ("báo cáo tại phiên họp thường kỳ tháng 10 năm 2025", "2025-04-08",
     [("tại phiên họp thường kỳ tháng 10 năm 2025", "2025-10-31")]),
    ("đầu tư nâng cấp tuyến quốc lộ trong giai đoạn 2026 - 2030", "2025-04-08",
     [("trong giai đoạn 2026 - 2030", "2030-12-31")]),
    ("hoàn thành trong giai đoạn 2021–2025", "2021-03-02",
     [("trong giai đoạn 2021–2025", "2025-12-31")]),
    # a span after other words, a past session, a session of no year: no date
    ("xây dựng kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030", "2025-04-08", []),
    ("bố trí vốn cho giai đoạn 2026 - 2030", "2025-04-08", []),
    ("thực hiện Nghị quyết được thông qua tại kỳ họp thứ 9 ngày 08/12/2024", "2025-04-08",
     []),
    ("trình tại kỳ họp thường lệ cuối năm", "2025-04-08", []),
    # year-less days take the document's year
    ("hoàn thành trước 20/5", "2025-04-08", [("trước 20/5", "2025-05-20")]),
    ("trong tháng 6", "2025-04-08", [("trong tháng 6", "2025-06-30")]),
]


@pytest.mark.parametrize(("words", "date", "expected"), MEETING_AND_SPAN_DEADLINES)
def test_meeting_and_span_deadlines(words: str, date: str, expected: list) -> None:
    found = [d for d in find_deadlines(fold(words), doc_date=date) if d.iso]
    assert [(d.text, d.iso) for d in found] == [(fold(w), iso) for w, iso in expected]


ISSUER = "Văn phòng Ủy ban nhân dân tỉnh Bình Thuận"
ISSUER_CLAUSES = [
    # (paragraph, [(lead, support, deadline)]): the issuer's head decides, the body it
    # names acts
    ("2. Về đề nghị gia hạn Dự án Khu dân cư Hàm Kiệm: Chủ tịch UBND tỉnh thống nhất gia hạn "
     "tiến độ đến hết quý III/2025; giao Sở Tài chính thông báo cho nhà đầu tư trước ngày "
     "15/7/2025.",
     [("Sở Tài chính", [], "2025-07-15")]),
    ("3. Chủ tịch UBND tỉnh đồng ý chủ trương, giao Sở Xây dựng rà soát quy hoạch chung đô "
     "thị Phan Rí Cửa trong tháng 8/2025.",
     [("Sở Xây dựng", [], "2025-08-31")]),
    ("4. Phó Chủ tịch UBND tỉnh thống nhất với đề xuất của Sở Y tế và yêu cầu Sở Y tế hoàn "
     "thiện hồ sơ trước ngày 30/6/2025.",
     [("Sở Y tế", [], "2025-06-30")]),
    ("5. UBND tỉnh thống nhất bố trí vốn cho công trình kè sông Cà Ty.", []),
    # a body of the issuer's own province that is no issuer still leads
    ("6. Ủy ban nhân dân huyện Tuy Phong khẩn trương bàn giao mặt bằng trong tháng 7/2025.",
     [("Ủy ban nhân dân huyện Tuy Phong", [], "2025-07-31")]),
]


@pytest.mark.parametrize(("para", "expected"), ISSUER_CLAUSES)
def test_the_issuer_is_never_a_lead(para: str, expected: list) -> None:
    text = doc("## KẾT LUẬN", para)
    found = tasks_of(text, kind="thong_bao", date="2025-06-10", issuer=ISSUER)
    assert rows(found) == expected


ATTENDANCE = [
    doc("Ngày 02/6/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp giao ban tháng 5. Tham dự có "
        "các đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ban, ngành; Chủ tịch UBND các "
        "huyện, thị xã, thành phố dự họp trực tuyến tại điểm cầu cấp huyện."),
    doc("Cùng dự có lãnh đạo Sở Tài chính, Sở Xây dựng và Ủy ban nhân dân huyện Bắc Bình."),
    doc("## KẾT LUẬN", "Chủ tịch UBND các huyện, thị xã, thành phố dự họp trực tuyến tại điểm "
        "cầu cấp huyện."),
]


@pytest.mark.parametrize("text", ATTENDANCE)
def test_the_attendance_is_no_task(text: str) -> None:
    assert tasks_of(text, kind="thong_bao", date="2025-06-10", issuer=ISSUER) == ()
