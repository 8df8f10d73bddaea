"""The store's schema: named, ordered migrations (``MIGRATIONS``).

Each ``Migration`` is a list of statements applied in one transaction by
``database.Store``, which records it in ``_migrations``; a store is never migrated backwards
and never by a read command. The tables are documented in ``docs/store-design.md``; both
must change together. Append new migrations at the end; never edit one that has shipped.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    # the sound of a person's full name (``identity.name_sound``, a function the store
    # registers on its connection): Анналена Бербок is found as Annalena Baerbock by index
    Migration(
        "0006_actor_name_sounds",
        (
            "ALTER TABLE actor_names ADD COLUMN sound TEXT",
            "UPDATE actor_names SET sound = name_sound(name)",
            "CREATE INDEX actor_names_sound ON actor_names(sound)",
        ),
    ),
    # a participant's title in its base form beside the text's ("Hohe Vertreterin" for "der
    # Hohen Vertreterin"): reads show the base form, so that titles compare across reports;
    # reports stored before keep their text's form
    Migration(
        "0007_report_title_bases",
        ("ALTER TABLE report_participants ADD COLUMN title_base TEXT",),
    ),
)
