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


OPENERS = [
    # (document, type, [(lead, support, deadline)])
    (  # "Căn cứ …," before a titled list (one group, as in round 4)
        doc("## Điều 2.", "1. Căn cứ các chỉ tiêu được giao, Thủ trưởng các sở, ban, ngành "
            "tỉnh, Chủ tịch Ủy ban nhân dân cấp huyện xây dựng kế hoạch, giao chỉ tiêu cho các "
            "đơn vị trực thuộc, hoàn thành trước ngày 28/12/2024."),
        "quyet_dinh",
        [("Thủ trưởng các sở, ban, ngành tỉnh", ["Chủ tịch Ủy ban nhân dân cấp huyện"],
          "2024-12-28")],  # the chair of the committees supports (round 7)
    ),
    (  # "Căn cứ …," before a named body
        doc("## Điều 2.", "Căn cứ dự toán được giao, Sở Y tế phân bổ kinh phí cho các bệnh "
            "viện tuyến huyện trước ngày 31/01/2025."),
        "quyet_dinh",
        [("Sở Y tế", [], "2025-01-31")],
    ),
    (  # a label before the subject
        doc("## IV. TỔ CHỨC THỰC HIỆN", "Chế độ báo cáo: các sở, ngành, Ủy ban nhân dân các "
            "xã, phường báo cáo kết quả thực hiện (trước ngày 05/12 hằng năm) về Sở Dân tộc và "
            "Tôn giáo để tổng hợp."),
        "ke_hoach",
        [("các sở, ngành", ["Ủy ban nhân dân các xã, phường"], None)],
    ),
    (  # a time with no comma before the verb, after a warning that is no task
        doc("## Điều 2.", "2. Thủ trưởng các sở, ban, ngành tỉnh chịu trách nhiệm trước Chủ "
            "tịch Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao; trước ngày 10 "
            "của tháng cuối quý gửi báo cáo tình hình thực hiện về Sở Tài chính."),
        "quyet_dinh",
        [("Thủ trưởng các sở, ban, ngành tỉnh", [], None)],
    ),
    (  # "chịu trách nhiệm" before a verb is a task
        doc("## Điều 2.", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn chịu trách nhiệm "
            "hướng dẫn các địa phương chuyển đổi cơ cấu cây trồng trong quý I/2025."),
        "quyet_dinh",
        [("Giám đốc Sở Nông nghiệp và Phát triển nông thôn", [], "2025-03-31")],
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), OPENERS)
def test_openers_before_the_subject(text: str, kind: str, expected: list) -> None:
    found = tasks_of(text, kind=kind, date="2024-12-15", period="2025")
    assert rows(found) == expected


def test_the_report_after_a_warning_keeps_its_words() -> None:
    (t,) = tasks_of(OPENERS[3][0], kind="quyet_dinh", date="2024-12-15", period="2025")
    assert (t.action, t.deadline_text, t.report_to) == (
        "gửi báo cáo tình hình thực hiện về Sở Tài chính", "trước ngày 10 của tháng cuối quý",
        "Sở Tài chính")


NO_TASK_OPENERS = [
    # the preamble of a decision, a warning alone, a label before no body
    (doc("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
         "Căn cứ Nghị quyết số 31/NQ-HĐND ngày 9 tháng 12 năm 2024 của Hội đồng nhân dân tỉnh "
         "về kế hoạch phát triển kinh tế - xã hội năm 2025;",
         "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 620/TTr-STC."), "quyet_dinh"),
    (doc("## Điều 2.", "Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm trước Chủ tịch Ủy "
         "ban nhân dân tỉnh nếu để xảy ra lấn chiếm đất rừng."), "quyet_dinh"),
    (doc("## IV. TỔ CHỨC THỰC HIỆN", "Kinh phí thực hiện: từ nguồn ngân sách tỉnh năm 2025."),
     "ke_hoach"),
]


@pytest.mark.parametrize(("text", "kind"), NO_TASK_OPENERS)
def test_openers_that_give_no_task(text: str, kind: str) -> None:
    assert tasks_of(text, kind=kind, date="2024-12-15", period="2025") == ()


SHARED_HEADS = [
    # (paragraph, [(lead, support)]): one body per name, the first leads
    ("Chủ tịch UBND các huyện Cái Nước, Đầm Dơi, Năm Căn và thị xã Ngọc Hiển chịu trách "
     "nhiệm bảo đảm nước ngọt cho sinh hoạt của Nhân dân.",
     [("Chủ tịch Ủy ban nhân dân huyện Cái Nước",
       ["Chủ tịch Ủy ban nhân dân huyện Đầm Dơi", "Chủ tịch Ủy ban nhân dân huyện Năm Căn",
        "Chủ tịch Ủy ban nhân dân thị xã Ngọc Hiển"])]),
    ("Chủ tịch UBND huyện Thới Bình, huyện U Minh khẩn trương kiểm tra các cống ngăn mặn.",
     [("Chủ tịch Ủy ban nhân dân huyện Thới Bình", ["Chủ tịch Ủy ban nhân dân huyện U Minh"])]),
    # a committee's own group of places stays one; titled groups with no place stay one
    ("Ủy ban nhân dân các huyện Trần Văn Thời, Phú Tân khẩn trương nạo vét kênh nội đồng.",
     [("Ủy ban nhân dân các huyện Trần Văn Thời, Phú Tân", [])]),
    ("Chủ tịch UBND các huyện, thành phố chỉ đạo các xã kiểm tra hệ thống cống.",
     [("Chủ tịch Ủy ban nhân dân các huyện, thành phố", [])]),
    ("Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh theo dõi chặt chẽ diễn biến xâm nhập "
     "mặn.", [("Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh", [])]),
]


@pytest.mark.parametrize(("para", "expected"), SHARED_HEADS)
def test_a_shared_head_is_one_body_per_name(para: str, expected: list) -> None:
    found = tasks_of(doc("## II. NHIỆM VỤ", para), kind="cong_van", date="2024-03-05")
    assert [(t.lead, list(t.support)) for t in found] == expected


SECOND_CLAUSES = [
    # (paragraph, [(lead, support, deadline)]): each ";"-part with a verb phrase is a task
    (  # a second deadline within the year after "phấn đấu": a task of the same lead
        "1. Giao Sở Xây dựng chủ trì, phối hợp với UBND huyện Đồng Phú hoàn thành thẩm định "
        "giá đất cụ thể trước ngày 15/4/2025; phấn đấu bàn giao toàn bộ mặt bằng còn lại "
        "trong quý III/2025.",
        [("Sở Xây dựng", ["Ủy ban nhân dân huyện Đồng Phú"], "2025-04-15"),
         ("Sở Xây dựng", ["Ủy ban nhân dân huyện Đồng Phú"], "2025-09-30")],
    ),
    (  # what is brought to a meeting is a task of its own
        "2. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc các đơn vị thực hiện Thông báo này; "
        "tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng 5/2025.",
        [("Văn phòng Ủy ban nhân dân tỉnh", [], None),
         ("Văn phòng Ủy ban nhân dân tỉnh", [], "2025-05-31")],
    ),
    (  # a new subject after ";", also before "phấn đấu"
        "3. Sở Tài chính chủ trì tham mưu điều hành dự toán ngân sách tiết kiệm; Cục Thuế tỉnh "
        "phấn đấu thu nội địa vượt dự toán được giao.",
        [("Sở Tài chính", [], None), ("Cục Thuế tỉnh", [], None)],
    ),
    (  # verbs of advice and publicity open a clause
        "4. Sở Nông nghiệp và Phát triển nông thôn khuyến cáo nông dân không xuống giống vụ Hè "
        "Thu ở vùng nhiễm mặn; hướng dẫn nhà vườn chủ động tích trữ nước ngọt.",
        [("Sở Nông nghiệp và Phát triển nông thôn", [], None),
         ("Sở Nông nghiệp và Phát triển nông thôn", [], None)],
    ),
    (
        "5. Sở Văn hóa và Thông tin mở chuyên mục tuyên truyền về giảm nghèo; giới thiệu các "
        "mô hình, gương điển hình thoát nghèo.",
        [("Sở Văn hóa và Thông tin", [], None), ("Sở Văn hóa và Thông tin", [], None)],
    ),
    # earlier rounds' rules hold: "phấn đấu" with a year only is a target, a report with no
    # body of its own and a day folds into the task before
    (
        "6. Sở Công Thương chủ trì xúc tiến thương mại; phấn đấu thu hút thêm ít nhất 05 dự án "
        "trong năm 2025.",
        [("Sở Công Thương", [], None)],
    ),
    (
        "7. Sở Y tế theo dõi, đôn đốc các bệnh viện thực hiện; tổng hợp kết quả, báo cáo Ủy ban "
        "nhân dân tỉnh trước ngày 20/12/2025.",
        [("Sở Y tế", [], "2025-12-20")],
    ),
]


@pytest.mark.parametrize(("para", "expected"), SECOND_CLAUSES)
def test_each_clause_with_a_verb_phrase_is_a_task(para: str, expected: list) -> None:
    found = tasks_of(doc("## KẾT LUẬN", para), kind="thong_bao", date="2025-03-10")
    assert rows(found) == expected


RESPECTIVELY = [
    # (paragraph, [(lead, support, deadline)]): n bodies and n clauses, paired in order
    ("6. Sở Văn hóa, Thể thao và Du lịch, Sở Y tế, Sở Nội vụ theo chức năng, nhiệm vụ được "
     "giao lần lượt: tổ chức tốt các hoạt động văn hóa dịp Quốc khánh; tăng cường phòng, chống "
     "dịch sởi; rà soát biên chế các đơn vị sự nghiệp công lập, hoàn thành trước ngày "
     "20/12/2025.",
     [("Sở Văn hóa, Thể thao và Du lịch", [], None), ("Sở Y tế", [], None),
      ("Sở Nội vụ", [], "2025-12-20")]),
    ("7. Giao Sở Tài chính, Sở Xây dựng lần lượt: (1) thẩm định giá gói thầu trong tháng "
     "10/2025; (2) kiểm tra chất lượng công trình trường học.",
     [("Sở Tài chính", [], "2025-10-31"), ("Sở Xây dựng", [], None)]),
    # without "lần lượt" the co-subjects share each clause: the first leads, the others
    # support every clause (round 6)
    ("8. Sở Tài chính, Sở Xây dựng thẩm định giá gói thầu; kiểm tra chất lượng công trình.",
     [("Sở Tài chính", ["Sở Xây dựng"], None), ("Sở Tài chính", ["Sở Xây dựng"], None)]),
]


@pytest.mark.parametrize(("para", "expected"), RESPECTIVELY)
def test_bodies_respectively_take_the_clauses_in_order(para: str, expected: list) -> None:
    found = tasks_of(doc("## II. NHIỆM VỤ", para), kind="thong_bao", date="2025-09-10")
    assert rows(found) == expected
