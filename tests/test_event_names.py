"""An event's name is never an actor.

A title-case phrase naming a gathering ("G7 Foreign Ministers Meeting", "Ukraine Recovery
Conference", "Außenministertreffen der OSZE") is the event's name: extraction makes no person
of it or of a part of it (``mentions.find_mentions``, ``people.PersonFinder``), and no export
holds an actor whose name is an event name by the language packs' event nouns
(``communique.store.event_names``). Every text here was written for these tests.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow.parquet as pq
import pytest

from communique.pipeline import Communique
from communique.store import Store
from communique.store.event_names import EventNames, record_without_event_names
from communique.store.export import FORMATS, export
from communique.store.ingest import ingest

PUBLISHED = "2025-06-01"


@pytest.fixture(scope="module")
def names() -> EventNames:
    return EventNames.load()


@pytest.mark.parametrize(
    ("lang", "text", "gathering", "people"),
    [
        ("en", "Foreign Secretary David Lammy attended the G7 Foreign Ministers Meeting in "
         "Charlevoix on 2 April 2025.", "G7 Foreign Ministers Meeting", {"David Lammy"}),
        ("en", "Chancellor Olaf Scholz met President Volodymyr Zelensky at the Ukraine Recovery "
         "Conference in Berlin on 11 June 2024.", "Ukraine Recovery Conference",
         {"Olaf Scholz", "Volodymyr Zelensky"}),
        ("en", "Minister Retno Marsudi co-chaired the Bali Democracy Forum on 8 December 2023 "
         "with Foreign Minister Hasan Mahmud.", "Bali Democracy Forum",
         {"Retno Marsudi", "Hasan Mahmud"}),
        ("en", "Kazakh Foreign Minister Murat Nurtleu met German Foreign Minister Annalena "
         "Baerbock on the sidelines of the Munich Security Conference on 15 February 2025.",
         "Munich Security Conference", {"Murat Nurtleu", "Annalena Baerbock"}),
        ("en", "Defence Secretary John Healey attended the NATO Defence Ministers Meeting in "
         "Brussels on 5 June 2025.", "NATO Defence Ministers Meeting", {"John Healey"}),
        ("de", "Außenministerin Annalena Baerbock nahm am 5. Dezember 2024 am "
         "Außenministertreffen der OSZE in Malta teil und traf dort den maltesischen "
         "Außenminister Ian Borg.", "Außenministertreffen der OSZE",
         {"Annalena Baerbock", "Ian Borg"}),
        ("de", "Bundeskanzler Olaf Scholz traf am 4. April 2025 beim EU-Zentralasien-Gipfel in "
         "Samarkand den kasachischen Präsidenten Kassym-Schomart Tokajew.",
         "EU-Zentralasien-Gipfel", {"Olaf Scholz", "Kassym-Schomart Tokajew"}),
        ("de", "Außenminister Johann Wadephul sprach am 14. Februar 2025 auf der Münchner "
         "Sicherheitskonferenz mit dem ukrainischen Außenminister Andrij Sybiha.",
         "Münchner Sicherheitskonferenz", {"Johann Wadephul", "Andrij Sybiha"}),
        ("de", "Staatssekretär Thomas Bagger eröffnete am 3. März 2025 die Berliner "
         "Wiederaufbau Konferenz und traf Ministerpräsident Denys Schmyhal.",
         "Wiederaufbau Konferenz", {"Thomas Bagger", "Denys Schmyhal"}),
    ],
)  # fmt: skip
def test_a_gatherings_name_makes_no_actor(
    engine: Communique, lang: str, text: str, gathering: str, people: set[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    start = text.index(gathering)
    end = start + len(gathering)
    for actor in record.actors:
        for m in actor.mentions:
            assert not (start <= m.start and m.end <= end), (actor.name, gathering)
    assert people <= {a.name for a in record.actors}
    assert any(e.name and gathering in e.name for e in record.events), [
        e.name for e in record.events
    ]


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # a first name before the noun: the noun is a surname, and the name stays a person
        ("en", "Attorney General Jeff Sessions met Foreign Minister Luis Videgaray.", "Jeff"),
        ("en", "President Emmanuel Macron spoke at the summit in Paris.", "Emmanuel Macron"),
        ("de", "Kanzler Olaf Scholz reiste zum Gipfel nach Brüssel.", "Olaf Scholz"),
    ],
)
def test_names_next_to_event_nouns_stay_persons(
    engine: Communique, lang: str, text: str, person: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert any(a.name.startswith(person) for a in record.actors), [a.name for a in record.actors]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("G7 Foreign Ministers Meeting", True),
        ("Meeting", True),
        ("Munich Security Conference", True),
        ("Worldwide Developers Conference", True),  # an English name in any text
        ("Außenministertreffen der OSZE", True),
        ("EU-Zentralasien-Gipfel", True),
        ("Münchner Sicherheitskonferenz", True),
        ("Bali Democracy Forum", True),
        ("Jeff Sessions", False),  # "sessions" is a weak event noun, and no name head
        ("Annalena Baerbock", False),
        ("Mark Rutte", False),
        ("Kaja Kallas", False),
        ("Treffer", False),
    ],
)
def test_event_names_come_from_the_language_packs(
    names: EventNames, name: str, expected: bool
) -> None:
    assert names.is_event_name(name) is expected


TEXTS = (
    ("g7_en", "en", "2025-04-03",
     "Foreign Secretary David Lammy attended the G7 Foreign Ministers Meeting in Charlevoix "
     "on 2 April 2025. On the margins of the G7 Foreign Ministers Meeting, Lammy met Canadian "
     "Foreign Minister Mélanie Joly to discuss Ukraine and trade."),
    ("urc_en", "en", "2024-06-12",
     "Chancellor Olaf Scholz met President Volodymyr Zelensky at the Ukraine Recovery "
     "Conference in Berlin. The Ukraine Recovery Conference brought together donors from "
     "sixty countries."),
    ("osze_de", "de", "2024-12-06",
     "Außenministerin Annalena Baerbock nahm am Außenministertreffen der OSZE in Malta teil. "
     "Am Rande des Außenministertreffens der OSZE traf Baerbock den maltesischen Außenminister "
     "Ian Borg. Die beiden sprachen über die Lage in der Ukraine."),
    ("zas_de", "de", "2025-04-04",
     "Bundesaußenministerin Annalena Baerbock reiste zum EU-Zentralasien-Gipfel nach "
     "Samarkand. Beim EU-Zentralasien-Gipfel traf sie den usbekischen Außenminister Bakhtiyor "
     "Saidov."),
)  # fmt: skip


def exported_actor_names(out: Path) -> dict[str, set[str]]:
    """Every actor name in every export format written under ``out``."""
    found: dict[str, set[str]] = {f: set() for f in FORMATS}
    for line in (out / "plover").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        found["plover"] |= {a["actor_text"] for a in rec["source"] + rec.get("recipient", [])}
    for line in (out / "jsonl").read_text(encoding="utf-8").splitlines():
        found["jsonl"] |= {a["name"] for a in json.loads(line)["actors"]}
    with (out / "dyadic").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            found["dyadic"] |= {row["actor1_name"], row["actor2_name"]}
    graph = nx.read_graphml(out / "graphml")
    found["graphml"] = {d["name"] for _, d in graph.nodes(data=True)}
    with (out / "csv" / "participants.csv").open(encoding="utf-8", newline="") as fh:
        found["csv"] = {row["name"] for row in csv.DictReader(fh)}
    found["parquet"] = set(
        pq.read_table(out / "parquet" / "participants.parquet")["name"].to_pylist()
    )
    for row in pq.read_table(out / "parquet" / "events.parquet").to_pylist():
        found["parquet"] |= {p["name"] for p in row["participants"]}
    return found


def export_all(store: Store, out: Path) -> dict[str, set[str]]:
    for fmt in FORMATS:
        export(store, fmt, out / fmt)
    return exported_actor_names(out)


@pytest.fixture()
def store(tmp_path: Path, engine: Communique) -> Store:
    src = tmp_path / "texts.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for key, lang, published, text in TEXTS:
            item = {"id": key, "source": key, "language": lang, "published": published}
            fh.write(json.dumps({**item, "text": text}, ensure_ascii=False) + "\n")
    st = Store(tmp_path / "s.db")
    ingest(st, [str(src)], engine)
    return st


def test_no_actor_in_any_export_whose_name_is_an_event_word(
    store: Store, tmp_path: Path, names: EventNames
) -> None:
    with store:
        found = export_all(store, tmp_path / "out")
    assert set(found) == set(FORMATS)
    assert {"David Lammy", "Annalena Baerbock", "Ian Borg"} <= found["plover"]
    for fmt, actors in found.items():
        assert actors, fmt
        assert not [a for a in actors if names.is_event_name(a)], fmt
        assert not {"Meeting", "Recovery"} & actors, fmt


def _add_event_name_actor(store: Store) -> None:
    """What an older extractor left in a store: a gathering's name as a participant of every
    event and an actor of every document's record."""
    with store.transaction() as c:
        c.execute(
            "INSERT INTO actors(id, kind, name, key) VALUES (999, 'person', ?, 'person:meeting:')",
            ("G7 Foreign Ministers Meeting",),
        )
        c.execute("INSERT INTO event_participants SELECT id, 999 FROM events")
        for doc, raw in c.execute("SELECT id, record FROM documents").fetchall():
            rec = json.loads(raw)
            rec["actors"].append({"id": "A99", "kind": "person", "name": "Meeting"})
            for ev in rec["events"]:
                ev["participants"].append("A99")
            rec["quotes"].append({"speaker": "A99", "text": "x", "span": None})
            c.execute("UPDATE documents SET record = ? WHERE id = ?", (json.dumps(rec), doc))


def test_exports_leave_out_event_name_actors_a_store_already_holds(
    store: Store, tmp_path: Path
) -> None:
    with store:
        _add_event_name_actor(store)
        found = export_all(store, tmp_path / "out")
        n_events = store.counts()["events"]
    for fmt, actors in found.items():
        assert not {"G7 Foreign Ministers Meeting", "Meeting"} & actors, fmt
    records = [json.loads(x) for x in (tmp_path / "out" / "jsonl").read_text().splitlines()]
    for rec in records:
        assert all("A99" not in ev["participants"] for ev in rec["events"])
        assert all(q["speaker"] != "A99" for q in rec["quotes"])
    plover = (tmp_path / "out" / "plover").read_text().splitlines()
    assert 0 < len(plover) <= n_events


def test_record_without_event_names_keeps_other_records_as_they_are(names: EventNames) -> None:
    record: dict[str, Any] = {
        "actors": [{"id": "A1", "name": "Kaja Kallas"}],
        "events": [{"participants": ["A1"]}],
        "quotes": [{"speaker": "A1"}],
    }
    assert record_without_event_names(record, names) is record
