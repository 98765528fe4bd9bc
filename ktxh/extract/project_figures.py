"""Which figures are about a named project, and sizes stated in its name.

A project's figures are those in the stretch that speaks of it: its list
item ("- Dự án X: bàn giao 12,5/40 ha; giải ngân ..."), its sentence
when nothing else is named there, or its clause; amounts before the name
("ứng trước 170 tỷ đồng ... cho Dự án X"); later sentences of its paragraph
that speak of "dự án" without a name; sizes in the name ("700 giường",
"(khoảng 43km)"); and, under a heading that names it, amounts given to "dự án"
in the items below.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from ktxh.extract.numbers import find_quantities
from ktxh.extract.project_keys import same_project
from ktxh.extract.project_names import Cut
from ktxh.extract.project_progress import about_project, delays_and_fractions
from ktxh.extract.records import Figure
from ktxh.text.model import BlockKind, Doc, Span
from ktxh.text.normalize import fold

# Breaks that end the clause naming a project: "...; trong đó có dự án X".
_CLAUSE_BREAK = re.compile(r";|trong(?<![\w]trong) đó\b")  # "\btrong": letters first
# Where the clause about a project ends: "; ", ", các bệnh viện huyện ...".
_CLAUSE_END = re.compile(r";|,\s(?:các|những|nhiều|một số|toàn bộ|tất cả|số)\b")
# Counts of works are no figures about one project: "03 nhà máy", "6 dự án".
_COUNT_UNITS = re.compile(
    r"(?:dự án|công trình|nhà máy|khu|cụm|bệnh viện|cầu|hồ|tuyến|đoạn|trường|cơ sở)\b"
)
# A later sentence about the same project: "Đến nay, dự án đã giải ngân ...".
_BACK_REFERENCE = re.compile(
    r"\b(?:dự án|công trình)(?: này)?\s+(?:đã|đang|được|có|đạt|hoàn thành|giải ngân|thi công"
    r"|bàn giao|chậm|mới)\b"
)
# A later sentence that opens with a word of progress is about the project of
# its paragraph: "Công tác giải phóng mặt bằng đạt 92%", "Khối lượng thực hiện
# ước đạt 65% ...", "Lũy kế giải ngân từ khởi công ...", "Tổng mức đầu tư ...".
_PROGRESS_OPENING = re.compile(
    r"\s*(?:[-–+•]\s*)?(?:công tác |hiện nay,? |đến nay,? |năm \d{4},? )?"
    r"(?:giải phóng mặt bằng|khối lượng|lũy kế|luỹ kế|giá trị giải ngân|giá trị thực hiện"
    r"|đã giải ngân|giải ngân|tổng mức đầu tư|tiến độ|đã bàn giao|bàn giao|nhà thầu|đã thi công"
    r"|thi công|đã hoàn thành|được giao kế hoạch vốn|kế hoạch vốn)(?![\w])"
)
# Figure kinds that may precede the name they are about.
_AMOUNT_KINDS = frozenset(("level", "progress", "pct_of_plan"))
# What a size in a project's name measures, by unit.
_SIZE_INDICATORS = {
    "km": "chiều dài", "giường": "quy mô giường bệnh", "mw": "công suất", "ha": "diện tích",
    "m2": "diện tích", "m3": "dung tích", "tỷ đồng": "tổng mức đầu tư",
}


@dataclass(frozen=True, slots=True)
class Mention:
    """One naming of a project in a sentence."""

    cut: Cut
    sentence: Span
    named: bool  # introduced by "dự án"
    form: str | None = None  # written before the name: "dự án BOT ..."


def _region(doc: Doc, mentions: list[Mention], i: int) -> Span:
    """The stretch about a mention: its block when the block opens with the
    name and a colon ("- Dự án X: bàn giao ...; giải ngân ..."), its sentence
    when the sentence names nothing else, else its clause: from the last ";",
    "trong đó" or earlier name to the next ";", ", các ..." or name."""
    me, folded = mentions[i], doc.folded
    block = doc.block_at(me.cut.start)
    near = doc.blocks[block].span if block is not None else me.sentence
    lo_, hi_ = min(near.start, me.sentence.start), max(near.end, me.sentence.end)
    others = [
        m for m in mentions
        if m is not me and lo_ <= m.cut.start < hi_ and not same_project(m.cut.name, me.cut.name)
    ]
    if block is not None:
        bspan = doc.blocks[block].span
        head = folded[bspan.start : me.cut.start]
        if (len(head) < 24 and folded[me.cut.end : me.cut.end + 3].lstrip().startswith(":")
                and not any(bspan.start <= m.cut.start < bspan.end for m in others)):
            return bspan
    lo, hi = me.sentence.start, me.sentence.end
    for other in others:
        if other.sentence.start == me.sentence.start:
            if other.cut.end <= me.cut.start:
                lo = max(lo, other.cut.end)
            elif other.cut.start >= me.cut.end:
                hi = min(hi, other.cut.start)
    for m in _CLAUSE_BREAK.finditer(folded, lo, me.cut.start):
        lo = m.end()
    if not any(m.sentence.start == me.sentence.start for m in others):
        return Span(lo, hi)
    brk = _CLAUSE_END.search(folded, me.cut.end, hi)
    return Span(lo, brk.start() if brk else hi)


def _later_sentences(doc: Doc, mentions: list[Mention], i: int) -> list[Span]:
    """Sentences after the mention in its block that speak of "dự án" without
    a name ("Đến nay, dự án đã giải ngân ..."), up to the next other name."""
    me = mentions[i]
    block = doc.block_at(me.cut.start)
    if block is None:
        return []
    end = doc.blocks[block].span.end
    for m in mentions:
        if me.cut.end <= m.cut.start < end and not same_project(m.cut.name, me.cut.name):
            end = m.sentence.start
            break
    out = []
    k = bisect_left(doc.sentences, me.sentence.end, key=lambda s: s.span.start)
    while k < len(doc.sentences) and doc.sentences[k].span.end <= end:
        span = doc.sentences[k].span
        if (_BACK_REFERENCE.search(doc.folded, span.start, span.end)
                or _PROGRESS_OPENING.match(doc.folded, span.start)):
            out.append(span)
        k += 1
    return out


class FigureIndex:
    """The document's figures sorted by the position of their number."""

    def __init__(self, figures: tuple[Figure, ...]) -> None:
        pairs = sorted(((_pos(f), k) for k, f in enumerate(figures)))
        self._starts = [p for p, _ in pairs]
        self._figures = [figures[k] for _, k in pairs]

    def between(self, lo: int, hi: int) -> list[Figure]:
        """Figures whose number lies in ``[lo, hi)``."""
        a, b = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        return self._figures[a:b]


def figure_key(f: Figure) -> tuple:
    return (f.value, f.value_max, fold(f.unit), f.kind, f.period)


def _pos(f: Figure) -> int:
    return f.value_span.start if f.value_span is not None else f.span.start


def figures_about(
    doc: Doc, figures: FigureIndex, mentions: list[Mention], i: int
) -> list[Figure]:
    """Figures about one mention: in its clause after the name, amounts before
    it ("ứng trước 170 tỷ đồng ... cho Dự án X"), quantities in its name or
    aside ("700 giường", "(khoảng 43km)"), and, under a heading that names it,
    amounts given to "dự án" in the items below."""
    me = mentions[i]
    region = _region(doc, mentions, i)
    stretches = [region, *_later_sentences(doc, mentions, i)]
    out = [
        f for f in figures.between(region.start, region.end)
        if (_pos(f) >= me.cut.start or f.kind in _AMOUNT_KINDS)
        and not _COUNT_UNITS.match(fold(f.unit))
    ]
    for later in stretches[1:]:
        out.extend(f for f in figures.between(later.start, later.end)
                   if not _COUNT_UNITS.match(fold(f.unit)))
    out = [_in_row(doc, f) or about_project(doc, f, me.cut.start, me.cut.end,
                                            _sentence_of(doc, f, me)) for f in out]
    period = next((f.period for f in out if f.period), None)
    for stretch in stretches:
        out.extend(delays_and_fractions(doc, stretch, out, period, me.cut.end))
    out.extend(_footnotes(doc, figures, stretches))
    out.extend(_own_quantities(doc, me.cut, out))
    out.extend(_under_heading(doc, figures, me, mentions))
    return out


def _in_row(doc: Doc, f: Figure) -> Figure | None:
    """A figure of a row of a project table as the project's: "tổng mức đầu tư
    Đường tránh X" → "tổng mức đầu tư" (the name is the row's); None for a
    figure outside tables."""
    block = doc.block_at(f.span.start)
    if block is None or doc.blocks[block].kind is not BlockKind.TABLE_ROW:
        return None
    for cell in doc.blocks[block].cells:
        name = " ".join(doc.text[cell.start : cell.end].split())
        if name and f.indicator.endswith(" " + name):
            return replace(f, indicator=f.indicator[: -len(name) - 1])
    return f


def _sentence_of(doc: Doc, f: Figure, me: Mention) -> Span:
    sent = doc.sentence_at(_pos(f))
    return sent.span if sent is not None else me.sentence


def _footnotes(doc: Doc, figures: FigureIndex, stretches: list[Span]) -> list[Figure]:
    """Figures of the footnotes cited in the stretches about a project ("... giải
    ngân 96,4/150 tỷ đồng¹" → "¹ Trong đó: vốn ngân sách trung ương 80 tỷ đồng")."""
    out: list[Figure] = []
    for fn in doc.footnotes:
        if fn.ref is None or not any(s.start <= fn.ref <= s.end for s in stretches):
            continue
        span = doc.blocks[fn.block].span
        out.extend(f for f in figures.between(span.start, span.end)
                   if not _COUNT_UNITS.match(fold(f.unit)))
    return out


def _own_quantities(doc: Doc, cut: Cut, have: list[Figure]) -> list[Figure]:
    """Sizes stated in the name or its aside that no figure covers yet."""
    end = cut.end
    aside = re.compile(r"\s*\((?:khoảng|dài|chiều dài|quy mô|với)?[^()]{0,40}\)").match(
        doc.text, end
    )
    if aside:
        end = aside.end()
    taken = {_pos(f) for f in have}
    out = []
    for q in find_quantities(doc.text, doc.folded, cut.start, end):
        if q.start in taken or q.unit is None or q.form not in ("value", "range"):
            continue
        unit = q.unit_text or ""
        span = Span(cut.start, end)
        out.append(
            Figure(
                indicator=_SIZE_INDICATORS.get(fold(unit), "quy mô"),
                value=q.value,
                value_max=q.value_max,
                unit=unit,
                kind="level",
                span=span,
                quote=doc.slice(span),
                value_span=Span(q.start, q.value_end),
            )
        )
    return out


def heading_scope(doc: Doc, me: Mention) -> list[Span]:
    """Blocks under a heading that names the project ("1. Dự án X" ... up to
    the next heading of the same or a higher level); empty for other mentions."""
    block = doc.block_at(me.cut.start)
    if block is None or doc.blocks[block].kind != BlockKind.HEADING:
        return []
    level = doc.blocks[block].level or 0
    out = []
    for b in doc.blocks[block + 1 :]:
        if b.kind == BlockKind.HEADING and (b.level or 0) <= level:
            break
        out.append(b.span)
    return out


def _under_heading(
    doc: Doc, figures: FigureIndex, me: Mention, mentions: list[Mention]
) -> list[Figure]:
    """Figures in the blocks under a heading that names the project, except
    blocks that name another one: "1. Về Dự án X:" ... "- tỉnh cam kết hỗ trợ
    dự án khoảng 1.000 tỷ đồng"; "2. Dự án Y" ... "Tổng chiều dài 35,4 km"."""
    out = []
    for span in heading_scope(doc, me):
        if any(span.start <= m.cut.start < span.end and not same_project(m.cut.name, me.cut.name)
               for m in mentions):
            continue
        out.extend(f for f in figures.between(span.start, span.end)
                   if not _COUNT_UNITS.match(fold(f.unit)))
    return out
