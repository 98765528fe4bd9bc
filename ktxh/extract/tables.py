"""Tables of figures: one row per indicator, project, item or place, one
column per role.

A table is read when one column holds names and others hold numbers. The
header row (with the rows under it that hold no numbers) names the columns:

- names: "Chỉ tiêu", "Nội dung", "Đơn vị", "Tên ..." (indicators) or "Dự
  án", "Tên dự án", "Công trình" (projects); with no such word, the first
  column of text after an "STT"/"TT" column, or the first column of words
  beside measures ("| Cây trồng | Diện tích (ha) |": items); "Đơn vị" over
  places or bodies, not units, names the rows;
- "ĐVT"/"Đơn vị tính" (the unit); a unit in brackets in the header ("Tổng
  mức đầu tư (tỷ đồng)", "Tỷ lệ giải ngân (%)");
- "Kế hoạch"/"KH"/"Dự toán" (the plan: not a figure of an indicator, but
  the capital planned for a project, "Kế hoạch vốn năm 2025");
- "Thực hiện"/"TH", "Ước thực hiện 9 tháng", "Thực hiện quý III", "Lũy kế",
  "Giải ngân đến 31/3/2025" (the level reached; "ước" makes it an estimate);
- "% KH", "TH/KH", "So với kế hoạch", "Tỷ lệ giải ngân" (pct_of_plan);
- "So với cùng kỳ (%)": a ratio to the same period of last year (a multiple,
  as "bằng 91,4% so với cùng kỳ") when every value is one (40 and more),
  else a change, as "Tăng/giảm so cùng kỳ";
- "Tổng mức đầu tư", "Tổng vốn (triệu USD)", "Chiều dài", "Công suất" (a
  static size: no period);
- "Bình quân giai đoạn (%/năm)": the average growth over the table's span
  of years (its caption's "giai đoạn 2016 - 2020", else its first to last
  year column);
- a year in a header gives the column its period: "2019", "Ước 2020",
  "Kế hoạch vốn 2022" (:func:`header_hits`);
- headers that are places ("| Chỉ tiêu | ĐVT | Huyện A | Thị xã B |"): a
  column of each place's values;
- a measure with its unit in brackets ("Diện tích (ha)", "Sản lượng (tấn)"):
  a level of the row's item ("diện tích lúa");
- a bare "Tỷ lệ (%)": the share of the plan beside a plan and a level
  column, else a rate;
- in a table of places ("Huyện Sông Lô", "Thành phố Vĩnh Yên" as row
  labels), any column of numbers ("Bổ sung cân đối"): a level of the place,
  named by the column;
- "Dự toán năm 2024" after every result column: the budget of that year, a
  figure as the same amount in the text is ("chi đầu tư phát triển 7.215,3
  tỷ đồng"; :mod:`ktxh.extract.target_tables` reads it as a target too).

Cells hold a number or a range ("10 - 10,5"); the unit is the column's, the
ĐVT cell's or the caption's ("Đơn vị tính: triệu đồng"); a "%" row is a rate,
share, change or average growth by its words, never a level
(:mod:`ktxh.extract.table_cells`).

:mod:`ktxh.extract.table_figures` turns the cells into figures,
:mod:`ktxh.extract.target_tables` the plan columns into targets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ktxh.extract.table_cells import (
    caption_text,
    caption_unit,
    is_bare_rate,
    is_number_cell,
    place_of,
)
from ktxh.extract.timeframes import PeriodHit, find_period_hits, year_of
from ktxh.extract.units import match_unit
from ktxh.text.model import BlockKind, Doc, Span
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

COLUMN_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"^(?:s?tt|số tt|số thứ tự)$")),
    ("unit", re.compile(r"^(?:đvt|đơn vị tính|đơn vị)$")),
    ("project", re.compile(r"^(?:tên |danh mục )?(?:dự án|công trình)")),
    ("indicator", re.compile(r"^(?:chỉ tiêu|nội dung|danh mục|tên|ngành|lĩnh vực|đơn vị"
                             r"|địa phương|huyện|sản phẩm|mặt hàng|hạng mục)(?![\w])")),
    # "Tổng vốn (triệu USD)" of an ODA project, not "Tổng vốn 2021 - 2025"
    ("static", re.compile(r"tổng mức đầu tư|^tmđt|chiều dài|công suất|dung tích|quy mô"
                          r"|^tổng vốn(?: đầu tư)?\s*(?:\([^()\d]*\))?$")),
    # "Bình quân giai đoạn (%/năm)", "Tăng BQ (%)": the average growth of the row
    ("average", re.compile(r"(?:bình quân|(?<![\w])bq(?![\w]))[^|]*%")),
    # "KH" as a word: not "Khu vực" (a column of areas)
    ("pct_of_plan", re.compile(r"%\s*(?:kh(?![\w])|kế hoạch|dự toán|dt(?![\w]))"
                               r"|so (?:với )?(?:kh(?![\w])|kế hoạch|dự toán)"
                               r"|tỷ lệ.*(?:(?<![\w])kh(?![\w])|kế hoạch|giải ngân|thực hiện"
                               r"|hoàn thành)"
                               r"|(?:th|thực hiện)\s?/\s?(?:kh|kế hoạch|dt|dự toán)")),
    ("change", re.compile(r"cùng kỳ|tăng,? giảm|tăng/giảm|tốc độ tăng")),
    ("plan", re.compile(r"^(?:kế hoạch|kh(?![\w])|dự toán|mục tiêu|chỉ tiêu giao)|vốn kế hoạch"
                        r"|vốn giao")),
    # "Thực hiện", "Ước TH", "TH 9 tháng"
    ("level", re.compile(r"thực hiện|ước|kết quả|lũy kế|luỹ kế|giải ngân|khối lượng|giá trị"
                         r"|số lượng|^(?:năm )?(?:19|20)\d\d$|^quý|^tháng|(?<![\w/])th(?![\w/])")),
)
# "Dự kiến 2025", "Dự kiến cả giai đoạn" beside "Mục tiêu 2025": the result expected
_EXPECTED = re.compile(r"^dự kiến(?!\s(?:kế hoạch|kh(?![\w])|giao|phân bổ|mục tiêu))")
_UNIT_BRACKET = re.compile(r"\(([^()\d][^()]{0,19})\)\s*$")  # not "(1)", a column number
# "Số dự án chậm tiến độ", "Số hộ nghèo cuối năm 2024": a column counting what it names (folded)
_COUNT_HEADER = re.compile(r"số\s+(?!lượng(?![\w])|tt(?![\w])|thứ tự)")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
# a year written bare after the column's words: "Ước 2020", "Kế hoạch vốn 2022"
_HEADER_YEAR = re.compile(r"(?<![\w/.,-])((?:19|20)\d\d)(?![\w/.,])")


@dataclass(frozen=True, slots=True)
class Column:
    role: str
    estimate: bool
    unit: str = ""  # "(tỷ đồng)" in the header
    header: str = ""  # the header words, as written
    place: str | None = None  # a column of one place's values: "Huyện Kế Sách"


def _column(text: str) -> Column | None:
    f = fold(text).strip(" *")
    role = next((r for r, rx in COLUMN_ROLES if rx.search(f)), None)
    unit = _UNIT_BRACKET.search(text)
    written = unit.group(1).strip() if unit else ""
    counted = "" if unit or role in ("number", "unit", "project", "indicator", "pct_of_plan",
                                     "change", "rate") else count_noun(text)
    if role is None and is_bare_rate(text):
        role = "rate"  # "Tỷ lệ (%)"
    elif role is None and (counted or (unit and match_unit(fold(" " + unit.group(1)), 0))):
        role = "measure"  # "Diện tích (ha)", "Năng suất (tạ/ha)", "Số hộ nghèo"
    if role is None:
        return None
    return Column(role, "ước" in f.split() or "dự kiến" in f, written or counted,
                  " ".join(text.split()))


def count_noun(header: str) -> str:
    """The unit of a column that counts what its header names, as the text
    writes it after the number ("17 dự án", "12.640 hộ"): "Số dự án chậm tiến
    độ" → "dự án", "Số hộ nghèo ước đến 31/10/2025" → "hộ"; "" for "Số tiền",
    "Số lượng"."""
    text = header.strip(" *")
    m = _COUNT_HEADER.match(fold(text))
    if m is None:
        return ""
    rest = " " + text[m.end() :]
    unit = match_unit(fold(rest), 0)
    if unit is None or unit.start != 1 or unit.per or unit.scale != 1.0:
        return ""
    return rest[unit.start : unit.end].lower()


def header_hits(folded: str, year: int | None = None) -> list[PeriodHit]:
    """Period phrases of a folded column header: those :func:`find_period_hits`
    reads ("Ước thực hiện năm 2024", "Giải ngân đến 31/10/2022"), else a year
    written bare after the column's words ("Ước 2020", "Kế hoạch vốn 2022")."""
    hits = [h for h in find_period_hits(folded, year=year) if not h.base]
    if hits:
        return hits
    return [PeriodHit(m.start(1), m.end(1), m.group(1)) for m in _HEADER_YEAR.finditer(folded)]


def _roles(doc: Doc, header: int) -> list[Column | None]:
    """The role of each column of the header row ``header`` (a block index)."""
    return [_column(doc.text[c.start : c.end]) for c in doc.blocks[header].cells]


def _tables(doc: Doc) -> list[list[int]]:
    """Runs of consecutive table rows (block indices)."""
    runs: list[list[int]] = []
    for i, b in enumerate(doc.blocks):
        if b.kind is BlockKind.TABLE_ROW and b.cells:
            if runs and runs[-1][-1] == i - 1 and not _new_header(doc, i):
                runs[-1].append(i)
            else:
                runs.append([i])
    return runs


def _new_header(doc: Doc, row: int) -> bool:
    """Whether table row ``row`` opens a table of its own right under another:
    a row of words after a row of numbers, of another width or opening with
    "TT"/"STT"."""
    cells = doc.blocks[row].cells
    if not _has_numbers(doc, row - 1) or _has_numbers(doc, row):
        return False
    first = doc.folded[cells[0].start : cells[0].end].strip(" *")
    return len(doc.blocks[row - 1].cells) != len(cells) or bool(COLUMN_ROLES[0][1].match(first))


@dataclass(frozen=True, slots=True)
class Table:
    """A table of figures: its columns and the rows of data under its header."""

    columns: list[Column | None]
    names: int  # the column of names
    projects: bool  # the names are of projects
    rows: list[int]  # block indices of the data rows
    header: list[int]  # block indices of the header rows
    period: str | None = None  # named over merged header cells: "Năm 2024"
    places: bool = False  # the names are places: "Huyện Sông Lô"
    unit: str = ""  # the caption's: "Đơn vị tính: triệu đồng"
    caption: str = ""  # the folded lines over the table: "phụ lục ii chỉ tiêu kế hoạch ..."
    span: str | None = None  # its years: "giai đoạn 2016 - 2020", or "| 2016 | … | Ước 2020 |"


def _has_numbers(doc: Doc, row: int) -> bool:
    """Whether a row holds numbers after its first cell, other than years
    only ("| Chỉ tiêu | ĐVT | 2023 | 2024 |" is a header)."""
    cells = doc.blocks[row].cells[1:]
    found = [doc.folded[c.start : c.end].strip() for c in cells if is_number_cell(doc, c)]
    return bool(found) and not all(_YEAR_CELL.fullmatch(f) for f in found)


def _merged(doc: Doc, rows: list[int]) -> list[Column | None]:
    """Roles of columns whose header runs over several rows ("Năm 2024" over
    "Kế hoạch | Ước thực hiện"): each column's words joined from the top."""
    width = len(doc.blocks[rows[-1]].cells)
    words = [""] * width
    for r in rows:
        cells = doc.blocks[r].cells
        if len(cells) != width:
            continue
        for k, c in enumerate(cells):
            cell = doc.text[c.start : c.end].strip()
            if cell and cell not in words[k]:
                words[k] = f"{cell} {words[k]}".strip()  # "Kế hoạch" under "Năm 2024"
    return [_column(w) if w else None for w in words]


def _header_rows(doc: Doc, run: list[int], first: int, width: int) -> list[int]:
    """The header rows: those before row ``first`` as wide as it, naming a column."""
    head = []
    for r in run[:first]:
        cells = doc.blocks[r].cells
        if len(cells) == width and (not head or any(
                _column(doc.text[c.start : c.end]) for c in cells)):
            head.append(r)  # "| | | Kế hoạch | Ước thực hiện |" under "| TT | Chỉ tiêu | ... |"
    return head


def _names_column(doc: Doc, columns: list[Column | None], rows: list[int]) -> int | None:
    """The column of the rows' names, making it one where no header names it."""
    roles = [c.role if c else None for c in columns]
    names = next((k for k, n in enumerate(roles) if n in ("project", "indicator")), None)
    if names is None and roles and roles[0] == "number" and len(roles) > 2 and not roles[1]:
        names = 1  # "| TT | | Kế hoạch | Thực hiện |": the names after the numbers
        columns[1] = Column("indicator", False)
    if names is None and any(n in ("measure", "level", "change") for n in roles):
        # "| Cây trồng | Diện tích (ha) | …": the first column of words
        names = next((k for k, n in enumerate(roles) if n is None and _words(
            doc, [doc.blocks[r].cells[k] for r in rows])), None)
        if names is not None:
            columns[names] = Column("item", False, "", columns[names].header
                                    if columns[names] else "")
    return names


def _place_measures(doc: Doc, columns: list[Column | None], names: int, rows: list[int],
                    head: list[int]) -> None:
    """Read the unnamed columns of numbers of a table of places as measures."""
    for k, col in enumerate(columns):
        if col is None and k != names and any(
                is_number_cell(doc, doc.blocks[r].cells[k]) for r in rows):
            # "| Huyện Sông Lô | 441.200 |" under "Bổ sung cân đối"
            words = " ".join(w for r in head if (w := doc.text[
                doc.blocks[r].cells[k].start : doc.blocks[r].cells[k].end].strip()))
            unit = _UNIT_BRACKET.search(words)
            columns[k] = Column("measure", False, unit.group(1).strip() if unit else "", words)


def read_table(doc: Doc, run: list[int]) -> Table | None:
    """The columns and data rows of the table of rows ``run``, None when no
    column holds names.

    The header is the rows before the first row of numbers that are as wide
    as it (the first, and those under it naming a column); a shorter row
    above them spans merged cells ("Năm 2024" over "Kế hoạch | Ước thực
    hiện" in a Word table) and may give the table its period.
    """
    first = next((k for k, r in enumerate(run) if _has_numbers(doc, r)), None)
    if not first:
        return None
    width = len(doc.blocks[run[first]].cells)
    head = _header_rows(doc, run, first, width)
    if not head:
        return None
    columns = _merged(doc, head) if len(head) > 1 else _roles(doc, head[0])
    if any(c is not None and c.role == "plan" for c in columns):
        columns = [Column("level", True, "", " ".join(doc.text[c.start : c.end].split()))
                   if col is None and _EXPECTED.match(fold(doc.text[c.start : c.end]).strip(" *"))
                   else col for col, c in zip(columns, doc.blocks[head[-1]].cells, strict=False)]
    rows = [r for r in run[first:] if len(doc.blocks[r].cells) == width]
    labels = [[doc.text[c.start : c.end].strip() for c in doc.blocks[r].cells] for r in rows]
    for k, col in enumerate(columns):
        if col is not None and col.role == "unit" and fold(col.header) == "đơn vị" and not _units(
                [row[k] for row in labels]):
            columns[k] = Column("indicator", False, "", col.header)  # "Đơn vị": of places
    names = _names_column(doc, columns, rows)
    if names is None:
        return None
    spanning = {h.code for r in run[:first] if len(doc.blocks[r].cells) != width
                for h in find_period_hits(doc.folded, doc.blocks[r].span.start,
                                          doc.blocks[r].span.end) if not h.base}
    column = columns[names]
    assert column is not None
    named = [row[names] for row in labels if row[names]]
    places = bool(named) and 2 * sum(place_of(n) is not None for n in named) >= len(named)
    if places:
        _place_measures(doc, columns, names, rows, head)
        _name_totals(columns)
    elif column.role != "project":
        _place_columns(doc, columns, names, rows, head)
    caption = caption_text(doc, run[0])
    return Table(columns, names, column.role == "project", rows, head,
                 spanning.pop() if len(spanning) == 1 else None, places,
                 caption_unit(doc, run[0]), caption, _span(caption, columns))


def _place_columns(doc: Doc, columns: list[Column | None], names: int, rows: list[int],
                   head: list[int]) -> None:
    """ "| Chỉ tiêu | ĐVT | Toàn tỉnh | Huyện Kế Sách | Thị xã Ngã Bảy |": the columns
    of two places or more, and a total beside them, hold each place's values."""
    heads = [" ".join(doc.text[c.start : c.end].strip() for r in head
                      if (c := doc.blocks[r].cells[k]).end > c.start)
             for k in range(len(columns))]
    at = [k for k, h in enumerate(heads) if k != names and place_of(h.strip(" *"))]
    if len(at) < 2:
        return
    for k, col in enumerate(columns):
        if k == names or (col is not None and col.role in ("number", "unit")):
            continue
        if not any(is_number_cell(doc, doc.blocks[r].cells[k]) for r in rows):
            continue
        place = place_of(heads[k].strip(" *"))
        if place is not None or col is None or _TOTAL_HEADER.fullmatch(fold(heads[k])):
            columns[k] = Column("measure", False, "", heads[k], place)  # "Toàn tỉnh": None


def _span(caption: str, columns: list[Column | None]) -> str | None:
    """The years a table covers: a span its caption names ("giai đoạn 2016 -
    2020"), else its first to last year column ("| 2016 | … | Ước 2020 |")."""
    spans = [h.code for h in find_period_hits(caption) if h.is_span and not h.base]
    if spans:
        return spans[-1]
    years = [y for c in columns if c is not None and c.role == "level"
             for h in header_hits(fold(c.header)) if not h.is_span and (y := year_of(h.code))]
    return f"{min(years)}/{max(years)}" if len(set(years)) > 1 else None


_TOTAL_HEADER = re.compile(r"(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn thành phố)")


def _name_totals(columns: list[Column | None]) -> None:
    """ "Tổng cộng" beside "Bổ sung cân đối | Bổ sung có mục tiêu" → "Tổng bổ sung":
    the words the other columns open with."""
    heads = [c.header.split() for c in columns if c is not None and c.role == "measure"
             and not _TOTAL_HEADER.fullmatch(fold(c.header))]
    common: list[str] = []
    for words in zip(*heads, strict=False):
        if len({fold(w) for w in words}) > 1:
            break
        common.append(fold(words[0]))
    if len(heads) < 2 or not common:
        return
    for k, c in enumerate(columns):
        if c is not None and c.role == "measure" and _TOTAL_HEADER.fullmatch(fold(c.header)):
            columns[k] = Column("measure", c.estimate, c.unit, "Tổng " + " ".join(common))


def _units(cells: list[str]) -> bool:
    """Whether the cells of an "Đơn vị" column are units ("ha", "Tỷ đồng"), not
    the names of places or bodies ("Huyện Sông Lô")."""
    filled = [fold(" " + c) for c in cells if c]
    return not filled or 2 * sum(bool((m := match_unit(c, 0)) and m.end >= len(c.rstrip(" ."))
                                      and place_of(c.strip()) is None)
                                 for c in filled) >= len(filled)


def _words(doc: Doc, cells: list[Span]) -> bool:
    """Whether most cells hold words, not numbers."""
    filled = [c for c in cells if c.end > c.start]
    return bool(filled) and 2 * sum(not is_number_cell(doc, c) for c in filled) > len(filled)


def read_tables(doc: Doc) -> list[Table]:
    """Every table of ``doc`` with a column of names and columns of numbers."""
    out = []
    for run in _tables(doc):
        table = read_table(doc, run)
        if table is not None and (table.places or any(
                c is not None and (c.role in ("level", "pct_of_plan", "change", "static",
                                              "measure", "rate") or _budget(c))
                for c in table.columns)):
            out.append(table)
    return out


def _budget(col: Column) -> bool:
    """ "Dự toán năm 2024": the budget decided for a year."""
    return col.role == "plan" and fold(col.header).startswith("dự toán")
