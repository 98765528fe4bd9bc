import random
import unicodedata

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


def _base_by_character(text: str) -> str:
    """strip_marks by its definition: each character's first NFD character, 'đ' as 'd'."""
    lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return "".join("d" if ch in "đĐ" else unicodedata.normalize("NFD", ch)[0] if ord(ch) > 127
                   else ch for ch in lowered)


BMP = [chr(i) for i in range(0x10000) if not 0xD800 <= i <= 0xDFFF]


def test_strip_marks_of_every_character() -> None:
    assert [c for c in BMP if strip_marks(c) != _base_by_character(c)] == []


def test_strip_marks_of_mixed_text() -> None:
    # marks of other scripts that NFD would reorder, Hangul that it would expand,
    # loose combining marks: all beside Vietnamese letters
    rng = random.Random(7)
    latin = [c for c in BMP if ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00]
    for _ in range(5000):
        text = "".join(rng.choice(latin if rng.random() < 0.8 else BMP)
                       for _ in range(rng.randint(1, 16)))
        assert strip_marks(text) == _base_by_character(text), [hex(ord(c)) for c in text]
    assert strip_marks("Hồ Bản Lải\u0301 – 한 ﬁ") == _base_by_character("Hồ Bản Lải\u0301 – 한 ﬁ")
