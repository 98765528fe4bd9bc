"""The words a regex is tried after: where none stands, the regex cannot match.

Each guard is a tuple of words every match holds; a phrase added to a regex's list
without one of them would be skipped silently, so the lists are checked here, and
sentences in the genre that match are checked to pass their guard.
"""

from __future__ import annotations

import pytest

from ktxh.extract import indicators, targets
from ktxh.extract.figure_walk import Notes
from ktxh.extract.thresholds import negated_threshold
from ktxh.text.normalize import fold


@pytest.mark.parametrize(("phrases", "parts"), [
    (targets.CUE_PHRASES, targets.CUE_PARTS),
    (indicators.ADVERBS, indicators.ADVERB_WORDS),
])
def test_every_phrase_holds_a_guard_word(phrases: tuple[str, ...],
                                         parts: tuple[str, ...]) -> None:
    assert all(any(p in phrase for p in parts) for phrase in phrases)


CUE_SENTENCES = [
    "năm 2026 phấn đấu thu ngân sách đạt 5.200 tỷ đồng",
    "thống nhất các chỉ tiêu chủ yếu của kế hoạch năm 2026",
    "để đạt được mục tiêu tăng trưởng 8%, các sở cần",
    "nhằm hoàn thành mục tiêu giải ngân 100% kế hoạch vốn",
    "doanh nghiệp cam kết giải ngân đạt tối thiểu 60%",
]


@pytest.mark.parametrize("text", CUE_SENTENCES)
def test_cue_sentences_pass_the_guard(text: str) -> None:
    f = fold(text)
    assert targets.CUES_RE.search(f)
    assert any(w in f for w in targets.CUE_PARTS)


@pytest.mark.parametrize(("subject", "after"), [
    ("tỷ lệ hộ nghèo vẫn còn", "còn"),
    ("số xã đạt chuẩn cũng tăng", "tăng"),
    ("vốn giải ngân mới chỉ đạt", "đạt"),
    ("tổng thu ngân sách đạt", None),
])
def test_last_adverb(subject: str, after: str | None) -> None:
    f = fold(subject)
    m = indicators._last_adverb(f)
    assert (f[m.end():] if m else None) == after


@pytest.mark.parametrize(("words", "trailing"), [
    ("diện tích lúa ước đạt", "ước đạt"),
    ("tổng vốn đầu tư là", "là"),
    ("giải phóng mặt bằng", None),
    ("số doanh nghiệp thành lập mới", None),
])
def test_trailing(words: str, trailing: str | None) -> None:
    m = indicators._trailing(fold(words))
    assert (m.group().strip() if m else None) == trailing


def test_cited_of_nothing_is_made_once_per_block() -> None:
    from ktxh.text.readers.plain import text_to_doc

    doc = text_to_doc("Năm 2025, toàn tỉnh trồng 5.400 ha rừng.\n\n"
                      "Thu ngân sách đạt 4.850 tỷ đồng.\n")
    notes = Notes(doc)
    assert notes.of(0) is notes.of(0)
    assert notes.of(0) == notes.of(0) and notes.of(0).block == 0
    assert notes.of(1) is not notes.of(0)


class _R:
    """The two fields of a reading negated_threshold reads."""

    def __init__(self, text: str, number: str) -> None:
        at = text.index(number)
        self.clause = (0, len(text))
        self.q = type("Q", (), {"start": at})()


@pytest.mark.parametrize(("text", "number", "negated"), [
    ("phấn đấu không còn xã dưới 15 tiêu chí", "15", True),
    ("không để hộ nào có thu nhập dưới 1,5 triệu đồng/tháng", "1,5", True),
    ("có 12 xã đạt dưới 15 tiêu chí", "15", False),
])
def test_negated_threshold(text: str, number: str, negated: bool) -> None:
    f = fold(text)
    assert negated_threshold(f, _R(f, number)) is negated  # type: ignore[arg-type]
