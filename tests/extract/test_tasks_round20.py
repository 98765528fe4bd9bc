"""Round 20 (sentences written for these tests): a chỉ thị of one whole year ("… trên địa
bàn tỉnh năm 2026") covers that year, one of a season or a range of years none."""

from __future__ import annotations

import pytest

from ktxh.extract.metadata import extract_metadata
from ktxh.text.structure import build_doc
from tests.extract.test_tasks import tasks_of

_HEAD = ("**ỦY BAN NHÂN DÂN**  \n**TỈNH PHÚ YÊN**\n\nSố: 05/CT-UBND\n\n"
         "*Phú Yên, ngày 12 tháng 01 năm 2026*\n\n**CHỈ THỊ**  \n**{title}**\n\n"
         "Để chủ động ứng phó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n")

DIRECTIVE_PERIODS = [
    # (title, period)
    ("Về tăng cường công tác phòng, chống bệnh dại trên địa bàn tỉnh năm 2026", "2026"),
    ("Về đẩy mạnh cải cách hành chính năm 2026", "2026"),
    ("Về tăng cường phòng cháy, chữa cháy rừng mùa khô năm 2025 - 2026", None),
    ("Về tăng cường phòng cháy, chữa cháy rừng mùa khô năm 2026", None),
    ("Về tăng cường quản lý trật tự xây dựng trên địa bàn tỉnh", None),
]


@pytest.mark.parametrize(("title", "period"), DIRECTIVE_PERIODS)
def test_directive_period(title: str, period: str | None) -> None:
    meta = extract_metadata(build_doc(_HEAD.format(title=title), fmt="md"), {})
    assert (meta.type, meta.title, meta.period) == ("chi_thi", title, period)


JOINT_OFFICES = [
    # (item, lead, support): "Văn phòng HĐND và UBND …" is one office, not two bodies
    ("2. Giao Phòng Kinh tế chủ trì, phối hợp với Văn phòng Hội đồng nhân dân và Ủy ban nhân "
     "dân xã rà soát hồ sơ đất đai, hoàn thành trước ngày 30/6/2026.",
     "Phòng Kinh tế", ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",)),
    ("3. Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND phường "
     "tổ chức hội nghị đối thoại với nhân dân.",
     "Phòng Văn hóa - Xã hội", ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",)),
    ("4. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường theo dõi, đôn đốc các cơ quan "
     "thực hiện thông báo này.", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường", ()),
    ("5. Giao Sở Nội vụ phối hợp với Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân "
     "tỉnh chuẩn bị nội dung tiếp xúc cử tri.", "Sở Nội vụ",
     ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",)),
    # two bodies still two: "Văn phòng UBND tỉnh và UBND các xã"
    ("6. Sở Tài chính chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh và Ủy ban nhân dân "
     "các xã rà soát các khoản chi.", "Sở Tài chính",
     ("Văn phòng Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các xã")),
]


@pytest.mark.parametrize(("body", "lead", "support"), JOINT_OFFICES)
def test_joint_office_one_body(body: str, lead: str, support: tuple[str, ...]) -> None:
    found = tasks_of(body, kind="thong_bao", date="2025-12-05")
    assert [(t.lead, tuple(t.support)) for t in found] == [(lead, support)]
