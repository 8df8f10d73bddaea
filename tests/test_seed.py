"""The press release the project started from (``../shared/seeds/``): what an analyst copies
out of it by hand, extracted. Skips when ../shared is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.pipeline import Communique
from communique.record import Record

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_e222fb3680946254.txt"


@pytest.fixture(scope="module")
def record() -> Record:
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not here")
    return Communique().extract(SEED.read_text(encoding="utf-8"))


def _names(record: Record, ids: list[str]) -> set[str]:
    return {a.name for i in ids if (a := record.actor(i)) is not None}


def test_language_detected(record: Record) -> None:
    assert record.document.language == "de"


def test_occurred_meetings_with_vassilenko_in_brussels(record: Record) -> None:
    meetings = [e for e in record.events if e.kind == "meeting" and e.status == "occurred"]
    partners: set[str] = set()
    for e in meetings:
        names = _names(record, e.participants)
        assert "Roman Vassilenko" in names
        partners |= names - {"Roman Vassilenko"}
        assert e.location is not None and e.location.country == "BEL"
        assert e.location.lat == pytest.approx(50.85, abs=0.1)
        assert e.plover is not None and e.plover.event == "CONSULT"
    assert partners == {"Luc Devigne", "Viviane Lonela", "Olof Skoog", "Giusey Princi"}


@pytest.mark.parametrize(
    ("name", "role", "affiliation"),
    [
        ("Roman Vassilenko", "deputy_foreign_minister", "KAZ"),
        ("Luc Devigne", "igo_official", "EU"),
        ("Viviane Lonela", "igo_official", "EU"),
        ("Olof Skoog", "special_representative", "EU"),
        ("Giusey Princi", "legislator", "EU"),
    ],
)
def test_roster(record: Record, name: str, role: str, affiliation: str) -> None:
    actor = next(a for a in record.actors if a.name == name)
    assert actor.role is not None and actor.role.cls == role
    assert actor.affiliation == affiliation


def test_three_planned_conferences(record: Record) -> None:
    confs = [e for e in record.events if e.kind == "conference"]
    assert {(e.location.name, e.location.country) for e in confs if e.location} == {
        ("Aschgabat", "TKM"),
        ("Samarkand", "UZB"),
        ("Astana", "KAZ"),
    }
    assert {e.status for e in confs} == {"planned"}
    assert all(e.plover is not None and e.plover.event == "AGREE" for e in confs)
    assert all(e.date is not None and e.date.text == "in der ersten Jahreshälfte" for e in confs)
    names = {e.name for e in confs}
    assert "das erste Gipfeltreffen zwischen Zentralasien und der EU" in names


def test_quotes_attributed_to_vassilenko(record: Record) -> None:
    assert len(record.quotes) == 2
    assert all(
        _names(record, [q.speaker]) == {"Roman Vassilenko"} for q in record.quotes if q.speaker
    )
    assert all(q.speaker is not None for q in record.quotes)
    assert record.quotes[0].text.startswith("Die Bedeutung der Treffen in Brüssel")


def test_claims(record: Record) -> None:
    by_unit = {c.unit: c for c in record.claims}
    assert by_unit["companies"].value == 3000 and by_unit["companies"].qualifier == "more than"
    assert by_unit["share"].value == pytest.approx(1 / 3, abs=0.01)


def test_agenda_topics_mapped_to_plover(record: Record) -> None:
    first = next(e for e in record.events if e.kind == "meeting")
    assert {"rare earths", "green energy", "transport corridors"} <= set(first.agenda)
    assert {"diplomatic", "natural_resource", "environment", "economic"} <= set(first.topics)


def test_every_span_indexes_the_text(record: Record) -> None:
    text = record.document.text

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if {"start", "end", "text"} <= node.keys() and isinstance(node["start"], int):
                assert text[node["start"] : node["end"]] == node["text"]
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(record.to_dict())
