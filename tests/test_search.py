"""Query plans against a brute-force answer, and ``report_docs`` (document rowid -> report ->
event, the full-text filter's path to events) kept in step with reports and documents.

A small random store (documents of a few words, events with full, partial and unknown dates,
several reports per event and per document) is queried with random filters; every plan the
planner can choose (candidates of each filter, the newest-first scan with the text filter read
once or probed per event, and the plan the cost model picks) must give the brute-force answer:
the events matching every filter, newest first (NULL dates last, then by id), ``limit`` kept.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from communique.store import Store, merging
from communique.store import plan as plan_module
from communique.store.database import MIGRATIONS
from communique.store.identity import fold_name
from communique.store.query import EventQuery, event_ids

WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa")
PEOPLE = ("Anna Berg", "Boris Lind", "Carla Moss", "Dmitri Holm", "Eva Strand", "Fritz Dahl")
STATES = ("DEU", "FRA", "KAZ")


def _date(rng: random.Random) -> str | None:
    r = rng.random()
    if r < 0.1:
        return None
    year = rng.choice((2023, 2024, 2025))
    if r < 0.2:
        return str(year)
    if r < 0.3:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def build_random_store(path: Path, seed: int = 3, n_events: int = 120) -> Store:
    """Events written row by row (no extraction, no merging) with one to three reports each;
    a document holds reports of up to three events, now and then two of the same event."""
    rng = random.Random(seed)
    store = Store(path)
    with store.transaction() as c:
        for aid, name in enumerate(PEOPLE, 1):
            c.execute(
                "INSERT INTO actors(id, kind, name, key, affiliation)"
                " VALUES (?, 'person', ?, ?, ?)",
                (aid, name, f"person:{fold_name(name.split()[1])}:{name[0].lower()}",
                 STATES[aid % 3]),
            )  # fmt: skip
            for spelling in (name, name.split()[1]):
                c.execute(
                    "INSERT INTO actor_names(actor_id, name, folded) VALUES (?, ?, ?)",
                    (aid, spelling, fold_name(spelling)),
                )
        n_docs = n_events // 2
        for d in range(1, n_docs + 1):
            text = " ".join(rng.choices(WORDS, weights=range(len(WORDS), 0, -1), k=4))
            c.execute(
                "INSERT INTO documents(id, title, text, extractor, record, ingested_at)"
                " VALUES (?, ?, ?, 'test', '{}', '2025-01-01T00:00:00Z')",
                (f"doc{d:04d}", f"title {d}", text),
            )
        for eid in range(1, n_events + 1):
            start, kind = _date(rng), rng.choice(("meeting", "call"))
            status = rng.choice(("occurred", "occurred", "planned"))
            c.execute(
                "INSERT INTO events(id, kind, status, date_start, date_end, topics, n_sources)"
                " VALUES (?, ?, ?, ?, ?, ?, 1)",
                (eid, kind, status, start, start, json.dumps(["diplomatic"])),
            )
            who = rng.sample(range(1, len(PEOPLE) + 1), rng.choice((1, 2, 3)))
            for aid in who:
                c.execute("INSERT INTO event_participants VALUES (?, ?)", (eid, aid))
            for k in range(rng.choice((1, 1, 2, 3))):
                doc, local = f"doc{rng.randint(1, n_docs):04d}", f"E{eid}-{k}"
                c.execute(
                    "INSERT INTO reports(doc_id, local_id, kind, status, date_start, date_end,"
                    " event_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (doc, local, kind, status, start, start, eid),
                )
                for aid in who:  # what merging.rebuild regroups by
                    c.execute(
                        "INSERT INTO report_participants(doc_id, local_id, actor_id)"
                        " VALUES (?, ?, ?)",
                        (doc, local, aid),
                    )
    return store


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_random_store(tmp_path / "r.db")
    yield s
    s.close()


def brute_force(conn: sqlite3.Connection, q: EventQuery) -> list[int]:
    """The answer from plain reads and Python: no planner, no ``report_docs``."""
    events = conn.execute("SELECT id, kind, status, date_start, date_end FROM events").fetchall()
    people: dict[int, set[int]] = {}
    for eid, aid in conn.execute("SELECT event_id, actor_id FROM event_participants"):
        people.setdefault(eid, set()).add(aid)
    affiliation = dict(conn.execute("SELECT id, affiliation FROM actors").fetchall())

    def side(name: str) -> set[int]:
        sql, params = plan_module.side_sql(name)
        return {r[0] for r in conn.execute(sql, params)}

    text_events: set[int] | None = None
    if q.text is not None:
        docs = {
            r[0]
            for r in conn.execute(
                "SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid"
                " WHERE documents_fts MATCH ?",
                (q.text,),
            )
        }
        text_events = {
            r[1] for r in conn.execute("SELECT doc_id, event_id FROM reports") if r[0] in docs
        }
    out = []
    for eid, kind, status, start, end in events:
        who = people.get(eid, set())
        if any(not who & side(a) for a in q.actors):
            continue
        if q.country and not any(affiliation[a] == q.country for a in who):
            continue
        if q.dyad:
            a_ids, b_ids = side(q.dyad[0]), side(q.dyad[1])
            if not any(a != b for a in who & a_ids for b in who & b_ids):
                continue
        if (q.kind and kind != q.kind) or (q.status and status != q.status):
            continue
        if q.date_from and (start is None or (end or start) + "~" < q.date_from):
            continue
        if q.date_to and (start is None or start > q.date_to + "~"):
            continue
        if text_events is not None and eid not in text_events:
            continue
        out.append((start, eid))
    dated = sorted((x for x in out if x[0] is not None), reverse=True)
    undated = sorted((x for x in out if x[0] is None), key=lambda x: -x[1])
    ids = [eid for _, eid in dated + undated]
    return ids[: q.limit] if q.limit is not None else ids


def random_query(rng: random.Random) -> EventQuery:
    kw: dict[str, Any] = {"limit": rng.choice((1, 5, 20, 100, None))}
    if rng.random() < 0.8:
        words = rng.sample(WORDS, rng.choice((1, 1, 2)))
        kw["text"] = " OR ".join(words) if rng.random() < 0.3 else " ".join(words)
        if rng.random() < 0.2:
            kw["text"] = words[0][:3] + "*"  # a prefix query: read once, never probed
    if rng.random() < 0.4:
        kw["actors"] = (rng.choice(PEOPLE).split()[rng.randint(0, 1)],)
    if rng.random() < 0.2:
        kw["country"] = rng.choice(STATES)
    if rng.random() < 0.2:
        kw["dyad"] = (rng.choice(PEOPLE), rng.choice(STATES))
    if rng.random() < 0.3:
        kw["status"] = rng.choice(("occurred", "planned"))
    if rng.random() < 0.2:
        kw["kind"] = "call"
    if rng.random() < 0.3:
        kw["date_from"], kw["date_to"] = sorted(rng.sample(("2023-06", "2024", "2025-03-01"), 2))
    return EventQuery(**kw)


def forced_plans(n_filters: int) -> list[Any]:
    """A stand-in ``_lead`` for every plan: each filter's candidates, and the scan with the
    text check read once (size 0) or probed per event (size 1e9)."""
    plans: list[Any] = [
        (lambda conn, fs, limit, i=i: (i, [1.0] * len(fs), [1.0] * len(fs)))
        for i in range(n_filters)
    ]
    for size in (0.0, 1e9):
        plans.append(lambda conn, fs, limit, n=size: (None, [n] * len(fs), [1.0] * len(fs)))
    return plans


@pytest.mark.parametrize("seed", range(6))
def test_every_plan_gives_the_brute_force_answer(
    store: Store, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    rng = random.Random(seed)
    real_lead = plan_module._lead
    for _ in range(25):
        q = random_query(rng)
        expected = brute_force(store.conn, q)
        assert event_ids(store, q) == expected, q
        n_filters = len(plan_module._set_filters(q, q.text))
        for lead in forced_plans(n_filters):
            monkeypatch.setattr(plan_module, "_lead", lead)
            assert event_ids(store, q) == expected, q
        monkeypatch.setattr(plan_module, "_lead", real_lead)
        # the cost model proper (small stores otherwise stop at the DENSE shortcut)
        monkeypatch.setattr(plan_module, "DENSE", 0)
        assert event_ids(store, q) == expected, q
        monkeypatch.setattr(plan_module, "DENSE", 8000)


def test_the_text_filter_reads_the_match_list_once(store: Store) -> None:
    """The set check must stay a top-level term: inside a correlated subquery SQLite reruns
    the full-text query for every event read (the cause of 2-3 s queries on 10^6 events)."""
    q = EventQuery(text="alpha", status="planned")
    sql, params = plan_module.plan(store.conn, q, q.text)
    steps = [r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    assert not any("CORRELATED" in s for s in steps), steps


def test_prefix_queries_are_never_probed(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A per-event FTS5 lookup of a prefix query merges every matching word's list each
    time (4 ms a lookup on 10^6 events): even where probing looks cheaper, the list is read
    once."""
    q = EventQuery(text="gam*")
    expected = brute_force(store.conn, q)
    assert expected
    monkeypatch.setattr(plan_module, "_lead", lambda conn, fs, limit: (None, [1e9], [1.0]))
    sql, _ = plan_module.plan(store.conn, q, q.text)
    assert "JOIN documents_fts" not in sql and "+e.id IN" in sql
    assert event_ids(store, q) == expected
    word = EventQuery(text="gamma")
    assert "JOIN documents_fts" in plan_module.plan(store.conn, word, word.text)[0]


def report_docs_in_step(conn: sqlite3.Connection) -> None:
    expected = conn.execute(
        "SELECT d.rowid, r.local_id, r.event_id FROM reports r JOIN documents d ON d.id = r.doc_id"
        " ORDER BY 1, 2"
    ).fetchall()
    assert conn.execute("SELECT * FROM report_docs ORDER BY 1, 2").fetchall() == expected


def test_report_docs_follow_reports_and_documents(store: Store) -> None:
    c = store.conn
    report_docs_in_step(c)
    assert c.execute("SELECT count(*) FROM report_docs").fetchone()[0] > 100
    with store.transaction():
        c.execute("UPDATE reports SET event_id = 1 WHERE event_id = 2")  # merging's absorb
        c.execute("UPDATE reports SET event_id = NULL WHERE event_id = 3")  # rebuild's reset
        c.execute("UPDATE reports SET local_id = 'X1' WHERE event_id = 4")
        c.execute("DELETE FROM reports WHERE event_id = 5")
        c.execute("UPDATE documents SET text = 'omega' WHERE id = 'doc0007'")
        # a report written before its document, then the document
        c.execute("INSERT INTO reports(doc_id, local_id, kind, status, event_id)"
                  " VALUES ('late', 'E1', 'call', 'occurred', 6)")  # fmt: skip
        report_docs_in_step(c)
        c.execute(
            "INSERT INTO documents(id, text, extractor, record, ingested_at)"
            " VALUES ('late', 'omega', 'test', '{}', 'now')"
        )
        c.execute("DELETE FROM documents WHERE id = 'doc0008'")
        c.execute("DELETE FROM reports WHERE doc_id = 'doc0008'")
    report_docs_in_step(c)
    assert 6 in event_ids(store, EventQuery(text="omega"))


def test_report_docs_follow_merging(tmp_path: Path) -> None:
    """Merging moves reports between events (absorb), resets and replays them (rebuild)."""
    with build_random_store(tmp_path / "m.db") as store:
        before = store.counts()["events"]
        with store.transaction():
            merging.rebuild(store)  # regroups by participants, dates and places
        assert store.counts()["events"] < before  # reports of several events were merged
        report_docs_in_step(store.conn)
        rng = random.Random(5)
        for _ in range(20):
            q = random_query(rng)
            assert event_ids(store, q) == brute_force(store.conn, q), q


def test_migration_fills_report_docs_of_an_existing_store(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    names = [m.name for m in MIGRATIONS]
    before = list(MIGRATIONS[: names.index("0005_report_docs")])  # a store of 0001-0004
    with Store(db, migrations=tuple(before)) as old, old.transaction() as c:
        c.execute(
            "INSERT INTO documents(id, text, extractor, record, ingested_at)"
            " VALUES ('d1', 'alpha beta', 'test', '{}', 'now')"
        )
        c.execute("INSERT INTO events(id, kind, status, n_sources) VALUES (1, 'call', 'x', 1)")
        c.execute("INSERT INTO reports(doc_id, local_id, kind, status, event_id)"
                  " VALUES ('d1', 'E1', 'call', 'x', 1)")  # fmt: skip
    with Store(db) as store:
        report_docs_in_step(store.conn)
        assert event_ids(store, EventQuery(text="beta")) == [1]
