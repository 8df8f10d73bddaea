"""The store's read API: everything a command or an HTTP handler shows, as typed values.

``Store`` inherits these methods (``store.event(7)``, ``store.actor(1)``, ...), so no caller
writes SQL. Every absent id raises :class:`NotFoundError` (a ``StoreError``); every SQLite
failure a ``StoreError`` naming the database. Lists are ordered deterministically: reports in
ingest order, participants by actor id, events newest first, documents in ingest order.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.errors import StoreError
from communique.store.query import (
    EventQuery,
    EventRow,
    Participant,
    QueryError,
    event_ids,
    parse_topics,
    participants_of,
    query,
)

MAX_PAGE = 10_000


class NotFoundError(StoreError):
    """The store holds no event, document or actor with this id."""

    def __init__(self, path: Path, what: str, key: object) -> None:
        super().__init__(f"{path}: no {what} {key}")
        self.what = what
        self.key = key


@dataclass(frozen=True, slots=True)
class SourceReport:
    """One document's report of a merged event, and why it joined the event."""

    doc_id: str
    local_id: str  # the event's id in the document's record ("E1")
    source: str | None
    title: str | None
    published: str | None
    language: str | None
    evidence_start: int | None  # character span of the event's evidence in the document text
    evidence_end: int | None
    evidence: str | None  # the text of that span
    reason: str  # "first report", or the merge rule that held ("2 shared participants; ...")


@dataclass(frozen=True, slots=True)
class Event:
    """One merged event with its participants (and the role its reports give them) and its
    source reports."""

    id: int
    kind: str
    status: str
    date_start: str | None
    date_end: str | None
    location: str | None
    country: str | None
    lat: float | None
    lon: float | None
    name: str | None
    topics: tuple[str, ...]
    cameo: str | None
    n_sources: int
    planned_event_id: int | None  # the planned event that announced this one
    participants: tuple[Participant, ...]
    reports: tuple[SourceReport, ...]
    held_event_ids: tuple[int, ...]  # events this planned one announced


@dataclass(frozen=True, slots=True)
class EventParticipant:
    """One participant of one event (the layout of the exports' participants table)."""

    event_id: int
    actor_id: int
    name: str
    kind: str
    affiliation: str | None
    role_class: str | None
    title: str | None


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: str  # sha256 of the text
    source: str | None
    language: str | None
    published: str | None
    title: str | None
    n_events: int  # events of the document's record (reports)


@dataclass(frozen=True, slots=True)
class DocumentPage:
    documents: tuple[DocumentSummary, ...]
    total: int  # documents in the store
    offset: int
    limit: int

    @property
    def next_offset(self) -> int | None:
        """The offset of the next page, None after the last one."""
        end = self.offset + len(self.documents)
        return end if end < self.total else None


@dataclass(frozen=True, slots=True)
class DocumentEvent:
    local_id: str  # the event's id in the document's record ("E1")
    event_id: int | None  # the merged event in the store


@dataclass(frozen=True, slots=True)
class StoredDocument:
    id: str
    source: str | None
    language: str | None
    published: str | None
    title: str | None
    n_events: int
    extractor: str  # the extractor version that wrote the record
    ingested_at: str
    record: dict[str, Any]  # the contract record (communique.record/1)
    text: str  # the text every span of the record indexes into
    events: tuple[DocumentEvent, ...]  # the merged event each of the record's events joined


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """A role an actor's reports give it, and when it was seen: an occurred event's date,
    else the reporting document's publication date."""

    role_class: str | None
    affiliation: str | None
    titles: tuple[str, ...]  # every title seen for it, in order of first sight
    first_seen: str | None
    last_seen: str | None
    n_reports: int


@dataclass(frozen=True, slots=True)
class Counterpart:
    actor_id: int
    name: str
    kind: str
    affiliation: str | None
    shared_events: int


@dataclass(frozen=True, slots=True)
class EventSummary:
    id: int
    kind: str
    status: str
    date_start: str | None
    date_end: str | None
    location: str | None
    country: str | None
    name: str | None
    n_sources: int


@dataclass(frozen=True, slots=True)
class ActorProfile:
    id: int
    kind: str
    name: str
    key: str  # the cross-document key ("person:vasilenko:r", "state:KAZ")
    affiliation: str | None
    spellings: tuple[str, ...]  # every name seen, in order of first sight
    roles: tuple[RoleSpan, ...]  # by first date seen
    counterparts: tuple[Counterpart, ...]  # by number of shared events, most first
    events: tuple[EventSummary, ...]  # newest first, at most ``limit``
    n_events: int  # all events of the actor


_EVENT = (
    "SELECT id, kind, status, date_start, date_end, location, country, lat, lon, name, topics,"
    " cameo, n_sources, planned_event_id FROM events WHERE id = ?"
)
_REPORTS = (
    "SELECT r.doc_id, r.local_id, d.source, d.title, d.published, d.language, r.evidence_start,"
    " r.evidence_end, CASE WHEN r.evidence_end > r.evidence_start"
    " THEN substr(d.text, r.evidence_start + 1, r.evidence_end - r.evidence_start) END,"
    " coalesce(x.reason, '') FROM reports r JOIN documents d ON d.id = r.doc_id"
    " LEFT JOIN event_explanations x ON x.doc_id = r.doc_id AND x.local_id = r.local_id"
    " WHERE r.event_id = ? ORDER BY d.rowid, r.local_id"
)
_DOCUMENT = (
    "SELECT d.id, d.source, d.language, d.published, d.title,"
    " (SELECT count(*) FROM reports r WHERE r.doc_id = d.id)"
)
# an occurred event's date attests a role at that date; otherwise the publication date. One
# row per title: the grouping into role classes is cheap in Python, the join is not.
_ROLES = (
    "SELECT role_class, affiliation, title, min(seen), max(seen), count(*) FROM ("
    " SELECT rp.role_class, rp.affiliation, coalesce(rp.title_base, rp.title) AS title,"
    " CASE WHEN r.status = 'occurred' AND r.date_start IS NOT NULL THEN r.date_start"
    " ELSE substr(d.published, 1, 10) END AS seen"
    " FROM report_participants rp"
    " JOIN reports r ON r.doc_id = rp.doc_id AND r.local_id = rp.local_id"
    " JOIN documents d ON d.id = rp.doc_id"
    " WHERE rp.actor_id = ? AND (rp.role_class IS NOT NULL OR rp.title IS NOT NULL))"
    " GROUP BY role_class, affiliation, title"
)
_COUNTERPARTS = (
    "SELECT o.actor_id, a.name, a.kind, a.affiliation, count(*) AS n FROM event_participants x"
    " JOIN event_participants o ON o.event_id = x.event_id AND o.actor_id != x.actor_id"
    " JOIN actors a ON a.id = o.actor_id WHERE x.actor_id = ?"
    " GROUP BY o.actor_id ORDER BY n DESC, o.actor_id LIMIT ?"
)
_SUMMARY = (
    "SELECT e.id, e.kind, e.status, e.date_start, e.date_end, e.location, e.country, e.name,"
    " e.n_sources"
)
_ACTOR_EVENTS = (
    f"{_SUMMARY} FROM event_participants p JOIN events e ON e.id = p.event_id"
    " WHERE p.actor_id = ? ORDER BY e.date_start DESC, e.id DESC LIMIT ?"
)
# the same events of an actor in most of the store: read newest first through the date index
# until ``limit`` found, instead of sorting all of them (91,000 events: 75 ms -> about 1 ms)
_FREQUENT_ACTOR_EVENTS = (
    f"{_SUMMARY} FROM events e WHERE EXISTS (SELECT 1 FROM event_participants p"
    " WHERE p.event_id = e.id AND p.actor_id = ?) ORDER BY e.date_start DESC, e.id DESC LIMIT ?"
)


def _check_page(limit: int, offset: int = 0) -> None:
    if not 0 < limit <= MAX_PAGE:
        raise QueryError(f"limit {limit}: expected 1..{MAX_PAGE}")
    if offset < 0:
        raise QueryError(f"offset {offset}: expected 0 or more")


class StoreReads:
    """The read methods of ``Store``; they need only its connection and path."""

    conn: sqlite3.Connection
    path: Path

    def error(self, exc: sqlite3.Error) -> StoreError:
        return StoreError(f"{self.path}: {exc}")

    def _all(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        try:
            return self.conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise self.error(exc) from exc

    def _one(self, sql: str, params: Sequence[object], what: str, key: object) -> Any:
        rows = self._all(sql, params)
        if not rows:
            raise NotFoundError(self.path, what, key)
        return rows[0]

    # ---------------------------------------------------------------------- events

    def event(self, event_id: int) -> Event:
        """The merged event ``event_id`` with participants, source reports and merge reasons."""
        row = self._one(_EVENT, (event_id,), "event", event_id)
        try:
            people = participants_of(self.conn, [event_id]).get(event_id, [])
        except sqlite3.Error as exc:
            raise self.error(exc) from exc
        held = self._all(
            "SELECT id FROM events WHERE planned_event_id = ? ORDER BY id", (event_id,)
        )
        eid, kind, status, start, end, place, country, lat, lon, name, topics, cameo, n, plan = row
        return Event(
            int(eid), kind, status, start, end, place, country, lat, lon, name,
            parse_topics(topics), cameo, int(n), plan,
            participants=tuple(people),
            reports=self._reports(event_id),
            held_event_ids=tuple(int(h) for (h,) in held),
        )  # fmt: skip

    def explain(self, event_id: int) -> tuple[SourceReport, ...]:
        """The source reports of the merged event ``event_id`` and why each joined it."""
        self._one("SELECT 1 FROM events WHERE id = ?", (event_id,), "event", event_id)
        return self._reports(event_id)

    def _reports(self, event_id: int) -> tuple[SourceReport, ...]:
        return tuple(SourceReport(*r) for r in self._all(_REPORTS, (event_id,)))

    def events(self, q: EventQuery) -> list[EventRow]:
        """The merged events matching ``q``, newest first (``store.query.query``)."""
        return query(self.conn, q)

    def participants(self, of: int | EventQuery) -> list[EventParticipant]:
        """The participants of one event (its id), or of every event matching a query (newest
        event first, at most ``q.limit`` events); by actor id within an event."""
        if isinstance(of, EventQuery):
            ids = event_ids(self.conn, of)
        else:
            self._one("SELECT 1 FROM events WHERE id = ?", (of,), "event", of)
            ids = [of]
        try:
            people = participants_of(self.conn, ids)
        except sqlite3.Error as exc:
            raise self.error(exc) from exc
        return [
            EventParticipant(e, p.actor_id, p.name, p.kind, p.affiliation, p.role_class, p.title)
            for e in ids
            for p in people.get(e, ())
        ]

    # ------------------------------------------------------------------- documents

    def documents(self, *, limit: int = 100, offset: int = 0) -> DocumentPage:
        """One page of the stored documents in ingest order, with their number of events."""
        _check_page(limit, offset)
        rows = self._all(
            f"{_DOCUMENT} FROM documents d ORDER BY d.rowid LIMIT ? OFFSET ?", (limit, offset)
        )
        (total,) = self._all("SELECT count(*) FROM documents")[0]
        docs = tuple(
            DocumentSummary(d, src, lang, published, title, int(n))
            for d, src, lang, published, title, n in rows
        )
        return DocumentPage(docs, int(total), offset, limit)

    def document(self, doc_id: str) -> StoredDocument:
        """One stored document with its contract record."""
        row = self._one(
            f"{_DOCUMENT}, d.extractor, d.ingested_at, d.record, d.text FROM documents d"
            " WHERE d.id = ?",
            (doc_id,),
            "document",
            doc_id,
        )
        d, src, lang, published, title, n, extractor, ingested_at, raw, text = row
        try:
            record = json.loads(raw)
        except ValueError as exc:
            raise StoreError(f"{self.path}: document {doc_id}: record is not JSON") from exc
        events = self._all(
            "SELECT local_id, event_id FROM reports WHERE doc_id = ? ORDER BY rowid", (doc_id,)
        )
        return StoredDocument(
            d, src, lang, published, title, int(n), extractor, ingested_at, record, text,
            tuple(DocumentEvent(str(local), ev) for local, ev in events),
        )  # fmt: skip

    # ---------------------------------------------------------------------- actors

    def actor(self, actor_id: int, *, limit: int = 100) -> ActorProfile:
        """An actor with every spelling seen, its roles over time, its counterparts ranked by
        shared events and its events (newest first); ``limit`` bounds both lists."""
        _check_page(limit)
        kind, name, key, affiliation = self._one(
            "SELECT kind, name, key, affiliation FROM actors WHERE id = ?",
            (actor_id,),
            "actor",
            actor_id,
        )
        spellings = self._all(
            "SELECT name FROM actor_names WHERE actor_id = ? ORDER BY rowid", (actor_id,)
        )
        (n_events,) = self._all(
            "SELECT count(*) FROM event_participants WHERE actor_id = ?", (actor_id,)
        )[0]
        (last_id,) = self._all("SELECT coalesce(max(id), 0) FROM events")[0]
        # sorting costs the actor's events; the scan about limit x (events / actor's events)
        frequent = n_events * n_events > limit * last_id
        return ActorProfile(
            actor_id, kind, name, key, affiliation,
            spellings=tuple(str(s) for (s,) in spellings),
            roles=_role_spans(self._all(_ROLES, (actor_id,))),
            counterparts=tuple(
                Counterpart(int(a), n, k, aff, int(c))
                for a, n, k, aff, c in self._all(_COUNTERPARTS, (actor_id, limit))
            ),
            events=tuple(
                EventSummary(int(e), k, st, ds, de, loc, c, nm, int(n))
                for e, k, st, ds, de, loc, c, nm, n in self._all(
                    _FREQUENT_ACTOR_EVENTS if frequent else _ACTOR_EVENTS, (actor_id, limit)
                )
            ),
            n_events=int(n_events),
        )  # fmt: skip


def _role_spans(rows: list[Any]) -> tuple[RoleSpan, ...]:
    """Rows (role class, affiliation, title, first seen, last seen, reports), one per title,
    as one span per role class and affiliation; spans and titles in the order first seen
    (undated last)."""
    spans: dict[tuple[str | None, str | None], RoleSpan] = {}
    for role, aff, title, first, last, n in sorted(
        rows, key=lambda r: (r[3] is None, r[3] or "", r[2] or "")
    ):
        titles = (title,) if title else ()
        old = spans.get((role, aff))
        if old is not None:
            titles = old.titles + titles
            first = old.first_seen or first
            last = max(old.last_seen or "", last or "") or None
            n += old.n_reports
        spans[(role, aff)] = RoleSpan(role, aff, titles, first, last, int(n))
    return tuple(spans.values())
