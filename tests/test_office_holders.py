"""Leaders the knowledge base knows (``communique.office_holders``): who a name identifies, on
a small table written here, and what extraction makes of bare leaders' names with the
shipped table."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from communique.office_holders import OfficeHolders
from communique.pipeline import Communique

COMMON = {"brown", "bush", "kurz", "kern"}


def _common(word: str) -> bool:
    return word.lower() in COMMON


def _entry(name: str, short: list[str], *terms: tuple[str, str, str, str | None]) -> dict:
    return {
        "id": name.lower().replace(" ", "_"),
        "name": name,
        "names": {"en": [name], "de": [name]},
        "short": {"en": short, "de": short},
        "terms": [{"state": s, "class": c, "start": a, "end": b} for s, c, a, b in terms],
    }


@pytest.fixture
def holders(tmp_path: Path) -> OfficeHolders:
    table = [
        _entry("Anna Rostova", ["Rostova"], ("RUS", "foreign_minister", "2004-03", "2010-05")),
        _entry("Gordon Brown", ["Brown"], ("GBR", "head_of_government", "2007-06", "2010-05")),
        _entry("George W. Bush", ["Bush"], ("USA", "head_of_state", "2001-01", "2009-01")),
        _entry("Karl Kern", ["Kern"], ("AUT", "head_of_government", "2016-05", "2017-12")),
        _entry("Tom Lee", ["Lee"], ("SGP", "head_of_government", "2004-08", "2024-05")),
        _entry("Jan Lee", ["Lee"], ("KOR", "head_of_state", "2008-02", "2013-02")),
        _entry(
            "Maria Vale",
            ["Vale"],
            ("PRT", "head_of_government", "1995-10", "2002-04"),
            ("UN", "igo_leader", "2017-01", None),
        ),
    ]
    path = tmp_path / "office_holders.json"
    path.write_text(json.dumps(table), encoding="utf-8")
    return OfficeHolders(path)


@pytest.mark.parametrize(
    ("names", "role_class", "expected_id", "state"),
    [
        # a full name identifies the holder, accents and case folded
        (["Anna Rostova"], None, "anna_rostova", "RUS"),
        (["ANNA ROSTOVA"], None, "anna_rostova", "RUS"),
        # a short name (of someone the name finder took for a person)
        (["Rostova"], None, "anna_rostova", "RUS"),
        (["Brown"], "head_of_government", "gordon_brown", "GBR"),
        (["Bush"], "head_of_state", "george_w._bush", "USA"),
        # ... not with a title of another office
        (["Bush"], "foreign_minister", None, None),
        # a short name two holders of two states bear identifies neither
        (["Lee"], None, None, None),
        (["Lee"], "head_of_state", "jan_lee", "KOR"),
        # a holder of offices of a state and an organisation: no single state
        (["Maria Vale"], None, "maria_vale", None),
        # unknown
        (["Karl Huber"], None, None, None),
    ],
)
def test_identify(
    holders: OfficeHolders,
    names: list[str],
    role_class: str | None,
    expected_id: str | None,
    state: str | None,
) -> None:
    found = holders.identify(names, "en", role_class)
    if expected_id is None:
        assert found is None
        return
    assert found is not None and found.holder is not None
    assert (found.holder.id, found.state) == (expected_id, state)
    assert found.source == f"kb:office-holders/{expected_id}"


def test_name_test_for_the_name_finder(holders: OfficeHolders) -> None:
    known = holders.name_test("de", _common)
    assert known(["Anna", "Rostova"])
    assert known(["Rostova"])
    assert not known(["Kern"])  # "der Kern": an ordinary word needs more evidence
    assert not known(["Karl", "Huber"])


def test_short_names_where_sport_is_told(holders: OfficeHolders) -> None:
    # a surname alone in sport is a player's; a full name still identifies
    assert holders.identify(["Rostova"], "en", None, short_names=False) is None
    assert holders.identify(["Anna Rostova"], "en", None, short_names=False) is not None


def test_terms(holders: OfficeHolders) -> None:
    found = holders.identify(["Maria Vale"], "en", None)
    assert found is not None and found.holder is not None
    term = found.holder.term_on(date(2020, 3, 1))
    assert term is not None and (term.state, term.cls) == ("UN", "igo_leader")
    assert found.holder.term_on(date(2010, 1, 1)) is None


def test_missing_table_knows_no_one(tmp_path: Path) -> None:
    empty = OfficeHolders(tmp_path / "absent.json")
    assert empty.identify(["Anna Rostova"], "en", None) is None


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # a surname alone, no title of the holder's office, the holder's state unnamed
        (
            "en",
            "In the Commons, Mr Howard said the bill was wrong. Labour MPs disagreed.",
            "Howard",
        ),
        (
            "en",
            "Polling firm Mori interviewed 6,000 people in the UK, the government said.",
            "Mori",
        ),
        # named in full as someone else ("Michael Howard" is not John Howard)
        (
            "en",
            "Michael Howard met Australian diplomats in London. Howard said so.",
            "Michael Howard",
        ),
        # where sport is told, a surname is a player's
        (
            "de",
            "In der Bundesliga traf Costa in der 79. Minute, der Trainer jubelte in Portugal.",
            "Costa",
        ),
    ],
)
def test_surnames_that_are_not_the_leader(
    affiliations: Callable[[str, str], dict[str, tuple[str | None, str]]],
    lang: str,
    text: str,
    name: str,
) -> None:
    people = affiliations(text, lang)
    assert people.get(name, (None, ""))[1] == ""


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # leaders named without a title meet as office holders do
        (
            "de",
            "Merkel telefonierte am Abend mit Putin. Deutschland und Russland wollen im "
            "Gespräch bleiben.",
            {"Merkel", "Putin"},
        ),
        ("de", "Putin traf am Dienstag Erdogan in Sotschi.", {"Putin", "Erdogan"}),
        ("en", "Blair met Putin in Moscow on Tuesday.", {"Blair", "Putin"}),
        (
            "ru",
            "Путин провел телефонный разговор с Эрдоганом. Россия и Турция договорились о встрече.",
            {"Путин", "Эрдоган"},
        ),
        # a leader the name finder takes only from the table meets each counterpart
        (
            "en",
            "Biden, who arrived in Lima on Monday, also held talks with President Karl Huber "
            "and Defense Minister Jan Kowal.",
            {"Biden", "Karl Huber"},
        ),
    ],
)
def test_bare_leaders_meet(engine: Communique, lang: str, text: str, pair: set[str]) -> None:
    record = engine.extract(text, lang=lang)
    names = {a.id: a.name for a in record.actors}
    met = [{names[p] for p in e.participants} for e in record.events if e.status == "occurred"]
    assert pair in met


@pytest.mark.parametrize(
    ("lang", "text", "name", "state"),
    [
        ("de", "Merkel telefonierte am Abend mit Putin über Russlands Gas.", "Putin", "RUS"),
        ("en", "Prime Minister Narendra Modi met the delegation.", "Narendra Modi", "IND"),
        # the text's own state wins over the table's
        ("en", "Chilean Foreign Minister Putin met Karl Huber.", "Putin", "CHL"),
    ],
)
def test_leader_states(
    affiliations: Callable[[str, str], dict[str, tuple[str | None, str]]],
    lang: str,
    text: str,
    name: str,
    state: str,
) -> None:
    people = affiliations(text, lang)
    affiliation, source = people[name]
    assert affiliation == state
    assert source.startswith("kb:office-holders/") or state == "CHL"
