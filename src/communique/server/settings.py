"""What a server is started with (``communique serve``'s options), and the per-process
resources its handlers share: the engine and one read-only store connection per thread."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from communique.errors import StoreError
from communique.pipeline import Communique
from communique.store import Store

T = TypeVar("T")
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

    def to_json(self) -> str:
        """The settings for another process, without the token (it reads its own)."""
        return json.dumps(
            {
                "db": str(self.db),
                "allow_ingest": self.allow_ingest,
                "max_body": self.max_body,
                "dashboard": self.dashboard,
            }  # fmt: skip
        )

    @classmethod
    def from_json(cls, text: str, token_variable: str = "COMMUNIQUE_TOKEN") -> ServerSettings:
        value = json.loads(text)
        return cls(
            db=Path(value["db"]),
            allow_ingest=bool(value["allow_ingest"]),
            token=os.environ.get(token_variable) or None,
            max_body=int(value["max_body"]),
            dashboard=bool(value["dashboard"]),
        )


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
    _memo: dict[str, tuple[tuple[int, ...], Any]] = field(default_factory=dict)
    _warm: set[str] = field(default_factory=set)
    _load_lock: threading.Lock = field(default_factory=threading.Lock)

    def version(self) -> tuple[int, ...]:
        """Changes whenever the store does: the modification time and size of the database
        and of its write-ahead log (a commit by any process appends to the log)."""
        out: list[int] = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(f"{self.settings.db}{suffix}")
                out += [st.st_mtime_ns, st.st_size]
            except OSError:
                out += [0, 0]
        return tuple(out)

    def memo(self, name: str, compute: Callable[[], T]) -> T:
        """``compute()`` once per version of the store (answers that read every event, such
        as the filter values, cost a second on a million events and change only on ingest)."""
        version = self.version()
        with self._lock:
            hit = self._memo.get(name)
        if hit is not None and hit[0] == version:
            value: T = hit[1]
            return value
        value = compute()
        with self._lock:
            self._memo[name] = (version, value)
        return value

    def warm(self, lang: str) -> None:
        """Load ``lang``'s pack and everything its extraction uses, once per process and one
        language at a time, by extracting the pack's example text: the first requests to a
        fresh worker otherwise all load it at once and run out of their time budgets."""
        if lang in self._warm or lang not in self.engine.languages:
            return
        with self._load_lock:
            if lang in self._warm:
                return
            example = self.engine.registry.folder(lang) / "example.txt"
            text = example.read_text("utf-8") if example.is_file() else "."
            self.engine.extract(text, lang=lang)
            self._warm.add(lang)

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
