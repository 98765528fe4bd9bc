"""Lists of targets announced by a lead-in line rather than a heading.

A Quyết định giao chỉ tiêu has no heading over its targets, only the lead-in
of its article: "Điều 1. Giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội
năm 2025 ..., gồm:" and the numbered items after it. The same holds for "Các
chỉ tiêu chủ yếu:", "Mục tiêu cụ thể đến năm 2030:" or a short title line
"3. Các chỉ tiêu chủ yếu năm 2025" that the reader did not take for a heading.
A lead-in sets the state of the blocks after it until a heading (other than
a category line such as "a) Về kinh tế:"), the next "Điều N.", another
lead-in, or a paragraph of running text:

- "targets": the lead-in names a target list ("giao chỉ tiêu", "các chỉ tiêu
  chủ yếu", "mục tiêu cụ thể", "chỉ tiêu kế hoạch") for a year not before the
  document's own (the planning year), and no review word ("kết quả",
  "đánh giá", "tình hình", "ước") stands before its colon;
- "review": a lead-in of results ("1. Đánh giá kết quả năm 2024",
  "Kết quả thực hiện các chỉ tiêu năm 2024:"); it ends a target list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ktxh.extract.numbers import find_quantities
from ktxh.extract.timeframes import PeriodHit, find_period_hits, year_of
from ktxh.extract.wordre import word_start
from ktxh.text.model import Block, BlockKind, Doc

# --- language data -----------------------------------------------------------

# what a lead-in of targets says: "Giao chỉ tiêu kế hoạch ...", "các chỉ tiêu chủ yếu"
LIST_CUE_RE = re.compile(
    word_start("giao chỉ tiêu", "giao các chỉ tiêu", "chỉ tiêu chủ yếu", "chỉ tiêu kế hoạch",
               "chỉ tiêu cụ thể", "mục tiêu cụ thể", "mục tiêu chủ yếu", "các chỉ tiêu",
               "chỉ tiêu phấn đấu", "mục tiêu, chỉ tiêu", "mục tiêu và chỉ tiêu")
    + r"(?![\w])"
)
# what a lead-in of results says: "Đánh giá kết quả năm 2024", "ước thực hiện", "đã giao"
REVIEW_CUE_RE = re.compile(
    word_start("đánh giá", "kết quả", "tình hình", "thành tựu", "hạn chế", "đã đạt", "đạt được",
               "ước", "đã giao", "thực hiện các chỉ tiêu", "thực hiện chỉ tiêu",
               "thực hiện kế hoạch")
    + r"(?![\w])"
)
# headings over targets ("PHẦN II. KẾ HOẠCH ... NĂM 2025" in a report of 2024), over
# plans of work ("III. NHIỆM VỤ TRỌNG TÂM QUÝ II/2017") and over results
# not a programme's name: "Vốn các chương trình mục tiêu quốc gia"
TARGET_HEADING_RE = re.compile(word_start("chỉ tiêu", "mục tiêu") + r"(?![\w])(?!\s+quốc gia)")
PLAN_HEADING_RE = re.compile(word_start("nhiệm vụ", "phương hướng") + r"(?![\w])")
# sections of work ahead, with or without a year: "Nhiệm vụ, giải pháp chủ yếu",
# "III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", "Điều 4. Tổ chức thực hiện"
TASK_SECTION_RE = re.compile(
    word_start("nhiệm vụ, giải pháp", "nhiệm vụ và giải pháp", "nhiệm vụ trọng tâm",
               "nhiệm vụ chủ yếu", "giải pháp chủ yếu", "giải pháp trọng tâm",
               "phương hướng, nhiệm vụ", "phương hướng nhiệm vụ", "tổ chức thực hiện")
    + r"(?![\w])"
)
NEXT_PLAN_HEADING_RE = re.compile(word_start("kế hoạch") + r"(?![\w])")
REVIEW_HEADING_RE = re.compile(
    word_start("đánh giá", "kết quả", "tình hình", "thành tựu", "hạn chế", "thực hiện năm",
               "đã đạt", "thực trạng", "hiện trạng") + r"(?![\w])"
)
PAST_WORD_RE = re.compile(word_start("đã") + r"(?![\w])")
# "Điều 2.": a new article ends the list of the one before
ARTICLE_RE = re.compile(r"\s*(?:\*\*)?điều\s+\d+\s*[.:]")
# what opens an item of a list: "1.", "(2)", "a)", "-", "+", "•"
ITEM_RE = re.compile(r"\s*(?:[-–+•*]|\(?\d+(?:\.\d+)*[.)]|\(?[a-zđ][.)]|\([ivx]+\))")
TITLE_MAX = 120  # a lead-in with no colon is a short title line
HEAD_MAX = 400  # a lead-in's colon comes within its first words

LeadState = str | None  # "targets", "review" or None (the headings decide)


@lru_cache(maxsize=1024)
def _heading_years(folded_heading: str) -> tuple[int, ...]:
    """Years of the period phrases of a heading (the same heading is asked per block)."""
    return tuple(y for h in find_period_hits(folded_heading) if not h.base
                 if (y := year_of(h.code)) is not None)


def _enclosing(doc: Doc, block: int) -> list[Block]:
    """The headings over ``block``, outermost first; for a block the reader
    left outside every heading ("## CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025" over items
    "1.", "2." it did not nest), the nearest heading before it and its own."""
    chain = doc.headings(block)
    if chain or doc.blocks[block].kind is BlockKind.HEADING:
        return chain
    for k in range(block - 1, -1, -1):
        if doc.blocks[k].kind is BlockKind.HEADING:
            return [*doc.headings(k), doc.blocks[k]]
    return []


def heading_section(doc: Doc, block: int, period: str | None) -> str | None:
    """What the nearest telling heading above ``block`` makes of its numbers:
    "targets" under "chỉ tiêu"/"mục tiêu" or "kế hoạch ... năm 2025" (a year
    after the document's: the next year's plan in a report), "tasks" under
    "nhiệm vụ ... quý II/2017", "review" under "đánh giá kết quả năm 2024",
    else None."""
    planning = year_of(period)
    for h in reversed(_enclosing(doc, block)):
        f = doc.folded[h.span.start : h.span.end]
        if (review := REVIEW_HEADING_RE.search(f)) and not (
                review.group().endswith("trạng") and TARGET_HEADING_RE.search(f)):
            return "review"  # not "THỰC TRẠNG VÀ MỤC TIÊU": there the tense decides
        if TARGET_HEADING_RE.search(f):
            return "targets"
        if TASK_SECTION_RE.search(f) and not PAST_WORD_RE.search(f):
            return "tasks"  # not "Các nhiệm vụ, giải pháp đã triển khai"
        if "thực hiện" in f:
            continue
        years = _heading_years(f)
        if PLAN_HEADING_RE.search(f) and years:
            return "tasks"
        if (NEXT_PLAN_HEADING_RE.search(f) and years and planning
                and max(years) > planning):
            return "targets"
    return None


def _lead_in(doc: Doc, block: int, period: str | None) -> LeadState | bool:
    """What the block says as a lead-in: "targets", "review", None (it is one
    but names neither, or its year is past), or False (not a lead-in)."""
    b = doc.blocks[block]
    hs, he = b.span.start, b.span.end
    colon = doc.folded.find(":", hs, min(he, hs + HEAD_MAX))
    if colon < 0 and he - hs > TITLE_MAX:
        return False
    head = doc.folded[hs:colon] if colon >= 0 else doc.folded[hs:he].rstrip(" .*")
    review = REVIEW_CUE_RE.search(head)
    cue = LIST_CUE_RE.search(head)
    tasks = (not review and not cue and TASK_SECTION_RE.search(head)
             and not PAST_WORD_RE.search(head))
    if not review and not cue and not tasks:
        return False
    # the part before the colon states nothing: "Có 15/20 chỉ tiêu đạt ...:" is no lead-in
    if find_quantities(doc.text, doc.folded, hs, hs + len(head)):
        return False
    if tasks:
        return "tasks"  # "Điều 3. Nhiệm vụ, giải pháp chủ yếu"
    if review and (not cue or review.start() < cue.start()):
        return "review"
    if not cue:
        return False
    hits = [h for h in find_period_hits(doc.folded, hs, hs + len(head)) if not h.base]
    year = year_of(hits[-1].code) if hits else None
    planning = year_of(period)
    if year and planning and year < planning:
        return None  # "các chỉ tiêu chủ yếu năm 2023" in a 2024 document: a review
    if heading_section(doc, block, period) == "review" and not (year and planning
                                                                and year > planning):
        return None  # "đã giao chỉ tiêu ..., gồm:" told among the results of the year
    return "targets"


def _continues(doc: Doc, block: int) -> bool:
    """Whether ``block`` goes on with the list above it: an item ("1.", "-",
    "a)"), or a category line ("a) Về kinh tế:") the reader made a heading."""
    b = doc.blocks[block]
    folded = doc.folded
    if ARTICLE_RE.match(folded, b.span.start):
        return False
    if b.kind is BlockKind.HEADING:
        return (b.span.end - b.span.start <= TITLE_MAX
                and folded[b.span.start : b.span.end].rstrip(" *").endswith(":"))
    if b.kind is BlockKind.LIST_ITEM:
        return True
    return b.kind is BlockKind.PARAGRAPH and bool(ITEM_RE.match(folded, b.span.start))


def section_of(doc: Doc, block: int, period: str | None,
               cache: dict[int, str | None]) -> str | None:
    """"targets", "tasks" or None for the numbers of ``block``: a lead-in above
    it decides ("targets" or, after a review lead-in, None), else its headings.
    ``cache`` keeps the answer per block; the lead-in states go under
    negative keys (``-1 - block``) of the same dict."""
    if block not in cache:
        lead = lead_state(doc, block, period, cache)
        if lead in ("targets", "tasks"):
            cache[block] = lead
        elif lead == "review":
            cache[block] = None
        else:
            section = heading_section(doc, block, period)
            cache[block] = section if section != "review" else None
    return cache[block]


def _step(doc: Doc, k: int, period: str | None) -> tuple[LeadState | bool, bool | str]:
    """(what block ``k`` says as a lead-in, whether it goes on with a list:
    True for an item, "text" for running text, which only a section of work
    such as "Điều 3. Nhiệm vụ, giải pháp chủ yếu" runs through)."""
    b = doc.blocks[k]
    if b.kind in (BlockKind.TABLE_ROW, BlockKind.FOOTNOTE):
        return False, False
    cont: bool | str = _continues(doc, k)
    own = _lead_in(doc, k, period) if (b.kind is not BlockKind.HEADING or cont) else False
    if not cont and b.kind is BlockKind.PARAGRAPH and not ARTICLE_RE.match(doc.folded,
                                                                            b.span.start):
        cont = "text"
    return own, cont


def lead_state(doc: Doc, block: int, period: str | None, memo: dict[int, LeadState]) -> LeadState:
    """The lead-in state of ``block`` (see the module docstring); ``memo``
    keeps the answer per block under key ``-1 - block``, so a long list is
    read once."""
    todo = []
    k = block
    while k >= 0 and -1 - k not in memo:
        own, cont = _step(doc, k, period)
        todo.append((k, own, cont))
        if own is not False or not cont:
            break
        k -= 1
    for k, own, cont in reversed(todo):
        if own is not False:
            state = own
        elif cont and k > 0:
            state = memo.get(-k)  # the block before: key -1 - (k - 1)
            if cont == "text" and state != "tasks":
                state = None
        else:
            state = None
        memo[-1 - k] = state
    return memo[-1 - block]


def lead_in_periods(doc: Doc, block: int, period: str | None, memo: dict[int, LeadState],
                    found: dict[int, tuple[PeriodHit, ...]]) -> tuple[PeriodHit, ...]:
    """Period phrases of the lead-in over ``block`` ("năm 2025" of "Giao chỉ
    tiêu kế hoạch ... năm 2025, gồm:"), before its colon; empty when no
    target lead-in stands over it. ``found`` keeps the answer per block."""
    walked = []
    k = block
    out: tuple[PeriodHit, ...] = ()
    while k >= 0 and k not in found:
        walked.append(k)
        if lead_state(doc, k, period, memo) != "targets":
            break
        if _lead_in(doc, k, period) == "targets":
            b = doc.blocks[k]
            f = doc.folded[b.span.start : b.span.end]
            colon = f.find(":")
            end = b.span.start + (colon if colon >= 0 else len(f))
            out = tuple(h for h in find_period_hits(doc.folded, b.span.start, end,
                                                    year=year_of(period)) if not h.base)
            break
        k -= 1
    else:
        out = found.get(k, ())
    for w in walked:
        found[w] = out
    return found[block]
