"""Lines that name the lead of the list below them.

- a heading or line naming a body alone: "2. Sở Tài chính:", "**1. Sở Khoa
  học và Công nghệ**", "2. Giao Sở Tài chính:", "**10. Các sở, ban, ngành;
  UBND các xã, phường**";
- with words that only introduce the list: "**1. Các chủ đầu tư** có trách
  nhiệm:", "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện các nội
  dung sau:", "Đề nghị Ban Thường vụ Đảng ủy xã tập trung lãnh đạo, chỉ đạo
  thực hiện tốt một số nhiệm vụ sau:";
- the issuer asking: "Sở Tài chính đề nghị các cơ quan, đơn vị:" (the
  addressee leads the items); "Chủ tịch UBND tỉnh yêu cầu:" names no lead, and
  is no task itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ktxh.extract import clauses as cl
from ktxh.extract import shared_heads
from ktxh.extract import task_patterns as tp
from ktxh.text.model import Span


@dataclass(frozen=True, slots=True)
class Owner:
    """A body a line names, as the lead of the tasks below it; ``body`` None for
    an intro that names none ("Chủ tịch UBND tỉnh yêu cầu:")."""

    body: cl.Body | None
    kind: str  # "assignment", or "request" after "Đề nghị"
    heading: bool  # a heading owns the paragraphs below it, a plain line its list items
    support: tuple[cl.Body, ...] = ()
    listed: bool = False  # "... các nhiệm vụ sau:": each item below is a task
    level: int | None = None  # the heading's level


def skip(rx: re.Pattern[str], folded: str, pos: int, end: int) -> int:
    """Past a match of ``rx`` at ``pos``; a "verb" group must be followed by an action."""
    m = rx.match(folded, pos, end)
    if m is None:
        return pos
    if "verb" in rx.groupindex and m.group("verb") and not (
        cl.is_action_at(folded, m.end()) or folded.startswith("phối hợp", m.end())
    ):
        return pos
    return m.end()


def one_group(text: str, first: cl.Body, last: cl.Body) -> cl.Body:
    """The groups from ``first`` to ``last`` as one: "các sở, ngành và UBND các huyện"."""
    name = text[first.start : last.end]
    return cl.Body(first.start, last.end, name[:1].lower() + name[1:] if
                   name.startswith("Các") else name, True)


def _bodies(text: str, folded: str, p: int, end: int) -> tuple[list[cl.Body], int]:
    """Bodies listed at ``p``, lists joined by ";" too; and where they end."""
    out: list[cl.Body] = []
    while True:
        more = cl.read_bodies(text, folded, p, end)
        if not more:
            return out, p
        out += more
        p = cl._skip_spaces(folded, more[-1].end, end)
        if not folded.startswith(";", p):
            return out, p
        p += 1


# What a line naming a lead opens with, as :func:`owner_line` reads it: a label, lead-in
# words, "giao"/"đề nghị", then the first words of a body (as body_reader._may_open finds
# them). Where this fails, so does every reading below (most lines): a cheap test first.
_MAY_NAME = re.compile(
    rf"(?:{tp.LABEL.pattern})?(?:{tp.LEAD_IN.pattern})?"
    rf"(?:{tp.REQUEST.pattern}|{tp.ASSIGN.pattern})?[ \t\n\u00a0]*"
    rf"(?:tỉnh|{cl.BODY_PHRASES.pattern})"
)


def owner_line(text: str, folded: str, span: Span, heading: bool,
               level: int | None = None) -> Owner | None:
    """The lead a line names for the items below it, or None."""
    end = span.end
    if end - span.start > 300:
        return None  # a paragraph, not a line that heads a list
    if _MAY_NAME.match(folded, span.start) is None:
        return None  # no body where one would be read
    colon = text[span.start : end].rstrip(" *").endswith(":")
    p = skip(tp.LABEL, folded, span.start, end)
    p = skip(tp.LEAD_IN, folded, p, end)
    m = tp.REQUEST.match(folded, p, end) or tp.ASSIGN.match(folded, p, end)
    kind = "request" if m and m.re is tp.REQUEST else "assignment"
    p = m.end() if m else p
    bodies, p = _bodies(text, folded, p, end)
    if not bodies or text[bodies[0].start : bodies[0].end].isupper():
        return None  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" heads a decision, not its tasks
    asks = None if m else tp.ISSUER_ASKS.match(folded, p, end)
    if asks and asks.end() > p and colon:  # "Sở Tài chính đề nghị các cơ quan, đơn vị:"
        kind = "request" if asks.group("req") else "assignment"
        bodies, p = _bodies(text, folded, asks.end(), end)
        if not bodies:  # "Chủ tịch UBND tỉnh yêu cầu:"
            rest = folded[asks.end() : end].strip(" *:.")
            return Owner(None, kind, heading) if not rest else None
    # "5. UBND các huyện A, B và thành phố C": one body per name
    bodies = shared_heads.expand(text, folded, bodies, end)
    p = max(p, cl._skip_spaces(folded, bodies[-1].end, end))
    lead, support = bodies[0], list(bodies[1:])
    if lead.is_group and all(b.is_group for b in support):
        lead, support = one_group(text, lead, bodies[-1]), []
    # "1. Sở Nông nghiệp và Môi trường (cơ quan thường trực)", "… tỉnh (Ban ODA):": a role or
    # a short name in brackets after the lead
    p = skip(tp.ROLE_BRACKET, folded, cl._skip_spaces(folded, p, end), end)
    q = skip(tp.CHU_TRI, folded, p, end)
    ph = tp.PHOI_HOP.match(folded, q, end)
    if ph:  # "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện ... sau:"
        more = cl.read_bodies(text, folded, ph.end(), end)
        support += more
        q = more[-1].end if more else q
    rest = folded[q:end].strip(" *:.\t")
    if tp.TOLD.search(rest) or tp.TOLD.search(folded, span.start, p):
        return None  # "Sở Y tế đã thực hiện các nội dung sau:": what was done
    duty = bool(tp.INTRO_DUTY.fullmatch(rest))
    # "c) UBND các xã, phường có tỷ lệ giải ngân dưới 30%:": the bodies picked lead the items
    picked = colon and lead.is_group and not support and bool(tp.QUALIFIER.fullmatch(rest))
    if rest and not ((heading or colon) and (duty or picked or tp.INTRO_LIST.fullmatch(rest))):
        return None
    # each item below is a task where the line assigns: "Đề nghị X ...", "X có trách nhiệm:"
    listed = bool(m or asks or duty)
    return Owner(lead, kind, heading, tuple(support), listed, level)


# a bullet of the list under a lead-in: "- Tham mưu …", "+ Theo dõi …"
_BULLET = re.compile(r"\s*[-+•–]\s")


def support_line(text: str, folded: str, span: Span, owner: Owner | None) -> Owner | None:
    """A line under a heading that names only the support of the bullets below it, the
    heading's body leading: "a) Chủ trì, phối hợp với các sở, ngành, UBND các xã, phường:"
    below "1. Sở Tài chính"; else None."""
    if owner is None or owner.body is None or span.end - span.start > 300:
        return None
    if not text[span.start : span.end].rstrip(" *").endswith(":"):
        return None
    p = skip(tp.LABEL, folded, span.start, span.end)
    ph = tp.PHOI_HOP.match(folded, skip(tp.CHU_TRI, folded, p, span.end), span.end)
    if ph is None:
        return None
    more = cl.read_bodies(text, folded, ph.end(), span.end)
    if not more:
        return None
    rest = folded[more[-1].end : span.end].strip(" *:.\t")
    if rest and not tp.INTRO_LIST.fullmatch(rest):
        return None  # "a) Phối hợp với Sở Y tế tổ chức …:" is a task with its own list
    return Owner(owner.body, owner.kind, owner.heading, (*owner.support, *more), owner.listed,
                 owner.level)


def under_support(folded: str, span: Span) -> bool:
    """Whether a block goes on under a :func:`support_line`: its bullets only."""
    return _BULLET.match(folded, span.start, span.end) is not None
