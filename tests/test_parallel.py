"""Extraction in worker processes: the same records, in the same order, as one process."""

from __future__ import annotations

import json
import multiprocessing as mp
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.documents import ReadSettings, read_inputs
from communique.errors import InputError
from communique.parallel import Extracted, ExtractionPool, WorkerSetup, inline
from communique.pipeline import Communique
from communique.record import Document
from communique.store import Store
from communique.store.ingest import ingest

pytestmark = pytest.mark.skipif(
    "fork" not in mp.get_all_start_methods(), reason="poisoning a worker needs fork"
)

MERGE_CORPUS = Path(__file__).resolve().parent / "merge_corpus" / "reports.jsonl"


def _folder(tmp_path: Path, n: int) -> Path:
    from test_ingest import make_folder

    folder = make_folder(tmp_path / "in", n)
    (folder / "merge.jsonl").write_bytes(MERGE_CORPUS.read_bytes())
    (folder / "broken.jsonl").write_text('{"text": "ok text here"}\nnot json\n', encoding="utf-8")
    return folder


def _outcomes(items: list[Extracted | InputError]) -> list[str]:
    out = []
    for o in items:
        if isinstance(o, InputError):
            out.append(f"error {o}")
        elif o.record is None:
            out.append(f"failed {o.document.origin}: {o.reason}")
        else:
            out.append(json.dumps(o.record.to_dict(), ensure_ascii=False, sort_keys=True))
    return out


def test_pool_gives_the_records_of_one_process_in_order(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 40)
    settings = ReadSettings()
    one = _outcomes(list(inline(Communique(), read_inputs([str(folder)], settings))))
    with ExtractionPool(WorkerSetup(Communique().settings), 2) as pool:
        two = _outcomes(list(pool.outcomes(read_inputs([str(folder)], settings))))
    assert two == one
    assert sum(line.startswith("error ") for line in one) == 1  # the bad JSON line, in place
    assert len(one) == 40 + 7 + 2


def test_a_poisoned_document_fails_alone_in_a_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Communique.extract_document

    def poisoned(self: Communique, doc: Document, *a: object, **kw: object) -> object:
        if "POISON" in doc.text:
            raise RuntimeError("poisoned on purpose")
        return real(self, doc, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Communique, "extract_document", poisoned)  # inherited by fork
    docs = [Document(text=f"Anna Berg met Karl Huber in Vienna. {i}", language="en")
            for i in range(9)]  # fmt: skip
    docs[4] = Document(text="POISON Anna Berg met Karl Huber.", language="en", origin="bad.txt")
    with ExtractionPool(WorkerSetup(Communique().settings), 2) as pool:
        results = list(pool.imap(docs))
    assert [r.record is None for r in results] == [i == 4 for i in range(9)]
    bad = results[4]
    assert bad.reason == "extraction failed (RuntimeError: poisoned on purpose)"
    assert bad.trace is not None and "poisoned on purpose" in bad.trace


def test_extract_with_two_workers_prints_what_one_prints(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 100)  # at least 50 documents per worker: the pool starts
    runner = CliRunner()
    # no time budget: under a loaded machine a budget could fail a document in one run only
    one = runner.invoke(main, ["extract", str(folder), "--workers", "1", "--timeout", "0"])
    two = runner.invoke(main, ["extract", str(folder), "--workers", "2", "--timeout", "0"])
    assert one.exit_code == two.exit_code == 1  # the bad JSON line
    assert two.stdout == one.stdout and two.stderr == one.stderr
    assert len(one.stdout.splitlines()) == 100 + 7 + 1


def test_ingest_with_two_workers_stores_what_one_stores(tmp_path: Path) -> None:
    from test_ingest import dump

    folder = _folder(tmp_path, 60)
    dumps = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        with Store(db) as store:
            # small batches: the registry of each batch is the store after the one before
            summary = ingest(store, [str(folder)], Communique(), batch_size=20, workers=workers)
        assert (summary.new, summary.failed) == (60 + 7 + 1, 1)
        dumps.append(dump(db))
    assert dumps[0] == dumps[1]
