"""Pages: Văn bản (list and viewer with highlighted facts) and Tìm kiếm."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup, escape
from sqlalchemy.orm import Session

from ktxh.store import queries
from ktxh.store.search import search
from ktxh.web import board, highlight
from ktxh.web.app import CurrentUser, DbSession
from ktxh.web.rendering import page_links, render

router = APIRouter(include_in_schema=False)


PAGE = 100  # documents per page of the list


def filter_documents(session: Session, type: str = "", period: str = "", q: str = "",
                     limit: int | None = None, offset: int = 0
                     ) -> tuple[list[dict[str, Any]], int]:
    """One page of documents by type, period prefix and words of number/title
    (diacritics optional), and how many there are in all: filters, page and
    total run in SQL (the words on ``documents.search_key``)."""
    filters = {"type": type or None, "period": period or None, "words": q or None}
    rows = queries.list_documents(session, **filters, limit=limit, offset=offset)
    return rows, queries.count_documents(session, **filters)


@router.get("/van-ban")
def documents(*, request: Request, type: str = "", period: str = "", q: str = "",
              offset: int = 0, user: CurrentUser, session: DbSession
              ) -> Response:
    offset = max(offset, 0)
    rows, total = filter_documents(session, type, period, q, limit=PAGE, offset=offset)
    types, periods = queries.document_facets(session)
    filters = {"type": type, "period": period, "q": q}
    pages = page_links("/van-ban", filters, offset, PAGE, total)
    return render(request, "documents.html", section="documents", documents=rows,
                  types=types, periods=periods, filters=filters, pages=pages)


def marks_of(doc: dict[str, Any]) -> list[highlight.Mark]:
    """Marks for every fact of a document detail (figures, targets, tasks, citations)."""
    out = []
    for kind, rows, title in (
        ("figure", doc["figures"], lambda r: f"{r['indicator']}: {r['value']} {r['unit']}"),
        ("target", doc["targets"], lambda r: f"Mục tiêu {r['indicator']}: {r['value']}"),
        ("task", doc["tasks"], lambda r: f"{r['lead']}: {r['action']}"),
        ("reference", doc["references"], lambda r: r["number"]),
    ):
        out += [highlight.Mark(r["start"], r["end"], kind, r["id"], title(r)) for r in rows]
    for p in doc["projects"]:
        out += [highlight.Mark(m["start"], m["end"], "project", m["id"], p["name"])
                for m in p["mentions"] if m["document_id"] == doc["id"]]
    return out


@router.get("/van-ban/{doc_id}")
def document(*, doc_id: int, request: Request, user: CurrentUser, session: DbSession,
             at: str = "") -> Response:
    doc = queries.get_document(session, doc_id, with_text=True)
    heads = highlight.outline(doc["text"])
    marks = marks_of(doc)
    lo, _, hi = at.partition("-")
    if lo.isdigit() and hi.isdigit():  # ?at=start-end: a sentence to show (#sel)
        marks.append(highlight.Mark(int(lo), int(hi), "focus", 0, "Câu được dẫn tới"))
    body = highlight.render(doc["text"], marks, heads)
    return render(request, "document.html", section="documents", doc=doc, body=body,
                  outline=heads, findings=board.document_findings(session, doc_id))


def snippet_html(snippet: str, marks: list[tuple[int, int]]) -> Markup:
    """A search snippet with its matched words in <mark>, every piece escaped."""
    out, last = [], 0
    for s, e in sorted(marks):
        if s < last:
            continue
        out += [str(escape(snippet[last:s])), f"<mark>{escape(snippet[s:e])}</mark>"]
        last = e
    out.append(str(escape(snippet[last:])))
    return Markup("".join(out))


ANCHOR = {"figure": "f", "target": "t", "task": "n", "reference": "r", "project_mention": "p"}


def hit_link(hit: dict[str, Any]) -> str:
    prefix = ANCHOR.get(hit["entity_type"])
    if prefix and hit.get("entity_id"):
        return f"/van-ban/{hit['document_id']}#{prefix}-{hit['entity_id']}"
    # a passage of text: show it highlighted (#sel)
    return f"/van-ban/{hit['document_id']}?at={hit['start']}-{hit['end']}#sel"


@router.get("/tim-kiem")
def search_page(*, request: Request, q: str = "", user: CurrentUser,
                session: DbSession) -> Response:
    hits = []
    if q.strip():
        for h in search(session, q, limit=50):
            d = h.as_dict()
            d["html"] = snippet_html(h.snippet, h.highlights)
            d["link"] = hit_link(d)
            hits.append(d)
    return render(request, "search.html", section="search", q=q, hits=hits)
