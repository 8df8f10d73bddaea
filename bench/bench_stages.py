"""Throughput of single stages on the shared corpora: language identification, the temporal
grammar, and the role, event and status tables (speed targets live here, not in unit tests).

    PYTHONPATH=src python bench/bench_stages.py [--corpora ../shared/corpora] [--limit N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from communique.corpora import iter_csv_texts
from communique.dates import TemporalGrammar
from communique.language import LanguageIdentifier
from communique.lexicon import LanguageData


def rate(fn: Callable[[str], object], texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return len(texts) / (time.perf_counter() - t0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--limit", type=int, default=500)
    args = ap.parse_args()
    de = list(iter_csv_texts(args.corpora / "de-10kgnad" / "test.csv"))[: args.limit]
    en = [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted((args.corpora / "en-bbc").glob("*/*.txt"))[: args.limit]
    ]
    ident = LanguageIdentifier()
    day = dt.date(2016, 5, 10)
    print("| stage | de docs/s | en docs/s |")
    print("|---|---:|---:|")
    lid_de, lid_en = rate(ident.identify, de), rate(ident.identify, en)
    print(f"| language identification | {lid_de:,.0f} | {lid_en:,.0f} |")
    g = {lang: TemporalGrammar(lang) for lang in ("de", "en")}
    print(
        f"| temporal grammar | {rate(lambda t: g['de'].find(t, day), de):,.0f} |"
        f" {rate(lambda t: g['en'].find(t, day), en):,.0f} |"
    )
    for table in ("roles", "events", "status"):
        tde, ten = LanguageData("de").table(table), LanguageData("en").table(table)
        print(
            f"| {table} table | {rate(lambda t: list(tde.finditer(t)), de):,.0f} |"  # noqa: B023
            f" {rate(lambda t: list(ten.finditer(t)), en):,.0f} |"  # noqa: B023
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
