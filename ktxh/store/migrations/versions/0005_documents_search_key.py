"""Documents: number, title and file name without diacritics, for the words filter.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

``search_key`` is :func:`ktxh.text.normalize.strip_marks` of the number, the
title and the file name joined by spaces (lower case, no diacritics), as
:func:`ktxh.store.tables.document_search_key` computes it. The document list's
words ("bao cao" finds "Báo cáo") are then ``LIKE`` conditions in SQL instead
of a match in Python over every document. Rows already stored are filled
here, in batches.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ktxh.store.tables import document_search_key

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    op.add_column("documents", sa.Column("search_key", sa.Text(), nullable=False,
                                         server_default=""))
    docs = sa.table("documents", sa.column("id", sa.Integer), sa.column("number", sa.String),
                    sa.column("title", sa.Text), sa.column("filename", sa.String),
                    sa.column("search_key", sa.Text))
    conn = op.get_bind()
    fill = (docs.update().where(docs.c.id == sa.bindparam("did"))
            .values(search_key=sa.bindparam("key")))
    last = 0
    while True:
        rows = conn.execute(
            sa.select(docs.c.id, docs.c.number, docs.c.title, docs.c.filename)
            .where(docs.c.id > last).order_by(docs.c.id).limit(BATCH)).all()
        if not rows:
            break
        conn.execute(fill, [
            {"did": i, "key": document_search_key({"number": n, "title": t, "filename": f})}
            for i, n, t, f in rows
        ])
        last = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("search_key")
