"""Indicators and kinds of targets where the words of a plan differ from a report's.

:func:`ktxh.extract.quantities.read_sentence` names a number by the subject
of its segment. Lists of targets write that subject in ways it misreads;
:func:`refine` rewrites the indicator (and kind) of such readings:

- "X% kế hoạch": "Phấn đấu hoàn thành 100% kế hoạch trồng rừng" → rate of
  "kế hoạch trồng rừng"; "giải ngân 100% kế hoạch vốn đầu tư công" → rate of
  "giải ngân kế hoạch vốn đầu tư công";
- bounds and aims around the subject: "Duy trì tỷ lệ che phủ rừng ở mức
  trên 40%", "... không dưới 97%", "trong đó tối thiểu 50% số xã đạt chuẩn"
  (the counted noun after "%" names it, a rate);
- a list of shares under a head: "Cơ cấu kinh tế: nông, lâm nghiệp và thủy
  sản 17,5%; công nghiệp - xây dựng 34%" → "tỷ trọng nông, lâm nghiệp và
  thủy sản trong cơ cấu kinh tế";
- coordinated counts: "12 bác sĩ và 33 giường bệnh trên một vạn dân" → "bác sĩ
  trên một vạn dân", "giường bệnh trên một vạn dân";
- a lone verb before a count: "Đón 3,5 triệu lượt khách du lịch, tăng 12%" →
  "đón khách du lịch" (the change after it too);
- an average with nothing named: "bình quân toàn tỉnh đạt 17,2 tiêu chí/xã"
  → rate of "tiêu chí bình quân";
- a subject cut at a comma of its own: "Tỷ lệ chất thải rắn được thu gom, xử
  lý trên 95%" → the whole phrase; a segment opening with its verb and its
  own object: "..., giảm phạm pháp hình sự hằng năm từ 3%" → "giảm phạm pháp
  hình sự".
"""

from __future__ import annotations

import re

from ktxh.extract import indicators
from ktxh.extract.quantities import Reading
from ktxh.extract.wordre import word_start
from ktxh.text.model import Doc
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

# "100% kế hoạch trồng rừng": the plan a share of is taken of
_PLAN_AFTER_RE = re.compile(r"\s(?:kế hoạch|dự toán|chỉ tiêu|nhiệm vụ)(?![\w])")
_PLAN_STOP_RE = re.compile(
    r"[,;.:()\n]|\s(?:năm|quý|tháng|giai đoạn|trong|và|so với|đến|trước|theo|được|đã|đề ra"
    r"|của|tại|cho)(?![\w])"
)
_PLAN_QUALIFIER_RE = re.compile(r"\s(?:giao|tỉnh giao|trung ương giao|năm)$")
# what only says the plan is carried out: "hoàn thành 100% kế hoạch"
_COMPLETE_RE = re.compile(r"(?:hoàn thành|thực hiện|đạt|bảo đảm|đảm bảo|phấn đấu)")
# bounds and aims around a subject: "duy trì ... ở mức trên", "không dưới", "tối thiểu"
_BOUND_LEAD_RE = re.compile(
    r"^(?:duy trì|giữ vững|giữ ổn định|tối thiểu|tối đa|ít nhất|không dưới|không thấp hơn"
    r"|không quá|trên|dưới|khoảng|đạt|có)(?![\w])\s*"
)
_BOUND_TAIL_RE = re.compile(
    r"\s*(?<![\w])(?:ổn định ở mức|ở mức|không dưới|không thấp hơn|không quá|không vượt quá"
    r"|tối thiểu|ít nhất|tối đa|không|đạt|ở)$"
)
# "Cơ cấu kinh tế:", "tỷ trọng các ngành trong cơ cấu GRDP:": a head over shares
_SHARE_HEAD_RE = re.compile(word_start("cơ cấu", "tỷ trọng", "tỉ trọng") + r"(?![\w])")
_STRUCTURE_RE = re.compile(
    r"cơ cấu(?:\s(?!(?:chiếm|là|đạt|đến|tới|năm|trong|giai đoạn|của|tại|ở|vào)(?![\w]))"
    r"[^\s,;:()]+){1,3}"
)
_SHARE_VERB_TAIL_RE = re.compile(r"\s*(?<![\w])(?:chiếm|đạt|là|khoảng|từ)?\s*$")
# "... 12 bác sĩ và 33 giường bệnh ...": nothing but "và" or "," between two counts
_COORDINATED_RE = re.compile(r"\s*(?:,|và|,\s*và)\s*$")
_PER_PEOPLE_RE = re.compile(r"\s(?:trên|/)\s?(?:1|một)\s(?:vạn|nghìn|ngàn|trăm) dân")
# "... ổn định ở mức 64%": the level is held, "ổn định" names nothing
_STEADY_RE = re.compile(r"ổn định (?:ở mức|trên|khoảng)\s*$")
# scale words and generic count words left out of a counted noun
_SCALE_RE = re.compile(r"^(?:(?:nghìn|ngàn|triệu|tỷ|trăm|vạn)\s)?(?:lượt\s)?")
# "bình quân toàn tỉnh": an average over the province, naming nothing
_AVERAGE_ONLY_RE = re.compile(
    r"^(?:bình quân|trung bình)(?:\s(?:toàn tỉnh|cả tỉnh|chung|mỗi|trên địa bàn tỉnh))?$"
)
# the noun heads a subject cut at its own comma opens with
_HEAD_RE = re.compile(r"[\s\-–+•*(\d.)]*(?:tỷ lệ|tỉ lệ|số|tổng)(?![\w])")
_DETAIL_RE = re.compile(r"\s*[,;]?\s*trong đó(?![\w])")
_VERB_OPEN_RE = re.compile(r"\s*(?:tăng|giảm)(?![\w])")
# where the noun after "X%" ends: "50% số xã đạt chuẩn nông thôn mới nâng cao|."
_AFTER_PERCENT_STOP_RE = re.compile(
    r"[,;.:()\n]|\s\d|\s(?:trở lên|so với|trong đó|trong|vào|tại|của|năm|giai đoạn)(?![\w])"
)


def _subject(doc: Doc, start: int, end: int) -> str:
    return indicators.subject(doc.text, doc.folded, start, end)


def _strip_bounds(s: str) -> str:
    """"Duy trì tỷ lệ che phủ rừng ở mức" → "tỷ lệ che phủ rừng"."""
    while True:
        f = s.lower()
        m = _BOUND_LEAD_RE.match(f)
        t = _BOUND_TAIL_RE.search(f)
        if m and m.end() > 0:
            s = s[m.end() :]
        elif t and t.start() < len(f):
            s = s[: t.start()]
        else:
            return s.strip(" ,;:-–")


def _counted(doc: Doc, r: Reading) -> str:
    """The noun a count names, without its scale: "triệu lượt khách du lịch" → "khách du lịch"."""
    s = indicators.from_unit(doc.text, doc.folded, r.q)
    m = _SCALE_RE.match(s.lower())
    return s[m.end() :] if m else s


def _after_percent(doc: Doc, r: Reading) -> str:
    """"50% số xã đạt chuẩn nông thôn mới nâng cao" → the words after "%"."""
    end = min(r.clause[1], r.q.end + 120)
    m = _AFTER_PERCENT_STOP_RE.search(doc.folded, r.q.end, end)
    return " ".join(doc.text[r.q.end : m.start() if m else end].split())


def _plan_share(doc: Doc, r: Reading, subject: str) -> str | None:
    """Indicator of "X% kế hoạch ..." when the plan is named by more than its word."""
    m = _PLAN_AFTER_RE.match(doc.folded, r.q.end)
    if not m:
        return None
    stop = _PLAN_STOP_RE.search(doc.folded, m.end(), r.clause[1])
    end = stop.start() if stop else r.clause[1]
    plan = " ".join(doc.text[m.start() : end].split())
    plan = _PLAN_QUALIFIER_RE.sub("", plan)
    own = "" if _COMPLETE_RE.fullmatch(subject.lower()) else subject
    if len(plan.split()) <= 2:  # "kế hoạch", "dự toán giao": the subject names it
        return own or plan
    if own and len(own.split()) > 2:
        return own  # "Tỷ lệ giải ngân vốn ... đạt 100% kế hoạch vốn năm 2025"
    return f"{own} {plan}" if own else plan


def refine(doc: Doc, readings: list[Reading],
           kinds: list[str]) -> list[tuple[str, str, int]]:
    """(indicator, kind, start of the quote) for each reading of one sentence;
    ``kinds`` are the target kinds decided so far."""
    out: list[tuple[str, str, int]] = []
    renamed: dict[str, str] = {}  # a carried indicator follows its rename
    prev: Reading | None = None
    for r, kind in zip(readings, kinds, strict=True):
        ind = renamed.get(r.indicator, r.indicator)
        between = doc.folded[prev.q.end : r.q.start] if prev and prev.q.end <= r.q.start else None
        seg_subject = _subject(doc, r.segment_start, r.q.start)
        own = _strip_bounds(seg_subject) if seg_subject else ""
        percent = bool(r.q.unit and r.q.unit.base == "%")
        plan = _plan_share(doc, r, _strip_bounds(ind)) if percent else None
        head = _share_head(doc, r, prev) if percent and kind == "share" else None
        quote_start = r.quote_start
        if plan is not None:
            ind, kind = plan, "rate"
        elif head is not None:
            ind, quote_start = head
        elif between is not None and _COORDINATED_RE.fullmatch(between) and r.q.unit and (
                r.q.unit.base not in (None, "%")):
            ind = _named_count(doc, r)  # "12 bác sĩ và |33 giường bệnh ..."
        elif r.q.unit_text and "dân" in r.q.unit_text and not own:
            ind = _named_count(doc, r)  # "Đạt 12 bác sĩ ... trên một vạn dân"
        elif (percent and not own and seg_subject and kind == "share"
              and not _SHARE_HEAD_RE.search(doc.folded, r.clause[0], r.q.start)
              and "chiếm" not in r.lead):
            # "trong đó tối thiểu 50% số xã đạt chuẩn": the noun after "%" names it
            ind, kind = _after_percent(doc, r) or ind, "rate"
        elif (r.q.unit and r.q.unit.per and _AVERAGE_ONLY_RE.match(own.lower())):
            average = "bình quân" if own.lower().startswith("bình") else "trung bình"
            ind, kind = f"{(r.q.unit_text or '').split('/')[0]} {average}", "rate"
        elif (own and len(own.split()) <= 2 and ind == seg_subject and r.q.unit
              and (r.q.unit.base or "") in indicators.COUNT_SET and not r.q.unit.per):
            noun = _counted(doc, r)
            if len(noun.split()) >= 2 and noun.lower() != own.lower():
                ind = f"{own.lower()} {noun}"  # "Đón 3,5 triệu lượt khách du lịch"
        else:
            joined = _joined(doc, r, prev, ind)
            if joined is not None:
                ind, quote_start = joined
            else:
                ind = _verb_object(doc, r, ind) or ind
        ind = _strip_bounds(ind) or ind
        if _STEADY_RE.search(r.lead) and fold(ind).endswith(" ổn định"):
            ind = ind[: -len(" ổn định")]  # "Tỷ lệ che phủ rừng ổn định ở mức 64%"
        renamed[r.indicator] = ind
        out.append((ind, kind, quote_start))
        prev = r
    return out


def _share_head(doc: Doc, r: Reading, prev: Reading | None) -> tuple[str, int] | None:
    """"tỷ trọng <item> trong <cơ cấu ...>" for a share listed after "Cơ cấu kinh
    tế:"; the item runs from the colon or the number before it ("..., công
    nghiệp - xây dựng 26 - 27%")."""
    lo = doc.sentence_at(r.q.start)
    start = lo.span.start if lo else r.clause[0]
    colon = doc.folded.rfind(":", start, r.q.start)
    if colon < 0:
        return None
    head = doc.folded[start:colon]
    m = _SHARE_HEAD_RE.search(head)
    if not m:
        return None
    structure = _STRUCTURE_RE.search(head, m.start())
    where = (doc.text[start + structure.start() : start + structure.end()] if structure
             else doc.text[start + m.start() : colon]).strip()
    where = where[:1].lower() + where[1:]
    item_start = colon + 1
    if prev is not None and item_start < prev.q.end <= r.q.start:
        item_start = prev.q.end
    item = _SHARE_VERB_TAIL_RE.sub("", _subject(doc, item_start, r.q.start)).strip()
    if not item:
        return None
    if where.lower().startswith(("tỷ trọng", "tỉ trọng")):
        return f"{where} {item}", item_start
    return f"tỷ trọng {item} trong {where}", item_start


def _named_count(doc: Doc, r: Reading) -> str:
    """"giường bệnh trên một vạn dân" for "33 giường bệnh trên một vạn dân"."""
    noun = (r.q.unit_text or "").split("/")[0].strip()
    m = _PER_PEOPLE_RE.search(doc.folded, r.q.end, min(r.clause[1], r.q.end + 60))
    if m:
        return f"{noun} {doc.text[m.start() : m.end()].strip()}"
    return _counted(doc, r) or noun


def _joined(doc: Doc, r: Reading, prev: Reading | None, ind: str) -> tuple[str, int] | None:
    """"Tỷ lệ chất thải rắn ... được thu gom, |xử lý trên 95%", "..., trong đó có
    bằng cấp, |chứng chỉ đạt 35%": a short subject cut at a comma of its own,
    with no number between it and its noun head or its "trong đó"."""
    if len(ind.split()) > 2 or r.segment_start <= r.clause[0]:
        return None
    if prev is not None and prev.q.end > r.clause[0]:
        start = prev.q.end
        if not _DETAIL_RE.match(doc.folded, start):
            return None
    elif _HEAD_RE.match(doc.folded, r.clause[0]):
        start = r.clause[0]
    else:
        return None
    if start >= r.segment_start - 2:
        return None
    joined = _subject(doc, start, r.q.start)
    return (joined, start) if joined else None


def _verb_object(doc: Doc, r: Reading, ind: str) -> str | None:
    """", giảm phạm pháp hình sự hằng năm từ 3%": a segment that opens with its
    verb names its own object; the indicator carried from before does not."""
    if r.segment_start <= r.clause[0]:
        return None
    if not _VERB_OPEN_RE.match(doc.folded, r.segment_start):
        return None
    own = _subject(doc, r.segment_start, r.q.start)
    if len(own.split()) < 3 or own == ind:
        return None
    return own
