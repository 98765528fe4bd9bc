"""Round 19 (sentences written for these tests): the party bodies a Tỉnh ủy addresses lead
tasks ("Ban cán sự đảng UBND tỉnh", "Đảng đoàn HĐND tỉnh", "các đảng ủy trực thuộc Tỉnh
ủy", also after "Giao"), and a name that ends with a party committee ("… Tỉnh ủy", "…
Huyện ủy") stops there, before the verb of its action."""

from __future__ import annotations

import pytest

from ktxh.extract.metadata import extract_metadata
from ktxh.text.structure import build_doc
from tests.extract.test_tasks import tasks_of

PARTY_LEADS = [
    # (item, [(lead, support, action start, deadline, report_to)])
    ("1. Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo UBND tỉnh ban hành kế hoạch cải cách "
     "hành chính năm 2026, hoàn thành trước ngày 15/01/2026.",
     [("Ban cán sự đảng Ủy ban nhân dân tỉnh", (), "lãnh đạo, chỉ đạo UBND tỉnh ban hành",
       "2026-01-15", None)]),
    ("2. Giao Ban cán sự đảng UBND tỉnh lãnh đạo tổng kết việc thực hiện Đề án chuyển đổi "
     "số, báo cáo Ban Thường vụ Tỉnh ủy trong quý II/2026.",
     [("Ban cán sự đảng Ủy ban nhân dân tỉnh", (), "lãnh đạo tổng kết", "2026-06-30",
       "Ban Thường vụ Tỉnh ủy")]),
    ("3. Đảng đoàn HĐND tỉnh lãnh đạo HĐND tỉnh giám sát việc thực hiện các dự án trọng "
     "điểm tại kỳ họp thường lệ cuối năm 2026.",
     [("Đảng đoàn Hội đồng nhân dân tỉnh", (), "lãnh đạo HĐND tỉnh giám sát", "2026-12-31",
       None)]),
    ("4. Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh chỉ đạo tổ chức lấy ý kiến nhân dân về dự thảo "
     "văn kiện trong tháng 3/2026.",
     [("Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", (), "chỉ đạo tổ chức", "2026-03-31",
       None)]),
    ("5. Các đảng ủy trực thuộc Tỉnh ủy phổ biến thông báo này đến chi bộ, đảng viên.",
     [("các đảng ủy trực thuộc Tỉnh ủy", (), "phổ biến thông báo", None, None)]),
]


@pytest.mark.parametrize(("body", "expected"), PARTY_LEADS)
def test_party_bodies_lead(body: str, expected: list[tuple]) -> None:
    found = tasks_of(body, kind="thong_bao", date="2025-12-05")
    got = [(t.lead, tuple(t.support), t.action[: len(e[2])], t.deadline, t.report_to)
           for t, e in zip(found, expected, strict=False)]
    assert len(found) == len(expected)
    assert got == expected


COMMITTEE_ENDS = [
    # (item, lead, action start): the name ends with the committee, the verb is the action's
    ("2. Ban Tuyên giáo và Dân vận Tỉnh ủy định hướng thông tin về kết quả đại hội đảng bộ "
     "các cấp trong quý I/2026.", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "định hướng thông tin"),
    ("3. Ban Nội chính Thành ủy định hướng việc sơ kết công tác phòng, chống tham nhũng "
     "trong tháng 6/2026.", "Ban Nội chính Thành ủy", "định hướng việc sơ kết"),
    ("4. Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện, báo cáo Thường trực Huyện ủy "
     "trước ngày 20/12/2025.", "Văn phòng Huyện ủy", "theo dõi, đôn đốc"),
]


@pytest.mark.parametrize(("body", "lead", "action"), COMMITTEE_ENDS)
def test_name_ends_with_committee(body: str, lead: str, action: str) -> None:
    found = tasks_of(body, kind="thong_bao", date="2025-12-05")
    assert [(t.lead, t.action[: len(action)]) for t in found] == [(lead, action)]


PARTY_TITLES = [
    # (document, title, period): the type words and "của …" on one bold line
    ("**TỈNH ỦY HÀ TĨNH**  \n**BAN THƯỜNG VỤ**\n\nSố 905-TB/TU\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n"
     "*Hà Tĩnh, ngày 10 tháng 7 năm 2025*\n\n**THÔNG BÁO KẾT LUẬN**  \n"
     "**của Ban Thường vụ Tỉnh ủy về kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025**\n\n"
     "Tại hội nghị ngày 05/7/2025, Ban Thường vụ Tỉnh ủy kết luận như sau:\n",
     "của Ban Thường vụ Tỉnh ủy về kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025", "2025-H1"),
    ("**THÀNH ỦY HUẾ**  \n**BAN THƯỜNG VỤ**\n\nSố 312-TB/TU\n\n"
     "*Huế, ngày 02 tháng 12 năm 2025*\n\n**THÔNG BÁO KẾT LUẬN**  \n"
     "**của Ban Thường vụ Thành ủy về tình hình kinh tế - xã hội năm 2025**\n\n"
     "Tại hội nghị ngày 28/11/2025, Ban Thường vụ Thành ủy kết luận như sau:\n",
     "của Ban Thường vụ Thành ủy về tình hình kinh tế - xã hội năm 2025", "2025"),
]


@pytest.mark.parametrize(("text", "title", "period"), PARTY_TITLES)
def test_party_notice_title(text: str, title: str, period: str) -> None:
    meta = extract_metadata(build_doc(text, fmt="md"), {})
    assert (meta.type, meta.title, meta.period) == ("thong_bao", title, period)
