"""The work of one partition, wherever it runs: extract every document, write the tables.

Plain Python (no Dask): ``run.py`` calls ``process_partition`` on a worker with that
worker's engine; tests call it directly. A document that fails (an extractor defect, a
timeout) becomes a row of ``errors`` with where it was read and the reason, like an input
that could not be read; the partition is committed either way.
"""

from __future__ import annotations

import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from communique.batch.layout import Marker, Output
from communique.batch.partitions import Partition, ReadFailure
from communique.batch.tables import Extracted, Failure, partition_tables
from communique.parallel import extract_one
from communique.pipeline import Communique


@dataclass(frozen=True, slots=True)
class PartitionTask:
    """What a worker needs for one partition (the partition's documents travel with it)."""

    out: str
    partition: Partition
    fingerprint: str


def extract_items(
    engine: Communique, partition: Partition
) -> tuple[list[Extracted], list[Failure]]:
    """Records and failures of a partition's items, in order."""
    extracted: list[Extracted] = []
    failures: list[Failure] = []
    for offset, item in enumerate(partition.items):
        position = partition.first + offset
        if isinstance(item, ReadFailure):
            failures.append(Failure(position, item.where, "read", item.reason))
            continue
        given_language, given_published = item.language, item.published
        outcome = extract_one(engine, item, None)
        if outcome.record is None:
            failures.append(
                Failure(
                    position,
                    item.origin,
                    "timeout" if outcome.timed_out else "extract",
                    outcome.reason or "extraction failed",
                    outcome.error_type,
                    item.id,
                    item.source,
                    outcome.trace,
                )
            )
            continue
        extracted.append(Extracted(position, given_language, given_published, outcome.record))
    return extracted, failures


def process_partition(engine: Communique, task: PartitionTask) -> Marker:
    """Extract one partition and commit its tables to the output folder; its marker."""
    started = time.perf_counter()
    partition = task.partition
    extracted, failures = extract_items(engine, partition)
    tables = partition_tables(partition.number, extracted, failures)
    marker = Marker(
        number=partition.number,
        first=partition.first,
        items=len(partition.items),
        documents=len(extracted),
        errors=len(failures),
        events=sum(len(e.record.events) for e in extracted),
        fingerprint=task.fingerprint,
        seconds=round(time.perf_counter() - started, 3),
        worker=f"{socket.gethostname()}:{os.getpid()}",
        failures=[(f.where, f.reason) for f in failures],
    )
    Output(Path(task.out)).commit(marker, tables)
    return marker
