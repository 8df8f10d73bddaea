"""What a server is started with (``communique serve``'s options), and the per-process
resources its handlers share: the engine and one read-only store connection per thread."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from communique.errors import StoreError
from communique.pipeline import Communique
from communique.store import Store

DEFAULT_MAX_BODY = 2_000_000  # bytes of a request body (a posted text or JSON Lines)
INGEST_BUSY_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class ServerSettings:
    db: Path
    allow_ingest: bool = False
    token: str | None = None  # the bearer token ingest requests must carry
    max_body: int = DEFAULT_MAX_BODY
    dashboard: bool = True

    def __post_init__(self) -> None:
        if self.allow_ingest and not self.token:
            raise StoreError(
                "ingest over HTTP needs a token: set COMMUNIQUE_TOKEN in the server's environment"
            )
        if self.max_body <= 0:
            raise StoreError(f"the body limit must be positive, not {self.max_body}")


@dataclass(slots=True)
class Resources:
    """The engine (language packs load once) and the store: read-only connections, one per
    worker thread (SQLite connections stay in their thread), and one writer at a time."""

    settings: ServerSettings
    engine: Communique = field(default_factory=Communique)
    _local: threading.local = field(default_factory=threading.local)
    _opened: list[Store] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    def reader(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.settings.db, readonly=True)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def writer(self) -> Store:
        """A writing connection (the caller holds ``write_lock`` and closes it)."""
        return Store(self.settings.db, busy_timeout=INGEST_BUSY_SECONDS)

    def close(self) -> None:
        with self._lock:
            for store in self._opened:
                # a connection of another thread refuses (ProgrammingError): the process ends
                with contextlib.suppress(sqlite3.Error):
                    store.close()
            self._opened.clear()
