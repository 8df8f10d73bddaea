"""The event store: one SQLite file in WAL mode with named, ordered migrations.

``Store`` owns the connection (WAL, busy timeout, foreign keys), applies ``MIGRATIONS`` in
order (recorded in ``_migrations``), and offers the low-level reads and writes that ingest,
identity and merging build on. The schema is documented in ``docs/store-design.md``; both
must change together. Every SQLite failure reaches the caller as a ``StoreError`` naming the
database file and the reason.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from communique.errors import StoreError
from communique.store.identity import name_sound
from communique.store.schema import MIGRATIONS, Migration, fts_text
from communique.store.views import StoreViews

__all__ = ["DEFAULT_DB", "MIGRATIONS", "Failure", "Migration", "Store", "fts_text", "now"]

DEFAULT_DB = "communique.db"


def _folder_writable(path: Path) -> bool:
    """Whether files can be made beside ``path``: the folder is writable for us and not
    marked read-only for everyone (which even the superuser, whom ``access`` always
    answers yes, is taken to mean)."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        marked = folder.stat().st_mode & 0o222 != 0
    except OSError:
        return False
    return marked and os.access(folder, os.W_OK)


def now() -> str:
    """UTC time stamp, seconds precision (ISO 8601)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    reason: str
    at: str


class Store(StoreViews):
    """An open event store. Use as a context manager, or call ``close()``. Its reads
    (``event``, ``explain``, ``events``, ``participants``, ``documents``, ``document``,
    ``actor``) come from ``store.read``."""

    def __init__(
        self,
        path: str | Path = DEFAULT_DB,
        *,
        busy_timeout: float = 5.0,
        migrations: tuple[Migration, ...] = MIGRATIONS,
        readonly: bool = False,
    ) -> None:
        """Open the store at ``path``. For writing (``ingest``), a new or empty file becomes
        a store and an existing store is migrated; for reading (``readonly``), the file must
        be a store already, is opened ``mode=ro`` (``immutable`` when its folder cannot be
        written, so nothing is created beside it) and never migrated. Any other file (another
        program's SQLite database, not a database at all) is refused unchanged."""
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        self.readonly = readonly
        if readonly:
            self.conn = self._open_readonly(migrations)
            return
        self._check_location()
        self._check_contents(for_reading=False)
        try:
            self.conn = sqlite3.connect(str(self.path), timeout=busy_timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise self.error(exc) from exc
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._use_wal()
            self.conn.execute("PRAGMA synchronous = NORMAL")
            # what migrations and ingest compute in SQL (migration 0006 fills name sounds)
            self.conn.create_function("name_sound", 1, name_sound, deterministic=True)
            self._migrate(migrations)
        except sqlite3.Error as exc:
            self.conn.close()
            raise self.error(exc) from exc
        except StoreError:
            self.conn.close()
            raise

    # ------------------------------------------------------------------ lifecycle

    def _use_wal(self) -> None:
        """Switch to WAL mode. SQLite answers ``database is locked`` at once, without its
        busy handler, when another connection holds the new file while it switches (two
        ingests creating one store), so the switch is retried until ``busy_timeout``."""
        deadline = time.monotonic() + self.busy_timeout
        while True:
            try:
                mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc).lower() or time.monotonic() >= deadline:
                    raise
                time.sleep(0.05)
        if mode is None or str(mode[0]).lower() != "wal":
            raise StoreError(f"{self.path}: cannot switch the database to WAL mode")

    def _check_location(self) -> None:
        if self.path.exists():
            return
        parent = self.path.parent if str(self.path.parent) else Path(".")
        if not parent.is_dir():
            raise StoreError(f"{self.path}: cannot create the database: folder {parent} not found")

    def _uri(self, *, immutable: bool) -> str:
        uri = self.path.absolute().as_uri() + "?mode=ro"
        return uri + "&immutable=1" if immutable else uri

    def _check_contents(self, *, for_reading: bool) -> None:
        """Refuse, unchanged, a file that is neither a communique store nor (for writing)
        a new or empty database."""
        if not self.path.exists():
            if for_reading:
                raise StoreError(f"{self.path}: no such database; run `communique ingest` first")
            return
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a database file")
        if self.path.stat().st_size == 0:
            if for_reading:
                raise StoreError(f"{self.path}: an empty file, not a communique store")
            return
        try:
            conn = sqlite3.connect(self._uri(immutable=not _folder_writable(self.path)), uri=True)
            try:
                names = {
                    str(r[0])
                    for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                }
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise self.error(exc) from exc
        if {"_migrations", "documents", "events"} <= names:
            return
        if not names and not for_reading:
            return
        held = ", ".join(sorted(names)[:6]) + (", ..." if len(names) > 6 else "")
        what = f"another program's SQLite database (tables: {held})" if names else "no tables"
        raise StoreError(f"{self.path}: not a communique store ({what}); left unchanged")

    def _open_readonly(self, migrations: tuple[Migration, ...]) -> sqlite3.Connection:
        self._check_contents(for_reading=True)
        try:
            conn = sqlite3.connect(
                self._uri(immutable=not _folder_writable(self.path)),
                uri=True,
                timeout=self.busy_timeout,
                isolation_level=None,
            )
        except sqlite3.Error as exc:
            raise self.error(exc) from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            conn.execute("PRAGMA query_only = ON")
            done = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
            self._check_migrations(done, migrations)
        except sqlite3.Error as exc:
            conn.close()
            raise self.error(exc) from exc
        except StoreError:
            conn.close()
            raise
        if len(done) < len(migrations):
            conn.close()
            raise StoreError(
                f"{self.path}: written by an older communique; `communique ingest --db "
                f"{self.path} ...` upgrades it (missing: "
                f"{', '.join(m.name for m in migrations[len(done) :])})"
            )
        return conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def error(self, exc: sqlite3.Error) -> StoreError:
        """A ``StoreError`` naming this database and saying what went wrong, in words."""
        msg = str(exc)
        low = msg.lower()
        if "locked" in low or "busy" in low:
            reason = (
                f"database is locked by another process (waited {self.busy_timeout:g} s); "
                "nothing of the batch in flight was written, rerun to resume"
            )
        elif "not a database" in low or "malformed" in low or "corrupt" in low:
            reason = f"not a communique database or corrupt ({msg})"
        elif "unable to open" in low or "readonly" in low or "read-only" in low:
            if self.path.exists() and not os.access(self.path, os.W_OK):
                reason = f"the database file is read-only ({msg})"
            elif not _folder_writable(self.path):
                reason = f"the folder {self.path.parent} is not writable ({msg})"
            else:
                reason = (
                    f"cannot open or write the database ({msg}): "
                    f"is the folder {self.path.parent} writable?"
                )
        elif "disk" in low and "full" in low:
            reason = f"disk full ({msg})"
        else:
            reason = msg
        return StoreError(f"{self.path}: {reason}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; rolled back on any exception."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self.error(exc) from exc
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise self.error(exc) from exc

    def _check_migrations(self, done: list[str], migrations: tuple[Migration, ...]) -> None:
        known = [m.name for m in migrations]
        unknown = [name for name in done if name not in known]
        if unknown:
            raise StoreError(
                f"{self.path}: written by a newer communique (unknown migrations: "
                f"{', '.join(unknown)})"
            )
        if done != known[: len(done)]:
            raise StoreError(f"{self.path}: migrations applied out of order: {', '.join(done)}")

    def _migrate(self, migrations: tuple[Migration, ...]) -> None:
        """Apply the missing migrations, each in its own transaction that first reads what
        is applied: two processes opening a new store at once apply each step once."""
        while True:
            with self.transaction() as conn:
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS _migrations "
                    "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
                )
                done = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
                self._check_migrations(done, migrations)
                if len(done) == len(migrations):
                    return
                migration = migrations[len(done)]
                for statement in migration.statements:
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO _migrations(name, applied_at) VALUES (?, ?)",
                    (migration.name, now()),
                )

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM _migrations ORDER BY rowid")]

    # ---------------------------------------------------------------------- reads

    def extractor_of(self, doc_id: str) -> str | None:
        """The extractor id a document was stored with, or None when it is absent."""
        found = self.extraction_of(doc_id)
        return None if found is None else found[0]

    def extraction_of(self, doc_id: str) -> tuple[str, str | None] | None:
        """(extractor id, language) a document was stored with, or None when it is absent."""
        row = self.conn.execute(
            "SELECT extractor, language FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return None if row is None else (str(row[0]), row[1])

    def counts(self) -> dict[str, int]:
        """Rows per table (documents, reports, events, actors, failures, ...)."""
        tables = (
            "documents",
            "failures",
            "actors",
            "actor_names",
            "actor_roles",
            "reports",
            "report_participants",
            "events",
            "event_participants",
            "event_explanations",
        )
        try:
            return {
                t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables
            }
        except sqlite3.Error as exc:
            raise self.error(exc) from exc

    def failures(self) -> list[Failure]:
        try:
            rows = self.conn.execute(
                "SELECT source, reason, at FROM failures ORDER BY id"
            ).fetchall()
        except sqlite3.Error as exc:
            raise self.error(exc) from exc
        return [Failure(str(s), str(r), str(a)) for s, r, a in rows]

    # --------------------------------------------------------------------- writes

    def add_failure(self, source: str, reason: str) -> None:
        """Record (or refresh the time of) one failure; call inside ``transaction()``."""
        self.conn.execute(
            "INSERT INTO failures(source, reason, at) VALUES (?, ?, ?) "
            "ON CONFLICT(source, reason) DO UPDATE SET at = excluded.at",
            (source, reason, now()),
        )

    def clear_failures(self, source: str) -> None:
        """Forget earlier failures of a source that has now been read and extracted."""
        self.conn.execute("DELETE FROM failures WHERE source = ?", (source,))

    def delete_document_rows(self, doc_id: str) -> None:
        """Remove a document's reports, participants and role attestations (not the document)."""
        for table in ("report_participants", "reports", "actor_roles", "event_explanations"):
            self.conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
