"""Store benchmark (issue 3): query latency on a generated store of 1 million merged events,
and ingest throughput against plain extraction on the shared corpora.

    python bench/bench_store.py [--events 1000000] [--db PATH] [--queries 60]
                                [--corpora ../shared/corpora] [--limit N] [--skip-ingest]

Part 1 generates a store through ``communique.store.Store`` (its migrations, indexes and FTS
triggers) with synthetic actors, documents, reports and events inserted with executemany,
then times ``communique.store.query.query`` (participants and sources included, limit 100)
for actor, dyad (name x name, name x country, country x organisation) and full-text queries.
Part 2 writes the 10kGNAD test set and en-bbc to JSON Lines in a temporary folder and times
``communique.store.ingest`` against ``Communique.extract_document`` over the same documents,
each with a fresh engine.
Prints Markdown; the figures go into bench/RESULTS.md "## Store".
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from communique.corpora import iter_csv_texts
from communique.store import Store
from communique.store.identity import fold_name
from communique.store.query import EventQuery, query

SYLLABLES = (
    "ka", "ro", "man", "va", "si", "len", "ko", "al", "be", "na", "ri", "to", "mu", "sa", "el",
    "di", "mir", "tan", "zu", "ha", "lo", "ne", "per", "vo", "shi", "ta", "ek", "an", "gu", "li",
)  # fmt: skip
COUNTRIES = tuple(
    a + b + c for a, b, c in zip("ABCDEFGHIJKLMNOPRSTUVWXYZ" * 8, "AEIOUBKLMNRST" * 16,
                                 "NRSDKLMTZEA" * 20, strict=False)
)[:190]  # fmt: skip
ORGS = ("EU", "UN", "OSCE", "NATO", "SCO", "CSTO", "EAEU", "CIS", "OTS", "CICA", "ASEAN", "AU")
KINDS = (("meeting", 0.7), ("call", 0.2), ("conference", 0.1))
STATUSES = (("occurred", 0.8), ("planned", 0.15), ("cancelled", 0.05))
TOPICS = ("diplomatic", "economic", "military", "energy", "migration", "health", "environment")
CAMEO = {"occurred": "040", "planned": "036", "cancelled": "125"}


def word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


def pick(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([k for k, _ in table], [w for _, w in table])[0]


def generate(path: Path, n_events: int, n_actors: int, seed: int = 7) -> dict[str, object]:
    """Fill a new store at ``path``; returns what the queries need (names, codes, words)."""
    rng = random.Random(seed)
    store = Store(path)
    c = store.conn
    c.execute("PRAGMA synchronous = OFF")
    c.execute("PRAGMA cache_size = -400000")
    actors, names = [], []
    for aid in range(1, n_actors + 1):
        first, last = word(rng, 2).capitalize(), word(rng, 3).capitalize()
        full = f"{first} {last}"
        aff = rng.choice(ORGS) if rng.random() < 0.15 else rng.choice(COUNTRIES)
        actors.append(
            (aid, "person", full, f"person:{fold_name(last)}:{first[0].lower()}:{aid}", aff)
        )
        spellings = {full, last, full.replace("v", "w").replace("V", "W")}
        names += [(aid, s, fold_name(s)) for s in spellings]
    # popularity: a few actors (ministers) take part in very many events
    weights = list(itertools.accumulate(1.0 / (i + 1) ** 0.8 for i in range(n_actors)))
    vocab = [word(rng, rng.randint(2, 4)) for _ in range(20_000)]
    vweights = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(vocab))))
    places = [word(rng, 3).capitalize() for _ in range(2_000)]
    t0 = time.perf_counter()
    with store.transaction():
        c.executemany("INSERT INTO actors(id, kind, name, key, affiliation) VALUES (?,?,?,?,?)",
                      actors)  # fmt: skip
        c.executemany(
            "INSERT OR IGNORE INTO actor_names(actor_id, name, folded) VALUES (?,?,?)", names
        )
    start = dt.date(2000, 1, 1).toordinal()
    span = dt.date(2025, 12, 31).toordinal() - start
    batch = 50_000
    for lo in range(0, n_events, batch):
        docs, events, reports, rparts, eparts = [], [], [], [], []
        for eid in range(lo + 1, min(lo + batch, n_events) + 1):
            doc_no = (eid + 1) // 2  # two events per document
            kind, status = pick(rng, KINDS), pick(rng, STATUSES)
            date = dt.date.fromordinal(start + rng.randrange(span)).isoformat()
            people = set(
                rng.choices(range(1, n_actors + 1), cum_weights=weights, k=rng.randint(2, 4))
            )
            place = rng.choice(places)
            topics = json.dumps(["diplomatic", rng.choice(TOPICS)])
            events.append((eid, kind, status, date, date, place, rng.choice(COUNTRIES), topics,
                           CAMEO[status], 1))  # fmt: skip
            doc_id = f"{doc_no:064x}"
            if eid % 2 == 1:
                words = rng.choices(vocab, cum_weights=vweights, k=40)
                words += [actors[p - 1][2] for p in people] + [place]
                rng.shuffle(words)
                text = " ".join(words)
                docs.append((doc_no, doc_id, f"gen:{doc_no}", "en", date, words[0], text, "gen",
                             "{}", "2025-01-01T00:00:00Z"))  # fmt: skip
            local = f"E{2 - eid % 2}"
            reports.append((doc_id, local, kind, status, date, date, place, topics, CAMEO[status],
                            eid))  # fmt: skip
            for p in people:
                rparts.append((doc_id, local, p, "foreign_minister", "Minister", None))
                eparts.append((eid, p))
        with store.transaction():
            c.executemany("INSERT INTO documents(rowid, id, source, language, published, title,"
                          " text, extractor, record, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                          docs)  # fmt: skip
            c.executemany("INSERT INTO events(id, kind, status, date_start, date_end, location,"
                          " country, topics, cameo, n_sources) VALUES (?,?,?,?,?,?,?,?,?,?)",
                          events)  # fmt: skip
            c.executemany("INSERT INTO reports(doc_id, local_id, kind, status, date_start,"
                          " date_end, location, topics, cameo, event_id)"
                          " VALUES (?,?,?,?,?,?,?,?,?,?)", reports)  # fmt: skip
            c.executemany("INSERT INTO report_participants(doc_id, local_id, actor_id, role_class,"
                          " title, affiliation) VALUES (?,?,?,?,?,?)", rparts)  # fmt: skip
            c.executemany("INSERT INTO event_participants VALUES (?,?)", eparts)
        print(f"  {min(lo + batch, n_events):,} events, {time.perf_counter() - t0:,.0f} s",
              file=sys.stderr)  # fmt: skip
    c.execute("ANALYZE")
    store.close()
    return {"seconds": time.perf_counter() - t0}


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def query_latency(path: Path, n: int, seed: int = 11) -> list[tuple[str, list[float], float]]:
    rng = random.Random(seed)
    store = Store(path)
    c = store.conn
    people = c.execute("SELECT id, name, affiliation FROM actors ORDER BY id").fetchall()
    n_actors = len(people)
    weights = list(itertools.accumulate(1.0 / (i + 1) ** 0.8 for i in range(n_actors)))

    def someone() -> tuple[int, str, str]:
        # half the questions about frequent actors, half about anyone
        if rng.random() < 0.5:
            return people[rng.choices(range(n_actors), cum_weights=weights)[0]]  # type: ignore[no-any-return]
        return people[rng.randrange(n_actors)]  # type: ignore[no-any-return]

    c.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, documents_fts, row)"
    )
    n_docs = int(c.execute("SELECT count(*) FROM documents").fetchone()[0])
    terms = c.execute("SELECT term, doc FROM temp.vocab WHERE term GLOB '[a-z]*'").fetchall()
    frequent = [t for t, d in terms if d > n_docs / 10]  # in more than 10% of the documents
    medium = [t for t, d in terms if n_docs / 1000 < d <= n_docs / 10]
    rare = [t for t, d in terms if d <= n_docs / 1000]
    cases: dict[str, Callable[[], EventQuery]] = {
        "actor, surname": lambda: EventQuery(actors=(someone()[1].split()[-1].lower(),)),
        "actor, full name respelled v->w": lambda: EventQuery(
            actors=(someone()[1].replace("v", "w"),)),
        "actor + date range": lambda: EventQuery(
            actors=(someone()[1],), date_from="2015-01-01", date_to="2019-12-31"),
        "dyad name x name": lambda: EventQuery(dyad=(someone()[1], someone()[1])),
        "dyad name x country": lambda: EventQuery(dyad=(someone()[1], someone()[2])),
        "dyad country x org": lambda: EventQuery(dyad=(rng.choice(COUNTRIES), rng.choice(ORGS))),
        "full text, word in >10% of docs": lambda: EventQuery(text=rng.choice(frequent)),
        "full text, word in 0.1-10% of docs": lambda: EventQuery(text=rng.choice(medium)),
        "full text, word in <0.1% of docs": lambda: EventQuery(text=rng.choice(rare)),
        "full text, a person's name": lambda: EventQuery(text=someone()[1]),
        "full text (0.1-10%) + status planned": lambda: EventQuery(
            text=rng.choice(medium), status="planned"),
    }  # fmt: skip
    print(f"vocabulary: {len(frequent)} frequent, {len(medium)} medium, {len(rare)} rare terms",
          file=sys.stderr)  # fmt: skip
    out = []
    for name, make in cases.items():
        queries = [make() for _ in range(n)]
        query(store, queries[0])  # warm the page cache for this access path
        hits: list[int] = []
        times = []
        for q in queries:
            t0 = time.perf_counter()
            hits.append(len(query(store, q)))
            times.append((time.perf_counter() - t0) * 1000)
        out.append((name, times, statistics.mean(hits)))
    store.close()
    return out


def corpus_docs(corpora: Path, limit: int | None) -> Iterator[tuple[str, str, list[str]]]:
    gnad = corpora / "de-10kgnad" / "test.csv"
    if gnad.is_file():
        yield "de-10kgnad/test.csv", "de", list(iter_csv_texts(gnad))[:limit]
    bbc = corpora / "en-bbc"
    if bbc.is_dir():
        paths = sorted(bbc.glob("*/*.txt"))[:limit]
        yield "en-bbc", "en", [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def ingest_throughput(corpora: Path, limit: int | None) -> list[tuple[str, int, float, float]]:
    from communique.pipeline import Communique
    from communique.record import Document
    from communique.store.ingest import ingest

    rows = []
    for name, lang, texts in corpus_docs(corpora, limit):
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "docs.jsonl"
            with src.open("w", encoding="utf-8") as fh:
                for i, text in enumerate(texts):
                    fh.write(json.dumps({"id": f"{name}:{i}", "text": text, "language": lang},
                                        ensure_ascii=False) + "\n")  # fmt: skip
            plain = []
            for _ in range(2):  # fresh engine each time; keep the faster run
                engine = Communique()
                engine.extract("Warm-up.", lang=lang)
                docs = [Document(text=t, source=f"{name}:{i}", language=lang)
                        for i, t in enumerate(texts)]  # fmt: skip
                plain.append(timed(lambda: [engine.extract_document(d) for d in docs]))  # noqa: B023
            engine = Communique()
            engine.extract("Warm-up.", lang=lang)
            with Store(Path(tmp) / "store.db") as st:
                ms = timed(lambda: ingest(st, [str(src)], engine))  # noqa: B023
            rows.append(
                (name, len(texts), len(texts) / (min(plain) / 1000), len(texts) / (ms / 1000))
            )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--actors", type=int, default=20_000)
    ap.add_argument("--db", type=Path, default=None, help="reuse (or create) this store")
    ap.add_argument("--queries", type=int, default=60)
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--limit", type=int, default=None, help="documents per corpus for ingest")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--skip-queries", action="store_true")
    args = ap.parse_args()
    if not args.skip_queries:
        tmp = tempfile.TemporaryDirectory()
        db = args.db or Path(tmp.name) / "bench.db"
        if not db.exists():
            print(f"generating {args.events:,} events into {db}", file=sys.stderr)
            gen = generate(db, args.events, args.actors)
            print(f"generated in {gen['seconds']:,.0f} s; file {db.stat().st_size / 1e9:.2f} GB")
        with Store(db) as st:
            counts = st.counts()
        print(
            f"\nstore: {counts['events']:,} events, {counts['documents']:,} documents, "
            f"{counts['actors']:,} actors, {counts['event_participants']:,} participations\n"
        )
        print("| query | n | median ms | p95 ms | mean hits |")
        print("|---|---:|---:|---:|---:|")
        for name, times, hits in query_latency(db, args.queries):
            print(f"| {name} | {len(times)} | {statistics.median(times):.1f} | "
                  f"{percentile(times, 95):.1f} | {hits:.0f} |")  # fmt: skip
        tmp.cleanup()
    if not args.skip_ingest:
        if not args.corpora.is_dir():
            print(f"no corpora under {args.corpora}", file=sys.stderr)
            return 2
        print("\n| corpus | docs | plain extraction docs/s | ingest docs/s | ratio |")
        print("|---|---:|---:|---:|---:|")
        for name, n, plain, ing in ingest_throughput(args.corpora, args.limit):
            print(f"| {name} | {n} | {plain:.1f} | {ing:.1f} | {ing / plain:.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
