"""Extraction in worker processes: the same records, in the same order, as one process.

``ExtractionPool`` runs ``Communique.extract_document`` over documents in ``workers``
processes and hands the results back in input order. Each worker makes its engine once (the
language packs and the knowledge base are loaded once per worker, not per document) and, when
a store is named, opens it read-only so that affiliations the store knows are filled in
exactly as in one process (``ingest`` dispatches a batch only after the one before it is
committed). One document's failure is that document's alone: it comes back as a reason (and
a traceback for ``--debug``), never as an exception that ends the run.

A worker's engine is the one piece of per-process state: it lives on the worker's
``multiprocessing`` process object, set by the pool's initializer, so no module of the
library holds mutable state.
"""

from __future__ import annotations

import functools
import multiprocessing as mp
import os
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import Pool
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from communique.deadline import Deadline
from communique.errors import CommuniqueError, ExtractionTimeout, InputError, failure_reason
from communique.record import Document, Record
from communique.settings import Settings

if TYPE_CHECKING:
    from communique.known import KnownActors
    from communique.pipeline import Communique

_ATTRIBUTE = "_communique_worker"
# documents handed to a worker at a time: few enough that the order of results keeps the
# workers busy, many enough that the hand-over costs little
CHUNK = 4
# documents per worker below which starting the workers (about 2 s each) does not pay
POOL_MIN_PER_WORKER = 50


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


def pool_threshold(workers: int) -> int:
    """Documents below which starting ``workers`` worker processes does not pay."""
    return POOL_MIN_PER_WORKER * workers


@dataclass(frozen=True, slots=True)
class Extracted:
    """One document's outcome: its record, or the reason it failed, the exception's type,
    whether it ran out of time, and the traceback (None for the library's own errors, which
    say all there is)."""

    document: Document
    record: Record | None = None
    reason: str | None = None
    trace: str | None = None
    error_type: str | None = None
    timed_out: bool = False


@dataclass(frozen=True, slots=True)
class WorkerSetup:
    """What every worker needs to make its engine: the settings and, for ``ingest`` or
    ``--known``, the store whose registry fills in affiliations."""

    settings: Settings
    known_db: Path | None = None


def inline(
    engine: Communique,
    items: Iterable[Document | InputError],
    known: KnownActors | None = None,
    on_stage: Callable[[str, str], None] | None = None,
    timeout: float | None = None,
) -> Iterator[Extracted | InputError]:
    """What ``ExtractionPool.outcomes`` gives, in this process (``on_stage`` hears the
    document's origin and each stage, for a progress display; ``timeout``: seconds per
    100 KB, by default the engine's)."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        stage = None
        if on_stage is not None:
            on_stage(item.origin, "reading")
            stage = functools.partial(on_stage, item.origin)
        yield extract_one(engine, item, known, stage, timeout)


def extract_one(
    engine: Communique,
    doc: Document,
    known: KnownActors | None,
    on_stage: Callable[[str], None] | None = None,
    timeout: float | None = None,
) -> Extracted:
    """``doc``'s record under its time budget (``timeout`` seconds per 100 KB, by default
    the engine's), or why it failed."""
    budget = engine.settings.timeout if timeout is None else timeout
    deadline = Deadline.for_text(len(doc.text), budget, on_stage)
    try:
        record = engine.extract_document(doc, deadline, known)
    except Exception as exc:  # one document's failure is that document's alone
        trace = None if isinstance(exc, CommuniqueError) else traceback.format_exc()
        timed_out = isinstance(exc, ExtractionTimeout)
        return Extracted(doc, None, failure_reason(exc), trace, type(exc).__name__, timed_out)
    return Extracted(doc, record)


@dataclass(slots=True)
class _Worker:
    engine: Communique
    known: KnownActors | None


def _init_worker(setup: WorkerSetup) -> None:
    from communique.pipeline import Communique

    known: KnownActors | None = None
    if setup.known_db is not None:
        from communique.store.database import Store
        from communique.store.registry import StoreRegistry

        known = StoreRegistry(Store(setup.known_db, readonly=True))
    setattr(mp.current_process(), _ATTRIBUTE, _Worker(Communique(setup.settings), known))


def _work(doc: Document) -> Extracted:
    worker: _Worker = getattr(mp.current_process(), _ATTRIBUTE)
    return extract_one(worker.engine, doc, worker.known)


class ExtractionPool:
    """``workers`` processes extracting documents; results in input order. Use as a
    context manager. The processes start on first use."""

    def __init__(self, setup: WorkerSetup, workers: int) -> None:
        if workers < 1:
            raise CommuniqueError(f"workers must be at least 1, not {workers}")
        self.setup = setup
        self.workers = workers
        self._pool: Pool | None = None

    @property
    def started(self) -> bool:
        return self._pool is not None

    def _started(self) -> Pool:
        if self._pool is None:
            methods = mp.get_all_start_methods()
            # fork starts a worker in milliseconds; spawn where there is no fork
            context = mp.get_context("fork" if "fork" in methods else "spawn")
            self._pool = context.Pool(self.workers, _init_worker, (self.setup,))
        return self._pool

    def imap(self, docs: Iterable[Document]) -> Iterator[Extracted]:
        """The outcome of every document, in input order, as soon as it and those before
        it are done."""
        return self._started().imap(_work, docs, chunksize=CHUNK)

    def outcomes(self, items: Iterable[Document | InputError]) -> Iterator[Extracted | InputError]:
        """Documents extracted by the workers and reading errors, all in input order (the
        inputs are read by the pool's feeder thread as the workers need them)."""
        pending: deque[InputError | None] = deque()  # None: a document's place

        def feed() -> Iterator[Document]:
            for item in items:
                if isinstance(item, InputError):
                    pending.append(item)
                else:
                    pending.append(None)
                    yield item

        for outcome in self.imap(feed()):
            while pending and pending[0] is not None:
                yield pending.popleft()  # type: ignore[misc]
            pending.popleft()
            yield outcome
        while pending:
            error = pending.popleft()
            if error is not None:
                yield error

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def terminate(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.terminate()
