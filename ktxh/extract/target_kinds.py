"""Signs and compound units of targets that the sentence reader leaves plain.

:func:`ktxh.extract.quantities.read_sentence` reads "giảm 0,6 điểm phần
trăm" as a change, but not when a bound or the object stands between the
verb and its number, which is how plans write their aims:

- "phấn đấu năm 2026 giảm tỷ lệ hộ nghèo ít nhất 4 điểm phần trăm" → change
  −4, unit "điểm phần trăm" (one unit, not "điểm");
- "Chỉ số PCI cải thiện từ 3 - 5 bậc" → change 3..5 "bậc" (places gained);
- "Cắt giảm tối thiểu 30% thời gian xử lý và 30% chi phí tuân thủ ... so với
  năm 2024" → two changes −30, named "Cắt giảm thời gian xử lý ..." and
  "Cắt giảm chi phí tuân thủ ..." (the year compared with is no period, see
  :mod:`ktxh.extract.target_periods`);
- "bình quân 7 doanh nghiệp/1.000 dân" → rate, unit "doanh nghiệp/1.000
  dân" (the thousands dot does not end the unit); "1,5 doanh nghiệp công
  nghệ số/1.000 dân" → the same unit, as seed 001 writes "bác sỹ/vạn dân",
  named "doanh nghiệp công nghệ số trên 1.000 dân".

Not changes: a level reached ("giảm xuống dưới 3%", "giảm còn 2%", "tăng lên
80%"), average growth ("tăng bình quân 8%/năm"), counts of a verb that is
no change ("tăng cường", "giảm nghèo", "giảm thiểu").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ktxh.extract.agencies import find_agencies
from ktxh.extract.indicator_after import COUNT_SET, MEASURE_SET
from ktxh.extract.quantities import Reading
from ktxh.text.model import Doc
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

# the verb of a change; not "tăng cường", "tăng trưởng", "giảm nghèo", "giảm thiểu"
_CHANGE_VERB_RE = re.compile(
    r"(?<![\w])(cắt giảm|giảm|tăng)(?! cường| trưởng| nghèo| thiểu| thiếu| tốc)(?![\w])"
)
# bounds between the verb (and its object) and the number: "ít nhất", "tối thiểu"
_BOUND_TAIL_RE = re.compile(
    r"(?:\s*(?<![\w])(?:ít nhất|tối thiểu|tối đa|khoảng|trên|hơn|từ|không dưới|không quá"
    r"|thêm|được|là|:))+\s*$"
)
# what makes the number the level reached, not the change: "giảm xuống dưới 3%"
_LEVEL_WORD_RE = re.compile(
    r"(?<![\w])(?:xuống|còn|lên|ở mức|dưới|đạt|bằng|chiếm|đến|tới|bình quân|hằng năm|hàng năm"
    r"|mỗi năm|so với)(?![\w])"
)
_OBJECT_MAX_WORDS = 10
# what joins a list of changes of one verb: "30% thời gian xử lý và |30% chi phí"
_LIST_TAIL_RE = re.compile(r"(?:\s(?:và|hoặc)|,)\s*(?:ít nhất|tối thiểu|khoảng|trên)?\s*$")
# "Tỷ lệ hộ nghèo giảm bình quân" → "Tỷ lệ hộ nghèo"
_AVERAGE_TAIL_RE = re.compile(
    r"\s+(?:(?:giảm|tăng)\s+)?(?:bình quân|trung bình)(?:\s+(?:mỗi|hằng|hàng)\s+năm)?\s*$",
    re.IGNORECASE,
)
# "Chỉ số PCI cải thiện (từ) 3 - 5 bậc", "tăng 2 bậc": places gained in a ranking
_RANK_UP_TAIL_RE = re.compile(r"\s+(?:cải thiện|tăng|nâng)(?:\s+(?:thêm|từ))?\s*$",
                              re.IGNORECASE)
# "giảm 4 điểm phần trăm": one unit
# "giảm bình quân mỗi năm (từ) 3 - 4 điểm phần trăm": the year said in words before the
# number keeps the average growth, as the report's "bình quân mỗi năm giảm 4,78 điểm phần
# trăm" (only "… điểm phần trăm/năm" is a change a year)
_YEARLY_BEFORE_RE = re.compile(
    r"(?<![\w])(?:mỗi|hằng|hàng) năm(?:\s(?:giảm|tăng))?"
    r"(?:\s(?:từ|ít nhất|tối thiểu|trên|khoảng|gần|hơn))?\s$")
_PERCENT_POINT_RE = re.compile(r"\s+phần trăm(?![\w])")
# "7 doanh nghiệp/1.000 dân", "16,5 bác sĩ/10.000 dân": per head, the dot is a thousands mark
_PER_THOUSANDS_RE = re.compile(
    r"((?:\s[^\W\d]+){0,4}?)\s?/\s?(1\.000|10\.000|100\.000)\s(dân|người dân|người)(?![\w])"
)
# "14 bác sĩ và 36 giường bệnh trên 10.000 dân": per head, said once after the counts
_PER_THOUSANDS_LATER_RE = re.compile(
    r"(?:[^;,.()\d]|[,.]?\d)*?\s(?:trên|/)\s?(1\.000|10\.000|100\.000)\s(dân|người dân)(?![\w])"
)
# a unit that already holds its head count: "doanh nghiệp/1.000 dân"
_PER_PEOPLE_UNIT_RE = re.compile(r"/\s?(?:1\.000|10\.000|100\.000)\s(?:dân|người)")
# where the noun after "X%" of a change ends: "30% thời gian xử lý | và 30% ..."
# what a body does before the work it directs: "chủ trì, phối hợp với các sở, ngành",
# "chỉ đạo nhà thầu", "tổ chức"
_DIRECTING_RE = re.compile(
    r"\s*(?:,\s*)?(?:(?:chủ trì|phối hợp(?: với)?(?: các [^\s,]+(?:, [^\s,]+)*)?|chỉ đạo"
    r"(?: (?:nhà thầu|các nhà thầu|chủ đầu tư|các đơn vị|đơn vị thi công))?|tổ chức|đôn đốc"
    r"|yêu cầu|giao)\s*,?\s*)*"
)
# a group that leads a directive, up to the verb of the work: "Các chủ rừng |làm mới"
_GROUP_LEAD_RE = re.compile(
    r"(?:các|những)(?:\s[^\W\d]+){1,3}?\s(?=(?:làm mới|tu sửa|xây dựng|lắp đặt|trồng|sửa chữa"
    r"|nâng cấp|cải tạo|nạo vét|phát dọn|thảm|đào tạo|tập huấn|hỗ trợ|bàn giao|di dời)(?![\w]))"
)
_AFTER_UNIT_STOP_RE = re.compile(
    r"[,;.:()\n]|\s(?:tại|cho|để|trước|trong|hoàn thành|đến|từ|của|nhằm)(?![\w])|\s\d"
)
_NOUN_STOP_RE = re.compile(r"[,;.:()\n]|\s(?:và|so với|trong|đến|trước|năm|giai đoạn)(?![\w])|\s\d")


@dataclass(frozen=True, slots=True)
class Signed:
    """What :func:`sign_targets` makes of one reading."""

    kind: str
    value: float
    value_max: float | None
    unit: str
    indicator: str | None = None  # a new name, when the verb names the change


def _object_ok(between: str) -> bool:
    """Only an object and bounds stand between the verb and the number."""
    words = _BOUND_TAIL_RE.sub("", between).split()
    return (len(words) <= _OBJECT_MAX_WORDS and not _LEVEL_WORD_RE.search(between)
            and not any(ch.isdigit() or ch in ",;()" for ch in between))


def _noun_after(doc: Doc, r: Reading) -> str:
    """"30% thời gian xử lý thủ tục hành chính và ..." → "thời gian xử lý thủ tục hành chính"."""
    end = min(r.clause[1], r.q.end + 100)
    m = _NOUN_STOP_RE.search(doc.folded, r.q.end, end)
    return " ".join(doc.text[r.q.end : m.start() if m else end].split())


def _points_and_ranks(folded: str, r: Reading, kind: str, unit: str,
                      name: str) -> tuple[str, str, str | None]:
    """Kind, unit and new name (or None) of a change of points or of ranks."""
    new_name = None
    if unit == "điểm" and _PERCENT_POINT_RE.match(folded, r.q.end):
        unit = "điểm phần trăm"
    if unit.startswith("điểm phần trăm") and kind == "growth_avg":
        if not _YEARLY_BEFORE_RE.search(folded, max(r.clause[0], r.q.start - 30), r.q.start):
            # "giảm bình quân 0,3 điểm phần trăm/năm": a change of points a year
            kind, unit = "change", "điểm phần trăm"
        new_name = _AVERAGE_TAIL_RE.sub("", name) or None
    if unit == "bậc" and kind == "level" and (up := _RANK_UP_TAIL_RE.search(name)):
        kind, new_name = "change", name[: up.start()]  # "PCI cải thiện từ 3 - 5 bậc"
    return kind, unit, new_name


def _per_people(doc: Doc, r: Reading, kind: str, unit: str, name: str,
                new_name: str | None) -> tuple[str, str, str | None]:
    """Kind, unit and new name of a rate per thousands of people ("/1.000 dân")."""
    folded = doc.folded
    per = _PER_THOUSANDS_RE.match(folded, r.q.end)
    later = None if per else _PER_THOUSANDS_LATER_RE.match(folded, r.q.end, r.clause[1])
    if (per or later) and r.q.unit and r.q.unit.base not in (None, "%") and "/" not in unit:
        if per:
            people = f"{per.group(2)} {doc.text[per.start(3) : per.end(3)]}"
            noun = " ".join(f"{unit}{doc.text[per.start(1) : per.end(1)]}".split())
        else:
            assert later is not None
            people = f"{later.group(1)} {doc.text[later.start(2) : later.end(2)]}"
            noun = unit
        if not name or "/" in name or fold(name) in (fold(unit), fold(noun)) or (
                later and fold(name).startswith(fold(unit))):
            new_name = f"{noun} trên {people}"  # "doanh nghiệp công nghệ số trên 1.000 dân"
        unit = f"{unit}/{people}"  # "doanh nghiệp/1.000 dân", as "bác sỹ/vạn dân"
        kind = "rate"  # "bình quân 7 doanh nghiệp/1.000 dân"
    elif _PER_PEOPLE_UNIT_RE.search(fold(unit)) and (
            not name or fold(name) in (fold(unit), fold(unit.split("/", 1)[0]))):
        # the reader kept "/1.000 dân" in the unit: the name says it in words
        new_name = unit.replace("/", " trên ", 1)
        kind = "rate"
    return kind, unit, new_name


def _shared_verb(folded: str, r: Reading, verb: str, prev: Reading | None) -> str:
    """The verb of a list of changes that reading ``r`` shares with the one before, or ""."""
    if verb and prev is not None and prev.q.end <= r.q.start:
        between = folded[prev.q.end : r.q.start]
        tail = _LIST_TAIL_RE.search(between)
        if tail and _object_ok(between[: tail.start()]):
            return verb  # "... 30% thời gian xử lý và 30% chi phí tuân thủ"
    return ""


def sign_targets(doc: Doc, readings: list[Reading], kinds: list[str],
                 names: list[str]) -> list[Signed]:
    """Kind, signed value and unit of each reading of one target sentence
    (see the module docstring); ``kinds`` and ``names`` are as decided so far."""
    folded = doc.folded
    out: list[Signed] = []
    verb = ""  # the verb, as written, that a list of changes shares
    prev: Reading | None = None
    for r, kind, name in zip(readings, kinds, names, strict=True):
        value, value_max = r.value, r.value_max
        kind, unit, new_name = _points_and_ranks(folded, r, kind, r.q.unit_text or "", name)
        kind, unit, new_name = _per_people(doc, r, kind, unit, name, new_name)
        own = _own_verb(doc, r)
        shared = _shared_verb(folded, r, verb, prev) if own is None else ""
        said = own[0] if own else shared
        if said and kind in ("level", "rate", "share") and r.q.form in ("value", "range") and (
                unit != "lần"):
            sign = -1.0 if said.lower().endswith("giảm") else 1.0
            value = sign * abs(r.q.value)
            value_max = sign * abs(r.q.value_max) if r.q.value_max is not None else None
            kind = "change"
            if r.q.unit and r.q.unit.base == "%" and (shared or not own[1]) and (
                    noun := _noun_after(doc, r)):
                new_name = f"{said} {noun}"  # "Cắt giảm tối thiểu 30% thời gian xử lý"
            elif tail := re.search(rf"\s{re.escape(fold(said))}(?:\s(?:thêm|được))?$", fold(name)):
                new_name = name[: tail.start()]  # "Tỷ lệ hộ nghèo giảm ít nhất 0,8 ..."
        verb = said if kind == "change" else ""
        out.append(Signed(kind, value, value_max, unit, new_name))
        prev = r
    return out


def directive_name(doc: Doc, r: Reading, name: str) -> str | None:
    """"lắp đặt điểm phát wifi công cộng" for "Sở Khoa học và Công nghệ chủ trì,
    phối hợp với các sở, ngành lắp đặt 150 điểm phát wifi công cộng ...": a
    name that holds the body directing the work is the work and what it makes."""
    folded = doc.folded
    at = folded.rfind(fold(name), r.clause[0], r.q.start) if name else -1
    if at < 0:
        return None
    bodies = [a for a in find_agencies(doc.text, r.clause[0], r.q.start, folded=folded)
              if a.span.end <= r.q.start]
    if bodies and at < bodies[-1].span.end:
        verb_at = _DIRECTING_RE.match(folded, bodies[-1].span.end, r.q.start).end()
    elif group := _GROUP_LEAD_RE.match(folded, at, r.q.start):
        verb_at = group.end()  # "Các chủ rừng |làm mới và tu sửa 940 km ..."
    else:
        return None
    verb = " ".join(doc.text[verb_at : r.q.start].split()).strip(" ,")
    if not verb or len(verb.split()) > 6:
        return None
    end = min(r.clause[1], r.q.end + 80)
    stop = _AFTER_UNIT_STOP_RE.search(folded, r.q.end, end)
    thing = " ".join(doc.text[r.q.end : stop.start() if stop else end].split()[:6])
    unit = r.q.unit_text or ""
    base = r.q.unit.base if r.q.unit is not None else None
    if base and (base in COUNT_SET or base not in MEASURE_SET):
        thing = f"{unit} {thing}".strip()  # a count names what it counts: "điểm phát wifi"
    return f"{verb} {thing}".strip() if thing else None


def _own_verb(doc: Doc, r: Reading) -> tuple[str, bool] | None:
    """(the change verb of the reading's segment as written, whether its
    object stands before the number), when only an object and bounds stand
    between them: "giảm tỷ lệ hộ nghèo ít nhất |4", "Cắt giảm tối thiểu |30%"."""
    seg = doc.folded[r.segment_start : r.q.start]
    found = list(_CHANGE_VERB_RE.finditer(seg))
    if not found or not _object_ok(seg[found[-1].end() :]):
        return None
    m = found[-1]
    said = doc.text[r.segment_start + m.start(1) : r.segment_start + m.end(1)]
    return said, bool(_BOUND_TAIL_RE.sub("", seg[m.end() :]).strip())
