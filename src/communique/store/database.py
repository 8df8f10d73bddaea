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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from communique.errors import StoreError
from communique.store.read import StoreReads

DEFAULT_DB = "communique.db"


@dataclass(frozen=True, slots=True)
class Migration:
    """One named schema step; ``statements`` run in order inside one transaction."""

    name: str
    statements: tuple[str, ...]


def _yo(column: str) -> str:
    return f"replace(replace({column}, 'ё', 'е'), 'Ё', 'Е')"


def fts_text(query: str) -> str:
    """A full-text query folded like the index (ё → е); diacritics and case FTS5 folds."""
    return query.replace("ё", "е").replace("Ё", "Е")


_INITIAL = (
    """CREATE TABLE documents (
      rowid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      source TEXT, language TEXT, published TEXT, title TEXT,
      text TEXT NOT NULL,
      extractor TEXT NOT NULL,
      record TEXT NOT NULL,
      ingested_at TEXT NOT NULL)""",
    """CREATE TABLE failures (
      id INTEGER PRIMARY KEY, source TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL,
      UNIQUE (source, reason))""",
    """CREATE TABLE actors (
      id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL UNIQUE,
      affiliation TEXT)""",
    """CREATE TABLE actor_names (
      actor_id INTEGER NOT NULL REFERENCES actors(id), name TEXT NOT NULL, folded TEXT NOT NULL,
      PRIMARY KEY (actor_id, name))""",
    "CREATE INDEX actor_names_folded ON actor_names(folded)",
    """CREATE TABLE actor_roles (
      actor_id INTEGER NOT NULL REFERENCES actors(id), role_class TEXT NOT NULL, title TEXT,
      affiliation TEXT, organization TEXT, doc_id TEXT NOT NULL, date TEXT)""",
    "CREATE INDEX actor_roles_actor ON actor_roles(actor_id)",
    "CREATE INDEX actor_roles_doc ON actor_roles(doc_id)",
    """CREATE TABLE events (
      id INTEGER PRIMARY KEY, kind TEXT NOT NULL, status TEXT NOT NULL,
      date_start TEXT, date_end TEXT, location TEXT, country TEXT, lat REAL, lon REAL,
      name TEXT, topics TEXT, cameo TEXT, n_sources INTEGER NOT NULL,
      planned_event_id INTEGER REFERENCES events(id))""",
    "CREATE INDEX events_date ON events(date_start)",
    "CREATE INDEX events_kind_status ON events(kind, status)",
    "CREATE INDEX events_planned ON events(planned_event_id)",
    """CREATE TABLE reports (
      doc_id TEXT NOT NULL, local_id TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,
      date_start TEXT, date_end TEXT, date_text TEXT, location TEXT, country TEXT,
      lat REAL, lon REAL, name TEXT, topics TEXT, plover TEXT, cameo TEXT,
      evidence_start INTEGER, evidence_end INTEGER,
      event_id INTEGER REFERENCES events(id),
      PRIMARY KEY (doc_id, local_id))""",
    "CREATE INDEX reports_event ON reports(event_id)",
    "CREATE INDEX reports_name ON reports(name)",
    """CREATE TABLE report_participants (
      doc_id TEXT NOT NULL, local_id TEXT NOT NULL, actor_id INTEGER NOT NULL REFERENCES actors(id),
      role_class TEXT, title TEXT, affiliation TEXT,
      PRIMARY KEY (doc_id, local_id, actor_id))""",
    "CREATE INDEX report_participants_actor ON report_participants(actor_id)",
    """CREATE TABLE event_participants (
      event_id INTEGER NOT NULL, actor_id INTEGER NOT NULL, PRIMARY KEY (event_id, actor_id))""",
    "CREATE INDEX event_participants_actor ON event_participants(actor_id)",
    """CREATE TABLE event_explanations (
      event_id INTEGER NOT NULL, doc_id TEXT NOT NULL, local_id TEXT NOT NULL,
      reason TEXT NOT NULL, PRIMARY KEY (doc_id, local_id))""",
    "CREATE INDEX event_explanations_event ON event_explanations(event_id)",
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
      title, text, content='documents', content_rowid='rowid',
      tokenize='unicode61 remove_diacritics 2')""",
    # unicode61 folds Latin diacritics only; Cyrillic ё/Ё are folded to е/Е here (same
    # length, so offsets into documents.text stay valid). Queries go through ``fts_text``.
    f"""CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
      INSERT INTO documents_fts(rowid, title, text)
        VALUES (new.rowid, {_yo("new.title")}, {_yo("new.text")});
    END""",
    f"""CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
      INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, {_yo("old.title")}, {_yo("old.text")});
    END""",
    f"""CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
      INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, {_yo("old.title")}, {_yo("old.text")});
      INSERT INTO documents_fts(rowid, title, text)
        VALUES (new.rowid, {_yo("new.title")}, {_yo("new.text")});
    END""",
)

_AFFILIATIONS_OF_EVENTS = (
    "SELECT a.affiliation, ep.event_id FROM event_participants ep"
    " JOIN actors a ON a.id = ep.actor_id WHERE a.affiliation IS NOT NULL"
)
_EVENT_AFFILIATIONS: tuple[str, ...] = (
    "CREATE TABLE event_affiliations (affiliation TEXT NOT NULL, event_id INTEGER NOT NULL,"
    " PRIMARY KEY (affiliation, event_id)) WITHOUT ROWID",
    "CREATE INDEX event_affiliations_event ON event_affiliations(event_id)",
    f"INSERT OR IGNORE INTO event_affiliations {_AFFILIATIONS_OF_EVENTS}",
    "CREATE TRIGGER event_affiliations_insert AFTER INSERT ON event_participants BEGIN"
    " INSERT OR IGNORE INTO event_affiliations SELECT a.affiliation, NEW.event_id FROM actors a"
    " WHERE a.id = NEW.actor_id AND a.affiliation IS NOT NULL; END",
    "CREATE TRIGGER event_affiliations_delete AFTER DELETE ON event_participants BEGIN"
    " DELETE FROM event_affiliations WHERE event_id = OLD.event_id"
    " AND affiliation = (SELECT affiliation FROM actors WHERE id = OLD.actor_id)"
    " AND NOT EXISTS (SELECT 1 FROM event_participants ep JOIN actors a ON a.id = ep.actor_id"
    " WHERE ep.event_id = OLD.event_id"
    " AND a.affiliation = (SELECT affiliation FROM actors WHERE id = OLD.actor_id)); END",
    "CREATE TRIGGER event_affiliations_actor AFTER UPDATE OF affiliation ON actors BEGIN"
    " DELETE FROM event_affiliations WHERE event_id IN"
    " (SELECT event_id FROM event_participants WHERE actor_id = NEW.id);"
    f" INSERT OR IGNORE INTO event_affiliations {_AFFILIATIONS_OF_EVENTS}"
    " AND ep.event_id IN (SELECT event_id FROM event_participants WHERE actor_id = NEW.id); END",
)

# Every report keyed by its document's rowid (the FTS5 rowid) with its event, kept by
# triggers: a full-text match reaches its events through integer keys instead of a join on
# the 64-character document id (``store.search``). One row per report, so a report's insert,
# move to another event (merging) or delete touches one row, whatever the other reports of
# its document and event. The document triggers keep it right when a report is written before
# its document or a document row is replaced.
_REPORT_DOC = "(SELECT rowid FROM documents WHERE id = {}.doc_id)"
_REPORT_DOCS: tuple[str, ...] = (
    "CREATE TABLE report_docs (doc_rowid INTEGER NOT NULL, local_id TEXT NOT NULL,"
    " event_id INTEGER, PRIMARY KEY (doc_rowid, local_id)) WITHOUT ROWID",
    "CREATE INDEX report_docs_event ON report_docs(event_id, doc_rowid)",
    "INSERT INTO report_docs SELECT d.rowid, r.local_id, r.event_id FROM reports r"
    " JOIN documents d ON d.id = r.doc_id",
    "CREATE TRIGGER report_docs_insert AFTER INSERT ON reports BEGIN"
    " INSERT OR REPLACE INTO report_docs SELECT rowid, NEW.local_id, NEW.event_id"
    " FROM documents WHERE id = NEW.doc_id; END",
    "CREATE TRIGGER report_docs_event AFTER UPDATE OF event_id ON reports BEGIN"
    " UPDATE report_docs SET event_id = NEW.event_id"
    f" WHERE doc_rowid = {_REPORT_DOC.format('NEW')} AND local_id = NEW.local_id; END",
    "CREATE TRIGGER report_docs_key AFTER UPDATE OF doc_id, local_id ON reports BEGIN"
    f" DELETE FROM report_docs WHERE doc_rowid = {_REPORT_DOC.format('OLD')}"
    " AND local_id = OLD.local_id;"
    " INSERT OR REPLACE INTO report_docs SELECT rowid, NEW.local_id, NEW.event_id"
    " FROM documents WHERE id = NEW.doc_id; END",
    "CREATE TRIGGER report_docs_delete AFTER DELETE ON reports BEGIN"
    f" DELETE FROM report_docs WHERE doc_rowid = {_REPORT_DOC.format('OLD')}"
    " AND local_id = OLD.local_id; END",
    "CREATE TRIGGER report_docs_document AFTER INSERT ON documents BEGIN"
    " INSERT OR REPLACE INTO report_docs SELECT NEW.rowid, local_id, event_id FROM reports"
    " WHERE doc_id = NEW.id; END",
    "CREATE TRIGGER report_docs_document_key AFTER UPDATE OF rowid, id ON documents BEGIN"
    " DELETE FROM report_docs WHERE doc_rowid = OLD.rowid;"
    " INSERT OR REPLACE INTO report_docs SELECT NEW.rowid, local_id, event_id FROM reports"
    " WHERE doc_id = NEW.id; END",
    "CREATE TRIGGER report_docs_document_delete AFTER DELETE ON documents BEGIN"
    " DELETE FROM report_docs WHERE doc_rowid = OLD.rowid; END",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", _INITIAL),
    # query.py resolves --country, --org and code-valued dyad sides by affiliation
    Migration(
        "0002_actors_affiliation_index",
        ("CREATE INDEX actors_affiliation ON actors(affiliation)",),
    ),
    # which states and organisations take part in each event, kept by triggers: a dyad of two
    # codes ("DEU" x "EU") becomes the intersection of two index ranges
    Migration("0003_event_affiliations", _EVENT_AFFILIATIONS),
    # a report's place under the gazetteer's (English) name and id, so that an event merged
    # from reports in several languages is named one way ("Brussels", not "Brüssel")
    Migration(
        "0004_report_canonical_places",
        (
            "ALTER TABLE reports ADD COLUMN place_canonical TEXT",
            "ALTER TABLE reports ADD COLUMN place_geonames INTEGER",
        ),
    ),
    # full-text search: document rowid -> report -> event, so text queries join on integers
    Migration("0005_report_docs", _REPORT_DOCS),
)


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


class Store(StoreReads):
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
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode is None or str(mode[0]).lower() != "wal":
                raise StoreError(f"{self.path}: cannot switch the database to WAL mode")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate(migrations)
        except sqlite3.Error as exc:
            self.conn.close()
            raise self.error(exc) from exc
        except StoreError:
            self.conn.close()
            raise

    # ------------------------------------------------------------------ lifecycle

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
