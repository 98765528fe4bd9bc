"""The signature block: signer, position ("Phó Chủ tịch") and authority
("TM. Ủy ban nhân dân", "KT. Chủ tịch").

The name is a short Title Case line after "TM."/"KT."/"CHỦ TỊCH" ..., often
right after the "Nơi nhận:" list (the two stand side by side in the
original layout), sometimes alone at the end when the header is garbled.
"""

from __future__ import annotations

import re

from ktxh.extract.doclines import Line
from ktxh.extract.metadata_lexicon import (
    APPENDIX_RE,
    AUTHORITY_RE,
    LIST_ITEM_RE,
    NOI_NHAN_RE,
    NOT_A_NAME_HEAD,
    POSITION_BEFORE_NAME_RE,
    POSITION_RE,
    SIGNED_NOTE_RE,
    SURNAMES,
    sentence_case,
    signature_tail,
)
from ktxh.text.model import Doc, Span
from ktxh.text.normalize import fold

_NOTE_TAIL_RE = re.compile(r"\s*\((?:đã ký|ký)[^)]*\)\s*$", re.IGNORECASE)
_NOTE_INSIDE_RE = re.compile(r"\s*\((?:đã ký|ký)[^)]*\)\s*", re.IGNORECASE)
TAIL_LINES = 60  # without "Nơi nhận", the signature is within the last lines

Signature = tuple[str | None, Span | None, str | None, str | None]
NO_SIGNATURE: Signature = (None, None, None, None)


def is_name(text: str) -> bool:
    """A person's name: 2-5 capitalised words ("Mai Tiến Dũng"), or all caps
    with a common surname first ("NGUYỄN VĂN AN"); not "Lưu VT"."""
    words = text.split()
    if not 2 <= len(words) <= 5 or any(not w.isalpha() for w in words):
        return False
    if words[0].lower() in NOT_A_NAME_HEAD:
        return False
    caps = {w.isupper() for w in words if len(w) > 1}
    if len(caps) > 1:
        return False
    if words[0].lower() in SURNAMES and all(w[0].isupper() for w in words):
        return True
    return all(w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words)


def authority_of(text: str) -> str | None:
    """ "TM. ỦY BAN NHÂN DÂN" → "TM. Ủy ban nhân dân"."""
    a = AUTHORITY_RE.match(text)
    if not a:
        return None
    prefix = (a["prefix"] or a["prefix2"]).upper().replace("/", "")
    return f"{prefix}. {sentence_case(a['body'] or a['body2'], each_part=True)}"


def is_signature_line(line: Line) -> bool:
    """Authority, position, "(Đã ký)" or a name: the signature column."""
    return bool(
        AUTHORITY_RE.match(line.text)
        or POSITION_RE.fullmatch(line.folded)
        or SIGNED_NOTE_RE.fullmatch(line.folded)
        or is_name(line.text)
    )


def _name_text(line: Line) -> str:
    """The line without a trailing note: "Nguyễn Văn An (đã ký)" → "Nguyễn Văn An"."""
    return " ".join(_NOTE_TAIL_RE.sub("", line.text).split())


def _is_signer(line: Line) -> bool:
    return (
        not LIST_ITEM_RE.match(line.text)
        and is_name(_name_text(line))
        and not POSITION_RE.fullmatch(line.folded)
    )


def _around(lines: list[Line], j: int, lo: int) -> Signature:
    """The signer on line ``j`` with the position and authority above it."""
    position = authority = None
    for k in range(j - 1, max(lo, j - 8) - 1, -1):
        prev = lines[k]
        text = prev.text
        if not (AUTHORITY_RE.match(text) or POSITION_RE.fullmatch(prev.folded)):
            text = signature_tail(text) or text  # PDF: "- Như trên; PHÓ CHỦ TỊCH"
        authority = authority_of(text)
        if authority:
            break
        if POSITION_RE.fullmatch(fold(text).strip(" .")):
            if position is None:
                position = sentence_case(text, each_part=True)
            continue
        if LIST_ITEM_RE.match(prev.text) or SIGNED_NOTE_RE.fullmatch(prev.folded):
            continue  # list cells beside the signature, "(Đã ký)"
        if NOI_NHAN_RE.match(prev.folded) or len(prev.text) > 80:
            break
    ln = lines[j]
    name = _name_text(ln)
    return name, Span(ln.start, ln.start + len(ln.text.split("(")[0].rstrip())), position, authority


_PREFIX_SPLIT_RE = re.compile(r"\s(?=(?:TM|KT|TL|TUQ|Q)\s*\.)")
# A line that ends with a position ("KT. CHÁNH VĂN PHÒNG") holds no name.
_ENDS_WITH_POSITION_RE = re.compile(rf"(?:{POSITION_RE.pattern})\s*$")


def _cell_signature(line: Line) -> Signature | None:
    """A whole signature block on one line, as a .docx table cell reads:
    "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đoàn Thu Hà"."""
    text = _NOTE_INSIDE_RE.sub(" ", line.text)
    if _ENDS_WITH_POSITION_RE.search(fold(text).rstrip(" .")):
        return None
    words = list(re.finditer(r"\S+", text))
    for n in (5, 4, 3, 2):
        if len(words) <= n or not is_name(" ".join(w[0] for w in words[-n:])):
            continue
        head = text[: words[-n].start()].strip()
        if not head.isupper():
            continue
        position = authority = None
        hw = head.split()
        for i in range(len(hw)):  # the longest position at the end of the head
            if POSITION_RE.fullmatch(fold(" ".join(hw[i:]))):
                position, head = " ".join(hw[i:]), " ".join(hw[:i])
                break
        if head:
            authority = authority_of(_PREFIX_SPLIT_RE.split(head)[-1])
        if position is None and authority is None:
            continue
        name = " ".join(w[0] for w in words[-n:])
        start = line.text.find(words[-n][0]) if text == line.text else line.text.rfind(name)
        span = Span(line.start + max(start, 0), line.start + max(start, 0) + len(name))
        pos = sentence_case(position, each_part=True) if position else None
        return name, span, pos, authority
    return None


def _signer_at(lines: list[Line], j: int, lo: int) -> Signature | None:
    if _is_signer(lines[j]):
        return _around(lines, j, lo)
    if AUTHORITY_RE.match(lines[j].text) or POSITION_RE.match(lines[j].folded):
        return _cell_signature(lines[j])
    return None


def find_signature(lines: list[Line], noi_nhan: int) -> Signature:
    """Signer, span, position, authority; ``noi_nhan`` is the index of the
    "Nơi nhận:" line or -1. Appendices after the signature are passed over."""
    if noi_nhan >= 0:
        for j in range(noi_nhan, min(len(lines), noi_nhan + 40)):
            if found := _signer_at(lines, j, noi_nhan):
                return found
        for j in range(noi_nhan - 1, max(-1, noi_nhan - 12), -1):  # block above the list
            if found := _signer_at(lines, j, max(0, noi_nhan - 20)):
                return found
    for k in range(len(lines) - 1, -1, -1):  # from the last "TM."/"KT." line
        if AUTHORITY_RE.match(lines[k].text):
            for j in range(k, min(len(lines), k + 8)):
                if found := _signer_at(lines, j, k):
                    return found
            break
    for j in range(len(lines) - 1, max(-1, len(lines) - TAIL_LINES), -1):
        if found := _signer_at(lines, j, max(0, len(lines) - TAIL_LINES)):
            return found
    return NO_SIGNATURE


def before_appendix(lines: list[Line]) -> list[Line]:
    """The lines before the first appendix heading ("Phụ lục I", "Biểu số 01")
    that follows "Nơi nhận" or a signature line: the rows of an appendix table
    ("| 9 | Huyện Sông Lô | 441.200 |") never give the signer."""
    signed = False
    for i, ln in enumerate(lines):
        if (NOI_NHAN_RE.match(ln.folded) or AUTHORITY_RE.match(ln.text)
                or POSITION_RE.fullmatch(ln.folded.strip(" ."))):
            signed = True
        elif signed and len(ln.text) <= 120 and APPENDIX_RE.match(ln.folded):
            return lines[:i]
    return lines


def position_in_text(doc: Doc, signer: str) -> str | None:
    """Position given with the signer's name in the body: "Bộ trưởng, Chủ nhiệm
    Văn phòng Chính phủ Mai Tiến Dũng" → "Bộ trưởng, Chủ nhiệm"."""
    name = fold(signer)
    at = doc.folded.find(name)
    while at > 0:
        m = POSITION_BEFORE_NAME_RE.search(doc.folded, max(0, at - 120), at)
        if m:
            return sentence_case(m["position"], each_part=True)
        at = doc.folded.find(name, at + len(name))
    return None
