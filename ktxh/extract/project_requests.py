"""Works a request names without "dự án".

A notice of conclusions or a report answers requests by heading: "3.1. Về
đề nghị hỗ trợ kinh phí đầu tư tuyến đường từ trung tâm xã A đi bản B (dài
7,8 km): ...", "3.4. Về đề nghị đầu tư kè chống sạt lở suối X đoạn qua bản Y
(khoảng 1,2 km)". The works asked for are a project even without "dự án"
when a request word and a verb of investment stand before a head of works in
one clause, and the name has a proper part (:func:`requested_works`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ktxh.extract.litscan import LiteralScan
from ktxh.extract.project_figures import Mention
from ktxh.extract.project_names import cut_name
from ktxh.extract.wordre import word_start
from ktxh.text.model import Doc, Span

# --- language data -----------------------------------------------------------

# the request, then the verb of investment and the head of works the name opens with:
# "đề nghị hỗ trợ kinh phí đầu tư |tuyến đường ...", "đề nghị đầu tư |kè chống sạt lở ..."
_REQUEST_RE = re.compile(word_start("đề nghị", "kiến nghị", "đề xuất") + r"(?![\w])")
REQUEST_SCAN = LiteralScan(_REQUEST_RE)  # run per sentence: see ktxh.extract.litscan
_REQUESTED_WORKS = re.compile(
    word_start("đầu tư", "xây dựng", "nâng cấp", "cải tạo", "sửa chữa", "làm mới", "mở rộng",
               "kiên cố hóa", "cứng hóa")
    + r"(?:(?:,|\s+và)?\s+(?:xây dựng|nâng cấp|cải tạo|mở rộng|sửa chữa|mới))*\s+"
    r"(?=(?:tuyến đường|đường|kè|cầu|hồ chứa|đập|trường|bệnh viện|trạm y tế|nhà văn hóa|kênh"
    r"|công trình)(?![\w]))"
)


def requested_works(doc: Doc, sent: Span, taken: list[Span]) -> Iterator[Mention]:
    """Works a request names without "dự án" (see ``_REQUESTED_WORKS``): the
    request and the works in one clause, the name with a proper part."""
    text, folded = doc.text, doc.folded
    ask = REQUEST_SCAN.search(folded, sent.start, sent.end)
    while ask is not None:
        stop = min((i for i in (folded.find(c, ask.end(), sent.end) for c in ";:")
                    if i >= 0), default=sent.end)
        m = _REQUESTED_WORKS.search(folded, ask.end(), stop)
        if m is not None and not any(t.start <= m.end() < t.end for t in taken):
            cut = cut_name(text, m.end(), sent.end, title=False)
            if cut is not None:
                taken.append(Span(cut.start, cut.end))
                yield Mention(cut, sent, False)
        ask = REQUEST_SCAN.search(folded, stop, sent.end) if stop < sent.end else None
