"""Task clauses of round 4: recurring days, boilerplate around the operative text,
items opening with an adverbial, short names defined in the document, milestone lists."""

from __future__ import annotations

import pytest

from ktxh.extract.deadlines import RECURRING, UNRESOLVED, find_deadlines
from ktxh.text.normalize import fold
from tests.extract.test_tasks import tasks_of

EVERY_PERIOD = [
    # (words, [(deadline words, iso, flags)])
    ("tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ hằng năm (trước ngày 20/11)",
     [("định kỳ hằng năm (trước ngày 20/11)", None, (RECURRING, UNRESOLVED))]),
    ("báo cáo Sở Tài chính định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 5/12)",
     [("định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 5/12)", None,
       (RECURRING, UNRESOLVED))]),
    ("báo cáo định kỳ 6 tháng, hằng năm (trước ngày 12/6 và 12/12)",
     [("định kỳ 6 tháng, hằng năm (trước ngày 12/6 và 12/12)", None, (RECURRING, UNRESOLVED))]),
    ("gửi kết quả về Sở Nội vụ trước ngày 25/11 hằng năm",
     [("trước ngày 25/11 hằng năm", None, (RECURRING, UNRESOLVED))]),
    # a date with its year, or a year-less day with no recurring words, is one date
    ("định kỳ hằng quý kiểm tra, hoàn thành đợt đầu trước ngày 30/4/2026",
     [("định kỳ", None, (RECURRING,)), ("hằng quý", None, (RECURRING,)),
      ("trước ngày 30/4/2026", "2026-04-30", ())]),
    ("hoàn thành trước ngày 30/4", [("trước ngày 30/4", "2026-04-30", ())]),
]


@pytest.mark.parametrize(("words", "expected"), EVERY_PERIOD)
def test_a_day_of_every_period_is_no_date(words: str, expected: list) -> None:
    found = find_deadlines(fold(words), doc_date="2026-01-15")
    assert [(d.text, d.iso, d.flags) for d in found] == [(fold(w), i, f) for w, i, f in expected]


def test_a_recurring_report_folds_into_the_task_before() -> None:
    para = ("1. Sở Tài chính là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực hiện Kế "
            "hoạch; định kỳ hằng năm (trước ngày 20/11) tổng hợp, báo cáo Ủy ban nhân dân tỉnh.")
    found = tasks_of(para, kind="ke_hoach", date="2026-01-15", period="2026/2030")
    assert [(t.lead, t.deadline, t.deadline_text, t.recurring, t.report_to) for t in found] == [
        ("Sở Tài chính", None, "định kỳ hằng năm (trước ngày 20/11)", True,
         "Ủy ban nhân dân tỉnh"),
    ]


def doc(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


BOILERPLATE = [
    # (document, type): boilerplate around the operative text, no task
    (doc("Sở Xây dựng báo cáo kết quả thực hiện nhiệm vụ 9 tháng và phương hướng, nhiệm vụ quý "
         "IV năm 2024 như sau:"), "bao_cao"),
    (doc("## Điều 1", "Căn cứ kết quả thẩm tra, Hội đồng nhân dân tỉnh quyết định phân bổ dự "
         "toán chi ngân sách năm 2025 như sau:"), "nghi_quyet"),
    (doc("## II. NHIỆM VỤ THỜI GIAN TỚI", "Để hoàn thành kế hoạch vốn năm 2025, đề nghị các "
         "cơ quan, đơn vị, địa phương tập trung thực hiện tốt một số nội dung sau:"), "cong_van"),
    (doc("Đề nghị các cơ quan, đơn vị, địa phương quan tâm, phối hợp thực hiện./."), "cong_van"),
    (doc("Sở Tài chính trân trọng đề nghị các đơn vị quan tâm phối hợp thực hiện./."), "cong_van"),
    (doc("Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."),
     "thong_bao"),
    (doc("Đề nghị các sở, ngành biết và phối hợp thực hiện."), "thong_bao"),
    (doc("## III. TỔ CHỨC THỰC HIỆN", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, "
         "các cơ quan, đơn vị kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân "
         "dân tỉnh xem xét."), "ke_hoach"),
    # a letterhead table row and the attendance of a meeting
    (doc("| UBND TỈNH KHÁNH HÒA<br>**SỞ TÀI CHÍNH**<br>------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
         "VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |", "|---|---|",
         "| Số: 45/STC-NS | *Khánh Hòa, ngày 03 tháng 3 năm 2025* |"), "cong_van"),
    (doc("Ngày 05/8/2024, Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp. Tham dự cuộc họp "
         "có lãnh đạo các sở: Tài chính, Xây dựng; Ban Quản lý dự án đầu tư xây dựng các công "
         "trình dân dụng tỉnh; Ủy ban nhân dân thị xã Ninh Hòa, huyện Vạn Ninh."), "thong_bao"),
]


@pytest.mark.parametrize(("text", "kind"), BOILERPLATE)
def test_boilerplate_is_no_task(text: str, kind: str) -> None:
    assert tasks_of(text, kind=kind, date="2025-03-03") == ()


STILL_TASKS = [
    # (document, type, [(lead, kind)]): the operative text next to the boilerplate
    (doc("## II. NHIỆM VỤ", "Đề nghị các cơ quan, đơn vị phối hợp với Sở Tài chính rà soát "
         "danh mục dự án chậm giải ngân."), "cong_van", [("các cơ quan, đơn vị", "request")]),
    (doc("Giao Sở Xây dựng chủ trì kiểm tra việc thực hiện các nội dung sau khi có kết luận "
         "thanh tra."), "thong_bao", [("Sở Xây dựng", "assignment")]),
    (doc("Giao Sở Tài chính tổng hợp các kiến nghị của cử tri, bảo đảm đáp ứng yêu cầu."),
     "thong_bao", [("Sở Tài chính", "assignment")]),
    (doc("Nếu có khó khăn, vướng mắc, các đơn vị chủ động tháo gỡ theo thẩm quyền."),
     "thong_bao", [("các đơn vị", "assignment")]),
    (doc("## III. TỔ CHỨC THỰC HIỆN", "**1. Sở Nội vụ:**", "- Hướng dẫn việc sắp xếp.",
         "Trong quá trình triển khai, nếu phát sinh vướng mắc, kịp thời báo cáo Ủy ban nhân dân "
         "tỉnh."), "ke_hoach", [("Sở Nội vụ", "assignment")]),
    (doc("| UBND TỈNH KHÁNH HÒA | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|---|---|",
         "Giao Sở Tài chính tham mưu bố trí vốn trước ngày 30/6/2025."), "thong_bao",
     [("Sở Tài chính", "assignment")]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), STILL_TASKS)
def test_operative_text_beside_boilerplate(text: str, kind: str, expected: list) -> None:
    found = tasks_of(text, kind=kind, date="2025-03-03")
    assert [(t.lead, t.kind) for t in found] == expected


DONE_OR_QUALIFIED = [
    # (document, [(lead, deadline)]): "đã" after a verb and a noun qualifies the noun
    (doc("**2.1. UBND huyện Vạn Ninh:**", "- Tập trung vận động 9 hộ đã nhận tiền bồi thường "
         "bàn giao mặt bằng trong tháng 9/2024.", "- Khẩn trương thi công các đoạn đã có mặt "
         "bằng, hoàn thành trước ngày 31/12/2024."),
     [("Ủy ban nhân dân huyện Vạn Ninh", "2024-09-30"),
      ("Ủy ban nhân dân huyện Vạn Ninh", "2024-12-31")]),
    # ... after a comma or as the verb it still tells what was done
    (doc("Ủy ban nhân dân huyện Vạn Ninh tích cực triển khai, đã chi trả 42 tỷ đồng."), []),
    (doc("Sở Giao thông vận tải phối hợp với các huyện đã tổ chức kiểm tra 12 tuyến đường."), []),
]


@pytest.mark.parametrize(("text", "expected"), DONE_OR_QUALIFIED)
def test_da_after_a_noun_of_the_action(text: str, expected: list) -> None:
    found = tasks_of(text, kind="thong_bao", date="2024-08-15")
    assert [(t.lead, t.deadline) for t in found] == expected


SHORT_NAMES = [
    # (document, [(lead, support, deadline)]): a short name defined in the document
    (doc("Tham dự có Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh (Ban "
         "QLDA nông nghiệp); Ủy ban nhân dân huyện Ba Tơ.",
         "**2. Ban QLDA nông nghiệp:**",
         "- Khẩn trương thi công kênh chính, hoàn thành trước ngày 30/11/2024.",
         "- Phối hợp với Ủy ban nhân dân huyện Ba Tơ di dời đường điện."),
     [("Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh Quảng Ngãi", [],
       "2024-11-30"),
      ("Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh Quảng Ngãi",
       ["Ủy ban nhân dân huyện Ba Tơ"], None)]),
    (doc("Giao Trung tâm Phát triển quỹ đất tỉnh (sau đây gọi tắt là Trung tâm) lập phương án "
         "đấu giá. Ủy ban nhân dân huyện Ba Tơ phối hợp với Trung tâm bàn giao mặt bằng trong "
         "tháng 10/2024. Trung tâm Y tế huyện Ba Tơ tổ chức khám sức khỏe cho các hộ."),
     [("Trung tâm Phát triển quỹ đất tỉnh Quảng Ngãi", [], None),
      ("Ủy ban nhân dân huyện Ba Tơ", ["Trung tâm Phát triển quỹ đất tỉnh Quảng Ngãi"],
       "2024-10-31"),
      # a longer name that opens with the short one is another body
      ("Trung tâm Y tế huyện Ba Tơ", [], None)]),
    # brackets that define nothing: words in brackets, figures
    (doc("Giao Sở Xây dựng (cơ quan thường trực) chủ trì kiểm tra chất lượng công trình."),
     [("Sở Xây dựng", [], None)]),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_NAMES)
def test_short_names_defined_in_the_document(text: str, expected: list) -> None:
    found = tasks_of(text, kind="thong_bao", date="2024-08-15", issuer="Ủy ban nhân dân tỉnh "
                     "Quảng Ngãi")
    assert [(t.lead, list(t.support), t.deadline) for t in found] == expected


OPENINGS = [
    # (document, type, [(lead, action, deadline)]): items that open with an adverbial
    (doc("## II. NHIỆM VỤ", "**2.1. Các chủ đầu tư:**",
         "a) Đối với các công trình không còn khả năng thanh toán hết vốn, đề xuất điều "
         "chuyển vốn, gửi Sở Tài chính trước ngày 20/8/2025.",
         "b) Đối với dự án chuyển tiếp, có văn bản cam kết tiến độ gửi Kho bạc Nhà nước.",
         "c) Chậm nhất 05 ngày làm việc kể từ ngày có khối lượng nghiệm thu, lập hồ sơ thanh "
         "toán gửi Kho bạc Nhà nước."),
     "cong_van",
     [("các chủ đầu tư", "đề xuất điều chuyển vốn", "2025-08-20"),
      ("các chủ đầu tư", "có văn bản cam kết tiến độ gửi Kho bạc Nhà nước", None),
      ("các chủ đầu tư", "lập hồ sơ thanh toán gửi Kho bạc Nhà nước", None)]),
    (  # a body named after the opening leads, over the heading's
        doc("## II. NHIỆM VỤ", "**2.2. Ủy ban nhân dân các xã, phường:** Bàn giao mặt bằng "
            "sạch trước ngày 31/8/2025.",
            "**2.3.** Định kỳ trước ngày 10 hằng tháng, các chủ đầu tư báo cáo kết quả thanh "
            "toán về Sở Tài chính."),
        "cong_van",
        [("Ủy ban nhân dân các xã, phường", "bàn giao mặt bằng sạch", "2025-08-31"),
         ("các chủ đầu tư", "báo cáo kết quả thanh toán về Sở Tài chính", None)]),
    (  # a purpose, a condition
        doc("Để bảo đảm tiến độ, Ban Quản lý dự án đầu tư xây dựng tỉnh khẩn trương lựa chọn "
            "nhà thầu trong tháng 9/2025.",
            "Trường hợp chậm bàn giao mặt bằng, Ủy ban nhân dân huyện Mỏ Cày Nam tổ chức "
            "cưỡng chế theo quy định."),
        "thong_bao",
        [("Ban Quản lý dự án đầu tư xây dựng tỉnh", "khẩn trương lựa chọn nhà thầu",
          "2025-09-30"),
         ("Ủy ban nhân dân huyện Mỏ Cày Nam", "tổ chức cưỡng chế theo quy định", None)]),
    # an opening with no body or verb after any of its commas assigns nothing
    (doc("Đối với các dự án A, B, C, tiến độ còn chậm."), "thong_bao", []),
]


@pytest.mark.parametrize(("text", "kind", "expected"), OPENINGS)
def test_items_opening_with_an_adverbial(text: str, kind: str, expected: list) -> None:
    found = tasks_of(text, kind=kind, date="2025-06-12")
    assert [(t.lead, t.action, t.deadline) for t in found] == expected


def test_the_deadline_in_a_time_opening() -> None:
    found = tasks_of(doc("**1. Các chủ đầu tư:**", "- Chậm nhất 03 ngày làm việc kể từ ngày "
                         "nhận vốn, hoàn thiện hồ sơ thanh toán."), kind="cong_van")
    assert [(t.deadline, t.deadline_text) for t in found] == [
        (None, "Chậm nhất 03 ngày làm việc kể từ ngày nhận vốn")]


FOLLOW_ON = [
    # (document, [(lead, deadline)]): a sentence of a numbered item with no body of its own
    (doc("## II. NHIỆM VỤ QUÝ II", "2. Sở Công Thương chủ trì, phối hợp với Sở Nông nghiệp và "
         "Môi trường theo dõi thị trường nhãn; kịp thời tham mưu giải pháp tiêu thụ. Tổ chức "
         "hội nghị kết nối tiêu thụ nhãn, hoàn thành trước ngày 15/7/2025."),
     [("Sở Công Thương", None), ("Sở Công Thương", None), ("Sở Công Thương", "2025-07-15")]),
    (doc("## II. NHIỆM VỤ QUÝ III", "1. Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn gieo "
         "sạ đúng lịch; dự tính, dự báo và chỉ đạo phòng trừ sâu bệnh hại lúa. Chỉ đạo hoàn "
         "thành gieo cấy vụ Mùa trước ngày 30/7/2025."),
     [("Chi cục Trồng trọt và Bảo vệ thực vật", None),
      ("Chi cục Trồng trọt và Bảo vệ thực vật", None),
      ("Chi cục Trồng trọt và Bảo vệ thực vật", "2025-07-30")]),
    (  # the item's lead, not a body it asks
        doc("## II. NHIỆM VỤ", "3. Sở Xây dựng rà soát các dự án nhà ở; yêu cầu các chủ đầu tư "
            "bổ sung hồ sơ. Kiên quyết đề xuất thu hồi các dự án chậm triển khai."),
        [("Sở Xây dựng", None), ("các chủ đầu tư", None), ("Sở Xây dựng", None)]),
    (  # a sentence that is no action, or a paragraph that is no item, inherits nothing
        doc("## II. NHIỆM VỤ", "4. Sở Y tế tăng cường phòng, chống dịch sốt xuất huyết. Đây là "
            "nhiệm vụ trọng tâm trong quý III."),
        [("Sở Y tế", None)]),
    (doc("## I. KẾT QUẢ", "2. Sở Công Thương chủ trì tổ chức hội chợ. Tổ chức 3 phiên chợ "
         "hàng Việt về nông thôn."),
     [("Sở Công Thương", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOW_ON)
def test_follow_on_sentences_of_an_item(text: str, expected: list) -> None:
    found = tasks_of(text, kind="bao_cao", date="2025-06-16")
    assert [(t.lead, t.deadline) for t in found] == expected


MILESTONES = [
    # (document, [(lead, action, deadline)]): one task per day of a milestone list
    (doc("## II. NHIỆM VỤ", "**1. Các chủ đầu tư:**",
         "a) Đẩy nhanh tiến độ thi công, bảo đảm đến ngày 30/6/2025 giải ngân đạt tối thiểu "
         "45% kế hoạch vốn; đến ngày 30/9/2025 đạt tối thiểu 75%; đến ngày 31/12/2025 đạt "
         "trên 95%."),
     [("các chủ đầu tư", "đẩy nhanh tiến độ thi công, bảo đảm", "2025-06-30"),
      ("các chủ đầu tư", "giải ngân đạt tối thiểu 75%", "2025-09-30"),
      ("các chủ đầu tư", "giải ngân đạt trên 95%", "2025-12-31")]),
    (  # year-less days, no "ngày"
        doc("## II. NHIỆM VỤ", "Ủy ban nhân dân các xã, phường tập trung thu ngân sách, phấn "
            "đấu đến 30/6 thu đạt 50% dự toán; đến 30/9 đạt 80%."),
        [("Ủy ban nhân dân các xã, phường", "tập trung thu ngân sách, phấn đấu", "2025-06-30"),
         ("Ủy ban nhân dân các xã, phường", "thu đạt 80%", "2025-09-30")]),
    # a span's end is no milestone: "từ ngày … đến ngày …"
    (doc("## II. NHIỆM VỤ", "Sở Y tế tổ chức chiến dịch tiêm chủng; thực hiện từ ngày "
         "01/7/2025 đến ngày 31/7/2025."),
     [("Sở Y tế", "tổ chức chiến dịch tiêm chủng", None),
      ("Sở Y tế", "thực hiện từ ngày 01/7/2025 đến ngày 31/7/2025", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MILESTONES)
def test_milestone_lists(text: str, expected: list) -> None:
    found = tasks_of(text, kind="cong_van", date="2025-06-12")
    assert [(t.lead, t.action, t.deadline) for t in found] == expected
