"""Document text with extracted facts as ``<mark id=…>`` — every piece escaped.

The text is cut at the span offsets of the facts; each piece of text is
HTML-escaped on its own and marks are nested (a fact inside another's span
is marked inside it; one that would cross a mark's end is clipped to it),
so the markup is always well formed and the document text can inject
nothing. Line starts that look like headings get an id for the outline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

PREFIX = {"figure": "f", "target": "t", "task": "n", "reference": "r", "project": "p"}
# "I. ", "II- ", "1. ", "A. " or an upper-case line: headings of the outline
_HEADING = re.compile(r"^(?:[IVXLC]{1,6}[.\-–]\s|[A-ZĐ][.\-–]\s|\d{1,2}(?:\.\d{1,2})*[.\-–)]\s)")


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # figure | target | task | reference | project
    id: int
    title: str = ""

    @property
    def anchor(self) -> str:
        # "focus": a span asked for in the address (?at=start-end), scrolled to as #sel
        return "sel" if self.kind == "focus" else f"{PREFIX.get(self.kind, 'x')}-{self.id}"


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > 160:
        return False
    letters = [c for c in stripped if c.isalpha()]
    upper = len(letters) >= 4 and all(c.isupper() for c in letters)
    return upper or (bool(_HEADING.match(stripped)) and len(stripped) < 120)


def outline(text: str, limit: int = 80) -> list[tuple[str, str, int]]:
    """Headings as (id, text, level) with ids ``h-<offset>``."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if _is_heading(line):
            stripped = line.strip()
            level = 1 if re.match(r"^[IVXLC]+[.\-–]\s|^[A-ZĐ\W\d]+$", stripped) else 2
            out.append((f"h-{pos}", stripped[:120], level))
            if len(out) >= limit:
                break
        pos += len(line) + 1
    return out


def _open(mark: Mark) -> str:
    title = f' title="{escape(mark.title)}"' if mark.title else ""
    return f'<mark id="{mark.anchor}" class="{mark.kind}"{title}>'


def render(text: str, marks: list[Mark], headings: list[tuple[str, str, int]] = ()
           ) -> Markup:
    """HTML of ``text`` with nested, clipped marks and heading anchors."""
    size = len(text)
    valid = sorted(
        (m for m in marks if 0 <= m.start < m.end <= size),
        key=lambda m: (m.start, -m.end, m.kind, m.id),
    )
    cuts: dict[int, list[str]] = {}
    for hid, _, _ in headings:
        pos = int(hid[2:])
        cuts.setdefault(pos, []).append(f'<span id="{hid}" class="heading-anchor"></span>')
    events: list[tuple[int, int, str]] = []  # (pos, order, html): closes before opens
    stack: list[int] = []  # end offsets of open marks
    for m in valid:
        while stack and stack[-1] <= m.start:
            events.append((stack.pop(), 0, "</mark>"))
        end = min(m.end, stack[-1]) if stack else m.end
        events.append((m.start, 1, _open(m)))
        stack.append(end)
    while stack:
        events.append((stack.pop(), 0, "</mark>"))
    for pos, html in cuts.items():
        events.extend((pos, 2, h) for h in html)
    # stable sort: at one offset closes first (in stack order), then anchors, then opens
    order = {0: 0, 2: 1, 1: 2}
    events.sort(key=lambda e: (e[0], order[e[1]]))
    out: list[str] = []
    last = 0
    for pos, _, html in events:
        if pos > last:
            out.append(escape(text[last:pos], quote=False))
            last = pos
        out.append(html)
    out.append(escape(text[last:], quote=False))
    return Markup("".join(out))
