"""Markdown-ish plain text (.txt/.md) to :class:`~ktxh.text.para.Para` lines.

Converted documents come as light markdown: ``**bold**``, ``#`` headings,
two-space hard line breaks, ``\\`` escapes, ``<sup>N</sup>`` footnote marks
and paragraphs that start with a mark (the footnote texts). This module
removes the markup, records the marks and keeps whether a line was bold.
Structure (headings, rejoining, sentences) is built later, the same way for
every format.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from ktxh.text.brackets import bracket_marks
from ktxh.text.para import Mark, Para

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

# "10,6 m<sup>3</sup>", "322.852m²": after these units a superscript is an
# exponent, written as a plain digit ("m3", as the schema's units do).
UNIT_WORDS = frozenset({"m", "km", "cm", "dm", "mm", "hm"})
EXPONENTS = frozenset({"2", "3"})

_TOKEN = re.compile(
    r"(?P<sup><sup>\s*(?P<sv>[^<]{1,8}?)\s*</sup>)"
    r"|(?P<usup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
    r"|(?P<caret>\[\^(?P<cv>[^\]\s]{1,6})\]:?)"  # pandoc footnotes "[^3]", "[^3]: text"
    r"|(?P<bold>\*{2,3}|__)"
    r"|\\(?P<esc>[\\`*_{}\[\]()#+\-.!|<>~])"
    r"|(?P<tag></?(?:b|i|u|em|strong|span|br|sub|font|p|div|mark)\b[^>]*>)"
    # "*Nhìn chung*": single-star emphasis, but not the note mark "(*)"
    r"|(?P<ital>(?<![(\w*])\*(?=[^\s*)])|(?<=[^\s(*])\*(?![\w)*]))"
)
# Any markup in a line: one of these characters, or "[^". One character set
# first (a "[" then needs its "^"), so ``re`` skips straight to the candidates.
_SPECIAL = re.compile(r"[*_\\<⁰¹²³⁴⁵⁶⁷⁸⁹\[](?:(?<!\[)|\^)")
# Every token of _TOKEN opens with one of these: a fast scan to the candidates.
_TOKEN_START = re.compile(r"[<\[*_\\⁰¹²³⁴⁵⁶⁷⁸⁹]")


def _tokens(line: str) -> Iterator[re.Match[str]]:
    """``_TOKEN.finditer(line)``, trying the pattern only where a token can open."""
    pos = 0
    while (c := _TOKEN_START.search(line, pos)) is not None:
        m = _TOKEN.match(line, c.start())
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()
_QUOTE = re.compile(r"^\s{0,3}>\s?")  # "> " blockquote
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5});")
_HEADING_HASHES = re.compile(r"^\s{0,3}#{1,6}\s+")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_TRAILING_WORD = re.compile(r"([^\W\d_]+)$")
_HARD_BREAK = re.compile(r"(  |\\|<br\s*/?>)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")  # "---", "***": a thematic break
_BLANK = re.compile(r"\n[ \t]*\n")
# a list label opening a line ("- ", "2.", "1.2.", "a)", "IV."), not a number whose
# thousands a dot groups that a pdf's line break put first ("ước đạt⏎50.860 tỷ đồng")
# A line that stops on a word no heading or sentence ends with: the clause goes on below
# ("3. … giao UBND thành phố X chủ trì, phối hợp với" / "Sở Tài nguyên và Môi trường …").
_OPEN_END = re.compile(r"(?:,|\s(?:với|và|của|các|những|cho|tại|để))[ \t]*$")
_LIST_START = re.compile(r"^\s*(?:[-–—+•·]\s|\(?\d{1,2}(?:\)|\.(?!\d{3}(?!\d)))|[a-zđ]\)|[IVX]+\.)")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_NUMBER_ONLY = re.compile(r"\s*[\d.,%\s-]*\d[\d.,%\s]*")  # a cell of data: "1.200", "23,5 %"
# A cell that only a layout table holds (as in the .docx reader): the motto,
# "Số: 1826/STC-ĐT<br>V/v …", "Nơi nhận:", a signature "KT. GIÁM ĐỐC".
_LAYOUT_CELL = re.compile(
    r"^(?:CỘNG H[OÒ]A XÃ HỘI CHỦ NGHĨA|Số\s*:|Nơi nhận|(?:TM|KT|TL|TUQ)\.\s)", re.IGNORECASE
)
# Columns aligned with spaces, as a PDF's text keeps a letterhead or a signature beside
# "Nơi nhận": "Số: 512/UBND-KT        Bến Tre, ngày …", "- Lưu: VT.        Trần Văn Bình"
# (not the blanks of a draft: "Số:      /BC-UBND", "ngày    tháng 6 năm 2024")
_COLUMN_GAP = re.compile(r"\S {3,}(?=[A-ZĐÀ-Ỹ])")
_LAYOUT_PART = re.compile(
    r"(?:CỘNG H[OÒ]A|Độc lập|Số\s*:|V/v|Nơi nhận|Kính gửi|(?:TM|KT|TL|TUQ|Q)\.\s|- Lưu)"
    r"|[A-ZĐÀ-Ỹ][^\W\d_]*(?: [A-ZĐÀ-Ỹ][^\W\d_]*){0,4}, ngày", re.IGNORECASE
)
_NAME_PART = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]*(?: [A-ZĐÀ-Ỹ][^\W\d_]*){1,4}")


def _unit_before(out: list[str]) -> bool:
    # the last 8 characters hold any trailing word short enough to be a unit
    # (a longer one is no unit either way): no search through a whole paragraph
    tail = "".join(out[-3:])[-8:]
    m = _TRAILING_WORD.search(tail)
    return bool(m) and m.group(1).lower() in UNIT_WORDS


def clean_line(line: str, bold: bool = False) -> tuple[str, list[Mark], bool, bool]:
    """Remove markup from one line: ``(text, marks, mostly bold, bold at end)``.

    ``bold`` is the state the line starts in ("**TM. ỦY BAN NHÂN DÂN" /
    "CHỦ TỊCH**" is bold over two lines).

    >>> clean_line("**Tổng vốn 2.587<sup>3</sup> tỷ đồng**")
    ('Tổng vốn 2.587 tỷ đồng', [Mark(offset=14, marker='3', seq=0)], True, False)
    >>> clean_line("khối lượng 120 m<sup>3</sup>")[0]
    'khối lượng 120 m3'
    """
    if not _SPECIAL.search(line):
        text = line.strip()
        return text, [], bold and bool(text), bold
    out: list[str] = []
    marks: list[Mark] = []
    length = 0
    bold_chars = all_chars = 0
    pos = 0

    def emit(piece: str) -> None:
        nonlocal length, bold_chars, all_chars
        out.append(piece)
        length += len(piece)
        visible = len(piece) - piece.count(" ") - piece.count("\t")
        all_chars += visible
        if bold:
            bold_chars += visible

    for m in _tokens(line):
        if m.start() > pos:
            emit(line[pos : m.start()])
        pos = m.end()
        kind = m.lastgroup
        if kind == "sup" or kind == "usup":
            value = m.group("sv") if kind == "sup" else m.group("usup").translate(_SUP_TO_ASCII)
            if value in EXPONENTS and _unit_before(out):
                emit(value if kind == "sup" else m.group("usup"))
            else:
                marks.append(Mark(length, value.strip()))
        elif kind == "caret":
            marks.append(Mark(length, m.group("cv")))
        elif kind == "bold":
            bold = not bold
        elif kind == "esc":
            emit(m.group("esc"))
    if pos < len(line):
        emit(line[pos:])
    text = "".join(out)
    stripped = text.lstrip()
    shift = len(text) - len(stripped)
    text = stripped.rstrip()
    marks = [Mark(min(max(0, k.offset - shift), len(text)), k.marker) for k in marks]
    return text, marks, all_chars > 0 and bold_chars >= 0.9 * all_chars, bold


# the first digit apart: a pattern opening with a repeat gets no fast scan in ``re``
_UNICODE_SUP = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]*")


def lift_superscripts(para: Para) -> Para:
    """Superscript digits left in a .docx/.pdf text become marks ("2.587³ tỷ").

    "m²"/"m³" after a unit stay. A paragraph that opens with a mark is a
    footnote's text.
    """
    text = para.text
    if para.cells is not None or not _UNICODE_SUP.search(text):
        return para
    out: list[str] = []
    lifted: list[tuple[int, int, str]] = []  # (old offset, length, marker)
    pos = 0
    for m in _UNICODE_SUP.finditer(text):
        out.append(text[pos : m.start()])
        if m.group(0) in ("²", "³") and _unit_before(out):
            out.append(m.group(0))
        else:
            lifted.append((m.start(), len(m.group(0)), m.group(0).translate(_SUP_TO_ASCII)))
        pos = m.end()
    out.append(text[pos:])

    def moved(offset: int) -> int:
        return offset - sum(n for at, n, _ in lifted if at < offset)

    marks = [Mark(moved(k.offset), k.marker, k.seq) for k in para.marks]
    marks += [Mark(moved(at), marker, para.seq) for at, _, marker in lifted]
    marks.sort(key=lambda k: k.offset)
    new_text = "".join(out)
    footnote = para.footnote
    if footnote is None and marks and marks[0].offset == 0 and new_text.strip():
        footnote = marks.pop(0).marker
        stripped = new_text.lstrip()
        cut = len(new_text) - len(stripped)
        new_text = stripped
        marks = [Mark(max(0, k.offset - cut), k.marker, k.seq) for k in marks]
    return Para(new_text, marks, para.bold, para.heading, footnote, None, para.seq)


def _raw_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return re.split(r"(?<!\\)\|", inner)


def _table_cells(line: str) -> tuple[str, ...]:
    # "Kế hoạch<br>năm 2025": a line break in a cell is a space, never glue
    return tuple(" ".join(clean_line(_BR.sub(" ", c))[0].split()) for c in _raw_cells(line))


def _is_table_line(line: str) -> bool:
    return line.lstrip().startswith("|") and line.rstrip().endswith("|")


def _layout_paras(rows: list[str], seq: int) -> list[Para] | None:
    """A letterhead or signature laid out as a table ("| UBND TỈNH X<br>**SỞ TÀI
    CHÍNH** | CỘNG HÒA … |", "| Số: 1826/STC-ĐT<br>V/v … | X, ngày … |"), read
    column by column, each "<br>" piece a line, as the .docx reader reads it;
    None for a table of data."""
    grid = [_raw_cells(r) for r in rows if not _TABLE_SEPARATOR.match(r)]
    if not grid or len(grid) > 4 or max(len(r) for r in grid) > 3:
        return None
    pieces = [[_BR.split(c) for c in r] for r in grid]
    if not any(_LAYOUT_CELL.match(clean_line(c[0])[0]) for r in pieces for c in r) or any(
            _NUMBER_ONLY.fullmatch(c) for r in grid for c in r):
        return None
    out: list[Para] = []
    for col in range(max(len(r) for r in pieces)):
        for r in pieces:
            for piece in r[col] if col < len(r) else ():
                para = _line_para(piece, seq, [False])
                if para is not None:
                    out.append(para)
    return out


def _aligned_columns(text: str) -> str:
    """A line of a letterhead or signature whose columns are aligned with spaces,
    with a tab between them as a tab-separated layout has: one part is of the
    layout ("Số:", the motto, "Nơi nhận", "KT. CHỦ TỊCH", "X, ngày …", a line in
    capitals, a name beside a list item); other lines as they are."""
    cuts = [m.start() + 1 for m in _COLUMN_GAP.finditer(text)]
    if not cuts:
        return text
    parts = [p.strip() for p in (text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)],
                                                          strict=True))]
    if max(len(p) for p in parts) > 100:
        return text
    layout = any(_LAYOUT_PART.match(p) or (p.isupper() and " " in p) for p in parts)
    signer = parts[0].startswith(("-", "+")) and _NAME_PART.fullmatch(parts[-1]) is not None
    return "\t".join(parts) if layout or signer else text


def _line_para(line: str, seq: int, bold_state: list[bool]) -> Para | None:
    """One source line as a Para; ``bold_state`` carries "**" across lines."""
    heading = False
    line = _QUOTE.sub("", line, count=1)
    if "&" in line and _ENTITY.search(line):
        line = html.unescape(line).replace("\u00a0", " ")  # "&nbsp;", "&amp;"
    m = _HEADING_HASHES.match(line)
    if m:
        heading, line = True, line[m.end() :]
    if _is_table_line(line):
        if _TABLE_SEPARATOR.match(line):
            return None
        return Para("", cells=_table_cells(line), seq=seq)
    if _RULE.match(line):
        return None
    text, marks, bold, bold_state[0] = clean_line(line, bold_state[0])
    if not text:
        return None
    if "   " in text and not heading:
        text = _aligned_columns(text)
    if "\t" in text:
        cells = tuple(c.strip() for c in text.split("\t") if c.strip())
        if len(cells) > 1:
            return Para("", cells=cells, bold=bold, seq=seq)
        text = cells[0] if cells else ""
        marks = []
    note = None
    if marks and marks[0].offset == 0 and len(text) > 0:
        # "<sup>3</sup> Hiện tổng đàn trâu ..." — the text of footnote 3
        note = marks[0].marker
        marks = [k for k in marks[1:]]
    return Para(
        text, [Mark(k.offset, k.marker, seq) for k in marks], bold, heading, note, seq=seq
    )


def _ends_short(prev_line: str, line: str) -> bool:
    """Whether ``prev_line`` ended before the width ``line`` shows: the first word of
    ``line`` would have fit on it ("4. Dự án Bệnh viện …, quy mô 500 giường" over a
    body line twice as long), so it was no wrap."""
    words = line.split(maxsplit=1)
    return bool(words) and len(line.rstrip()) > len(prev_line.rstrip()) + 1 + len(words[0])


def _soft_wrapped(prev_line: str, prev: Para, line: str, cur: Para) -> bool:
    """Whether ``line`` continues ``prev_line`` inside one source paragraph."""
    if prev.cells or cur.cells or cur.footnote:
        return False
    if _LIST_START.match(line) or _HEADING_HASHES.match(line) or prev.bold != cur.bold:
        return False
    if cur.text[0].islower():
        # "Kết luận của Thủ tướng ...  " / "tại buổi làm việc với ..."
        return True
    if _HARD_BREAK.search(prev_line):
        return False
    if _LIST_START.match(prev_line):
        if _OPEN_END.search(prev_line):
            return True  # "3. … chủ trì, phối hợp với" / "Sở …": an item cut mid-clause
        if _ends_short(prev_line, line):
            return False
    return len(prev.text) >= 60 and prev.text[-1] not in ".:;!?"


def parse_markup(raw: str) -> list[Para]:
    """Split ``raw`` (NFC) into cleaned lines in reading order."""
    raw = bracket_marks(raw)  # "kỳ[1]." … "[1] Tăng …": read as "[^1]"
    paras: list[Para] = []
    seq = 0
    for block in _BLANK.split(raw):
        prev_line = ""
        in_block: Para | None = None
        bold_state = [False]
        lines = block.split("\n")
        k = 0
        while k < len(lines):
            line = lines[k]
            k += 1
            if _is_table_line(line) and (k == 1 or not _is_table_line(lines[k - 2])):
                end = k
                while end < len(lines) and _is_table_line(lines[end]):
                    end += 1
                layout = _layout_paras(lines[k - 1 : end], seq)
                if layout is not None:
                    paras += layout
                    seq += end - k + 1
                    k, in_block = end, None
                    continue
            para = _line_para(line, seq, bold_state)
            seq += 1
            if para is None:
                continue
            if in_block is not None and _soft_wrapped(prev_line, in_block, line, para):
                paras[-1] = in_block = in_block.joined(para)
            else:
                paras.append(para)
                in_block = para
            prev_line = line
    return paras
