""";"-clauses after a task, qualified groups, conditions, requests of the issuer."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import tasks_of

CLAUSES = [
    # (paragraph, [(lead, support, deadline, report_to)])
    (  # an aim over a period is a target; to the day it is a task
        "Ban Quản lý Khu kinh tế tỉnh đẩy nhanh tiến độ hạ tầng các khu công nghiệp; phấn đấu "
        "thu hút thêm ít nhất 03 dự án sản xuất trong năm 2026.",
        [("Ban Quản lý Khu kinh tế tỉnh", [], None, None)],
    ),
    (
        "Các chủ đầu tư đẩy nhanh thi công; phấn đấu đến ngày 31/12/2025 giải ngân đạt 90% kế "
        "hoạch vốn.",
        [("các chủ đầu tư", [], None, None), ("các chủ đầu tư", [], "2025-12-31", None)],
    ),
    (  # a count a year is a target; a report a year is not
        "Sở Công Thương hỗ trợ doanh nghiệp tham gia chuỗi cung ứng; hằng năm tổ chức ít nhất "
        "03 hội chợ kết nối cung cầu.",
        [("Sở Công Thương", [], None, None)],
    ),
    (
        "Sở Công Thương chủ trì hỗ trợ doanh nghiệp; hằng năm báo cáo Ủy ban nhân dân tỉnh "
        "trước ngày 15/12/2025.",
        [("Sở Công Thương", [], "2025-12-15", "Ủy ban nhân dân tỉnh")],
    ),
    (  # a report with no body named closes the task before
        "Chi cục Quản lý thị trường tăng cường kiểm tra hàng giả; báo cáo kết quả về Sở trước "
        "ngày 20 hằng tháng.",
        [("Chi cục Quản lý thị trường", [], None, None)],
    ),
    (
        "Sở Công Thương chủ trì kiểm tra thị trường; định kỳ báo cáo kết quả trước ngày "
        "15/12/2025.",
        [("Sở Công Thương", [], "2025-12-15", None)],
    ),
    (  # ... and after a body the lead asks, the lead's first task
        "Sở Du lịch chủ trì, phối hợp với Công an tỉnh rà soát các cơ sở lưu trú; yêu cầu các "
        "nhà đầu tư bố trí lực lượng bảo vệ; báo cáo Ủy ban nhân dân tỉnh trước ngày "
        "15/01/2026.",
        [("Sở Du lịch", ["Công an tỉnh"], "2026-01-15", "Ủy ban nhân dân tỉnh"),
         ("các nhà đầu tư", [], None, None)],
    ),
    (  # "tổng hợp những ..., báo cáo X" is whom the task reports to
        "Giao Sở Tài chính chủ trì tiếp nhận kiến nghị của doanh nghiệp, giải quyết theo thẩm "
        "quyền; tổng hợp những nội dung vượt thẩm quyền, báo cáo Chủ tịch UBND tỉnh.",
        [("Sở Tài chính", [], None, "Chủ tịch Ủy ban nhân dân tỉnh")],
    ),
    (  # a report that is a deliverable stays a task of its own
        "Sở Giáo dục và Đào tạo chủ trì rà soát mạng lưới trường học; báo cáo đánh giá tác động "
        "của việc sáp nhập trường trong quý I/2026.",
        [("Sở Giáo dục và Đào tạo", [], None, None),
         ("Sở Giáo dục và Đào tạo", [], "2026-03-31", None)],
    ),
    (  # "phối hợp với X <verb>" opening a clause: X supports
        "Sở Y tế tập trung nâng cao chất lượng khám chữa bệnh; phối hợp với Bảo hiểm xã hội "
        "tỉnh mở rộng đối tượng tham gia bảo hiểm y tế.",
        [("Sở Y tế", [], None, None), ("Sở Y tế", ["Bảo hiểm xã hội tỉnh"], None, None)],
    ),
    (  # a qualified group in support keeps the task
        "Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các xã có rừng nâng cấp các tuyến "
        "đường lâm nghiệp, hoàn thành trước ngày 20/01/2026.",
        [("Sở Xây dựng", ["Ủy ban nhân dân các xã có rừng"], "2026-01-20", None)],
    ),
    (
        "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã, phường có "
        "dự án đi qua hoàn thành xác định giá đất cụ thể trong tháng 12/2025.",
        [("Sở Nông nghiệp và Môi trường", ["Ủy ban nhân dân các xã, phường có dự án đi qua"],
          "2025-12-31", None)],
    ),
    (  # a group qualified by a bracket, by "là ...", by what it has not done
        "Các chủ rừng là tổ chức (ban quản lý rừng phòng hộ, công ty lâm nghiệp) xây dựng "
        "phương án phòng cháy rừng, trình Sở Nông nghiệp và Môi trường trước ngày 10/12/2025.",
        [("các chủ rừng là tổ chức (ban quản lý rừng phòng hộ, công ty lâm nghiệp)", [],
          "2025-12-10", "Sở Nông nghiệp và Môi trường")],
    ),
    (
        "Các đơn vị chưa nộp báo cáo quý III khẩn trương hoàn thành, gửi về Sở Tài chính "
        "trước ngày 25/11/2025.",
        [("các đơn vị chưa nộp báo cáo quý III", [], "2025-11-25", "Sở Tài chính")],
    ),
    (  # a ";"-clause naming its own partner: that partner supports it, not the first's
        "Công an tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã có rừng điều tra các vụ vi "
        "phạm; phối hợp với Viện Kiểm sát nhân dân tỉnh xét xử lưu động trong quý I/2026.",
        [("Công an tỉnh", ["Ủy ban nhân dân các xã có rừng"], None, None),
         ("Công an tỉnh", ["Viện Kiểm sát nhân dân tỉnh"], "2026-03-31", None)],
    ),
    (  # groups listed with ";" before the verb are one lead
        "3. Các sở, ban, ngành; Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao xây "
        "dựng kế hoạch chi tiết, hoàn thành trước ngày 31/01/2026.",
        [("các sở, ban, ngành; Ủy ban nhân dân các xã, phường", [], "2026-01-31", None)],
    ),
    (  # co-subjects: the boards of protection forests support the park
        "Vườn quốc gia Chư Mom Ray và các Ban quản lý rừng phòng hộ tăng cường tuần tra.",
        [("Vườn quốc gia Chư Mom Ray", ["các Ban quản lý rừng phòng hộ"], None, None)],
    ),
    (
        "Các chủ rừng là tổ chức có trách nhiệm xây dựng phương án chữa cháy rừng trước ngày "
        "15/01/2026.",
        [("các chủ rừng là tổ chức", [], "2026-01-15", None)],
    ),
    (  # "trường hợp ... thì <verb> ... <deadline>": a second task of the same lead
        "Ủy ban nhân dân phường Bắc Sơn vận động 120 hộ còn lại bàn giao mặt bằng, hoàn thành "
        "trước ngày 20/12/2025; trường hợp cố tình không chấp hành thì tổ chức cưỡng chế thu "
        "hồi đất theo quy định trong quý I/2026.",
        [("Ủy ban nhân dân phường Bắc Sơn", [], "2025-12-20", None),
         ("Ủy ban nhân dân phường Bắc Sơn", [], "2026-03-31", None)],
    ),
    (  # the time of another body's purpose is not the task's
        "Kiến nghị Bộ Xây dựng sớm thẩm định báo cáo nghiên cứu khả thi để tỉnh có cơ sở "
        "triển khai lựa chọn nhà đầu tư trong năm 2026.",
        [("Bộ Xây dựng", [], None, None)],
    ),
    (
        "Đề nghị Bộ Xây dựng thẩm định báo cáo nghiên cứu khả thi trong quý I/2026 để tỉnh "
        "lựa chọn nhà đầu tư.",
        [("Bộ Xây dựng", [], "2026-03-31", None)],
    ),
    (
        "Sở Tài chính hoàn thiện hồ sơ để khởi công dự án trong quý I/2026.",
        [("Sở Tài chính", [], "2026-03-31", None)],
    ),
    (  # the issuer as subject of a request: the body asked leads
        "Sở Công Thương kính đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính bố trí kinh phí "
        "xúc tiến thương mại trong tháng 12/2025.",
        [("Ủy ban nhân dân tỉnh", [], "2025-12-31", None)],
    ),
]


@pytest.mark.parametrize(("para", "expected"), CLAUSES)
def test_clauses_after_a_task(para: str, expected: list) -> None:
    found = tasks_of(para, kind="thong_bao", date="2025-11-10")
    assert [(t.lead, list(t.support), t.deadline, t.report_to) for t in found] == expected


NO_TASK = [
    # narrative: a group qualified by what it has not done, told in a report
    "Các đơn vị chưa nộp báo cáo quý III gồm 05 đơn vị.",
    "Các xã có rừng đã tổ chức tuần tra thường xuyên.",
]


@pytest.mark.parametrize("para", NO_TASK)
def test_qualified_groups_in_narrative_assign_nothing(para: str) -> None:
    assert tasks_of(para, kind="bao_cao", date="2025-11-10") == ()


def test_a_request_of_the_issuer_is_a_request() -> None:
    found = tasks_of("Sở Công Thương kính đề nghị Bộ Công Thương sớm ban hành hướng dẫn.",
                     kind="bao_cao", date="2025-11-10")
    assert [(t.kind, t.lead) for t in found] == [("request", "Bộ Công Thương")]
