"""PDF with a text layer, via pdfplumber.

Words are grouped into lines by their vertical extent; a word in a smaller
font whose bottom sits above the line's baseline is a superscript: a
footnote mark (removed and recorded, so "2.587³ tỷ" reads "2.587 tỷ") or,
after "m"/"km", an exponent ("m3"). A line that opens with a mark starts a
footnote's text. Lines that are only a page number at the top or bottom of a
page are dropped. Ruled tables and columns of words aligned over several
lines become table rows (:mod:`ktxh.text.readers.pdf_tables`). Lines become
paragraphs at a vertical gap, an indented first line, a numbering label or a
change of boldness; structure then rejoins paragraphs that a page break split.
"""

from __future__ import annotations

import io
import re
from itertools import pairwise
from pathlib import Path
from typing import Any

from ktxh.text.errors import ReadError
from ktxh.text.headings import is_bullet, numbering
from ktxh.text.model import Doc
from ktxh.text.para import Mark, Para
from ktxh.text.readers.pdf_lines import (
    SUPERSCRIPT_SIZE,
    Line,
    group_lines,
    render,
    wide_gaps,
)
from ktxh.text.readers.pdf_tables import (
    borderless,
    continue_tables,
    find_grids,
    split_words,
    table_lines,
    with_tables,
)
from ktxh.text.structure import assemble

_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?$", re.I)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|[-,]bd?$", re.I)
_NOTE_NUMBER = re.compile(r"^(\d{1,3})\s+(?=\S)")
NOTE_SIZE = 0.85  # footnote texts are set smaller than the body
MARGIN_SHARE = 0.1  # page numbers sit in the top/bottom tenth of the page
WRAPPED = 0.85  # a column line this share of the column's widest line may wrap on
# Lines that open a line of their own in a layout column: a list item, a
# signature "TM." / "KT." / "TL." / "Q.", "Nơi nhận:".
_OWN_LINE = re.compile(r"^(?:[-–+•]|(?:TM|KT|TL|TUQ|Q)\.\s)", re.I)


def _part(words: list[dict[str, Any]], column: int) -> Line:
    """One column's words of a line: its own size, so that a smaller type
    beside a larger one ("- Các sở, ban, ngành;" beside the signature) is
    not taken for superscript marks."""
    size = max(w["size"] for w in words)
    body = [w for w in words if w["size"] >= SUPERSCRIPT_SIZE * size] or words
    top = min(w["top"] for w in body)
    bottom = max(w["bottom"] for w in body)
    return Line(top, bottom, size, words, column=column)


def _split_columns(lines: list[Line]) -> list[Line]:
    """Read a layout table's two columns one after the other.

    The header block ("ỦY BAN NHÂN DÂN" beside "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
    VIỆT NAM", "Số: 45/TB-..." beside "Lạng Sơn, ngày ...") and "Nơi nhận"
    beside the signature are printed side by side; grouped by height, their
    words would run together. A region opens at a line split by a wide gap
    and runs over the close lines below that are split at the same place or
    lie on one side of it; it needs two split lines, or one very wide gap
    (a justified body line never stretches a space that far).
    """
    out: list[Line] = []
    i = 0
    while i < len(lines):
        gaps = wide_gaps(lines[i])
        if len(gaps) != 1:  # none, or the columns of a data table ("Chỉ tiêu | ĐVT | ...")
            out.append(lines[i])
            i += 1
            continue
        lo, hi = max(gaps, key=lambda g: g[1] - g[0])
        j, splits = i + 1, 1
        while j < len(lines) and lines[j].top - lines[j - 1].bottom < 2 * lines[j].size:
            words = lines[j].words
            line_gaps = wide_gaps(lines[j])
            inside = [g for g in line_gaps if g[0] < hi and g[1] > lo]
            if len(line_gaps) > 1:
                break
            if inside:
                lo, hi = max(lo, inside[0][0]), min(hi, inside[0][1])
                splits += 1
            elif all(w["x1"] < hi for w in words):  # left column only
                lo = max(lo, max(w["x1"] for w in words))
            elif not all(w["x0"] > lo for w in words):  # right column only, else a body line
                break
            j += 1
        if splits < 2 and hi - lo < 3 * lines[i].size:
            out.append(lines[i])
            i += 1
            continue
        boundary = (lo + hi) / 2
        left: list[Line] = []
        right: list[Line] = []
        for ln in lines[i:j]:
            words_l = [w for w in ln.words if w["x1"] <= boundary]
            words_r = [w for w in ln.words if w["x1"] > boundary]
            if words_l:
                left.append(_part(words_l, 0))
            if words_r:
                right.append(_part(words_r, 1))
        for column in (left, right):
            _mark_wrapped(column)
            out += column
        i = j
    return out


def _mark_wrapped(column: list[Line]) -> None:
    """Set ``joins_prev`` on a column line that a too-long line wrapped onto.

    "ỦY BAN NHÂN DÂN TỈNH LẠNG" + "SƠN": the line above is about as wide as
    the column, the line is short and opens no item of its own.
    """
    if not column:
        return
    widest = max(ln.x1 - ln.x0 for ln in column)
    for prev, ln in pairwise(column):
        text = " ".join(w["text"] for w in sorted(ln.words, key=lambda w: w["x0"]))
        prev_text = " ".join(w["text"] for w in sorted(prev.words, key=lambda w: w["x0"]))
        width, prev_width = ln.x1 - ln.x0, prev.x1 - prev.x0
        ln.joins_prev = (
            prev_width >= WRAPPED * widest
            and width < 0.6 * prev_width
            and ln.top - prev.bottom < 0.9 * ln.size
            and not _OWN_LINE.match(text)
            and not prev_text.rstrip().endswith((";", ":", "."))
        )


def _words(page: Any) -> list[dict[str, Any]]:
    """The page's words, each with ``bold``: how many of its letters are bold.

    Words are not split where the font changes: a PDF printed with a font
    that lacks some Vietnamese letters draws them from a fallback font
    ("K" in Liberation Serif, "Ế" in DejaVu Serif), and splitting there
    would break "KẾ" into two words that a layout column could part.
    """
    words = page.extract_words(extra_attrs=["size"], keep_blank_chars=False, return_chars=True)
    for w in words:
        w["bold"] = sum(1 for c in w.pop("chars") if _BOLD_FONT.search(c.get("fontname", "")))
    return words


def _page_lines(page: Any) -> list[Line]:
    words = _words(page)
    grids = find_grids(page)
    words, within = split_words(words, grids)
    lines = _split_columns(group_lines(words))
    height = float(page.height)
    kept = []
    for line in lines:
        render(line)
    sizes: dict[float, int] = {}
    for line in lines:
        sizes[round(line.size)] = sizes.get(round(line.size), 0) + len(line.text)
    body_size = max(sizes, key=lambda k: sizes[k]) if sizes else 0
    for line in lines:
        m = _NOTE_NUMBER.match(line.text)
        if (
            m
            and line.note is None
            and line.size <= NOTE_SIZE * body_size
            and line.top > height / 2
        ):
            # "3 Trong đó vốn ngân sách ..." in a smaller font at the page foot
            line.note = m.group(1)
            line.text = line.text[m.end() :]
            line.marks = [Mark(max(0, k.offset - m.end()), k.marker) for k in line.marks]
        in_margin = line.bottom < MARGIN_SHARE * height or line.top > (1 - MARGIN_SHARE) * height
        if in_margin and line.note is None and _PAGE_NUMBER.match(line.text.strip()):
            continue  # "- 3 -", "Trang 3", "3/12"
        line.in_margin = in_margin
        if line.text.strip():
            kept.append(line)
    borderless(kept)
    return with_tables(kept, [table_lines(g, w) for g, w in zip(grids, within, strict=True)])


def _drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop running headers/footers: margin lines repeated on many pages."""
    if len(pages) < 3:
        return pages
    counts: dict[str, int] = {}
    for lines in pages:
        for key in {re.sub(r"\d+", "#", ln.text) for ln in lines if ln.in_margin}:
            counts[key] = counts.get(key, 0) + 1
    running = {k for k, n in counts.items() if n >= max(3, len(pages) // 2)}
    return [
        [ln for ln in lines if not (ln.in_margin and re.sub(r"\d+", "#", ln.text) in running)]
        for lines in pages
    ]


def _starts_para(prev: Line, line: Line, left: float) -> bool:
    if line.cells is not None or prev.cells is not None:
        return True
    if line.column is not None or prev.column is not None:
        return not (line.joins_prev and line.column == prev.column and line.bold == prev.bold)
    if line.note is not None or abs(line.size - prev.size) > 0.15 * prev.size:
        return True
    if line.bold != prev.bold or numbering(line.text) is not None or is_bullet(line.text):
        return True
    if line.top - prev.bottom > 0.9 * line.size:
        return True
    return line.x0 > left + 1.5 * line.size  # indented first line


def _carry_columns(pages: list[list[Line]]) -> list[list[Line]]:
    """A layout table cut by a page break: the right column of the page's
    last rows ("TM. ỦY BAN NHÂN DÂN") is read after the left column's rest on
    the next page ("- UBND các huyện ...; - Lưu: VT, KT."), as on paper the
    signature stands beside the end of "Nơi nhận"."""
    for a, b in pairwise(pages):
        body = [ln for ln in a if ln.note is None]
        right = []
        for ln in reversed(body):
            if ln.column != 1:
                break
            right.insert(0, ln)
        lead = 0
        while lead < len(b) and b[lead].column == 0:
            lead += 1
        if not right or not lead or len(body) == len(right) or body[-len(right) - 1].column != 0:
            continue
        moved = {id(ln) for ln in right}
        a[:] = [ln for ln in a if id(ln) not in moved]
        b[lead:lead] = right
    return pages


def _continues_page(at: int, last: Line, line: Line, left: float, paras: list[Para]) -> bool:
    """Whether a page's first line goes on with the body paragraph the page
    before left unfinished ("... phối hợp với" / "UBND các huyện ..."): same
    type, not indented, no numbering, and the paragraph ends in no stop.
    """
    text = paras[at].text.rstrip()
    return (
        line.note is None
        and line.cells is None
        and last.cells is None
        and line.column == last.column
        and not line.bold
        and not last.bold
        and abs(line.size - last.size) <= 0.15 * last.size
        and (line.x0 <= left + 0.5 * line.size or line.column is not None)
        and not _OWN_LINE.match(line.text)
        and numbering(line.text) is None
        and not is_bullet(line.text)
        and bool(text)
        and (text[-1].isalnum() or text[-1] in ",-–(")
    )


def read_pdf(path: Path, data: bytes) -> Doc:
    """Read a PDF's bytes into a Doc."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = [_page_lines(page) for page in pdf.pages]
    except Exception as err:  # pdfminer raises many kinds on a broken file
        raise ReadError(str(path), f"corrupt PDF ({err.__class__.__name__}: {err})") from err
    if not any(pages):
        raise ReadError(str(path), "no text layer (scanned PDF?)")
    pages = continue_tables(_carry_columns(_drop_running_lines(pages)))
    paras: list[Para] = []
    seq = 0
    last_body: tuple[int, Line] | None = None  # para index and line of the last body line
    for lines in pages:
        left = min((ln.x0 for ln in lines if ln.cells is None), default=0.0)
        prev: Line | None = None
        for line in lines:
            seq += 1
            marks = [Mark(m.offset, m.marker, seq) for m in line.marks]
            piece = Para(line.text, marks, line.bold, seq=seq)
            if line.cells is not None:
                at = len(paras)
                paras.append(Para("", marks, cells=line.cells, seq=seq))
            elif prev is None and last_body is not None and _continues_page(*last_body, line, left,
                                                                           paras):
                at = last_body[0]
                paras[at] = paras[at].joined(piece)
            elif prev is not None and not _starts_para(prev, line, left):
                at = len(paras) - 1
                paras[at] = paras[at].joined(piece)
            else:
                at = len(paras)
                paras.append(Para(line.text, marks, line.bold, footnote=line.note, seq=seq))
            if line.note is None and paras[at].footnote is None:
                last_body = (at, line)
            prev = line
    raw = "\n".join(p.text if p.cells is None else "\t".join(p.cells) for p in paras)
    return assemble(paras, raw=raw, source=str(path), fmt="pdf")
