"""Document types and issuers: type words and symbol parts ↔ schema codes.

The type word ("BÁO CÁO", "Nghị quyết") is the first source of a document's
type; the first part of its ký hiệu ("TB" in "394/TB-VPCP", "CTr" in
"52-CTr/TU") the second. The issuer abbreviation is the part after the type
("VPCP"), the part after "/" in Party symbols ("TU"), or the first part of a
công văn symbol ("BNN" in "7180/BNN-KH").
"""

from __future__ import annotations

import json
import re
from importlib import resources

from ktxh.text.normalize import fold

TYPES = (
    "bao_cao", "thong_bao", "ke_hoach", "quyet_dinh", "nghi_quyet", "chi_thi",
    "cong_van", "to_trinh", "nghi_dinh", "thong_tu", "chuong_trinh", "other",
)  # fmt: skip

# Folded type words (as printed before a title or before "số") → code.
TYPE_WORDS: dict[str, str] = {
    "báo cáo": "bao_cao",
    "báo cáo tóm tắt": "bao_cao",
    "thông báo": "thong_bao",
    "thông báo kết luận": "thong_bao",
    "kế hoạch": "ke_hoach",
    "quyết định": "quyet_dinh",
    "nghị quyết": "nghi_quyet",
    "nghị quyết liên tịch": "nghi_quyet",
    "chỉ thị": "chi_thi",
    "công văn": "cong_van",
    "văn bản": "cong_van",
    "công điện": "cong_van",
    "tờ trình": "to_trinh",
    "nghị định": "nghi_dinh",
    "thông tư": "thong_tu",
    "thông tư liên tịch": "thong_tu",
    "chương trình": "chuong_trinh",
    "chương trình hành động": "chuong_trinh",
    "chương trình công tác": "chuong_trinh",
    "luật": "other",
    "bộ luật": "other",
    "pháp lệnh": "other",
    "kết luận": "other",
    "đề án": "other",
    "quy định": "other",
    "quy chế": "other",
    "hướng dẫn": "other",
    "chiến lược": "other",
    "quy hoạch": "other",
}

# First part of a ký hiệu (folded, đ→d) → code.
SYMBOL_TYPES: dict[str, str] = {
    "bc": "bao_cao",
    "tb": "thong_bao",
    "kh": "ke_hoach",
    "qd": "quyet_dinh",
    "nq": "nghi_quyet",
    "nqlt": "nghi_quyet",
    "ct": "chi_thi",
    "ttr": "to_trinh",
    "nd": "nghi_dinh",
    "tt": "thong_tu",
    "ttlt": "thong_tu",
    "ctr": "chuong_trinh",
    "cv": "cong_van",
    "cd": "cong_van",
    "kl": "other",
    "hd": "other",
    "qdi": "other",
    "da": "other",
}

# "BÁO CÁO" alone on a line, or "CHƯƠNG TRÌNH HÀNH ĐỘNG", maybe "(DỰ THẢO)".
TYPE_LINE = re.compile(
    r"^\s*(?P<word>"
    + "|".join(sorted((re.escape(w) for w in TYPE_WORDS), key=len, reverse=True))
    + r")\s*(?:\((?:dự thảo|lần \d+)[^)]*\))?\s*:?\s*$"
)

# A type word opening a line that goes on with the title (folded).
TYPE_PREFIX_RE = re.compile(
    r"^(?:" + "|".join(sorted((re.escape(w) for w in TYPE_WORDS), key=len, reverse=True)) + r")\s+"
)


def _load_issuers() -> dict[str, str]:
    data = json.loads(
        resources.files("ktxh.data").joinpath("issuers.json").read_text(encoding="utf-8")
    )
    return {symbol_key(k): v for k, v in data["issuers"].items()}


def symbol_key(part: str) -> str:
    """Folded symbol part, đ→d, trailing digits off: "QH14" → "qh", "HĐND" → "hdnd"."""
    return re.sub(r"\d+$", "", fold(part.strip())).replace("đ", "d")


def type_of_word(word: str) -> str | None:
    """Schema code of a type word ("Nghị quyết" → "nghi_quyet")."""
    return TYPE_WORDS.get(" ".join(fold(word).split()))


def type_line(line: str) -> str | None:
    """Code when ``line`` is a type word line ("KẾ HOẠCH", "THÔNG BÁO")."""
    m = TYPE_LINE.match(fold(line).strip(" *#_"))
    return TYPE_WORDS[" ".join(m["word"].split())] if m else None


def split_symbol(symbol: str) -> tuple[str | None, str | None]:
    """(type part, issuer part) of a ký hiệu.

    >>> split_symbol("NQ-CP"), split_symbol("CTr/TU"), split_symbol("BNN-KH")
    (('NQ', 'CP'), ('CTr', 'TU'), (None, 'BNN'))
    >>> split_symbol("2018/QH14")
    (None, 'QH14')
    """
    symbol = symbol.strip().strip("/")
    if "/" in symbol:  # Party "NQ/TW", "CTr/TU", state "2018/QH14"
        head, _, tail = symbol.rpartition("/")
        head = head.split("/")[-1]
        if head.isdigit():
            return split_symbol(tail) if "/" in tail or "-" in tail else (None, tail)
        if symbol_key(head) in SYMBOL_TYPES:
            return head, tail.split("-")[0]
        return None, tail.split("-")[0]
    parts = symbol.split("-")
    if symbol_key(parts[0]) in SYMBOL_TYPES and len(parts) > 1:
        return parts[0], parts[1]
    if symbol_key(parts[0]) in SYMBOL_TYPES:
        return parts[0], None
    return None, parts[0]


def type_of_symbol(symbol: str | None) -> str | None:
    """Code from a ký hiệu: "TB-VPCP" → "thong_bao"; a công văn symbol
    ("BNN-KH", "UBND-KT": issuer first) → "cong_van"; None if unknown."""
    if not symbol:
        return None
    kind, issuer = split_symbol(symbol)
    if kind is not None:
        return SYMBOL_TYPES[symbol_key(kind)]
    if issuer is not None and "/" not in symbol and "-" in symbol and issuer_name(issuer):
        return "cong_van"
    return None


def issuer_name(abbreviation: str | None) -> str | None:
    """Full name of an issuer abbreviation ("VPCP" → "Văn phòng Chính phủ")."""
    if not abbreviation:
        return None
    return ISSUERS.get(symbol_key(abbreviation))


def issuer_of_symbol(symbol: str | None) -> str | None:
    """Issuer of a ký hiệu: "NQ-CP" → "Chính phủ", "11-NQ/TW" part "NQ/TW" →
    "Trung ương Đảng", "2018/QH14" → "Quốc hội"."""
    if not symbol:
        return None
    return issuer_name(split_symbol(symbol)[1])


ISSUERS = _load_issuers()
