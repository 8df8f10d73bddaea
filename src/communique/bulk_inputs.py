"""Bulk inputs: gzip-compressed JSON Lines (``.jsonl.gz``) and Parquet files.

``documents.read_inputs`` hands files with these names here; they keep its guarantees. Each
row (a line, a Parquet row) becomes one ``Document`` or one ``InputError`` naming the file and
the row (``news.jsonl.gz:12``, ``news.parquet:12``; both 1-based, like the lines of a JSON
Lines file) and the reason; a defect of the whole file (not gzip, not Parquet, no ``text``
column, a stream cut short) is one error naming the file and, where it matters, the row after
which reading stopped. Rows are read as JSON Lines objects are: ``text`` is required, ``id``,
``source``, ``published``, ``title`` and ``language`` are optional, and the text is normalised
the same way.

Parquet is read a row group slice at a time (``_PARQUET_BATCH`` rows), never the whole file;
a ``published`` column may also be an Arrow date or timestamp.
"""

from __future__ import annotations

import datetime as dt
import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from communique.documents import (
    ReadSettings,
    _os_reason,
    _read_jsonl,
    _record_document,
    _too_large,
)
from communique.errors import InputError
from communique.record import Document

GZIP_SUFFIXES: tuple[str, ...] = (".jsonl.gz", ".jsonlines.gz", ".ndjson.gz")
PARQUET_SUFFIXES: tuple[str, ...] = (".parquet", ".pq")
_FIELDS = ("text", "id", "source", "published", "title", "language")
_PARQUET_BATCH = 256
_GZIP_MAGIC = b"\x1f\x8b"


def is_bulk_input(name: str) -> bool:
    """Whether a file of this name is read here (gzip-compressed JSON Lines or Parquet)."""
    lower = name.lower()
    return lower.endswith(GZIP_SUFFIXES) or lower.endswith(PARQUET_SUFFIXES)


def read_bulk(path: Path, source: str, settings: ReadSettings) -> Iterator[Document | InputError]:
    """The documents of one bulk file (see the module's docstring)."""
    if path.name.lower().endswith(GZIP_SUFFIXES):
        yield from _read_jsonl_gz(path, source, settings)
    else:
        yield from _read_parquet(path, source, settings)


def _read_jsonl_gz(
    path: Path, source: str, settings: ReadSettings
) -> Iterator[Document | InputError]:
    try:
        with open(path, "rb") as raw:
            magic = raw.read(2)
            if not magic:
                yield InputError(source, "empty file")
                return
            if magic != _GZIP_MAGIC:
                yield InputError(source, "not gzip-compressed (no gzip header)")
                return
            raw.seek(0)
            with gzip.GzipFile(fileobj=raw, mode="rb") as fh:
                last = 0
                try:
                    for item in _read_jsonl(fh, b"", source, settings):  # type: ignore[arg-type]
                        last = _line_of(item, source, last)
                        yield item
                except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
                    yield InputError(
                        source,
                        f"gzip stream is corrupt or cut short after line {last} "
                        f"({type(exc).__name__}: {exc})",
                    )
    except OSError as exc:
        yield InputError(source, _os_reason(exc))


def _line_of(item: Document | InputError, source: str, last: int) -> int:
    where = item.origin if isinstance(item, Document) else item.source
    tail = where[len(source) + 1 :] if where.startswith(source + ":") else ""
    return int(tail) if tail.isdigit() else last


def _read_parquet(
    path: Path, source: str, settings: ReadSettings
) -> Iterator[Document | InputError]:
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    try:
        pfile = pq.ParquetFile(path)
    except OSError as exc:
        yield InputError(source, _os_reason(exc))
        return
    except (pa.ArrowException, ValueError) as exc:
        yield InputError(source, f"not a readable Parquet file ({exc})")
        return
    with pfile:
        names = list(pfile.schema_arrow.names)
        if "text" not in names:
            shown = ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")
            yield InputError(source, f"no 'text' column (columns: {shown or 'none'})")
            return
        if pfile.metadata.num_rows == 0:
            yield InputError(source, "no rows")
            return
        columns = [c for c in _FIELDS if c in names]
        row = 0
        try:
            for batch in pfile.iter_batches(batch_size=_PARQUET_BATCH, columns=columns):
                for value in batch.to_pylist():
                    row += 1
                    yield _parquet_row(value, f"{source}:{row}", settings)
        except (pa.ArrowException, ValueError, OSError) as exc:
            yield InputError(source, f"cannot be read after row {row} ({exc})")


def _parquet_row(
    value: dict[str, Any], where: str, settings: ReadSettings
) -> Document | InputError:
    text = value.get("text")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            return InputError(where, "'text' is binary and not valid UTF-8")
        value["text"] = text
    if isinstance(text, str) and len(text) > settings.max_bytes:
        return InputError(where, _too_large("text", len(text.encode("utf-8")), settings.max_bytes))
    published = value.get("published")
    if isinstance(published, dt.datetime | dt.date):
        value["published"] = published.isoformat()
    return _record_document(value, where, settings)
