"""Word automatic numbering (``word/numbering.xml``) rendered as printed.

A paragraph with ``<w:numPr>`` (directly or through its style) shows a label
built from its level's ``lvlText`` ("%1.", "%1.%2.", "%3)") and the current
counters of its list. Counters of deeper levels restart when a level
advances.
"""

from __future__ import annotations

from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    """Roman numeral of ``n``.

    >>> roman(14)
    'XIV'
    """
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letter(n: int) -> str:
    """1 → "a", 27 → "aa" (Word repeats the letter)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return roman(n)
    if fmt == "lowerRoman":
        return roman(n).lower()
    if fmt == "upperLetter":
        return letter(n).upper()
    if fmt == "lowerLetter":
        return letter(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _val(el: Any, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return child.get(W + "val") if child is not None else None


class Numberer:
    """Renders the numbering label of each paragraph, in document order."""

    def __init__(self, document_part: Any) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document_part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for an in root.iter(W + "abstractNum"):
            lv: dict[int, tuple[int, str, str]] = {}
            for lvl in an.iter(W + "lvl"):
                ilvl = int(lvl.get(W + "ilvl", "0"))
                start = int(_val(lvl, "start") or 1)
                lv[ilvl] = (start, _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "")
            abstract[an.get(W + "abstractNumId", "")] = lv
        for num in root.iter(W + "num"):
            ref = _val(num, "abstractNumId")
            if ref in abstract:
                self.levels[num.get(W + "numId", "")] = abstract[ref]

    @staticmethod
    def _num_pr(paragraph: Any) -> tuple[str, int] | None:
        candidates = [paragraph._p.pPr]
        style = paragraph.style
        while style is not None:
            candidates.append(style.element.pPr)
            style = style.base_style
        for ppr in candidates:
            num_pr = ppr.find(W + "numPr") if ppr is not None else None
            if num_pr is not None:
                num_id = _val(num_pr, "numId")
                if num_id is None or num_id == "0":
                    return None
                return num_id, int(_val(num_pr, "ilvl") or 0)
        return None

    def label(self, paragraph: Any) -> str:
        """The label printed before ``paragraph`` ("2.1. ", "- "), or ""."""
        found = self._num_pr(paragraph)
        if found is None or found[0] not in self.levels:
            return ""
        num_id, ilvl = found
        levels = self.levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        start, fmt, text = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return "- "
        for k in range(9):
            if f"%{k + 1}" in text:
                k_start, k_fmt, _ = levels.get(k, (1, "decimal", ""))
                value = counters.get(k, k_start)
                text = text.replace(f"%{k + 1}", format_number(value, k_fmt))
        return text.strip() + " " if text.strip() else ""
