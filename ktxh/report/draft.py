"""Draft of the figures section of the next periodic report, written from the store.

Each sentence is computed from the stored series of one catalog indicator
(:mod:`ktxh.report.indicator_table`): the actual of the period, the % of
plan from actual/plan (or as stated), the change against the same period of
last year from the two stored levels (or as stated). Nothing is copied from
an old report; each sentence carries a footnote naming the documents and
quotes its numbers come from. :class:`Draft` also lists the figures it wrote
(:class:`Written`), so a test can read the draft back through the extractor.

"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 7.090 tỷ
đồng, bằng 23,6% kế hoạch, tăng 10,4% so với cùng kỳ."
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ktxh.report.indicator_table import IndicatorLine, Source, indicator_lines, no_figures_message
from ktxh.report.selection import EmptySelection
from ktxh.report.vnnum import decimals_of, long_date, vn_number
from ktxh.report.vocab import COUNT_PREFIX, PLAN_WORDS, ROMAN, period_label

SAME_PERIOD = "same_period_last_year"
SOURCES_HEAD = "Nguồn số liệu"


@dataclass(frozen=True, slots=True)
class Written:
    """A figure the draft states: what reading it back must give."""

    code: str
    value: float
    unit: str
    kind: str
    base: str | None = None
    value_max: float | None = None


@dataclass(slots=True)
class Sentence:
    code: str
    text: str
    figures: list[Written]
    sources: list[str]  # "Báo cáo số 92/BC-UBND ngày 25/03/2024: “...”"


@dataclass(slots=True)
class Draft:
    period: str
    title: str
    sections: list[tuple[str, list[Sentence]]] = field(default_factory=list)

    @property
    def figures(self) -> list[Written]:
        return [f for _, sents in self.sections for s in sents for f in s.figures]


def _rounded(value: float, most: int = 2) -> float:
    return round(value, decimals_of(value, most))


def _pct(value: float) -> float:
    return round(value, 1)


def _plan_word(code: str) -> str:
    """"dự toán" for budget lines ("bằng 28,3% dự toán"), else "kế hoạch"."""
    return next((w for prefix, w in PLAN_WORDS if code.startswith(prefix)), "kế hoạch")


def _count_clause(line: IndicatorLine, value: float) -> str | None:
    """"Số doanh nghiệp thành lập mới" in "doanh nghiệp" → "Có 112 doanh nghiệp
    thành lập mới" (the count leads, as reports write it)."""
    head = f"{COUNT_PREFIX} {line.unit} "
    if not line.unit or not line.name.lower().startswith(head.lower()):
        return None
    return f"Có {vn_number(value)} {line.unit} {line.name[len(head):]}"


def sentence(line: IndicatorLine) -> tuple[str, list[Written]] | None:
    """One report sentence for one indicator, and the figures it states."""
    verb = "ước đạt" if line.estimate else "đạt"
    parts: list[str] = []
    figs: list[Written] = []
    if line.actual is not None:
        value = _rounded(line.actual)
        kind = line.actual_kind or "level"
        if kind == "progress" and line.plan:
            total = _rounded(line.plan)
            parts.append(f"{line.name} {verb} {vn_number(value)}/{vn_number(total)} {line.unit}")
            figs.append(Written(line.code, value, line.unit, "progress", value_max=total))
        else:
            parts.append(_count_clause(line, value) if kind == "level" and _count_clause(
                line, value) else f"{line.name} {verb} {vn_number(value)}{_unit(line.unit)}")
            figs.append(Written(line.code, value, line.unit, kind))
        pct = line.pct_of_plan
        if pct is not None and kind in ("level", "progress"):
            parts.append(f"bằng {vn_number(_pct(pct), 1)}% {_plan_word(line.code)}")
            figs.append(Written(line.code, _pct(pct), "%", "pct_of_plan", "plan"))
    change = line.change
    if change is not None and _pct(change) != 0 and (line.actual_kind in (None, "level")):
        word = "tăng" if change > 0 else "giảm"
        lead = "" if parts else f"{line.name} {'ước ' if line.estimate else ''}"
        parts.append(f"{lead}{word} {vn_number(abs(_pct(change)), 1)}% so với cùng kỳ")
        figs.append(Written(line.code, _pct(change), "%", "change", SAME_PERIOD))
    if not parts:
        return None
    return ", ".join(parts) + ".", figs


def _unit(unit: str) -> str:
    return unit if unit == "%" else f" {unit}" if unit else ""


def _cite(s: Source) -> str:
    return f"{s.citation}: “{s.quote}”"


def build_draft(session: Session, period: str, as_of: dt.date | None = None) -> Draft:
    """The draft of ``period``'s figures section, by section of the report."""
    lines = indicator_lines(session, period, as_of)
    if not lines:
        raise EmptySelection(no_figures_message(session, period))
    draft = Draft(period, f"Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội "
                          f"{period_label(period)}")
    for line in lines:
        made = sentence(line)
        if made is None:
            continue
        text, figs = made
        sources = [_cite(s) for s in line.sources]
        if not draft.sections or draft.sections[-1][0] != line.section:
            draft.sections.append((line.section, []))
        draft.sections[-1][1].append(Sentence(line.code, text, figs, sources))
    return draft


def draft_markdown(draft: Draft, issuer: tuple[str, str] = ("ỦY BAN NHÂN DÂN", "TỈNH"),
                   place: str = "", day: dt.date | None = None) -> str:
    """The draft as markdown with the report's header, one paragraph per section
    and footnotes (``<sup>N</sup>``) naming the sources."""
    when = long_date(day) if day else f"{long_date(None)} {dt.date.today().year}"
    out = [f"{issuer[0]}  ", f"**{issuer[1]}**", "", "Số:      /BC-UBND", "",
           f"{place}, {when}" if place else when, "", "**BÁO CÁO**", "",
           f"**{draft.title} (dự thảo phần số liệu)**", ""]
    notes: list[str] = []
    for k, (title, sents) in enumerate(draft.sections):
        out += [f"**{ROMAN[k]}. {title.upper()}**", ""]
        for s in sents:
            notes.append("; ".join(s.sources))
            out += [f"{s.text}<sup>{len(notes)}</sup>", ""]
    out += [f"**{SOURCES_HEAD}**", ""]
    out += [f"<sup>{i}</sup> {note}" for i, note in enumerate(notes, start=1)]
    return "\n".join(out).replace("\n\n<sup>", "\n\n<sup>") + "\n"
