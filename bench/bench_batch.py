"""``communique batch`` against plain single-process extraction of the same documents.

    PYTHONPATH=src python bench/bench_batch.py [--corpora ../shared/corpora] [--limit N]
        [--workers 1,2] [--partition-size 100]

For 10kGNAD ``test.csv`` (rows read with ``communique.corpora.iter_csv_texts``) and BBC
(``en-bbc/*/*.txt``) the texts are written to a temporary JSON Lines file (with their
language), which both sides read with ``read_inputs``:

- single process: ``Communique().extract_document`` in a loop after one warm-up document
  (the engine's load time is reported apart);
- batch with k local workers: a ``LocalCluster`` is started (timed), a warm-up run on one
  document sets up the engine on every worker (its start-up time per worker is reported),
  then the timed ``run_batch`` over all documents into Parquet (reading, partitioning,
  shipping, extraction, Parquet writing, atomic commits). Cold: cluster start + engine
  start-up + the timed run, what one ``communique batch`` invocation costs.

Peak memory per worker is the worker process's peak RSS (``ru_maxrss``) after the run, and
its current RSS through psutil.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

from communique.batch.run import BatchSettings, local_client, run_batch
from communique.corpora import default_corpora_root, iter_csv_texts
from communique.deadline import Deadline
from communique.documents import ReadSettings, read_inputs
from communique.pipeline import Communique
from communique.record import Document


def corpus_texts(root: Path, name: str, limit: int | None) -> tuple[str, list[str]]:
    if name == "de":
        texts = list(iter_csv_texts(root / "de-10kgnad" / "test.csv"))
        lang = "de"
    else:
        files = sorted((root / "en-bbc").glob("*/*.txt"))
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
        lang = "en"
    return lang, texts[:limit] if limit else texts


def write_jsonl(path: Path, lang: str, texts: list[str]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"text": text, "language": lang, "id": f"{lang}-{i}"}) + "\n")


def single_process(path: Path) -> dict[str, float]:
    started = time.perf_counter()
    engine = Communique()
    docs = [d for d in read_inputs([str(path)], ReadSettings()) if isinstance(d, Document)]
    engine.extract_document(docs[0], Deadline(None))  # loads the data
    load = time.perf_counter() - started
    docs = [d for d in read_inputs([str(path)], ReadSettings()) if isinstance(d, Document)]
    started = time.perf_counter()
    events = 0
    for doc in docs:
        events += len(engine.extract_document(doc, Deadline(None)).events)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": len(docs), "seconds": seconds, "load": load, "events": events, "peak_mb": peak}


def _worker_memory() -> dict[str, float]:
    return {
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_mb": psutil.Process().memory_info().rss / 2**20,
    }


def batch(path: Path, workers: int, partition_size: int, tmp: Path) -> dict[str, Any]:
    warm = tmp / f"warm-{path.stem}-{workers}.jsonl"
    with path.open(encoding="utf-8") as fh:
        warm.write_text(fh.readline(), encoding="utf-8")
    started = time.perf_counter()
    with local_client(workers) as client:
        cluster_start = time.perf_counter() - started
        settings = BatchSettings(partition_size=partition_size, timeout=None)
        t = time.perf_counter()
        warmup = run_batch(
            [str(warm)], tmp / f"warm-out-{path.stem}-{workers}", settings, client=client
        )
        setup = time.perf_counter() - t
        out = tmp / f"out-{path.stem}-{workers}"
        t = time.perf_counter()
        summary = run_batch([str(path)], out, settings, client=client)
        seconds = time.perf_counter() - t
        memory = client.run(_worker_memory)
    size = sum(p.stat().st_size for p in out.rglob("*.parquet"))
    return {
        "workers": workers,
        "docs": summary.documents,
        "errors": summary.errors,
        "events": summary.events,
        "seconds": seconds,
        "cluster_start": cluster_start,
        "engine_startup": warmup.startup_seconds,
        "setup_run": setup,
        "memory": sorted(memory.values(), key=lambda m: m["peak_mb"]),
        "parquet_mb": size / 2**20,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpora", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None, help="texts per corpus")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--partition-size", type=int, default=100)
    parser.add_argument("--corpus", default="de,en")
    args = parser.parse_args()
    root = args.corpora or default_corpora_root()
    if not root.is_dir():
        sys.exit(f"corpora not found: {root}")
    print(f"load average at start: {os.getloadavg()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as name:
        tmp = Path(name)
        for corpus in args.corpus.split(","):
            lang, texts = corpus_texts(root, corpus, args.limit)
            path = tmp / f"{corpus}.jsonl"
            write_jsonl(path, lang, texts)
            chars = sum(len(t) for t in texts)
            single = single_process(path)
            print(json.dumps({"corpus": corpus, "chars": chars, "single": single}), flush=True)
            base = single["docs"] / single["seconds"]
            for k in (int(w) for w in args.workers.split(",")):
                res = batch(path, k, args.partition_size, tmp)
                rate = res["docs"] / res["seconds"]
                cold = res["cluster_start"] + res["setup_run"] + res["seconds"]
                res["docs_per_s"] = rate
                res["cold_docs_per_s"] = res["docs"] / cold
                res["vs_single"] = rate / base
                print(json.dumps({"corpus": corpus, "batch": res}), flush=True)
    print(f"load average at end: {os.getloadavg()}", flush=True)


if __name__ == "__main__":
    main()
