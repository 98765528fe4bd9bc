"""Stated amounts in a sentence, for the consistency checks.

A small reader of Vietnamese notation ("1.234,5" is 1234.5) that keeps
what the checks need: the unit with its scale word ("tỷ đồng" = 10⁹ đồng),
the printed precision (decimals), offsets, fractions ("152,47/639,68 ha",
"15,4km/60km") and whether the amount sits inside parentheses. Works on
folded text (ktxh.text.normalize.fold), so offsets are those of the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ktxh.extract.numbers import parse_number  # Vietnamese notation: "2.036,21"

# --- language data -----------------------------------------------------------

# Scale words before a unit: "tỷ đồng", "nghìn tấn", "triệu USD".
SCALES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "vạn": 1e4}
# Units counted by the checks, folded; longest first when matching.
UNITS = (
    "lượt khách", "lượt người", "lượt", "doanh nghiệp", "hợp tác xã", "dự án", "công trình",
    "lao động", "người", "hộ", "xã", "huyện", "thôn", "trường", "học sinh", "giường",
    "đồng", "usd", "tấn", "tạ", "con", "ha", "km", "m3", "m2", "m", "kwh", "vụ", "tiêu chí",
    "chỉ tiêu",
    "cơ sở", "sản phẩm", "công", "căn", "cái", "chiếc",
)
# How a folded unit word is printed in messages.
DISPLAY = {"usd": "USD", "kwh": "kWh"}
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = "|".join(SCALES)
_UNIT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_UNIT_RE = rf"(?:(?:{_SCALE})\s+)?(?:{_UNIT})(?!\w)|(?:{_SCALE})(?!\w)"

# "A/B unit" or "A unit/B unit"; B is not followed by another "/" (a date).
FRACTION = re.compile(
    rf"(?=\d)(?<![\w./,])(?P<a>{_NUM})\s*(?P<ua>{_UNIT_RE})?\s*/\s*(?P<b>{_NUM})(?![\d/])"
    rf"\s*(?P<ub>{_UNIT_RE})"
)
_DIGIT = re.compile(r"\d")
AMOUNT = re.compile(rf"(?=\d)(?<![\w./,])(?P<n>{_NUM})(?![\d/])\s*(?P<u>%|{_UNIT_RE})")
# Words before a number that make it something other than an amount.
NOT_AMOUNT_BEFORE = re.compile(r"(?:năm|ngày|tháng|quý|khóa|km|lần thứ|thứ|số:)\s*$")


@dataclass(frozen=True, slots=True)
class Amount:
    value: float
    unit: str  # folded, as written: "tỷ đồng", "%", "ha"
    base_unit: str  # without the scale word: "đồng"
    scale: float
    decimals: int  # digits printed after the decimal comma
    start: int
    end: int
    of: Amount | None = None  # the B of a fraction "A/B"
    in_parens: bool = False

    @property
    def shown_unit(self) -> str:
        """The unit as printed ("triệu USD")."""
        return " ".join(DISPLAY.get(w, w) for w in self.unit.split())

    @property
    def base_value(self) -> float:
        return self.value * self.scale

    @property
    def half_ulp(self) -> float:
        """Half a unit of the last printed digit, in base units."""
        return 0.5 * 10 ** (-self.decimals) * self.scale


def _decimals(text: str) -> int:
    return len(text.split(",")[1]) if "," in text else 0


def _unit(unit: str) -> tuple[str, str, float]:
    unit = " ".join(unit.split())
    first, _, rest = unit.partition(" ")
    if first in SCALES:
        return unit, rest or "", SCALES[first]
    return unit, unit, 1.0


def _paren_depth(text: str, pos: int) -> int:
    return max(0, text.count("(", 0, pos) - text.count(")", 0, pos))


def _make(text: str, num: str, unit: str, start: int, end: int, offset: int) -> Amount:
    written, base, scale = _unit(unit)
    return Amount(parse_number(num), written, base, scale, _decimals(num),
                  start + offset, end + offset, in_parens=_paren_depth(text, start) > 0)


def find_amounts(folded: str, offset: int = 0) -> list[Amount]:
    """Amounts, percentages and fractions in ``folded`` (a sentence), in order.

    A fraction is one Amount (its numerator) whose ``of`` is the denominator.
    The checks ask for the same sentence several times; results are cached.

    >>> [(a.value, a.unit) for a in find_amounts("đạt 408,93 tỷ đồng, bằng 20,18%")]
    [(408.93, 'tỷ đồng'), (20.18, '%')]
    >>> a = find_amounts("bàn giao 15,4km/60km")[0]
    >>> (a.value, a.of.value, a.unit)
    (15.4, 60.0, 'km')
    """
    return list(_find_amounts(folded, offset))


@lru_cache(maxsize=4096)
def _find_amounts(folded: str, offset: int) -> tuple[Amount, ...]:
    out: list[Amount] = []
    if not _DIGIT.search(folded):
        return ()
    taken: list[tuple[int, int]] = []
    for m in FRACTION.finditer(folded) if "/" in folded else ():
        if NOT_AMOUNT_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
            continue
        ub = m["ub"]
        ua = m["ua"] or ub
        den = _make(folded, m["b"], ub, m.start("b"), m.end(), offset)
        num = _make(folded, m["a"], ua, m.start(), m.end(), offset)
        if num.base_unit != den.base_unit:
            continue
        out.append(Amount(num.value, num.unit, num.base_unit, num.scale, num.decimals,
                          num.start, num.end, den, num.in_parens))
        taken.append((m.start(), m.end()))
    for m in AMOUNT.finditer(folded):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if NOT_AMOUNT_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
            continue
        out.append(_make(folded, m["n"], m["u"], m.start(), m.end(), offset))
    out.sort(key=lambda a: a.start)
    return tuple(out)
