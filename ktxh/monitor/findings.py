"""The finding record shared by consistency checks and the calendar."""

from __future__ import annotations

from dataclasses import dataclass

from ktxh.text.model import Span

ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a document; ``message`` is in Vietnamese."""

    code: str
    severity: str  # "error" | "warning" | "info"
    message: str
    spans: tuple[Span, ...] = ()


def vn_number(value: float, digits: int = 2) -> str:
    """Vietnamese notation: ``1234.5`` → ``"1.234,5"`` (trailing zeros dropped).

    >>> vn_number(20.0833, 2), vn_number(2036.21), vn_number(-3.0)
    ('20,08', '2.036,21', '-3')
    """
    text = f"{abs(value):,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return ("-" if value < 0 and text != "0" else "") + text


def finding_to_json(finding: Finding, text: str | None = None) -> dict:
    """A finding as JSON; with the document ``text``, each span's quote too."""
    spans = [{"start": s.start, "end": s.end} for s in finding.spans]
    if text is not None:
        for item, s in zip(spans, finding.spans, strict=True):
            item["quote"] = text[s.start : s.end]
    return {"code": finding.code, "severity": finding.severity, "message": finding.message,
            "spans": spans}
