"""Short names a document defines for a body it names in full.

"Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh (Ban QLDA
giao thông)", "Trung tâm Phát triển quỹ đất tỉnh (sau đây gọi tắt là Trung
tâm)": later the short name stands for the full one, also as the lead of a
heading ("**3.4. Ban QLDA giao thông:**"). :func:`find` maps each short name
(folded) to the full name; within :func:`defined` the body reader of
:mod:`ktxh.extract.clauses` reads them (:func:`at`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

# "(Ban QLDA giao thông)", "(sau đây gọi tắt là Ban Quản lý)", "(viết tắt là VPĐKĐĐ)"
_DEFINITION = re.compile(
    r"\(\s*(?P<said>(?:sau đây\s+)?(?:được\s+)?(?:gọi tắt là|viết tắt là|gọi là)\s+)?"
    r"(?P<short>[^()\n;:,.]{2,40}?)\s*\)"
)
# an acronym in the short name: "QLDA", "VPĐKĐĐ", "BQL"
_ACRONYM = re.compile(r"(?<!\w)[A-ZĐ]{2,}[A-ZĐ&]*(?!\w)")
# short names the reader knows already (abbreviations spelled out, the register)
_KNOWN_SHORT = re.compile(r"(?:ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân|sở|bộ|mttq)(?!\w)")
# where the full name may start: after these, within the clause
_CLAUSE_START = re.compile(r"[;:]|\.\s|\n")
_REACH = 250
_WORD_START = re.compile(r"(?<!\w)\w")

# the short names in force, folded → full name, longest first
_SHORT: ContextVar[Mapping[str, str] | None] = ContextVar("short_names", default=None)


def find(text: str, folded: str, read_body: Callable[..., Any]) -> dict[str, str]:
    """Folded short name → full name as written, for each definition in the text;
    ``read_body`` reads the body that ends at the bracket (:func:`body_reader.read_body`)."""
    out: dict[str, str] = {}
    for m in _DEFINITION.finditer(folded):
        short = text[m.start("short") : m.end("short")]
        if not short[:1].isupper() or _KNOWN_SHORT.match(folded, m.start("short")):
            continue
        if not (m.group("said") or _ACRONYM.search(short)):
            continue  # "(bản giấy)", "(Phụ lục kèm theo)": no short name
        full = _full_name(text, folded, m.start(), read_body)
        if full is not None and len(full.split()) > len(short.split()):
            out.setdefault(folded[m.start("short") : m.end("short")], full)
    return out


def _full_name(text: str, folded: str, bracket: int, read_body: Callable[..., Any]) -> str | None:
    """The body named right before ``bracket``, read from the leftmost word that reaches it."""
    lo = max(0, bracket - _REACH)
    for m in _CLAUSE_START.finditer(folded, lo, bracket):
        lo = m.end()
    for w in _WORD_START.finditer(text, lo, bracket):
        p = w.start()
        if not text[p].isupper():
            continue
        body = read_body(text, folded, p, bracket, register=False)
        if body is not None and not body.is_group and not folded[body.end : bracket].strip():
            return str(body.name)
    return None


@contextmanager
def defined(names: Mapping[str, str]) -> Iterator[None]:
    """Let the body reader read these short names as their bodies."""
    token = _SHORT.set(dict(sorted(names.items(), key=lambda kv: -len(kv[0]))))
    try:
        yield
    finally:
        _SHORT.reset(token)


def at(text: str, folded: str, pos: int, end: int) -> tuple[int, str] | None:
    """End and full name of a short name in force at ``pos``; not the start of a longer
    name ("Trung tâm | Y tế huyện")."""
    for short, full in (_SHORT.get() or {}).items():
        e = pos + len(short)
        if e <= end and folded.startswith(short, pos) and not folded[e : e + 1].isalnum():
            q = e
            while q < len(folded) and folded[q] in " \t\n\u00a0":
                q += 1
            if q == e or not (q < len(text) and (text[q].isupper() or text[q].isdigit())):
                return e, full
    return None


def past_definition(folded: str, pos: int, end: int) -> int:
    """After the bracket at ``pos`` that defines a short name in force ("(Ban QLDA giao
    thông)" after the full name), else ``pos``."""
    if not folded.startswith("(", pos) or not _SHORT.get():
        return pos
    close = folded.find(")", pos, end)
    inner = folded[pos + 1 : close].strip() if close > 0 else ""
    if not any(inner.endswith(short) for short in _SHORT.get() or {}):
        return pos
    pos = close + 1
    while pos < end and folded[pos] in " \t\n\u00a0":
        pos += 1
    return pos


def in_force() -> bool:
    return bool(_SHORT.get())
