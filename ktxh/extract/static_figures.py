"""Static sizes of works and facilities, which hold at any time.

"Tổng chiều dài tuyến 14,6 km", "tổng mức đầu tư 3.120 tỷ đồng", "Quy mô 500
giường bệnh", "Hồ có dung tích hữu ích 8,6 triệu m3, cấp nước tưới cho 1.250
ha", "Diện tích quy hoạch 150 ha", "(qua địa bàn tỉnh dài 35,8 km)": the size
of a project or facility, not a result of the period reported, so the
figure has no period unless a time phrase of its own dates it ("tổng mức
đầu tư điều chỉnh năm 2024 là ..."), as the shared gold does.
"""

from __future__ import annotations

import re

from ktxh.extract.quantities import Reading
from ktxh.extract.wordre import word_start

# --- language data -----------------------------------------------------------

# what a static size is called: the subject of the number holds one of these
_SIZE_RE = re.compile(
    word_start("tổng mức đầu tư", "chiều dài", "công suất", "dung tích", "diện tích quy hoạch",
               "diện tích thiết kế", "trữ lượng", "năng lực tưới", "năng lực thiết kế",
               "cấp nước tưới", "phục vụ tưới", "tmđt")
    + r"(?![\w])"
)
# "quy mô 500 giường": a size, unless it is money ("quy mô GRDP ... tỷ đồng")
# "quy mô dân số 18.460 người": a population, counted
_SCALE_RE = re.compile(word_start("quy mô") + r"(?![\w])(?! dân số)")
_MONEY_OR_SHARE_RE = re.compile(r"(?:đồng|usd|%)$")
# "(... dài 35,8 km)", "dài khoảng 12 km": a length told by its adjective
_LONG_RE = re.compile(r"(?<![\w])dài(?:\s(?:khoảng|gần|hơn|trên))?\s*$")


def is_static(r: Reading, unit: str) -> bool:
    """Whether reading ``r`` (with ``unit`` as written) states a static size
    and no period phrase of its own segment dates it."""
    if r.kind != "level":
        return False
    lead = r.lead
    head = r.indicator.lower()
    if not (_SIZE_RE.search(head) or _LONG_RE.search(lead)
            or (_SCALE_RE.search(head) and not _MONEY_OR_SHARE_RE.search(unit.lower()))):
        return False
    return not any(not h.base and r.segment_start <= h.start < r.q.end for h in r.periods)
