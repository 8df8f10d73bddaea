"""The ``parquet`` export: ``events.parquet`` and ``participants.parquet`` with Arrow types.

``events.parquet`` has the columns of ``events.csv`` (``export.EVENT_COLUMNS``), but where the
CSV joins lists with ";", Parquet keeps them as lists:

- ``topics``: ``list<string>``;
- ``participants``: ``list<struct<actor_id: int64, name, kind, affiliation, role, title>>``
  (the fields of ``communique query --format json``; every string field may be null);
- ``affiliations``: ``list<string>``, one per participant in the same order (null where the
  participant has none);
- ``sources``: ``list<struct<doc_id, event, source, title, published, language>>``, the
  reports merged into the event (``event`` is the report's local event id), earliest
  publication first.

``date_start``, ``date_end`` and the sources' ``published`` are strings, as the store keeps
them: a date may be partial (``YYYY`` or ``YYYY-MM``), which no Arrow date type can hold, and
a publication date may be an ISO date-time. ``participants.parquet`` is flat: one row per event
and participant (``export.PARTICIPANT_COLUMNS``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from communique.store.event_names import exported_events
from communique.store.query import EventRow

PARTICIPANT_FIELDS = ("actor_id", "name", "kind", "affiliation", "role", "title")
SOURCE_FIELDS = ("doc_id", "event", "source", "title", "published", "language")


def event_schema() -> Any:
    """The Arrow schema of ``events.parquet``."""
    import pyarrow as pa  # type: ignore[import-untyped]

    s, i, f = pa.string(), pa.int64(), pa.float64()
    participant = pa.struct(
        [pa.field(name, i if name == "actor_id" else s) for name in PARTICIPANT_FIELDS]
    )
    source = pa.struct([pa.field(name, s) for name in SOURCE_FIELDS])
    return pa.schema(
        [
            ("event_id", i), ("kind", s), ("status", s), ("date_start", s), ("date_end", s),
            ("location", s), ("country", s), ("lat", f), ("lon", f), ("name", s),
            ("topics", pa.list_(s)), ("cameo", s), ("n_sources", i), ("planned_event_id", i),
            ("participants", pa.list_(participant)), ("affiliations", pa.list_(s)),
            ("sources", pa.list_(source)),
        ]
    )  # fmt: skip


def participant_schema() -> Any:
    """The Arrow schema of ``participants.parquet``."""
    import pyarrow as pa

    s, i = pa.string(), pa.int64()
    return pa.schema(
        [
            ("event_id", i), ("actor_id", i), ("name", s), ("kind", s), ("affiliation", s),
            ("role_class", s), ("title", s),
        ]
    )  # fmt: skip


def event_record(ev: EventRow) -> dict[str, Any]:
    """One row of ``events.parquet``."""
    full = ev.to_dict()
    return {
        "event_id": ev.id, "kind": ev.kind, "status": ev.status, "date_start": ev.date_start,
        "date_end": ev.date_end, "location": ev.location, "country": ev.country, "lat": ev.lat,
        "lon": ev.lon, "name": ev.name, "topics": list(ev.topics), "cameo": ev.cameo,
        "n_sources": ev.n_sources, "planned_event_id": ev.planned_event_id,
        "participants": full["participants"],
        "affiliations": [p.affiliation for p in ev.participants],
        "sources": full["sources"],
    }  # fmt: skip


def participant_records(ev: EventRow) -> list[dict[str, Any]]:
    """The rows of ``participants.parquet`` for one event."""
    return [
        {
            "event_id": ev.id, "actor_id": p.actor_id, "name": p.name, "kind": p.kind,
            "affiliation": p.affiliation, "role_class": p.role_class, "title": p.title,
        }
        for p in ev.participants
    ]  # fmt: skip


def write_parquet(conn: sqlite3.Connection, folder: Path, batch: int = 50_000) -> dict[str, int]:
    """Both tables into ``folder``, a batch of rows (a row group) at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    ev_schema, pa_schema = event_schema(), participant_schema()
    folder.mkdir(parents=True, exist_ok=True)
    counts = {"events.parquet": 0, "participants.parquet": 0}
    ev_rows: list[dict[str, Any]] = []
    pa_rows: list[dict[str, Any]] = []

    def flush(writer: Any, schema: Any, rows: list[dict[str, Any]], name: str) -> None:
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            counts[name] += len(rows)
            rows.clear()

    with (
        pq.ParquetWriter(str(folder / "events.parquet"), ev_schema) as we,
        pq.ParquetWriter(str(folder / "participants.parquet"), pa_schema) as wp,
    ):
        for ev in exported_events(conn):
            ev_rows.append(event_record(ev))
            pa_rows.extend(participant_records(ev))
            if len(ev_rows) >= batch:
                flush(we, ev_schema, ev_rows, "events.parquet")
            if len(pa_rows) >= batch:
                flush(wp, pa_schema, pa_rows, "participants.parquet")
        flush(we, ev_schema, ev_rows, "events.parquet")
        flush(wp, pa_schema, pa_rows, "participants.parquet")
    return {str(folder / k): v for k, v in counts.items()}
