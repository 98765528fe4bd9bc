"""Agency register: aliases, groups, unregistered forms, succession, negatives."""

from __future__ import annotations

from datetime import date

import pytest

from ktxh.extract.agencies import (
    REGISTER,
    canonical_name,
    find_agencies,
    lookup,
    name_key,
    successor_of,
)
from ktxh.text.normalize import fold
from tests.support.gold import SEEDS


def _found(text: str) -> list[tuple[str, str | None, bool]]:
    return [
        (text[m.span.start : m.span.end], m.code, m.is_group) for m in find_agencies(text)
    ]


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở KHĐT", "Sở Kế hoạch và Đầu tư"),
        ("sở kế hoạch & đầu tư tỉnh Lạng Sơn", "Sở Kế hoạch và Đầu tư"),
        ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Sở GTVT", "Sở Giao thông vận tải"),
        ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở Lao động – Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở VHTT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
        ("Bộ KH&ĐT", "Bộ Kế hoạch và Đầu tư"),
        ("Bộ GTVT", "Bộ Giao thông vận tải"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh Lạng Sơn"),
        ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn"),
        ("BQL KKTCK Đồng Đăng - Lạng Sơn", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"),
        ("Đài PT-TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh Lạng Sơn"),
        ("UBND TP. Lạng Sơn", "Ủy ban nhân dân thành phố Lạng Sơn"),
        ("UBND huyện Lộc Bình", "Ủy ban nhân dân huyện Lộc Bình"),
        ("Ngân hàng BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"),
        ("VietinBank", "Ngân hàng TMCP Công thương Việt Nam"),
        ("NHNN Việt Nam", "Ngân hàng Nhà nước Việt Nam"),
        ("Sở Tài nguyên và Môi trừong", "Sở Tài nguyên và Môi trường"),  # typo: fuzzy
        ("Tỉnh", "Ủy ban nhân dân tỉnh Lạng Sơn"),  # "phối hợp với Tỉnh" in a central notice
        ("HĐND huyện Cao Lộc", "Hội đồng nhân dân huyện Cao Lộc"),
        ("Huyện ủy Bắc Sơn", "Huyện ủy Bắc Sơn"),
        ("Ban Dân tộc HĐND tỉnh", "Ban Dân tộc Hội đồng nhân dân tỉnh Lạng Sơn"),
        ("Sở Điều tra Tương lai", "Sở Điều tra Tương lai"),  # unknown: as given
    ],
)
def test_canonical_name(alias: str, canonical: str) -> None:
    assert canonical_name(alias) == canonical


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Giao Sở Tài chính chủ trì, phối hợp với Sở KH&ĐT và các cơ quan liên quan thẩm định.",
            [
                ("Sở Tài chính", "so-tai-chinh-ls", False),
                ("Sở KH&ĐT", "so-ke-hoach-dau-tu-ls", False),
                ("các cơ quan liên quan", None, True),
            ],
        ),
        (
            "Các sở, ban, ngành, UBND các huyện, thành phố, tổ chức, đơn vị liên quan triển khai.",
            [
                (
                    "Các sở, ban, ngành, UBND các huyện, thành phố, tổ chức, đơn vị liên quan",
                    None,
                    True,
                )
            ],
        ),
        (
            "Đề nghị các Bộ, cơ quan: Tài chính, Xây dựng hỗ trợ;"
            " Chủ tịch UBND các huyện, thành phố báo cáo.",
            [
                ("các Bộ, cơ quan", None, True),
                ("Tài chính", "bo-tai-chinh", False),  # short forms after "các Bộ:"
                ("Xây dựng", "bo-xay-dung", False),
                ("Chủ tịch UBND các huyện, thành phố", None, True),
            ],
        ),
        (
            "Các cấp, các ngành tăng cường phối hợp với Ủy ban nhân dân các cấp.",
            [("Các cấp, các ngành", None, True), ("Ủy ban nhân dân các cấp", None, True)],
        ),
        (
            "Thủ tướng Chính phủ giao Văn phòng Chính phủ theo dõi; Phó Thủ tướng dự họp.",
            [
                ("Thủ tướng Chính phủ", "thu-tuong", False),
                ("Văn phòng Chính phủ", "van-phong-chinh-phu", False),
            ],
        ),
        (
            "UBND tỉnh Cao Bằng và UBND tỉnh thống nhất; Sở Nội vụ tỉnh Bắc Kạn tham dự.",
            [
                ("UBND tỉnh Cao Bằng", None, False),
                ("UBND tỉnh", "ubnd-tinh-ls", False),
                ("Sở Nội vụ tỉnh Bắc Kạn", None, False),
            ],
        ),
        (
            "Bộ Năng lượng chủ trì; Cục Hàng hải Việt Nam phối hợp.",  # unregistered: no code
            [("Bộ Năng lượng", None, False), ("Cục Hàng hải Việt Nam", None, False)],
        ),
        (
            "SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
            [("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "so-ke-hoach-dau-tu-ls", False)],
        ),
        (
            "Quyết định số 12/QĐ-TTg và Thông báo số 5/TB-VPCP của Chính phủ.",
            [("Chính phủ", "chinh-phu", False)],
        ),
        (
            "Giao Sở Y tế, Giáo dục và Đào tạo và Nội vụ chủ trì; Sở Nội vụ, Công an tỉnh dự.",
            [
                ("Sở Y tế", "so-y-te-ls", False),
                ("Giáo dục và Đào tạo", "so-giao-duc-dao-tao-ls", False),
                ("Nội vụ", "so-noi-vu-ls", False),
                ("Sở Nội vụ", "so-noi-vu-ls", False),
                ("Công an tỉnh", "cong-an-tinh-ls", False),
            ],
        ),
        (
            "Ban Pháp chế HĐND tỉnh, Ban Kiểm soát Thủ tục HĐND tỉnh và Ban Tuyên giáo Tỉnh ủy.",
            [
                ("Ban Pháp chế HĐND tỉnh", "ban-phap-che-hdnd-ls", False),
                ("Ban Kiểm soát Thủ tục HĐND tỉnh", None, False),  # sub-body, unregistered
                ("Ban Tuyên giáo Tỉnh ủy", "ban-tuyen-giao-tu-ls", False),
            ],
        ),
        (
            "Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội; phối hợp với các địa phương.",
            [
                ("Ủy ban MTTQ tỉnh", "mttq-tinh-ls", False),
                ("các tổ chức chính trị - xã hội", None, True),  # weak, but in a list of bodies
                ("các địa phương", None, True),  # weak, after "với"
            ],
        ),
        (
            "Đề nghị các cơ quan báo chí, các cơ quan thông tin đại chúng tuyên truyền.",
            [("các cơ quan báo chí, các cơ quan thông tin đại chúng", None, True)],
        ),
        ("Phát triển công nghiệp và các ngành dịch vụ; bồi dưỡng các cấp ủy viên.", []),
        # negatives: "sở thích", "bộ máy", "ban hành", "ban ngày", "cơ sở y tế"
        ("Sở thích của người dân; bộ máy tinh gọn; ban hành kịp thời; làm việc ban ngày.", []),
        ("Nâng cấp cơ sở y tế, các cơ sở giáo dục; Bộ tiêu chí quốc gia; Ban hành quy chế.", []),
        ("Cơ cấu lại các ngành kinh tế, phát triển các ngành công nghiệp mới.", []),
        ("Các bộ phận chuyên môn và các cấp học đều tăng.", []),
    ],
)
def test_find_agencies(text: str, expected: list[tuple[str, str | None, bool]]) -> None:
    assert _found(text) == expected


def test_offsets_are_absolute_within_a_window() -> None:
    text = "Mở đầu. Giao Sở Y tế chủ trì. Sở Xây dựng phối hợp."
    start = text.index("Giao")
    end = text.index(".", start)
    mentions = find_agencies(text, start, end)
    assert [(m.span.start, m.code) for m in mentions] == [(text.index("Sở Y tế"), "so-y-te-ls")]


@pytest.mark.parametrize(
    ("code", "on", "expected"),
    [
        ("so-ke-hoach-dau-tu-ls", "2025-02-28", "so-ke-hoach-dau-tu-ls"),
        ("so-ke-hoach-dau-tu-ls", "2025-03-01", "so-tai-chinh-ls"),
        ("so-tai-nguyen-moi-truong-ls", date(2025, 6, 1), "so-nong-nghiep-moi-truong-ls"),
        ("so-nong-nghiep-ptnt-ls", "2025-03-01", "so-nong-nghiep-moi-truong-ls"),
        ("so-giao-thong-van-tai-ls", "2025-04-01", "so-xay-dung-ls"),
        ("so-thong-tin-truyen-thong-ls", "2025-04-01", "so-khoa-hoc-cong-nghe-ls"),
        ("so-lao-dong-tbxh-ls", "2025-04-01", "so-noi-vu-ls"),
        ("bo-ke-hoach-dau-tu", "2024-12-31", "bo-ke-hoach-dau-tu"),
        ("bo-ke-hoach-dau-tu", "2025-03-01", "bo-tai-chinh"),
        ("bo-tai-nguyen-moi-truong", "2025-03-01", "bo-nong-nghiep-moi-truong"),
        ("bo-giao-thong-van-tai", "2025-03-01", "bo-xay-dung"),
        ("bo-thong-tin-truyen-thong", "2025-03-01", "bo-khoa-hoc-cong-nghe"),
        ("bo-lao-dong-tbxh", "2025-03-01", "bo-noi-vu"),
        ("uy-ban-dan-toc", "2025-03-01", "bo-dan-toc-ton-giao"),
        ("so-tai-chinh-ls", "2026-01-01", "so-tai-chinh-ls"),
        ("ubnd-h-loc-binh", "2025-06-30", "ubnd-h-loc-binh"),
        ("ubnd-h-loc-binh", "2025-07-01", None),  # district level abolished
        ("ubnd-tp-lang-son", date(2025, 7, 1), None),
        ("ubnd-tinh-ls", "2025-07-01", "ubnd-tinh-ls"),
        ("uy-h-bac-son", "2025-07-01", None),
        ("hdnd-h-cao-loc", "2025-01-01", "hdnd-h-cao-loc"),
        ("no-such-code", "2020-01-01", None),
    ],
)
def test_successor_of(code: str, on: str | date, expected: str | None) -> None:
    agency = successor_of(code, on)
    assert (agency.code if agency else None) == expected


def test_register_is_consistent() -> None:
    for agency in REGISTER.values():
        assert agency.successor is None or agency.successor in REGISTER, agency.code
        assert agency.successor is None or agency.valid_to, agency.code
        assert lookup(agency.name) is agency, agency.name
        for alias in agency.aliases:  # no spelling is shared by two bodies
            assert lookup(alias) is agency, alias
        assert agency.level in {"central", "province", "district", "commune"}


def test_name_key_unifies_spellings() -> None:
    assert name_key("Sở KH & ĐT") == name_key("sở kh và đt") == "sở kh và đt"
    assert name_key("Uỷ ban") == name_key("Ủy ban")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds absent")
def test_seeds_name_known_bodies() -> None:
    codes = set()
    for path in sorted(SEEDS.glob("*.txt")):
        codes |= {m.code for m in find_agencies(path.read_text("utf-8"))}
    assert {"bo-ke-hoach-dau-tu", "bo-tai-chinh", "ubnd-tinh-ls", "thu-tuong"} <= codes


def test_prefolded_text_gives_the_same_mentions() -> None:
    text = "Mở đầu. Giao Sở KH&ĐT, Sở TN&MT và các sở, ban, ngành liên quan thực hiện."
    start = text.index("Giao")
    assert find_agencies(text, start, folded=fold(text)) == find_agencies(text, start)
