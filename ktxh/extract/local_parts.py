"""Values said of some places only: "lượng mưa phổ biến 120 - 200 mm, có nơi trên
300 mm (xã Yên Lập 326 mm)". "có nơi", "nơi cao nhất" and the bracket of places after
them name no measure of their own: they take the indicator of the value before
in the same sentence with the same unit (the place stays on each figure)."""

from __future__ import annotations

import re
from dataclasses import replace

from ktxh.extract.records import Figure

# indicators read off words that only point at some places
_PLACE_WORDS = frozenset({"nơi", "có nơi", "nơi cao nhất", "nơi thấp nhất", "cao nhất"})


# "¹ Tập trung tại các xã: Thanh Sơn 420 ha, …", "Các thị trường lớn: Nga 118 nghìn lượt":
# a note listing the figure it cites by places named bare
_LEVEL_LIST = re.compile(
    r"(?<![\w])các (xã|huyện|phường|thị trường|nước|quốc gia|tỉnh)[^:;.]{0,40}:")
_PLACE_LEVELS = frozenset({"xã", "huyện", "phường"})
# "³ Thị trường Nhật Bản 418 người, Đài Loan (Trung Quốc) 156 người, …": a note that
# opens with the first market of its list
_MARKET_OPEN = re.compile(r"[\s\-–+•*]*thị trường (?=[^\W\d_])")
_BRACKET = re.compile(r"\s*\([^()]*\)")
# "các xã khác 231 ha", "các thị trường còn lại"
_OTHERS = re.compile(r"(?:các|những) [^\W\d_]+(?: [^\W\d_]+)? (?:khác|còn lại)")
_NAME_WORD = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]*")


def _bare_name(indicator: str) -> bool:
    words = indicator.split()
    return 0 < len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words)


def _market_name(indicator: str) -> str:
    """"Thị trường Nhật Bản" → "Nhật Bản", "Đài Loan (Trung Quốc)" → "Đài Loan"."""
    name = _BRACKET.sub("", indicator)
    return name[11:] if name[:11].lower() == "thị trường " else name


def listed_places(figures: list[Figure], folded: str, start: int,
                  cited: tuple[tuple[str, str], ...]) -> list[Figure]:
    """A footnote's ``figures`` (sentence at ``start`` of ``folded``) that break a
    cited figure down by places named bare after "các xã:" take the indicator of the
    latest figure before the mark in the same unit (``cited``: (base unit, indicator)
    pairs); the place keeps its level ("xã Thanh Sơn")."""
    if not (figures and figures[0].value_span and cited):
        return figures
    level = _LEVEL_LIST.search(folded, start, figures[0].value_span.start)
    market = level is None and _MARKET_OPEN.match(folded, start) is not None
    if level is None and not market:
        return figures
    out: list[Figure] = []
    for f in figures:
        head = next((name for unit, name in reversed(cited) if unit == f.base_unit), "")
        name = _market_name(f.indicator) if market else f.indicator
        if head and f.kind == "level" and (
                _bare_name(name) or _OTHERS.fullmatch(f.indicator.lower())):
            place = f.place
            if place is None and level and level.group(1) in _PLACE_LEVELS and _bare_name(
                    f.indicator):
                place = f"{level.group(1)} {f.indicator}"
            f = replace(f, indicator=head, place=place)
        out.append(f)
    return out


def head_for_places(figures: list[Figure]) -> list[Figure]:
    """``figures`` of one sentence, those indicated only by "(có) nơi" named by the
    indicator of the latest earlier figure with the same unit."""
    out: list[Figure] = []
    for f in figures:
        if f.indicator and f.indicator.lower() in _PLACE_WORDS:
            head = next((g for g in reversed(out) if g.base_unit == f.base_unit
                         and g.indicator.lower() not in _PLACE_WORDS), None)
            if head is not None:  # "lượng mưa phổ biến": the measure without "generally"
                f = replace(f, indicator=head.indicator.removesuffix(" phổ biến"))
        out.append(f)
    return out
