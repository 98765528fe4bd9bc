import pytest

from ktxh.text.encodings import DecodeError, decode, syllable_share
from ktxh.text.normalize import fold
from tests.text.legacy import to_cp1258, to_tcvn3, to_vni

SENTENCE = (
    "Ủy ban nhân dân tỉnh giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, "
    "ngành rà soát tiến độ giải ngân vốn đầu tư công; báo cáo kết quả trước ngày "
    "15 tháng 7. Sản lượng lương thực ước đạt 312 nghìn tấn, tăng 2,1% so với cùng kỳ."
)


@pytest.mark.parametrize(
    ("encode", "name"),
    [(to_tcvn3, "TCVN3"), (to_vni, "VNI"), (to_cp1258, "Windows-1258")],
)
def test_legacy_encodings_are_detected_and_converted(encode, name):
    data = encode(SENTENCE)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text, found = decode(data)
    assert found == name
    # TCVN3 has no codes for most accented capitals (.VnTime writes "ủy")
    assert fold(text) == fold(SENTENCE)
    if name != "TCVN3":
        assert text == SENTENCE


def test_vntimeh_capitals_are_restored():
    text, name = decode(to_tcvn3("BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"))
    assert name == "TCVN3"
    assert text == "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SENTENCE.encode("utf-8"), "UTF-8"),
        (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), "UTF-8"),
        (SENTENCE.encode("utf-16"), "UTF-16"),  # with a BOM
    ],
)
def test_unicode_first(data, expected):
    assert decode(data) == (SENTENCE, expected)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04\x00\x00binary\x00data", "binary"),
        (bytes(range(0x80, 0x100)) * 20, "undecodable"),
    ],
)
def test_bad_bytes(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode(data)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Tổng thu ngân sách nhà nước tăng", 0.99, 1.0),
        ("Tæng thu ng©n s¸ch nhµ n­íc t¨ng", 0.0, 0.4),  # TCVN3 read as Latin-1
        ("Toång thu ngaân saùch nhaø nöôùc", 0.0, 0.4),  # VNI read as Latin-1
    ],
)
def test_syllable_share(text, low, high):
    assert low <= syllable_share(text) <= high
