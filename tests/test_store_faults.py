"""Faults a user meets with the store: concurrent ingests, read-only stores, files that are
not stores, query arguments that cannot be right."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.errors import StoreError
from communique.pipeline import Communique
from communique.store import Store
from communique.store.database import MIGRATIONS
from communique.store.ingest import ingest

MERGE_CORPUS = Path(__file__).resolve().parent / "merge_corpus" / "reports.jsonl"
SRC = Path(__file__).resolve().parents[1] / "src"


def _state(folder: Path) -> dict[str, str]:
    """Every file of a folder with a digest of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, engine: Communique) -> Path:
    db = tmp_path_factory.mktemp("built") / "s.db"
    with Store(db) as store:
        ingest(store, [str(MERGE_CORPUS)], engine)
    return db


# ----------------------------------------------------------------- concurrent ingests


def _open_new_store(db: str, barrier: Any, answers: Any) -> None:
    barrier.wait()
    try:
        with Store(db, busy_timeout=30):
            answers.put("")
    except StoreError as exc:
        answers.put(str(exc))


def test_processes_creating_one_store_at_once_all_open_it(tmp_path: Path) -> None:
    """SQLite refuses a switch to WAL at once (no busy wait) while another connection is
    switching the same new file; four processes opening a new store together all succeed
    (before the switch was retried, about one round in four failed)."""
    ctx = multiprocessing.get_context("fork")
    for round_ in range(20):
        db = str(tmp_path / f"s{round_}.db")
        barrier, answers = ctx.Barrier(4), ctx.Queue()
        procs = [ctx.Process(target=_open_new_store, args=(db, barrier, answers)) for _ in range(4)]
        for proc in procs:
            proc.start()
        errors = [answers.get(timeout=120) for _ in procs]
        for proc in procs:
            proc.join()
        assert errors == [""] * 4, (round_, errors)
        with Store(db, readonly=True) as store:
            assert store.applied_migrations() == [m.name for m in MIGRATIONS]


def test_two_concurrent_ingests_of_the_same_input_both_finish(tmp_path: Path) -> None:
    from test_ingest import make_folder

    folder = make_folder(tmp_path / "in", 30)
    db = tmp_path / "s.db"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    cmd = [sys.executable, "-m", "communique", "ingest", str(folder), "--db", str(db),
           "--batch-size", "3", "--no-progress", "--timeout", "0"]  # fmt: skip
    runs = [subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300)[1] for p in runs]
    assert [p.returncode for p in runs] == [0, 0], outs
    assert all("UNIQUE" not in o and "Error" not in o for o in outs), outs
    with Store(db, readonly=True) as store:
        counts = store.counts()
        assert counts["documents"] == 30 and counts["failures"] == 0
        n_reports = counts["reports"]
    # between them the two runs stored every document once: the rest they found stored
    new = [int(o.split("new: ")[1].split(",")[0]) for o in outs]
    unchanged = [int(o.split("unchanged: ")[1].split(",")[0]) for o in outs]
    assert sum(new) == 30 and [n + u for n, u in zip(new, unchanged, strict=True)] == [30, 30]
    with Store(tmp_path / "alone.db") as alone:
        ingest(alone, [str(folder)], Communique())
        assert alone.counts()["reports"] == n_reports


# ------------------------------------------------------------------- read-only stores


def test_a_read_only_store_in_a_read_only_folder_is_queried_unchanged(
    tmp_path: Path, built: Path
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "s.db"
    db.write_bytes(built.read_bytes())
    before = _state(folder)
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        runner = CliRunner()
        res = runner.invoke(main, ["query", "--db", str(db), "--format", "json"])
        assert res.exit_code == 0, res.output
        assert '"Juraj Blanár"' in res.output
        for args in (["explain", "1"], ["errors"], ["export", "--format", "jsonl"]):
            res = runner.invoke(main, [*args, "--db", str(db)])
            assert res.exit_code == 0, (args, res.output)
        with Store(db, readonly=True) as store:
            assert store.counts()["documents"] == 7
            with pytest.raises(sqlite3.Error):
                store.conn.execute("DELETE FROM documents")
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    assert _state(folder) == before  # nothing written, nothing created beside it


def test_a_read_only_file_in_a_writable_folder_is_queried(tmp_path: Path, built: Path) -> None:
    db = tmp_path / "s.db"
    db.write_bytes(built.read_bytes())
    db.chmod(0o444)
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    try:
        res = CliRunner().invoke(main, ["query", "--db", str(db), "--actor", "Blanár"])
        assert res.exit_code == 0 and "(2 events)" in res.output, res.output
    finally:
        db.chmod(0o644)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


@pytest.mark.skipif(os.geteuid() == 0, reason="the superuser writes read-only files")
def test_ingest_into_a_read_only_file_blames_the_file(tmp_path: Path, built: Path) -> None:
    db = tmp_path / "s.db"
    db.write_bytes(built.read_bytes())
    db.chmod(0o444)
    try:
        res = CliRunner().invoke(main, ["ingest", str(MERGE_CORPUS), "--db", str(db)])
    finally:
        db.chmod(0o644)
    assert res.exit_code == 1 and "file is read-only" in res.output, res.output


def test_reading_never_migrates_an_older_store(tmp_path: Path, built: Path) -> None:
    db = tmp_path / "s.db"
    db.write_bytes(built.read_bytes())
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM _migrations WHERE name = ?", (MIGRATIONS[-1].name,))
    conn.commit()
    conn.close()
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(StoreError, match="older communique.*upgrades it"):
        Store(db, readonly=True)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


# ----------------------------------------------------------- files that are not stores


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes(body) VALUES ('keep me')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["query"],
        ["query", "--text", "Wien"],
        ["explain", "1"],
        ["errors"],
        ["export", "--format", "jsonl"],
    ],
)
@pytest.mark.parametrize("kind", ["foreign", "empty", "text"])
def test_read_commands_refuse_what_is_not_a_store_unchanged(
    tmp_path: Path, args: list[str], kind: str
) -> None:
    db = tmp_path / "other.db"
    if kind == "foreign":
        _foreign(db)
    elif kind == "empty":
        db.write_bytes(b"")
    else:
        db.write_text("a shopping list, not a database\n" * 50, encoding="utf-8")
    before = _state(tmp_path)
    res = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert res.exit_code == 1, res.output
    assert str(db) in res.output
    assert ("not a communique store" in res.output) or ("not a communique database" in res.output)
    assert _state(tmp_path) == before


def test_ingest_refuses_another_programs_database(tmp_path: Path) -> None:
    db = _foreign(tmp_path / "other.db")
    before = _state(tmp_path)
    res = CliRunner().invoke(main, ["ingest", str(MERGE_CORPUS), "--db", str(db)])
    assert res.exit_code == 1 and "another program's SQLite database (tables: notes)" in res.output
    assert _state(tmp_path) == before


def test_ingest_makes_a_store_of_an_empty_file(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    db.write_bytes(b"")
    res = CliRunner().invoke(main, ["ingest", str(MERGE_CORPUS), "--db", str(db)])
    assert res.exit_code == 0, res.output
    with Store(db, readonly=True) as store:
        assert store.counts()["documents"] == 7


def test_a_missing_store_is_not_created_by_reading(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    res = CliRunner().invoke(main, ["query", "--db", str(db)])
    assert res.exit_code == 1 and "no such database" in res.output
    assert not db.exists() and list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ query arguments


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2025-13-01"], "not a real date"),
        (["--to", "2025-02-30"], "not a real date"),
        (["--from", "yesterday"], "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        (["--from", "2025-03-01", "--to", "2025-02-01"], "--from 2025-03-01 is after --to"),
        (["--from", "2025-03", "--to", "2025-02-28"], "is after"),
        (["--country", "Narnia"], "not a state"),
        (["--country", "EU"], "is an organisation: use --org"),
        (["--country", "Kazakstan"], "did you mean KAZ (Kazakhstan)?"),
        (["--org", "Germany"], "is a state: use --country"),
        (["--org", "Bilderberg Club"], "not an organisation"),
    ],
)
def test_invalid_query_arguments_exit_2(built: Path, args: list[str], message: str) -> None:
    res = CliRunner().invoke(main, ["query", "--db", str(built), *args])
    assert res.exit_code == 2, res.output
    assert message in res.output


@pytest.mark.parametrize(
    ("args", "note", "events"),
    [
        (["--country", "Kazakhstan"], "read as KAZ (Kazakhstan)", 0),
        (["--country", "SK"], "read as SVK (Slovakia)", 2),
        (["--country", "Slowakei"], "read as SVK (Slovakia)", 2),
        (["--country", "svk"], "read as SVK", 2),
        (["--country", "SVK"], None, 2),
        (["--dyad", "Germany", "China"], "read as DEU (Germany)", 1),
        (["--from", "2025-03", "--to", "2025-03-31"], None, 1),
    ],
)
def test_query_arguments_mapped_with_a_note(
    built: Path, args: list[str], note: str | None, events: int
) -> None:
    res = CliRunner().invoke(main, ["query", "--db", str(built), *args])
    assert res.exit_code == 0, res.output
    assert f"({events} event" in res.output
    if note is None:
        assert "read as" not in res.output
    else:
        assert note in res.output
