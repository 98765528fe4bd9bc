"""Seeded generator of genre-like documents for the extraction fuzz test.

Documents are rebuilt from the project's OWN texts (``samples/`` and the
golden inputs, never ../shared/seeds) by recombining lines and clauses and
mutating them the ways real conversions and real phrasing vary: deadline
phrases, numbers with units, ``;`` / ``,`` / ``:`` splits, list labels,
markdown, hard line breaks (pdf-like, also before a number), footnote
marks, empty lines and truncation at any character. Standard library only;
the same seed always gives the same document.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DEADLINES = (
    "chậm nhất ngày {d}", "trước ngày {d}", "đến hết năm {y}", "trong quý {q}/{y}",
    "hoàn thành trước ngày {d}", "trong tháng {m}/{y}", "đến ngày {d}", "năm {y}",
    "giai đoạn {y}-{y2}", "trước {d}", "chậm nhất trong quý {q} năm {y}",
    "từ ngày {d} đến hết năm {y}", "thường xuyên", "hằng năm", "định kỳ 6 tháng",
    "trước ngày {day} tháng {m} năm {y}", "chậm nhất ngày {d}, đến hết năm {y}",
)
UNITS = (
    "%", "tỷ đồng", "triệu đồng", "nghìn tỷ đồng", "ha", "km", "tấn", "lượt", "triệu USD",
    "người", "lao động", "doanh nghiệp", "dự án", "xã", "hộ", "giường", "m3", "MW", "lần",
    "điểm %", "%/năm", "nghìn lượt khách", "vạn tấn", "căn", "tỷ đồng/năm",
)
NUMBER_FORMS = ("{a}", "{a},{b}", "{a}.{c:03d}", "{a}.{c:03d},{b}", "{a}-{a2}", "từ {a} đến {a2}",
                "{a}/{a2}", "khoảng {a},{b}", "trên {a}", "{a} - {a2}", "{a} – {a2}")
LEADS = ("Sở Tài chính", "UBND các huyện, thành phố", "Sở Kế hoạch và Đầu tư", "các sở, ngành",
         "Ban Quản lý dự án", "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính", "Giao Sở Y tế",
         "Đề nghị Bộ Giao thông vận tải", "Yêu cầu", "chủ trì, phối hợp")
WORDS = ("ban hành kế hoạch", "báo cáo UBND tỉnh", "tăng", "giảm", "đạt", "bằng", "so với",
         "kế hoạch", "cùng kỳ", "ước đạt", "phấn đấu", "mục tiêu", "chỉ tiêu", "dự án",
         "Quyết định số 12/QĐ-UBND ngày 05/3/2024", "Nghị quyết số", "theo", "năm 2025",
         "(", ")", "\"", "“", "”", "…", "...", "-", "–", "/", "(1)", "tại", "Số:", "ngày")
LABELS = ("1. ", "2. ", "10. ", "a) ", "b) ", "- ", "+ ", "* ", "I. ", "II. ", "1.1. ", "(1) ",
          "• ", "Điều 1. ", "c. ", "i) ", "đ) ", "1) ")
FOOTMARKS = ("¹", "²", "[1]", "(1)", "[^1]", "^2", "*", "(*)", "³")
SPLITS = ("; ", ", ", ": ", ". ", " - ", "\n", ";\n", ":\n")


@cache
def source_texts() -> tuple[str, ...]:
    """The project's own genre texts (samples and golden inputs)."""
    files = sorted((ROOT / "samples").glob("*.md")) + sorted(
        (ROOT / "tests" / "golden" / "inputs").glob("*.md"))
    return tuple(f.read_text(encoding="utf-8") for f in files if f.name != "README.md")


@cache
def _lines() -> tuple[str, ...]:
    return tuple(ln for t in source_texts() for ln in t.split("\n") if ln.strip())


@cache
def _clauses() -> tuple[str, ...]:
    return tuple(c.strip() for ln in _lines() for c in re.split(r"[;:,.]\s", ln) if c.strip())


def _date(r: random.Random) -> dict[str, object]:
    y = r.choice((2023, 2024, 2025, 2026, 2030))
    m, day = r.randint(1, 12), r.randint(1, 31)
    if r.random() < 0.1:  # typos: "ngày 00/00", "31/13", "29/02/2023"
        m, day = r.choice(((0, 0), (13, 31), (2, 29), (2, 30), (4, 31), (12, 32)))
    d = r.choice((f"{day}/{m}/{y}", f"{day:02d}/{m:02d}/{y}", f"{day}/{m}", f"{day}-{m}-{y}"))
    return {"d": d, "y": y, "y2": y + r.randint(0, 5), "m": m, "day": day,
            "q": r.choice(("I", "II", "III", "IV", "1", "4"))}


def _number(r: random.Random) -> str:
    a = r.choice((0, 1, 3, 12, 45, 100, 999, 1234, r.randint(0, 100000)))
    form = r.choice(NUMBER_FORMS)
    return form.format(a=a, a2=a + r.randint(0, 50), b=r.randint(0, 99), c=r.randint(0, 999))


def _phrase(r: random.Random) -> str:
    """A piece of genre phrasing to insert."""
    kind = r.randrange(5)
    if kind == 0:
        return r.choice(DEADLINES).format(**_date(r))
    if kind == 1:
        return f"{_number(r)} {r.choice(UNITS)}" if r.random() < 0.8 else _number(r)
    if kind == 2:
        return r.choice(LEADS)
    if kind == 3:
        return r.choice(_clauses())
    return r.choice(WORDS)


def _cut_points(text: str, r: random.Random, k: int) -> list[int]:
    return sorted(r.randint(0, len(text)) for _ in range(k))


def _boundaries(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<=\S)[;,:.]?\s", text)] or [len(text)]


def m_insert_phrase(text: str, r: random.Random) -> str:
    at = r.choice(_boundaries(text))
    return text[:at] + r.choice((*SPLITS[:4], " ")) + _phrase(r) + text[at:]


def m_split(text: str, r: random.Random) -> str:
    """Change or add a clause separator."""
    at = r.choice(_boundaries(text))
    end = at + 1 if at < len(text) and text[at] in ";,:." else at
    return text[:at] + r.choice(SPLITS) + text[end:].lstrip(" ")


def m_label(text: str, r: random.Random) -> str:
    lines = text.split("\n")
    i = r.randrange(len(lines))
    lines[i] = r.choice(LABELS) + lines[i].lstrip()
    return "\n".join(lines)


def m_markdown(text: str, r: random.Random) -> str:
    lines = text.split("\n")
    i = r.randrange(len(lines))
    line, kind = lines[i], r.randrange(4)
    if kind == 0 and line:
        a, b = sorted(r.randint(0, len(line)) for _ in range(2))
        lines[i] = f"{line[:a]}**{line[a:b]}**{line[b:]}"
    elif kind == 1:
        lines[i] = "#" * r.randint(1, 4) + " " + line
    elif kind == 2:  # a pipe table row (with a header rule sometimes)
        cells = [c.strip() for c in re.split(r"[;,:]\s", line)] or [""]
        row = "| " + " | ".join(cells) + " |"
        rule = "|" + "---|" * len(cells)
        lines[i] = f"{row}\n{rule}" if r.random() < 0.5 else row
    else:
        lines[i] = f"*{line}*" if r.random() < 0.5 else f"> {line}"
    return "\n".join(lines)


def m_hard_break(text: str, r: random.Random) -> str:
    """A pdf-like line break at a space, often just before a number."""
    numbers = [m.start() for m in re.finditer(r"(?<= )\d", text)]
    spaces = [m.start() for m in re.finditer(" ", text)]
    places = numbers if numbers and r.random() < 0.5 else spaces
    if not places:
        return text
    at = r.choice(places)
    return text[:at].rstrip(" ") + "\n" + text[at:]


def m_footnote(text: str, r: random.Random) -> str:
    mark = r.choice(FOOTMARKS)
    at = r.choice(_boundaries(text))
    text = text[:at] + mark + text[at:]
    if r.random() < 0.5:
        text += f"\n\n{mark} {r.choice(_clauses())}."
    return text


def m_empty_lines(text: str, r: random.Random) -> str:
    at = r.choice(_cut_points(text, r, 1))
    return text[:at] + "\n" * r.randint(1, 3) + " " * r.randint(0, 2) + text[at:]


def m_truncate(text: str, r: random.Random) -> str:
    return text[: r.randint(0, len(text))]


def m_delete(text: str, r: random.Random) -> str:
    """Lose up to 40 characters anywhere (a bad conversion)."""
    a, b = _cut_points(text, r, 2)
    return text[:a] + text[a + min(b - a, 40):]


def m_swap_lines(text: str, r: random.Random) -> str:
    lines = text.split("\n")
    i, j = r.randrange(len(lines)), r.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def m_shuffle_clauses(text: str, r: random.Random) -> str:
    lines = text.split("\n")
    i = r.randrange(len(lines))
    parts = re.split(r"(?<=[;,])\s", lines[i])
    r.shuffle(parts)
    lines[i] = " ".join(parts)
    return "\n".join(lines)


def m_join_lines(text: str, r: random.Random) -> str:
    breaks = [m.start() for m in re.finditer("\n+", text)]
    if not breaks:
        return text
    at = r.choice(breaks)
    return text[:at] + r.choice((" ", "", "; ")) + text[at:].lstrip("\n")


TABLE_HEADS = (
    ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
    ("TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2024", "Ước thực hiện", "So sánh (%)"),
    ("STT", "Tên dự án", "Địa điểm", "Tổng mức đầu tư (tỷ đồng)", "Tiến độ"),
    ("TT", "Chỉ tiêu", "ĐVT", "Thực hiện 2023", "Kế hoạch 2025", "Ghi chú"),
    ("STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn"),
)


def _cell(r: random.Random) -> str:
    kind = r.randrange(5)
    if kind == 0:
        return _number(r)
    if kind == 1:
        return r.choice(LEADS)
    if kind == 2:
        return r.choice(DEADLINES).format(**_date(r))
    if kind == 3:
        return r.choice(UNITS)
    return r.choice(_clauses()) if r.random() < 0.8 else ""


def m_table(text: str, r: random.Random) -> str:
    """A genre table (tasks, indicators, projects) with ragged rows, put between lines."""
    head = r.choice(TABLE_HEADS)
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for k in range(r.randint(0, 6)):
        n = len(head) + r.choice((0, 0, 0, -1, 1, -2))
        cells = [str(k + 1) if r.random() < 0.7 else r.choice(("I", "a", "-", ""))]
        rows.append("| " + " | ".join(cells + [_cell(r) for _ in range(n - 1)]) + " |")
    lines = text.split("\n")
    at = r.randint(0, len(lines))
    return "\n".join([*lines[:at], "", *rows, "", *lines[at:]])


OWNERS = ("Sở Tài chính", "Sở Kế hoạch và Đầu tư", "UBND các huyện, thành phố",
          "Các sở, ban, ngành",
          "Chủ trì, phối hợp với Sở Xây dựng", "Ban Quản lý các dự án đầu tư xây dựng tỉnh",
          "Đề nghị Ủy ban MTTQ Việt Nam tỉnh", "Về nhiệm vụ trọng tâm", "Giao")


def m_owner(text: str, r: random.Random) -> str:
    """A line naming who does what follows ("2. Sở Tài chính:"), then bullets."""
    lines = text.split("\n")
    at = r.randint(0, len(lines))
    head = f"{r.choice(LABELS)}{r.choice(OWNERS)}{r.choice((':', '', ' chủ trì:', ':-'))}"
    items = [f"{r.choice(('- ', '+ ', 'a) ', ''))}{r.choice(_clauses())}"
             f"{r.choice(('', '; ', ', '))}{_phrase(r) if r.random() < 0.6 else ''}"
             for _ in range(r.randint(0, 4))]
    return "\n".join([*lines[:at], head, *items, *lines[at:]])


def m_number(text: str, r: random.Random) -> str:
    """A number as written elsewhere: separators swapped or spaced, a sign, a
    comparison, a superscript, a unit glued on, a year made two."""
    found = list(re.finditer(r"\d[\d.,]*", text))
    if not found:
        return text
    m = r.choice(found)
    n = m.group()
    forms = (n.replace(".", "\x00").replace(",", ".").replace("\x00", ","), n.replace(".", ""),
             n.replace(".", " "), f"-{n}", f"âm {n}", f"~{n}", f"≥ {n}", f"> {n}", f"({n})",
             f"{n}%", f"{n} %", f"{n}²", f"{n}m2", f"{n}/năm", f"{n}x", f"{n},", f"{n}.",
             f"{n}-{n}", f"{n}/{n}", f"{n}0000000000", "0", f"{n}–", f"{n}(1)")
    return text[: m.start()] + r.choice(forms) + text[m.end():]


ODD = ("\u00a0", "\u200b", "\t", "\u00ad", "\ufeff", "  ", " \n", "\u2028", "**", "|", "(", ")")


def m_odd_chars(text: str, r: random.Random) -> str:
    """What conversions leave: no-break and zero-width spaces, tabs, soft hyphens,
    stray markup; a space made a no-break space."""
    at = r.randint(0, len(text))
    if r.random() < 0.5:
        spaces = [m.start() for m in re.finditer(" ", text)]
        if spaces:
            at = r.choice(spaces)
            return text[:at] + r.choice(ODD[:3]) + text[at + 1:]
    return text[:at] + r.choice(ODD) + text[at:]


def m_case(text: str, r: random.Random) -> str:
    """A line in capitals (a heading) or a line repeated (a page header)."""
    lines = text.split("\n")
    i = r.randrange(len(lines))
    if r.random() < 0.5:
        lines[i] = lines[i].upper()
    else:
        lines.insert(r.randrange(len(lines) + 1), lines[i])
    return "\n".join(lines)


MUTATIONS: tuple[Callable[[str, random.Random], str], ...] = (
    m_insert_phrase, m_insert_phrase, m_insert_phrase, m_split, m_split, m_label, m_markdown,
    m_hard_break, m_hard_break, m_footnote, m_empty_lines, m_delete, m_swap_lines,
    m_shuffle_clauses, m_join_lines, m_odd_chars, m_case, m_table, m_number, m_number, m_owner,
)


def _base(r: random.Random) -> str:
    """A whole own text, a slice of one, or lines recombined from all."""
    texts = source_texts()
    kind = r.randrange(4)
    if kind == 0:
        return r.choice(texts)
    if kind == 1:
        lines = r.choice(texts).split("\n")
        a = r.randrange(len(lines))
        return "\n".join(lines[a: a + r.randint(3, 40)])
    head = r.choice(texts).split("\n")[: r.randint(0, 14)]
    if kind == 3:  # phrases of the genre strung together: clauses no text has
        body = [" ".join(_phrase(r) + r.choice((*SPLITS[:3], "", " "))
                         for _ in range(r.randint(1, 12))) for _ in range(r.randint(1, 10))]
    else:
        body = [r.choice(_lines()) for _ in range(r.randint(2, 25))]
    return "\n".join(head) + "\n\n" + "\n\n".join(body)


def make_document(seed: int) -> str:
    """The fuzz document of ``seed`` (deterministic)."""
    r = random.Random(seed)
    text = _base(r)
    for _ in range(r.randint(1, 25)):
        text = r.choice(MUTATIONS)(text, r) or text
    if r.random() < 0.2:
        text = m_truncate(text, r)
    return text


FUZZ_SEEDS = range(300)
