"""The store itself: migrations, WAL, full-text search, and databases that cannot be used."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from communique.errors import CommuniqueError, StoreError
from communique.pipeline import Communique
from communique.store.database import MIGRATIONS, Migration, Store, fts_text
from communique.store.ingest import ingest


def test_migrations_are_applied_once_in_order(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with Store(db) as store:
        assert store.applied_migrations() == [m.name for m in MIGRATIONS]
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"
    extra = Migration("0002_test_note", ("CREATE TABLE note (x TEXT)",))
    with Store(db, migrations=(*MIGRATIONS, extra)) as store:
        assert store.applied_migrations()[-1] == "0002_test_note"
        store.conn.execute("INSERT INTO note VALUES ('kept')")
    with Store(db, migrations=(*MIGRATIONS, extra)) as store:  # reopening applies nothing
        assert store.conn.execute("SELECT x FROM note").fetchall() == [("kept",)]
    with pytest.raises(StoreError, match="newer communique.*0002_test_note"):
        Store(db)


def test_failed_migration_leaves_nothing_half_done(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    bad = Migration("0002_bad", ("CREATE TABLE half (x)", "THIS IS NOT SQL"))
    with pytest.raises(StoreError, match=str(db)):
        Store(db, migrations=(*MIGRATIONS, bad))
    with Store(db) as store:
        assert store.applied_migrations() == [m.name for m in MIGRATIONS]
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert "half" not in tables


def _docs(store: Store, query: str) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT d.source FROM documents_fts f JOIN documents d ON d.rowid = f.rowid "
            "WHERE documents_fts MATCH ? ORDER BY d.rowid",
            (fts_text(query),),
        )
    ]


def test_full_text_search_ignores_case_and_diacritics(tmp_path: Path, engine: Communique) -> None:
    texts = {
        "de.txt": "Der Außenminister traf sich in Brüssel mit Kollegen aus Österreich.",
        "ru.txt": "Министр иностранных дел провёл переговоры в Москве.",
        "en.txt": "The minister met colleagues in Brussels.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Store(tmp_path / "f.db") as store:
        ingest(store, [str(tmp_path / n) for n in sorted(texts)], engine)
        src = str(tmp_path)
        assert _docs(store, "brussel") == [f"{src}/de.txt"]
        assert _docs(store, "osterreich") == [f"{src}/de.txt"]
        assert _docs(store, "ПРОВЕЛ") == [f"{src}/ru.txt"]
        assert _docs(store, "москве") == [f"{src}/ru.txt"]
        assert _docs(store, "провёл") == [f"{src}/ru.txt"]
        assert _docs(store, "minister") == [f"{src}/en.txt"]
        # deletions keep the index in step
        store.conn.execute("DELETE FROM documents WHERE source LIKE '%de.txt'")
        assert _docs(store, "brussel") == []
        n_fts = store.conn.execute("SELECT count(*) FROM documents_fts_docsize").fetchone()[0]
        assert n_fts == store.counts()["documents"] == 2


def test_corrupt_database_names_the_file(tmp_path: Path) -> None:
    db = tmp_path / "corrupt.db"
    db.write_bytes(b"this is not an SQLite database at all, just some bytes" * 100)
    with pytest.raises(StoreError) as err:
        Store(db)
    assert str(db) in str(err.value) and "corrupt" in str(err.value)
    assert isinstance(err.value, CommuniqueError)
    assert db.read_bytes().startswith(b"this is not"), "the file must be left untouched"


def _read_only_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):  # root ignores permissions: use a read-only file system
        for candidate in (Path("/proc"), Path("/sys")):
            if not candidate.is_dir():
                continue
            try:
                sqlite3.connect(candidate / "communique-probe.db").execute("CREATE TABLE t (x)")
            except sqlite3.Error:
                return candidate
        pytest.skip("no read-only folder available to this user")
    return folder


def test_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = _read_only_folder(tmp_path)
    db = folder / "store.db"
    try:
        with pytest.raises(StoreError) as err:
            Store(db)
    finally:
        (tmp_path / "ro").chmod(0o755)
    assert str(db) in str(err.value) and "writable" in str(err.value)


def test_missing_folder_and_folder_as_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder .* not found"):
        Store(tmp_path / "no" / "such" / "s.db")
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path)


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_failure("x", "y")
            raise RuntimeError("abort")
        assert store.failures() == []
        with store.transaction():
            store.add_failure("x", "y")
            store.add_failure("x", "y")  # same failure again: one row, time refreshed
        assert [(f.source, f.reason) for f in store.failures()] == [("x", "y")]
