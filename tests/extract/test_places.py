"""Place register: prefixed names, lists, unregistered places, negatives."""

from __future__ import annotations

import pytest

from ktxh.extract.places import PLACES, find_places, lookup, place_name
from tests.support.gold import SEEDS


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[m.span.start : m.span.end], m.name, m.code) for m in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lộc Bình", "huyện Lộc Bình"),
        ("huyện Lộc Bình", "huyện Lộc Bình"),
        ("Huyện Đình Lập", "huyện Đình Lập"),
        ("TP. Lạng Sơn", "thành phố Lạng Sơn"),
        ("TP Lạng Sơn", "thành phố Lạng Sơn"),
        ("Lạng Sơn", "tỉnh Lạng Sơn"),
        ("thị trấn Đồng Đăng", "thị trấn Đồng Đăng"),
        ("Na Sầm", "thị trấn Na Sầm"),
        ("Thất Khê", "thị trấn Thất Khê"),
        ("cửa khẩu quốc tế Hữu Nghị", "cửa khẩu Hữu Nghị"),
        ("CK Tân Thanh", "cửa khẩu Tân Thanh"),
        ("Chi Ma", "cửa khẩu Chi Ma"),
        ("ga đường sắt liên vận quốc tế Đồng Đăng", "cửa khẩu ga đường sắt quốc tế Đồng Đăng"),
        ("KKTCK Đồng Đăng - Lạng Sơn", "Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"),
        ("toàn quốc", "cả nước"),
        ("khu du lịch Mẫu Sơn", "Khu du lịch quốc gia Mẫu Sơn"),
        ("Khu công nghiệp Đồng Bành", "khu công nghiệp Đồng Bành"),
        ("Hà Nội", None),
        ("xã hội", None),
    ],
)
def test_place_name(text: str, expected: str | None) -> None:
    assert place_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đất thuê tại xã Mẫu Sơn, huyện Lộc Bình và xã Công Sơn, huyện Cao Lộc.",
            [
                ("xã Mẫu Sơn", "xã Mẫu Sơn", "x-mau-son"),
                ("huyện Lộc Bình", "huyện Lộc Bình", "h-loc-binh"),
                ("xã Công Sơn", "xã Công Sơn", "x-cong-son"),
                ("huyện Cao Lộc", "huyện Cao Lộc", "h-cao-loc"),
            ],
        ),
        (
            "Trồng hồi ở các huyện: Văn Quan, Bình Gia và Tràng Định.",
            [
                ("Văn Quan", "huyện Văn Quan", "h-van-quan"),
                ("Bình Gia", "huyện Bình Gia", "h-binh-gia"),
                ("Tràng Định", "huyện Tràng Định", "h-trang-dinh"),
            ],
        ),
        (
            "Hàng qua cửa khẩu Chi Ma, Cốc Nam tăng; Khu KTCK Đồng Đăng - Lạng Sơn thu hút vốn.",
            [
                ("cửa khẩu Chi Ma", "cửa khẩu Chi Ma", "ck-chi-ma"),
                ("Cốc Nam", "cửa khẩu Cốc Nam", "ck-coc-nam"),
                (
                    "Khu KTCK Đồng Đăng - Lạng Sơn",
                    "Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
                    "kktck-dong-dang-ls",
                ),
            ],
        ),
        (
            "Cao tốc cửa khẩu Hữu Nghị - Chi Lăng qua TP. Lạng Sơn.",
            [
                ("cửa khẩu Hữu Nghị", "cửa khẩu Hữu Nghị", "ck-huu-nghi"),
                ("TP. Lạng Sơn", "thành phố Lạng Sơn", "tp-lang-son"),
            ],
        ),
        (
            "Hợp tác với tỉnh Quảng Tây (Trung Quốc) và tỉnh Cao Bằng; xã Tân Hòa đạt chuẩn.",
            [
                ("tỉnh Quảng Tây", "tỉnh Quảng Tây", None),
                ("tỉnh Cao Bằng", "tỉnh Cao Bằng", None),
                ("xã Tân Hòa", "xã Tân Hòa", None),
            ],
        ),
        ("Thấp hơn bình quân cả nước.", [("cả nước", "cả nước", "ca-nuoc")]),
        # a thị xã is named whole, not as the commune its last word would make it
        ("Thị xã Nghĩa Lộ thu 118 tỷ đồng; thị xã Sa Pa thu 240 tỷ đồng.",
         [("Thị xã Nghĩa Lộ", "thị xã Nghĩa Lộ", None), ("thị xã Sa Pa", "thị xã Sa Pa", None)]),
        (
            "Hỗ trợ các xã Mẫu Sơn, Tú Đoạn; huyện Lộc Bình Đình Lập.",
            [
                ("xã Mẫu Sơn", "xã Mẫu Sơn", "x-mau-son"),
                ("Tú Đoạn", "xã Tú Đoạn", "x-tu-doan"),
                ("huyện Lộc Bình", "huyện Lộc Bình", "h-loc-binh"),  # no comma: no list
            ],
        ),
        # negatives: "xã hội", headings, "hợp tác xã", a bare name outside a list
        ("An sinh xã hội; KINH TẾ - XÃ HỘI; 278 hợp tác xã Nông nghiệp Xanh.", []),
        ("Thị trường Lộc Bình sôi động; các xã đạt chuẩn nông thôn mới.", []),
    ],
)
def test_find_places(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected


def test_window_offsets() -> None:
    text = "Huyện Bắc Sơn. Sau đó huyện Hữu Lũng."
    start = text.index("Sau")
    assert [(m.span.start, m.code) for m in find_places(text, start)] == [
        (text.index("huyện Hữu Lũng"), "h-huu-lung")
    ]


def test_register_is_consistent() -> None:
    for place in PLACES.values():
        assert place.parent is None or PLACES[place.parent].kind in {"district", "city"}
        assert lookup(place.name) is place, place.name
        for alias in place.aliases:
            assert lookup(alias) is place, alias


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds absent")
def test_seeds_name_districts() -> None:
    codes = set()
    for path in sorted(SEEDS.glob("*.txt")):
        codes |= {m.code for m in find_places(path.read_text("utf-8"))}
    assert {"tp-lang-son", "h-cao-loc", "kktck-dong-dang-ls"} <= codes
