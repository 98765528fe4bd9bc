"""Numbers in Vietnamese notation and what is, or is not, a quantity."""

from __future__ import annotations

import pytest

from ktxh.extract.numbers import _last_words, find_quantities, parse_number
from ktxh.text.normalize import fold


@pytest.mark.parametrize(
    ("written", "value"),
    [("1.234,5", 1234.5), ("2.036,21", 2036.21), ("0,58", 0.58), ("07", 7.0),
     ("656.979", 656979.0), ("12", 12.0), ("1.081,603", 1081.603)],
)
def test_parse_number(written: str, value: float) -> None:
    assert parse_number(written) == pytest.approx(value)


def _read(text: str) -> list[tuple[float, float | None, str | None, str]]:
    return [(q.value, q.value_max, q.unit_text, q.form) for q in find_quantities(text, fold(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("diện tích cây chè ước đạt 1.245,5 ha", [(1245.5, None, "ha", "value")]),
        ("mở mới 10,5Km đường và 43km kênh",
         [(10.5, None, "Km", "value"), (43.0, None, "km", "value")]),
        ("đào đắp 2.150 m3 đất", [(2150.0, None, "m3", "value")]),
        ("tăng trưởng từ 7 - 7,5%", [(7.0, 7.5, "%", "range")]),
        ("tỷ trọng khoảng 18 - 19%", [(18.0, 19.0, "%", "range")]),
        ("lãi suất từ 6,5-9%", [(6.5, 9.0, "%", "range")]),
        ("tỷ lệ hộ nghèo giảm 2,5% - 3%", [(2.5, 3.0, "%", "range")]),
        ("tăng 6%-7% so với năm trước", [(6.0, 7.0, "%", "range")]),
        # not a range: a falling pair, a list
        ("từ 12% - 8% trong 5 năm", [(12.0, None, "%", "value"), (8.0, None, "%", "value")]),
        ("nông nghiệp 20%, công nghiệp 30%",
         [(20.0, None, "%", "value"), (30.0, None, "%", "value")]),
        ("giảm từ 4% trở lên", [(4.0, None, "%", "value")]),
        ("tăng trên 6%", [(6.0, None, "%", "value")]),
        ("có 25/96 xã đạt chuẩn", [(25.0, 96.0, "xã", "progress")]),
        ("giải phóng mặt bằng 120,5/310,25 ha", [(120.5, 310.25, "ha", "progress")]),
        ("đã thi công 12,6km/40km", [(12.6, 40.0, "km", "progress")]),
        ("chỉ số PAPI xếp thứ 31/63", [(31.0, None, "/63", "rank")]),
        ("doanh thu 3.500 tỷ đồng", [(3500.0, None, "tỷ đồng", "value")]),
        ("đón 1.250 nghìn lượt khách", [(1250.0, None, "nghìn lượt khách", "value")]),
        ("công suất 150 vạn tấn/năm", [(150.0, None, "vạn tấn/năm", "value")]),
        ("tăng 6,2%/năm", [(6.2, None, "%/năm", "value")]),
        ("có 35 xã và 120 doanh nghiệp", [(35.0, None, "xã", "value"),
                                         (120.0, None, "doanh nghiệp", "value")]),
        ("sáp nhập 312 thôn, tổ dân phố", [(312.0, None, "thôn, tổ dân phố", "value")]),
        ("xây mới 12 trường học", [(12.0, None, "trường học", "value")]),
        # multiples written as words
        ("thu nhập gấp đôi năm 2019", [(2.0, None, "lần", "value")]),
        ("doanh thu tăng gấp ba lần, đạt 90 tỷ đồng",
         [(3.0, None, "lần", "value"), (90.0, None, "tỷ đồng", "value")]),
        ("quy mô gấp rưỡi", [(1.5, None, "lần", "value")]),
    ],
)
def test_quantities(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "theo Thông báo số 215/TB-VPCP ngày 14/5/2021",  # document number, date
        "Nghị quyết số 46/2019/QH14 của Quốc hội",  # law number
        "trong tháng 03/2024 và năm 2021",  # dates, years
        "giai đoạn 2021 - 2025 và 2016-2020",  # periods
        "quý II năm 2023",
        "1. Về kinh tế; a) Nông nghiệp; II. Nhiệm vụ",  # list labels
        "đoạn Km12+300 đến mốc 1116/3",  # kilometre post, boundary marker
        "bản đồ tỷ lệ 1/25.000",  # map scale
        "Quốc lộ 3B, QL.31 và Nghị quyết 19",  # names
        "Đại hội Đảng bộ lần thứ XVII, hội nghị lần thứ 7",  # ordinals
        "vào top 20 tỉnh, Chỉ thị số 15",
        "sản phẩm đạt 4 sao",
        "kiềm chế cả 3 tiêu chí",
        "Nghị quyết 11-NQ/TW",
        "dịch cúm A/H5N1, mạng 4G",
        "gấp rút triển khai, khẩn trương gấp",
    ],
)
def test_not_quantities(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "words",
    ["số", "tháng", "quý", "giai đoạn", "lần thứ", "top", "QL", "QL.", "ĐT.", "phụ lục",
     "vành đai", "giá so sánh", "tiêu chí số", "mức độ", "tiểu khu", "Phường"],
)
@pytest.mark.parametrize("gap", [" ", "\n", " \n"])
def test_name_words_before_a_count(words: str, gap: str) -> None:
    """A number after one of the name words, with the spaces the rule allows
    (the quick test of the last word must let each one through)."""
    assert _read(f"được bố trí tại {words}{gap}12 xã") == []


@pytest.mark.parametrize(
    ("words", "last"),
    [(("(?<!tổng )số", "ql\\.?", "giai đoạn"), ("đoạn", "ql", "ql.", "số")),
     (("tuyến số", "vành đai"), ("đai", "số"))],
)
def test_last_words(words: tuple[str, ...], last: tuple[str, ...]) -> None:
    assert _last_words(words) == tuple(sorted(last))


def test_last_words_refuses_a_pattern() -> None:
    with pytest.raises(ValueError):
        _last_words(("quốc lộ", r"đt\d"))
