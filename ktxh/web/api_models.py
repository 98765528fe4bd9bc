"""Response and request models of the JSON API (stable field names).

Rows computed by the monitoring services carry more fields than listed
here; those pass through (``extra="allow"``), the listed ones are stable.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Page(BaseModel, Generic[T]):
    total: int
    limit: int
    offset: int
    items: list[T]


class DocBrief(Open):
    id: int
    number: str | None = None
    type: str | None = None
    title: str | None = None
    date: str | None = None


class DocumentOut(Open):
    id: int
    number: str | None
    symbol: str | None
    type: str
    place: str | None
    date: str | None
    title: str | None
    signer: str | None
    period: str | None
    issuer: str | None
    filename: str
    version: int
    counts: dict[str, int] = {}


class Fact(Open):
    id: int
    document_id: int
    quote: str
    start: int
    end: int
    corrected: dict[str, Any] = {}


class FigureOut(Fact):
    indicator: str
    value: float
    value_max: float | None = None
    unit: str
    kind: str
    period: str | None = None


class ReferenceOut(Fact):
    number: str
    type: str
    cited_document_id: int | None = None


class TaskOut(Fact):
    kind: str
    lead: str
    lead_code: str | None = None
    support: list[str] = []
    action: str
    deadline: str | None = None
    due_date: str | None = None
    status: str | None = None
    document: DocBrief | None = None


class DocumentDetail(DocumentOut):
    references: list[ReferenceOut]
    cited_by: list[Open]
    figures: list[FigureOut]
    targets: list[FigureOut]
    tasks: list[TaskOut]
    projects: list[Open]
    versions: list[Open]


class DocumentText(BaseModel):
    id: int
    text: str


class TargetStatus(Open):
    id: int | None = None
    indicator: str | None = None
    status: str | None = None


class Indicator(Open):
    code: str
    name: str | None = None


class IndicatorView(Open):
    indicator: dict[str, Any]
    series: list[dict[str, Any]]
    targets: list[dict[str, Any]] = []


class ProjectOut(Open):
    id: int
    name: str


class Finding(Open):
    severity: str | None = None
    message: str | None = None


class SearchHit(BaseModel):
    document_id: int
    number: str | None
    title: str | None
    entity_type: str
    entity_id: int | None
    start: int
    end: int
    snippet: str
    highlights: list[tuple[int, int]]


class TaskUpdateIn(BaseModel):
    status: str = Field(description="done | in_progress | not_started")
    note: str = ""
    date: dt.date | None = None
    evidence_document_id: int | None = None


class CorrectionIn(BaseModel):
    entity_type: str = Field(description="document, figure, target, task, reference, "
                                         "project, project_mention")
    entity_id: int
    field: str
    value: Any
    note: str | None = None


class CorrectionOut(Open):
    id: int
    entity_type: str
    entity_id: int
    field: str
    old_value: Any = None
    new_value: Any = None
    author: str


class IngestOut(BaseModel):
    status: str
    document_id: int | None
    version: int | None
    counts: dict[str, int]
    # an extractor that raised on this file: the document is stored with the
    # other records ("tasks: AttributeError: ... at character 1490")
    warnings: list[str] = []


class Me(BaseModel):
    username: str
    role: str
    agency_code: str | None
    agency_name: str | None
