"""Language data of the reports: section titles, period names, row labels.

Kept apart from the logic so that a section or a phrase changes here only.
"""

from __future__ import annotations

import re

# The usual sections of the figures part of a periodic report, in order,
# with the catalog codes (ktxh/data/indicators.json) each one reports.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Tăng trưởng kinh tế", (
        "grdp_growth", "grdp", "grdp_per_capita", "grdp_share_agri", "grdp_share_industry",
        "grdp_share_services", "grdp_share_taxes", "growth_taxes", "labour_productivity",
        "income_per_capita")),
    ("Sản xuất nông, lâm nghiệp và thủy sản", (
        "growth_agri", "sown_area", "food_output", "buffalo_herd", "cattle_herd", "pig_herd",
        "poultry_flock", "meat_output", "fishery_output", "aquaculture_area", "forest_planting",
        "forest_cover", "forest_fires", "ntm_communes", "ntm_advanced_communes",
        "ntm_avg_criteria", "ocop_products")),
    ("Sản xuất công nghiệp", ("growth_industry", "iip", "industrial_output")),
    ("Thương mại, dịch vụ, du lịch", (
        "growth_services", "retail_sales", "cpi", "trade_turnover", "exports", "exports_local",
        "imports", "tourists", "tourism_revenue")),
    ("Đầu tư, phát triển doanh nghiệp", (
        "social_investment", "public_investment_disbursement", "new_enterprises",
        "new_cooperatives", "pci_rank", "par_index_rank", "papi_rank")),
    ("Tài chính, ngân sách, tín dụng", (
        "budget_revenue", "budget_revenue_domestic", "budget_revenue_trade", "budget_spending",
        "budget_spending_investment", "budget_spending_recurrent", "credit_outstanding",
        "deposits", "bad_debt_ratio")),
    ("Văn hóa - xã hội", (
        "new_jobs", "trained_labour", "poverty_rate", "near_poverty_rate", "poor_households",
        "health_insurance", "schools_standard", "pupils_mobilized", "doctors_per_10k",
        "hospital_beds_per_10k", "clean_water_rural", "urban_waste_treated", "urbanization",
        "traffic_accidents", "traffic_deaths", "criminal_cases")),
)
OTHER_SECTION = "Chỉ tiêu khác"

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_MONTHS = re.compile(r"^(\d{4})-M(\d{1,2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SPAN = re.compile(r"^(\d{4})/(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")


def section_of(code: str) -> str:
    for title, codes in SECTIONS:
        if code in codes:
            return title
    return OTHER_SECTION


def section_order(title: str) -> int:
    titles = [t for t, _ in SECTIONS]
    return titles.index(title) if title in titles else len(titles)


def period_label(code: str) -> str:
    """"quý I năm 2024", "6 tháng đầu năm 2024", "9 tháng năm 2024",
    "tháng 3 năm 2024", "năm 2024", "giai đoạn 2021 - 2025"."""
    if m := _QUARTER.match(code):
        return f"quý {ROMAN[int(m[2]) - 1]} năm {m[1]}"
    if m := _HALF.match(code):
        return f"6 tháng {'đầu' if m[2] == '1' else 'cuối'} năm {m[1]}"
    if m := _MONTHS.match(code):
        return f"{int(m[2])} tháng {'đầu ' if int(m[2]) <= 6 else ''}năm {m[1]}"
    if m := _MONTH.match(code):
        return f"tháng {int(m[2])} năm {m[1]}"
    if m := _SPAN.match(code):
        return f"giai đoạn {m[1]} - {m[2]}"
    if m := _YEAR.match(code):
        return f"năm {m[1]}"
    return code


def same_period_last_year(code: str) -> str | None:
    """"2024-Q1" → "2023-Q1"; None for a span of years."""
    if _SPAN.match(code) or not re.match(r"^\d{4}", code):
        return None
    return f"{int(code[:4]) - 1}{code[4:]}"


# Column heads of the indicator table (Excel sheet and Word appendix).
INDICATOR_HEADS = ("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Thực hiện kỳ báo cáo",
                   "Cùng kỳ năm trước", "% kế hoạch", "So với cùng kỳ (%)", "Nguồn")
PLAN_DERIVED_NOTE = "KH suy ra từ tỷ lệ % kế hoạch"
YOY_COMPUTED_NOTE = "so với cùng kỳ tính từ hai kỳ"
ESTIMATE_MARK = "(ước)"

# How a document of each type is cited: "Thông báo số 45/TB-VPUBND ngày 22/01/2024".
DOC_TYPE_WORDS = {
    "bao_cao": "Báo cáo", "thong_bao": "Thông báo", "ke_hoach": "Kế hoạch",
    "quyet_dinh": "Quyết định", "nghi_quyet": "Nghị quyết", "chi_thi": "Chỉ thị",
    "cong_van": "Công văn", "to_trinh": "Tờ trình", "nghi_dinh": "Nghị định",
    "thong_tu": "Thông tư", "chuong_trinh": "Chương trình", "other": "Văn bản",
}
# "Ủy ban nhân dân tỉnh Lạng Sơn" → "ỦY BAN NHÂN DÂN" / "TỈNH LẠNG SƠN": the words
# where the name of a local body splits into its two header lines.
AREA_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
DEFAULT_ISSUER = "Ủy ban nhân dân tỉnh"
# "TM." a collective body signs through its head; "KT." a deputy signs for the head.
COLLECTIVE_BODIES = ("ủy ban nhân dân",)
HEAD_POSITION = "Chủ tịch"
DEFAULT_RECIPIENTS = (
    "Thường trực Tỉnh ủy",
    "Thường trực HĐND tỉnh",
    "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành",
    "UBND các huyện, thành phố",
)
ARCHIVE_LINE = "Lưu: VT"
TASK_REPORT_TITLE = "Tình hình thực hiện nhiệm vụ được giao"
APPENDIX_TITLE = "TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU"

# Draft sentences: the plan is "dự toán" for the budget; a count indicator
# "Số <unit> ..." is written "Có 112 doanh nghiệp thành lập mới".
PLAN_WORDS = (("budget_", "dự toán"),)
COUNT_PREFIX = "Số"


def citation(doc_type: str | None, number: str | None, date: str | None,
             fallback: str = "") -> str:
    """"Thông báo số 45/TB-VPUBND ngày 22/01/2024" (the file name when unnumbered)."""
    from ktxh.report.vnnum import vn_date

    word = DOC_TYPE_WORDS.get(doc_type or "other", "Văn bản")
    label = f"{word} số {number}" if number else (fallback or word)
    return f"{label} ngày {vn_date(date)}" if date else label
