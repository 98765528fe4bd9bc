"""Citations of other documents, every symbol style (own example sentences)."""

from __future__ import annotations

import pytest

from ktxh.extract.records import DocumentMeta
from ktxh.extract.references import find_references, reference_key
from ktxh.text.structure import build_doc


def refs_of(text: str, own: str | None = None) -> list[tuple]:
    doc = build_doc(text, fmt="md")
    found = {"document": DocumentMeta(number=own)} if own else {}
    return [(r.number, r.type, r.issuer, r.date, r.quote) for r in find_references(doc, found)]


CASES = [
    (
        "Thực hiện Nghị quyết số 12/NQ-CP ngày 3/2/2023 của Chính phủ, tỉnh đã ban hành kế hoạch.",
        [
            (
                "12/NQ-CP",
                "nghi_quyet",
                "Chính phủ",
                "2023-02-03",
                "Nghị quyết số 12/NQ-CP ngày 3/2/2023",
            )
        ],
    ),
    (
        "Theo Luật Quy hoạch số 21/2017/QH14 và Nghị định số 37/2019/NĐ-CP ngày 07 tháng 5 năm "
        "2019 của Chính phủ.",
        [
            ("21/2017/QH14", "other", "Quốc hội", None, "Luật Quy hoạch số 21/2017/QH14"),
            (
                "37/2019/NĐ-CP",
                "nghi_dinh",
                "Chính phủ",
                "2019-05-07",
                "Nghị định số 37/2019/NĐ-CP ngày 07 tháng 5 năm 2019",
            ),
        ],
    ),
    (
        "Bộ Tài chính có ý kiến tại văn bản số 4521/BTC-ĐT ngày 15/5/2023; Bộ Kế hoạch và Đầu tư "
        "tại công văn số 3310/BKHĐT-TH.",
        [
            (
                "4521/BTC-ĐT",
                "cong_van",
                "Bộ Tài chính",
                "2023-05-15",
                "văn bản số 4521/BTC-ĐT ngày 15/5/2023",
            ),
            (
                "3310/BKHĐT-TH",
                "cong_van",
                "Bộ Kế hoạch và Đầu tư",
                None,
                "công văn số 3310/BKHĐT-TH",
            ),
        ],
    ),
    (  # Party symbols
        "Quán triệt Nghị quyết số 26-NQ/TW của Trung ương, Chương trình hành động số 15-CTr/TU "
        "ngày 10/01/2022 và Thông báo số 88-TB/VPTW.",
        [
            ("26-NQ/TW", "nghi_quyet", "Trung ương Đảng", None, "Nghị quyết số 26-NQ/TW"),
            (
                "15-CTr/TU",
                "chuong_trinh",
                "Tỉnh ủy",
                "2022-01-10",
                "Chương trình hành động số 15-CTr/TU ngày 10/01/2022",
            ),
            (
                "88-TB/VPTW",
                "thong_bao",
                "Văn phòng Trung ương Đảng",
                None,
                "Thông báo số 88-TB/VPTW",
            ),
        ],
    ),
    (  # no type word: type from the symbol; HĐND resolution with a year
        "Các dự án theo danh mục tại số 05/2021/NQ-HĐND và Quyết định 1500/QĐ-TTg.",
        [
            ("05/2021/NQ-HĐND", "nghi_quyet", "Hội đồng nhân dân", None, "05/2021/NQ-HĐND"),
            ("1500/QĐ-TTg", "quyet_dinh", "Thủ tướng Chính phủ", None, "Quyết định 1500/QĐ-TTg"),
        ],
    ),
    (  # "Bộ Kế hoạch và Đầu tư" is no type word; date after "của ..."
        "Đề nghị của Bộ Kế hoạch và Đầu tư số 777/BKHĐT-KTĐP của Bộ trưởng ngày 9-8-2021.",
        [
            (
                "777/BKHĐT-KTĐP",
                "cong_van",
                "Bộ Kế hoạch và Đầu tư",
                "2021-08-09",
                "777/BKHĐT-KTĐP của Bộ trưởng ngày 9-8-2021",
            )
        ],
    ),
    (  # ordinance of the National Assembly Standing Committee
        "Căn cứ Pháp lệnh số 02/2022/UBTVQH15 về chi phí tố tụng.",
        [
            (
                "02/2022/UBTVQH15",
                "other",
                "Ủy ban Thường vụ Quốc hội",
                None,
                "Pháp lệnh số 02/2022/UBTVQH15",
            )
        ],
    ),
    (  # spaced Party number
        "Thực hiện Nghị quyết số 19 - NQ/TW của Ban Chấp hành Trung ương.",
        [("19-NQ/TW", "nghi_quyet", "Trung ương Đảng", None, "Nghị quyết số 19 - NQ/TW")],
    ),
    # unnumbered mentions, ratios, virus names, markers are no citations
    ("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và Luật Đầu tư công.", []),
    ("Có 35/120 xã đạt chuẩn; phòng chống cúm A/H5N1; mốc 1120/3.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_references(text: str, expected: list[tuple]) -> None:
    assert refs_of(text) == expected


def test_cited_twice_is_one_reference_with_the_date() -> None:
    text = (
        "Triển khai Chỉ thị 05/CT-TTg. Các sở thực hiện Chỉ thị số 05/CT-TTg ngày 1/3/2024 "
        "của Thủ tướng Chính phủ."
    )
    assert refs_of(text) == [
        ("05/CT-TTg", "chi_thi", "Thủ tướng Chính phủ", "2024-03-01", "Chỉ thị 05/CT-TTg")
    ]


def test_own_number_is_no_citation() -> None:
    text = "Số: 88/BC-UBND\n\nBáo cáo số 88/BC-UBND thay thế Báo cáo số 80/BC-UBND."
    assert [r[0] for r in refs_of(text, own="88/BC-UBND")] == ["80/BC-UBND"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("57/NQ-CP", "57/nq-cp"),
        ("8516/BKHĐT-QLKTTW", "8516/bkhdt-qlkttw"),
        ("11-NQ/TW", "11 -NQ/TW"),
    ],
)
def test_reference_key(a: str, b: str) -> None:
    assert reference_key(a) == reference_key(b)


def test_a_header_number_is_no_citation_even_unread() -> None:
    assert refs_of("Số: 61/BC-UBND\n\nThực hiện Kế hoạch số 5/KH-UBND.") == [
        ("5/KH-UBND", "ke_hoach", "Ủy ban nhân dân", None, "Kế hoạch số 5/KH-UBND")
    ]
