"""The same figure stated twice with two digits swapped (ktxh.monitor.figure_checks)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ktxh.extract.pipeline import extract
from ktxh.monitor.checks import check_document
from ktxh.monitor.figure_checks import swapped_digit_findings
from ktxh.text.readers.plain import text_to_doc

HEAD = "Bắc Ninh, ngày 10 tháng 12 năm 2024\n\nBÁO CÁO\n\nTình hình kinh tế - xã hội năm 2024\n\n"
TABLE = ("| TT | Chỉ tiêu | Đơn vị | Kế hoạch 2024 | Ước TH 2024 |\n|---|---|---|---|---|\n"
         "| 1 | Kim ngạch xuất khẩu | Triệu USD | 6.200 | {export} |\n"
         "| 2 | Tỷ lệ hộ nghèo | % | 1,5 | {poor} |\n")

CASES = [
    # (text sentence, table values, expected (code, values in the message))
    ("Kim ngạch xuất khẩu năm 2024 ước đạt 6.482 triệu USD, vượt kế hoạch.",
     {"export": "6.428", "poor": "1,42"}, [("digits_swapped", "6.428", "6.482")]),
    # the same value twice, or two values that are not a swap apart: nothing
    ("Kim ngạch xuất khẩu năm 2024 ước đạt 6.428 triệu USD, vượt kế hoạch.",
     {"export": "6.428", "poor": "1,42"}, []),
    ("Kim ngạch xuất khẩu năm 2024 ước đạt 6.500 triệu USD, vượt kế hoạch.",
     {"export": "6.428", "poor": "1,42"}, []),
    # three digits: between the table and the text
    ("Tỷ lệ hộ nghèo cuối năm 2024 ước còn 1,24%.", {"export": "6.428", "poor": "1,42"},
     [("digits_swapped", "1,42", "1,24")]),
]


def doc_of(sentence: str, values: dict[str, str]):
    return text_to_doc(HEAD + sentence + "\n\n" + TABLE.format(**values), "r.md", "md")


@pytest.mark.parametrize(("sentence", "values", "expected"), CASES)
def test_swapped_digits(sentence, values, expected):
    doc = doc_of(sentence, values)
    found = [f for f in check_document(doc, extract(doc)) if f.code == "digits_swapped"]
    assert [f.code for f in found] == [code for code, *_ in expected]
    for f, (_, *numbers) in zip(found, expected, strict=True):
        assert sorted(doc.slice(s) for s in f.spans) == sorted(numbers)
        assert all(n in f.message for n in numbers)


def test_two_values_in_text_need_four_digits():
    """Two projects' 3-digit rates in the text may differ by chance: not compared."""
    doc = text_to_doc(HEAD + "Dự án A giải ngân đạt 35,6% kế hoạch. Dự án B giải ngân đạt "
                      "36,5% kế hoạch.", "r.md", "md")
    assert not list(swapped_digit_findings(doc, extract(doc)))


def test_corrected_value_is_not_flagged():
    """A human correction of the mistyped figure settles it."""
    doc = doc_of("Kim ngạch xuất khẩu năm 2024 ước đạt 6.482 triệu USD, vượt kế hoạch.",
                 {"export": "6.428", "poor": "1,42"})
    extraction = extract(doc)
    fixed = tuple(replace(f, value=6428.0) if f.value == 6482.0 else f
                  for f in extraction.figures)
    assert list(swapped_digit_findings(doc, extraction))
    assert not list(swapped_digit_findings(doc, replace(extraction, figures=fixed)))
