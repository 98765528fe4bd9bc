"""Task structures of round 9: a committee list whose later places repeat the head ("UBND
thành phố A, thị xã B và huyện C"), a lead-in under a body's heading that names the support of
its bullets ("a) Chủ trì, phối hợp với …:"), a time inside "không để …" that is no deadline."""

from __future__ import annotations

import pytest

from ktxh.extract.deadlines import find_deadlines
from ktxh.text.normalize import fold
from tests.extract.test_tasks import tasks_of

CASES = [
    # (kind, body, [(lead, support, action start)])
    # three committees of three levels, as a heading over bullets and inline
    ("chi_thi",
     "II. NHIỆM VỤ, GIẢI PHÁP\n\n3. Ủy ban nhân dân thành phố Sóc Trăng, thị xã Vĩnh Châu và "
     "huyện Trần Đề:\n\n- Rà soát, lập danh sách tàu cá hoạt động trên địa bàn.\n\n- Vận "
     "động ngư dân lắp thiết bị giám sát hành trình.\n",
     [("Ủy ban nhân dân thành phố Sóc Trăng",
       ["Ủy ban nhân dân thị xã Vĩnh Châu", "Ủy ban nhân dân huyện Trần Đề"], "rà soát"),
      ("Ủy ban nhân dân thành phố Sóc Trăng",
       ["Ủy ban nhân dân thị xã Vĩnh Châu", "Ủy ban nhân dân huyện Trần Đề"], "vận động")]),
    ("thong_bao",
     "2. UBND thành phố Cà Mau, huyện Năm Căn, huyện Ngọc Hiển kiểm tra các cơ sở chế biến "
     "thủy sản.",
     [("Ủy ban nhân dân thành phố Cà Mau",
       ["Ủy ban nhân dân huyện Năm Căn", "Ủy ban nhân dân huyện Ngọc Hiển"], "kiểm tra")]),
    # "a) Chủ trì, phối hợp với X:" under "1. Sở Y": X supports each bullet, not item b)
    ("ke_hoach",
     "III. NHIỆM VỤ\n\n**1. Sở Nông nghiệp và Môi trường**\n\na) Chủ trì, phối hợp với các "
     "sở, ngành, Ủy ban nhân dân các xã, phường:\n\n- Rà soát vùng trồng lúa chất lượng cao, "
     "hoàn thành trước ngày 30/6/2026;\n- Hướng dẫn nông dân chuyển đổi cơ cấu cây trồng.\n\n"
     "b) Tổ chức tập huấn kỹ thuật cho cán bộ cấp xã.\n",
     [("Sở Nông nghiệp và Môi trường",
       ["các sở, ngành", "Ủy ban nhân dân các xã, phường"], "rà soát"),
      ("Sở Nông nghiệp và Môi trường",
       ["các sở, ngành", "Ủy ban nhân dân các xã, phường"], "hướng dẫn"),
      ("Sở Nông nghiệp và Môi trường", [], "tổ chức tập huấn")]),
    ("ke_hoach",
     "III. NHIỆM VỤ\n\n**2. Sở Công Thương**\n\na) Phối hợp với Sở Ngoại vụ thực hiện các "
     "nhiệm vụ sau:\n\n- Tổ chức đoàn xúc tiến thương mại tại Nhật Bản.\n\n**3. Sở Y tế**\n\n"
     "a) Kiểm tra an toàn thực phẩm tại các chợ đầu mối.\n",
     [("Sở Công Thương", ["Sở Ngoại vụ"], "tổ chức đoàn"),
      ("Sở Y tế", [], "kiểm tra")]),
]


@pytest.mark.parametrize(("kind", "body", "expected"), CASES)
def test_round9_tasks(kind: str, body: str, expected: list[tuple]) -> None:
    found = tasks_of(body, kind=kind, date="2025-12-10")
    got = [(t.lead, list(t.support), t.action) for t in found]
    assert [(lead, sup) for lead, sup, _ in got] == [(e[0], e[1]) for e in expected]
    for (_, _, action), e in zip(got, expected, strict=True):
        assert action.startswith(e[2])


@pytest.mark.parametrize(("text", "deadlines"), [
    # what must not happen: no deadline
    ("các chủ đầu tư nghiệm thu, thanh toán ngay, không để dồn vào cuối năm", []),
    ("không để dồn khối lượng thanh toán vào cuối năm 2024", []),
    ("hoàn thành trong quý iv/2024, không để kéo dài", ["2024-12-31"]),
    ("nghiệm thu khối lượng hoàn thành trước ngày 15/12/2024", ["2024-12-15"]),
])
def test_no_deadline_inside_what_must_not_happen(text: str, deadlines: list[str]) -> None:
    found = find_deadlines(fold(text), doc_date="2024-11-20")
    assert [d.iso for d in found] == deadlines
