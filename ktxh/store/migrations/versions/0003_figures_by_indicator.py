"""Figures by indicator in period order: an index on (indicator, period, id).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07

"Figures of one indicator, by period" (the indicator pages, the API's
``/figures?indicator=``) read the index in order instead of sorting every
figure of the indicator. It replaces the index on ``indicator`` alone, of
which it is an extension (one index less to keep up at ingest).
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_figures_indicator_period_id", "figures", ["indicator", "period", "id"])
    op.drop_index("ix_figures_indicator", table_name="figures")


def downgrade() -> None:
    op.create_index("ix_figures_indicator", "figures", ["indicator"])
    op.drop_index("ix_figures_indicator_period_id", table_name="figures")
