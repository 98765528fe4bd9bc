"""Citations link to the cited document whichever is ingested first."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ktxh.store import ingest_file
from ktxh.store.queries import get_document
from ktxh.store.tables import Reference
from tests.store.conftest import PLAN, REPORT

ORDERS = [
    # (files in ingest order)
    (("kh.md", "bc.md")),
    (("bc.md", "kh.md")),
]


@pytest.mark.parametrize("order", ORDERS)
def test_citation_links_in_both_orders(store, fake, write, order):
    content = {"kh.md": PLAN, "bc.md": REPORT}
    ids = {name: ingest_file(store, write(name, content[name])).document_id for name in order}
    with store.session() as s:
        ref = s.scalars(select(Reference)).one()
        assert ref.document_id == ids["bc.md"]
        assert ref.cited_document_id == ids["kh.md"]
        plan = get_document(s, ids["kh.md"])
        assert [c["id"] for c in plan["cited_by"]] == [ids["bc.md"]]
        report = get_document(s, ids["bc.md"])
        assert report["references"][0]["cited"]["number"] == "7/KH-UBND"


def test_citation_follows_the_newest_version_of_the_cited_file(store, fake, write):
    ingest_file(store, write("bc.md", REPORT))
    plan = write("kh.md", PLAN)
    ingest_file(store, plan)
    plan.write_text(PLAN + "\nNơi nhận: như trên.\n", encoding="utf-8")
    v2 = ingest_file(store, plan)
    with store.session() as s:
        assert s.scalars(select(Reference)).one().cited_document_id == v2.document_id


def test_unknown_citation_stays_unlinked(store, fake, write):
    ingest_file(store, write("bc.md", REPORT))
    with store.session() as s:
        assert s.scalars(select(Reference)).one().cited_document_id is None
