"""``communique batch`` on a local Dask cluster: the same records as one process, reruns after
a kill, failures in ``errors/``, Parquet types, and ``communique ingest`` of the output."""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from communique.batch.layout import TABLES, Output
from communique.cli import main
from communique.documents import ReadSettings, read_inputs
from communique.errors import BatchError
from communique.pipeline import Communique
from communique.record import Document
from communique.store import Store
from communique.store.ingest import ingest

distributed = pytest.importorskip("distributed")

from communique.batch.run import BatchSettings, local_client, run_batch  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

_FIRST = ("Maria", "Peter", "Anna", "John", "Elena", "Thomas", "Sophie", "Daniel")
_LAST = ("Novak", "Berg", "Lindqvist", "Moreau", "Kowalski", "Horvat", "Jensen", "Almeida")
_STATES_EN = ("Poland", "Sweden", "France", "Croatia", "Portugal", "Hungary", "Chile", "Japan")
_STATES_DE = (
    "Polens", "Schwedens", "Frankreichs", "Kroatiens", "Portugals", "Ungarns", "Chiles", "Japans",
)  # fmt: skip
_CITIES = ("Brussels", "Vienna", "Geneva", "Paris", "Berlin", "Rome")


def text_en(i: int) -> str:
    r = random.Random(i)
    a, b = r.sample(range(len(_FIRST)), 2)
    return (
        f"Press release {i}\n\nForeign Minister of {_STATES_EN[a]} {_FIRST[a]} {_LAST[a]} met "
        f"Foreign Minister of {_STATES_EN[b]} {_FIRST[b]} {_LAST[b]} in {r.choice(_CITIES)} on "
        f"{r.randint(1, 28)} March 2025. They discussed trade and energy.\n"
    )


def text_de(i: int) -> str:
    r = random.Random(1000 + i)
    a, b = r.sample(range(len(_FIRST)), 2)
    return (
        f"Pressemitteilung {i}\n\nDer Außenminister {_STATES_DE[a]}, {_FIRST[a]} {_LAST[a]}, "
        f"traf am {r.randint(1, 28)}. März 2025 in Wien den Außenminister {_STATES_DE[b]}, "
        f"{_FIRST[b]} {_LAST[b]}. Sie sprachen über Handel und Energie.\n"
    )


def make_inputs(root: Path, n: int = 6) -> Path:
    """A folder of every input kind, with bad rows: JSON Lines, .jsonl.gz, Parquet, text."""
    root.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"text": text_en(i), "published": "2025-03-01"}) for i in range(n)]
    lines.insert(2, "{not json")
    lines.insert(4, json.dumps({"title": "no text"}))
    (root / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    gz = [json.dumps({"text": text_de(i), "id": f"de-{i}"}, ensure_ascii=False) for i in range(n)]
    (root / "b.jsonl.gz").write_bytes(gzip.compress(("\n".join(gz) + "\n").encode()))
    texts: list[str | None] = [text_en(100 + i) for i in range(n)]
    texts[1] = None
    pq.write_table(
        pa.table({"text": texts, "source": [f"https://example.org/{i}" for i in range(n)]}),
        root / "c.parquet",
    )
    (root / "d.txt").write_text(text_de(200), encoding="utf-8")
    (root / "e.txt").write_text(text_en(7), encoding="utf-8")  # the same text as a.jsonl:8
    return root


def read_table(out: Path, name: str) -> pa.Table:
    return pq.read_table(out / name)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with local_client(2) as c:
        yield c


def _expected(paths: list[str], engine: Communique) -> tuple[list[str], list[str]]:
    """Record JSON of every readable document and where every failure was, in order."""
    records, failures = [], []
    for item in read_inputs(paths, ReadSettings()):
        if isinstance(item, Document):
            records.append(json.dumps(engine.extract_document(item).to_dict(), ensure_ascii=False))
        else:
            failures.append(item.source)
    return records, failures


def test_two_workers_make_the_records_of_one_process(
    tmp_path: Path, client: Any, engine: Communique
) -> None:
    paths = [str(make_inputs(tmp_path / "in"))]
    out = tmp_path / "out"
    summary = run_batch(paths, out, BatchSettings(partition_size=4), client=client)
    records, failures = _expected(paths, engine)
    docs = read_table(out, "documents").sort_by([("position", "ascending")])
    assert docs.column("record").to_pylist() == records
    errors = read_table(out, "errors").sort_by([("position", "ascending")])
    assert errors.column("where").to_pylist() == failures
    assert errors.column("stage").to_pylist() == ["read"] * len(failures)
    positions = sorted(docs.column("position").to_pylist() + errors.column("position").to_pylist())
    assert positions == list(range(len(records) + len(failures)))
    assert summary.documents == len(records) and summary.errors == len(failures) == 3
    assert summary.partitions == -(-len(positions) // 4) and summary.workers == 2
    assert len({m.worker for m in Output(out).markers()}) >= 1
    assert (out / "_SUCCESS").is_file()
    # the files of each table, partition by partition, give the same order again
    names = sorted(p.name for p in (out / "documents").iterdir())
    assert names == [f"part-{n:05d}.parquet" for n in range(summary.partitions)]
    in_files = [pq.read_table(out / "documents" / n).column("record").to_pylist() for n in names]
    assert [r for part in in_files for r in part] == records


def test_rerun_skips_complete_partitions_and_other_inputs_are_refused(
    tmp_path: Path, client: Any
) -> None:
    paths = [str(make_inputs(tmp_path / "in", 3))]
    out = tmp_path / "out"
    first = run_batch(paths, out, BatchSettings(partition_size=3), client=client)
    mtimes = {p: p.stat().st_mtime_ns for p in (out / "documents").iterdir()}
    again = run_batch(paths, out, BatchSettings(partition_size=3), client=client)
    assert again.skipped == again.partitions == first.partitions
    assert (again.documents, again.errors) == (first.documents, first.errors)
    assert {p: p.stat().st_mtime_ns for p in (out / "documents").iterdir()} == mtimes
    with pytest.raises(BatchError, match="partition_size"):
        run_batch(paths, out, BatchSettings(partition_size=5), client=client)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.txt").write_text("x", encoding="utf-8")
    with pytest.raises(BatchError, match="not empty"):
        run_batch(paths, tmp_path / "other", client=client)


def test_partition_left_half_written_is_written_again(tmp_path: Path, client: Any) -> None:
    """A kill between the renames of a partition's tables (files without a marker) and a
    kill while writing (temporary files): the rerun leaves every document exactly once."""
    paths = [str(make_inputs(tmp_path / "in", 4))]
    out = tmp_path / "out"
    run_batch(paths, out, BatchSettings(partition_size=3), client=client)
    want = read_table(out, "documents").sort_by("position").column("record").to_pylist()
    (out / "_partitions" / "part-00001.json").unlink()
    (out / "events" / "part-00001.parquet").unlink()
    (out / "_partitions" / "part-00002.json").write_text("{truncated", encoding="utf-8")
    (out / "documents" / ".part-00002.parquet.tmp-dead").write_bytes(b"half")
    (out / "_SUCCESS").unlink()
    again = run_batch(paths, out, BatchSettings(partition_size=3), client=client)
    assert again.partitions - again.skipped == 2
    assert not list((out / "documents").glob(".*"))
    docs = read_table(out, "documents").sort_by("position")
    assert docs.column("record").to_pylist() == want
    assert len(set(docs.column("position").to_pylist())) == docs.num_rows


def test_killed_run_and_rerun_have_every_document_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    n = 300
    rows = [json.dumps({"text": text_en(i) if i % 2 else text_de(i)}) for i in range(n)]
    (folder / "many.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    args = [sys.executable, "-m", "communique", "batch", str(folder), "--out", str(out),
            "--partition-size", "5", "--workers", "1", "--no-progress"]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO / "tests")])}
    proc = subprocess.Popen(args, env=env, start_new_session=True, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not (out / "_partitions" / "part-00001.json").exists():
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the driver and its cluster, mid-run
    proc.wait()
    assert not (out / "_SUCCESS").exists()
    done = len(list((out / "_partitions").glob("part-*.json")))
    assert 2 <= done < n // 5
    rerun = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"({done} already complete)" in rerun.stderr or "already complete" in rerun.stderr
    docs = read_table(out, "documents")
    positions = docs.column("position").to_pylist()
    assert sorted(positions) == list(range(n))
    assert len(set(docs.column("doc_id").to_pylist())) == n
    assert (out / "_SUCCESS").is_file()


def test_poisoned_document_goes_to_errors_and_its_partition_completes(
    tmp_path: Path, client: Any
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    texts = [text_en(i) for i in range(5)]
    texts[2] = "POISON " + texts[2]
    (folder / "p.jsonl").write_text(
        "\n".join(json.dumps({"text": t}) for t in texts) + "\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    settings = BatchSettings(partition_size=10, engine="batch_poison:PoisonedEngine")
    summary = run_batch([str(folder)], out, settings, client=client)
    assert (summary.documents, summary.errors, summary.partitions) == (4, 1, 1)
    (error,) = read_table(out, "errors").to_pylist()
    assert error["where"] == f"{folder / 'p.jsonl'}:3" and error["stage"] == "extract"
    assert error["reason"] == "extraction failed (RuntimeError: poisoned document)"
    assert error["position"] == 2 and error["error_type"] == "RuntimeError"
    assert "poisoned document" in error["traceback"]
    assert read_table(out, "documents").column("position").to_pylist() == [0, 1, 3, 4]
    assert (out / "_partitions" / "part-00000.json").is_file()


def test_timeout_goes_to_errors(tmp_path: Path, client: Any) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("SLOW " + text_en(1), encoding="utf-8")
    out = tmp_path / "out"
    settings = BatchSettings(engine="batch_poison:PoisonedEngine")
    summary = run_batch([str(tmp_path / "in")], out, settings, client=client)
    (error,) = read_table(out, "errors").to_pylist()
    assert summary.errors == 1 and error["stage"] == "timeout"
    assert error["reason"].startswith("timed out") and error["traceback"] is None


def test_parquet_types(tmp_path: Path, client: Any) -> None:
    out = tmp_path / "out"
    run_batch([str(make_inputs(tmp_path / "in"))], out, client=client)
    s, i, f = pa.string(), pa.int64(), pa.float64()
    span = pa.struct([("start", i), ("end", i), ("text", s)])
    schemas = {name: read_table(out, name).schema for name in TABLES}
    docs = schemas["documents"]
    for name, typ in [("position", i), ("doc_id", s), ("published", s), ("n_events", i),
                      ("warnings", pa.list_(s)), ("text", s), ("record", s)]:  # fmt: skip
        assert docs.field(name).type == typ, name
    ev = schemas["events"]
    for name, typ in [("date_start", s), ("lat", f), ("lon", f), ("geonames", i),
                      ("topics", pa.list_(s)), ("participants", pa.list_(s)),
                      ("confidence", f), ("postponed", pa.bool_()),
                      ("evidence", pa.list_(span))]:  # fmt: skip
        assert ev.field(name).type == typ, name
    assert schemas["actors"].field("mentions").type == pa.list_(span)
    assert schemas["claims"].field("value").type == f
    assert schemas["participants"].field("seat").type == i
    events = read_table(out, "events")
    assert events.num_rows > 0
    assert all(len(d) in (4, 7, 10) for d in events.column("date_start").to_pylist() if d)
    parts = read_table(out, "participants")
    assert parts.num_rows == sum(len(p) for p in events.column("participants").to_pylist())


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    tables = ["documents", "reports", "events", "actors", "report_participants", "failures"]
    out = {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}
    out["records"] = int(conn.execute("SELECT count(DISTINCT record) FROM documents").fetchone()[0])
    conn.close()
    return out


def test_ingest_of_the_output_equals_ingest_of_the_inputs(
    tmp_path: Path, client: Any, engine: Communique
) -> None:
    paths = [str(make_inputs(tmp_path / "in", 8))]
    out = tmp_path / "out"
    run_batch(paths, out, BatchSettings(partition_size=5), client=client)
    with Store(tmp_path / "direct.db") as store:
        direct = ingest(store, paths, engine, batch_size=7)
    db = tmp_path / "batch.db"
    result = CliRunner().invoke(main, ["ingest", str(out), "--db", str(db), "--batch-size", "7"])
    assert result.exit_code == 1  # the inputs' bad rows are failures, as in a direct ingest
    assert (
        f"documents read: {direct.read}, new: {direct.new}, unchanged: {direct.unchanged}, "
        "re-extracted: 0, "
        f"failed: {direct.failed}, reports (events of new records): {direct.reports}"
    ) in result.output
    with Store(db) as store:
        again = ingest(store, [str(out)], engine, batch_size=7)
    assert (again.new, again.unchanged) == (0, direct.read)
    assert _counts(tmp_path / "batch.db") == _counts(tmp_path / "direct.db")
    a = sqlite3.connect(tmp_path / "direct.db").execute("SELECT id, record FROM documents")
    b = sqlite3.connect(tmp_path / "batch.db").execute("SELECT id, record FROM documents")
    assert sorted(a.fetchall()) == sorted(b.fetchall())


def test_ingest_re_extracts_records_of_another_extractor(
    tmp_path: Path, client: Any, engine: Communique, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [str(make_inputs(tmp_path / "in", 2))]
    out = tmp_path / "out"
    run_batch(paths, out, client=client)
    own = engine.extractor_id
    monkeypatch.setattr(engine, "extractor_id", lambda lang: "other " + own(lang))
    with Store(tmp_path / "s.db") as store:
        summary = ingest(store, [str(out)], engine)
        ids = {r[0] for r in store.conn.execute("SELECT extractor FROM documents")}
    assert summary.new == summary.read > 0
    assert all(i.startswith("other communique") for i in ids)


def test_ingest_of_an_unfinished_run_records_it(
    tmp_path: Path, client: Any, engine: Communique
) -> None:
    paths = [str(make_inputs(tmp_path / "in", 2))]
    out = tmp_path / "out"
    run_batch(paths, out, BatchSettings(partition_size=4), client=client)
    (out / "_SUCCESS").unlink()
    (out / "_partitions" / "part-00001.json").unlink()
    kept = Output(out).markers()
    assert [m.number for m in kept][:2] == [0, 2]
    with Store(tmp_path / "s.db") as store:
        summary = ingest(store, [str(out)], engine)
        reasons = [f.reason for f in store.failures()]
    assert summary.read == sum(m.documents for m in kept)
    assert summary.failed == sum(m.errors for m in kept) + 1
    assert any("batch run not finished" in r for r in reasons)


def test_batch_command_on_a_local_cluster(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(text_de(1), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["batch", str(folder), "--out", str(out), "--workers", "1", "--lang", "de", "--progress"],
    )
    assert result.exit_code == 0, result.output
    assert "documents: 1, failed: 0" in result.output and "workers: 1" in result.output
    assert "partitions 1 (0 already complete)" in result.output  # the bar's last state
    (row,) = read_table(out, "documents").to_pylist()
    assert row["given_language"] == row["language"] == "de"
