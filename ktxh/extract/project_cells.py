"""Project names in the "Tên dự án" column of a table: the whole cell.

A cell holds the name alone, so what ends a name in running text (a comma,
"tại", "với", "dự án") is part of it there: "Di dời dân cư, giải phóng mặt
bằng Khu vực I di tích Kinh thành Huế", "Phát triển các đô thị loại vừa tại
Việt Nam - Tiểu dự án thành phố Huế". Only a trailing bracket of size or form
and the lender are dropped.
"""

from __future__ import annotations

import re

from ktxh.extract.project_names import _SIZE_INSIDE, ASIDE, Cut, _join
from ktxh.text.normalize import fold

# A trailing bracket of size or form and the lender after a name in a table cell:
# "Đường ven sông (dài 4,2 km)", "… thành phố Huế vay vốn ADB"
_CELL_LENDER = re.compile(r"\s+(?:vay vốn|sử dụng vốn vay|vốn vay)\s[^()]*$", re.IGNORECASE)
# the total row of a project table is no project: "Tổng cộng", "Tổng số", "Cộng (A + B)"; it is
# still read as a row, so that a heading's figures stop before it
_TOTAL_ROW = re.compile(
    r"(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn thành phố|toàn huyện)(?:\s*\([^()]*\))?[\s:]*")


def cell_name(text: str, start: int, end: int) -> Cut | None:
    """The project name of a "Tên dự án" cell ``text[start:end]``: the whole
    cell, with its commas, "tại", "với" and "dự án" ("Phát triển các đô thị loại
    vừa tại Việt Nam - Tiểu dự án thành phố Huế"), less a trailing bracket of
    size or form ("(dài 4,2 km)", "(PPP)") and the lender ("vay vốn ADB")."""
    while end > start and text[end - 1] in " .;,*":
        end -= 1
    if end > start and text[end - 1] == ")":
        open_at = text.rfind("(", start, end)
        if open_at > start and (ASIDE.match(text, open_at) or _SIZE_INSIDE.search(
                text, open_at, end)):
            end = open_at
    lender = _CELL_LENDER.search(text, start, end)
    if lender and lender.start() > start:
        end = lender.start()
    name = _join(text, start, end)
    if len(name.split()) < 2:
        return None
    return Cut(name, start, start + len(text[start:end].rstrip()))


def is_total(name: str) -> bool:
    """Whether a row's name is the table's total ("Tổng cộng", "Cộng (I + II)")."""
    return _TOTAL_ROW.fullmatch(fold(name)) is not None
