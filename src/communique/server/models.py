"""Shapes of the API's bodies that are not the store's own typed values: requests, pages,
and the events list in the layout of ``communique query --format jsonl``."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from communique.store.query import EventRow, Source
from communique.store.read import DocumentSummary, Event, SourceReport


class Health(BaseModel):
    status: str
    version: str
    store: dict[str, int]
    ingest: bool
    languages: list[str]


class DateRange(BaseModel):
    start: str | None
    end: str | None


class EventParticipantOut(BaseModel):
    actor_id: int
    name: str
    kind: str
    affiliation: str | None
    role: str | None
    title: str | None


class EventSourceOut(BaseModel):
    doc_id: str
    event: str
    source: str | None
    title: str | None
    published: str | None
    language: str | None


class EventOut(BaseModel):
    id: int
    kind: str
    status: str
    date: DateRange
    location: str | None
    country: str | None
    lat: float | None
    lon: float | None
    name: str | None
    topics: list[str]
    cameo: str | None
    n_sources: int
    planned_event_id: int | None
    participants: list[EventParticipantOut]
    sources: list[EventSourceOut]

    @classmethod
    def of(cls, row: EventRow) -> EventOut:
        return cls.model_validate(row.to_dict())


class Span(BaseModel):
    start: int
    end: int
    text: str


class ReportOut(BaseModel):
    doc_id: str
    local_id: str = Field(description="the event's id in the document's record (E1)")
    source: str | None
    title: str | None
    published: str | None
    language: str | None
    evidence: Span | None = Field(description="the report's evidence in the document's text")
    reason: str = Field(description="first report, or the merge rule that joined it")


def _listed_order(r: SourceReport) -> tuple[bool, str, str]:
    """Sources as the events list orders them: by publication date (undated first), id."""
    return (r.published is not None, r.published or "", r.doc_id)


class EventDetail(EventOut):
    reports: list[ReportOut]
    held_event_ids: list[int] = Field(description="events this planned one announced")

    @classmethod
    def from_event(cls, e: Event) -> EventDetail:
        row = EventRow(
            e.id, e.kind, e.status, e.date_start, e.date_end, e.location, e.country, e.lat,
            e.lon, e.name, e.topics, e.cameo, e.n_sources, e.planned_event_id, e.participants,
            tuple(Source(r.doc_id, r.local_id, r.source, r.title, r.published, r.language)
                  for r in sorted(e.reports, key=_listed_order)),
        )  # fmt: skip
        reports = [
            ReportOut(
                doc_id=r.doc_id,
                local_id=r.local_id,
                source=r.source,
                title=r.title,
                published=r.published,
                language=r.language,
                evidence=Span(start=r.evidence_start, end=r.evidence_end, text=r.evidence)
                if r.evidence is not None
                and r.evidence_start is not None
                and r.evidence_end is not None
                else None,
                reason=r.reason,
            )
            for r in e.reports
        ]
        return cls(**row.to_dict(), reports=reports, held_event_ids=list(e.held_event_ids))


class EventPage(BaseModel):
    events: list[EventOut]
    offset: int
    limit: int
    next_offset: int | None = Field(description="the offset of the next page; null after the last")
    notes: list[str] = Field(description="how a filter value was read (Kasachstan: KAZ)")


class DocumentPageOut(BaseModel):
    documents: list[DocumentSummary]
    total: int
    offset: int
    limit: int
    next_offset: int | None


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, description="the text, or an HTML page when html is true")
    html: bool | None = Field(
        default=None, description="HTML (main text found by trafilatura); null: detected"
    )
    lang: str | None = Field(default=None, description="de, en or ru; null: detected")
    published: str | None = Field(
        default=None, description="publication date (YYYY, YYYY-MM, YYYY-MM-DD, ISO date-time)"
    )
    title: str | None = None


class PostedDocument(BaseModel):
    text: str
    id: str | None = None
    source: str | None = None
    published: str | None = None
    title: str | None = None
    lang: str | None = None


class IngestRequest(BaseModel):
    documents: list[PostedDocument] = Field(min_length=1)


class IngestFailure(BaseModel):
    source: str
    reason: str


class IngestResult(BaseModel):
    read: int
    new: int
    unchanged: int
    reextracted: int
    failed: int
    reports: int
    events: int
    failures: list[IngestFailure]


Record = dict[str, Any]
