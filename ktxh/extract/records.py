"""Typed records the extractors produce; each keeps the span it came from.

Field names follow ../shared/schema/extraction.md so that
:func:`ktxh.extract.export.to_json` is a plain mapping. ``span`` is the
character range in ``Doc.text`` of the quote (the clause that states the
item); ``value_span`` narrows a figure to its number.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ktxh.extract.quick_init import quick_init
from ktxh.text.model import Span


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    number: str | None = None
    symbol: str | None = None
    type: str = "other"
    place: str | None = None
    date: str | None = None
    title: str | None = None
    signer: str | None = None
    period: str | None = None
    issuer: str | None = None
    authority: str | None = None  # "TM.", "KT.", "TL.", "Q." ... with the body
    signer_position: str | None = None
    recipients: tuple[str, ...] = ()  # Kính gửi
    distribution: tuple[str, ...] = ()  # Nơi nhận
    spans: dict[str, Span] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reference:
    number: str
    type: str
    key: str  # normalized citation key, equal for every spelling of one document
    issuer: str | None
    date: str | None
    quote: str
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Figure:
    indicator: str
    value: float
    unit: str
    kind: str
    span: Span
    quote: str
    value_max: float | None = None
    period: str | None = None
    base: str | None = None
    estimate: bool = False
    place: str | None = None
    value_span: Span | None = None
    # value × scale in the base unit (4.400 nghìn lượt → 4_400_000, "lượt")
    base_value: float | None = None
    base_unit: str | None = None


@dataclass(frozen=True, slots=True)
class Target:
    indicator: str
    value: float
    unit: str
    kind: str
    span: Span
    quote: str
    value_max: float | None = None
    period: str | None = None
    value_span: Span | None = None
    base_value: float | None = None
    base_unit: str | None = None
    place: str | None = None  # a district's target: "huyện Kế Sách"


@dataclass(frozen=True, slots=True)
class Task:
    kind: str  # "assignment" | "request"
    lead: str
    action: str
    span: Span
    quote: str
    support: tuple[str, ...] = ()
    deadline: str | None = None
    deadline_text: str | None = None
    report_to: str | None = None
    lead_code: str | None = None  # agency register code, when known
    support_codes: tuple[str | None, ...] = ()
    recurring: bool = False  # "thường xuyên"
    flags: tuple[str, ...] = ()  # e.g. "deadline_before_document"


@dataclass(frozen=True, slots=True)
class Project:
    name: str
    key: str  # normalized name linking one project across documents
    span: Span
    quote: str
    form: str | None = None
    figures: tuple[Figure, ...] = ()
    place: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """An extractor that raised: the document kept every other record."""

    step: str  # the pipeline step: "tasks", "figures" ...
    error: str  # the exception's type: "AttributeError"
    message: str
    offset: int | None = None  # start of the block it failed on, when found
    where: str | None = None  # innermost project frame: "extract/tasks.py:120"

    def __str__(self) -> str:
        at = f" at character {self.offset}" if self.offset is not None else ""
        where = f" ({self.where})" if self.where else ""
        return f"{self.step}: {self.error}: {self.message}{at}{where}"


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: DocumentMeta
    references: tuple[Reference, ...] = ()
    figures: tuple[Figure, ...] = ()
    targets: tuple[Target, ...] = ()
    tasks: tuple[Task, ...] = ()
    projects: tuple[Project, ...] = ()
    problems: tuple[Problem, ...] = ()  # extractors that raised (empty when all went well)
