"""The figures that can decide a target's evaluation, kept.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

``target_points`` holds, per (indicator, period, kind), the figures of the
current documents that can decide a target's evaluation
(:mod:`ktxh.monitor.kept_points`): the target board then reads a few kept
rows per indicator, not the tens of thousands of figures a large store
holds of it. A store that already holds documents gets them here: with the
other kept results when those were not computed for these rules yet (all of
them computed, as in 0006), else alone, a few indicators at a time.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "target_points",
        sa.Column("figure_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("figure_id", name=op.f("pk_target_points")),
    )
    op.create_index("ix_target_points_code_period_kind", "target_points",
                    ["code", "period", "kind"])
    conn = op.get_bind()
    filled = conn.execute(sa.text("SELECT 1 FROM documents LIMIT 1")).first() is not None
    if filled and _at_models(conn):
        from ktxh.monitor import kept  # the monitor's own code: what the pages compute

        with Session(bind=conn) as session:
            kept.fill_target_points(session)
            session.flush()


def _at_models(conn: sa.Connection) -> bool:
    """Whether every table has the models' columns (see 0006)."""
    from ktxh.store.tables import Base

    inspector = sa.inspect(conn)
    names = set(inspector.get_table_names())
    return all(table.name in names and {c.name for c in table.columns}
               <= {c["name"] for c in inspector.get_columns(table.name)}
               for table in Base.metadata.sorted_tables)


def downgrade() -> None:
    op.drop_index("ix_target_points_code_period_kind", table_name="target_points")
    op.drop_table("target_points")
