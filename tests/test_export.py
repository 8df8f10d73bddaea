"""``communique export``: every format read back by its own ecosystem.

Parquet by pyarrow, GraphML by networkx, CSV by the csv module, PLOVER JSON validated with
jsonschema against ``schemas/plover.schema.json`` (written from the PLOVER manual's field list).
The hand-built store of ``test_query`` fixes the expected values; a store filled by
``communique.store.ingest`` from short texts checks that real ingested rows export cleanly too.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.codes import GOLDSTEIN, goldstein, quad_class
from communique.pipeline import Communique
from communique.store import Store
from communique.store.export import (
    EXPORTERS,
    FOLDER_FORMATS,
    FORMATS,
    ExportError,
    export,
    export_stream,
)
from test_query import ACTORS, DOCS, EVENTS, REPORTS, build_store


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_store(tmp_path / "t.db")
    yield s
    s.close()


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    text = (resources.files("communique") / "schemas" / "plover.schema.json").read_text("utf-8")
    schema = json.loads(text)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)  # type: ignore[no-any-return]


def participants(eid: int) -> set[int]:
    return {aid for r in REPORTS if r[2] == eid for aid, _, _ in r[4]}


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_is_the_contract_records(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    summary = export(store, "jsonl", out)
    recs = lines(out)
    assert len(recs) == len(DOCS) == summary.written[str(out)]
    assert all(r["schema"] == "communique.record/1" for r in recs)
    assert {r["document"]["language"] for r in recs} == {"de", "en"}


def test_csv_tables_read_by_csv_module(store: Store, tmp_path: Path) -> None:
    export(store, "csv", tmp_path / "csv")
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8", newline="") as fh:
        events = {int(r["event_id"]): r for r in csv.DictReader(fh)}
    with (tmp_path / "csv" / "participants.csv").open(encoding="utf-8", newline="") as fh:
        people = list(csv.DictReader(fh))
    assert set(events) == {e[0] for e in EVENTS}
    assert events[4]["planned_event_id"] == "3" and events[1]["n_sources"] == "2"
    assert events[1]["location"] == "Brüssel" and events[1]["topics"] == "diplomatic;economic"
    assert events[5]["participants"] == "Roman Vassilenko;Annalena Baerbock;Feridun Sinirlioğlu"
    assert events[5]["affiliations"] == "KAZ;DEU;OSCE"  # one per participant, same order
    assert len(people) == sum(len(participants(e[0])) for e in EVENTS)
    vassilenko = {int(p["event_id"]): p["role_class"] for p in people if p["actor_id"] == "1"}
    assert vassilenko[5] == "deputy_foreign_minister" and vassilenko[4] == "foreign_minister"


def test_parquet_read_by_pyarrow(store: Store, tmp_path: Path) -> None:
    export(store, "parquet", tmp_path / "pq")
    events = pq.read_table(tmp_path / "pq" / "events.parquet")
    people = pq.read_table(tmp_path / "pq" / "participants.parquet")
    assert events.num_rows == len(EVENTS)
    assert str(events.schema.field("lat").type) == "double"
    assert str(events.schema.field("n_sources").type) == "int64"
    rows = {r["event_id"]: r for r in events.to_pylist()}
    assert rows[1]["lat"] == pytest.approx(50.85) and rows[6]["date_start"] is None
    assert rows[3]["date_start"] == "2025-06"  # partial dates stay strings
    assert people.num_rows == sum(len(participants(e[0])) for e in EVENTS)
    assert set(people.column("name").to_pylist()) == {a[2] for a in ACTORS if a[0] != 4}


def test_parquet_lists_and_structs_have_arrow_types(store: Store, tmp_path: Path) -> None:
    export(store, "parquet", tmp_path / "pq")
    schema = pq.read_schema(tmp_path / "pq" / "events.parquet")
    assert pa.types.is_list(schema.field("topics").type)
    assert schema.field("topics").type.value_type == pa.string()
    assert schema.field("affiliations").type == pa.list_(pa.string())
    person = schema.field("participants").type.value_type
    assert pa.types.is_struct(person)
    assert {f.name: f.type for f in person} == {
        "actor_id": pa.int64(), "name": pa.string(), "kind": pa.string(),
        "affiliation": pa.string(), "role": pa.string(), "title": pa.string(),
    }  # fmt: skip
    source = schema.field("sources").type.value_type
    assert [f.name for f in source] == [
        "doc_id",
        "event",
        "source",
        "title",
        "published",
        "language",
    ]
    assert all(f.type == pa.string() for f in source)
    for name in ("date_start", "date_end"):
        assert schema.field(name).type == pa.string()
    rows = {r["event_id"]: r for r in pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()}
    assert rows[1]["topics"] == ["diplomatic", "economic"]
    assert rows[5]["participants"] == [
        {"actor_id": 1, "name": "Roman Vassilenko", "kind": "person", "affiliation": "KAZ",
         "role": "deputy_foreign_minister", "title": "stellvertretende Außenminister"},
        {"actor_id": 3, "name": "Annalena Baerbock", "kind": "person", "affiliation": "DEU",
         "role": "foreign_minister", "title": "Außenministerin"},
        {"actor_id": 7, "name": "Feridun Sinirlioğlu", "kind": "person", "affiliation": "OSCE",
         "role": "igo_leader", "title": "Generalsekretär"},
    ]  # fmt: skip
    assert rows[5]["affiliations"] == ["KAZ", "DEU", "OSCE"]
    assert rows[2]["affiliations"] == ["DEU", "FRA"]
    one = rows[1]["sources"]  # earliest publication first
    assert [(s["published"], s["language"], s["source"], s["event"]) for s in one] == [
        ("2025-02-14", "de", "test:a", "E1"),
        ("2025-02-15", "en", "test:b", "E1"),
    ]
    assert one[0]["title"] == "Wassilenko trifft Kallas in Brüssel"
    assert rows[6]["date_start"] is None and rows[6]["topics"] == ["diplomatic"]


def test_plover_validates_against_the_manual_schema(
    store: Store, tmp_path: Path, validator: Any
) -> None:
    out = tmp_path / "plover.jsonl"
    summary = export(store, "plover", out)
    recs = {r["id"]: r for r in lines(out)}
    for rec in recs.values():
        validator.validate(rec)
    assert len(recs) == len(EVENTS) and summary.skipped == 0
    # no event date: the story date, the publication date of its source, marked as such
    e6 = recs["communique-6"]
    assert e6["date"] == "2025-01-10" and e6["date_source"] == "publication"
    assert "date_precision" not in e6 and "enddate" not in e6
    assert all(r["date_source"] == "event" for k, r in recs.items() if k != "communique-6")
    assert summary.notes == [
        "1 of 7 records dated by the publication date of the event's earliest source, for want "
        "of an event date (date_source: publication)",
        "0 events left out: every event has a date (its own or its story date) and an actor",
    ]
    # a meeting with no host: every participant is a source actor, no recipient
    e1 = recs["communique-1"]
    assert e1["event"] == ["CONSULT"] and "recipient" not in e1
    assert {a["identifier_id"] for a in e1["source"]} == {
        "communique:actor:1",
        "communique:actor:2",
    }
    assert {a.get("code") for a in e1["source"]} == {"KAZ", "IGO"}
    assert e1["event_loc"]["cc3"] == "BEL" and len(e1["sources"]) == 2
    # a visit whose host country is known: visitor = source, host = recipient
    e4 = recs["communique-4"]
    assert [a["actor_text"] for a in e4["source"]] == ["Olof Skoog"]
    assert [a["actor_text"] for a in e4["recipient"]] == ["Roman Vassilenko"]
    assert e4["mode"] == ["visit"] and e4["link"] == "communique-3"
    assert e4["event_scale"] == 2.1 and e4["quad_code"] == 1
    # a planned meeting: AGREE, dated to the month only (and saying so)
    e3 = recs["communique-3"]
    assert e3["event"] == ["AGREE"] and e3["date"] == "2025-06-01"
    assert e3["date_precision"] == "month"
    e5 = recs["communique-5"]
    assert e5["enddate"] == "2024-11-21" and e5["mode"] == ["multilateral"]
    assert "military" in e5["context"] and len(e5["source"]) == 3


@pytest.mark.parametrize(
    "broken",
    [
        {"date": "2025-06", "source": [{"code": "KAZ"}], "event": ["CONSULT"]},
        {"date": "2025-06-01", "source": [], "event": ["CONSULT"]},
        {"date": "2025-06-01", "source": [{"code": "KAZ"}], "event": ["MEET"]},
        {"date": "2025-06-01", "source": [{"code": "KZ"}], "event": ["CONSULT"]},
        {"date": "2025-06-01", "source": [{"code": "KAZ"}], "event": ["CONSULT"],
         "mode": ["teleport"]},
        {"date": "2025-06-01", "source": [{"code": "KAZ"}]},
    ],
)  # fmt: skip
def test_plover_schema_rejects_malformed_records(validator: Any, broken: dict[str, Any]) -> None:
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"id": "x", **broken})


def test_dyadic_pairs_with_cameo_and_goldstein(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "dyads.csv"
    export(store, "dyadic", out)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    n = sum(len(participants(e[0])) * (len(participants(e[0])) - 1) for e in EVENTS)
    assert len(rows) == n
    visit = {(r["actor1_name"], r["actor2_name"]): r for r in rows if r["event_id"] == "4"}
    assert visit[("Olof Skoog", "Roman Vassilenko")]["event_code"] == "042"
    assert float(visit[("Olof Skoog", "Roman Vassilenko")]["goldstein_scale"]) == 1.9
    host = visit[("Roman Vassilenko", "Olof Skoog")]
    assert host["event_code"] == "043" and float(host["goldstein_scale"]) == 2.8
    assert host["event_root_code"] == "04" and host["quad_class"] == "1"
    planned = [r for r in rows if r["event_id"] == "3"]
    assert {r["event_code"] for r in planned} == {"036"}
    assert {float(r["goldstein_scale"]) for r in planned} == {4.0}
    assert {r["actor1_code"] for r in rows if r["event_id"] == "5"} == {"KAZ", "DEU", "IGO"}


def test_goldstein_table_covers_what_communique_emits() -> None:
    for code in ("036", "040", "041", "042", "043", "044", "046", "114", "125"):
        assert goldstein(code) is not None
        assert goldstein(code[:2]) is not None
    assert GOLDSTEIN["046"] == 7.0 and GOLDSTEIN["125"] == -5.0 and goldstein("045") == 1.0
    assert quad_class("036") == 1 and quad_class("125") == 3 and quad_class("190") == 4


def test_graphml_read_by_networkx(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "net.graphml"
    export(store, "graphml", out)
    g = nx.read_graphml(out)
    names = nx.get_node_attributes(g, "name")
    assert names["a1"] == "Roman Vassilenko" and g.nodes["a6"]["affiliation"] == "FRA"
    # two meetings that took place (Brussels, Astana); the planned one does not count
    assert g.edges["a1", "a2"]["weight"] == 2
    assert g.edges["a1", "a5"]["weight"] == 1
    assert g.edges["a3", "a7"]["weight"] == 1
    assert not g.has_node("a4")  # the state took part in nothing


def test_query_csv_has_the_layout_of_events_csv(store: Store, tmp_path: Path) -> None:
    export(store, "csv", tmp_path / "csv")
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8", newline="") as fh:
        exported = list(csv.DictReader(fh))
    res = CliRunner().invoke(
        main, ["query", "--db", str(store.path), "--format", "csv", "--status", "occurred"]
    )
    assert res.exit_code == 0, res.output
    queried = list(csv.DictReader(res.output.splitlines()))
    assert list(queried[0]) == list(exported[0])  # same columns, same order
    assert [r["event_id"] for r in queried] == ["7", "4", "2", "1", "5", "6"]  # newest first
    by_id = {r["event_id"]: r for r in exported}
    assert all(r == by_id[r["event_id"]] for r in queried)


def test_formats_and_help_come_from_the_exporter_table(store: Store, tmp_path: Path) -> None:
    assert FORMATS == ("jsonl", "csv", "parquet", "plover", "dyadic", "graphml")
    assert {"csv", "parquet"} == FOLDER_FORMATS
    res = CliRunner().invoke(main, ["export", "--help"])
    assert res.exit_code == 0
    help_text = " ".join(res.output.split())
    for e in EXPORTERS.values():
        assert f"{e.name}: {e.description}" in help_text, e.name
    res = CliRunner().invoke(main, ["export", "--format", "xml", "--db", str(store.path)])
    assert res.exit_code == 2 and "'jsonl', 'csv', 'parquet'" in res.output
    with pytest.raises(ExportError, match="not a single-file format"):
        export_stream(store, "parquet", io.StringIO(), "<stdout>")


def test_export_errors(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown export format 'xml'"):
        export(store, "xml", tmp_path / "x")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError):
        export(store, "csv", tmp_path / "file")
    with pytest.raises(ExportError):
        export(store, "plover", tmp_path)


def test_cli_export(store: Store, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(store.path)
    res = runner.invoke(main, ["export", "--format", "plover", "--db", db])
    assert res.exit_code == 0
    assert sum(1 for x in res.stdout.splitlines() if x.startswith("{")) == len(EVENTS)
    assert "1 of 7 records dated by the publication date" in res.stderr
    res = runner.invoke(main, ["export", "--format", "csv", "--db", db])
    assert res.exit_code != 0 and "-o" in res.output
    res = runner.invoke(
        main, ["export", "--format", "parquet", "--db", db, "-o", str(tmp_path / "p")]
    )
    assert res.exit_code == 0 and (tmp_path / "p" / "events.parquet").is_file()


TEXTS = (
    ("kz_de", "de", "Der stellvertretende Außenminister Kasachstans Roman Wassilenko traf sich "
     "am 14. Februar 2025 in Brüssel mit der EU-Sonderbeauftragten für Zentralasien Terhi "
     "Hakala. Die Seiten erörterten die Zusammenarbeit im Verkehr und im Handel."),
    ("kz_de2", "de", "Roman Vassilenko, stellvertretender Außenminister der Republik Kasachstan, "
     "führte am 14. Februar 2025 in Brüssel Gespräche mit Terhi Hakala, der "
     "EU-Sonderbeauftragten für Zentralasien."),
    ("kz_en", "en", "Kazakh Deputy Foreign Minister Roman Vasilenko met EU Special "
     "Representative for Central Asia Terhi Hakala in Brussels on 14 February 2025 to discuss "
     "trade and transport."),
    ("call_en", "en", "German Foreign Minister Annalena Baerbock held a phone call with French "
     "Foreign Minister Jean-Noël Barrot on 3 March 2025 on the situation in Ukraine."),
)  # fmt: skip


def test_ingested_store_exports_cleanly(tmp_path: Path, validator: Any) -> None:
    ingest = pytest.importorskip("communique.store.ingest")
    src = tmp_path / "texts.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for name, lang, text in TEXTS:
            item = {"id": name, "source": name, "language": lang, "published": "2025-03-04"}
            fh.write(json.dumps({**item, "text": text}, ensure_ascii=False) + "\n")
    with Store(tmp_path / "i.db") as st:
        ingest.ingest(st, [str(src)], Communique())
        n_events = st.counts()["events"]
        dated = st.conn.execute("SELECT count(*) FROM events WHERE date_start IS NOT NULL")
        n_dated = int(dated.fetchone()[0])
        summary = export(st, "plover", tmp_path / "out.plover")
        for fmt in ("jsonl", "plover", "dyadic", "graphml"):
            export(st, fmt, tmp_path / f"out.{fmt}")
        export(st, "csv", tmp_path / "csv")
        export(st, "parquet", tmp_path / "pq")
    assert 2 <= n_events <= len(TEXTS) and n_dated >= 2
    assert len(lines(tmp_path / "out.jsonl")) == len(TEXTS)
    plover = lines(tmp_path / "out.plover")
    assert len(plover) == n_events and summary.skipped == 0  # every text has a publication date
    assert sum(r["date_source"] == "event" for r in plover) == n_dated
    for rec in plover:
        validator.validate(rec)
        if rec["date_source"] == "publication":
            assert rec["date"] == "2025-03-04"
    assert pq.read_table(tmp_path / "pq" / "events.parquet").num_rows == n_events
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8", newline="") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) == n_events
    g = nx.read_graphml(tmp_path / "out.graphml")
    assert all(d["weight"] >= 1 for _, _, d in g.edges(data=True))
