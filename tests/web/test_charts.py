import pytest

from ktxh.web.charts import Point, line_chart, progress_bar


def test_line_chart_links_every_point_to_its_source():
    svg = line_chart([Point("2022", 7.1, href="/van-ban/1#f3"), Point("2023", 6.12)],
                     target=(8, 8.5), unit="%")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert 'href="/van-ban/1#f3"' in svg
    assert svg.count("<circle") == 2
    assert "target-band" in svg and "Mục tiêu 8 - 8,5 %" in svg


def test_line_chart_escapes_labels_and_is_empty_without_points():
    assert line_chart([]) == ""
    svg = line_chart([Point("<b>", 1.0)])
    assert "<b>" not in svg and "&lt;b&gt;" in svg


@pytest.mark.parametrize(("pct", "width", "shown"), [
    (75.9, "75.9%", "75,9%"), (120, "100.0%", "120%"), (-5, "0.0%", "-5%"),
])
def test_progress_bar(pct, width, shown):
    html = progress_bar(pct)
    assert f"width:{width}" in html and shown in html


def test_progress_bar_without_data():
    assert "Chưa có số liệu" in progress_bar(None)
