"""Shapes of the API's bodies that are not the store's own typed values: requests, pages,
and the events list in the layout of ``communique query --format jsonl``."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from communique.store.query import EventRow
from communique.store.read import DocumentSummary


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
