"""The last touches on a quantity read: a bracket after a measure that gives the
same measure elsewhere or its plan ("thấp hơn bình quân cả nước (33,5%)", "(kế
hoạch 7,5%)"), and the name it goes by where the indicator does not say it all."""

from __future__ import annotations

from ktxh.extract import indicator_after, indicators
from ktxh.extract.quantity_words import (
    ABOUT_AFTER_RE,
    BARE_PLAN_RE,
    BENCHMARK_BEFORE_RE,
    DELAY_BASE_RE,
    DELAY_LEAD_RE,
    DELAY_UNITS,
    LAST_YEAR_BRACKET_RE,
    PLAN_BRACKET_RE,
    SPAN_UNITS,
)
from ktxh.extract.reading_state import Running, Sentence, Spot
from ktxh.extract.segments import segment_start


def bracket_measure(sen: Sentence, st: Running, sp: Spot) -> None:
    """A bracketed number after a measure: a benchmark of it or its plan."""
    folded, q, part_start, out = sen.folded, sp.q, sp.part_start, sen.out
    if sp.kind == "rate" and out and out[-1].clause[0] == part_start and (
        bench := BENCHMARK_BEFORE_RE.search(folded, max(part_start, q.start - 40), q.start)
    ):  # "đạt 31,5% kế hoạch, thấp hơn bình quân cả nước (33,5%)": the same
        # measure for the whole country, whose name opens the segment before;
        # "đạt 72%, thấp hơn cùng kỳ (85%)": the same measure a year before
        sp.seg = segment_start(folded, part_start, folded.rfind("(", part_start, q.start))
        sp.last_year = not (bench.group("country") or bench.group("province"))
        sp.province_bench = bool(bench.group("province"))
        if out[-1].q.unit and out[-1].q.unit.base == "%":
            sp.kind, sp.base = out[-1].kind, out[-1].base
    elif sp.kind == "rate" and out and out[-1].kind == "pct_of_plan" and out[-1].q.unit and (
        out[-1].q.unit.base == "%"
    ) and LAST_YEAR_BRACKET_RE.search(folded, max(part_start, q.start - 40), q.start):
        # "bằng 55,7% kế hoạch (cùng kỳ năm 2021 đạt 49,3%)": the same share of the
        # plan a year back
        sp.kind, sp.base, st.indicator = out[-1].kind, out[-1].base, out[-1].indicator
    elif out and out[-1].clause[0] == part_start and out[-1].q.unit and q.unit and (
        out[-1].q.unit.base == q.unit.base
    ) and PLAN_BRACKET_RE.search(folded, max(part_start, q.start - 110), q.start):
        # "ước tăng 7,12% (kế hoạch 7,5%), xếp thứ 5/13": the plan of the measure
        # before; the bracket names nothing after it
        sp.kind, sp.base, st.indicator = out[-1].kind, out[-1].base, out[-1].indicator


def reading_name(sen: Sentence, st: Running, sp: Spot) -> str:
    """The indicator the reading goes by: ``st.indicator`` or a narrower name."""
    text, folded, q, kind, indicator = sen.text, sen.folded, sp.q, sp.kind, st.indicator
    named = indicator
    if sen.join_lists and kind == "pct_of_plan" and sp.subject == indicator and (
        indicators.is_opening_verb(indicator)
    ) and (
        plan := indicator_after.from_unit(text, folded, q)
    ) and not BARE_PLAN_RE.fullmatch(plan.lower()):
        # "Hoàn thành 100% chỉ tiêu tuyển quân": the plan names what is done
        named = f"{indicator} {plan}"
    elif kind in ("change", "multiple") and (about := ABOUT_AFTER_RE.match(folded, q.end)):
        # "tăng 6,9% về số doanh nghiệp": what changed is named after it
        named = " ".join(text[about.start(1) : about.end(1)].split())
    if sp.unit_base in SPAN_UNITS and (cut := named.lower().find("thời gian")) > 0:
        # "Sở … đã rút ngắn thời gian chấp thuận … từ 45 ngày xuống còn 28 ngày": the
        # time is what is measured
        named = named[cut:]
    if sp.unit_base in DELAY_UNITS and DELAY_LEAD_RE.search(sp.lead):
        # "chậm 8 tháng so với tiến độ cam kết": the time it lags
        against = DELAY_BASE_RE.match(folded, q.end, sp.part_end)
        named = "thời gian chậm" + (
            f" so với {text[against.start(1) : against.end(1)]}" if against else "")
    if kind == "rank" and not sp.subject and (
            first := next((x for x in sen.out if x.clause[0] == sp.part_start), None)):
        named = first.indicator  # "…, 9 giải ba, xếp thứ 6 toàn quốc": what opens
    return named
