"""The words before a number, searched only near its end: the same answers as
a search of all the words; years told without a regex."""

from __future__ import annotations

import random
import re

import pytest

from ktxh.extract import numbers
from ktxh.extract.numbers import NOT_QUANTITY_WORDS, is_year

_BEFORE = [
    (numbers._NOT_QUANTITY_BEFORE, numbers._NOT_QUANTITY_REACH),
    (numbers._RANK_BEFORE, numbers._RANK_REACH),
    (numbers._YEAR_BEFORE, numbers._YEAR_REACH),
]

CASES = [
    "theo nghị quyết ",
    "tổng số ",  # "số" after "tổng": a quantity
    "đạt tiêu chí số ",
    "tăng trưởng theo giá so sánh\n",  # "$" before a last line break
    "xã xếp hạng ",
    "đứng thứ",
    "từ năm ",
    "vụ đông ",
    "tổng sản phẩm đạt ",
    "",
]


@pytest.mark.parametrize("before", CASES)
@pytest.mark.parametrize(("rx", "reach"), _BEFORE)
def test_search_near_the_end(rx: re.Pattern[str], reach: int, before: str) -> None:
    whole = rx.search(before)
    near = rx.search(before, max(0, len(before) - reach))
    assert (near.span() if near else None) == (whole.span() if whole else None)


def test_random_words_before() -> None:
    rng = random.Random(5)
    words = [w.replace("\\", "").replace("?", "") for w in NOT_QUANTITY_WORDS
             if "(" not in w] + ["tổng", "dân", "năm", "xếp", "hạng", "thứ", "đạt", "là", "từ"]
    for _ in range(20000):
        before = "".join(rng.choice(words) + rng.choice(("", " ", "  ", "\n", ", "))
                         for _ in range(rng.randrange(1, 6)))[-24:]
        for rx, reach in _BEFORE:
            whole = rx.search(before)
            near = rx.search(before, max(0, len(before) - reach))
            assert (near.span() if near else None) == (whole.span() if whole else None)


@pytest.mark.parametrize("s", ["2019", "1999", "2100", "1899", "201", "20195", "20l9", "2019\n",
                               "20١٩", "２０１９", "19.0", "0019"])
def test_is_year(s: str) -> None:
    assert is_year(s) == (bool(re.match(r"(?:19|20)\d\d$", s)) and len(s) == 4)
