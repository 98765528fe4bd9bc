"""Named investment projects, their form and progress figures.

A project is named after "dự án" ("dự án Hồ chứa nước Bản Lải", "các dự án
quan trọng như: Cầu 17/10; cầu Kỳ Cùng; ...") or by a head that only names
works ("tuyến cao tốc Bắc Giang - Lạng Sơn", "Cầu Kỳ Cùng", "Nhà máy Nhiệt
điện Na Dương giai đoạn 2") where the sentence speaks of building them.
Generic mentions ("các dự án trọng điểm", "dự án đầu tư công") have no proper
part and are skipped. Mentions of one project in a document merge into one
:class:`Project` (see :mod:`ktxh.extract.project_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ktxh.extract.numbers import find_quantities
from ktxh.extract.places import find_places
from ktxh.extract.project_names import (
    Cut,
    cut_name,
    is_name_start,
    project_key,
    same_project,
    split_listed,
    strip_lead,
)
from ktxh.extract.records import Figure, Project
from ktxh.text.model import BlockKind, Doc, Span
from ktxh.text.normalize import fold

# --- language data ---------------------------------------------------------

# "dự án", "Dự án"; plural lead-ins that announce a list of names:
# "các dự án quan trọng như:", "các dự án:", "một số dự án lớn ... như:".
_PROJECT_WORD = re.compile(r"\bdự án\b")
_PLURAL_BEFORE = re.compile(r"(?:các|những|một số|\d+)\s+(?:công trình,?\s+)?$")
_LIST_INTRO = re.compile(r"[^.;:]{0,80}?(?:\bnhư|\bgồm|\bbao gồm|\blà)?\s*:\s*")
# "Ban Quản lý dự án Đầu tư xây dựng tỉnh" is an agency, not a project.
_MANAGER_BEFORE = re.compile(r"(?:quản lý|\bql|ban)\s+$")
# Heads that name works without "dự án"; the name is cut from the head on.
_STANDALONE = re.compile(
    r"\b(?:(?:tuyến|đường|đoạn) cao tốc|cầu|hồ chứa nước|nhà máy|nhiệt điện|thủy điện"
    r"|thuỷ điện|bệnh viện|cụm công nghiệp|khu công nghiệp)\b"
)
# Words before a head that make it part of another name or a common word:
# "nhu cầu", "yêu cầu", "Ban Quản lý ...", "Công ty Thủy điện ...".
_NOT_AFTER = re.compile(
    r"(?:nhu|yêu|cung|toàn|kích|khẩn|cây|bắc|bến|ban quản lý|công ty|ban|sở|giám đốc"
    r"|trưởng|lãnh đạo|các|những|cán bộ|trạm|gồm)\s+$"
)
# Words near a name that speak of building or running the works.
_WORKS_CONTEXT = re.compile(
    r"xây dựng|thi công|hoàn thành|khởi công|tiến độ|vận hành|đưa vào|nâng cấp|cải tạo"
    r"|mở rộng|giải phóng mặt bằng|bàn giao|giải ngân|triển khai|thông xe|dự án|khánh thành"
)
# Forms of investment.
_FORMS = (
    ("PPP", re.compile(r"\bđối tác công tư\b|\bppp\b")),
    ("BOT", re.compile(r"\bbot\b")),
    ("BT", re.compile(r"\bbt\b")),
    ("ODA", re.compile(r"\boda\b|\badb\b|\bjica\b|\bwb\b|ngân hàng thế giới|vốn vay nước ngoài")),
)


# "... tại huyện X", "... trên địa bàn thành phố Y" right after a name.
_PLACE_AFTER = re.compile(r"\s*,?\s*(?:tại|ở|trên địa bàn|thuộc)\s")
# Place kinds that locate a project inside the province.
_SUB_AREAS = frozenset(("district", "city", "town", "ward", "commune"))


# Breaks that end the clause naming a project: "...; trong đó có dự án X".
_CLAUSE_BREAK = re.compile(r";|\btrong đó\b")
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
# Figure kinds that may precede the name they are about.
_AMOUNT_KINDS = frozenset(("level", "progress", "pct_of_plan"))
# What a size in a project's name measures, by unit.
_SIZE_INDICATORS = {
    "km": "chiều dài", "giường": "quy mô giường bệnh", "mw": "công suất", "ha": "diện tích",
    "m2": "diện tích", "m3": "dung tích", "tỷ đồng": "tổng mức đầu tư",
}


@dataclass(frozen=True, slots=True)
class Mention:
    cut: Cut
    sentence: Span
    named: bool  # introduced by "dự án"


# --- finding mentions -------------------------------------------------------


def _sentences(doc: Doc) -> Iterator[Span]:
    if doc.sentences:
        for s in doc.sentences:
            yield s.span
    else:
        for b in doc.blocks:
            yield b.span


def _items(text: str, pos: int, limit: int, prefix: str = "") -> Iterator[Cut]:
    """Names listed from ``pos``: "A; B; dự án “C”", "A và B", "A, B"."""
    while pos < limit:
        pos = _skip_project_word(text, pos, limit)
        start = strip_lead(text, pos)
        if not is_name_start(text, start):
            return
        cut = cut_name(text, start, limit)
        if cut is None:
            return
        yield Cut(prefix + cut.name, cut.start, cut.end) if prefix else cut
        m = re.compile(r"\s*(?:[;,]|\bvà\b)\s*").match(text, cut.end)
        if not m or m.end() >= limit:
            return
        pos = m.end()


def _skip_project_word(text: str, pos: int, limit: int) -> int:
    m = re.compile(r"\s*[Dd]ự án\s+").match(text, pos, limit)
    return m.end() if m else pos


def _shared_prefix(text: str, start: int, cut: Cut) -> str:
    """Lower-case words before the proper part, shared by a list:
    "đầu tư xây dựng kết cấu hạ tầng |Khu trung chuyển ... và |Khu chế xuất 1"."""
    words = []
    for m in re.finditer(r"\S+", cut.name):
        if m.group()[:1].isupper() or m.group()[:1] in "“\"":
            break
        words.append(m.group())
    return " ".join(words) + " " if words else ""


def _after_project_word(doc: Doc, sent: Span) -> Iterator[Mention]:
    text, folded = doc.text, doc.folded
    for m in _PROJECT_WORD.finditer(folded, sent.start, sent.end):
        if _MANAGER_BEFORE.search(folded, max(sent.start, m.start() - 16), m.start()):
            continue  # "Ban Quản lý dự án ...": an agency
        plural = bool(_PLURAL_BEFORE.search(folded, max(sent.start, m.start() - 24), m.start()))
        pos = m.end()
        listed = plural or text[pos : pos + 1] == ":"
        intro = _LIST_INTRO.match(text, pos, sent.end) if listed else None
        if intro and ";" not in text[pos : intro.start() + 1]:
            yield from (Mention(c, sent, True) for c in _items(text, intro.end(), sent.end))
            continue
        start = strip_lead(text, pos + 1)
        if not is_name_start(text, start):
            continue
        cut = cut_name(text, start, sent.end)
        if cut is None:
            continue
        yield Mention(cut, sent, True)
        if plural:
            # "các dự án ... Khu trung chuyển hàng hóa và Khu chế xuất 1"
            rest = re.compile(r"\s*(?:,|\bvà\b)\s*").match(text, cut.end)
            if rest and text[rest.end() : rest.end() + 1].isupper():
                prefix = _shared_prefix(text, start, cut)
                for c in _items(text, rest.end(), sent.end, prefix):
                    yield Mention(c, sent, True)


def _standalone(doc: Doc, sent: Span, taken: list[Span]) -> Iterator[Mention]:
    text, folded = doc.text, doc.folded
    for m in _STANDALONE.finditer(folded, sent.start, sent.end):
        if any(t.start <= m.start() < t.end for t in taken):
            continue
        if _NOT_AFTER.search(folded, max(sent.start, m.start() - 16), m.start()):
            continue
        cut = cut_name(text, m.start(), sent.end, title=m.start() > sent.start)
        if cut is None or cut.end <= m.end() + 1:
            continue
        if not _works_near(folded, sent, cut):
            continue
        taken.append(Span(cut.start, cut.end))
        yield Mention(cut, sent, False)


def _works_near(folded: str, sent: Span, cut: Cut) -> bool:
    """The clause around a name speaks of building or running it."""
    lo = max(sent.start, cut.start - 150, folded.rfind(";", sent.start, cut.start) + 1)
    semi = folded.find(";", cut.end, sent.end)
    hi = min(semi if semi >= 0 else sent.end, cut.end + 80)
    return bool(_WORKS_CONTEXT.search(folded, lo, hi))


def find_mentions(doc: Doc) -> list[Mention]:
    """Every naming of a project, in text order."""
    out: list[Mention] = []
    for sent in _sentences(doc):
        named = list(_after_project_word(doc, sent))
        taken = [Span(x.cut.start, x.cut.end) for x in named]
        out.extend(named)
        out.extend(_standalone(doc, sent, taken))
    out.sort(key=lambda x: x.cut.start)
    return [Mention(c, m.sentence, m.named) for m in out for c in split_listed(m.cut)]


# --- form, figures, place ---------------------------------------------------


def _window(mentions: list[Mention], i: int) -> Span:
    """From a mention to the next one in its sentence (or the sentence end)."""
    me = mentions[i]
    end = me.sentence.end
    for other in mentions[i + 1 :]:
        if other.sentence == me.sentence and other.cut.start > me.cut.start:
            end = other.cut.start
            break
    return Span(me.cut.start, end)


def _form(doc: Doc, span: Span) -> str | None:
    chunk = doc.folded[span.start : span.end]
    for form, rx in _FORMS:
        if rx.search(chunk):
            return form
    return None


def _region(doc: Doc, mentions: list[Mention], i: int) -> Span:
    """The stretch about a mention: its block when the block opens with the
    name and a colon ("- Dự án X: bàn giao ...; giải ngân ..."), its sentence
    when the sentence names nothing else, else its clause: from the last ";",
    "trong đó" or earlier name to the next ";", ", các ..." or name."""
    me, folded = mentions[i], doc.folded
    others = [m for m in mentions if m is not me and not same_project(m.cut.name, me.cut.name)]
    block = doc.block_at(me.cut.start)
    if block is not None:
        bspan = doc.blocks[block].span
        head = folded[bspan.start : me.cut.start]
        if (len(head) < 24 and folded[me.cut.end : me.cut.end + 3].lstrip().startswith(":")
                and not any(bspan.start <= m.cut.start < bspan.end for m in others)):
            return bspan
    lo, hi = me.sentence.start, me.sentence.end
    for other in others:
        if other.sentence == me.sentence:
            if other.cut.end <= me.cut.start:
                lo = max(lo, other.cut.end)
            elif other.cut.start >= me.cut.end:
                hi = min(hi, other.cut.start)
    for m in _CLAUSE_BREAK.finditer(folded, lo, me.cut.start):
        lo = m.end()
    if not any(m.sentence == me.sentence for m in others):
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
    return [
        s.span for s in doc.sentences
        if me.sentence.end <= s.span.start and s.span.end <= end
        and _BACK_REFERENCE.search(doc.folded, s.span.start, s.span.end)
    ]


def _fig_key(f: Figure) -> tuple:
    return (f.value, f.value_max, fold(f.unit), f.kind, f.period)


def _pos(f: Figure) -> int:
    return f.value_span.start if f.value_span is not None else f.span.start


def _figures(
    doc: Doc, figures: tuple[Figure, ...], mentions: list[Mention], i: int
) -> list[Figure]:
    """Figures about one mention: in its clause after the name, amounts before
    it ("ứng trước 170 tỷ đồng ... cho Dự án X"), quantities in its name or
    aside ("700 giường", "(khoảng 43km)"), and, under a heading that names it,
    amounts given to "dự án" in the items below."""
    me = mentions[i]
    region = _region(doc, mentions, i)
    out = [
        f for f in figures
        if region.start <= _pos(f) < region.end
        and (_pos(f) >= me.cut.start or f.kind in _AMOUNT_KINDS)
        and not _COUNT_UNITS.match(fold(f.unit))
    ]
    for later in _later_sentences(doc, mentions, i):
        out.extend(f for f in figures if later.start <= _pos(f) < later.end
                   and not _COUNT_UNITS.match(fold(f.unit)))
    out.extend(_own_quantities(doc, me.cut, out))
    out.extend(_under_heading(doc, figures, me, mentions))
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


def _under_heading(
    doc: Doc, figures: tuple[Figure, ...], me: Mention, mentions: list[Mention]
) -> list[Figure]:
    """Amounts for "dự án" in the items under a heading that names the project:
    "1. Về Dự án X:" ... "- tỉnh cam kết hỗ trợ dự án khoảng 1.000 tỷ đồng"."""
    block = doc.block_at(me.cut.start)
    if block is None or doc.blocks[block].kind != BlockKind.HEADING:
        return []
    children = [b.span for b in doc.blocks if b.parent == block]
    if not children:
        return []
    lo, hi = children[0].start, children[-1].end
    if any(lo <= m.cut.start < hi and not same_project(m.cut.name, me.cut.name)
           for m in mentions):
        return []
    folded = doc.folded
    out = []
    for f in figures:
        p = _pos(f)
        if lo <= p < hi and f.kind in _AMOUNT_KINDS and "dự án" in folded[max(lo, p - 40) : p]:
            out.append(f)
    return out


def _place(doc: Doc, cut: Cut) -> str | None:
    """A district, city or commune in the name ("(thành phố Lạng Sơn)") or
    right after it ("... tại huyện Cao Lộc")."""
    end = cut.end
    after = _PLACE_AFTER.match(doc.folded, cut.end)
    if after:
        end = min(len(doc.text), after.end() + 40)
    for p in find_places(doc.text, cut.start, end):
        if p.kind in _SUB_AREAS:
            return p.name
    return None


# --- merging ----------------------------------------------------------------


def find_projects(doc: Doc, found: Mapping[str, Any]) -> tuple[Project, ...]:
    """Named projects of ``doc``, one per project, in order of first naming."""
    mentions = find_mentions(doc)
    figures: tuple[Figure, ...] = tuple(found.get("figures") or ())
    groups: list[list[int]] = []
    for i, m in enumerate(mentions):
        for g in groups:
            if any(same_project(mentions[j].cut.name, m.cut.name) for j in g):
                g.append(i)
                break
        else:
            groups.append([i])
    out = []
    for g in groups:
        first = next((j for j in g if mentions[j].named), g[0])
        name = mentions[first].cut.name
        figs: list[Figure] = []
        form = place = None
        quote_i = None
        for j in g:
            fj = _figures(doc, figures, mentions, j)
            if fj and quote_i is None:
                quote_i = j
            figs.extend(f for f in fj if _fig_key(f) not in {_fig_key(g) for g in figs})
            form = form or _form(doc, _window(mentions, j))
            place = place or _place(doc, mentions[j].cut)
        sent = mentions[g[0] if quote_i is None else quote_i].sentence
        out.append(
            Project(
                name=name,
                key=project_key(name),
                span=sent,
                quote=doc.slice(sent).strip(),
                form=form,
                figures=tuple(figs),
                place=place,
            )
        )
    return tuple(out)
