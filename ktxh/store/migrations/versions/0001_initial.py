"""Initial schema: documents, facts with spans, projects, corrections, search.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Written from the models in ktxh/store/tables.py (autogenerate output,
reviewed); the full-text index is dialect-specific, see ktxh/store/fts.py.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ktxh.store.fts import create_index, drop_index

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("anchor", sa.String(length=64), nullable=True),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.JSON(), nullable=True),
        sa.Column("new_value", sa.JSON(), nullable=True),
        sa.Column("author", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
    )
    op.create_index(op.f("ix_corrections_anchor"), "corrections", ["anchor"], unique=False)
    op.create_index(
        "ix_corrections_entity", "corrections", ["entity_type", "entity_id"], unique=False
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("source_path", sa.String(length=1024), nullable=False),
        sa.Column("lineage", sa.String(length=1024), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("superseded_by_id", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("number", sa.String(length=128), nullable=True),
        sa.Column("symbol", sa.String(length=128), nullable=True),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("place", sa.String(length=255), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("signer", sa.String(length=255), nullable=True),
        sa.Column("signer_position", sa.String(length=255), nullable=True),
        sa.Column("period", sa.String(length=16), nullable=True),
        sa.Column("issuer", sa.String(length=255), nullable=True),
        sa.Column("authority", sa.String(length=255), nullable=True),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("distribution", sa.JSON(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ref_key", sa.String(length=128), nullable=True),
        sa.Column("anchor", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["superseded_by_id"],
            ["documents.id"],
            name=op.f("fk_documents_superseded_by_id_documents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("sha256", name=op.f("uq_documents_sha256")),
    )
    op.create_index(op.f("ix_documents_date"), "documents", ["date"], unique=False)
    op.create_index(op.f("ix_documents_lineage"), "documents", ["lineage"], unique=False)
    op.create_index(op.f("ix_documents_period"), "documents", ["period"], unique=False)
    op.create_index(op.f("ix_documents_ref_key"), "documents", ["ref_key"], unique=False)
    op.create_index(op.f("ix_documents_type"), "documents", ["type"], unique=False)
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=512), nullable=False),
        sa.Column("name", sa.String(length=512), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
        sa.UniqueConstraint("key", name=op.f("uq_projects_key")),
    )
    op.create_table(
        "project_mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=512), nullable=False),
        sa.Column("form", sa.String(length=32), nullable=True),
        sa.Column("place", sa.String(length=255), nullable=True),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("anchor", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_project_mentions_document_id_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_project_mentions_project_id_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_mentions")),
    )
    op.create_index(
        op.f("ix_project_mentions_document_id"), "project_mentions", ["document_id"], unique=False
    )
    op.create_index(
        op.f("ix_project_mentions_project_id"), "project_mentions", ["project_id"], unique=False
    )
    op.create_table(
        "references",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=128), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("issuer", sa.String(length=255), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("cited_document_id", sa.Integer(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("anchor", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["cited_document_id"],
            ["documents.id"],
            name=op.f("fk_references_cited_document_id_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_references_document_id_documents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_references")),
    )
    op.create_index(
        op.f("ix_references_cited_document_id"), "references", ["cited_document_id"], unique=False
    )
    op.create_index(op.f("ix_references_document_id"), "references", ["document_id"], unique=False)
    op.create_index(op.f("ix_references_key"), "references", ["key"], unique=False)
    op.create_table(
        "search_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("stripped", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_search_entries_document_id_documents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entries")),
    )
    op.create_index(
        op.f("ix_search_entries_document_id"), "search_entries", ["document_id"], unique=False
    )
    op.create_table(
        "targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=512), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("value_max", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=True),
        sa.Column("value_start", sa.Integer(), nullable=True),
        sa.Column("value_end", sa.Integer(), nullable=True),
        sa.Column("base_value", sa.Float(), nullable=True),
        sa.Column("base_unit", sa.String(length=64), nullable=True),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("anchor", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_targets_document_id_documents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_targets")),
    )
    op.create_index(op.f("ix_targets_document_id"), "targets", ["document_id"], unique=False)
    op.create_index(op.f("ix_targets_indicator"), "targets", ["indicator"], unique=False)
    op.create_index(op.f("ix_targets_period"), "targets", ["period"], unique=False)
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("lead", sa.String(length=512), nullable=False),
        sa.Column("lead_code", sa.String(length=64), nullable=True),
        sa.Column("support", sa.JSON(), nullable=False),
        sa.Column("support_codes", sa.JSON(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("deadline", sa.String(length=10), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("deadline_text", sa.Text(), nullable=True),
        sa.Column("report_to", sa.String(length=512), nullable=True),
        sa.Column("recurring", sa.Boolean(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("anchor", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_tasks_document_id_documents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
    )
    op.create_index(op.f("ix_tasks_deadline"), "tasks", ["deadline"], unique=False)
    op.create_index(op.f("ix_tasks_document_id"), "tasks", ["document_id"], unique=False)
    op.create_index(op.f("ix_tasks_due_date"), "tasks", ["due_date"], unique=False)
    op.create_index(op.f("ix_tasks_lead_code"), "tasks", ["lead_code"], unique=False)
    op.create_table(
        "figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("base", sa.String(length=64), nullable=True),
        sa.Column("estimate", sa.Boolean(), nullable=False),
        sa.Column("place", sa.String(length=255), nullable=True),
        sa.Column("project_mention_id", sa.Integer(), nullable=True),
        sa.Column("indicator", sa.String(length=512), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("value_max", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=True),
        sa.Column("value_start", sa.Integer(), nullable=True),
        sa.Column("value_end", sa.Integer(), nullable=True),
        sa.Column("base_value", sa.Float(), nullable=True),
        sa.Column("base_unit", sa.String(length=64), nullable=True),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("anchor", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_figures_document_id_documents")
        ),
        sa.ForeignKeyConstraint(
            ["project_mention_id"],
            ["project_mentions.id"],
            name=op.f("fk_figures_project_mention_id_project_mentions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_figures")),
    )
    op.create_index(op.f("ix_figures_document_id"), "figures", ["document_id"], unique=False)
    op.create_index(op.f("ix_figures_indicator"), "figures", ["indicator"], unique=False)
    op.create_index(op.f("ix_figures_period"), "figures", ["period"], unique=False)
    op.create_index(
        op.f("ix_figures_project_mention_id"), "figures", ["project_mention_id"], unique=False
    )
    create_index(op.get_bind())


def downgrade() -> None:
    drop_index(op.get_bind())
    op.drop_table("figures")
    op.drop_table("tasks")
    op.drop_table("targets")
    op.drop_table("search_entries")
    op.drop_table("references")
    op.drop_table("project_mentions")
    op.drop_table("projects")
    op.drop_table("documents")
    op.drop_table("corrections")
