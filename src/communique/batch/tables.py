"""Records and failures of one partition as Arrow tables (one Parquet file each).

Every table has ``doc_id`` (the document id: sha256 of the text, or the input's own id) to
join on; ``documents`` and ``errors`` also have ``partition`` and ``position`` (the item's
place in the run's reading order), by which the run's order is restored. Dates stay strings
(``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``: no Arrow date type holds a partial date); spans are
``struct<start: int64, end: int64, text: string>``; lists of strings are ``list<string>``.
``documents.record`` is the whole contract record as JSON (what ``communique extract``
prints), so nothing is lost; ``documents.text`` is the text every span indexes into.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from communique.record import Record
from communique.spans import Span


@dataclass(frozen=True, slots=True)
class Extracted:
    """A document's record and what the input said of it before extraction."""

    position: int
    given_language: str | None
    given_published: str | None
    record: Record


@dataclass(frozen=True, slots=True)
class Failure:
    """An item that yielded no record: ``stage`` is ``read``, ``extract`` or ``timeout``."""

    position: int
    where: str
    stage: str
    reason: str
    error_type: str | None = None
    doc_id: str | None = None
    source: str | None = None
    traceback: str | None = None


def schemas() -> dict[str, Any]:
    """The Arrow schema of each table."""
    import pyarrow as pa  # type: ignore[import-untyped]

    s, i, f = pa.string(), pa.int64(), pa.float64()
    span = pa.struct([("start", i), ("end", i), ("text", s)])
    strings = pa.list_(s)
    return {
        "documents": pa.schema(
            [
                ("partition", i), ("position", i), ("doc_id", s), ("source", s),
                ("origin", s), ("language", s), ("published", s), ("title", s),
                ("given_language", s), ("given_published", s), ("extractor", s),
                ("n_actors", i), ("n_events", i), ("n_quotes", i), ("n_claims", i),
                ("warnings", strings), ("text", s), ("record", s),
            ]
        ),
        "actors": pa.schema(
            [
                ("doc_id", s), ("actor_id", s), ("kind", s), ("name", s), ("aliases", strings),
                ("role_class", s), ("role_title", s), ("role_base", s), ("organization", s),
                ("affiliation", s), ("sector", s), ("mentions", pa.list_(span)),
                ("inferred", pa.list_(pa.struct([("field", s), ("source", s)]))),
            ]
        ),
        "events": pa.schema(
            [
                ("doc_id", s), ("event_id", s), ("kind", s), ("status", s),
                ("date_start", s), ("date_end", s), ("date_text", s), ("location", s),
                ("country", s), ("lat", f), ("lon", f), ("location_canonical", s),
                ("geonames", i), ("name", s), ("topics", strings), ("agenda", strings),
                ("plover_event", s), ("plover_mode", s), ("plover_contexts", strings),
                ("cameo", s), ("confidence", f), ("participants", strings),
                ("postponed", pa.bool_()), ("postponed_to_start", s), ("postponed_to_end", s),
                ("evidence", pa.list_(span)),
            ]
        ),
        "participants": pa.schema(
            [
                ("doc_id", s), ("event_id", s), ("actor_id", s), ("seat", i), ("name", s),
                ("kind", s), ("role_class", s), ("title", s), ("affiliation", s),
            ]
        ),
        "quotes": pa.schema(
            [
                ("doc_id", s), ("quote", i), ("speaker", s), ("speaker_name", s),
                ("text", s), ("span", span),
            ]
        ),
        "claims": pa.schema(
            [
                ("doc_id", s), ("claim", i), ("text", s), ("value", f), ("unit", s),
                ("qualifier", s), ("span", span), ("quantity", span),
            ]
        ),
        "errors": pa.schema(
            [
                ("partition", i), ("position", i), ("where", s), ("stage", s), ("reason", s),
                ("error_type", s), ("doc_id", s), ("source", s), ("traceback", s),
            ]
        ),
    }  # fmt: skip


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def partition_tables(
    number: int, extracted: list[Extracted], failures: list[Failure]
) -> dict[str, Any]:
    """The seven tables of one partition (empty tables keep their schema)."""
    import pyarrow as pa

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in schemas()}
    for item in extracted:
        _record_rows(number, item, rows)
    for fail in failures:
        rows["errors"].append(
            {
                "partition": number, "position": fail.position, "where": fail.where,
                "stage": fail.stage, "reason": fail.reason, "error_type": fail.error_type,
                "doc_id": fail.doc_id, "source": fail.source, "traceback": fail.traceback,
            }
        )  # fmt: skip
    return {
        name: pa.Table.from_pylist(rows[name], schema=schema) for name, schema in schemas().items()
    }


def _record_rows(number: int, item: Extracted, rows: dict[str, list[dict[str, Any]]]) -> None:
    record = item.record
    doc = record.document
    rows["documents"].append(
        {
            "partition": number, "position": item.position, "doc_id": doc.id,
            "source": doc.source, "origin": doc.origin, "language": doc.language,
            "published": doc.published, "title": doc.title,
            "given_language": item.given_language, "given_published": item.given_published,
            "extractor": record.extractor, "n_actors": len(record.actors),
            "n_events": len(record.events), "n_quotes": len(record.quotes),
            "n_claims": len(record.claims), "warnings": list(record.warnings),
            "text": doc.text, "record": json.dumps(record.to_dict(), ensure_ascii=False),
        }
    )  # fmt: skip
    by_id = {a.id: a for a in record.actors}
    for a in record.actors:
        rows["actors"].append(
            {
                "doc_id": doc.id, "actor_id": a.id, "kind": a.kind, "name": a.name,
                "aliases": list(a.aliases), "role_class": a.role.cls if a.role else None,
                "role_title": a.role.title if a.role else None,
                "role_base": a.role.base if a.role else None, "organization": a.organization,
                "affiliation": a.affiliation, "sector": a.sector,
                "mentions": [_span(m) for m in a.mentions],
                "inferred": [{"field": k, "source": v} for k, v in sorted(a.inferred.items())],
            }
        )  # fmt: skip
    for e in record.events:
        loc, date, plover, moved = e.location, e.date, e.plover, e.postponed
        rows["events"].append(
            {
                "doc_id": doc.id, "event_id": e.id, "kind": e.kind, "status": e.status,
                "date_start": date.start if date else None,
                "date_end": date.end if date else None,
                "date_text": date.text if date else None,
                "location": loc.name if loc else None, "country": loc.country if loc else None,
                "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
                "location_canonical": loc.canonical if loc else None,
                "geonames": loc.geonames if loc else None, "name": e.name,
                "topics": list(e.topics), "agenda": list(e.agenda),
                "plover_event": plover.event if plover else None,
                "plover_mode": plover.mode if plover else None,
                "plover_contexts": list(plover.contexts) if plover else None,
                "cameo": e.cameo, "confidence": round(e.confidence, 3),
                "participants": list(e.participants), "postponed": moved is not None,
                "postponed_to_start": moved.to.start if moved and moved.to else None,
                "postponed_to_end": moved.to.end if moved and moved.to else None,
                "evidence": [_span(s) for s in e.evidence],
            }
        )  # fmt: skip
        for seat, local in enumerate(e.participants):
            actor = by_id.get(local)
            rows["participants"].append(
                {
                    "doc_id": doc.id, "event_id": e.id, "actor_id": local, "seat": seat,
                    "name": actor.name if actor else None, "kind": actor.kind if actor else None,
                    "role_class": actor.role.cls if actor and actor.role else None,
                    "title": actor.role.title if actor and actor.role else None,
                    "affiliation": actor.affiliation if actor else None,
                }
            )  # fmt: skip
    for n, q in enumerate(record.quotes):
        speaker = by_id.get(q.speaker) if q.speaker else None
        rows["quotes"].append(
            {
                "doc_id": doc.id, "quote": n, "speaker": q.speaker,
                "speaker_name": speaker.name if speaker else None, "text": q.text,
                "span": _span(q.span),
            }
        )  # fmt: skip
    for n, c in enumerate(record.claims):
        rows["claims"].append(
            {
                "doc_id": doc.id, "claim": n, "text": c.text, "value": c.value, "unit": c.unit,
                "qualifier": c.qualifier, "span": _span(c.span), "quantity": _span(c.quantity),
            }
        )  # fmt: skip
