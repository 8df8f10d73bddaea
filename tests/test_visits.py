"""A visit's destination may come after its visitor ("the visit of Minister X to Moscow")."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "The visit of Iranian Foreign Minister Abbas Araghchi to Moscow was postponed "
         "to May.", "Moscow"),
        ("de", "Der Besuch des iranischen Außenministers Abbas Araghchi in Moskau wurde auf Mai "
         "verschoben.", "Moskau"),
        ("ru", "Визит министра иностранных дел Ирана Аббаса Арагчи в Москву перенесен на май.",
         "Москва"),
    ],
)  # fmt: skip
def test_a_visit_goes_where_it_goes_after_its_visitor(
    engine: Communique, lang: str, text: str, place: str
) -> None:
    record = engine.extract(text, lang=lang, published="2025-03-05")
    visits = [(e.status, e.location.name if e.location else None) for e in record.events]
    # postponed with a new date: the cancelled visit and the one planned for May
    # (ANNOTATION.md, "Further conventions")
    assert visits == [("cancelled", place), ("planned", place)]
    assert len(record.events[0].participants) == 1
    assert record.events[1].date is not None and record.events[1].date.start == "2025-05"


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # a region as the destination: a visit abroad there is a one-participant meeting
        ("en", "German Foreign Minister Anna Berg visited Crimea on Monday.", "Crimea"),
        ("de", "Die deutsche Außenministerin Anna Berg besuchte am Montag die Krim.", "Krim"),
        ("en", "German Foreign Minister Anna Berg travelled to the Gaza Strip on Monday.",
         "Gaza Strip"),
        ("de", "Die deutsche Außenministerin Anna Berg reiste am Montag in den Gazastreifen.",
         "Gazastreifen"),
        # ... a leader's tour of a region of their own state is none
        ("en", "Russian President Anna Berg made an unannounced visit to Chechnya on Sunday.",
         None),
        ("de", "Der chinesische Präsident Karl Huber besuchte am Montag Xinjiang.", None),
    ],
)  # fmt: skip
def test_a_visit_to_a_region(engine: Communique, lang: str, text: str, place: str | None) -> None:
    record = engine.extract(text, lang=lang, published="2025-03-05")
    places = [e.location.name if e.location else None for e in record.events]
    assert places == ([place] if place else [])


# published on a Monday: "am Dienstag" / "on Tuesday" ahead, "am Freitag" behind
MONDAY = "2016-01-11"


@pytest.mark.parametrize(
    ("lang", "text", "status", "place", "date"),
    [
        # a present form that is also a participle: present without an auxiliary
        ("de", "Der deutsche Außenminister Karl Brenner besucht am Dienstag Warschau.",
         "planned", "Warschau", "2016-01-12"),
        ("de", "Der deutsche Außenminister Karl Brenner hat am Freitag Warschau besucht.",
         "occurred", "Warschau", "2016-01-08"),
        ("de", "Der deutsche Außenminister Karl Brenner will im März Polen besuchen.",
         "planned", "Polen", "2016-03"),
        # "zu Besuch sein": where the visitor is, with a present copula ahead
        ("de", "Am Dienstag ist der deutsche Außenminister Karl Brenner in Warschau zu Besuch.",
         "planned", "Warschau", "2016-01-12"),
        ("de", "Der deutsche Außenminister Karl Brenner war am Freitag in Warschau zu Besuch.",
         "occurred", "Warschau", "2016-01-08"),
        # "jemandem einen Besuch abstatten": the one visited before the visit, no preposition
        ("de", "Der deutsche Außenminister Karl Brenner stattet am Dienstag Polen einen "
         "Besuch ab.", "planned", "Polen", "2016-01-12"),
        ("de", "Der deutsche Außenminister Karl Brenner stattete am Freitag Polen einen "
         "zweitägigen Besuch ab.", "occurred", "Polen", "2016-01-08"),
        ("de", "Der deutsche Außenminister Karl Brenner hat Polen einen Besuch abgestattet.",
         "occurred", "Polen", None),
        # "on a visit to": where someone is, not what is talked about
        ("en", "Russian President Ivan Sorokin is on a two-day visit to Ankara.", "occurred",
         "Ankara", None),
        ("en", "Russian President Ivan Sorokin arrived in Amman on a two-day visit.",
         "occurred", "Amman", None),
    ],
)  # fmt: skip
def test_a_solo_visit_by_tense_and_place(
    engine: Communique, lang: str, text: str, status: str, place: str, date: str | None
) -> None:
    record = engine.extract(text, lang=lang, published=MONDAY)
    assert len(record.events) == 1, record.events
    event = record.events[0]
    assert len(event.participants) == 1
    assert (event.status, event.location.name if event.location else None) == (status, place)
    assert (event.date.start if event.date else None) == date


def test_a_visit_commented_on_is_a_topic(engine: Communique) -> None:
    text = "Foreign Minister Lena Dahl commented on the visit of Ivan Sorokin to Ankara."
    assert engine.extract(text, lang="en", published=MONDAY).events == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a copula that is the perfect's auxiliary: the visit has begun
        ("Präsident Jean Roux ist am Montag zu einem zweitägigen Besuch in Wien eingetroffen.",
         "occurred"),
        # a copula with the visit noun alone: under way or ahead
        ("Präsident Jean Roux ist am Dienstag zu Besuch in Wien.", "planned"),
    ],
)  # fmt: skip
def test_a_perfect_with_sein_is_past(engine: Communique, text: str, status: str) -> None:
    record = engine.extract(text, lang="de", published="2024-03-14")  # a Thursday
    assert [e.status for e in record.events] == [status]


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        # the host's state comes from the visit: told before, or in the meeting's sentence
        ("en", "German Foreign Minister Anna Berg arrived in Kabul on Monday for a two-day "
         "visit. She met President Omar Rahimi.", {"Anna Berg": "DEU", "Omar Rahimi": "AFG"}),
        ("de", "Die deutsche Außenministerin Anna Berg ist am Montag zu einem Besuch in Kabul "
         "eingetroffen. Sie traf Präsident Omar Rahimi.",
         {"Anna Berg": "DEU", "Omar Rahimi": "AFG"}),
        ("en", "During her visit to Afghanistan, German Foreign Minister Anna Berg met "
         "President Omar Rahimi.", {"Anna Berg": "DEU", "Omar Rahimi": "AFG"}),
        ("de", "Bei ihrem Besuch in Afghanistan traf die deutsche Außenministerin Anna Berg "
         "Präsident Omar Rahimi.", {"Anna Berg": "DEU", "Omar Rahimi": "AFG"}),
        # ... also where the meeting is placed at the state's seat of government, not at an
        # international body's
        ("en", "President Omar Rahimi arrived in Paris on Sunday. On Monday he held talks with "
         "President Jean Roux at the Elysee.", {"Omar Rahimi": None, "Jean Roux": "FRA"}),
        ("en", "Chancellor Omar Rahimi arrived in Brussels on Monday. He met President Jean "
         "Roux at the Berlaymont.", {"Omar Rahimi": None, "Jean Roux": None}),
        # not without a visit (a meeting place may host anyone), nor at home
        ("en", "German Foreign Minister Anna Berg met President Omar Rahimi in Kabul on "
         "Monday.", {"Anna Berg": "DEU", "Omar Rahimi": None}),
        ("en", "German Foreign Minister Anna Berg arrived in Berlin on Monday. She met "
         "President Omar Rahimi.", {"Anna Berg": "DEU", "Omar Rahimi": None}),
    ],
)  # fmt: skip
def test_a_host_is_of_the_visited_state(
    engine: Communique, lang: str, text: str, states: dict[str, str | None]
) -> None:
    record = engine.extract(text, lang=lang, published="2026-03-04")
    assert {a.name: a.affiliation for a in record.actors if a.name in states} == states
