"""Ingest: documents into the store, in batches, idempotently, never stopped by one bad file.

Documents come from ``documents.read_inputs`` (files, folders, JSON Lines, HTML, Parquet), or
with their records from the output folder of ``communique batch`` (``Prepared`` items: a
record made by the engine's extractor id is stored as it is, any other is made again from the
stored text; ``ingest_items`` takes any mix of items). Each batch
of ``batch_size`` inputs is extracted outside any transaction and then written in one
``BEGIN IMMEDIATE ... COMMIT`` together with its actors, reports, failures and the merging of
its reports into events: a kill loses at most the batch in flight, and a rerun resumes
(documents already committed are "unchanged"). A document is identified by the sha256 of
its text; it is re-extracted only when the extractor id stored with it differs from the
engine's for its language: the code's version or the data (its language pack, the knowledge
base) changed. Each document is extracted with the store's registry of actors
(``store.registry``): an affiliation its text does not state but earlier batches did is
filled in and named in ``actors[].inferred``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from communique.documents import ReadSettings, read_inputs
from communique.errors import InputError, StoreError
from communique.known import apply_known
from communique.parallel import (
    Extracted,
    ExtractionPool,
    WorkerSetup,
    extract_one,
    pool_threshold,
)
from communique.pipeline import Communique
from communique.record import Document, Record
from communique.store import merging
from communique.store.database import Store, now
from communique.store.identity import resolve_actors
from communique.store.registry import StoreRegistry


class Progress(Protocol):
    """What a progress display hears from ``ingest``: each document started (where it was
    read), each stage of its extraction, and documents done."""

    def start(self, where: str) -> None: ...

    def stage(self, name: str) -> None: ...

    def advance(self, n: int = 1) -> None: ...


# where a document was read, why it failed, and the traceback (for ``--debug``)
OnFailure = Callable[[str, str, str | None], None]


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did (``reports``: events of the new or re-extracted records)."""

    read: int = 0
    new: int = 0
    unchanged: int = 0
    reextracted: int = 0
    failed: int = 0
    reports: int = 0
    events: int = 0
    batches: int = 0

    def lines(self) -> list[str]:
        return [
            f"documents read: {self.read}",
            f"new: {self.new}",
            f"unchanged: {self.unchanged}",
            f"re-extracted: {self.reextracted}",
            f"failed: {self.failed}",
            f"reports (events of new records): {self.reports}",
            f"merged events in the store: {self.events}",
        ]


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document with a record made elsewhere (``communique batch``). The record is stored
    as it is when its extractor id is the engine's for its language (with the store's
    registry applied, as an extraction here would); otherwise ``document`` (the text and
    what the input said of it) is extracted again."""

    document: Document
    record: Record | None = None


Item = Document | Prepared | InputError


@dataclass(slots=True)
class _Batch:
    records: list[tuple[Record, bool]] = field(default_factory=list)  # (record, replaces)
    failures: list[tuple[str, str]] = field(default_factory=list)


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    store: Store,
    paths: Sequence[str],
    engine: Communique,
    settings: ReadSettings | None = None,
    *,
    batch_size: int = 200,
    progress: Progress | None = None,
    on_failure: OnFailure | None = None,
    workers: int = 1,
) -> IngestSummary:
    """Read, extract and store every input; failures are recorded, never raised.

    Each document's extraction has the time budget of ``engine.settings.timeout``; a document
    that fails (a reader error, an extractor defect, a timeout) is recorded with the place it
    was read and the reason, and ``on_failure`` (if given) hears it. With ``workers`` > 1,
    the documents of a batch are extracted in that many processes (``parallel``) and the
    store is written by this one: the store ends the same as with one process, since each
    batch is extracted only after the one before it is committed.

    Raises ``StoreError`` only when the database itself cannot be written (locked, full,
    corrupt): every batch committed before stays, and a rerun resumes.
    """
    items = ingest_sources(paths, settings or ReadSettings())
    return ingest_items(
        store,
        items,
        engine,
        batch_size=batch_size,
        progress=progress,
        on_failure=on_failure,
        workers=workers,
    )


def ingest_sources(paths: Sequence[str], settings: ReadSettings) -> Iterator[Item]:
    """What ``ingest`` reads from each path, in order: the documents and records of a
    ``communique batch`` output folder, or the documents of ``read_inputs``."""
    from communique.batch.layout import Output

    for path in paths:
        if path != "-" and Output.is_batch_output(Path(path)):
            from communique.batch.reading import read_batch_output

            yield from read_batch_output(path)
        else:
            yield from read_inputs([path], settings)


def ingest_items(
    store: Store,
    source: Iterable[Item],
    engine: Communique,
    *,
    batch_size: int = 200,
    progress: Progress | None = None,
    on_failure: OnFailure | None = None,
    workers: int = 1,
) -> IngestSummary:
    """``ingest`` of items already read (documents, prepared records, read errors)."""
    if batch_size < 1:
        raise StoreError(f"{store.path}: batch size must be at least 1, not {batch_size}")
    summary = IngestSummary()
    pool = (
        ExtractionPool(WorkerSetup(engine.settings, store.path), workers) if workers > 1 else None
    )
    try:
        for items in _batches(source, batch_size):
            full = len(items) == batch_size
            batch = _Extraction(store, engine, summary, progress, on_failure, pool).run(items, full)
            _write(store, batch, summary)
            summary.batches += 1
    finally:
        if pool is not None:
            pool.terminate()
    summary.events = int(store.conn.execute("SELECT count(*) FROM events").fetchone()[0])
    return summary


@dataclass(slots=True)
class _Extraction:
    """Extraction of one batch: what is new or changed is extracted, failures are kept."""

    store: Store
    engine: Communique
    summary: IngestSummary
    progress: Progress | None
    on_failure: OnFailure | None
    pool: ExtractionPool | None = None
    batch: _Batch = field(default_factory=_Batch)
    seen: set[str] = field(default_factory=set)

    def run(self, items: list[Item], full: bool = False) -> _Batch:
        # (document, stored before, outcome: None until extracted), in input order
        kept: list[tuple[Document, bool, Extracted | None]] = []
        for item in items:
            triaged = self.triage(item)
            if triaged is None:
                if self.progress is not None:
                    self.progress.advance()
                continue
            doc, stored, made = triaged
            usable = made is not None and made.extractor == self.engine.extractor_id(
                made.document.language
            )
            if made is not None and usable:
                if made.actors:
                    apply_known(made, StoreRegistry(self.store))
                kept.append((doc, stored, Extracted(doc, made)))
            else:
                kept.append((doc, stored, None))
        docs = [doc for doc, _, outcome in kept if outcome is None]
        pool = self.pool
        if pool is not None and (pool.started or full or len(docs) >= pool_threshold(pool.workers)):
            outcomes: Iterator[Extracted] = iter(pool.imap(docs))
        else:
            stage = self._stage if self.progress is not None else None
            known = StoreRegistry(self.store)
            outcomes = (extract_one(self.engine, d, known, stage(d) if stage else None)
                        for d in docs)  # fmt: skip
        for doc, stored, outcome in kept:
            self.keep(doc, stored, outcome or next(outcomes))
            if self.progress is not None:
                self.progress.advance()
        return self.batch

    def _stage(self, doc: Document) -> Callable[[str], None]:
        assert self.progress is not None
        self.progress.start(doc.origin)
        return self.progress.stage

    def triage(self, item: Item) -> tuple[Document, bool, Record | None] | None:
        """None when there is nothing to store (a reading error, a document already stored
        by this extractor or seen in this run); else the document, whether it was stored
        before, and the record made elsewhere (``Prepared``), if any."""
        summary, batch = self.summary, self.batch
        if isinstance(item, InputError):
            summary.failed += 1
            batch.failures.append((item.source, item.reason))
            return None
        doc, made = (item.document, item.record) if isinstance(item, Prepared) else (item, None)
        summary.read += 1
        try:
            stored = self.store.extraction_of(doc.id)
        except sqlite3.Error as exc:
            raise self.store.error(exc) from exc
        # a record made by other code or other data (a language pack, the knowledge base
        # edited) is made again
        current = stored is not None and stored[0] == self.engine.extractor_id(stored[1])
        if doc.id in self.seen or current:
            summary.unchanged += 1
            self.seen.add(doc.id)
            return None
        self.seen.add(doc.id)
        return doc, stored is not None, made

    def keep(self, doc: Document, stored: bool, outcome: Extracted) -> None:
        summary, batch = self.summary, self.batch
        if outcome.record is None:
            summary.failed += 1
            reason = outcome.reason or "extraction failed"
            batch.failures.append((doc.origin, reason))
            if self.on_failure is not None:
                self.on_failure(doc.origin, reason, outcome.trace)
            return
        record = outcome.record
        batch.records.append((record, stored))
        if stored:
            summary.reextracted += 1
        else:
            summary.new += 1
        summary.reports += len(record.events)


def _write(store: Store, batch: _Batch, summary: IngestSummary) -> None:
    """Write one batch in one transaction. A document another ingest stored meanwhile (two
    runs over overlapping input) is counted as unchanged, not written twice."""
    replaced = False
    try:
        with store.transaction():
            for source, reason in batch.failures:
                store.add_failure(source, reason)
            for record, replaces in batch.records:
                doc = record.document
                now_stored = store.extraction_of(doc.id)
                if now_stored is not None and not replaces:
                    if now_stored[0] == record.extractor:
                        summary.new -= 1
                        summary.unchanged += 1
                        summary.reports -= len(record.events)
                        continue
                    replaces = True  # stored meanwhile by other code: made again
                _write_record(store, record, replaces)
                replaced = replaced or replaces
            if replaced:
                merging.rebuild(store)
            else:
                merging.update(store, [r.document.id for r, _ in batch.records])
    except sqlite3.Error as exc:
        raise store.error(exc) from exc


def _write_record(store: Store, record: Record, replaces: bool) -> None:
    conn = store.conn
    doc = record.document
    payload = json.dumps(record.to_dict(), ensure_ascii=False)
    if replaces:
        store.delete_document_rows(doc.id)
        conn.execute(
            "UPDATE documents SET source = ?, language = ?, published = ?, title = ?, text = ?, "
            "extractor = ?, record = ?, ingested_at = ? WHERE id = ?",
            (doc.source, doc.language, doc.published, doc.title, doc.text,
             record.extractor, payload, now(), doc.id),
        )  # fmt: skip
    else:
        conn.execute(
            "INSERT INTO documents(id, source, language, published, title, text, extractor, "
            "record, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.source, doc.language, doc.published, doc.title, doc.text,
             record.extractor, payload, now()),
        )  # fmt: skip
    store.clear_failures(doc.source)
    ids = resolve_actors(conn, record)
    by_local = {a.id: a for a in record.actors}
    for event in record.events:
        loc = event.location
        evidence = event.evidence[0] if event.evidence else None
        conn.execute(
            "INSERT INTO reports(doc_id, local_id, kind, status, date_start, date_end, date_text, "
            "location, country, lat, lon, name, topics, plover, cameo, evidence_start, "
            "evidence_end, place_canonical, place_geonames) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                event.id,
                event.kind,
                event.status,
                event.date.start if event.date else None,
                event.date.end if event.date else None,
                event.date.text if event.date else None,
                loc.name if loc else None,
                loc.country if loc else None,
                loc.lat if loc else None,
                loc.lon if loc else None,
                event.name,
                json.dumps(sorted(event.topics)),
                json.dumps(event.plover.to_dict()) if event.plover else None,
                event.cameo,
                evidence.start if evidence else None,
                evidence.end if evidence else None,
                loc.canonical if loc else None,
                loc.geonames if loc else None,
            ),
        )
        for local in event.participants:
            actor = by_local.get(local)
            if actor is None or local not in ids:
                continue
            conn.execute(
                "INSERT OR IGNORE INTO report_participants(doc_id, local_id, actor_id, "
                "role_class, title, affiliation, title_base) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id,
                    event.id,
                    ids[local],
                    actor.role.cls if actor.role else None,
                    actor.role.title if actor.role else None,
                    actor.affiliation,
                    (actor.role.base or actor.role.title) if actor.role else None,
                ),
            )
