"""Tasks: the lead and supporting bodies without diacritics, for the agency filter.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07

``lead_stripped`` is :func:`ktxh.text.normalize.strip_marks` of ``lead``;
``support_stripped`` that of each supporting body, one per line. "Tasks of
one agency" ("so tai chinh" finds "Sở Tài chính") is then a ``LIKE`` in SQL
instead of matching every distinct name in Python. Rows already stored are
filled here, in batches.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from ktxh.text.normalize import strip_marks

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    op.add_column("tasks", sa.Column("lead_stripped", sa.String(length=512), nullable=False,
                                     server_default=""))
    op.add_column("tasks", sa.Column("support_stripped", sa.Text(), nullable=False,
                                     server_default=""))
    tasks = sa.table("tasks", sa.column("id", sa.Integer), sa.column("lead", sa.String),
                     sa.column("support", sa.Text), sa.column("lead_stripped", sa.String),
                     sa.column("support_stripped", sa.Text))
    conn = op.get_bind()
    fill = (tasks.update().where(tasks.c.id == sa.bindparam("tid"))
            .values(lead_stripped=sa.bindparam("lead_s"),
                    support_stripped=sa.bindparam("support_s")))
    last = 0
    while True:
        rows = conn.execute(
            sa.select(tasks.c.id, tasks.c.lead, sa.cast(tasks.c.support, sa.Text))
            .where(tasks.c.id > last).order_by(tasks.c.id).limit(BATCH)).all()
        if not rows:
            break
        conn.execute(fill, [
            {"tid": i, "lead_s": strip_marks(lead or ""),
             "support_s": "\n".join(strip_marks(s or "") for s in json.loads(support or "[]"))}
            for i, lead, support in rows
        ])
        last = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("tasks") as batch:
        batch.drop_column("support_stripped")
        batch.drop_column("lead_stripped")
