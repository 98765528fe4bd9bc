"""Short names a document defines for a body it names in full.

"Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh (Ban QLDA
giao thông)", "Trung tâm Phát triển quỹ đất tỉnh (sau đây gọi tắt là Trung
tâm)": later the short name stands for the full one, also as the lead of a
heading ("**3.4. Ban QLDA giao thông:**"). :func:`short_names` maps each
short name (folded) to the full name; :func:`ktxh.extract.clauses.short_names`
lets the body reader use the map.
"""

from __future__ import annotations

import re

from ktxh.extract import clauses as cl

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


def short_names(text: str, folded: str) -> dict[str, str]:
    """Folded short name → full name as written, for each definition in the text."""
    out: dict[str, str] = {}
    for m in _DEFINITION.finditer(folded):
        short = text[m.start("short") : m.end("short")]
        if not short[:1].isupper() or _KNOWN_SHORT.match(folded, m.start("short")):
            continue
        if not (m.group("said") or _ACRONYM.search(short)):
            continue  # "(bản giấy)", "(Phụ lục kèm theo)": no short name
        full = _full_name(text, folded, m.start())
        if full is not None and len(full.split()) > len(short.split()):
            out.setdefault(folded[m.start("short") : m.end("short")], full)
    return out


def _full_name(text: str, folded: str, bracket: int) -> str | None:
    """The body named right before ``bracket``, read from the leftmost word that reaches it."""
    lo = max(0, bracket - _REACH)
    for m in _CLAUSE_START.finditer(folded, lo, bracket):
        lo = m.end()
    for w in re.finditer(r"(?<!\w)\w", text[lo:bracket]):
        p = lo + w.start()
        if not text[p].isupper():
            continue
        body = cl.read_body(text, folded, p, bracket, register=False)
        if body is not None and not body.is_group and not folded[body.end : bracket].strip():
            return body.name
    return None
