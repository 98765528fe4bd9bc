"""Which province a document speaks for, and the register's bodies named for it.

A body named with a bare "tỉnh" ("UBND tỉnh", "Cục Thuế tỉnh", "Ủy ban MTTQ
Việt Nam tỉnh") is the body of the document's own province. That province is
read, in this order, from the issuer ("Hội đồng nhân dân tỉnh Hà Giang"), the
letterhead above it ("UBND TỈNH TUYÊN QUANG" / "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"), the
title ("... tỉnh Lạng Sơn") and the place line when it names a province
("Hà Giang, ngày ..."). The agency register lists the bodies of one province
(:data:`ktxh.extract.agencies.HOME`): its names and codes hold only for a
document of that province or for a name that says so; elsewhere a provincial
body takes the document's province ("Cục Thuế tỉnh Tuyên Quang", no code), and
with no province known it keeps the words as written ("Ủy ban nhân dân tỉnh").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ktxh.extract import agencies
from ktxh.extract.namematch import alternation, name_key
from ktxh.text.model import Doc
from ktxh.text.normalize import fold

_RAW = json.loads(resources.files("ktxh.data").joinpath("provinces.json").read_text("utf-8"))


@dataclass(frozen=True, slots=True)
class Province:
    name: str  # "Hà Giang"
    unit: str  # "tỉnh", or "thành phố" for a centrally-run city

    @property
    def full(self) -> str:
        return f"{self.unit} {self.name}"


def _names() -> dict[str, Province]:
    # keyed by name_key: a match of the tolerant regex below ("lạng\nsơn", a
    # heading set on two lines) finds its province under the same key
    out = {name_key(n): Province(n, "tỉnh") for n in _RAW["provinces"]}
    out |= {name_key(n): Province(n, "thành phố") for n in _RAW["cities"]}
    out |= {name_key(v): out[name_key(n)] for v, n in _RAW["variants"].items()}
    return out


_BY_NAME = _names()
_NAME = alternation(_BY_NAME)
# "tỉnh Hà Giang", "thành phố Cần Thơ", "TP. Hồ Chí Minh", "Tỉnh ủy Cao Bằng"
_NAMED = re.compile(
    r"(?<!\w)(?:tỉnh(?: ủy| đoàn)?|thành phố|thành ủy|tp\.?)\s*(?P<name>" + _NAME + r")(?!\w)"
)
HOME = agencies.HOME


def _find(folded: str, start: int = 0, end: int | None = None) -> Province | None:
    m = _NAMED.search(folded, start, len(folded) if end is None else end)
    return _BY_NAME[name_key(m.group("name"))] if m else None


def document_province(doc: Doc, meta: Any) -> Province | None:
    """The province ``doc`` speaks for, from its issuer, letterhead, title or place."""
    if meta is None:
        return None
    issuer = getattr(meta, "issuer", None)
    found = _find(fold(issuer)) if issuer else None
    spans = getattr(meta, "spans", None) or {}
    head = spans.get("issuer") or spans.get("type")
    if found is None and head is not None:  # "UBND TỈNH TUYÊN QUANG" above "SỞ ..."
        found = _find(doc.folded, 0, head.end)
    title = getattr(meta, "title", None)
    if found is None and title:
        found = _find(fold(title))
    place = getattr(meta, "place", None)
    if found is None and place:  # "Hà Giang, ngày ...": a place line naming a province
        p = _BY_NAME.get(name_key(place))
        found = p if p is not None and p.unit == "tỉnh" else None
    return found


# --- the register's bodies in the document's province -------------------------

_HOME_FOLDED = fold(HOME)
_BARE_TINH = re.compile(r"(?<!\w)tỉnh$")
# "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "Tỉnh đoàn": the province's name follows
_PROVINCE_BODY = re.compile(r"(?<!\w)tỉnh (?:ủy|đoàn)$")


def resolve(name: str, written: str, province: Province | None) -> tuple[str, str | None]:
    """Name and register code of a body read as ``name`` from the words
    ``written`` (abbreviations spelled out) in a document of ``province``.

    The register's entry holds as it is for a central body, for a document of
    the register's home province and for words that name that province; a
    provincial body of another province takes that province's name and no
    code ("Cục Thuế tỉnh" → "Cục Thuế tỉnh Tuyên Quang"); with no province
    known the name stops at "tỉnh" ("Ủy ban nhân dân tỉnh").
    """
    agency = agencies.lookup(name)
    if agency is None:
        if province is not None and _BARE_TINH.search(fold(name)):  # "Chi cục Kiểm lâm tỉnh"
            return f"{name[:-4]}{province.full}", None
        return name, None
    home = province is not None and fold(province.name) == _HOME_FOLDED
    if agency.level != "province" or home or _HOME_FOLDED in fold(written):
        return agency.name, agency.code  # central and district bodies, or the home's own
    if not fold(agency.name).endswith(" " + _HOME_FOLDED):
        return agency.name, None  # "Sở Tài chính": the same name in every province
    stem = agency.name[: -len(HOME)].rstrip()  # "Cục Thuế tỉnh", "Tỉnh ủy"
    if _BARE_TINH.search(fold(stem)):
        if _tail_of(written, stem):  # "Bộ đội Biên phòng tỉnh" (of "Bộ Chỉ huy Bộ đội
            stem = " ".join(written.split())  # Biên phòng tỉnh"): the name as written
        return (stem if province is None else stem[:-4] + province.full), None
    if _PROVINCE_BODY.search(fold(stem)):
        return (stem if province is None else f"{stem} {province.name}"), None
    return written, None  # "Báo Lạng Sơn", "... Đồng Đăng - Lạng Sơn": the home's own body


def _tail_of(written: str, stem: str) -> bool:
    """Whether ``written`` ("… tỉnh") is the last words of the register's longer ``stem``:
    the register names the command over the force the text names."""
    said = fold(written).strip()
    return bool(_BARE_TINH.search(said)) and fold(stem).endswith(" " + said)
