"""Towns below the gazetteer's everywhere-size are places where the text puts them in a
place's position: after a locative preposition or opening a dateline; elsewhere their names
stay free for people and things. Phrases written for these tests."""

from __future__ import annotations

import pytest

from communique.knowledge import Knowledge
from communique.lang import Registry
from communique.pipeline import Communique


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return Knowledge()


_PROFILES = Registry().profiles()


def _cities(kb: Knowledge, lang: str, text: str) -> list[tuple[str, str | None]]:
    found = kb.find_places(text, _PROFILES[lang])
    for p in found:
        assert text[p.start : p.end] == p.text
    return [(p.text, p.iso3) for p in found if p.kind == "city"]


@pytest.mark.parametrize(
    ("lang", "text", "cities"),
    [
        ("de", "Die Regierungschefs haben sich am Donnerstag in Zittau getroffen.",
         [("Zittau", "DEU")]),
        ("de", "Die Ministerin reiste am Montag nach Bregenz.", [("Bregenz", "AUT")]),
        ("de", "In Feldkirch trafen sich die Landeshauptleute.", [("Feldkirch", "AUT")]),
        ("de", "Titel der Meldung\n\nZittau. Die Fahnen dreier Länder wehen vor dem Rathaus.",
         [("Zittau", "DEU")]),
        ("de", "Titel der Meldung\n\nFELDKIRCH (APA) - Die Landeshauptleute trafen sich.",
         [("FELDKIRCH", "AUT")]),
        ("en", "The two ministers met in Eupen on Monday.", [("Eupen", "BEL")]),
        # not where the name stands elsewhere: it may be a person's or a thing's
        ("de", "Zittau hat sich am Freitag herausgeputzt.", []),
        ("de", "Die Feldkirch-Runde tagte am Montag.", []),
        ("en", "Eupen said on Monday that the talks went well.", []),
    ],
)  # fmt: skip
def test_a_town_is_a_place_in_a_places_position(
    kb: Knowledge, lang: str, text: str, cities: list[tuple[str, str]]
) -> None:
    assert _cities(kb, lang, text) == cities


def test_a_meeting_in_a_town_takes_its_place(engine: Communique) -> None:
    text = (
        "Ministerpräsident Thomas Reichelt hat am Freitag in Zittau den Hauptmann der Region "
        "Liberec, Petr Dvořáček, empfangen."
    )
    record = engine.extract(text, lang="de", published="2026-04-17")
    [event] = record.events
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Zittau", "DEU")
    assert event.location.lat is not None
