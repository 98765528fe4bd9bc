import pytest

from ktxh.text.normalize import fold, strip_marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uỷ ban nhân dân", "ủy ban nhân dân"),
        ("hoà bình", "hòa bình"),
        ("hoàn thành", "hoàn thành"),  # tone before a final consonant stays
        ("Quý I", "quý i"),  # "qu" is one consonant: no move
        ("thuỷ lợi", "thủy lợi"),
        ("khoẻ", "khỏe"),
    ],
)
def test_fold(text, expected):
    assert fold(text) == expected
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Bản Lải", "ban lai"), ("Đồng Đăng", "dong dang"), ("Lạng Sơn", "lang son")],
)
def test_strip_marks(text, expected):
    assert strip_marks(text) == expected
