"""Those who travel with a delegation's head are its members ("Mit ihr reisen A und B",
"Travelling with her are A and B"); a numbered group of any office ("die drei
Abgeordneten", "the three MPs", "трёх депутатов") stands for the last so many named, not for
the subject of the verb it is the object of; "reisen" in lower case is a verb, not the noun
"Reisen". Texts written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-04-23"


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("de",
         "Eine Delegation der Parlamentariergruppe des Bundestages hält sich seit Montag in "
         "Chile auf. Angeführt wird sie von der Vorsitzenden Annette Schulte (SPD). Mit ihr "
         "reisen der CDU-Abgeordnete Karl Bredow und Jens Oltmanns von den Grünen. Am "
         "Dienstag empfing Senatspräsidentin Ximena Aravena die Delegation.",
         {"Ximena Aravena", "Annette Schulte", "Karl Bredow", "Jens Oltmanns"}),
        ("en",
         "A delegation of the German Bundestag is visiting Chile this week. It is led by "
         "Annette Schulte (SPD). Travelling with her are Karl Bredow (CDU) and Jens Oltmanns "
         "(Greens). On Monday, Senate President Ximena Aravena received the delegation.",
         {"Ximena Aravena", "Annette Schulte", "Karl Bredow", "Jens Oltmanns"}),
    ],
)  # fmt: skip
def test_those_travelling_with_the_head_are_members(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert event_rows(engine, lang, text, PUBLISHED) == [("meeting", "occurred", people)]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("de",
         "Die Abgeordneten Annette Schulte, Karl Bredow und Jens Oltmanns sind am Montag in "
         "Chile eingetroffen. Am Dienstag empfing Senatspräsidentin Ximena Aravena die drei "
         "Abgeordneten.",
         {"Ximena Aravena", "Annette Schulte", "Karl Bredow", "Jens Oltmanns"}),
        ("en",
         "MPs Annette Schulte, Karl Bredow and Jens Oltmanns arrived in Chile on Monday. On "
         "Tuesday, Senate President Ximena Aravena received the three MPs.",
         {"Ximena Aravena", "Annette Schulte", "Karl Bredow", "Jens Oltmanns"}),
        ("en",
         "Minister Hana Novak received a call from Foreign Minister Aziz Rahman, during which "
         "the two ministers discussed trade.",
         {"Hana Novak", "Aziz Rahman"}),
    ],
)  # fmt: skip
def test_a_numbered_group_of_any_office(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert people in [p for _, _, p in event_rows(engine, lang, text, PUBLISHED)]


def test_an_infinitive_trip_is_a_visit_and_a_plural_verb_none(engine: Communique) -> None:
    planned = "Bürgermeisterin Anna Vogt will im Herbst nach Kyjiw reisen."
    assert event_rows(engine, "de", planned, PUBLISHED) == [("meeting", "planned", {"Anna Vogt"})]
    companions = "Mit ihr reisen der Abgeordnete Karl Bredow und Jens Oltmanns."
    assert event_rows(engine, "de", companions, PUBLISHED) == []


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("de",
         "Eine Delegation aus der Partnerstadt Tiflis ist seit Sonntag in Innsbruck zu Gast. "
         "Angeführt wird die Gruppe vom Ersten Vizebürgermeister von Tiflis, Levan Tsiklauri. "
         "Am Montag empfing Bürgermeisterin Veronika Gschnitzer die Delegation.",
         {"Veronika Gschnitzer", "Levan Tsiklauri"}),
        ("en",
         "A delegation from the partner city of Tbilisi is visiting Innsbruck this week. The "
         "group is led by First Deputy Mayor Levan Tsiklauri. On Monday, Mayor Veronika "
         "Gschnitzer received the delegation.",
         {"Veronika Gschnitzer", "Levan Tsiklauri"}),
    ],
)  # fmt: skip
def test_a_group_led_by_someone_is_the_delegation(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert event_rows(engine, lang, text, PUBLISHED) == [("meeting", "occurred", people)]


def test_informed_by_someone_with_an_apposition_between(engine: Communique) -> None:
    text = (
        "Im Anschluss informierte sich Levan Tsiklauri bei Vizebürgermeister Daniel Obholzer, "
        "in der Stadtregierung für Mobilität zuständig, über den Ausbau der Regionalbahn."
    )
    assert event_rows(engine, "de", text, PUBLISHED) == [
        ("meeting", "occurred", {"Levan Tsiklauri", "Daniel Obholzer"})
    ]
