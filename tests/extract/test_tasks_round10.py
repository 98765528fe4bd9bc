"""Task structures of round 10: "A phối hợp với X …; B" — X supports B as well (as after
"chủ trì, phối hợp với"), unless B helps the partner itself ("…; hỗ trợ Tỉnh …")."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import tasks_of

CASES = [
    # (kind, body, [(lead, support, action start)])
    ("bao_cao",
     "III. NHIỆM VỤ, GIẢI PHÁP QUÝ III\n\n2. Sở Công Thương phối hợp với Cục Quản lý thị "
     "trường tỉnh kiểm tra hàng hóa nhập lậu qua biên giới; kịp thời báo cáo Ủy ban nhân dân "
     "tỉnh những vướng mắc phát sinh.\n",
     [("Sở Công Thương", ["Cục Quản lý thị trường tỉnh"], "kiểm tra"),
      ("Sở Công Thương", ["Cục Quản lý thị trường tỉnh"], "kịp thời báo cáo")]),
    ("quyet_dinh",
     "Điều 2. Tổ chức thực hiện\n\nc) Sở Xây dựng phối hợp với Sở Tài chính rà soát đơn giá "
     "xây dựng; tham mưu Ủy ban nhân dân tỉnh điều chỉnh suất vốn đầu tư trong quý II/2024.\n",
     [("Sở Xây dựng", ["Sở Tài chính"], "rà soát"),
      ("Sở Xây dựng", ["Sở Tài chính"], "tham mưu")]),
    # the partner is the one helped in the clause after ";": it is no support there
    ("thong_bao",
     "Kết luận như sau:\n\n4. Các bộ, ngành phối hợp với tỉnh Hà Giang xây dựng cơ chế phát "
     "triển vùng biên; hỗ trợ Tỉnh đầu tư tuyến đường kết nối cửa khẩu.\n",
     [("các bộ, ngành", ["Ủy ban nhân dân tỉnh Hà Giang"], "xây dựng"),
      ("các bộ, ngành", [], "hỗ trợ")]),
    # a co-subject is still shared, and a clause with no partner keeps none
    ("thong_bao",
     "Kết luận như sau:\n\n1. Sở Tài chính kiểm tra việc sử dụng kinh phí; rà soát các "
     "khoản chi chưa cấp thiết.\n",
     [("Sở Tài chính", [], "kiểm tra"), ("Sở Tài chính", [], "rà soát")]),
]


@pytest.mark.parametrize(("kind", "body", "expected"), CASES)
def test_round10_tasks(kind: str, body: str, expected: list[tuple]) -> None:
    found = tasks_of(body, kind=kind, date="2024-06-20")
    got = [(t.lead, list(t.support), t.action) for t in found]
    assert [(lead, sup) for lead, sup, _ in got] == [(e[0], e[1]) for e in expected]
    for (_, _, action), e in zip(got, expected, strict=True):
        assert action.startswith(e[2])
