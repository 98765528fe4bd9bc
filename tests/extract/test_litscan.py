"""LiteralScan: the matches of ``pattern.finditer``, found from the literals they open with."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from ktxh.extract import periods, project_requests, projects, timeframes
from ktxh.extract.litscan import LiteralScan, Tokens, _last_letter_sets, openings
from ktxh.extract.wordre import word_start
from ktxh.text.normalize import fold
from ktxh.text.readers import read

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

_HEADS = ("cầu", "nhà máy", "khu công nghiệp", "khu đô thị")
_WORKS = LiteralScan(re.compile(word_start(*_HEADS) + r"\b"))
_MONTHS = LiteralScan(re.compile(r"\d(?<![\w,.]\d)\d?\s+tháng|quý\s+[iv]+"))
# "năm" opens matches alone and after a number: one pass finds both
_YEARS = LiteralScan(re.compile(r"\d{1,2}\s+năm|năm\s+\d{4}"))
# "quý", "quí", "quy": one regex pass for the three
_QUARTERS = LiteralScan(re.compile(r"qu[ýíy]\s+(?:iv|i{1,3})(?![\w])"))

OPENINGS = [
    (r"(?<![\w])(?:cầu|nhà máy)\b", {("cầu", 0), ("nhà máy", 0)}),
    (r"(?=[0-9]|gi)(?:giai đoạn\s+)?(?:19|20)\d\d", {("giai đoạn", 0), ("19", 0), ("20", 0)}),
    (r"qu[ýíy]\s+(?:i|ii)", {("quý", 0), ("quí", 0), ("quy", 0)}),
    (r"(?:\d{1,2}\s+)?năm", {("năm", 0), ("năm", 2)}),  # "5 năm": the number first
    (r"\d(?<![\w,.]\d)\d?\s+tháng", {("tháng", 2)}),
    (r"(?:hết\s+)?tháng", {("hết", 0), ("tháng", 0)}),
    (r"[Dd]ự án", {("Dự án", 0), ("dự án", 0)}),
]


@pytest.mark.parametrize(("pattern", "found"), OPENINGS)
def test_openings(pattern: str, found: set[tuple[str, int]]) -> None:
    assert openings(re.compile(pattern)) == found


@pytest.mark.parametrize("pattern", [r"\w+ tháng", r"[^,]+", r"(?:năm)?", r"\d+", r"\d\s*năm",
                                     r"(?i)năm"])
def test_no_literal_opening(pattern: str) -> None:
    with pytest.raises(ValueError):
        LiteralScan(re.compile(pattern))

CASES = [
    (_WORKS, "hoàn thành cầu Kỳ Cùng và nhà máy nước", [(11, 14), (26, 33)]),
    (_WORKS, "đáp ứng nhu cầu vốn", [(12, 15)]),  # the scan keeps what the pattern finds
    (_WORKS, "thu hút vào khu công nghiệp Đồng Bành", [(12, 27)]),
    (_WORKS, "đấu nối cầucảng", []),  # no word end after "cầu"
    (_WORKS, "thông tin nhàmáy", []),
    (_MONTHS, "tổng thu 9 tháng đạt 4.200 tỷ đồng; quý iii tăng", [(9, 16), (36, 43)]),
    (_MONTHS, "trong 12  tháng, quý ii", [(6, 15), (17, 23)]),
    (_MONTHS, "giảm 1,5 tháng so với năm trước", []),  # "5" after ","
    (_MONTHS, "\t6\ntháng đầu năm", [(1, 8)]),
    (_YEARS, "sau 5 năm, đến năm 2025 đạt", [(4, 9), (15, 23)]),
    (_YEARS, "trong năm 2024 và 10 năm tới", [(6, 14), (18, 24)]),
    (_YEARS, "kế hoạch năm nay", []),
    (_QUARTERS, "quý iv tăng so với quí iii, quy ii", [(0, 6), (19, 26), (28, 34)]),
    (_QUARTERS, "quy định tại quý ivx", []),
]


@pytest.mark.parametrize(("words", "sets"), [
    (["quý", "quí", "quy", "năm"], [("quy", "quí", "quý")]),
    (["aba", "abb"], []),  # "abab…": "aba" may start inside "aba": found apart
    (["đến", "tới"], []),
])
def test_last_letter_sets(words: list[str], sets: list[tuple[str, ...]]) -> None:
    assert _last_letter_sets(words) == sets


@pytest.mark.parametrize(("scan", "text", "spans"), CASES)
def test_same_matches_as_the_pattern(scan: LiteralScan, text: str,
                                     spans: list[tuple[int, int]]) -> None:
    text = fold(text)
    assert [m.span() for m in scan.pattern.finditer(text)] == spans
    long = text + " " + "x" * 3000  # indexed once, then searched by range
    for t in (text, long):
        assert [m.span() for m in scan.finditer(t, 0, len(text))] == spans
        for a in range(len(text)):
            want = [m.span() for m in scan.pattern.finditer(t, a, len(text))]
            assert [m.span() for m in scan.finditer(t, a, len(text))] == want


def test_random_strings() -> None:
    rng = random.Random(7)
    pieces = ["cầu", "nhà máy", "khu công nghiệp", "khu đô thị", "tháng", "quý iv", "9", "12",
              " ", "  ", "\n", ",", ".", "a", "nhu ", "khu", "năm", "quí ii", "quy"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        text *= rng.choice((1, 1, 120))
        a = rng.randrange(len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        for scan in (_WORKS, _MONTHS, _YEARS, _QUARTERS):
            want = [(m.span(), m.group()) for m in scan.pattern.finditer(text, a, b)]
            assert [(m.span(), m.group()) for m in scan.finditer(text, a, b)] == want
            opens = set(scan.positions(text))
            assert all(m.start() in opens for m in scan.pattern.finditer(text, a, b))


@pytest.mark.parametrize(("scan", "text", "opens"), [
    (_WORKS, "giải ngân đạt 85% kế hoạch vốn đầu tư công", []),
    (_WORKS, "hoàn thành cầu Kỳ Cùng", [11]),
    (_WORKS, "đáp ứng nhu cầu vốn", [12]),  # a candidate the pattern then tries
    (_MONTHS, "tổng thu ngân sách đạt 4.200 tỷ đồng", []),
    (_MONTHS, "tổng thu 9 tháng đạt 4.200 tỷ đồng; quý iii", [8, 9, 36]),  # up to 2 before
    # before "năm": only a digit or a space ("trong năm": no number), and "năm" itself
    (_YEARS, "trong năm 2024 và 10 năm tới", [6, 18, 19, 21]),
    (_YEARS, "thu 12 năm", [4, 5, 7]),
])
def test_positions(scan: LiteralScan, text: str, opens: list[int]) -> None:
    """Where a match may open, in a short text and in a long (indexed) one."""
    text = fold(text)
    assert scan.positions(text) == opens
    long = "x" * 3000 + text
    assert scan.positions(long) == [3000 + p for p in opens]


SCANS = [projects._STANDALONE_SCAN, projects._PROJECT_WORD_SCAN, periods._SCAN,
         timeframes._EXTRA_SCAN, project_requests.REQUEST_SCAN]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not found")
@pytest.mark.parametrize("scan", SCANS)
def test_seed_sentences(scan: LiteralScan) -> None:
    """The scans the extractors use, on every sentence and block of the seeds."""
    for path in sorted(SEEDS.glob("*.txt")):
        doc = read(path)
        f = doc.folded
        spans = [(0, len(f))] + [(s.span.start, s.span.end) for s in doc.sentences]
        spans += [(b.span.start, b.span.end) for b in doc.blocks]
        for a, b in spans:
            want = [(m.span(), m.groups()) for m in scan.pattern.finditer(f, a, b)]
            assert [(m.span(), m.groups()) for m in scan.finditer(f, a, b)] == want


_TOKEN = re.compile(r"\w+|[^\w\s]")


@pytest.mark.parametrize("text", ["", "Dự án Hồ chứa nước Bản Lải: hoàn thành 85%; giải ngân",
                                  "cầu Kỳ Cùng (giai đoạn II), đường tỉnh 229"])
def test_tokens_answer_as_the_list(text: str) -> None:
    rng = random.Random(len(text))
    whole = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    for _ in range(300):
        toks = Tokens(_TOKEN, text, 0, len(text))
        for _ in range(6):  # a few questions in a row, as a reader asks them
            i = rng.randrange(-3, len(whole) + 3)
            op = rng.randrange(5)
            if op == 0:
                assert toks.has(max(i, 0)) == (max(i, 0) < len(whole))
            elif op == 1 and -len(whole) <= i < len(whole):
                assert toks[i] == whole[i]
            elif op == 2:
                j = rng.randrange(0, len(whole) + 4)
                assert toks[max(i, 0) : j] == whole[max(i, 0) : j]
                assert toks[:j] == whole[:j]
            elif op == 3:
                assert list(toks) == whole
            else:
                assert len(toks) == len(whole) and bool(toks) == bool(whole)
