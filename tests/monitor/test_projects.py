import pytest

from ktxh.extract.records import Figure
from ktxh.monitor.projects import ProjectSnapshot, progress_of, project_history
from ktxh.text.model import Span


def snap(quote, doc, date, figures=()):
    return ProjectSnapshot("cao-toc-x", "tuyến cao tốc X", doc, date, tuple(figures), quote)


Q1 = ("Đến ngày 30/6/2023, lũy kế đã bàn giao 120,5/300 ha, tương đương 12,4km/30km, đạt 40,2% "
      "diện tích; giải ngân 610/1.800 tỷ đồng, đạt 33,9% kế hoạch vốn. Khu tái định cư hoàn thành "
      "35% khối lượng.")
Q2 = ("Lũy kế đã bàn giao 180/300 ha mặt bằng, đạt 60%; giải ngân 900/1.800 tỷ đồng, đạt 50% "
      "kế hoạch vốn.")

CASES = [
    # (quote, measure, (done, total, pct))
    (Q1, "site_clearance", (120.5, 300, 40.2)),
    (Q1, "length", (12.4, 30, pytest.approx(41.33, abs=0.01))),  # the 40,2% is the area's
    (Q1, "disbursement", (610, 1800, 33.9)),
    (Q1, "volume", (None, None, 35)),
    (Q2, "site_clearance", (180, 300, 60)),
    (Q2, "disbursement", (900, 1800, 50)),
]


@pytest.mark.parametrize(("quote", "measure", "expected"), CASES)
def test_progress_from_text(quote, measure, expected):
    p = progress_of(snap(quote, "A", "2023-07-05"))[measure]
    assert (p.done, p.total, p.pct) == expected


def test_no_measures_in_plain_text():
    assert progress_of(snap("Dự án đang hoàn thiện thủ tục đầu tư.", "A", "2023-07-05")) == {}


def test_figures_take_precedence():
    fig = Figure("diện tích bàn giao", 125, "ha", "progress", Span(0, 1), "bàn giao 125/300 ha",
                 value_max=300)
    p = progress_of(snap(Q1, "A", "2023-07-05", [fig]))["site_clearance"]
    assert (p.done, p.total) == (125, 300)


def test_history_latest_and_change():
    hist = project_history([snap(Q2, "B", "2023-12-20"), snap(Q1, "A", "2023-07-05")])
    h = hist["cao-toc-x"]
    change = h.change("site_clearance")
    assert change.previous.document_id == "A" and change.latest.document_id == "B"
    assert change.delta == pytest.approx(59.5) and change.delta_pct == pytest.approx(19.8)
    assert h.change("disbursement").delta == 290
    assert h.change("length").previous is None and h.latest("length").done == 12.4
    assert h.change("missing") is None


def test_stated_percent_after_a_progress_figure():
    span = Span(0, 1)
    figs = [
        Figure("mặt bằng bàn giao", 176.5, "ha", "progress", span, "bàn giao 176,5/232,4 ha",
               value_max=232.4),
        Figure("tỷ lệ bàn giao", 75.9, "%", "rate", span, "đạt 75,9%"),
        Figure("giải ngân", 1420, "tỷ đồng", "progress", span, "giải ngân 1.420/2.650 tỷ đồng",
               value_max=2650),
        Figure("giải ngân", 60.1, "%", "pct_of_plan", span, "đạt 60,1% kế hoạch vốn"),
    ]
    got = progress_of(snap("", "A", "2024-03-25", figs))
    assert got["site_clearance"].pct == 75.9
    # 60,1% is far from 1.420/2.650 = 53,6%: of another base, not taken
    assert got["disbursement"].pct == pytest.approx(53.58, abs=0.01)
