"""Document metadata from the header, title and signature block.

The header (thể thức, Nghị định 30/2020/NĐ-CP) holds the issuing body
("ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN"), the number ("Số: 394/TB-VPCP"), the
place and date ("Hà Nội, ngày 13 tháng 11 năm 2019"), the type word
("THÔNG BÁO") and the trích yếu; a công văn has "V/v ..." and "Kính gửi:".
The end holds "Nơi nhận:" and the signature block ("TM. ỦY BAN NHÂN DÂN /
CHỦ TỊCH / name"). Work is line by line over the body text, so it does not
depend on how a reader cut blocks; stamp lines ("ĐẾN", "Giờ:", "Ngày: ...")
are skipped and never give the date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise
from typing import Any

from ktxh.extract.dates import find_dates
from ktxh.extract.doclines import Line, lines_of
from ktxh.extract.doctypes import TYPE_PREFIX_RE, issuer_of_symbol, type_line, type_of_symbol
from ktxh.extract.metadata_lexicon import (
    AUTHORITY_RE,
    BODY_START_RE,
    DATE_LINE_RE,
    GENERIC_UNITS,
    HEADER_SKIP_RE,
    INLINE_ITEMS_RE,
    KINH_GUI_RE,
    LIST_ITEM_RE,
    MOTTO_RE,
    MOTTO_SPAN_RE,
    NOI_NHAN_RE,
    NUMBER_LINE_RE,
    NUMBER_START_RE,
    PARTY_BRANCH_RE,
    PARTY_COMMITTEE_RE,
    PLACE_DATE_RE,
    STAMP_RE,
    TITLE_STOP_RE,
    UNIT_CONTINUATION_RE,
    VV_RE,
    expand_header_abbreviations,
    strip_caps_tail,
    title_case_place,
)
from ktxh.extract.periods import find_periods
from ktxh.extract.records import DocumentMeta
from ktxh.extract.signature import (
    before_appendix,
    find_signature,
    is_signature_line,
    position_in_text,
)
from ktxh.text.model import Doc, Span

HEAD_LINES = 40  # the header and title are within the first lines
TAIL_LINES = 60  # "Nơi nhận" is within the last lines


def empty() -> DocumentMeta:
    return DocumentMeta()


def _split_header_line(ln: Line) -> list[Line]:
    """PDF text runs the header columns together: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI
    CHỦ NGHĨA VIỆT NAM TỈNH LẠNG SƠN Độc lập - Tự do - Hạnh phúc Số: 12/BC-UBND
    Lạng Sơn, ngày ..." → "ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "Số: 12/BC-UBND Lạng Sơn,
    ngày ..."."""
    mottos = list(MOTTO_SPAN_RE.finditer(ln.folded)) if (
        "cộng" in ln.folded or "độc lập" in ln.folded) else []  # each motto holds one
    cuts = [0]
    for m in mottos:
        cuts += [m.start(), m.end()]
    for m in NUMBER_START_RE.finditer(ln.text):
        if mottos or ln.text[: m.start()].isupper():
            cuts += [m.start(), m.start()]
    cuts = sorted([*cuts, len(ln.text)])
    if len(cuts) == 2:
        return [ln]
    dropped = {(m.start(), m.end()) for m in mottos}
    out = []
    for a, b in pairwise(cuts):
        part = ln.part(a, b) if (a, b) not in dropped else None
        if part is not None:
            out.append(part)
    return out


def _number(lines: list[Line]) -> tuple[str | None, str | None, Span | None]:
    """ "Số: 394/TB-VPCP" → number and symbol; "Số: /BC-UBND" → (None, "BC-UBND")."""
    for ln in lines:
        m = NUMBER_LINE_RE.match(ln.text)
        if not m:
            continue
        symbol = re.sub(r"\s+", "", m["symbol"])
        start = m.start("digits") if m["digits"] else m.start("symbol")
        number = re.sub(r"\s+", "", ln.text[start : m.end()]) if m["digits"] else None
        return number, symbol, Span(ln.start + start, ln.start + m.end())
    return None, None, None


_PLACE_HYPHENS = frozenset("-–")


def _place_before(text: str, end: int) -> tuple[int, int] | None:
    """Capitalised words right before ``end``: "Số: 12/BC-UBND Lạng Sơn" → "Lạng Sơn"."""
    words = list(re.finditer(r"\S+", text[:end]))
    start = None
    for w in reversed(words[-7:]):
        if w[0] in _PLACE_HYPHENS and start is not None:
            continue  # "Bà Rịa - Vũng Tàu": kept only if a capitalised word comes before
        if not (w[0][0].isupper() and w[0][0].isalpha()) or "/" in w[0] or w[0].endswith(":"):
            break
        start = w.start()
    return (start, end) if start is not None else None


def _place_date(lines: list[Line]) -> tuple[str | None, str | None, Span | None, Span | None]:
    """ "Hà Nội, ngày 13 tháng 11 năm 2019", also after the number on one line."""
    after_stamp = False
    for ln in lines:
        if STAMP_RE.match(ln.folded):
            after_stamp = True
            continue
        for m in PLACE_DATE_RE.finditer(ln.folded) if "ngày" in ln.folded else ():
            at = m.start("date")
            dates = [d for d in find_dates(ln.folded, at) if d.span.start == at]
            place = _place_before(ln.text, m.start())
            if place and place[0] > 0 and len(ln.text) > 90 and not NUMBER_LINE_RE.match(ln.text):
                place = None  # "... tại Lạng Sơn, ngày 12/3 ..." in a body sentence
            if dates and place:
                d = dates[0]
                return (
                    ln.text[place[0] : place[1]],
                    d.iso,
                    Span(ln.start + place[0], ln.start + place[1]),
                    Span(ln.start + d.span.start, ln.start + d.span.end),
                )
        if after_stamp or ":" in ln.text[:8] or len(ln.text) > 50:
            continue  # receipt stamp "Ngày: 14/11/2019", body sentence "Ngày 20/7, ..."
        dates = find_dates(ln.folded)
        if dates and dates[0].span.start == 0 and ln.folded.startswith("ngày"):
            d = dates[0]
            return None, d.iso, None, Span(ln.start, ln.start + d.span.end)
    return None, None, None, None


def _type_and_title(lines: list[Line]) -> tuple[str | None, str | None, Span | None, int]:
    """Type code from the type word line and the trích yếu after it."""
    for i, ln in enumerate(lines):
        code = type_line(ln.text)
        if code is None:
            continue
        title, span = _title_after(lines, i + 1)
        return code, title, span, i
    for i, ln in enumerate(lines):  # "BÁO CÁO Tình hình ..." on one line
        m = TYPE_PREFIX_RE.match(ln.folded)
        rest = ln.text[m.end() :] if m else ""
        # the trích yếu of a party notice opens with its body: "THÔNG BÁO KẾT LUẬN | của Ban
        # Thường vụ Tỉnh ủy về …"
        opens = rest[:1].isupper() or (rest.startswith("của ") and rest[4:5].isupper())
        if m and ln.text[: m.end()].isupper() and opens and not rest.isupper():
            code = type_line(m[0])
            sub = ln.tail(m.end())
            title, span = _title_after([*lines[:i], sub, *lines[i + 1 :]], i)
            return code, title, span, i
    for i, ln in enumerate(lines):  # công văn: "V/v ..."
        if VV_RE.match(ln.text):
            title, span = _title_after(lines, i, vv=True)
            return None, title, span, i
    return None, None, None, -1


def _skipped(ln: Line) -> bool:
    return bool(STAMP_RE.match(ln.folded) or HEADER_SKIP_RE.match(ln.folded))


# A short last title line that only names the period: "9 tháng đầu năm 2024" (folded).
_PERIOD_LINE_RE = re.compile(
    r"^(?:\d{1,2} tháng (?:đầu |cuối )?năm|năm|quý [ivx]+ năm|giai đoạn) \d{4}"
    r"(?:\s*-\s*\d{4})?$"
)


def _period_line(ln: Line) -> bool:
    """A PDF title line cut off as its own paragraph because the line above was short."""
    return len(ln.folded) <= 40 and _PERIOD_LINE_RE.match(ln.folded) is not None


def _title_after(lines: list[Line], i: int, vv: bool = False) -> tuple[str | None, Span | None]:
    while i < len(lines) and _skipped(lines[i]):
        i += 1
    parts: list[Line] = []
    caps = None
    for ln in lines[i : i + (5 if vv else 4)]:
        if _skipped(ln):
            break
        if parts and not vv and _period_line(ln) and not parts[-1].text.endswith((".", ":")):
            parts.append(ln)
            break
        if parts and (
            TITLE_STOP_RE.match(ln.folded) or BODY_START_RE.match(ln.folded) or len(ln.text) > 250
        ):
            break
        if not parts and ((TITLE_STOP_RE.match(ln.folded) and not vv) or len(ln.text) > 300):
            return None, None
        is_caps = ln.text.isupper()
        if parts and (is_caps != caps or parts[-1].text.endswith((".", ":", ";"))):
            break
        if parts and ln.block != parts[-1].block and not (ln.bold and parts[-1].bold) and not (
                vv and ln.text[:1].islower()):
            break  # a new plain paragraph opens the body; not "V/v … / phòng, chống …"
        if parts and vv and (KINH_GUI_RE.match(ln.folded) or NUMBER_LINE_RE.search(ln.text)):
            break
        if parts and vv and DATE_LINE_RE.match(ln.text):
            if ln.block == parts[-1].block:
                continue  # "V/v …        Bến Tre, ngày …": the right column of its row
            break
        caps = is_caps
        parts.append(ln)
        if vv and ln.text.endswith("."):
            break
    if not parts:
        return None, None
    title = " ".join(" ".join(p.text.split()) for p in parts)
    return title, Span(parts[0].start, parts[-1].end)


def _issuer(lines: list[Line], stop: int) -> tuple[str | None, Span | None]:
    """Top-left header: "ỦY BAN NHÂN DÂN" + "TỈNH LẠNG SƠN" → one body."""
    units: list[list[Line]] = []
    for ln in lines[:stop]:
        if HEADER_SKIP_RE.match(ln.folded) or STAMP_RE.match(ln.folded):
            continue
        if NUMBER_LINE_RE.search(ln.text) or DATE_LINE_RE.match(ln.text):
            break
        cut = MOTTO_RE.search(ln.folded)
        if cut is not None and cut.start() > 0:
            ln = ln.cut(cut.start())
        if not ln.text.isupper() or len(ln.text) > 80 or type_line(ln.text):
            continue
        if units and UNIT_CONTINUATION_RE.match(ln.folded):
            units[-1].append(ln)
        else:
            units.append([ln])
    if not units:
        return None, None
    unit = units[-1]
    words = expand_header_abbreviations(" ".join(" ".join(ln.folded for ln in unit).split()))
    name = title_case_place(words)
    if len(units) > 1 and words in GENERIC_UNITS:
        # "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" / "VĂN PHÒNG" → "Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn"
        name += " " + title_case_place(
            expand_header_abbreviations(" ".join(ln.folded for ln in units[-2])))
    if len(units) > 1 and PARTY_COMMITTEE_RE.fullmatch(words):
        # "ĐẢNG BỘ TỈNH CAO BẰNG" / "TỈNH ỦY" → "Tỉnh ủy Cao Bằng"
        above = PARTY_BRANCH_RE.match(" ".join(ln.folded for ln in units[-2]))
        if above:
            name += " " + " ".join(w[:1].upper() + w[1:] for w in above["place"].split())
    return name, Span(unit[0].start, unit[-1].end)


def _list_after(lines: list[Line], i: int, first: str) -> tuple[list[str], Span | None]:
    items: list[str] = []
    spans: list[Line] = []
    first = strip_caps_tail(first) if AUTHORITY_RE.search(first) is None else ""
    inline = [x.strip(" ;.,") for x in INLINE_ITEMS_RE.split(first)]
    if any(inline):  # "Nơi nhận: - Văn phòng Chính phủ; - Lưu: VT." in one table cell
        items.extend(x for x in inline if x)
        spans.append(lines[i])
    for ln in lines[i + 1 : i + 60]:
        m = LIST_ITEM_RE.match(ln.text)
        if not m:
            if is_signature_line(ln):
                continue  # signature cells beside the list in a table
            break
        item = strip_caps_tail(" ".join(m["item"].split())).rstrip(" ;.,")
        items.append(item)
        spans.append(ln)
    return items, (Span(spans[0].start, spans[-1].end) if spans else None)


def _recipients(lines: list[Line], head: int) -> tuple[tuple[str, ...], Span | None]:
    for i, ln in enumerate(lines[:head]):
        m = KINH_GUI_RE.match(ln.folded)
        if m:
            items, span = _list_after(lines, i, ln.text[m.end() :])
            return tuple(items), span
    return (), None


def _distribution(lines: list[Line]) -> tuple[tuple[str, ...], Span | None, int]:
    for i in range(len(lines) - 1, max(-1, len(lines) - TAIL_LINES), -1):
        m = NOI_NHAN_RE.match(lines[i].folded)
        if m:
            items, span = _list_after(lines, i, lines[i].text[m.end() :])
            return tuple(items), span, i
    return (), None, -1


# a directive's kinds, and the title of one that carries a report: "V/v báo cáo …"
_DIRECTIVE_TYPES = frozenset({"cong_van", "chi_thi"})
_REPORTS_RE = re.compile(r"\s*(?:v\s*/\s*v\s+)?báo cáo\s", re.IGNORECASE)
# between a quarter and the months so far in a title: "quý III và 9 tháng", "quý III, 9 tháng"
_QUARTER_AND_MONTHS = re.compile(r"\s*(?:,|và)\s")


def _period(doc: Doc, title_span: Span | None, date: str | None) -> tuple[str | None, Span | None]:
    if title_span is None:
        return None, None
    year = int(date[:4]) if date else None
    found = [p for p in find_periods(doc.folded, title_span.start, title_span.end, year=year)
             if p.code[:1].isdigit()]
    if len(found) > 1 and "-Q" in found[0].code and "-M" in found[1].code and (
            found[1].code[:4] == found[0].code[:4]
            and _QUARTER_AND_MONTHS.match(doc.folded, found[0].span.end)):
        # "quý III và 9 tháng năm Y", "quý III, 9 tháng năm Y": the months so far
        return found[1].code, found[1].span
    for p in found:
        return _horizon_span(doc.folded, p.code, p.span, year), p.span
    return None, None


# a year that runs on into a range: "mùa khô năm 2025 - 2026", "năm 2025-2026"
_RANGE_AFTER = re.compile(r"\s*[-–/]\s*\d")


def _one_year(folded: str, period: str | None, span: Span | None) -> bool:
    """Whether a title's period is one whole year ("năm 2026"), not a range ("năm 2025 -
    2026") or a season ("mùa khô năm 2025")."""
    return bool(period and span and len(period) == 4 and period.isdigit()
                and _RANGE_AFTER.match(folded, span.end) is None
                and folded.rfind("năm", max(0, span.start - 5), span.start + 4) >= 0
                and folded.rfind("mùa", max(0, span.start - 16), span.start) < 0)


# "... đô thị Việt Nam đến năm 2030, tầm nhìn đến năm 2045": a plan's horizon
_HORIZON_BEFORE = re.compile(r"(?:đến|tới)\s(?:hết\s)?(?:năm\s)?$")


def _horizon_span(folded: str, code: str, span: Span, year: int | None) -> str:
    """A plan "đến năm Y" dated some years before Y runs from its date to Y: the
    span "2022/2030", not the horizon year alone (a yearly plan for next year stays)."""
    if year is None or not code.isdigit() or int(code) - year < 2:
        return code
    if _HORIZON_BEFORE.search(folded, max(0, span.start - 14), span.start) is None and not (
            _HORIZON_BEFORE.search(folded[span.start : span.end - 4])):
        return code
    return f"{year}/{code}"


def extract_metadata(doc: Doc, found: Mapping[str, Any]) -> DocumentMeta:
    """Read the header block, title and signature block of ``doc``."""
    lines = lines_of(doc)
    head = [part for ln in lines[:HEAD_LINES] for part in _split_header_line(ln)]
    spans: dict[str, Span] = {}
    number, symbol, num_span = _number(head)
    place, date, place_span, date_span = _place_date(head)
    kind, title, title_span, type_at = _type_and_title(head)
    issuer, issuer_span = _issuer(head, type_at if type_at >= 0 else len(head))
    type_span = Span(head[type_at].start, head[type_at].end) if kind and type_at >= 0 else None
    recipients, rec_span = _recipients(lines, HEAD_LINES)
    tail = before_appendix(lines)
    distribution, dist_span, dist_at = _distribution(tail)
    signer, signer_span, position, authority = find_signature(tail, dist_at)
    if signer is None and len(tail) < len(lines):
        distribution, dist_span, dist_at = _distribution(lines)
        signer, signer_span, position, authority = find_signature(lines, dist_at)
    period, period_span = _period(doc, title_span, date)
    if kind is None:
        kind = type_of_symbol(symbol) or ("cong_van" if title and VV_RE.match(title) else None)
    if kind in _DIRECTIVE_TYPES and not (title and _REPORTS_RE.match(title)) and not (
            kind == "chi_thi" and _one_year(doc.folded, period, period_span)):
        # "V/v đôn đốc … giải ngân vốn đầu tư công năm 2025", a chỉ thị "Về tăng cường … mùa
        # khô năm 2025": a directive covers no period; "V/v báo cáo kết quả … quý
        # III/2022" carries a report, which does; so does a chỉ thị of one year ("Về tăng
        # cường phòng, chống dịch bệnh … năm 2026")
        period, period_span = None, None
    if issuer is None:
        issuer = issuer_of_symbol(symbol)
    if issuer is None and authority and authority.startswith("TM. "):
        issuer = authority[4:]  # "TM. Ủy ban nhân dân": signed on behalf of the body
    if signer and position is None:
        position = position_in_text(doc, signer)
    for name, span in (
        ("number", num_span), ("symbol", num_span), ("place", place_span), ("date", date_span),
        ("type", type_span), ("title", title_span), ("signer", signer_span),
        ("period", period_span), ("issuer", issuer_span), ("recipients", rec_span),
        ("distribution", dist_span),
    ):  # fmt: skip
        if span is not None:
            spans[name] = span
    return DocumentMeta(
        number=number,
        symbol=symbol,
        type=kind or "other",
        place=place,
        date=date,
        title=title,
        signer=signer,
        period=period,
        issuer=issuer,
        authority=authority,
        signer_position=position,
        recipients=recipients,
        distribution=distribution,
        spans=spans,
    )
