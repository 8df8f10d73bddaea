"""The Dask driver of ``communique batch`` and the engine each worker keeps.

The driver (the process that runs ``run_batch``) reads the inputs lazily into numbered
partitions (``partitions``), skips those the output folder already holds complete (same
fingerprint), and submits the others to the cluster, at most ``in_flight`` at a time: a
partition's documents travel once, with its task, and the driver never holds more than
those. Each worker extracts its partition with its own engine and commits the tables to the
output folder itself (``worker.process_partition``), returning only the partition's marker;
the output folder must therefore be a path every worker can write (a shared filesystem
when the cluster spans machines).

The engine (language packs, knowledge base: seconds to load) is made once per worker process
by ``EngineSetup``, a ``distributed.WorkerPlugin``: the worker owns the plugin and the plugin
owns the engine, so no module-level state is needed. A worker with several threads gets one
engine per thread that is busy at the same time (an engine is not shared between threads).
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib
import logging
import os
import threading
import time
import uuid
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from communique.batch.layout import FORMAT, Marker, Output
from communique.batch.partitions import Partition, partitions
from communique.batch.worker import PartitionTask, process_partition
from communique.deadline import DEFAULT_SECONDS_PER_100KB, Deadline
from communique.documents import ReadSettings
from communique.errors import BatchError, CommuniqueError
from communique.pipeline import Communique
from communique.record import Document
from communique.settings import Settings

DEFAULT_ENGINE = "communique.pipeline:Communique"
DEFAULT_PARTITION_SIZE = 1000


@dataclass(frozen=True, slots=True)
class BatchSettings:
    """How a batch run reads, where it runs and how each document is extracted.

    ``engine``: the import path ("module:Class") of the ``Communique`` class the workers make
    (a subclass for tests or for custom settings); ``in_flight``: partitions submitted ahead
    of the results (default: two per worker); ``connect_timeout``: seconds to reach
    ``scheduler``."""

    partition_size: int = DEFAULT_PARTITION_SIZE
    workers: int | None = None
    scheduler: str | None = None
    timeout: float | None = DEFAULT_SECONDS_PER_100KB
    read: ReadSettings = field(default_factory=ReadSettings)
    engine: str = DEFAULT_ENGINE
    in_flight: int | None = None
    connect_timeout: float = 15.0  # seconds to reach ``scheduler``


class BatchProgress(Protocol):
    """What a progress display hears: each partition done (or found complete)."""

    def partition(self, marker: Marker, skipped: bool) -> None: ...


@dataclass(slots=True)
class BatchSummary:
    """What a batch run did; the counts cover every partition of the output, also those a
    previous run wrote (``skipped``)."""

    partitions: int = 0
    skipped: int = 0
    documents: int = 0
    errors: int = 0
    events: int = 0
    workers: int = 0
    seconds: float = 0.0
    startup_seconds: list[float] = field(default_factory=list)

    def add(self, marker: Marker, *, skipped: bool) -> None:
        self.partitions += 1
        self.skipped += int(skipped)
        self.documents += marker.documents
        self.errors += marker.errors
        self.events += marker.events

    def totals(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "partitions": self.partitions,
            "documents": self.documents,
            "errors": self.errors,
            "events": self.events,
        }

    def lines(self) -> list[str]:
        return [
            f"partitions: {self.partitions} ({self.skipped} already complete)",
            f"documents: {self.documents}",
            f"failed: {self.errors}",
            f"events: {self.events}",
            f"workers: {self.workers}",
            f"seconds: {self.seconds:.1f}",
        ]


class EngineSetup(WorkerPlugin):
    """Makes and keeps the engine of one worker process (loaded and warmed up at setup)."""

    def __init__(self, engine: str, settings: Settings) -> None:
        self.engine_path = engine
        self.settings = settings
        digest = hashlib.sha256(f"{engine}|{settings!r}".encode()).hexdigest()[:12]
        self.name = f"communique-engine-{digest}"
        self.startup_seconds = 0.0
        self._idle: list[Communique] = []
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"engine_path": self.engine_path, "settings": self.settings, "name": self.name}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["engine_path"], state["settings"])  # type: ignore[misc]

    async def setup(self, worker: Any) -> None:
        started = time.perf_counter()
        engine = await asyncio.to_thread(self._make)  # the worker's event loop stays free
        self._idle.append(engine)
        self.startup_seconds = time.perf_counter() - started

    def _make(self) -> Communique:
        module, _, attr = self.engine_path.partition(":")
        try:
            cls = getattr(importlib.import_module(module), attr or "Communique")
        except (ImportError, AttributeError) as exc:
            raise BatchError(f"engine {self.engine_path!r} cannot be imported ({exc})") from exc
        engine: Communique = cls(self.settings)
        for lang in engine.languages:  # load every language's data now, not in a partition
            text = engine.registry.example(lang)
            if text:  # no time budget: loading the data is not the document's time
                engine.extract_document(Document(text=text, language=lang), Deadline(None))
        return engine

    @contextmanager
    def engine(self) -> Iterator[Communique]:
        """An engine for the calling thread (the warm one unless another thread has it)."""
        with self._lock:
            engine = self._idle.pop() if self._idle else None
        if engine is None:
            engine = self._make()
        try:
            yield engine
        finally:
            with self._lock:
                self._idle.append(engine)


def _partition_task(task: PartitionTask, plugin_name: str) -> Marker:
    """The task of one partition on a worker: its engine, then ``process_partition``."""
    plugin = get_worker().plugins.get(plugin_name)
    if not isinstance(plugin, EngineSetup):
        raise BatchError(f"worker has no communique engine ({plugin_name} not set up)")
    with plugin.engine() as engine:
        return process_partition(engine, task)


def _startup_seconds(dask_worker: Any, plugin_name: str) -> float:
    """Seconds the worker's engine took to load; -1 when the worker has none."""
    plugin = dask_worker.plugins.get(plugin_name)
    ready = isinstance(plugin, EngineSetup) and bool(plugin._idle)
    return float(plugin.startup_seconds) if ready else -1.0


@contextmanager
def local_client(workers: int | None = None) -> Iterator[Client]:
    """A client of a new local cluster: ``workers`` processes (default: one per core) of one
    thread each, on 127.0.0.1, without a dashboard."""
    n = workers or os.cpu_count() or 1
    with warnings.catch_warnings():  # its HTTP server moves off a busy port 8787: no matter
        warnings.filterwarnings("ignore", message="Port .* is already in use")
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=n,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
            silence_logs=logging.ERROR,
        )
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client


@contextmanager
def _client(settings: BatchSettings) -> Iterator[Client]:
    if settings.scheduler is None:
        with local_client(settings.workers) as client:
            yield client
        return
    try:
        client = Client(settings.scheduler, timeout=settings.connect_timeout)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        raise BatchError(
            f"{settings.scheduler}: cannot connect to the Dask scheduler ({exc})"
        ) from exc
    with client:
        yield client


def manifest(paths: Sequence[str], settings: BatchSettings) -> dict[str, Any]:
    """What fixes a run's partitions: a folder written with another manifest is refused."""
    return {
        "format": FORMAT,
        "inputs": list(paths),
        "partition_size": settings.partition_size,
        "lang": settings.read.lang,
        "published": settings.read.published,
        "max_bytes": settings.read.max_bytes,
    }


def run_batch(
    paths: Sequence[str],
    out: Path,
    settings: BatchSettings | None = None,
    *,
    client: Client | None = None,
    progress: BatchProgress | None = None,
) -> BatchSummary:
    """Extract every input on a Dask cluster into the Parquet tables of ``out``.

    ``client``: a connected client to use (else one is made from ``settings``: a local
    cluster, or the scheduler at ``settings.scheduler``, when the first partition that is
    not complete yet is found). Partitions complete in ``out`` are skipped, so a rerun after
    a kill finishes the run. Raises ``BatchError`` when the run cannot start or a partition
    cannot be written or computed (a worker lost repeatedly); partitions committed before
    stay.
    """
    settings = settings or BatchSettings()
    if settings.partition_size < 1:
        raise BatchError(f"--partition-size must be at least 1, not {settings.partition_size}")
    output = Output(out)
    output.prepare(manifest(paths, settings))
    started = time.perf_counter()
    with ExitStack() as stack:

        def connect() -> Client:
            return client if client is not None else stack.enter_context(_client(settings))

        summary = _Driver(connect, output, settings, progress).run(paths)
    summary.seconds = time.perf_counter() - started
    output.finish(summary.partitions, summary.totals())
    return summary


class _Driver:
    """Partitions read and submitted, at most ``in_flight`` at a time; the cluster is
    reached only when a partition needs work."""

    def __init__(
        self,
        connect: Callable[[], Client],
        output: Output,
        settings: BatchSettings,
        progress: BatchProgress | None,
    ) -> None:
        self.connect = connect
        self.output = output
        self.settings = settings
        self.progress = progress
        self.summary = BatchSummary()
        self.plugin = EngineSetup(settings.engine, Settings(timeout=settings.timeout or None))
        self.client: Client | None = None
        self.pending: Any = None  # distributed.as_completed, made with the client
        self.numbers: dict[object, int] = {}
        self.run_id = uuid.uuid4().hex[:8]

    def run(self, paths: Sequence[str]) -> BatchSummary:
        source = partitions(paths, self.settings.read, self.settings.partition_size)
        if not self.feed(source):
            return self.summary  # every partition was complete
        in_flight = self.settings.in_flight or 2 * max(1, self.summary.workers)
        for _ in range(in_flight - 1):
            if not self.feed(source):
                break
        for future in self.pending:
            number = self.numbers.pop(future.key, -1)
            try:
                marker: Marker = future.result()
            except CommuniqueError:
                raise
            except Exception as exc:  # a worker lost, a defect outside any one document
                raise BatchError(
                    f"partition {number} failed ({type(exc).__name__}: {exc}); "
                    "partitions written so far are kept: rerun to resume"
                ) from exc
            future.release()
            self.done(marker, skipped=False)
            self.feed(source)
        return self.summary

    def done(self, marker: Marker, *, skipped: bool) -> None:
        self.summary.add(marker, skipped=skipped)
        if self.progress is not None:
            self.progress.partition(marker, skipped)

    def feed(self, source: Iterator[Partition]) -> bool:
        """Submit the next partition that is not complete; False when there is none."""
        for part in source:
            fingerprint = part.fingerprint()
            old = self.output.marker(part.number)
            if old is not None and old.fingerprint == fingerprint and old.first == part.first:
                self.done(old, skipped=True)
                continue
            client = self.client or self.start()
            task = PartitionTask(str(self.output.root), part, fingerprint)
            key = f"communique-partition-{part.number:05d}-{self.run_id}"
            future = client.submit(_partition_task, task, self.plugin.name, key=key, pure=False)
            self.numbers[future.key] = part.number
            self.pending.add(future)
            return True
        return False

    def start(self) -> Client:
        """Connect, and set up the engine on every worker (its start-up times are kept)."""
        client = self.connect()
        try:
            ready = client.run(_startup_seconds, plugin_name=self.plugin.name)
            if not ready or min(ready.values()) < 0:  # the engine of an earlier run is kept
                client.register_plugin(self.plugin, name=self.plugin.name)
        except CommuniqueError:
            raise
        except Exception as exc:  # the engine failed to load on a worker
            raise BatchError(
                f"workers cannot set up the engine ({type(exc).__name__}: {exc})"
            ) from exc
        starts = client.run(_startup_seconds, plugin_name=self.plugin.name)
        self.summary.startup_seconds = sorted(float(s) for s in starts.values())
        self.summary.workers = len(starts)
        self.pending = as_completed()  # type: ignore[no-untyped-call]
        self.client = client
        return client
