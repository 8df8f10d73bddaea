"""A batch output read back, for ``communique ingest OUT``: each document with its record.

Items come in the run's reading order (partition by partition, ``position`` within), the
order ``communique ingest`` would have read the inputs in: documents as ``Prepared`` (the
document as it was given, for a new extraction when the record's extractor is not the
engine's, and the stored record), failures of the run as ``InputError``s naming where they
were read. A run that has not finished (no ``_SUCCESS``) yields its complete partitions and
one error saying that the run must be completed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from communique.batch.layout import SUCCESS, Output
from communique.errors import InputError
from communique.record import Document
from communique.record_load import record_from_dict
from communique.store.ingest import Prepared

_DOC_COLUMNS = [
    "position", "doc_id", "source", "origin", "title", "given_language", "given_published",
    "text", "record",
]  # fmt: skip
_ERROR_COLUMNS = ["position", "where", "reason"]


def is_batch_output(path: str) -> bool:
    """Whether ``path`` is the output folder of ``communique batch``."""
    return Output.is_batch_output(Path(path))


def read_batch_output(path: str) -> Iterator[Prepared | InputError]:
    """The documents (with their records) and failures of a batch output, in order."""
    output = Output(Path(path))
    for marker in output.markers():
        try:
            yield from _partition(output, marker.number)
        except (OSError, ValueError) as exc:  # a table file damaged or removed
            yield InputError(
                str(output.table_path("documents", marker.number)), f"cannot be read ({exc})"
            )
    if output.finished() is None:
        yield InputError(
            path,
            f"batch run not finished (no {SUCCESS}): rerun `communique batch` with the same "
            "inputs and --out to complete it, then ingest again",
        )


def _partition(output: Output, number: int) -> Iterator[Prepared | InputError]:
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    docs = pq.read_table(output.table_path("documents", number), columns=_DOC_COLUMNS)
    errors = pq.read_table(output.table_path("errors", number), columns=_ERROR_COLUMNS)
    items: list[tuple[int, Prepared | InputError]] = []
    for row in errors.to_pylist():
        items.append((int(row["position"]), InputError(row["where"], row["reason"])))
    for row in docs.to_pylist():
        items.append((int(row["position"]), _prepared(row)))
    items.sort(key=lambda pair: pair[0])
    for _, item in items:
        yield item


def _prepared(row: dict[str, Any]) -> Prepared | InputError:
    where = row["origin"] or row["source"]
    document = Document(
        text=row["text"],
        source=row["source"],
        language=row["given_language"],
        published=row["given_published"],
        title=row["title"],
        id=row["doc_id"],
        origin=where,
    )
    try:
        value = json.loads(row["record"])
        record = record_from_dict(value, where)
    except ValueError as exc:
        return InputError(where, f"stored record is not valid JSON ({exc})")
    except InputError as exc:
        return exc
    return Prepared(document, record)
