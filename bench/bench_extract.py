"""Throughput and peak memory of ``extract`` on the shared corpora, beside a spaCy blank
tokenizer + sentencizer pass over the same texts in the same run (the reference).

    python bench/bench_extract.py [--limit N] [--corpora ../shared/corpora]

Prints a Markdown table; copy it into bench/RESULTS.md with the date.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from communique.corpora import iter_csv_texts
from communique.pipeline import Communique


def load(corpora: Path, limit: int | None) -> dict[str, tuple[str, list[str]]]:
    sets: dict[str, tuple[str, list[str]]] = {}
    gnad = corpora / "de-10kgnad" / "test.csv"
    if gnad.is_file():
        sets["de-10kgnad/test.csv"] = ("de", list(iter_csv_texts(gnad))[:limit])
    bbc = corpora / "en-bbc"
    if bbc.is_dir():
        texts = [
            p.read_text(encoding="utf-8", errors="replace") for p in sorted(bbc.glob("*/*.txt"))
        ]
        sets["en-bbc"] = ("en", texts[:limit])
    leads = corpora / "ru-1tv-leads"
    if leads.is_dir():  # title + lead, teaser blocks included (the extractor blanks them)
        texts = [t for p in sorted(leads.glob("1tv_news_*.csv")) for t in iter_csv_texts(p)]
        sets["ru-1tv-leads"] = ("ru", texts[:limit])
    return sets


def timed(fn: Callable[[str], object], texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    sets = load(args.corpora, args.limit)
    if not sets:
        print(f"no corpora under {args.corpora}", file=sys.stderr)
        return 2
    import spacy

    engine = Communique()
    rows = []
    for name, (lang, texts) in sets.items():
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        ref = timed(lambda t: nlp(t), texts)  # noqa: B023
        engine.extract(texts[0], lang=lang)  # load the language's data before timing
        t = timed(lambda t: engine.extract(t, lang=lang), texts)  # noqa: B023
        chars = sum(len(x) for x in texts)
        rows.append((name, len(texts), chars, len(texts) / t, len(texts) / ref, t / ref))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("| corpus | docs | chars | communique docs/s | spaCy tok+sent docs/s | ratio |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, n, chars, dps, rps, ratio in rows:
        print(f"| {name} | {n} | {chars:,} | {dps:,.0f} | {rps:,.0f} | {ratio:.1f}× |")
    print(f"\npeak RSS of the whole run (both pipelines): {peak_mb:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
