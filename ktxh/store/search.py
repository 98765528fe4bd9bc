"""Diacritic-insensitive search with snippets cut from the original text.

``search(session, "ban lai")`` finds "Bản Lải": the index holds the
diacritic-free copy made by :func:`ktxh.text.normalize.strip_marks`, which
keeps every offset, so matches found in it are highlighted in the original.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.store import fts
from ktxh.store.tables import Document

SNIPPET_CONTEXT = 60


@dataclass(frozen=True, slots=True)
class Hit:
    document_id: int
    number: str | None
    title: str | None
    filename: str
    entity_type: str  # "text" (a block) or a fact table: "task", "figure" ...
    entity_id: int | None
    start: int  # span of the passage in documents.text
    end: int
    matches: list[tuple[int, int]]  # matched words, offsets in documents.text
    snippet: str  # original text around the first match
    highlights: list[tuple[int, int]]  # matched words, offsets in snippet

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _word_pattern(query: fts.Query, phrase: bool) -> re.Pattern[str]:
    words = [re.escape(t) for t in query.tokens]
    body = r"\W+".join(words) if phrase else "|".join(words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _snippet(
    text: str, start: int, end: int, matches: list[tuple[int, int]], context: int
) -> tuple[str, list[tuple[int, int]]]:
    if matches:
        # the first match and the matches close after it, with context around
        last = max(e for s, e in matches if s <= matches[0][0] + 2 * context)
        lo = max(start, matches[0][0] - context)
        hi = min(end, last + context)
    else:
        lo, hi = start, min(end, start + 2 * context)
    # widen to word boundaries so the snippet does not cut a word
    while lo > start and not text[lo - 1].isspace():
        lo -= 1
    while hi < end and not text[hi].isspace():
        hi += 1
    marks = [(s - lo, e - lo) for s, e in matches if s >= lo and e <= hi]
    return text[lo:hi], marks


def search(
    session: Session,
    query: str,
    limit: int = 20,
    kinds: tuple[str, ...] = (),
    context: int = SNIPPET_CONTEXT,
) -> list[Hit]:
    """Passages of current documents matching ``query``, best first.

    A passage whose matched words are those of a better-ranked one (a task's
    quote inside the paragraph already listed) is left out.
    """
    parsed = fts.Query.parse(query)
    # fetch more than asked, then put passages with the words side by side first
    found = fts.match(session, parsed, limit=limit * 4, kinds=kinds)
    if not found:
        return []
    together = _word_pattern(parsed, phrase=True)
    found = sorted(found, key=lambda m: together.search(m.stripped) is None)
    pattern = _word_pattern(parsed, parsed.phrase)
    chosen: list[tuple[fts.Match, list[tuple[int, int]]]] = []
    seen: set[tuple[int, tuple[tuple[int, int], ...]]] = set()
    for m in found:
        matches = [(m.start + x.start(), m.start + x.end()) for x in pattern.finditer(m.stripped)]
        key = (m.document_id, tuple(matches))
        if matches and key in seen:
            continue
        seen.add(key)
        chosen.append((m, matches))
        if len(chosen) == limit:
            break
    ids = {m.document_id for m, _ in chosen}
    docs = {
        d.id: d for d in session.execute(
            select(Document.id, Document.number, Document.title, Document.filename,
                   Document.text).where(Document.id.in_(ids))
        )
    }
    hits = []
    for m, matches in chosen:
        doc = docs[m.document_id]
        snippet, marks = _snippet(doc.text, m.start, m.end, matches, context)
        hits.append(
            Hit(m.document_id, doc.number, doc.title, doc.filename, m.entity_type,
                m.entity_id, m.start, m.end, matches, snippet, marks)
        )
    return hits
