"""The kind of a number in per cent that is not a change: "X% <what>" statements.

"bằng 22,58% kế hoạch", "Hoàn thành 100% chỉ tiêu giao quân" → pct_of_plan;
"bằng 95,2% so với cùng kỳ" → multiple; "chiếm 20,83%", "0,71% tổng chi ngân
sách", "12,4% GRDP" → share; "phủ sóng 100% xã, phường", "98% hộ gia đình" (a
counted population) → rate; "giải ngân 1.420 tỷ đồng, đạt 41,2%" (an amount
against its plan) → pct_of_plan. Used by :mod:`ktxh.extract.quantities`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ktxh.extract.units import COUNTS
from ktxh.extract.wordre import word_start

# --- language data -----------------------------------------------------------

RATE_SUBJECT_RE = re.compile(
    r"^(?:\S+\s){0,3}?(?:tỷ lệ|tỉ lệ|độ che phủ|tỷ suất|lãi suất|nợ xấu|chỉ số giá)"
)
SHARE_SUBJECT_RE = re.compile(word_start("tỷ trọng", "tỉ trọng", "cơ cấu") + r"(?![\w])")
# what a "bằng/đạt X%" is measured against: the plan or budget
PLAN_AFTER_RE = re.compile(r"\s?(?:so với\s)?(?:kế hoạch|kh\b|dự toán|chỉ tiêu|mục tiêu|nhiệm vụ)")
# "đạt 80,6% so với kế hoạch 85%": a rate compared with its planned rate, no share of the plan
_PLAN_RATE_AFTER = re.compile(
    r"\s?so với\s(?:kế hoạch|chỉ tiêu|mục tiêu)(?:\s(?:năm|đề ra|được giao|giao))?"
    r"(?:\s(?:19|20)\d\d)?\s(?:là\s)?\d[\d.,]*\s?%")
# "chiếm 61,8% kế hoạch vốn", "chiếm 72% dự toán năm": the plan's object wins over the verb
_PLAN_NOUN_AFTER = re.compile(r"\s(?:kế hoạch|dự toán)(?![\w])")
# "Hoàn thành 100% chỉ tiêu giao quân", "giải ngân 100% kế hoạch vốn": done against the plan
_DONE_BEFORE = re.compile(
    r"(?<![\w])(?:hoàn thành|giải ngân|thực hiện|đạt được)(?:\s(?:được|khoảng|trên|gần|hơn))?\s*$"
)
# "một số xã giải ngân vốn hỗ trợ sản xuất dưới 20% kế hoạch", "giải ngân vốn sự nghiệp được
# 35% kế hoạch": the verb of the work done opens the segment, its object before the number
_DONE_OPENS = re.compile(word_start("giải ngân", "hoàn thành") + r"(?![\w])")
# "0,71% tổng chi ngân sách", "12,4% GRDP": part of a whole; not "75,8% tổng mức đầu tư"
# (disbursed so far), "38,5% tổng số trường" (a counted population)
_WHOLE_AFTER = re.compile(
    r"\s(?:của\s)?(?:tổng(?! số| mức đầu tư)|grdp|giá trị tăng thêm)(?![\w])"
)
# "100% xã, phường", "98% hộ gia đình", "85% khối lượng", "65% nhu cầu": a counted
# population, or the work or demand met; "bằng 56,2% tổng mức đầu tư": the cost covered
_COUNTED_AFTER = re.compile(
    r"\s(?:tổng\s)?(?:số\s)?(?:"
    + "|".join(re.escape(w) for w in sorted(set(COUNTS) | {
        "khối lượng", "nhu cầu", "dân số", "người dân", "cơ sở", "bản", "trường", "bệnh viện",
        "trạm y tế", "hồ sơ", "thủ tục", "mặt bằng", "diện tích", "giá trị hợp đồng",
        "giá trị khối lượng", "mức đầu tư",
    }, key=len, reverse=True))
    + r")(?![\w])"
)
_COUNTED_FIRST = frozenset({"tổng", "số", "khối", "nhu", "dân", "người", "cơ", "bản", "trường",
                            "mức", "bệnh", "trạm", "hồ", "thủ", "mặt", "diện", "giá"}
                           | {w.split(" ", 1)[0] for w in COUNTS})
# "đạt 41,2%" after an amount of money spent, collected or disbursed: of its plan
_MONEY = frozenset(("đồng", "usd", "vnđ", "đ"))
_PLAN_MONEY = re.compile(word_start("giải ngân", "thu", "chi", "vốn", "ngân sách") + r"(?![\w])")
# "…, đạt 41,2%", "…, chỉ đạt 29,9%", "…, mới đạt 18%"
_OPENS_WITH_REACHED = re.compile(
    r"\s*(?:\(|,)?\s*(?:và\s)?(?:(?:chỉ|mới|chưa|chỉ mới)\s)?(?:đạt|bằng)\s")
_FIRST_WORD = re.compile(r"\s([^\W\d_]+)")
_EXCESS_BEFORE = re.compile(r"(?<![\w])vượt\s*$")
# "phấn đấu thu ngân sách vượt dự toán ít nhất 5%": by how much the plan is exceeded
_PLAN_EXCESS_BEFORE = re.compile(
    r"(?<![\w])vượt\s(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)(?:\s(?:được giao|giao|đề ra))?"
    r"(?:\s(?:ít nhất|tối thiểu|trên|khoảng|từ))?\s$")
_WORD_AFTER = re.compile(r"\s\w")
_LETTER_AFTER = re.compile(r"\s[^\W\d_]")
# "đạt 49,8% và vốn trung ương ...", "đạt 49,8%, cao hơn ...": what may follow a bare "đạt X%"
_BARE_AFTER = re.compile(r"\s(?:và|so với|cao hơn|thấp hơn|tăng|giảm|trong đó)(?![\w])")
# "Ban Quản lý dự án ... đạt 27,4%; Ủy ban nhân dân phường ... đạt 18,6%" in a paragraph or
# footnote on disbursement: an investor's share of its plan disbursed
_INVESTOR = re.compile(
    r"(?:ban quản lý|ủy ban nhân dân|ubnd|sở|chủ đầu tư|công ty|trung tâm|bộ chỉ huy|công an"
    r"|văn phòng|huyện|thành phố|thị xã|xã|phường|đặc khu|bệnh viện|trường)(?![\w])"
)
_DISBURSING = re.compile(word_start("giải ngân") + r"(?![\w])")
_REACHED_END = re.compile(r"(?<![\w])(?:(?:chỉ|mới|chưa|chỉ mới)\s)?đạt\s$")
# "tỷ lệ giải ngân thấp (37,1%)": the share of the plan disbursed
_DISBURSED_SHARE = re.compile(r"(?:tỷ|tỉ) lệ giải ngân(?![\w])")
# a bare part in a sentence on disbursement: "riêng vốn nước ngoài mới đạt 21%", "vốn sự
# nghiệp chỉ giải ngân được 22%", "các dự án chuyển tiếp … với tỷ lệ 28%"
_SHORT_OF_END = re.compile(r"(?<![\w])(?:chỉ|mới|chưa|chỉ mới)\sđạt\s$")
_DISBURSED_END = re.compile(r"(?<![\w])(?:giải ngân(?: được)?|với (?:tỷ|tỉ) lệ(?: giải ngân)?)\s$")
# "38.640 hộ nghèo, chiếm 9,38% tổng số hộ": the poverty rate (not "chiếm 98% hộ nghèo",
# a share of the poor)
_POOR = re.compile(r"(?<![\w])hộ (?:cận )?nghèo(?![\w])")
_ALL_HOUSEHOLDS_AFTER = re.compile(r"\s(?:tổng số hộ|số hộ|hộ dân)(?![\w])")
# what a plan's list item measures that is not money against the plan: "khối lượng thi
# công đạt 38%"
_NOT_PLANNED = re.compile(r"(?:khối lượng|tiến độ|giá trị|tỷ lệ|tỉ lệ)(?![\w])")


@dataclass(frozen=True, slots=True)
class PercentKind:
    """What a per-cent number is: its ``kind``; ``ratio`` marks a "bằng X% so với"."""

    kind: str
    plan: bool = False
    ratio: bool = False
    share_mode: bool = False
    ends_shares: bool = False


def percent_kind(folded: str, q_end: int, lead: str, verb: str, subject: str, indicator: str,
                 share_mode: bool, share_before: bool, after_money: tuple[str, str] | None,
                 ratio: bool, counted_rates: bool = True,
                 disbursing: Callable[[], bool] | None = None,
                 plan_before: bool = False) -> PercentKind | None:
    """The kind of a per-cent number that is no change or growth; None when it is
    no figure ("vượt 10% dự toán": an excess over the plan).

    ``lead`` is the folded segment before the number, ``verb`` the one that
    governs it, ``subject`` the segment's subject, ``indicator`` the one in force;
    ``share_before`` tells that a share word ("tỷ trọng", "cơ cấu") came before in
    the sentence; ``after_money`` is the folded lead and the indicator of the amount
    of money just before in the same part, if any; ``ratio`` that a base follows
    ("so với cùng kỳ"); ``counted_rates`` reads "X% <counted population>" as a rate;
    ``disbursing`` tells (when called) that the sentence, or the one a footnote cites,
    is on disbursement (an investor's "đạt X%" is then of its plan); ``plan_before``
    that the words before name the plan this number is measured against ("612/1.035
    hộ theo kế hoạch năm 2022, đạt 59,1%"; the items of "đạt 51,9% kế hoạch; trong
    đó …, đạt 60,8%").
    """
    after = folded[q_end : q_end + 40]
    if RATE_SUBJECT_RE.search(indicator.lower()) and _PLAN_RATE_AFTER.match(folded, q_end):
        return PercentKind("rate")  # "tỷ lệ ... đạt 80,6% so với kế hoạch 85%"
    if PLAN_AFTER_RE.match(folded, q_end) and (verb in ("đạt", "bằng") or _DONE_BEFORE.search(
        lead, max(0, len(lead) - 24)
    )):
        return PercentKind("pct_of_plan", plan=True)
    if verb == "chiếm" and _PLAN_NOUN_AFTER.match(folded, q_end):
        return PercentKind("pct_of_plan", plan=True)
    if verb in ("đạt", "bằng", "tương đương") and ratio:
        return PercentKind("multiple", ratio=True)  # "bằng 95,2% so với cùng kỳ"
    if _EXCESS_BEFORE.search(lead):
        if folded.startswith(" công suất", q_end):
            return PercentKind("change")  # "vượt 1,8% công suất thiết kế": output above it
        return None
    if _PLAN_EXCESS_BEFORE.search(lead, max(0, len(lead) - 50)):
        return PercentKind("change")
    low = indicator.lower()
    rate_subject = bool(RATE_SUBJECT_RE.search(low))
    if (kind := _plan_or_share(folded, q_end, after, lead, verb, subject, low, rate_subject,
                               share_mode or share_before)) is not None:
        return kind
    return _rate_or_plan(folded, q_end, after, lead, verb, subject, rate_subject, counted_rates,
                         after_money, disbursing, plan_before)


def _plan_or_share(folded: str, q_end: int, after: str, lead: str, verb: str, subject: str,
                   low: str, rate_subject: bool, shares: bool) -> PercentKind | None:
    """A share ("chiếm X%", "X% tổng số", in a run of shares) or a share of the plan;
    None when the number is none of them. ``low`` is the indicator lowercased,
    ``shares`` that a share word came before or the shares are running."""
    if verb != "chiếm" and not rate_subject and PLAN_AFTER_RE.match(folded, q_end) and (
            _DONE_OPENS.search(lead)):
        return PercentKind("pct_of_plan", plan=True)
    if verb == "chiếm":
        poverty = bool(_POOR.search(low)) and (not _WORD_AFTER.match(after) or bool(
            _ALL_HOUSEHOLDS_AFTER.match(folded, q_end)))
        kind = "rate" if poverty or (rate_subject and not _WORD_AFTER.match(after)) else "share"
        return PercentKind(kind, share_mode=True)
    if _WHOLE_AFTER.match(folded, q_end) and not rate_subject:
        return PercentKind("share")
    if shares and verb in ("đạt", "là", "") and subject and (
            RATE_SUBJECT_RE.search(subject.lower())):
        # "…chiếm 26%; tỷ lệ đô thị hóa đạt 28%": a rate of its own ends the shares
        return PercentKind("rate", ends_shares=True)
    if shares:
        return PercentKind("share")
    return None


def _rate_or_plan(folded: str, q_end: int, after: str, lead: str, verb: str, subject: str,
                  rate_subject: bool, counted_rates: bool,
                  after_money: tuple[str, str] | None,
                  disbursing: Callable[[], bool] | None, plan_before: bool) -> PercentKind:
    """A rate, a multiple, a share of a named whole or a share of the plan, for a number
    that is no plain share (see :func:`percent_kind` for the arguments)."""
    if counted_rates and (first := _FIRST_WORD.match(after)) and (
        first.group(1) in _COUNTED_FIRST
    ) and (
        _COUNTED_AFTER.match(folded, q_end)
    ):
        return PercentKind("rate")
    if verb == "bằng" and _LETTER_AFTER.match(after) and not PLAN_AFTER_RE.match(folded, q_end):
        # "bằng khoảng 42% năng suất lao động của khu vực FDI": times another quantity
        return PercentKind("multiple", ratio=True)
    if (not verb and subject and not RATE_SUBJECT_RE.search(subject.lower())
            and _LETTER_AFTER.match(after) and not lead.rstrip().endswith(("cho", "được"))):
        return PercentKind("share")  # "vốn dự phòng 10% kế hoạch đầu tư công"
    bare = not _LETTER_AFTER.match(after) or bool(_BARE_AFTER.match(after))
    if (plan_before and bare and verb == "đạt" and _REACHED_END.search(lead)
            and not _NOT_PLANNED.match(subject.lower())):
        return PercentKind("pct_of_plan", plan=True)  # "…; vốn nước ngoài …, chỉ đạt 29,9%"
    if (after_money is not None and verb == "đạt" and not subject
            and _OPENS_WITH_REACHED.match(lead) and bare
            and (_PLAN_MONEY.search(after_money[0])
                 or _PLAN_MONEY.search(after_money[1].lower()))):
        return PercentKind("pct_of_plan", plan=True)  # "giải ngân 1.420 tỷ đồng, đạt 41,2%"
    if (verb in ("đạt", "") and bare and subject and not rate_subject
            and _INVESTOR.match(subject.lower()) and disbursing is not None and disbursing()):
        # "Ban Quản lý dự án ... đạt 27,4%"; a footnote's list "Gồm: Sở Tư pháp 7,5%; …"
        return PercentKind("pct_of_plan", plan=True)
    if _disbursed_part(lead, verb, subject, bare, rate_subject, disbursing):
        return PercentKind("pct_of_plan", plan=True)
    return PercentKind("rate")


def _disbursed_part(lead: str, verb: str, subject: str, bare: bool, rate_subject: bool,
                    disbursing: Callable[[], bool] | None) -> bool:
    """Whether a bare "mới/chỉ đạt X%" (short of a plan), "giải ngân được X%" or "với tỷ lệ X%" in a
    sentence on disbursement is a part's share of its plan ("riêng vốn nước ngoài mới
    đạt 21%"); "Tỷ lệ giải ngân đạt 41,2%" and "khối lượng … đạt 38%" stay rates."""
    if not bare or rate_subject or disbursing is None or _NOT_PLANNED.match(subject.lower()):
        return False
    if verb == "đạt":
        if not _SHORT_OF_END.search(lead):
            return False  # "Giải ngân … đạt 47%" stays a rate (round 2)
    elif verb or not _DISBURSED_END.search(lead):
        return False
    return disbursing()


def investor_bracket(folded: str, part_start: int, q_start: int) -> bool:
    """Whether a bracketed number follows an investor's name ("Gồm: UBND huyện A
    (31,5%), …"): in a note on disbursement, that investor's share of its plan."""
    if folded[q_start - 1 : q_start] != "(":
        return False
    cut = max(folded.rfind(c, part_start, q_start - 1) for c in ",:;")
    name = folded[max(cut + 1, part_start) : q_start - 1].strip()
    if name.startswith("và "):
        name = name[3:]
    return bool(name) and bool(_INVESTOR.match(name))


def disbursed_share(name: str) -> bool:
    """Whether ``name`` is the share of the plan disbursed ("tỷ lệ giải ngân"): in a
    bracket after it ("tỷ lệ giải ngân thấp (37,1%)") a value is of the plan; "Tỷ lệ giải
    ngân đạt 41,2%" stays a rate (rounds 2–3)."""
    return bool(_DISBURSED_SHARE.match(name.lower()))


def on_disbursement(*texts: str) -> bool:
    """Whether one of the folded ``texts`` speaks of disbursing ("giải ngân")."""
    return any(_DISBURSING.search(t) for t in texts)


def names_whole(folded: str, q_end: int) -> bool:
    """Whether the words after a per-cent number name the whole it is part of
    ("chiếm 11,2% GRDP", "0,62% tổng chi ngân sách"), not what is measured."""
    return bool(_WHOLE_AFTER.match(folded, q_end))


def is_money(base: str | None) -> bool:
    """Whether a unit's base is an amount of money ("tỷ đồng", "triệu USD")."""
    return base in _MONEY
