"""Footnote marks written "[N]", as Word footnotes come out in plain text.

A converted document often keeps a footnote as a mark in brackets stuck to
the word or stop it follows ("… so với cùng kỳ[1].") and the note's text as a
paragraph that opens with the same mark ("[1] Tăng 36,8% so với cùng kỳ …"),
after the paragraph or at the end. Such a pair is rewritten to the pandoc
form "[^1]" before the markup is read, so it is read exactly as "[^N]" is: a
mark removed from the text, a footnote paragraph. A "[N]" with no note of the
same N after it (a citation, a list of references with no matching note) and
a "[N] …" paragraph with no mark before it (a numbered list) stay as written.
"""

from __future__ import annotations

import re

# "kỳ[1].", "đóng góp\[2\];": a mark stuck to a word or a stop (not "[1](url)")
_MARK = re.compile(r"(?<=[^\s\[\\])\\?\[(\d{1,3})\\?\](?!\()")
# "[1] Tăng 36,8% …" opening a line: the note's text
_NOTE = re.compile(r"^([ \t]{0,3})\\?\[(\d{1,3})\\?\](?=[ \t]+\S)", re.MULTILINE)


def bracket_marks(raw: str) -> str:
    """``raw`` with each "[N]" mark that a later "[N] …" note answers, and that
    note's opening, written "[^N]"; everything else as it was."""
    if "[" not in raw:
        return raw
    notes = [(m.start(), m) for m in _NOTE.finditer(raw)]
    if not notes:
        return raw
    events = sorted([(m.start(), m) for m in _MARK.finditer(raw)] + notes,
                    key=lambda e: e[0])
    pending: dict[str, list[re.Match[str]]] = {}
    edits: list[tuple[int, int, str]] = []
    for _, m in events:
        if m.re is _MARK:
            pending.setdefault(m.group(1), []).append(m)
            continue
        marks = pending.pop(m.group(2), [])
        if marks:
            edits += [(k.start(), k.end(), f"[^{k.group(1)}]") for k in marks]
            edits.append((m.start(), m.end(), f"{m.group(1)}[^{m.group(2)}]"))
    if not edits:
        return raw
    edits.sort()
    out: list[str] = []
    pos = 0
    for start, end, piece in edits:
        out += [raw[pos:start], piece]
        pos = end
    out.append(raw[pos:])
    return "".join(out)
