import pytest

from ktxh.monitor.catalog import catalog, get, link_indicator

POSITIVE = [
    ("Tổng mức lưu chuyển hàng hoá bán lẻ", "retail_sales"),
    ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "retail_sales"),
    ("Tổng thu ngân sách nhà nước trên địa bàn", "budget_revenue"),
    ("thu nội địa", "budget_revenue_domestic"),
    ("thu từ hoạt động xuất nhập khẩu", "budget_revenue_trade"),
    ("tổng chi ngân sách địa phương", "budget_spending"),
    ("tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh", "trade_turnover"),
    ("tổng kim nghạch xuất nhập khẩu", "trade_turnover"),  # common misspelling
    ("kim ngạch xuất khẩu", "exports"),
    ("nhập khẩu", "imports"),
    ("xuất khẩu hàng địa phương", "exports_local"),
    ("tốc độ tăng trưởng kinh tế (GRDP)", "grdp_growth"),
    ("GRDP bình quân đầu người", "grdp_per_capita"),
    ("bình quân GRDP trên đầu người", "grdp_per_capita"),
    ("tỷ trọng dịch vụ", "grdp_share_services"),
    ("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "poverty_rate"),
    ("tỷ lệ hộ cận nghèo", "near_poverty_rate"),
    ("tỷ lệ che phủ của rừng", "forest_cover"),
    ("tỷ lệ dân số tham gia bảo hiểm y tế", "health_insurance"),
    ("số xã đạt chuẩn nông thôn mới", "ntm_communes"),
    ("giải ngân vốn đầu tư công", "public_investment_disbursement"),
    ("doanh nghiệp thành lập mới", "new_enterprises"),
    ("tỷ lệ đô thị hoá", "urbanization"),  # old-style tone mark
    ("chỉ số sản xuất công nghiệp", "iip"),
    ("tổng diện tích gieo trồng cả năm", "sown_area"),
    ("sản lượng lương thực có hạt", "food_output"),
    ("số vụ tai nạn giao thông", "traffic_accidents"),
    ("lượng khách du lịch", "tourists"),
    ("doanh thu từ du lịch", "tourism_revenue"),
    ("tổng vốn đầu tư phát triển toàn xã hội trên địa bàn", "social_investment"),
    ("tỷ lệ lao động qua đào tạo", "trained_labour"),
    ("số vụ cháy rừng", "forest_fires"),
    ("tốc độ tăng thuế sản phẩm", "growth_taxes"),  # not the taxes' GRDP share
    ("tốc độ tăng công nghiệp - xây dựng", "growth_industry"),
    ("xếp hạng chỉ số PCI", "pci_rank"),
    ("tổng đàn trâu", "buffalo_herd"),
    ("thu nhập bình quân đầu người", "income_per_capita"),  # not GRDP per capita
    ("trường đạt chuẩn quốc gia", "schools_standard"),
]

NEGATIVE = [
    "hội nghị tổng kết",
    "xuất khẩu lao động",
    "tăng trưởng tín dụng",
    "lượt khách quốc tế",  # a part of tourists, not the total
    "giá trị sản xuất nông nghiệp",  # not industrial output
    "lao động",
    "số vụ kiểm tra chống buôn lậu",
    "tổng diện tích gieo trồng vụ Đông Xuân",  # one season, not the year's total
    "thành viên hợp tác xã thành lập mới",
    "",
]


@pytest.mark.parametrize(("text", "code"), POSITIVE)
def test_links(text, code):
    match = link_indicator(text)
    assert match is not None and match.code == code, match


@pytest.mark.parametrize("text", NEGATIVE)
def test_does_not_guess(text):
    assert link_indicator(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("GRDP bình quân đầu", "grdp_per_capita"),  # "người" dropped, not quy mô GRDP
        ("Tổng sản phẩm bình quân đầu", "grdp_per_capita"),
    ],
)
def test_truncated_phrase_links_to_the_alias_it_opens(text, code):
    assert link_indicator(text).code == code


def test_a_short_head_is_not_a_truncated_alias():
    assert link_indicator("tỷ lệ hộ") is None  # poverty? clean water? review it


def test_exact_scores_higher_than_contained():
    exact = link_indicator("thu nội địa")
    contained = link_indicator("thu nội địa quý I")
    assert exact.score > contained.score and exact.code == contained.code


def test_catalog_fields():
    ind = catalog()
    assert len(ind) >= 30
    assert get("poverty_rate").lower_is_better
    assert get("traffic_accidents").lower_is_better
    assert not get("grdp_growth").lower_is_better
    for item in ind.values():
        assert item.aliases and item.unit and item.direction in {
            "higher_better", "lower_better", "neutral"}
        assert item.aggregation in {"sum", "average", "last", "rate"}


@pytest.mark.parametrize(("text", "kind", "unit", "code"), [
    ("GRDP", "change", "%", "grdp_growth"),  # "GRDP tăng 6,5%"
    ("tổng sản phẩm trên địa bàn", "growth_avg", "%/năm", "grdp_growth"),
    ("GRDP", "level", "tỷ đồng", "grdp"),
    ("GRDP", "share", "%", "grdp"),
    ("thu nội địa", "change", "%", "budget_revenue_domestic"),  # no growth indicator
])
def test_link_figure_growth(text, kind, unit, code):
    from ktxh.monitor.catalog import link_figure

    assert link_figure(text, kind, unit).code == code


@pytest.mark.parametrize(("text", "kind", "unit", "code"), [
    # a sector's growth, not its share of GRDP
    ("công nghiệp - xây dựng", "growth_avg", "%", "growth_industry"),
    ("công nghiệp - xây dựng", "share", "%", "grdp_share_industry"),
    ("thuế sản phẩm trừ trợ cấp sản phẩm", "growth_avg", "%", "growth_taxes"),
])
def test_sector_growth(text, kind, unit, code):
    from ktxh.monitor.catalog import link_figure

    assert link_figure(text, kind, unit).code == code


@pytest.mark.parametrize("text", [
    "thu nộp ngân sách",  # fines paid into the budget, not budget revenue
    "thuế bảo vệ môi trường hàng nhập khẩu",  # a tax, not imports
])
def test_taxes_and_fines_are_not_totals(text):
    m = link_indicator(text)
    assert m is None or m.code not in {"budget_revenue", "imports"}
