"""Units written after a number, and their normalized form.

A unit as written keeps its scale word ("tỷ đồng", "nghìn con", "triệu USD")
and a ``/`` part ("%/năm", "xe/ngày", "người dân/doanh nghiệp"). For
computation :func:`normalize` multiplies the scale out: 4.400 nghìn lượt →
4 400 000 "lượt", 126 vạn tấn → 1 260 000 "tấn". Count nouns after a number
are units too: "48 xã", "70 doanh nghiệp", "225 trường". The word lists live
in ``ktxh/data/units.json``; matching is done on ``Doc.folded`` text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

from ktxh.extract.quick_init import quick_init
from ktxh.text.normalize import fold

_DATA = json.loads(resources.files("ktxh.data").joinpath("units.json").read_text("utf-8"))

SCALES: dict[str, float] = {fold(k): float(v) for k, v in _DATA["scales"].items()}
MEASURES: tuple[str, ...] = tuple(fold(w) for w in _DATA["measures"])
COUNTS: tuple[str, ...] = tuple(fold(w) for w in _DATA["counts"])
PER: tuple[str, ...] = tuple(fold(w) for w in _DATA["per"])


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_W = r"(?![\w])"  # a word ends here
_SCALE = rf"(?:{_alternation(list(SCALES))}){_W}"
_BASE = rf"(?:%|(?:{_alternation([w for w in MEASURES + COUNTS if w != '%'])}){_W})"
# "/năm", "/1.000 dân", "/10.000 dân"
_PER = (rf"/\s?(?:\d{{1,3}}(?:\.\d{{3}})*\s)?(?:(?:{_alternation(list(SCALES))})\s)?"
        rf"(?:{_alternation(PER + COUNTS)}){_W}")
# "10,5 km", "43km", "126 vạn tấn/năm", "3,1 triệu lượt", "nghìn tỷ đồng", "8 - 9%/năm"
UNIT_RE = re.compile(
    rf"[ \t]?(?:(?P<scale>{_SCALE}(?:\s{_SCALE})?)(?:\s(?P<base>{_BASE}))?|(?P<base2>{_BASE}))"
    rf"(?P<per>{_PER})?"
)


_COUNT_SET = frozenset(COUNTS)
_SUPERSCRIPTS = str.maketrans("²³", "23")
# "537 thôn, khối phố", "487 chi nhánh và văn phòng đại diện": a list of count nouns
_MORE_COUNTS = re.compile(rf"(?:,\s|\svà\s)(?:{_alternation(list(COUNTS))}){_W}(?!\s?\d)")


@quick_init
@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit found right after a number: ``end`` is its end offset."""

    start: int
    end: int
    scale: float
    base: str | None  # folded base unit, None for a bare scale ("20 triệu")
    per: str | None  # folded "/năm" part
    open: bool = False  # a count noun outside the lexicon ("412 thiết bị")


def match_unit(folded: str, pos: int) -> UnitMatch | None:
    """Read the unit that starts at ``pos`` (just after a number), if any."""
    m = UNIT_RE.match(folded, pos)
    if not m:
        return None
    scale = 1.0
    if m.group("scale"):
        for word in m.group("scale").split():
            scale *= SCALES[word]
    base = m.group("base") or m.group("base2")
    if base and ("²" in base or "³" in base):
        base = base.translate(_SUPERSCRIPTS)  # "284,6 km²", "27.000 m³/ngày đêm"
    if base == "lần" and folded.startswith(" thứ", m.end()):
        return None  # "lần thứ 9": an ordinal
    per = m.group("per")
    end = m.end()
    if base in _COUNT_SET and not per:
        while more := _MORE_COUNTS.match(folded, end):
            end = more.end()
    start = pos + (1 if folded[pos : pos + 1] in (" ", "\t") else 0)
    return UnitMatch(start, end, scale, base, per)


def normalize(value: float, unit: UnitMatch | None) -> tuple[float, str | None]:
    """``(base_value, base_unit)``: the scale multiplied out, "/năm" kept."""
    if unit is None:
        return value, None
    base = unit.base or ""
    if unit.per:
        base += unit.per.replace("/ ", "/")
    return value * unit.scale, base or None
