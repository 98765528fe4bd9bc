"""Task structures of round 6: deadline words (a time of day, a cut-off, a past
qualifier, a span of years in a time cell), second clauses opened by "định kỳ" or
carrying their own deadline, heading leads that name a group of bodies."""

from __future__ import annotations

import pytest

from ktxh.extract.deadlines import cell_deadline, find_deadlines
from ktxh.text.normalize import fold
from tests.extract.test_tasks import tasks_of


def doc(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def rows(found: tuple) -> list[tuple]:
    return [(t.lead, list(t.support), t.deadline) for t in found]


DEADLINE_WORDS = [
    # (words, [(deadline words, iso)])
    # a time of day between "trước" and the date
    ("nộp báo cáo nhanh về Sở Tài chính trước 10 giờ ngày 14/11/2025",
     [("trước 10 giờ ngày 14/11/2025", "2025-11-14")]),
    ("gửi số liệu chậm nhất 15h30 ngày 03/12/2025 để tổng hợp",
     [("chậm nhất 15h30 ngày 03/12/2025", "2025-12-03")]),
    # a cut-off the criterion is measured at is no deadline; the report's date is
    ("rà soát các công trình có khối lượng dưới 50% tính đến ngày 31/10/2025, báo cáo "
     "UBND tỉnh trước ngày 15/11/2025",
     [("trước ngày 15/11/2025", "2025-11-15")]),
    # a council's mid-year session meets in July
    ("trình Hội đồng nhân dân tỉnh tại kỳ họp giữa năm 2026",
     [("tại kỳ họp giữa năm 2026", "2026-07-31")]),
    ("báo cáo tại kỳ họp thường lệ cuối năm 2026", [("tại kỳ họp thường lệ cuối năm 2026",
                                                     "2026-12-31")]),
    # a date inside a past qualifier of the object
    ("hướng dẫn quyết toán các công trình đã hoàn thành bàn giao trong năm 2025", []),
    ("thanh toán cho các hợp đồng đã được ký kết trước ngày 01/7/2025", []),
]


@pytest.mark.parametrize(("words", "expected"), DEADLINE_WORDS)
def test_deadline_words(words: str, expected: list) -> None:
    found = find_deadlines(fold(words), doc_date="2025-10-20")
    assert [(d.text, d.iso) for d in found] == expected


@pytest.mark.parametrize(("cell", "iso"), [
    ("2026 - 2028", "2028-12-31"),
    ("Giai đoạn 2026-2027", "2027-12-31"),
    ("Năm 2026", "2026-12-31"),
])
def test_a_span_of_years_in_a_time_cell_ends_at_its_last_year(cell: str, iso: str) -> None:
    folded = fold(cell)
    found = cell_deadline(folded, 0, len(folded), doc_date="2025-10-20")
    assert found is not None and found.iso == iso


def test_a_report_after_a_cut_off_closes_the_same_task() -> None:
    text = doc("## III. NHIỆM VỤ", "1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính kiểm "
               "tra các gói thầu có giá trị thanh toán dưới 40% tính đến ngày 30/9/2025, báo "
               "cáo Ủy ban nhân dân tỉnh trước ngày 20/10/2025.")
    assert rows(tasks_of(text, kind="bao_cao", date="2025-08-12")) == [
        ("Sở Xây dựng", ["Sở Tài chính"], "2025-10-20")]


SUBMISSIONS = [
    # (paragraph, [(lead, support, deadline)])
    (  # a new document submitted after ";" is a task of its own, with its own deadline
        "2. Phòng Nội vụ chủ trì, phối hợp với Phòng Tài chính - Kế hoạch rà soát biên chế "
        "các đơn vị sự nghiệp; trình Ủy ban nhân dân huyện đề án sắp xếp lại các trường "
        "học trước ngày 28/02/2026.",
        [("Phòng Nội vụ", ["Phòng Tài chính - Kế hoạch"], None),
         ("Phòng Nội vụ", ["Phòng Tài chính - Kế hoạch"], "2026-02-28")],
    ),
    (  # the result of the task before, brought for decision: the same task
        "3. Phòng Kinh tế chủ trì kiểm tra các cơ sở sản xuất; tổng hợp, trình Ủy ban nhân "
        "dân huyện xem xét, quyết định trước ngày 15/3/2026.",
        [("Phòng Kinh tế", [], "2026-03-15")],
    ),
]


@pytest.mark.parametrize(("para", "expected"), SUBMISSIONS)
def test_a_submitted_document_is_a_task_of_its_own(para: str, expected: list) -> None:
    found = tasks_of(doc("## III. NHIỆM VỤ NĂM 2026", para), kind="bao_cao", date="2025-12-10")
    assert rows(found) == expected


SHARED_HEADINGS = [
    # (document, [(lead, support, deadline)])
    (  # committees of two levels under one heading: one body per name, every clause
        doc("## II. KẾT LUẬN", "## 3. UBND các huyện Tân Phú, Định Quán và thành phố Long "
            "Khánh", "Vận động người dân bàn giao mặt bằng; thực hiện cưỡng chế đối với các "
            "trường hợp cố tình không bàn giao."),
        [("Ủy ban nhân dân huyện Tân Phú",
          ["Ủy ban nhân dân huyện Định Quán", "Ủy ban nhân dân thành phố Long Khánh"], None)] * 2,
    ),
    (  # the same inline
        doc("## II. KẾT LUẬN", "3. UBND các huyện Tân Phú, Định Quán và thành phố Long Khánh "
            "vận động người dân bàn giao mặt bằng trong tháng 8/2025."),
        [("Ủy ban nhân dân huyện Tân Phú",
          ["Ủy ban nhân dân huyện Định Quán", "Ủy ban nhân dân thành phố Long Khánh"],
          "2025-08-31")],
    ),
    (  # committees of one level stay one group, as written
        doc("## II. KẾT LUẬN", "3. UBND các huyện Tân Phú, Định Quán vận động người dân bàn "
            "giao mặt bằng."),
        [("Ủy ban nhân dân các huyện Tân Phú, Định Quán", [], None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_HEADINGS)
def test_committees_of_two_levels_are_one_body_per_name(text: str, expected: list) -> None:
    assert rows(tasks_of(text, kind="thong_bao", date="2025-06-02")) == expected


CO_SUBJECTS = [
    # co-subjects support every clause of their sentence, as "chủ trì, phối hợp với" does
    ("5. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh bố trí lực lượng hỗ trợ Nhân dân sơ tán; tổ "
     "chức phân luồng giao thông tại các ngầm tràn.",
     [("Công an tỉnh", ["Bộ Chỉ huy Quân sự tỉnh"], None)] * 2),
    # a body of its own in the next sentence takes none of them
    ("5. Sở Công Thương, Công ty Điện lực tỉnh khôi phục cấp điện cho các xã bị chia cắt. "
     "Sở Y tế bảo đảm thuốc men cho vùng lũ.",
     [("Sở Công Thương", ["Công ty Điện lực tỉnh"], None), ("Sở Y tế", [], None)]),
]


@pytest.mark.parametrize(("para", "expected"), CO_SUBJECTS)
def test_co_subjects_support_the_clauses_after_a_semicolon(para: str, expected: list) -> None:
    found = tasks_of(doc("## NHIỆM VỤ", para), kind="cong_van", date="2025-10-02")
    assert rows(found) == expected


MORE_CLAUSES = [
    # (paragraph, [(lead, support, deadline)])
    # a "không để …" clause after ";" is a condition of the task before, no task
    ("4. Ủy ban nhân dân các xã di dời các hộ dân ở vùng có nguy cơ sạt lở đến nơi an toàn; "
     "không để người dân quay về khi chưa có thông báo của cơ quan chức năng.",
     [("Ủy ban nhân dân các xã", [], None)]),
    ("4. Sở Giao thông vận tải bố trí người cảnh giới tại các ngầm tràn; tuyệt đối không để "
     "phương tiện qua lại khi nước dâng cao.",
     [("Sở Giao thông vận tải", [], None)]),
    # "tăng thời lượng/tần suất …" is an action after a body
    ("8. Báo và Phát thanh, Truyền hình Quảng Trị tăng thời lượng đưa tin về diễn biến mưa lũ.",
     [("Báo và Phát thanh, Truyền hình Quảng Trị", [], None)]),
    ("9. Công an tỉnh tăng tần suất tuần tra trên các tuyến quốc lộ trong tháng 12/2025.",
     [("Công an tỉnh", [], "2025-12-31")]),
]


@pytest.mark.parametrize(("para", "expected"), MORE_CLAUSES)
def test_conditions_and_more_actions(para: str, expected: list) -> None:
    found = tasks_of(doc("## NHIỆM VỤ", para), kind="cong_van", date="2025-10-02")
    assert rows(found) == expected
