"""Progress figures of a project as a key-project report words them.

The figures step reads a sentence for the document as a whole; about one
project its words need a second look (:func:`about_project`):

- the indicator drops the project's name and the fillers before a number:
  "Dự án Hồ chứa nước X đã tích nước 3,2 triệu m3" → "tích nước"; "có tổng
  mức đầu tư 2.536 tỷ đồng" → "tổng mức đầu tư";
- a number whose indicator was carried from an earlier number of the
  sentence takes the words of its own clause: "tổng chiều dài 121 km, đã
  hoàn thành giải phóng mặt bằng đoạn từ Km0 đến Km25, đạt 79% diện tích" →
  "giải phóng mặt bằng";
- "hoàn thành 85% khối lượng" → "khối lượng hoàn thành".

:func:`delays_and_fractions` reads what the figures step leaves: "chậm tiến
độ khoảng 4 tháng" (a level in tháng/ngày) and "khối lượng thực hiện ước đạt
khoảng 2/3 giá trị hợp đồng" (a share of 0.667).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ktxh.extract import indicators
from ktxh.extract.numbers import find_quantities
from ktxh.extract.quantities import ESTIMATE_RE
from ktxh.extract.records import Figure
from ktxh.text.model import Doc, Span
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

# fillers an indicator about a project opens with: "có tổng mức đầu tư", "hiện đã"
_LEAD_FILLER_RE = re.compile(
    r"^(?:(?:có|hiện|nay|đã|đang|được|với|công tác|dự án|hoàn thành|thực hiện|cơ bản|mới"
    r"|đến nay),?\s+)+"
)
# "(qua địa bàn tỉnh dài 35,8 km)": a length, where it runs
_LENGTH_RE = re.compile(r"(.*?)\s*(?<![\w])(?<!chiều )dài$")
# a stretch of road: "đoạn từ Km0+000 đến Km25+300", "đoạn Km12 - Km27"
_KM_STRETCH_RE = re.compile(
    r"\s*(?:đoạn\s)?(?:từ\s)?km\s?\d[\d+,.]*\s*(?:[-–]|đến|tới)\s*km\s?\d[\d+,.]*"
)
_SEGMENT_END_RE = re.compile(r"[,;]\s|\s\(")
# "hoàn thành 85% khối lượng": the noun after "%" is what was done
_DONE_RE = re.compile(r"(?:hoàn thành|thực hiện|đạt)$")
_NOUN_AFTER_RE = re.compile(r"\s(khối lượng|giá trị hợp đồng|giá trị|diện tích|chiều dài)(?![\w])")
# "chậm tiến độ khoảng 4 tháng", "chậm so với hợp đồng gần 60 ngày"
_DELAY_RE = re.compile(
    r"chậm(?: tiến độ| so với (?:tiến độ|kế hoạch|hợp đồng))?[^.;\d]{0,30}?"
    r"\s(?:khoảng |gần |hơn |trên |từ )?(\d+(?:,\d+)?)\s(tháng|ngày|năm)(?![\w])"
)
# "khoảng 2/3 giá trị hợp đồng", "đạt 1/2 khối lượng"
_FRACTION_RE = re.compile(
    r"(?<![\w])(?:đạt|khoảng|được|bằng|gần|hơn)\s(?:khoảng\s|gần\s|hơn\s)?(\d{1,2})/(\d{1,2})"
    r"\s(giá trị hợp đồng|khối lượng[^,;.()]{0,30}|tổng mức đầu tư|kế hoạch[^,;.()]{0,20}"
    r"|tổng giá trị[^,;.()]{0,30})"
)


def _value_start(f: Figure) -> int:
    return f.value_span.start if f.value_span is not None else f.span.start


def _clean(doc: Doc, start: int, end: int) -> str:
    """The subject of ``[start, end)`` without fillers and road stretches."""
    s = indicators.subject(doc.text, doc.folded, start, end)
    f = fold(s)
    for m in reversed(list(_KM_STRETCH_RE.finditer(f))):
        s, f = s[: m.start()] + s[m.end() :], f[: m.start()] + f[m.end() :]
    m = _LEAD_FILLER_RE.match(f)
    if m:
        s = s[m.end() :]
    return indicators.subject(s, fold(s), 0, len(s)) if s.strip() else ""


def _last_number_end(doc: Doc, lo: int, pos: int) -> int:
    """End of the last quantity in ``[lo, pos)``, or ``lo``."""
    ends = [q.end for q in find_quantities(doc.text, doc.folded, lo, pos) if q.end <= pos]
    return ends[-1] if ends else lo


def about_project(doc: Doc, f: Figure, name_start: int, name_end: int,
                  sentence: Span) -> Figure:
    """``f`` with the indicator it has as a figure of the project named at
    ``[name_start, name_end)`` in ``sentence``."""
    pos = _value_start(f)
    if not sentence.start <= pos < sentence.end:
        return f
    lo = _last_number_end(doc, sentence.start, pos)
    if lo > sentence.start:
        # the rest of that number's own segment names it, not this one: "68,2/232,4 ha
        # |mặt bằng|, đạt 29,3%"
        brk = _SEGMENT_END_RE.search(doc.folded, lo, pos)
        lo = brk.end() if brk else pos
    if name_start < pos and name_end > lo:
        lo = name_end  # the words after the name
    own = _clean(doc, lo, pos)
    ind = f.indicator
    folded_ind = fold(ind)
    # carried from an earlier number when its opening words are not before this
    # one ("bàn giao mặt bằng" may end with words after the number)
    carried = bool(folded_ind) and _opening(folded_ind) not in doc.folded[lo:pos]
    named = fold(doc.text[name_start:name_end]) in folded_ind
    if own and (carried or named):
        ind = own
    elif named:  # "Cầu Bắc Mê đã bàn giao" → "bàn giao"
        name = fold(doc.text[name_start:name_end])
        cut = folded_ind.find(name) + len(name)
        ind = _clean_text(indicators.subject(ind[cut:], folded_ind[cut:], 0, len(ind) - cut))
    else:
        ind = _clean_text(ind)
    kind = f.kind
    if (not ind or _DONE_RE.fullmatch(fold(ind))) and f.unit.strip() == "%":
        m = _NOUN_AFTER_RE.match(doc.folded, f.value_span.end + 1 if f.value_span else pos)
        if m:
            # "khối lượng hoàn thành"; "Dự án X đạt 78% giá trị hợp đồng" → "giá trị hợp đồng"
            ind = f"{doc.text[m.start(1) : m.end(1)]} {ind}".strip()
            kind = "rate" if kind == "share" else kind
    length = _LENGTH_RE.fullmatch(fold(ind)) if ind else None
    if length:
        where = ind[: length.end(1)].strip()
        ind = f"chiều dài {where}" if where else "chiều dài"  # "qua địa bàn tỉnh dài"
    if (ind == f.indicator or not ind) and kind == f.kind:
        return f
    return replace(f, indicator=ind or f.indicator, kind=kind)


def _opening(folded: str) -> str:
    """The first two words of an indicator."""
    return " ".join(folded.split()[:2])


def _clean_text(indicator: str) -> str:
    """"có tổng mức đầu tư" → "tổng mức đầu tư"."""
    m = _LEAD_FILLER_RE.match(fold(indicator))
    return indicator[m.end() :] if m else indicator


def delays_and_fractions(doc: Doc, region: Span, have: list[Figure], period: str | None,
                         name_end: int) -> list[Figure]:
    """Delays ("chậm tiến độ khoảng 4 tháng") and fractions ("khoảng 2/3 giá trị
    hợp đồng") in ``region`` that no figure in ``have`` covers; a fraction is
    named by the words of its clause after the project's name (ending at
    ``name_end``)."""
    taken = {_value_start(f) for f in have}
    out: list[Figure] = []
    for m in _DELAY_RE.finditer(doc.folded, region.start, region.end):
        if m.start(1) in taken:
            continue
        out.append(_figure(doc, m.start(1), m.end(1), float(m.group(1).replace(",", ".")),
                           doc.text[m.start(2) : m.end(2)], "level", "chậm tiến độ", period))
    for m in _FRACTION_RE.finditer(doc.folded, region.start, region.end):
        a, b = int(m.group(1)), int(m.group(2))
        if m.start(1) in taken or not 0 < a < b:
            continue
        sent = doc.sentence_at(m.start())
        lo = _last_number_end(doc, sent.span.start if sent else region.start, m.start())
        lo = max(lo, region.start, name_end if name_end <= m.start() else lo)
        lo = max(lo, doc.folded.rfind(";", lo, m.start()) + 1)
        what = " ".join(doc.text[m.start(3) : m.end(3)].split())
        subject = _clean(doc, lo, m.start())
        if _DONE_RE.fullmatch(fold(subject)):
            subject = ""
        indicator = f"{subject} so với {what}" if subject else what
        out.append(_figure(doc, m.start(1), m.end(2), a / b, "", "share", indicator, period))
    return out


def _figure(doc: Doc, start: int, end: int, value: float, unit: str, kind: str,
            indicator: str, period: str | None) -> Figure:
    sent = doc.sentence_at(start)
    span = sent.span if sent else Span(start, end)
    estimate = bool(ESTIMATE_RE.search(doc.folded, span.start, start))
    return Figure(indicator=indicator, value=value, unit=unit, kind=kind, span=span,
                  quote=doc.slice(span).strip(), period=period, estimate=estimate,
                  value_span=Span(start, end), base_value=value, base_unit=unit or None)
