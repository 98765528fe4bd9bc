"""Values said of some places only: "lượng mưa phổ biến 120 - 200 mm, có nơi trên
300 mm (xã Yên Lập 326 mm)". "có nơi", "nơi cao nhất" and the bracket of places after
them name no measure of their own: they take the indicator of the value before
in the same sentence with the same unit (the place stays on each figure)."""

from __future__ import annotations

from dataclasses import replace

from ktxh.extract.records import Figure

# indicators read off words that only point at some places
_PLACE_WORDS = frozenset({"nơi", "có nơi", "nơi cao nhất", "nơi thấp nhất", "cao nhất"})


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
