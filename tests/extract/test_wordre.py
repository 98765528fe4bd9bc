"""word_start: the same matches as "(?<![\\w])(?:...)", written for a fast scan."""

from __future__ import annotations

import re

import pytest

from ktxh.extract.wordre import word_start

CASES = [
    (("phấn đấu", "đạt"), "năm tới phấn đấu đạt 7%", (8, 16)),
    (("phấn đấu", "đạt"), "phấn đấu", (0, 8)),
    (("đạt",), "bđạt 5%", None),  # inside a word: no match
    (("đến", "tới"), "tăng 5% đến 2025", (8, 11)),
    (("/năm", "hằng năm"), "3 triệu đồng/năm", None),  # "/" after a letter
    (("/năm", "hằng năm"), "3 triệu đồng /năm", (13, 17)),
    (("100%", "ít nhất"), "đạt 100% kế hoạch", (4, 8)),
    (("tp\\.", "xã"), "tại tp. lạng sơn", (4, 7)),
    ((r"\d+ tháng", "quý"), "trong 9 tháng", (6, 13)),  # no plain first character
]


@pytest.mark.parametrize(("alternatives", "text", "span"), CASES)
def test_same_matches_as_lookbehind(alternatives: tuple[str, ...], text: str,
                                    span: tuple[int, int] | None) -> None:
    fast = re.compile(word_start(*alternatives))
    plain = re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + ")")
    m = fast.search(text)
    assert (m.span() if m else None) == span
    p = plain.search(text)
    assert (p.span() if p else None) == span


def test_scan_opens_with_a_letter() -> None:
    # the pattern must open with a literal so that re can skip ahead
    assert word_start("phấn đấu", "nhiệm vụ").startswith("(?:p")
