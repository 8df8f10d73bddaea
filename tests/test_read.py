"""The store's read API (``communique.store.read``, methods of ``Store``) over a real store.

Six short releases are ingested with the real pipeline: one meeting reported in English and
German (one merged event, two sources), a planned meeting and the report of it held, a later
meeting and a phone call. Roman Vassilenko is deputy foreign minister in February and foreign
minister from May; he shares three events with Annalena Baerbock and two with Kaja Kallas.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.errors import StoreError
from communique.pipeline import Communique
from communique.store import Store
from communique.store.ingest import ingest
from communique.store.query import EventQuery, QueryError
from communique.store.read import Event, NotFoundError

DOCS = (
    ("mfa/en/feb-brussels", "en", "2025-02-15",
     "Astana, 15 February 2025\n\nDeputy Foreign Minister of Kazakhstan Roman Vassilenko met EU "
     "High Representative Kaja Kallas in Brussels on 14 February 2025. They discussed trade and "
     "transport.\n"),
    ("mfa/de/feb-bruessel", "de", "2025-02-14",
     "Astana, 14. Februar 2025\n\nDer stellvertretende Außenminister Kasachstans Roman Wassilenko "
     "traf sich am 14. Februar 2025 in Brüssel mit der Hohen Vertreterin der EU Kaja Kallas. "
     "Besprochen wurden Handel und Verkehr.\n"),
    ("mfa/en/may-announcement", "en", "2025-05-20",
     "Astana, 20 May 2025\n\nForeign Minister of Kazakhstan Roman Vassilenko will meet German "
     "Foreign Minister Annalena Baerbock in Berlin next week.\n"),
    ("agentur/may-berlin", "de", "2025-05-28",
     "Berlin, 28. Mai 2025\n\nDer Außenminister Kasachstans Roman Wassilenko traf sich am 27. Mai "
     "2025 in Berlin mit der deutschen Außenministerin Annalena Baerbock. Die Minister sprachen "
     "über Rohstoffe.\n"),
    ("mfa/en/sep-astana", "en", "2025-09-02",
     "Astana, 2 September 2025\n\nForeign Minister of Kazakhstan Roman Vassilenko received EU High "
     "Representative Kaja Kallas in Astana on 1 September 2025.\n"),
    ("mfa/en/oct-call", "en", "2025-10-11",
     "Astana, 11 October 2025\n\nGerman Foreign Minister Annalena Baerbock held a phone call with "
     "Foreign Minister of Kazakhstan Roman Vassilenko on 10 October 2025.\n"),
)  # fmt: skip
SOURCES = [d[0] for d in DOCS]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, engine: Communique) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("read")
    src = folder / "docs.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for source, lang, published, text in DOCS:
            item = {"source": source, "language": lang, "published": published, "text": text}
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    with Store(folder / "read.db") as s:
        summary = ingest(s, [str(src)], engine)
        assert summary.new == len(DOCS) and summary.failed == 0
        yield s


def _on(store: Store, date: str) -> Event:
    """The one merged event that took place on ``date``."""
    rows = store.events(EventQuery(date_from=date, date_to=date, status="occurred"))
    assert len(rows) == 1, rows
    return store.event(rows[0].id)


def test_event_has_participants_sources_reasons_and_evidence(store: Store) -> None:
    ev = _on(store, "2025-02-14")
    assert (ev.kind, ev.status, ev.location, ev.country) == (
        "meeting",
        "occurred",
        "Brussels",
        "BEL",
    )
    assert ev.n_sources == 2 and ev.topics[0] == "diplomatic"
    who = {p.name: (p.role_class, p.affiliation) for p in ev.participants}
    assert who == {
        "Roman Vassilenko": ("deputy_foreign_minister", "KAZ"),
        "Kaja Kallas": ("igo_leader", "EU"),
    }
    assert [r.source for r in ev.reports] == SOURCES[:2]  # ingest order
    assert [r.language for r in ev.reports] == ["en", "de"]
    # the reports are grouped in a fixed order (not the ingest order): one opens the event
    first, second = sorted(ev.reports, key=lambda r: r.reason != "first report")
    assert first.reason == "first report"
    assert second.reason.startswith("2 shared participants;")
    assert f"(with {first.doc_id[:12]} {first.local_id})" in second.reason
    for r in ev.reports:
        text = store.document(r.doc_id).record["document"]["text"]
        assert r.evidence_start is not None and r.evidence_end is not None
        assert r.evidence == text[r.evidence_start : r.evidence_end]
        assert "Kallas" in (r.evidence or "")


def test_planned_event_and_the_held_one_point_at_each_other(store: Store) -> None:
    held = _on(store, "2025-05-27")
    assert held.planned_event_id is not None and held.location == "Berlin"
    planned = store.event(held.planned_event_id)
    assert planned.status == "planned" and planned.held_event_ids == (held.id,)
    assert [r.source for r in planned.reports] == ["mfa/en/may-announcement"]
    assert held.held_event_ids == ()


def test_explain_gives_the_event_reports(store: Store) -> None:
    ev = _on(store, "2025-02-14")
    assert store.explain(ev.id) == ev.reports


@pytest.mark.parametrize(
    ("read", "message"),
    [
        (lambda s: s.event(999), "no event 999"),
        (lambda s: s.explain(999), "no event 999"),
        (lambda s: s.participants(999), "no event 999"),
        (lambda s: s.actor(999), "no actor 999"),
        (lambda s: s.document("0" * 64), f"no document {'0' * 64}"),
    ],
)
def test_absent_ids_raise_not_found(
    store: Store, read: Callable[[Store], object], message: str
) -> None:
    with pytest.raises(NotFoundError, match=message) as info:
        read(store)
    assert isinstance(info.value, StoreError) and str(store.path) in str(info.value)


def test_participants_of_an_event_and_of_a_query(store: Store) -> None:
    ev = _on(store, "2025-10-10")
    assert ev.kind == "call"
    rows = store.participants(ev.id)
    assert {(p.event_id, p.name, p.role_class) for p in rows} == {
        (ev.id, "Roman Vassilenko", "foreign_minister"),
        (ev.id, "Annalena Baerbock", "foreign_minister"),
    }
    people = store.participants(EventQuery(actors=("Baerbock",), status="occurred"))
    dates = {p.event_id: store.event(p.event_id).date_start for p in people}
    order = dict.fromkeys(p.event_id for p in people)
    assert [dates[e] for e in order] == ["2025-10-10", "2025-05-27"]  # newest event first
    assert len(people) == 4 and {p.name for p in people} == {
        "Roman Vassilenko",
        "Annalena Baerbock",
    }
    assert store.participants(EventQuery(actors=("Nobodyatall",))) == []


def test_documents_page_through_the_store(store: Store) -> None:
    first = store.documents(limit=4)
    assert first.total == len(DOCS) and first.offset == 0 and first.next_offset == 4
    assert [d.source for d in first.documents] == SOURCES[:4]
    assert [d.n_events for d in first.documents] == [1, 1, 1, 1]
    assert first.documents[1].language == "de" and first.documents[1].published == "2025-02-14"
    rest = store.documents(limit=4, offset=first.next_offset or 0)
    assert [d.source for d in rest.documents] == SOURCES[4:] and rest.next_offset is None
    beyond = store.documents(offset=100)
    assert beyond.documents == () and beyond.total == len(DOCS) and beyond.next_offset is None
    for bad in ({"limit": 0}, {"offset": -1}, {"limit": 10**6}):
        with pytest.raises(QueryError):
            store.documents(**bad)


def test_one_document_with_its_record(store: Store) -> None:
    summary = store.documents(limit=1).documents[0]
    doc = store.document(summary.id)
    assert (doc.source, doc.language, doc.n_events) == ("mfa/en/feb-brussels", "en", 1)
    assert doc.extractor.startswith("communique ")
    assert doc.record["schema"] == "communique.record/1"
    assert doc.record["document"]["id"] == summary.id
    assert [e["kind"] for e in doc.record["events"]] == ["meeting"]


def test_actor_has_spellings_roles_over_time_counterparts_and_events(store: Store) -> None:
    actor_id = store.participants(_on(store, "2025-02-14").id)[0].actor_id
    actor = store.actor(actor_id)
    assert (actor.name, actor.kind, actor.key) == (
        "Roman Vassilenko",
        "person",
        "person:vasilenko:r",
    )
    assert set(actor.spellings) == {"Roman Vassilenko", "Roman Wassilenko"}
    deputy, minister = actor.roles  # in the order first seen
    assert (deputy.role_class, deputy.affiliation) == ("deputy_foreign_minister", "KAZ")
    assert (deputy.first_seen, deputy.last_seen, deputy.n_reports) == (
        "2025-02-14",
        "2025-02-14",
        2,
    )
    assert set(deputy.titles) == {"Deputy Foreign Minister", "stellvertretende Außenminister"}
    assert minister.role_class == "foreign_minister"
    # the announcement attests the role on its publication day; reports at the event's date
    assert (minister.first_seen, minister.last_seen, minister.n_reports) == (
        "2025-05-20",
        "2025-10-10",
        4,
    )
    assert [(c.name, c.shared_events) for c in actor.counterparts] == [
        ("Annalena Baerbock", 3),
        ("Kaja Kallas", 2),
    ]
    assert actor.n_events == 5
    assert [e.date_start for e in actor.events] == [
        "2025-10-10", "2025-09-01", "2025-05-27", "2025-05-26", "2025-02-14",
    ]  # fmt: skip
    assert [e.status for e in actor.events].count("planned") == 1
    short = store.actor(actor_id, limit=1)
    assert len(short.events) == 1 and len(short.counterparts) == 1 and short.n_events == 5
    assert short.counterparts[0].name == "Annalena Baerbock"
    with pytest.raises(QueryError):
        store.actor(actor_id, limit=0)


def test_cli_explain_prints_the_event_and_its_sources(store: Store) -> None:
    ev = _on(store, "2025-02-14")
    res = CliRunner().invoke(main, ["explain", str(ev.id), "--db", str(store.path)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0] == f"event {ev.id}: meeting occurred 2025-02-14 Brussels"
    assert lines[1] == "participants: Roman Vassilenko, Kaja Kallas"
    assert lines[2] == "2 source report(s):"
    assert lines[3].startswith(f"  mfa/en/feb-brussels E1 [{ev.reports[0].doc_id[:12]}]: ")
    assert lines[4].startswith(f"  mfa/de/feb-bruessel E1 [{ev.reports[1].doc_id[:12]}]: ")
    reasons = sorted(line.split("]: ", 1)[1] for line in lines[3:5])
    assert reasons[0].startswith("2 shared participants") and reasons[1] == "first report"
    held = _on(store, "2025-05-27")
    res = CliRunner().invoke(main, ["explain", str(held.id), "--db", str(store.path)])
    assert f"announced as planned event {held.planned_event_id}" in res.output.splitlines()
    res = CliRunner().invoke(main, ["explain", "999", "--db", str(store.path)])
    assert res.exit_code == 1 and res.output.strip() == f"Error: {store.path}: no event 999"


def test_cli_explain_without_a_database(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["explain", "1", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1 and "no such database" in res.output
    assert not (tmp_path / "none.db").exists()


def test_an_actor_in_most_events_lists_them_in_the_same_order(store: Store) -> None:
    """An actor in most of the store's events has them read newest first through the date
    index (no sort of all of them): the list is the same as by the join, at any limit."""
    from communique.store.read import _ACTOR_EVENTS

    (last,) = store.conn.execute("SELECT max(id) FROM events").fetchone()
    frequent = 0
    for (aid,) in store.conn.execute("SELECT id FROM actors").fetchall():
        for limit in (1, 2, 100):
            profile = store.actor(aid, limit=limit)
            joined = [r[0] for r in store.conn.execute(_ACTOR_EVENTS, (aid, limit))]
            assert [e.id for e in profile.events] == joined
            frequent += profile.n_events**2 > limit * last
    assert frequent, "no actor took the date-index path"


def test_titles_read_in_their_base_form(store: Store) -> None:
    """The German report's "der Hohen Vertreterin" is read as "Hohe Vertreterin" (the record's
    ``role.base``), so the title compares across reports; the record keeps the text's form."""
    kallas = next(
        p for p in store.participants(EventQuery(actors=("Kallas",), limit=100))
        if p.name == "Kaja Kallas"
    )  # fmt: skip
    profile = store.actor(kallas.actor_id)
    titles = {t for r in profile.roles for t in r.titles}
    assert "Hohe Vertreterin" in titles and "Hohen Vertreterin" not in titles
    doc = next(
        store.document(d.id) for d in store.documents().documents if d.language == "de"
        and "Hohen Vertreterin" in store.document(d.id).text
    )  # fmt: skip
    roles = [a["role"] for a in doc.record["actors"] if a["name"] == "Kaja Kallas"]
    assert roles and roles[0]["title"] == "Hohen Vertreterin"


def test_a_store_before_title_bases_reads_its_titles_as_written(
    tmp_path: Path, engine: Communique
) -> None:
    """Rows stored before migration 0007 have no base form: reads fall back to the title as
    the text wrote it."""
    from communique.store.database import MIGRATIONS

    names = [mig.name for mig in MIGRATIONS]
    db = tmp_path / "old.db"
    with Store(db, migrations=MIGRATIONS[: names.index("0007_report_title_bases")]):
        pass  # a store of 0001-0006
    src = tmp_path / "docs.jsonl"
    source, lang, published, text = DOCS[1]  # the German report
    src.write_text(json.dumps({"source": source, "language": lang, "published": published,
                               "text": text}) + "\n", encoding="utf-8")  # fmt: skip
    with Store(db) as upgraded:
        assert "0007_report_title_bases" in upgraded.applied_migrations()
        ingest(upgraded, [str(src)], engine)
        upgraded.conn.execute("UPDATE report_participants SET title_base = NULL")
        titles = {p.title for p in upgraded.participants(EventQuery(limit=10))}
    assert "Hohen Vertreterin" in titles
