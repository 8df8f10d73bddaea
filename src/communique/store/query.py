"""Questions to the store: which merged events match a set of filters (``communique query``).

Every filter narrows the set (logical AND). A *side* (``--actor``, each half of ``--dyad``) is a
name in any spelling the store has seen (folded the way ``actor_names.folded`` is), an ISO 3166
alpha-3 code or an organisation code (``EU``, ``OSCE``): it stands for every actor with that
name, that affiliation, or that key. ``country`` and ``org`` match events with at least one
participant affiliated with that state or organisation. ``text`` is an FTS5 query over the
title and text of the event's source documents. Dates are compared as the store keeps them
(``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``): an event matches a range when its period overlaps it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from communique.errors import CommuniqueError
from communique.published import published_date
from communique.store.plan import plan
from communique.store.search import fts_phrase_query

if TYPE_CHECKING:
    from communique.store.database import Store

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_LIMIT = 1_000_000


class QueryError(CommuniqueError):
    """A query cannot be run: a malformed filter (date, full-text syntax) or an unreadable store."""


def check_date(value: str, option: str) -> str:
    """``value`` when it is a real date in one of the store's forms (``YYYY``, ``YYYY-MM``,
    ``YYYY-MM-DD``); raises :class:`QueryError` naming ``option`` otherwise."""
    if not DATE_RE.match(value):
        raise QueryError(f"{option} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        return published_date(value)
    except ValueError as exc:
        raise QueryError(f"{option} {exc}") from exc


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters over merged events; ``None``/empty means "any"."""

    actors: tuple[str, ...] = ()
    country: str | None = None
    org: str | None = None
    dyad: tuple[str, str] | None = None
    kind: str | None = None
    status: str | None = None
    topic: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None
    limit: int | None = 100
    offset: int = 0  # events skipped (a page after the first)
    oldest_first: bool = False  # by date ascending (undated first) instead of newest first

    def check(self) -> None:
        """Raise :class:`QueryError` for a malformed filter."""
        for name, value in (("from", self.date_from), ("to", self.date_to)):
            if value is not None:
                check_date(value, f"--{name}")
        if self.date_from and self.date_to and self.date_from[: len(self.date_to)] > self.date_to:
            raise QueryError(f"--from {self.date_from} is after --to {self.date_to}")
        if self.limit is not None and not 0 < self.limit <= MAX_LIMIT:
            raise QueryError(f"limit {self.limit}: expected 1..{MAX_LIMIT}")
        if not 0 <= self.offset <= MAX_LIMIT:
            raise QueryError(f"offset {self.offset}: expected 0..{MAX_LIMIT}")
        sides = [*self.actors, *(self.dyad or ())]
        if any(not s.strip() for s in sides):
            raise QueryError("an actor or dyad side is empty")
        if self.text is not None and not self.text.strip():
            raise QueryError("the full-text query is empty")


@dataclass(frozen=True, slots=True)
class Participant:
    actor_id: int
    name: str
    kind: str
    affiliation: str | None
    role_class: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    doc_id: str
    local_id: str
    source: str | None
    title: str | None
    published: str | None
    language: str | None


@dataclass(frozen=True, slots=True)
class EventRow:
    """One merged event with its participants (and their role in its reports) and sources."""

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
    planned_event_id: int | None
    participants: tuple[Participant, ...] = ()
    sources: tuple[Source, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "date": {"start": self.date_start, "end": self.date_end},
            "location": self.location,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "name": self.name,
            "topics": list(self.topics),
            "cameo": self.cameo,
            "n_sources": self.n_sources,
            "planned_event_id": self.planned_event_id,
            "participants": [
                {
                    "actor_id": p.actor_id,
                    "name": p.name,
                    "kind": p.kind,
                    "affiliation": p.affiliation,
                    "role": p.role_class,
                    "title": p.title,
                }
                for p in self.participants
            ],
            "sources": [
                {
                    "doc_id": s.doc_id,
                    "event": s.local_id,
                    "source": s.source,
                    "title": s.title,
                    "published": s.published,
                    "language": s.language,
                }
                for s in self.sources
            ],
        }


def parse_topics(raw: str | None) -> tuple[str, ...]:
    """The store keeps topics as a JSON array (tolerates a comma-separated string)."""
    if not raw:
        return ()
    try:
        value = json.loads(raw)
    except ValueError:
        return tuple(t.strip() for t in raw.split(",") if t.strip())
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return (str(value),)


def _select(conn: sqlite3.Connection, q: EventQuery, fts: str | None) -> list[sqlite3.Row]:
    sql, params = plan(conn, q, fts)
    cur = conn.execute(sql, params)
    cur.row_factory = sqlite3.Row
    return list(cur.fetchall())


def event_ids(store: Store | sqlite3.Connection, q: EventQuery) -> list[int]:
    """Ids of the matching events, newest first (no participants or sources loaded)."""
    return [int(r["id"]) for r in _run(connection(store), q)]


def _run(conn: sqlite3.Connection, q: EventQuery) -> list[sqlite3.Row]:
    q.check()
    if q.text is None:
        return _checked(conn, q, None)
    try:
        return _select(conn, q, q.text)
    except sqlite3.OperationalError:
        pass  # not valid FTS5 syntax ("Kallas: Brüssel", unbalanced quotes): search the words
    phrase = fts_phrase_query(q.text)
    if not phrase:
        raise QueryError(f"the full-text query {q.text!r} has no words")
    return _checked(conn, q, phrase)


def _checked(conn: sqlite3.Connection, q: EventQuery, fts: str | None) -> list[sqlite3.Row]:
    try:
        return _select(conn, q, fts)
    except sqlite3.Error as exc:
        raise QueryError(f"the store cannot be read: {exc}") from exc


def connection(store: Store | sqlite3.Connection) -> sqlite3.Connection:
    return store if isinstance(store, sqlite3.Connection) else store.conn


def _row(
    r: sqlite3.Row, people: Sequence[Participant] = (), sources: Sequence[Source] = ()
) -> EventRow:
    return EventRow(
        id=int(r["id"]),
        kind=r["kind"],
        status=r["status"],
        date_start=r["date_start"],
        date_end=r["date_end"],
        location=r["location"],
        country=r["country"],
        lat=r["lat"],
        lon=r["lon"],
        name=r["name"],
        topics=parse_topics(r["topics"]),
        cameo=r["cameo"],
        n_sources=int(r["n_sources"]),
        planned_event_id=r["planned_event_id"],
        participants=tuple(people),
        sources=tuple(sources),
    )


def event_rows(store: Store | sqlite3.Connection, q: EventQuery) -> list[EventRow]:
    """The merged events matching ``q`` without participants or sources (a cheaper read for
    counts over time, topics and places)."""
    return [_row(r) for r in _run(connection(store), q)]


def query(store: Store | sqlite3.Connection, q: EventQuery) -> list[EventRow]:
    """The merged events matching ``q``, newest first, with participants and sources."""
    conn = connection(store)
    rows = _run(conn, q)
    ids = [int(r["id"]) for r in rows]
    try:
        people = participants_of(conn, ids)
        sources = sources_of(conn, ids)
    except sqlite3.Error as exc:
        raise QueryError(f"the store cannot be read: {exc}") from exc
    return [_row(r, people.get(int(r["id"]), ()), sources.get(int(r["id"]), ())) for r in rows]


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def participants_of(
    conn: sqlite3.Connection, ids: Sequence[int], *, roles: bool = True
) -> dict[int, list[Participant]]:
    """Participants per event, with the role their event's reports give them (the role held
    at that event's date), ordered by actor id. ``roles=False`` leaves role and title out
    (a network needs neither, and they are most of the cost)."""
    out: dict[int, list[Participant]] = {}
    role_columns = (
        " (SELECT rp.role_class FROM reports r JOIN report_participants rp"
        "   ON rp.doc_id = r.doc_id AND rp.local_id = r.local_id"
        "   WHERE r.event_id = ep.event_id AND rp.actor_id = a.id"
        "   AND rp.role_class IS NOT NULL LIMIT 1),"
        " (SELECT coalesce(rp.title_base, rp.title) FROM reports r JOIN report_participants rp"
        "   ON rp.doc_id = r.doc_id AND rp.local_id = r.local_id"
        "   WHERE r.event_id = ep.event_id AND rp.actor_id = a.id"
        "   AND rp.title IS NOT NULL LIMIT 1)"
        if roles
        else " NULL, NULL"
    )
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        cur = conn.execute(
            f"SELECT ep.event_id, a.id, a.name, a.kind, a.affiliation,{role_columns}"
            f" FROM event_participants ep JOIN actors a ON a.id = ep.actor_id"
            f" WHERE ep.event_id IN ({marks}) ORDER BY ep.event_id, a.id",
            list(chunk),
        )
        for ev, aid, name, kind, aff, role, title in cur:
            out.setdefault(int(ev), []).append(Participant(int(aid), name, kind, aff, role, title))
    return out


def sources_of(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, list[Source]]:
    """The reports (document, local event id) merged into each event."""
    out: dict[int, list[Source]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        cur = conn.execute(
            "SELECT r.event_id, r.doc_id, r.local_id, d.source, d.title, d.published, d.language"
            " FROM reports r JOIN documents d ON d.id = r.doc_id"
            f" WHERE r.event_id IN ({marks}) ORDER BY r.event_id, d.published, r.doc_id",
            list(chunk),
        )
        for ev, doc, local, src, title, published, lang in cur:
            out.setdefault(int(ev), []).append(Source(doc, local, src, title, published, lang))
    return out


def iter_events(conn: sqlite3.Connection, batch: int = 1000) -> Iterator[EventRow]:
    """Every merged event with participants and sources, by id, loaded a batch at a time."""
    last = 0
    while True:
        cur = conn.execute(
            "SELECT id, kind, status, date_start, date_end, location, country, lat, lon, name,"
            " topics, cameo, n_sources, planned_event_id FROM events WHERE id > ?"
            " ORDER BY id LIMIT ?",
            (last, batch),
        )
        cur.row_factory = sqlite3.Row
        rows = cur.fetchall()
        if not rows:
            return
        ids = [int(r["id"]) for r in rows]
        people = participants_of(conn, ids)
        sources = sources_of(conn, ids)
        for r, eid in zip(rows, ids, strict=True):
            yield _row(r, people.get(eid, ()), sources.get(eid, ()))
        last = ids[-1]
