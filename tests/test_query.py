"""``communique query``: filters over merged events of a store (``communique.store.query``).

The store is written row by row with SQL following docs/store-design.md: seven merged events
among six people, a state and an organisation; documents in German and English with different
spellings of the same names (Wassilenko, Vassilenko, Василенко). Writing rows directly tests
query and export independently of extraction and merging quality; ``test_export`` imports
``build_store`` from here and also checks a store filled by ``communique.store.ingest``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.record import Document, Record
from communique.store import Store
from communique.store import plan as plan_module
from communique.store.identity import fold_name
from communique.store.query import EventQuery, QueryError, query

# id, kind, name, key, affiliation, spellings
ACTORS: tuple[tuple[int, str, str, str, str | None, tuple[str, ...]], ...] = (
    (1, "person", "Roman Vassilenko", "person:vasilenko:r", "KAZ",
     ("Roman Vassilenko", "Vassilenko", "Roman Wassilenko", "Wassilenko", "Роман Василенко")),
    (2, "person", "Kaja Kallas", "person:kallas:k", "EU", ("Kaja Kallas", "Kallas")),
    (3, "person", "Annalena Baerbock", "person:baerbock:a", "DEU",
     ("Annalena Baerbock", "Baerbock")),
    (4, "state", "Kazakhstan", "state:KAZ", "KAZ", ("Kasachstan", "Kazakhstan")),
    (5, "person", "Olof Skoog", "person:skoog:o", "EU", ("Olof Skoog", "Skoog")),
    (6, "person", "Jean-Noël Barrot", "person:barrot:j", "FRA", ("Jean-Noël Barrot", "Barrot")),
    (7, "person", "Feridun Sinirlioğlu", "person:sinirlioglu:f", "OSCE",
     ("Feridun Sinirlioğlu", "Sinirlioglu")),
)  # fmt: skip

DOCS: tuple[tuple[str, str, str, str, str], ...] = (
    # key, language, published, title, text
    ("a", "de", "2025-02-14", "Wassilenko trifft Kallas in Brüssel",
     "Der stellvertretende Außenminister Roman Wassilenko traf am 14. Februar in Brüssel die "
     "Hohe Vertreterin Kaja Kallas. Besprochen wurden Handel und Verkehrswege."),
    ("b", "en", "2025-02-15", "Vassilenko meets Kallas",
     "Deputy Foreign Minister Roman Vassilenko met High Representative Kaja Kallas in Brussels on "
     "14 February to discuss trade and transport corridors."),
    ("c", "de", "2025-03-03", "Telefonat Baerbock Barrot",
     "Außenministerin Annalena Baerbock telefonierte mit ihrem französischen Amtskollegen "
     "Jean-Noël Barrot über die Lage in der Ukraine."),
    ("d", "en", "2025-05-20", "Skoog to visit Astana",
     "EU Special Representative Olof Skoog will visit Astana in June for talks with Foreign "
     "Minister Roman Vassilenko."),
    ("e", "en", "2025-06-12", "Skoog in Astana",
     "EU Special Representative Olof Skoog was received in Astana by Foreign Minister Roman "
     "Vassilenko on 12 June."),
    ("f", "de", "2024-11-21", "OSZE-Ministerrat in Wien",
     "Am OSZE-Ministerrat in Wien nahmen Roman Wassilenko, Annalena Baerbock und "
     "Generalsekretär Feridun Sinirlioğlu teil. Im Mittelpunkt standen Sicherheitsfragen."),
    ("g", "en", "2025-01-10", "Kallas and Baerbock",
     "Kaja Kallas met Annalena Baerbock at some point, an aide said."),
    ("h", "de", "2025-09-02", "Kallas in Astana",
     "Kaja Kallas traf in Astana den Außenminister Roman Wassilenko."),
)  # fmt: skip

# id, kind, status, start, end, location, country, lat, lon, topics, cameo, planned
EVENTS: tuple[tuple[Any, ...], ...] = (
    (1, "meeting", "occurred", "2025-02-14", "2025-02-14", "Brüssel", "BEL", 50.85, 4.35,
     ["diplomatic", "economic"], "044", None),
    (2, "call", "occurred", "2025-03-03", "2025-03-03", None, None, None, None,
     ["diplomatic"], "041", None),
    (3, "meeting", "planned", "2025-06", "2025-06", "Astana", "KAZ", 51.17, 71.45,
     ["diplomatic"], "036", None),
    (4, "meeting", "occurred", "2025-06-12", "2025-06-12", "Astana", "KAZ", 51.17, 71.45,
     ["diplomatic"], "042", 3),
    (5, "conference", "occurred", "2024-11-20", "2024-11-21", "Wien", "AUT", 48.21, 16.37,
     ["diplomatic", "military"], "040", None),
    (6, "meeting", "occurred", None, None, None, None, None, None, ["diplomatic"], "040", None),
    (7, "meeting", "occurred", "2025-09-01", "2025-09-01", "Astana", "KAZ", 51.17, 71.45,
     ["diplomatic"], "042", None),
)  # fmt: skip

# doc key, local id, event id, mode, participants (actor id, role_class, title)
REPORTS: tuple[tuple[str, str, int, str | None, tuple[tuple[int, str, str], ...]], ...] = (
    ("a", "E1", 1, "third-party",
     ((1, "deputy_foreign_minister", "stellvertretende Außenminister"),
      (2, "igo_leader", "Hohe Vertreterin"))),
    ("b", "E1", 1, "third-party",
     ((1, "deputy_foreign_minister", "Deputy Foreign Minister"),
      (2, "igo_leader", "High Representative"))),
    ("c", "E1", 2, "phone",
     ((3, "foreign_minister", "Außenministerin"), (6, "foreign_minister", "Amtskollegen"))),
    ("d", "E1", 3, None,
     ((5, "special_representative", "Special Representative"),
      (1, "foreign_minister", "Foreign Minister"))),
    ("e", "E1", 4, "visit",
     ((5, "special_representative", "Special Representative"),
      (1, "foreign_minister", "Foreign Minister"))),
    ("f", "E1", 5, "multilateral",
     ((1, "deputy_foreign_minister", "stellvertretende Außenminister"),
      (3, "foreign_minister", "Außenministerin"), (7, "igo_leader", "Generalsekretär"))),
    ("g", "E1", 6, None, ((2, "igo_leader", "High Representative"), (3, "other", "aide"))),
    ("h", "E1", 7, "visit",
     ((2, "igo_leader", "High Representative"), (1, "foreign_minister", "Außenminister"))),
)  # fmt: skip


def doc_id(key: str) -> str:
    return Document(text=next(d[4] for d in DOCS if d[0] == key)).id


def build_store(path: Path) -> Store:
    """A store at ``path`` filled with the rows above; the caller closes it."""
    store = Store(path)
    with store.transaction() as c:
        for aid, kind, name, key, aff, spellings in ACTORS:
            c.execute(
                "INSERT INTO actors(id, kind, name, key, affiliation) VALUES (?, ?, ?, ?, ?)",
                (aid, kind, name, key, aff),
            )
            for s in spellings:
                c.execute(
                    "INSERT INTO actor_names(actor_id, name, folded) VALUES (?, ?, ?)",
                    (aid, s, fold_name(s)),
                )
        for key, lang, published, title, text in DOCS:
            doc = Document(text=text, source=f"test:{key}", language=lang, published=published,
                           title=title)  # fmt: skip
            record = Record(document=doc, extractor="communique test").to_dict()
            c.execute(
                "INSERT INTO documents(id, source, language, published, title, text, extractor,"
                " record, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, doc.source, lang, published, title, text, "communique test",
                 json.dumps(record, ensure_ascii=False), "2025-10-01T00:00:00Z"),
            )  # fmt: skip
        for eid, kind, status, start, end, loc, country, lat, lon, topics, cameo, plan in EVENTS:
            n_sources = sum(1 for r in REPORTS if r[2] == eid)
            c.execute(
                "INSERT INTO events(id, kind, status, date_start, date_end, location, country,"
                " lat, lon, name, topics, cameo, n_sources, planned_event_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
                (eid, kind, status, start, end, loc, country, lat, lon, json.dumps(topics),
                 cameo, n_sources, plan),
            )  # fmt: skip
        for key, local, eid, mode, people in REPORTS:
            ev = next(e for e in EVENTS if e[0] == eid)
            text = next(d[4] for d in DOCS if d[0] == key)
            plover = {"event": {"planned": "AGREE"}.get(ev[2], "CONSULT"), "mode": mode,
                      "contexts": ev[9]}  # fmt: skip
            c.execute(
                "INSERT INTO reports(doc_id, local_id, kind, status, date_start, date_end,"
                " location, country, topics, plover, cameo, evidence_start, evidence_end,"
                " event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id(key), local, ev[1], ev[2], ev[3], ev[4], ev[5], ev[6],
                 json.dumps(ev[9]), json.dumps(plover), ev[10], 0, text.index(".") + 1, eid),
            )  # fmt: skip
            for aid, role, title in people:
                c.execute(
                    "INSERT INTO report_participants(doc_id, local_id, actor_id, role_class,"
                    " title, affiliation) VALUES (?, ?, ?, ?, ?, ?)",
                    (doc_id(key), local, aid, role, title,
                     next(a[4] for a in ACTORS if a[0] == aid)),
                )  # fmt: skip
                c.execute(
                    "INSERT OR IGNORE INTO event_participants(event_id, actor_id) VALUES (?, ?)",
                    (eid, aid),
                )
    return store


# ---------------------------------------------------------------------------------- tests


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_store(tmp_path / "t.db")
    yield s
    s.close()


def ids(store: Store, **kw: Any) -> list[int]:
    return [r.id for r in query(store, EventQuery(**kw))]


@pytest.mark.parametrize(
    "spelling", ["Wassilenko", "Vassilenko", "vassilenko", "Роман Василенко", "Roman Vassilenko"]
)
def test_actor_matches_every_spelling(store: Store, spelling: str) -> None:
    assert sorted(ids(store, actors=(spelling,))) == [1, 3, 4, 5, 7]


def test_actor_folds_diacritics(store: Store) -> None:
    assert ids(store, actors=("Jean-Noel Barrot",)) == [2]
    assert ids(store, actors=("sinirlioglu",)) == [5]
    assert ids(store, actors=("Nobody Atall",)) == []


def test_two_actors_must_both_take_part(store: Store) -> None:
    assert sorted(ids(store, actors=("Vassilenko", "Skoog"))) == [3, 4]


def test_country_and_org(store: Store) -> None:
    assert sorted(ids(store, country="KAZ")) == [1, 3, 4, 5, 7]
    assert sorted(ids(store, country="fra")) == [2]
    assert sorted(ids(store, org="EU")) == [1, 3, 4, 6, 7]
    assert sorted(ids(store, org="OSCE")) == [5]


def test_dyad_sides_are_names_or_codes(store: Store) -> None:
    assert sorted(ids(store, dyad=("KAZ", "EU"))) == [1, 3, 4, 7]
    assert sorted(ids(store, dyad=("Wassilenko", "Baerbock"))) == [5]
    assert sorted(ids(store, dyad=("DEU", "OSCE"))) == [5]
    assert ids(store, dyad=("DEU", "DEU")) == []  # one participant cannot be both sides
    assert ids(store, dyad=("Skoog", "Barrot")) == []


def test_kind_status_topic(store: Store) -> None:
    assert ids(store, kind="call") == [2]
    assert ids(store, status="planned") == [3]
    assert ids(store, topic="military") == [5]
    assert sorted(ids(store, topic="economic", kind="meeting")) == [1]


def test_date_range_overlaps_partial_dates(store: Store) -> None:
    # the planned event is dated to the month only: it overlaps a range inside June
    assert sorted(ids(store, date_from="2025-06-05", date_to="2025-06-30")) == [3, 4]
    assert ids(store, date_to="2024-12") == [5]
    assert ids(store, date_from="2024-11-21", date_to="2024-11-21") == [5]  # multi-day event
    assert sorted(ids(store, date_from="2025")) == [1, 2, 3, 4, 7]  # undated event 6 left out
    assert ids(store, date_from="2025-09-02") == []


def test_full_text_is_diacritics_insensitive(store: Store) -> None:
    assert ids(store, text="Brussel") == [1]
    assert ids(store, text="Brussels") == [1]
    assert sorted(ids(store, text="Astana")) == [3, 4, 7]
    assert ids(store, text="Sicherheitsfragen", actors=("Baerbock",)) == [5]


def test_full_text_syntax_falls_back_to_words(store: Store) -> None:
    assert ids(store, text="Kallas: Brüssel") == [1]
    with pytest.raises(QueryError):
        query(store, EventQuery(text="((( ---"))


def test_newest_first_and_limit(store: Store) -> None:
    assert ids(store) == [7, 4, 3, 2, 1, 5, 6]
    assert ids(store, limit=2) == [7, 4]


def test_rows_carry_participants_roles_and_sources(store: Store) -> None:
    rows = {r.id: r for r in query(store, EventQuery(actors=("Vassilenko",)))}
    role = {e: next(p.role_class for p in rows[e].participants if p.actor_id == 1) for e in rows}
    # the role a person held at each event's date, as that event's reports give it
    assert role[5] == "deputy_foreign_minister"
    assert role[1] == "deputy_foreign_minister"
    assert role[4] == "foreign_minister"
    assert {s.language for s in rows[1].sources} == {"de", "en"}
    assert rows[1].n_sources == 2 == len(rows[1].sources)
    assert rows[4].planned_event_id == 3
    assert rows[1].topics == ("diplomatic", "economic")
    d = rows[4].to_dict()
    assert json.loads(json.dumps(d))["participants"][0]["name"] in {
        "Roman Vassilenko",
        "Olof Skoog",
    }


@pytest.mark.parametrize(
    "kw", [{"date_from": "14.02.2025"}, {"date_to": "2025-2-1"}, {"limit": 0}, {"actors": (" ",)}]
)
def test_malformed_filters_raise(store: Store, kw: dict[str, Any]) -> None:
    with pytest.raises(QueryError):
        query(store, EventQuery(**kw))


def test_cli_query_formats(store: Store) -> None:
    db = str(store.path)
    runner = CliRunner()
    res = runner.invoke(main, ["query", "--db", db, "--dyad", "KAZ", "EU", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert sorted(e["id"] for e in json.loads(res.output)) == [1, 3, 4, 7]
    res = runner.invoke(main, ["query", "--db", db, "--actor", "Wassilenko", "--format", "csv",
                               "--status", "occurred", "--from", "2025"])  # fmt: skip
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert [r["event_id"] for r in rows] == ["7", "4", "1"]
    res = runner.invoke(main, ["query", "--db", db, "--kind", "call"])
    assert (
        res.exit_code == 0 and "Jean-Noël Barrot (FRA)" in res.output and "(1 event)" in res.output
    )


def test_cli_query_errors_are_one_line(tmp_path: Path, store: Store) -> None:
    runner = CliRunner()
    res = runner.invoke(main, ["query", "--db", str(tmp_path / "none.db")])
    assert res.exit_code != 0 and "no such database" in res.output
    assert not (tmp_path / "none.db").exists()
    res = runner.invoke(main, ["query", "--db", str(store.path), "--from", "yesterday"])
    assert res.exit_code != 0 and "YYYY" in res.output
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    res = runner.invoke(main, ["query", "--db", str(bad)])
    assert res.exit_code != 0 and "Traceback" not in res.output


@pytest.mark.parametrize(
    "kw",
    [
        {"actors": ("Wassilenko",)},
        {"dyad": ("KAZ", "EU")},
        {"dyad": ("DEU", "DEU")},
        {"country": "KAZ", "date_from": "2025-06-05", "date_to": "2025-06-30"},
        {"text": "Astana"},
        {"text": "Kallas: Brüssel"},
        {"org": "EU", "status": "occurred", "limit": 2},
    ],
)
def test_scan_plan_gives_the_same_answers(
    store: Store, monkeypatch: pytest.MonkeyPatch, kw: dict[str, Any]
) -> None:
    """Small stores use the candidate plan; forcing the newest-first scan (used when every
    filter is dense) must not change any answer."""
    expected = ids(store, **kw)
    for size in (0, 10**9):  # the text check reading the match list once, or probing FTS5
        monkeypatch.setattr(
            plan_module,
            "_lead",
            lambda conn, fs, limit, n=size: (None, [n] * len(fs), [1.0] * len(fs)),
        )
        sql, _ = plan_module.plan(store.conn, EventQuery(**kw), kw.get("text"))
        # no candidates drive: a set check is "+e.id IN", which SQLite cannot use as an index
        assert not re.search(r"(?<!\+)e\.id IN \(SELECT", sql.split("WHERE", 1)[1])
        assert ids(store, **kw) == expected


def test_surname_alone_finds_ingested_people(tmp_path: Path) -> None:
    """Through the real pipeline: the store keeps full names, a user types a surname in any
    spelling (the corpus spells Wassilenko, Wasilenko and Vassilenko)."""
    from communique.pipeline import Communique
    from communique.store.ingest import ingest

    corpus = Path(__file__).parent / "store_corpus"
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(corpus)], Communique())
        for spelling in ("Wassilenko", "Vassilenko", "vasilenko"):
            assert query(store, EventQuery(actors=(spelling,))), spelling
        assert query(store, EventQuery(actors=("Nobodyatall",))) == []
