from datetime import date

import pytest

from ktxh.extract.records import DocumentMeta
from ktxh.monitor.calendar import check_period, due_date, expected_window

D = date

WINDOWS = [
    ("2024-03", (D(2024, 2, 15), D(2024, 3, 14))),
    ("2024-01", (D(2023, 12, 15), D(2024, 1, 14))),
    ("2024-Q1", (D(2023, 12, 15), D(2024, 3, 14))),
    ("2024-Q2", (D(2024, 3, 15), D(2024, 6, 14))),
    ("2024-Q3", (D(2024, 6, 15), D(2024, 9, 14))),
    ("2024-Q4", (D(2024, 9, 15), D(2024, 12, 14))),
    ("2024-H1", (D(2023, 12, 15), D(2024, 6, 14))),
    ("2024-M9", (D(2023, 12, 15), D(2024, 9, 14))),
    ("2024", (D(2023, 12, 15), D(2024, 12, 14))),
    ("2021/2025", None),
    ("2024-Q5", None),
    ("quý I", None),
]


@pytest.mark.parametrize(("code", "window"), WINDOWS)
def test_expected_window(code, window):
    assert expected_window(code) == window


def test_early_report_is_only_info():
    (f,) = check_period(meta("2024-Q1", "2024-03-10"))
    assert f.severity == "info" and "14/03/2024" in f.message


def test_due_dates_are_not_invented():
    assert due_date("2024-Q1") is None


def meta(period, date, title="Tình hình thực hiện kế hoạch quý I năm 2024", type="bao_cao"):
    return DocumentMeta(type=type, period=period, date=date, title=title)


CHECKS = [
    (meta("2024-Q1", "2024-03-25"), []),
    (meta("2024-Q1", "2024-03-10"), ["report_before_cutoff"]),
    (meta("2024-Q1", "2023-11-20"), ["report_before_period"]),
    (meta("2024-H1", "2024-06-20", title="Tình hình thực hiện 6 tháng đầu năm 2024"), []),
    (meta("2024-Q2", "2024-06-20", title="Tình hình thực hiện 6 tháng đầu năm 2024"),
     ["period_kind_mismatch"]),
    (meta("2024", "2024-06-20"), ["period_kind_mismatch", "report_before_cutoff"]),
    # a title of two periods: the report's period is of either
    (meta("2024-Q3", "2024-09-25", title="Tình hình kinh tế - xã hội quý III và 9 tháng năm "
          "2024; nhiệm vụ trọng tâm quý IV năm 2024"), []),
    (meta("2024-M9", "2024-09-25", title="Tình hình kinh tế - xã hội quý III và 9 tháng năm "
          "2024"), []),
    (meta("2024-H1", "2024-09-25", title="Tình hình kinh tế - xã hội quý III và 9 tháng năm "
          "2024"), ["period_kind_mismatch"]),
    (meta("2024-Q7", "2024-06-20"), ["invalid_period"]),
    (meta("2024", "2024-12-18", title="Tình hình kinh tế - xã hội năm 2024"), []),
    (meta("2024", "2024-11-30", title="Tình hình kinh tế - xã hội năm 2024"),
     ["report_before_cutoff"]),
    # a draft without a day cannot be placed against the window
    (meta("2024-Q1", "2024-03"), []),
    # plans and notices are not periodic reports
    (meta("2021/2025", "2020-12-10", title="Kế hoạch 5 năm 2021 - 2025", type="ke_hoach"), []),
    (meta(None, "2024-03-25"), []),
]


@pytest.mark.parametrize(("m", "codes"), CHECKS)
def test_check_period(m, codes):
    assert sorted(f.code for f in check_period(m)) == codes
