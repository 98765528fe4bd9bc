"""The monitor's kept results: findings, cross-document conflicts, task states.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

``document_checks`` holds the findings of each document (its consistency
checks) and the (indicator, period, kind) keys its figures count in;
``conflict_groups`` the cross-document conflicts of the current documents,
one row per group, and ``conflict_documents`` the documents each names;
``indicator_points`` the series points of the current documents per
indicator and period; ``task_states`` what each task's status depends on besides today's date;
``monitor_state`` what they reflect (the rules' signature, the last
correction). :mod:`ktxh.monitor.kept` keeps them up to date. A store that
already holds documents gets them computed here, once (about a minute for
10 000 documents and a million figures).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_checks",
        sa.Column("document_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("keys", sa.JSON(), nullable=False),
        sa.Column("points", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_checks")),
    )
    op.create_table(
        "conflict_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=1024), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("first_document_id", sa.Integer(), nullable=False),
        sa.Column("first_start", sa.Integer(), nullable=False),
        sa.Column("first_figure_id", sa.Integer(), nullable=False),
        sa.Column("finding", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict_groups")),
        sa.UniqueConstraint("key", name=op.f("uq_conflict_groups_key")),
    )
    op.create_index("ix_conflict_groups_code_period_kind", "conflict_groups",
                    ["code", "period", "kind"])
    op.create_index("ix_conflict_groups_order", "conflict_groups",
                    ["first_document_id", "first_start", "first_figure_id"])
    op.create_table(
        "conflict_documents",
        sa.Column("conflict_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["conflict_id"], ["conflict_groups.id"], ondelete="CASCADE",
                                name=op.f("fk_conflict_documents_conflict_id_conflict_groups")),
        sa.PrimaryKeyConstraint("conflict_id", "document_id", name=op.f("pk_conflict_documents")),
    )
    op.create_index(op.f("ix_conflict_documents_document_id"), "conflict_documents",
                    ["document_id"])
    op.create_table(
        "indicator_points",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", "period", name=op.f("pk_indicator_points")),
    )
    op.create_table(
        "task_states",
        sa.Column("task_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("recurring", sa.Boolean(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("last_update", sa.Date(), nullable=True),
        sa.Column("lead", sa.String(length=512), nullable=False),
        sa.Column("lead_code", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("task_id", name=op.f("pk_task_states")),
    )
    op.create_index(op.f("ix_task_states_document_id"), "task_states", ["document_id"])
    op.create_table(
        "monitor_state",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_monitor_state")),
    )
    conn = op.get_bind()
    filled = conn.execute(sa.text("SELECT 1 FROM documents LIMIT 1")).first() is not None
    if filled and _at_models(conn):
        from ktxh.monitor import kept  # the monitor's own code: what the pages compute

        with Session(bind=conn) as session:
            kept.refresh(session)
            session.flush()


def _at_models(conn: sa.Connection) -> bool:
    """Whether every table has the models' columns: the monitor reads them
    through the models, so when a later migration is still to add some,
    the kept results are left to the first read (:func:`ktxh.monitor.kept.refresh`)."""
    from ktxh.store.tables import Base

    inspector = sa.inspect(conn)
    names = set(inspector.get_table_names())
    return all(table.name in names and {c.name for c in table.columns}
               <= {c["name"] for c in inspector.get_columns(table.name)}
               for table in Base.metadata.sorted_tables)


def downgrade() -> None:
    op.drop_table("monitor_state")
    op.drop_index(op.f("ix_task_states_document_id"), table_name="task_states")
    op.drop_table("task_states")
    op.drop_table("indicator_points")
    op.drop_index(op.f("ix_conflict_documents_document_id"), table_name="conflict_documents")
    op.drop_table("conflict_documents")
    op.drop_index("ix_conflict_groups_order", table_name="conflict_groups")
    op.drop_index("ix_conflict_groups_code_period_kind", table_name="conflict_groups")
    op.drop_table("conflict_groups")
    op.drop_table("document_checks")
