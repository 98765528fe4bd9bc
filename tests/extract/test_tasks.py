"""Task clauses of the genre: lead, support, action, deadline, report-to."""

from __future__ import annotations

import pytest

from ktxh.extract.clauses import read_bodies
from ktxh.extract.deadlines import BEFORE_DOCUMENT
from ktxh.extract.records import DocumentMeta
from ktxh.extract.task_records import anchor_date
from ktxh.extract.tasks import find_tasks
from ktxh.text.normalize import fold
from ktxh.text.structure import build_doc


def tasks_of(body: str, *, date: str | None = "2024-01-20", kind: str = "thong_bao", **meta):
    doc = build_doc(body, fmt="md")
    return find_tasks(doc, {"document": DocumentMeta(type=kind, date=date, **meta)})


CLAUSES = [
    # (paragraph, [(kind, lead, support, deadline, report_to)])
    (
        "1. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, UBND các huyện, thành phố "
        "rà soát đơn giá nhà ở, báo cáo UBND tỉnh trước ngày 15/3/2024.",
        [("assignment", "Sở Xây dựng", ["Sở Tài chính", "Ủy ban nhân dân các huyện, thành phố"],
          "2024-03-15", "Ủy ban nhân dân tỉnh")],
    ),
    (
        "- Bộ Tài chính chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư và các cơ quan liên quan "
        "nghiên cứu cơ chế tài chính đặc thù, báo cáo Thủ tướng Chính phủ trong quý II/2024.",
        [("assignment", "Bộ Tài chính", ["Bộ Kế hoạch và Đầu tư", "các cơ quan liên quan"],
          "2024-06-30", "Thủ tướng Chính phủ")],
    ),
    (  # two deadlines: two tasks
        "Giao Sở Y tế chủ trì xây dựng kế hoạch phòng dịch trong tháng 02/2024 "
        "và tổ chức tổng kết trước ngày 20/12/2024.",
        [("assignment", "Sở Y tế", [], "2024-02-29", None),
         ("assignment", "Sở Y tế", [], "2024-12-20", None)],
    ),
    (  # request to a higher body
        "Đề nghị Bộ Giao thông vận tải sớm bố trí vốn nâng cấp quốc lộ qua địa bàn tỉnh.",
        [("request", "Bộ Giao thông vận tải", [], None, None)],
    ),
    (
        "UBND tỉnh kiến nghị Chính phủ cho phép tỉnh áp dụng cơ chế thí điểm trong năm 2024.",
        [("request", "Chính phủ", [], "2024-12-31", None)],
    ),
    (  # the People's Committees after a list of groups: a body of their own, in support
        "Yêu cầu các sở, ban, ngành, UBND các huyện, thành phố thực hiện nghiêm chế độ báo cáo.",
        [("assignment", "các sở, ban, ngành", ["Ủy ban nhân dân các huyện, thành phố"], None,
          None)],
    ),
    (  # topic dropped; abbreviation spelled out
        "3. Về đường tỉnh 229: Giao Sở GTVT phối hợp với UBND huyện Bình Gia hoàn thành "
        "thủ tục đầu tư trong quý III/2024.",
        [("assignment", "Sở Giao thông vận tải", ["Ủy ban nhân dân huyện Bình Gia"],
          "2024-09-30", None)],
    ),
    (  # a later ";"-clause continues the task; support stays after "chủ trì"
        "Bộ Nội vụ chủ trì, phối hợp với Bộ Tư pháp xem xét hồ sơ; trước mắt hướng dẫn "
        "tỉnh sắp xếp bộ máy.",
        [("assignment", "Bộ Nội vụ", ["Bộ Tư pháp"], None, None),
         ("assignment", "Bộ Nội vụ", ["Bộ Tư pháp"], None, None)],
    ),
    (  # two named bodies as subject: the first leads
        "Sở Công Thương, Cục Hải quan tỉnh hướng dẫn doanh nghiệp làm thủ tục thông quan.",
        [("assignment", "Sở Công Thương", ["Cục Hải quan tỉnh"], None, None)],
    ),
    (  # a named body after a group supports it; groups alone are one group
        "UBND các huyện, thành phố và Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh giải "
        "phóng mặt bằng.",
        [("assignment", "Ủy ban nhân dân các huyện, thành phố",
          ["Ban Quản lý dự án đầu tư xây dựng tỉnh"], None, None)],
    ),
    (  # the body that directs others leads
        "UBND tỉnh Hà Nam chỉ đạo các sở, ngành tổ chức kiểm tra an toàn thực phẩm trong quý I.",
        [("assignment", "Ủy ban nhân dân tỉnh Hà Nam", [], "2024-03-31", None)],
    ),
    (
        "Bộ Công an có trách nhiệm phối hợp với tỉnh Lào Cai bảo đảm an ninh khu vực cửa khẩu.",
        [("assignment", "Bộ Công an", ["Ủy ban nhân dân tỉnh Lào Cai"], None, None)],
    ),
    (  # members listed after a plural head
        "Các Bộ: Kế hoạch và Đầu tư, Tài chính, Giao thông vận tải theo chức năng, nhiệm vụ "
        "hướng dẫn tỉnh thực hiện.",
        [("assignment", "Bộ Kế hoạch và Đầu tư", ["Bộ Tài chính", "Bộ Giao thông vận tải"],
          None, None)],
    ),
    (  # persons named by title lead for their bodies; a list of groups stays one group
        "Đề nghị các đồng chí Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các "
        "huyện, thành phố nghiêm túc triển khai thực hiện.",
        [("request", "Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện, "
          "thành phố", [], None, None)],
    ),
    (  # "...; hoàn thành trong ..." is the deadline of the task before, not a task
        "Sở Nội vụ tham mưu UBND tỉnh sắp xếp các đơn vị sự nghiệp; hoàn thành trong tháng 4/2024.",
        [("assignment", "Sở Nội vụ", [], "2024-04-30", None)],
    ),
    (  # chairing the meeting is no task
        "Đồng chí Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về công tác giải phóng mặt bằng.",
        [],
    ),
    (  # narration, not a directive
        "Sở Nông nghiệp và Phát triển nông thôn đã phối hợp với các huyện tổ chức tiêm phòng.",
        [],
    ),
    (
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.",
        [],
    ),
]


def same_body(expected: str | None, got: str | None) -> bool:
    """Equal, or the register's longer canonical name ("Cục Hải quan tỉnh Lạng Sơn")."""
    if expected is None or got is None:
        return expected == got
    return got == expected or got.startswith(expected + " ")


def assert_tasks(found, expected: list[tuple]) -> None:
    """``found`` tasks against ``(lead, action start[, deadline[, report_to]])``
    tuples: the same leads in order, each action opening with its start, and
    the deadline and report-to where the tuple gives them."""
    assert [t.lead for t in found] == [e[0] for e in expected]
    for t, (_, action, *rest) in zip(found, expected, strict=True):
        assert t.action.startswith(action)
        assert (t.deadline, t.report_to)[: len(rest)] == tuple(rest)


def same_task(expected: tuple, got: tuple) -> bool:
    kind, lead, support, deadline, report_to = expected
    return (
        kind == got[0]
        and same_body(lead, got[1])
        and len(support) == len(got[2])
        and all(same_body(a, b) for a, b in zip(support, got[2], strict=True))
        and deadline == got[3]
        and report_to == got[4]
    )


@pytest.mark.parametrize(("para", "expected"), CLAUSES)
def test_task_clauses(para: str, expected: list) -> None:
    found = tasks_of(para)
    got = [(t.kind, t.lead, list(t.support), t.deadline, t.report_to) for t in found]
    assert len(got) == len(expected), got
    assert all(same_task(e, g) for e, g in zip(expected, got, strict=True)), got
    for t in found:
        assert t.quote and t.quote in para
        assert t.action
        assert t.deadline_text is None or t.deadline_text in para


def test_action_drops_deadline_and_report_to() -> None:
    (t,) = tasks_of(
        "Giao Sở Tài chính chủ trì thẩm định phương án giá, báo cáo UBND tỉnh trong tháng 5/2024."
    )
    assert t.action == "thẩm định phương án giá"
    assert t.deadline_text == "trong tháng 5/2024"


@pytest.mark.parametrize(
    ("para", "lead", "action"),
    [
        (  # "chịu trách nhiệm" before no verb is itself the action
            "Giao Giám đốc Sở Công Thương chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả.",
            "Giám đốc Sở Công Thương",
            "chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả",
        ),
        (  # ... and is dropped before one
            "Sở Tài chính có trách nhiệm thẩm tra quyết toán dự án hoàn thành.",
            "Sở Tài chính",
            "thẩm tra quyết toán dự án hoàn thành",
        ),
        (  # a verb inside the name of a project board
            "Giao Ban Quản lý dự án đầu tư xây dựng tỉnh khẩn trương lập hồ sơ mời thầu.",
            "Ban Quản lý dự án đầu tư xây dựng tỉnh",
            "khẩn trương lập hồ sơ mời thầu",
        ),
        (
            "Giao nhiệm vụ cho Tỉnh đoàn tổ chức chiến dịch tình nguyện hè.",
            "Tỉnh đoàn",
            "tổ chức chiến dịch tình nguyện hè",
        ),
        (  # a verb the grammar does not know ends a name the register knows
            "Sở Tài chính công bố công khai dự toán ngân sách theo quy định.",
            "Sở Tài chính",
            "công bố công khai dự toán ngân sách theo quy định",
        ),
        (
            "Kho bạc Nhà nước tỉnh kiểm soát chi chặt chẽ các khoản tạm ứng.",
            "Kho bạc Nhà nước tỉnh",
            "kiểm soát chi chặt chẽ các khoản tạm ứng",
        ),
        (
            "Sở Giáo dục và Đào tạo niêm yết công khai các khoản thu tại trường học.",
            "Sở Giáo dục và Đào tạo",
            "niêm yết công khai các khoản thu tại trường học",
        ),
        (
            "Sở Y tế rà soát nhân lực các trạm y tế xã.",
            "Sở Y tế",
            "rà soát nhân lực các trạm y tế xã",
        ),
        (  # the duties before the action are no part of it
            "Các sở, ban, ngành theo chức năng, nhiệm vụ được giao chủ động triển khai Kế hoạch.",
            "các sở, ban, ngành",
            "chủ động triển khai Kế hoạch",
        ),
        (
            "UBND các huyện căn cứ chức năng, nhiệm vụ xây dựng kế hoạch của địa phương.",
            "Ủy ban nhân dân các huyện",
            "xây dựng kế hoạch của địa phương",
        ),
        (  # ... but never one followed by its place
            "UBND tỉnh Hà Giang chỉ đạo các huyện rà soát hộ nghèo.",
            "Ủy ban nhân dân tỉnh Hà Giang",
            "chỉ đạo các huyện rà soát hộ nghèo",
        ),
        (
            "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh báo cáo tiến độ.",
            "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",
            "báo cáo tiến độ",
        ),
    ],
)
def test_action_words(para: str, lead: str, action: str) -> None:
    (t,) = tasks_of(para)
    assert same_body(lead, t.lead)
    assert t.action == action


def test_deadline_before_document_is_kept_and_flagged() -> None:
    (t,) = tasks_of(
        "Bộ Xây dựng chủ trì, báo cáo Thủ tướng Chính phủ trong tháng 9 tháng 2021.",
        date="2021-10-04",
    )
    assert t.deadline == "2021-09-30"
    assert BEFORE_DOCUMENT in t.flags


def test_recurring() -> None:
    (t,) = tasks_of("Giao Thanh tra tỉnh thường xuyên kiểm tra việc tiếp công dân.")
    assert t.recurring and t.deadline is None and same_body("Thanh tra tỉnh", t.lead)


def test_subject_clause_needs_a_marker_outside_directive_sections() -> None:
    para = "Sở Y tế tổ chức tập huấn cho cán bộ y tế cơ sở."
    assert tasks_of(para, kind="bao_cao") == ()
    assert [t.lead for t in tasks_of("Sở Y tế cần tổ chức tập huấn.", kind="bao_cao")] == [
        "Sở Y tế"
    ]


@pytest.mark.parametrize(
    ("words", "names"),
    [
        ("Bộ Văn hóa, Thể thao và Du lịch chủ trì", ["Bộ Văn hóa, Thể thao và Du lịch"]),
        (
            "UBND các huyện Cao Lộc, Văn Lãng rà soát",
            ["Ủy ban nhân dân các huyện Cao Lộc, Văn Lãng"],
        ),
        ("tỉnh Hà Giang và nhà đầu tư", ["Ủy ban nhân dân tỉnh Hà Giang", "nhà đầu tư"]),
        ("Chủ tịch UBND các xã phải", ["Chủ tịch Ủy ban nhân dân các xã"]),
        ("Văn phòng UBND tỉnh nâng cấp", ["Văn phòng Ủy ban nhân dân tỉnh"]),
        ("các cấp, các ngành cần", ["các cấp, các ngành"]),
        ("Tăng cường quản lý", []),
        # a project board's name runs over lower-case words to the verb
        ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh báo cáo tiến độ",
         ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"]),
        ("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh chủ trì",
         ["Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh"]),
        ("Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn "
         "tỉnh khẩn trương", ["Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát "
                              "triển nông thôn tỉnh"]),
        ("Ban Quản lý dự án đầu tư xây dựng tỉnh và các cơ quan liên quan",
         ["Ban Quản lý dự án đầu tư xây dựng tỉnh", "các cơ quan liên quan"]),
        ("Ban Quản lý dự án đầu tư xây dựng huyện Yên Sơn triển khai",
         ["Ban Quản lý dự án đầu tư xây dựng huyện Yên Sơn"]),
        # organs of a council; groups with the body they belong to
        ("Thường trực HĐND tỉnh, các Ban của HĐND tỉnh, các Tổ đại biểu và đại biểu HĐND tỉnh "
         "giám sát", ["Thường trực Hội đồng nhân dân tỉnh", "các Ban của HĐND tỉnh",
                      "các Tổ đại biểu và đại biểu HĐND tỉnh"]),
        ("các đại biểu Hội đồng nhân dân tỉnh tiếp xúc cử tri",
         ["các đại biểu Hội đồng nhân dân tỉnh"]),
        ("các cơ quan chuyên môn của UBND tỉnh tham mưu", ["các cơ quan chuyên môn của UBND tỉnh"]),
        ("Thường trực Tỉnh ủy, Văn phòng Tỉnh ủy chỉ đạo", ["Thường trực Tỉnh ủy",
                                                          "Văn phòng Tỉnh ủy"]),
        ("Văn phòng UBND tỉnh nâng cấp", ["Văn phòng Ủy ban nhân dân tỉnh"]),
        ("các hội, đoàn thể tỉnh vận động", ["các hội, đoàn thể tỉnh"]),
        ("Ủy ban MTTQ tỉnh, Hiệp hội Doanh nghiệp tỉnh giám sát",
         ["Ủy ban Mặt trận Tổ quốc tỉnh", "Hiệp hội Doanh nghiệp tỉnh"]),
    ],
)
def test_read_bodies(words: str, names: list[str]) -> None:
    assert [b.name for b in read_bodies(words, fold(words), 0, len(words))] == names


OWNED = """## III. TỔ CHỨC THỰC HIỆN

1. Sở Nội vụ:

- Chủ trì, phối hợp với Sở Tài chính hướng dẫn sắp xếp đơn vị sự nghiệp.

- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 10/12 hằng năm.

2. Sở Tư pháp: Thẩm định dự thảo quy định; thời hạn: trước ngày 30/9/2024.

Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị kịp thời báo cáo UBND tỉnh.
"""


def test_a_line_naming_a_body_owns_the_items_below() -> None:
    found = tasks_of(OWNED, kind="ke_hoach", date="2024-03-01")
    got = [("assignment", t.lead, list(t.support), t.deadline, t.report_to) for t in found]
    expected = [
        ("assignment", "Sở Nội vụ", ["Sở Tài chính"], None, None),
        # "trước ngày 10/12 hằng năm": every year, no single date
        ("assignment", "Sở Nội vụ", [], None, "Ủy ban nhân dân tỉnh"),
        ("assignment", "Sở Tư pháp", [], "2024-09-30", None),
        # "Trong quá trình thực hiện, nếu có vướng mắc, ... kịp thời báo cáo": a closing formula
    ]
    assert len(got) == len(expected), got
    assert all(same_task(e, g) for e, g in zip(expected, got, strict=True)), got
    assert [t.recurring for t in found] == [False, True, False]


PROVINCES = [
    # (issuer, paragraph, lead, support, lead code)
    ("Hội đồng nhân dân tỉnh Quảng Trị",
     "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.",
     "Ủy ban nhân dân tỉnh Quảng Trị", [], None),
    ("Ủy ban nhân dân tỉnh Yên Bái",
     "Cục Thuế tỉnh chủ trì, phối hợp với Kho bạc Nhà nước tỉnh đôn đốc thu nợ thuế.",
     "Cục Thuế tỉnh Yên Bái", ["Kho bạc Nhà nước tỉnh Yên Bái"], None),
    ("Ủy ban nhân dân tỉnh Điện Biên",
     "Đề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp với các đoàn thể tuyên truyền Kế hoạch.",
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên", ["các đoàn thể"], None),
    ("Ủy ban nhân dân tỉnh Lạng Sơn",  # the register's own province: its names
     "Giao Công an tỉnh chủ trì bảo đảm an ninh trật tự dịp Tết.",
     "Công an tỉnh Lạng Sơn", [], "cong-an-tinh-ls"),
    (None,  # no province known: the words as written
     "Giao Công an tỉnh chủ trì bảo đảm an ninh trật tự dịp Tết.",
     "Công an tỉnh", [], None),
    ("Ủy ban nhân dân tỉnh Hà Tĩnh",  # central bodies are the same everywhere
     "Đề nghị Bộ Xây dựng hướng dẫn tỉnh lập quy hoạch đô thị.",
     "Bộ Xây dựng", [], "bo-xay-dung"),
]


@pytest.mark.parametrize(("issuer", "para", "lead", "support", "code"), PROVINCES)
def test_bare_tinh_takes_the_issuers_province(issuer: str | None, para: str, lead: str,
                                              support: list[str], code: str | None) -> None:
    (t,) = tasks_of(para, issuer=issuer)
    assert (t.lead, list(t.support), t.lead_code) == (lead, support, code)


REPORT_CLAUSES = [
    # (paragraph, [(action, deadline, report_to, recurring)])
    (  # a recurring report after ";" is whom the task reports to, with no deadline
        "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; định kỳ 6 tháng, hằng năm "
        "báo cáo Hội đồng nhân dân tỉnh kết quả thực hiện.",
        [("tổ chức thực hiện Nghị quyết", None, "Hội đồng nhân dân tỉnh", True)],
    ),
    (  # "kết quả báo cáo ... trước ngày": report-to and deadline of the task before
        "Sở Công Thương chủ trì, phối hợp với Công an tỉnh kiểm tra thị trường xăng dầu; "
        "kết quả báo cáo UBND tỉnh trước ngày 15/11/2024.",
        [("kiểm tra thị trường xăng dầu", "2024-11-15", "Ủy ban nhân dân tỉnh", False)],
    ),
    (
        "Giao Sở Nội vụ chủ trì xây dựng đề án vị trí việc làm; trình UBND tỉnh trong quý II/2024.",
        [("xây dựng đề án vị trí việc làm", "2024-06-30", "Ủy ban nhân dân tỉnh", False)],
    ),
    (  # a report of progress every month: whom to, the task keeps its date
        "UBND các huyện hoàn thành giải phóng mặt bằng trong quý IV/2024; báo cáo tiến độ về Sở "
        "Xây dựng trước ngày 15 hằng tháng.",
        [("hoàn thành giải phóng mặt bằng", "2024-12-31", "Sở Xây dựng", True)],
    ),
    (
        "Các cơ quan, đơn vị phản ánh về Sở Tư pháp để tổng hợp.",
        [("phản ánh về Sở Tư pháp để tổng hợp", None, "Sở Tư pháp", False)],
    ),
    (  # "đề xuất <body>" is whom to
        "Giao Sở Tài chính rà soát nguồn dự phòng ngân sách, đề xuất UBND tỉnh trước ngày 15/11.",
        [("rà soát nguồn dự phòng ngân sách", "2024-11-15", "Ủy ban nhân dân tỉnh", False)],
    ),
    (  # a season is no date; how often, at the end, is cut from the action
        "Giao UBND các huyện di dời các hộ dân ra khỏi vùng nguy hiểm trước mùa mưa bão.",
        [("di dời các hộ dân ra khỏi vùng nguy hiểm", None, None, False)],
    ),
    (
        "Sở Xây dựng thực hiện quan trắc, cảnh báo sạt lở định kỳ hằng quý.",
        [("thực hiện quan trắc, cảnh báo sạt lở", None, None, True)],
    ),
    (
        "Yêu cầu các sở, ngành thực hiện nghiêm chế độ báo cáo định kỳ.",
        [("thực hiện nghiêm chế độ báo cáo định kỳ", None, None, True)],
    ),
    (  # the task has a date of its own: the dated report stays a task
        "Sở Y tế hoàn thành tiêm chủng trong tháng 3/2024; báo cáo UBND tỉnh trước ngày 10/4/2024.",
        [("hoàn thành tiêm chủng", "2024-03-31", None, False),
         ("báo cáo UBND tỉnh", "2024-04-10", "Ủy ban nhân dân tỉnh", False)],
    ),
    (  # a ";"-clause with an action of its own is a task, not a report
        "Giao Sở Tài chính thẩm định dự toán; tổng hợp ý kiến các sở để báo cáo UBND tỉnh.",
        [("thẩm định dự toán", None, None, False),
         ("tổng hợp ý kiến các sở", None, "Ủy ban nhân dân tỉnh", False)],
    ),
    (  # a second date with no verb of its own repeats the shared verb phrase
        "Các sở, ngành gửi báo cáo về Sở Tài chính trước ngày 10/6/2024 (bản giấy) và trước "
        "ngày 12/6/2024 (bản điện tử).",
        [("gửi báo cáo về Sở Tài chính", "2024-06-10", "Sở Tài chính", False),
         ("gửi báo cáo về Sở Tài chính (bản điện tử)", "2024-06-12", "Sở Tài chính", False)],
    ),
    (
        "Các huyện rà soát danh mục dự án, gửi báo cáo về Sở Xây dựng trước ngày 5/3/2024 "
        "(đợt 1) và trước ngày 5/9/2024 (đợt 2).",
        [("rà soát danh mục dự án", "2024-03-05", "Sở Xây dựng", False),
         ("gửi báo cáo về Sở Xây dựng (đợt 2)", "2024-09-05", "Sở Xây dựng", False)],
    ),
    (  # each date with its own verb keeps its own words
        "Giao Sở Y tế chủ trì xây dựng kế hoạch trong tháng 02/2024 và tổ chức tổng kết trước "
        "ngày 20/12/2024, báo cáo UBND tỉnh.",
        [("xây dựng kế hoạch", "2024-02-29", None, False),
         ("tổ chức tổng kết", "2024-12-20", "Ủy ban nhân dân tỉnh", False)],
    ),
    (  # words before the date that belong to it are cut from the action
        "Sở Xây dựng kiểm tra chất lượng công trình, báo cáo kết quả trước ngày 30/9/2024.",
        [("kiểm tra chất lượng công trình", "2024-09-30", None, False)],
    ),
    (
        "UBND các huyện lập quy hoạch chung xây dựng xã, hoàn thành trong quý III/2024.",
        [("lập quy hoạch chung xây dựng xã", "2024-09-30", None, False)],
    ),
]


@pytest.mark.parametrize(("para", "expected"), REPORT_CLAUSES)
def test_report_clauses_and_second_deadlines(para: str, expected: list) -> None:
    found = tasks_of(para)
    got = [(t.action, t.deadline, t.report_to, t.recurring) for t in found]
    assert got == expected
    for t in found:
        assert t.quote in para and para[t.span.start : t.span.end] == t.quote


NO_TASK = [
    # the subject's own statement assigns nothing
    "Hội đồng nhân dân tỉnh cơ bản tán thành báo cáo của Ủy ban nhân dân tỉnh về kết quả năm.",
    "Hội đồng nhân dân tỉnh thông qua Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030.",
    "Thủ tướng Chính phủ đánh giá cao những kết quả tỉnh đã đạt được.",
    "Chủ tịch UBND tỉnh ghi nhận, biểu dương nỗ lực của Sở Y tế trong phòng chống dịch.",
    "Ban Thường vụ Tỉnh ủy nhất trí với đề xuất của Ban cán sự đảng UBND tỉnh.",
    "Bộ Kế hoạch và Đầu tư hoan nghênh tỉnh chủ động chuẩn bị hồ sơ dự án.",
    # the closing article of a decision
    "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành; Chủ "
    "tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.",
    "Giám đốc Sở Tài chính, Giám đốc Kho bạc Nhà nước tỉnh và các đơn vị liên quan căn cứ "
    "Quyết định thi hành.",
]


@pytest.mark.parametrize("para", NO_TASK)
def test_statements_and_closing_articles_assign_nothing(para: str) -> None:
    assert tasks_of(para, kind="quyet_dinh") == ()


STILL_TASKS = [
    # (paragraph, lead, kind): the same words after "đề nghị" / "giao" still assign
    ("Đề nghị Hội đồng nhân dân tỉnh xem xét, thông qua Nghị quyết tại kỳ họp.",
     "Hội đồng nhân dân tỉnh", "request"),
    ("Đề nghị Bộ Tài chính đồng ý cho tỉnh sử dụng nguồn tăng thu ngân sách.",
     "Bộ Tài chính", "request"),
    ("Giao Sở Tư pháp chủ trì tổ chức thi hành Luật Xử lý vi phạm hành chính.",
     "Sở Tư pháp", "assignment"),
    ("Sở Nội vụ chịu trách nhiệm hướng dẫn thi hành Quyết định này.", "Sở Nội vụ",
     "assignment"),
]


@pytest.mark.parametrize(("para", "lead", "kind"), STILL_TASKS)
def test_statement_words_after_a_marker_still_assign(para: str, lead: str, kind: str) -> None:
    (t,) = tasks_of(para, kind="quyet_dinh")
    assert (same_body(lead, t.lead), t.kind) == (True, kind)


PLAN = "\n\n".join([
    "## III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Nông nghiệp và Môi trường là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực "
    "hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ 6 tháng (trước ngày 15/6) "
    "và năm (trước ngày 28/12).",
    "2. Sở Tài chính là cơ quan đầu mối của Ban Chỉ đạo, có trách nhiệm bố trí kinh phí thực hiện.",
    "3. Thường trực HĐND tỉnh, các Ban của HĐND tỉnh, các đại biểu HĐND tỉnh giám sát việc thực "
    "hiện Kế hoạch.",
    "4. Sở Y tế, Bảo hiểm xã hội tỉnh hướng dẫn các cơ sở khám chữa bệnh thanh toán chi phí.",
    "5. Cục Thống kê tỉnh cung cấp số liệu trước ngày 10 hằng tháng.",
    "Trong quá trình thực hiện, nếu có vướng mắc, liên hệ Phòng Tổng hợp, Sở Tài chính (số điện "
    "thoại 0214.3820.111) để được hướng dẫn.",
]) + "\n"


def test_plan_section() -> None:
    """A plan for 2025 issued in December 2024; a report every 6 months and every year
    (year-less days in brackets) is recurring and folds into the task before it."""
    found = tasks_of(PLAN, kind="ke_hoach", date="2024-12-20", period="2025")
    got = [(t.lead, list(t.support), t.deadline, t.report_to) for t in found]
    assert got == [
        ("Sở Nông nghiệp và Môi trường", [], None, "Ủy ban nhân dân tỉnh"),
        ("Sở Tài chính", [], None, None),
        # the first named body leads the others, as in the shared gold
        ("Thường trực Hội đồng nhân dân tỉnh", ["các Ban của HĐND tỉnh", "các đại biểu HĐND tỉnh"],
         None, None),
        ("Sở Y tế", ["Bảo hiểm xã hội tỉnh"], None, None),
        ("Cục Thống kê tỉnh", [], None, None),
    ]
    assert [t.action for t in found] == [
        "theo dõi, đôn đốc thực hiện Kế hoạch",
        "bố trí kinh phí thực hiện",
        "giám sát việc thực hiện Kế hoạch",
        "hướng dẫn các cơ sở khám chữa bệnh thanh toán chi phí",
        "cung cấp số liệu",
    ]
    assert found[-1].deadline_text == "trước ngày 10 hằng tháng" and found[-1].recurring
    assert found[0].deadline_text == "định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 28/12)"
    assert found[0].recurring


REPORT = "\n\n".join([
    "## I. KẾT QUẢ THỰC HIỆN",
    "Sở Y tế đã tổ chức tiêm chủng cho 95% trẻ em trong độ tuổi. Sở Giáo dục và Đào tạo, các "
    "trường học đang triển khai chương trình giáo dục phổ thông mới. Ủy ban nhân dân các huyện "
    "được giao rà soát hộ nghèo. Sở Công Thương tổ chức 3 hội chợ thương mại.",
    "Sở Công Thương phối hợp với các huyện tổ chức 2 phiên chợ đưa hàng Việt về vùng cao. UBND "
    "tỉnh đã ban hành Kế hoạch phát triển cây dược liệu; giao các huyện rà soát quỹ đất.",
    "## II. NHIỆM VỤ QUÝ IV",
    "Sở Công Thương tổ chức hội chợ hàng Việt trong tháng 11/2024.",
]) + "\n"


def test_report_narrative_is_no_task() -> None:
    found = tasks_of(REPORT, kind="bao_cao", date="2024-10-05")
    assert [(t.lead, t.deadline) for t in found] == [("Sở Công Thương", "2024-11-30")]


@pytest.mark.parametrize(
    ("meta", "anchor"),
    [
        (DocumentMeta(type="ke_hoach", date="2024-12-20", period="2025"), "2025-01-01"),
        (DocumentMeta(type="ke_hoach", date="2025-03-02", period="2025"), "2025-03-02"),
        (DocumentMeta(type="bao_cao", date="2022-12-08", period="2022"), "2022-12-08"),
        (DocumentMeta(type="bao_cao", date=None, period="2017-Q1"), "2017-01-01"),
        (DocumentMeta(type="ke_hoach", date=None, period="2021/2025"), None),
        (DocumentMeta(type="ke_hoach", date="2025-11-28", period="2026/2030"), "2026-01-01"),
        (DocumentMeta(type="bao_cao", date="2025-11-28", period="2021/2025"), "2025-11-28"),
    ],
)
def test_anchor_date(meta: DocumentMeta, anchor: str | None) -> None:
    assert anchor_date(meta) == anchor


@pytest.mark.parametrize(
    ("words", "names"),
    [  # a listed noun goes on a group; a head right after a noun is its owner
        # the People's Committees after groups are a body of their own
        ("các sở, ban, ngành, UBND các huyện, thành phố căn cứ",
         ["các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố"]),
        ("các sở, ngành và Ủy ban nhân dân các huyện triển khai",
         ["các sở, ngành", "Ủy ban nhân dân các huyện"]),
        ("các sở, ban, ngành, đoàn thể tỉnh triển khai", ["các sở, ban, ngành, đoàn thể tỉnh"]),
        ("các đoàn thể chính trị - xã hội huyện tăng cường",
         ["các đoàn thể chính trị - xã hội huyện"]),
        ("các đại biểu HĐND tỉnh tham gia", ["các đại biểu HĐND tỉnh"]),
        # nouns of a group are listed with ",", "và", "các"; a capitalized name is a body
        ("các huyện tổ chức hai phiên chợ", ["các huyện"]),
        ("các sở, ngành, địa phương tổ chức triển khai", ["các sở, ngành, địa phương"]),
        ("UBND các huyện, thành phố và Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh",
         ["Ủy ban nhân dân các huyện, thành phố", "Ban Quản lý dự án đầu tư xây dựng tỉnh"]),
    ],
)
def test_read_group_lists(words: str, names: list[str]) -> None:
    assert [b.name for b in read_bodies(words, fold(words), 0, len(words))] == names


OWNED_HEADINGS = "\n\n".join([
    "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**",
    "*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*",
    "**Điều 2. Tổ chức thực hiện**",
    "**1. Sở Văn hóa, Thể thao và Du lịch**",
    "Là cơ quan thường trực, chủ trì theo dõi việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND "
    "tỉnh định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 10/12).",
    "Chủ trì tổ chức Tuần lễ văn hóa du lịch trong quý III/2026.",
    "**2. Giao Sở Tài chính:**",
    "a) Tham mưu bố trí kinh phí thực hiện Kế hoạch.",
    "**3. Các sở, ban, ngành; Ủy ban nhân dân các xã, phường**",
    "Xây dựng kế hoạch thực hiện của cơ quan, đơn vị, ban hành trước ngày 31/12/2025.",
    "**4. Đề nghị Hội Nông dân tỉnh:**",
    "Vận động hội viên tham gia phát triển sản phẩm OCOP.",
    "**5. Kinh phí thực hiện**",
    "Bố trí từ nguồn ngân sách tỉnh.",
]) + "\n"


def test_headings_naming_a_body_own_the_paragraphs_below() -> None:
    found = tasks_of(OWNED_HEADINGS, kind="quyet_dinh", date="2025-11-20", period="2026/2030")
    got = [(t.kind, t.lead, t.deadline, t.report_to) for t in found]
    assert got == [
        ("assignment", "Sở Văn hóa, Thể thao và Du lịch", None, "Ủy ban nhân dân tỉnh"),
        ("assignment", "Sở Văn hóa, Thể thao và Du lịch", "2026-09-30", None),
        ("assignment", "Sở Tài chính", None, None),
        ("assignment", "các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "2025-12-31", None),
        ("request", "Hội Nông dân tỉnh", None, None),
    ]
    assert found[0].deadline_text == (
        "định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 10/12)")


MORE_CLAUSES = [
    # (paragraph, document type, [(lead, support, deadline, report_to)])
    (  # whom a report goes to is named as written, never the register's province
        "Giao Văn phòng UBND tỉnh tổng hợp kết quả báo cáo Chủ tịch UBND tỉnh trước ngày "
        "25/4/2024.", "thong_bao",
        [("Văn phòng Ủy ban nhân dân tỉnh", [], "2024-04-25", "Chủ tịch Ủy ban nhân dân tỉnh")],
    ),
    (  # those who attend a meeting have no task
        "Tham dự cuộc họp có đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở: Tài chính, Xây "
        "dựng, Y tế; các Ban quản lý dự án cấp tỉnh và đại diện lãnh đạo UBND các xã.",
        "thong_bao", [],
    ),
    (  # a group with "có ..." before its verb
        "UBND các xã, phường có dự án đi qua thành lập tổ công tác vận động các hộ dân, hoàn "
        "thành bàn giao mặt bằng trước ngày 15/10/2025; trường hợp cố tình không chấp hành, tổ "
        "chức cưỡng chế thu hồi đất theo quy định trong quý IV/2025.", "thong_bao",
        [("Ủy ban nhân dân các xã, phường có dự án đi qua", [], "2025-10-15", None),
         ("Ủy ban nhân dân các xã, phường có dự án đi qua", [], "2025-12-31", None)],
    ),
    (  # "phấn đấu ..." after a task is a target unless it has a date
        "Sở Công Thương chủ trì phát triển thương mại điện tử; phấn đấu đến năm 2030 doanh thu "
        "thương mại điện tử chiếm 12% tổng mức bán lẻ.", "thong_bao",
        [("Sở Công Thương", [], None, None)],
    ),
    (
        "Ban Quản lý dự án giao thông tỉnh hoàn thành bàn giao mặt bằng trước ngày 30/4/2025; "
        "phấn đấu giải ngân đạt 50% kế hoạch vốn trước ngày 30/6/2025.", "thong_bao",
        [("Ban Quản lý dự án giao thông tỉnh", [], "2025-04-30", None),
         ("Ban Quản lý dự án giao thông tỉnh", [], "2025-06-30", None)],
    ),
    (  # the tax office since 2025; a board of industrial parks
        "Thuế tỉnh Thanh Hóa chủ trì, phối hợp với Ban Quản lý các khu công nghiệp tỉnh đôn đốc "
        "thu tiền thuê đất.", "thong_bao",
        [("Thuế tỉnh Thanh Hóa", ["Ban Quản lý các khu công nghiệp tỉnh"], None, None)],
    ),
]


@pytest.mark.parametrize(("para", "kind", "expected"), MORE_CLAUSES)
def test_more_clauses(para: str, kind: str, expected: list) -> None:
    found = tasks_of(para, kind=kind, date="2025-09-15")
    assert [(t.lead, list(t.support), t.deadline, t.report_to) for t in found] == expected


CLOSING = "\n\n".join([
    "## III. KIẾN NGHỊ",
    "Đề nghị Bộ Tài chính bổ sung vốn cho tỉnh.",
    "Ủy ban nhân dân tỉnh Yên Bái báo cáo Chính phủ, Bộ Tài chính, Thường trực Tỉnh ủy./.",
]) + "\n"


def test_a_reports_closing_line_is_no_task() -> None:
    found = tasks_of(CLOSING, kind="bao_cao", date="2025-06-17")
    assert [(t.kind, t.lead) for t in found] == [("request", "Bộ Tài chính")]


@pytest.mark.parametrize(
    ("meta", "anchor"),
    [
        # "đến năm 2030": a plan's horizon, not a year it starts in
        (DocumentMeta(type="ke_hoach", date="2022-08-19", period="2030"), "2022-08-19"),
        (DocumentMeta(type="nghi_quyet", date="2023-07-12", period="2026/2030"), "2023-07-12"),
    ],
)
def test_anchor_is_no_far_horizon(meta: DocumentMeta, anchor: str) -> None:
    assert anchor_date(meta) == anchor


@pytest.mark.parametrize(
    ("body", "meta", "deadline"),
    [
        # a plan issued in December for the next year: its year's end is still ahead
        ("Giao Sở Nội vụ chủ trì trình phương án sắp xếp trước ngày 31/12/2024.",
         {"date": "2024-12-20", "period": "2025"}, "2024-12-31"),
        # a plan to 2030 issued in 2022 gives work for 2022 and 2023
        ("Giao Sở Xây dựng chủ trì rà soát chương trình phát triển đô thị, hoàn thành trong "
         "quý IV/2022.", {"date": "2022-08-19", "period": "2030"}, "2022-12-31"),
        ("Giao Sở Xây dựng tham mưu ban hành quy chế trước ngày 15/10.",
         {"date": "2022-08-19", "period": "2030"}, "2022-10-15"),
    ],
)
def test_deadlines_of_a_plan_after_its_date_are_no_error(
        body: str, meta: dict, deadline: str) -> None:
    (t,) = tasks_of(body, kind="ke_hoach", **meta)
    assert t.deadline == deadline
    assert BEFORE_DOCUMENT not in t.flags
