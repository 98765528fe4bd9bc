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
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from typing import Any

from ktxh.extract.litscan import LiteralScan
from ktxh.extract.places import find_places
from ktxh.extract.project_cells import cell_name, is_total
from ktxh.extract.project_figures import (
    FigureIndex,
    Mention,
    figure_key,
    figures_about,
    heading_scope,
)
from ktxh.extract.project_forms import FORM_NAMES, form_in, heading_form
from ktxh.extract.project_keys import project_key, same_project
from ktxh.extract.project_names import (
    FORM_BEFORE,
    Cut,
    cut_name,
    cut_plain_works,
    is_name_start,
    split_listed,
    strip_lead,
)
from ktxh.extract.project_requests import REQUEST_SCAN, requested_works
from ktxh.extract.records import Figure, Project
from ktxh.extract.wordre import word_start
from ktxh.text.model import BlockKind, Doc, Span
from ktxh.text.normalize import fold

# --- language data ---------------------------------------------------------

# "dự án", "công trình"; plural lead-ins that announce a list of names:
# "các dự án quan trọng như:", "các dự án:", "một số dự án lớn ... như:".
_PROJECT_WORD = re.compile(word_start("dự án", "công trình") + r"\b")
_PROJECT_WORD_SCAN = LiteralScan(_PROJECT_WORD)  # see ktxh.extract.litscan
_PLURAL_BEFORE = re.compile(r"(?:các|những|một số|nhiều|\d+)\s+(?:công trình,?\s+)?$")
# a count: "thu hút 29 dự án đầu tư mới và 17 lượt dự án điều chỉnh vốn" names none
_COUNT_BEFORE = re.compile(r"(?:\d|lượt)\s+$")
_LIST_INTRO = re.compile(r"[^.;:]{0,80}?(?:\bnhư|\bgồm|\bbao gồm|\blà)?\s*:\s*")
# Table columns: "Tên dự án", "Danh mục công trình"; "STT"/"TT"; row numbers "1", "2.1".
_NAME_COLUMN = re.compile(r"^(?:tên|danh mục)?\s*(?:dự án|công trình)|^tên (?:dự án|công trình)")
_NUMBER_COLUMN = re.compile(r"s?tt|số tt|số thứ tự")
_ROW_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?")
# "Ban Quản lý dự án Đầu tư xây dựng tỉnh" is an agency, not a project.
_MANAGER_BEFORE = re.compile(r"(?:quản lý|\bql|ban)\s+$")
# ... and so is every "dự án", "công trình" inside its name, which ends at a verb
# or a comma: "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh X
# phối hợp với ..."
_BODY_START = re.compile(  # "ban" first, then what must stand before it: re skips to "ban"
    r"ban(?<![\w]ban) (?:quản lý|ql)(?![\w])|ban(?<![\w]ban) qlda(?![\w])")
_BODY_END = re.compile(
    r"[,;:.()]|(?<![\w])(?:phối hợp|chủ trì|với|đã|đang|được|là|có|thực hiện|triển khai"
    r"|tổ chức|báo cáo|cho|của|đối với|tại|theo|khẩn trương|tập trung|hoàn thành)(?![\w])"
)
# parts of a project named in lower case: "dự án thành phần đoạn A - B", "Dự án thành phần
# 1 cao tốc A - B", "hợp phần 2"
_PART_WORD = re.compile(r"(?:thành phần|hợp phần)(?:\s(?:số\s)?(?:\d+|[ivx]+)(?![\w]))?(?![\w])")
# Heads that name works without "dự án"; the name is cut from the head on.
_ROAD = " (?:quốc lộ|đường tỉnh)"
_STANDALONE_HEADS = (
    "tuyến cao tốc", "đường cao tốc", "đoạn cao tốc", "cầu", "hồ chứa nước", "nhà máy",
    "nhiệt điện", "thủy điện", "cải tạo, nâng cấp" + _ROAD, "nâng cấp, cải tạo" + _ROAD,
    "cải tạo" + _ROAD, "nâng cấp" + _ROAD, "mở rộng" + _ROAD, "thuỷ điện", "bệnh viện",
    "cụm công nghiệp", "khu công nghiệp", "kcn", "ccn",
    "khu du lịch sinh thái",
)
# works that may also be a part of a project named around them ("Dự án Hồ chứa nước
# X: … hoàn thành khu tái định cư Y"), see _part_of_named
_PART_HEADS = ("khu tái định cư", "khu đô thị", "tuyến đường", "đường vành đai",
               "đường ven biển", "đường trục", "đường nối")
# an overpass is a part of the road it is named under: "cầu vượt nút giao Quốc lộ 19B" below
# "3. Dự án Đường trục …" (the head "cầu" takes it first)
_PART_BRIDGE = "cầu vượt "
_STANDALONE = re.compile(
    word_start(*_STANDALONE_HEADS) + r"\b|(?P<part>" + word_start(*_PART_HEADS) + r")\b"
)
# tried only where a head's first words stand (see ktxh.extract.litscan)
_STANDALONE_SCAN = LiteralScan(_STANDALONE)
_SCANS = (_PROJECT_WORD_SCAN, _STANDALONE_SCAN, REQUEST_SCAN)  # the readers of find_mentions
# Words before a head that make it part of another name or a common word:
# "nhu cầu", "yêu cầu", "Ban Quản lý ...", "Công ty Thủy điện ...".
_NOT_AFTER = re.compile(
    r"(?:nhu|yêu|cung|toàn|kích|khẩn|cây|bắc|bến|ban quản lý|công ty|ban|sở|giám đốc"
    r"|trưởng|lãnh đạo|các|những|một số|nhiều|cán bộ|trạm|gồm|quận|phường|thôn|xóm|phố)\s+$"
)
# Words near a name that speak of building or running the works.
_WORKS_CONTEXT = re.compile(
    r"xây dựng|thi công|hoàn thành|khởi công|tiến độ|vận hành|đưa vào|nâng cấp|cải tạo"
    r"|mở rộng|giải phóng mặt bằng|bàn giao|giải ngân|triển khai|thông xe|dự án|khánh thành"
    r"|năng lực (?:sản xuất )?mới|đi vào hoạt động"
)
# works named as the point another connects to: "phương án kết nối nút giao giữa Đường tỉnh
# A và | đường cao tốc B - C", "đấu nối vào | Quốc lộ 1": a place, not a project
_CONNECTED_TO = re.compile(
    r"(?:kết nối|đấu nối|nút giao|giao cắt)(?:\s+[^\s;.]+){0,14}?\s+(?:với|giữa|vào)\s[^;.]*$")
# "... tại huyện X", "... trên địa bàn thành phố Y" right after a name.
_PLACE_AFTER = re.compile(r"\s*,?\s*(?:tại|ở|trên địa bàn|thuộc)\s")
_PLACE_IN_TEXT = re.compile(r"\b(?:tại|trên địa bàn)\s")
# Place kinds that locate a project inside the province.
_SUB_AREAS = frozenset(("district", "city", "town", "ward", "commune"))


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


def _in_body_name(folded: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` lies inside the name of a body that manages projects:
    "Ban Quản lý dự án đầu tư xây dựng các |công trình giao thông tỉnh X"."""
    window = folded[max(lo, pos - 120) : pos]
    starts = list(_BODY_START.finditer(window))
    if not starts:
        return False
    rest = window[starts[-1].end() :]
    return len(rest.split()) <= 12 and not _BODY_END.search(rest)


# Verbs after a company's name that end it: "Công ty X |làm chủ đầu tư dự án Y".
_COMPANY_END = re.compile(r"(?<![\w])(?:làm|xin|nhận|trúng|thi công|xây dựng xong)(?![\w])")


def _in_company_name(folded: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a company's name: "Công ty TNHH một thành viên Khai
    thác |công trình thủy lợi X", "Công ty Cổ phần Quản lý và Xây dựng |công trình …"."""
    window = folded[max(lo, pos - 80) : pos]
    at = window.rfind("công ty")
    if at < 0:
        return False
    rest = window[at + 7 :]
    return (len(rest.split()) <= 8 and not _BODY_END.search(rest)
            and not _COMPANY_END.search(rest))


def _after_project_word(doc: Doc, sent: Span) -> Iterator[Mention]:
    text, folded = doc.text, doc.folded
    inside = -1  # end of the last name: "... phục vụ Dự án X" is no name of its own
    for m in _PROJECT_WORD_SCAN.finditer(folded, sent.start, sent.end):
        if m.start() < inside:
            continue
        if _MANAGER_BEFORE.search(folded, max(sent.start, m.start() - 16), m.start()):
            continue  # "Ban Quản lý dự án ...": an agency
        if folded.endswith(" lập ", max(sent.start, m.start() - 5), m.start()):
            continue  # "hướng dẫn huyện lập dự án cải tạo đường X": to be prepared, none yet
        if _in_body_name(folded, sent.start, m.start()) or _in_company_name(
                folded, sent.start, m.start()):
            continue
        plural = bool(_PLURAL_BEFORE.search(folded, max(sent.start, m.start() - 24), m.start()))
        pos = m.end()
        listed = plural or text[pos : pos + 1] == ":"
        intro = _LIST_INTRO.match(text, pos, sent.end) if listed else None
        if intro and ";" not in text[pos : intro.start() + 1]:
            yield from (Mention(c, sent, True) for c in _items(text, intro.end(), sent.end))
            continue
        if _COUNT_BEFORE.search(folded, max(sent.start, m.start() - 8), m.start()):
            continue  # "29 dự án đầu tư mới và 17 lượt dự án …": counted, not named
        form = FORM_BEFORE.match(text, pos + 1)
        start = strip_lead(text, form.end() if form else pos + 1)
        # "dự án thành phần đoạn A - B": a part named in lower case keeps its kind
        part = _PART_WORD.match(folded, start)
        name_at = part.end() + 1 if part else start
        if not is_name_start(text, name_at):
            continue
        cut = cut_name(text, name_at, sent.end) or cut_plain_works(text, folded, name_at,
                                                                   sent.end)
        if cut is None:
            continue
        inside = cut.end
        if part:
            cut = Cut(f"{folded[m.start() : m.end()]} {text[start : part.end()]} {cut.name}",
                      start, cut.end)
        yield Mention(cut, sent, True, FORM_NAMES.get(form.group(1)) if form else None)
        if plural:
            # "các dự án ... Khu trung chuyển hàng hóa và Khu chế xuất 1"
            rest = re.compile(r"\s*(?:,|\bvà\b)\s*").match(text, cut.end)
            if rest and text[rest.end() : rest.end() + 1].isupper():
                prefix = _shared_prefix(text, start, cut)
                for c in _items(text, rest.end(), sent.end, prefix):
                    yield Mention(c, sent, True)


def _standalone(doc: Doc, sent: Span, taken: list[Span]) -> Iterator[Mention]:
    text, folded = doc.text, doc.folded
    named_here = bool(taken)  # "5. Về dự án Hồ chứa nước X: … khu tái định cư Y"
    for m in _STANDALONE_SCAN.finditer(folded, sent.start, sent.end):
        if any(t.start <= m.start() < t.end for t in taken):
            continue
        if _NOT_AFTER.search(folded, max(sent.start, m.start() - 16), m.start()):
            continue
        if " lập dự án " in folded[max(sent.start, m.start() - 40) : m.start() + 1]:
            continue  # "lập dự án nâng cấp tuyến đường X": to be prepared
        part = m.group("part") or folded.startswith(_PART_BRIDGE, m.start())
        if part and (named_here or _under_named(doc, sent)):
            continue
        lo = max(sent.start, m.start() - 160, folded.rfind(";", sent.start, m.start()) + 1)
        if any(w in folded[lo : m.start()] for w in ("nối", "giao")) and _CONNECTED_TO.search(
                folded, lo, m.start()):
            continue
        cut = cut_name(text, m.start(), sent.end, title=m.start() > sent.start)
        if cut is None or cut.end <= m.end() + 1:
            continue
        if not _works_near(folded, sent, cut):
            continue
        taken.append(Span(cut.start, cut.end))
        yield Mention(cut, sent, False)


def _under_named(doc: Doc, sent: Span) -> bool:
    """Whether a numbered heading over the sentence names a project with "dự
    án": "khu tái định cư Y" under "2. Dự án Hồ chứa nước X" is a part of it."""
    b = doc.block_at(sent.start)
    parent = doc.blocks[b].parent if b is not None else None
    while parent is not None:
        head = doc.blocks[parent]
        if head.label is not None and any(True for _ in _after_project_word(doc, head.span)):
            return True  # a numbered heading, not the document's title
        parent = head.parent
    return False


def _works_near(folded: str, sent: Span, cut: Cut) -> bool:
    """The clause around a name speaks of building or running it."""
    lo = max(sent.start, cut.start - 150, folded.rfind(";", sent.start, cut.start) + 1)
    semi = folded.find(";", cut.end, sent.end)
    hi = min(semi if semi >= 0 else sent.end, cut.end + 80)
    return bool(_WORKS_CONTEXT.search(folded, lo, hi))


def _table_mentions(doc: Doc) -> Iterator[Mention]:
    """Names in the "Tên dự án" column of a table, one per numbered row; the
    row is the mention's sentence, so the row's figures go with it."""
    text, folded = doc.text, doc.folded
    col = stt = None
    prev = -2
    for i, b in enumerate(doc.blocks):
        if b.kind != BlockKind.TABLE_ROW or not b.cells:
            col = None
            continue
        if i != prev + 1 or col is None:  # a header row
            heads = [folded[c.start : c.end].strip() for c in b.cells]
            col = next((k for k, h in enumerate(heads) if _NAME_COLUMN.search(h)), None)
            stt = 0 if heads and _NUMBER_COLUMN.fullmatch(heads[0]) else None
            prev = i
            continue
        prev = i
        number = text[b.cells[0].start : b.cells[0].end].strip()
        if col >= len(b.cells) or (stt is not None and not _ROW_NUMBER.fullmatch(number)):
            continue
        cell = b.cells[col]
        start = strip_lead(text, _skip_project_word(text, cell.start, cell.end))
        if not is_name_start(text, start):
            continue
        cut = cell_name(text, start, cell.end)  # the whole cell: "Di dời dân cư, giải phóng …"
        if cut is not None:
            yield Mention(cut, b.span, True)


def find_mentions(doc: Doc) -> list[Mention]:
    """Every naming of a project, in text order."""
    out: list[Mention] = []
    # where a word one of the three readers looks for may stand; most sentences hold none
    opens = sorted({p for scan in _SCANS for p in scan.positions(doc.folded)})
    n = len(opens)
    for sent in _sentences(doc):
        k = bisect_left(opens, sent.start)
        if k == n or opens[k] >= sent.end:
            continue
        named = list(_after_project_word(doc, sent))
        taken = [Span(x.cut.start, x.cut.end) for x in named]
        out.extend(named)
        out.extend(_standalone(doc, sent, taken))
        out.extend(requested_works(doc, sent, taken))
    table = list(_table_mentions(doc))
    starts = {m.cut.start for m in table}
    out = [m for m in out if m.cut.start not in starts] + table
    out.sort(key=lambda x: x.cut.start)
    return [Mention(c, m.sentence, m.named, m.form) for m in out for c in split_listed(m.cut)]


# --- form, figures, place ---------------------------------------------------


def _window(doc: Doc, mentions: list[Mention], i: int) -> Span:
    """From a mention to the next one in its sentence, a ";" or the sentence end."""
    me = mentions[i]
    end = me.sentence.end
    for other in mentions[i + 1 :]:
        if other.sentence == me.sentence and other.cut.start > me.cut.start:
            end = other.cut.start
            break
    semi = doc.text.find(";", me.cut.end, end)
    return Span(me.cut.start, semi if semi >= 0 else end)


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


def _scope_place(doc: Doc, me: Mention) -> str | None:
    """"... tại huyện X" in the first block under a heading that names the project."""
    scope = heading_scope(doc, me)
    if not scope:
        return None
    m = _PLACE_IN_TEXT.search(doc.folded, scope[0].start, scope[0].end)
    if not m:
        return None
    for p in find_places(doc.text, m.end(), min(scope[0].end, m.end() + 40)):
        if p.kind in _SUB_AREAS:
            return p.name
    return None


# --- merging ----------------------------------------------------------------

# what a later, shorter mention leaves out of the name: "giai đoạn 1", "(giai đoạn II)"
_PHASE_TAIL = re.compile(r"\s*\(?(?:giai đoạn|gđ)\s*(?:\d+|[ivx]+)\)?\s*")


def _phase_dropped(short: str, long: str) -> bool:
    """ "Dự án đường bộ cao tốc A - B" after "Dự án đường bộ cao tốc A - B giai
    đoạn 1" in one document: the same project named without its phase (both
    names folded and stripped)."""
    return (long.startswith(short) and len(short.split()) >= 3
            and bool(_PHASE_TAIL.fullmatch(long[len(short) :])))



def _other_phases(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the works named under the heading of another phase
    of them: "Tỷ lệ lấp đầy Khu công nghiệp X giai đoạn 1 đạt 84,5%" under "6.
    Dự án Hạ tầng Khu công nghiệp X (giai đoạn 2)" speaks of that project."""
    drop: set[int] = set()
    for h in mentions:
        scope = heading_scope(doc, h)
        if not scope:
            continue
        body, _, phase = project_key(h.cut.name).partition("#")
        for j, m in enumerate(mentions):
            if m.named or not scope[0].start <= m.cut.start < scope[-1].end:
                continue
            other, _, other_phase = project_key(m.cut.name).partition("#")
            if other == body and other_phase != phase:
                drop.add(j)
    return [m for j, m in enumerate(mentions) if j not in drop]


def find_projects(doc: Doc, found: Mapping[str, Any]) -> tuple[Project, ...]:
    """Named projects of ``doc``, one per project, in order of first naming."""
    mentions = _other_phases(doc, find_mentions(doc))
    figures = FigureIndex(tuple(found.get("figures") or ()))
    groups: list[list[int]] = []
    names = [fold(m.cut.name).strip() for m in mentions]  # folded once, compared in pairs
    for i, m in enumerate(mentions):
        for g in groups:
            if any(same_project(mentions[j].cut.name, m.cut.name)
                   or _phase_dropped(names[i], names[j]) for j in g):
                g.append(i)
                break
        else:
            groups.append([i])
    out = []
    heading_forms: dict[int | None, str | None] = {}
    for g in groups:
        first = next((j for j in g if mentions[j].named), g[0])
        name = mentions[first].cut.name
        if is_total(name):
            continue  # a table's "Tổng cộng" row
        figs: list[Figure] = []
        form = place = None
        quote_i = None
        for j in g:
            fj = figures_about(doc, figures, mentions, j)
            if fj and quote_i is None:
                quote_i = j
            figs.extend(f for f in fj if figure_key(f) not in {figure_key(g) for g in figs})
            form = form or mentions[j].form or form_in(doc, _window(doc, mentions, j))
            for span in heading_scope(doc, mentions[j]):
                form = form or form_in(doc, span)
            form = form or heading_form(doc, mentions[j].cut.start, heading_forms)
            place = place or _place(doc, mentions[j].cut) or _scope_place(doc, mentions[j])
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
