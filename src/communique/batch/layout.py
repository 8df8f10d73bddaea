"""The output folder of a batch run, and how a partition is committed to it.

::

    OUT/_batch.json                   what the run reads (inputs, partition size, settings)
    OUT/_partitions/part-00007.json   marker: partition 7 is complete (counts, fingerprint)
    OUT/<table>/part-00007.parquet    one file per table and partition
    OUT/_SUCCESS                      every partition of the run is complete (totals)

Tables: ``documents``, ``actors``, ``events``, ``participants``, ``quotes``, ``claims``,
``errors``. A partition is written to temporary files (``.part-00007.parquet.tmp-<id>``,
hidden from readers and globs by the leading dot) that are renamed into place, then its
marker is written the same way: a partition is complete exactly when its marker exists, and
a run killed at any point leaves either a complete partition or one that the next run
writes again (renames replace files, so nothing is doubled). Readers that list
``OUT/<table>/*.parquet`` during a run may see a partition's tables before its marker;
after ``_SUCCESS`` every file is final. One run per folder at a time.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from communique.errors import BatchError

TABLES: tuple[str, ...] = (
    "documents",
    "actors",
    "events",
    "participants",
    "quotes",
    "claims",
    "errors",
)
FORMAT = "communique.batch/1"
MANIFEST = "_batch.json"
SUCCESS = "_SUCCESS"
MARKERS = "_partitions"
_PART = re.compile(r"part-(\d{5,})\.(?:parquet|json)")


def part_name(number: int, suffix: str = ".parquet") -> str:
    return f"part-{number:05d}{suffix}"


@dataclass(slots=True)
class Marker:
    """What a complete partition holds (its marker file)."""

    number: int
    first: int  # position of its first item in the run
    items: int
    documents: int
    errors: int
    events: int
    fingerprint: str
    seconds: float = 0.0
    worker: str = ""  # host:pid of the process that wrote it
    failures: list[tuple[str, str]] = field(default_factory=list)  # (where, reason)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Marker:
        value: dict[str, Any] = json.loads(text)
        value["failures"] = [(str(w), str(r)) for w, r in value.get("failures", [])]
        return cls(**value)


class Output:
    """The output folder ``root`` of a batch run."""

    def __init__(self, root: Path) -> None:
        self.root = root

    # ------------------------------------------------------------------ reading

    @staticmethod
    def is_batch_output(path: Path) -> bool:
        return (path / MANIFEST).is_file() and (path / MARKERS).is_dir()

    def manifest(self) -> dict[str, Any] | None:
        try:
            value: dict[str, Any] = json.loads((self.root / MANIFEST).read_text("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise BatchError(f"{self.root / MANIFEST}: cannot be read ({exc})") from exc
        return value

    def marker(self, number: int) -> Marker | None:
        """The marker of partition ``number``; None when it is absent or unreadable."""
        try:
            return Marker.from_json((self.root / MARKERS / part_name(number, ".json")).read_text())
        except (OSError, ValueError, TypeError):
            return None

    def markers(self) -> list[Marker]:
        """Markers of the complete partitions, by number."""
        out = []
        for number in self._numbers(self.root / MARKERS):
            marker = self.marker(number)
            if marker is not None:
                out.append(marker)
        return out

    def finished(self) -> dict[str, Any] | None:
        """The totals of a finished run (``_SUCCESS``), None while it is not finished."""
        try:
            value: dict[str, Any] = json.loads((self.root / SUCCESS).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return value

    def table_path(self, table: str, number: int) -> Path:
        return self.root / table / part_name(number)

    # ------------------------------------------------------------------ writing

    def prepare(self, manifest: dict[str, Any]) -> None:
        """Make the folder for a run described by ``manifest``; a folder of a run over other
        inputs or with other settings is refused (its partitions would not match)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            if any(self.root.iterdir()) and not (self.root / MANIFEST).exists():
                raise BatchError(
                    f"{self.root}: folder is not empty and holds no batch run; "
                    "give a new or empty --out folder"
                )
            old = self.manifest()
            if old is not None and old != manifest:
                changed = sorted(k for k in {*old, *manifest} if old.get(k) != manifest.get(k))
                raise BatchError(
                    f"{self.root}: holds a batch run with other {', '.join(changed)}; give a "
                    "new --out folder (or the same inputs and settings to resume it)"
                )
            for name in (*TABLES, MARKERS):
                (self.root / name).mkdir(exist_ok=True)
            self._remove_temporaries()
            with contextlib.suppress(FileNotFoundError):
                (self.root / SUCCESS).unlink()
            if old is None:
                self._write_text(self.root / MANIFEST, json.dumps(manifest, indent=2))
        except OSError as exc:
            raise BatchError(f"{self.root}: cannot be written ({exc.strerror or exc})") from exc

    def commit(self, marker: Marker, tables: dict[str, Any]) -> None:
        """Write the tables of one partition, then its marker, each atomically."""
        import pyarrow.parquet as pq  # type: ignore[import-untyped]

        try:
            for name in TABLES:
                final = self.table_path(name, marker.number)
                tmp = self._temporary(final)
                pq.write_table(tables[name], str(tmp), compression="zstd")
                os.replace(tmp, final)
            path = self.root / MARKERS / part_name(marker.number, ".json")
            self._write_text(path, marker.to_json())
        except OSError as exc:
            raise BatchError(
                f"{self.root}: partition {marker.number} cannot be written ({exc.strerror or exc})"
            ) from exc

    def finish(self, count: int, totals: dict[str, Any]) -> None:
        """Mark the run finished: files of partitions numbered ``count`` or higher (left by a
        run over inputs that have since shrunk) are removed, then ``_SUCCESS`` is written."""
        try:
            for folder, suffix in ((MARKERS, ".json"), *((t, ".parquet") for t in TABLES)):
                for number in self._numbers(self.root / folder):
                    if number >= count:
                        (self.root / folder / part_name(number, suffix)).unlink()
            self._write_text(self.root / SUCCESS, json.dumps(totals, indent=2))
        except OSError as exc:
            raise BatchError(f"{self.root}: cannot be written ({exc.strerror or exc})") from exc

    def _write_text(self, path: Path, text: str) -> None:
        tmp = self._temporary(path)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)

    @staticmethod
    def _temporary(final: Path) -> Path:
        return final.with_name(f".{final.name}.tmp-{uuid.uuid4().hex}")

    def _remove_temporaries(self) -> None:
        for folder in (self.root, *(self.root / name for name in (*TABLES, MARKERS))):
            for path in folder.glob(".*.tmp-*"):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()

    @staticmethod
    def _numbers(folder: Path) -> list[int]:
        if not folder.is_dir():
            return []
        return sorted(int(m.group(1)) for p in folder.iterdir() if (m := _PART.fullmatch(p.name)))
