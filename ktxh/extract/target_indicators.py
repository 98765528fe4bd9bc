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

from ktxh.extract import indicator_after, indicators
from ktxh.extract.numbers import find_quantities
from ktxh.extract.percent_kinds import RATE_SUBJECT_RE
from ktxh.extract.quantities import STARTS_COMPARISON_RE, Reading
from ktxh.extract.wordre import word_start
from ktxh.text.model import Doc
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

# units that a comma lists after "X%": "100% xã, phường, đặc khu", "thôn, bản"
UNIT_NOUNS = (
    "xã", "phường", "thị trấn", "đặc khu", "thôn", "bản", "tổ dân phố", "khu phố", "khối phố",
    "làng", "ấp", "buôn", "thị xã", "thành phố", "huyện", "trường", "cơ sở", "bệnh viện",
    "trạm y tế", "hộ", "cơ quan", "đơn vị", "doanh nghiệp", "hợp tác xã",
)

# "100% kế hoạch trồng rừng": the plan a share of is taken of
_PLAN_AFTER_RE = re.compile(r"\s(?:kế hoạch|dự toán|chỉ tiêu|nhiệm vụ)(?![\w])")
_PLAN_STOP_RE = re.compile(
    r"[,;.:()\n]|\s(?:năm|quý|tháng|giai đoạn|trong|và|so với|đến|trước|theo|được|đã|đề ra"
    r"|của|tại|cho)(?![\w])"
)
_PLAN_QUALIFIER_RE = re.compile(r"\s(?:giao|tỉnh giao|trung ương giao|năm)$")
_PLAN_WORD_RE = re.compile(r"kế hoạch|dự toán|chỉ tiêu|nhiệm vụ|kế hoạch năm|dự toán năm")
# what only says the plan is carried out: "hoàn thành 100% kế hoạch"
_COMPLETE_RE = re.compile(r"(?:hoàn thành|thực hiện|đạt|bảo đảm|đảm bảo|phấn đấu)")
# a drive the clause opens with: "Tập trung giải ngân …", "Đẩy nhanh tiến độ giải ngân …"
_TOPIC_LEAD_RE = re.compile(
    r"(?:tập trung|đẩy nhanh(?: tiến độ)?|đẩy mạnh|tăng cường|khẩn trương|quyết liệt)\s+")
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
_DETAIL_TAIL_RE = re.compile(r"[,;]\s*trong đó\s*(?:có\s|:\s*|khoảng\s|hơn\s|trên\s)*$")
_RATE_HEAD_RE = re.compile(r"(?:tỷ lệ|tỉ lệ)(?![\w])")
# the word that links a verb to the counted noun: "triển khai ... tại 100% bệnh viện"
_LINK_RE = re.compile(r"\s(tại|ở|cho|của|với)\s*$")
_VERB_OPEN_RE = re.compile(r"\s*(?:tăng(?! trưởng)|giảm)(?![\w])")
# where the noun after "X%" ends: "50% số xã đạt chuẩn nông thôn mới nâng cao|."
_AFTER_PERCENT_STOP_RE = re.compile(
    r"[;.:()\n]|,(?!\s(?:" + "|".join(UNIT_NOUNS) + r")(?![\w]))"
    r"|\s\d|\s(?:trở lên|so với|trong đó|trong|vào|tại|của|năm|giai đoạn|trước|đến|chậm nhất)"
    r"(?![\w])"
)
# "X% tổng chi ngân sách", "X% GRDP": a share of a whole
_WHOLE_AFTER_RE = re.compile(r"(?:tổng|grdp|giá trị|cơ cấu)(?![\w])")
# "đóng góp của TFP vào tăng trưởng": a share of the growth
_CONTRIBUTION_RE = re.compile(r"đóng góp(?![\w])")
# "Các chủ đầu tư cam kết giải ngân", "xã phấn đấu đạt chuẩn": the aim names nothing
_CUE_IN_RE = re.compile(r"(?<![\w])(?:phấn đấu|cam kết)(?![\w])\s*")
# verbs of work joined in one subject: "làm mới và tu sửa", "nạo vét, gia cố"
_VERB_JOIN_RE = re.compile(r"\s*,\s*|\s+và\s+")
_MORE_WORK_VERBS = frozenset(("tu sửa", "duy tu", "nạo vét", "gia cố", "phát dọn", "bảo dưỡng"))
_AIM_ONLY_RE = re.compile(r"(?:(?:đạt|ít nhất|tối thiểu|khoảng|trên|ở mức|là)\s*)*")


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
    s = indicator_after.from_unit(doc.text, doc.folded, r.q)
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
    own = "" if _COMPLETE_RE.fullmatch(subject.lower()) or (
        _PLAN_WORD_RE.fullmatch(fold(subject))) else subject
    own = own or _topic(doc, r)
    if _PLAN_WORD_RE.fullmatch(fold(plan)):  # "kế hoạch", "dự toán giao": the subject names it
        return own or plan
    if own and len(own.split()) > 2:
        return own  # "Tỷ lệ giải ngân vốn ... đạt 100% kế hoạch vốn năm 2025"
    return f"{own} {plan}" if own else plan


def _topic(doc: Doc, r: Reading) -> str:
    """"Tập trung giải ngân vốn đầu tư công, bảo đảm … đạt ít nhất 65% kế hoạch": what
    the clause before the comma works on names the plan's measure; "" if none."""
    if r.segment_start <= r.clause[0]:
        return ""
    comma = doc.folded.find(",", r.clause[0], r.segment_start)
    if comma < 0:
        return ""
    s = _subject(doc, r.clause[0], comma)
    m = _TOPIC_LEAD_RE.match(s.lower())
    s = s[m.end() :] if m else s
    if len(s.split()) < 2 or _COMPLETE_RE.fullmatch(s.lower()):
        return ""
    return s


def refine(doc: Doc, readings: list[Reading],
           kinds: list[str]) -> list[tuple[str, str, int]]:
    """(indicator, kind, start of the quote) for each reading of one sentence;
    ``kinds`` are the target kinds decided so far."""
    out: list[tuple[str, str, int]] = []
    renamed: dict[str, str] = {}  # a carried indicator follows its rename
    prev: Reading | None = None
    for r, kind in zip(readings, kinds, strict=True):
        ind = _drop_cue(doc, r, renamed.get(r.indicator, r.indicator))
        between = doc.folded[prev.q.end : r.q.start] if prev and prev.q.end <= r.q.start else None
        seg_subject = _drop_cue(doc, r, _subject(doc, r.segment_start, r.q.start))
        own = _strip_bounds(seg_subject) if seg_subject else ""
        percent = bool(r.q.unit and r.q.unit.base == "%")
        # not "vượt 8% dự toán được giao": an excess over the plan stays a change
        plan = _plan_share(doc, r, _strip_bounds(ind)) if percent and kind != "change" else None
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
              and (r.q.unit.base or "") in indicator_after.COUNT_SET and not r.q.unit.per):
            noun = _counted(doc, r)
            if len(noun.split()) >= 2 and noun.lower() != own.lower():
                ind = f"{own.lower()} {noun}"  # "Đón 3,5 triệu lượt khách du lịch"
        elif (detail := _detail_count(doc, r, prev, ind, out)) is not None:
            ind = detail  # "Đón 12 triệu lượt khách du lịch, trong đó 2,1 triệu lượt khách quốc tế"
        else:
            joined = _joined(doc, r, prev, ind, out[-1][0] if out else "")
            if joined is None:
                joined = _coordinated(doc, r, prev, ind)
            if joined is not None:
                ind, quote_start = joined
            else:
                ind = _verbs_object(doc, r, ind) or _verb_object(doc, r, ind) or ind
        if percent and plan is None and head is None and kind in ("rate", "share"):
            ind, kind = _percent_of(doc, r, ind, kind, own)
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


def _joined(doc: Doc, r: Reading, prev: Reading | None, ind: str,
            prev_ind: str = "") -> tuple[str, int] | None:
    """"Tỷ lệ chất thải rắn ... được thu gom, |xử lý trên 95%", "..., trong đó có
    bằng cấp, |chứng chỉ đạt 35%": a short subject cut at a comma of its own,
    with no number between it and its noun head or its "trong đó". The part
    after "trong đó" of a rate ``prev_ind`` names a part of it: "Tỷ lệ lao
    động qua đào tạo đạt 80%, trong đó có bằng cấp, chứng chỉ đạt 40%" → "Tỷ
    lệ lao động qua đào tạo có bằng cấp, chứng chỉ"."""
    if len(ind.split()) > 2 or r.segment_start <= r.clause[0]:
        return None
    detail = None
    if prev is not None and prev.q.end > r.clause[0]:
        start = prev.q.end
        detail = _DETAIL_RE.match(doc.folded, start)
        if not detail:
            return None
    elif _HEAD_RE.match(doc.folded, r.clause[0]):
        start = r.clause[0]
    else:
        return None
    if start >= r.segment_start - 2:
        return None
    joined = _subject(doc, start, r.q.start)
    if not joined:
        return None
    if detail and _RATE_HEAD_RE.match(fold(prev_ind)):
        has = doc.folded[detail.end() : r.q.start].lstrip(" :").startswith("có ")
        has = has and not fold(joined).startswith("có ")
        return f"{prev_ind} {'có ' if has else ''}{joined}", start
    return joined, start


def _coordinated(doc: Doc, r: Reading, prev: Reading | None, ind: str) -> tuple[str, int] | None:
    """"Chi cho khoa học, |công nghệ và chuyển đổi số đạt tối thiểu 3%": a
    subject that coordinates nouns ("A, B và C") runs back over its commas to
    the start of its clause when no number stands there."""
    start = r.clause[0]
    if r.segment_start <= start or (prev is not None and prev.q.end > start):
        return None
    seg = fold(_subject(doc, r.segment_start, r.q.start))
    if " và " not in f" {seg} " and len(ind.split()) > 2:
        return None
    if STARTS_COMPARISON_RE.match(doc.folded, r.segment_start):
        return None
    before = doc.folded[start : r.segment_start]
    if (before.count(",") > 2 or len(before.split()) > 8 or ";" in before
            or find_quantities(doc.text, doc.folded, start, r.segment_start)):
        return None
    joined = _subject(doc, start, r.q.start)
    return (joined, start) if joined and len(joined) > len(ind) else None


def _detail_count(doc: Doc, r: Reading, prev: Reading | None, ind: str,
                  out: list[tuple[str, str, int]]) -> str | None:
    """"Đón khoảng 12 triệu lượt khách du lịch, trong đó 2,1 triệu lượt khách
    quốc tế": a part after "trong đó" counting other nouns takes its own
    (the verb of the whole kept: "đón khách quốc tế")."""
    if prev is None or not out or prev.q.end > r.q.start:
        return None
    if not r.q.unit or (r.q.unit.base or "") not in indicator_after.COUNT_SET or r.q.unit.per:
        return None
    between = doc.folded[prev.q.end : r.q.start]
    if not _DETAIL_TAIL_RE.search(between) or between.count(",") + between.count(";") > 1:
        return None
    whole, part = _counted(doc, prev), _counted(doc, r)
    parent = out[-1][0]
    if not whole or not part or fold(whole) == fold(part) or not fold(parent).endswith(
            fold(whole)):
        return None
    return parent[: len(parent) - len(whole)] + part


def _percent_of(doc: Doc, r: Reading, ind: str, kind: str, own: str) -> tuple[str, str]:
    """Kind and name of "X% <noun>": "3% tổng chi ngân sách" is a share, so is
    "đóng góp của TFP vào tăng trưởng ... 55%"; "Số hóa 100% hồ sơ di tích",
    "phủ sóng 100% thôn, bản" are rates of what is done ("Số hóa hồ sơ di
    tích"); "100% xã, phường đạt chuẩn ..." names all its units."""
    after = _after_percent(doc, r)
    fa = fold(after)
    if _CONTRIBUTION_RE.match(fold(ind)) or (after and _WHOLE_AFTER_RE.match(fa) and not (
            kind == "rate" and RATE_SUBJECT_RE.search(fold(ind)))):
        return ind, "share"  # not "tỷ lệ tiêm phòng đạt trên 80% tổng đàn" (a rate)
    if not after:
        return ind, kind
    if (kind == "share" and own and "chiếm" not in r.lead
            and not _SHARE_HEAD_RE.search(fold(ind))):
        link = _LINK_RE.search(doc.folded, r.segment_start, r.q.start)
        name = own if fa in fold(own) else f"{own} {link.group(1) + ' ' if link else ''}{after}"
        return name, "rate"
    if kind == "rate" and not own and fa.startswith(fold(ind)) and len(fa) > len(ind):
        return after, kind
    return ind, kind


def _drop_cue(doc: Doc, r: Reading, s: str) -> str:
    """``s`` without the aim word ("phấn đấu", "cam kết") and the actor before
    it: "Các chủ đầu tư cam kết giải ngân" → "giải ngân"; "xã phấn đấu đạt
    chuẩn" (named after the number) → "xã đạt chuẩn"."""
    f = fold(s)
    m = _CUE_IN_RE.search(f)
    if not m or len(f) != len(s):
        return s
    if f in doc.folded[r.q.end : r.clause[1]]:
        return f"{s[: m.start()]}{s[m.end() :]}".strip()
    before, after = s[: m.start()].strip(" ,"), s[m.end() :].strip(" ,")
    if after and not _AIM_ONLY_RE.fullmatch(fold(after)):
        return after
    return before or s


def _verb_object(doc: Doc, r: Reading, ind: str) -> str | None:
    """", giảm phạm pháp hình sự hằng năm từ 3%", "; giảm tỷ lệ hộ nghèo từ 1% trở
    lên": a segment that opens with its verb names its own object; the indicator
    carried from before does not."""
    if r.segment_start < r.clause[0]:
        return None
    if not _VERB_OPEN_RE.match(doc.folded, r.segment_start):
        return None  # not "Tăng trưởng kinh tế đạt 7%": a noun, not the verb
    own = _subject(doc, r.segment_start, r.q.start)
    if len(own.split()) < 3 or own == ind:
        return None
    return own


def _verbs_object(doc: Doc, r: Reading, ind: str) -> str | None:
    """"làm mới và tu sửa 860 km đường ranh cản lửa" → "làm mới và tu sửa đường
    ranh cản lửa": verbs of work joined by "và" or "," name the thing measured
    after the unit with them."""
    verbs = [v.strip() for v in _VERB_JOIN_RE.split(ind)]
    if len(verbs) < 2 or not r.q.unit or r.q.unit.base in (None, "%") or not all(
            indicators.is_opening_verb(v) or fold(v) in _MORE_WORK_VERBS for v in verbs):
        return None
    first = next(v for v in verbs if indicators.is_opening_verb(v))
    named = indicator_after.of_verb(doc.text, doc.folded, first, r.q, "")
    if named == first or not named.startswith(first):
        return None
    return ind + named[len(first) :]
