"""Extraction on every core (issue: large collections): documents per second of
``communique extract --workers N`` for N = 1 and 2, the speed-up, each worker's peak memory
and a worker's start-up time.

    python bench/bench_workers.py [--corpora ../shared/corpora] [--limit N] [--workers 1 2]

Each corpus is written to JSON Lines in a temporary folder (10kGNAD test.csv rows, en-bbc
*/*.txt files) and extracted by the command line in a fresh process, output to /dev/null;
the time is the wall time of the whole command (engine start-up included), the faster of
two runs. Peak memory is the largest resident set seen, sampled every 50 ms, of the main
process and of each worker. Prints Markdown; the figures go into bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

from communique.corpora import iter_csv_texts

SRC = Path(__file__).resolve().parents[1] / "src"


def corpora(root: Path, limit: int | None) -> Iterator[tuple[str, str, list[str]]]:
    gnad = root / "de-10kgnad" / "test.csv"
    if gnad.is_file():
        yield "de-10kgnad/test.csv", "de", list(iter_csv_texts(gnad))[:limit]
    bbc = root / "en-bbc"
    if bbc.is_dir():
        paths = sorted(bbc.glob("*/*.txt"))[:limit]
        yield "en-bbc", "en", [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def run(src: Path, workers: int) -> tuple[float, float, list[float]]:
    """Seconds, peak MB of the main process, peak MB of each worker."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    cmd = [sys.executable, "-m", "communique", "extract", str(src), "--workers", str(workers),
           "--no-progress", "--format", "jsonl"]  # fmt: skip
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    main = psutil.Process(proc.pid)
    peak_main = 0.0
    peak_workers: dict[int, float] = {}
    while proc.poll() is None:
        try:
            peak_main = max(peak_main, main.memory_info().rss / 1e6)
            for child in main.children():
                rss = child.memory_info().rss / 1e6
                peak_workers[child.pid] = max(peak_workers.get(child.pid, 0.0), rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    return time.perf_counter() - t0, peak_main, sorted(peak_workers.values())


def startup_seconds(lang: str) -> float:
    """From asking a pool of one worker for a record to having it (process start, engine
    made, one short text extracted)."""
    from communique.parallel import ExtractionPool, WorkerSetup
    from communique.record import Document
    from communique.settings import Settings

    doc = Document(text="Anna Berg met Karl Huber in Vienna.", language=lang)
    t0 = time.perf_counter()
    with ExtractionPool(WorkerSetup(Settings()), 1) as pool:
        list(pool.imap([doc]))
        return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    if not args.corpora.is_dir():
        print(f"no corpora under {args.corpora}", file=sys.stderr)
        return 2
    print(f"cores: {psutil.cpu_count()}; worker start-up (de): {startup_seconds('de'):.2f} s, "
          f"(en): {startup_seconds('en'):.2f} s\n")  # fmt: skip
    print("| corpus | docs | workers | seconds | docs/s | speed-up | main MB | worker MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, lang, texts in corpora(args.corpora, args.limit):
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "docs.jsonl"
            with src.open("w", encoding="utf-8") as fh:
                for i, text in enumerate(texts):
                    line = {"id": f"{name}:{i}", "text": text, "language": lang}
                    fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            base = None
            for n in args.workers:
                runs = [run(src, n) for _ in range(2)]
                seconds, main_mb, worker_mb = min(runs, key=lambda r: r[0])
                base = base or seconds
                workers = "/".join(f"{m:.0f}" for m in worker_mb) or "-"
                print(f"| {name} | {len(texts)} | {n} | {seconds:.1f} | {len(texts) / seconds:.1f}"
                      f" | {base / seconds:.2f} | {main_mb:.0f} | {workers} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
