"""Clauses and groups. A future tense or a year in a relative clause opened by a preposition
(", for which the government will provide ... until 2028", ", für die der Bund bis 2028 ...
bereitstellt") or in one without a comma says nothing of the meeting's status or date; a
group named by number ("the two leaders", "die beiden Politiker nacheinander") is the parties
of the meeting told last. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2025-03-14"


@pytest.mark.parametrize(
    ("lang", "text", "rows"),
    [
        ("en", "Minister Anna Weber met Foreign Minister Ostap Levchenko in Geneva, discussing "
         "demining in Kharkiv, for which the government will provide 100 million euros until "
         "2028.", [("meeting", "occurred", {"Anna Weber", "Ostap Levchenko"})]),
        ("en", "Minister Anna Weber met Foreign Minister Ostap Levchenko in Geneva on the "
         "project, in which both states will invest until 2030.",
         [("meeting", "occurred", {"Anna Weber", "Ostap Levchenko"})]),
        ("de", "Ministerin Anna Weber sprach in Genf mit dem Außenminister Ostap Levchenko über "
         "die Räumung von Flächen in Charkiw, für die der Bund bis 2028 insgesamt 100 "
         "Millionen Euro bereitstellt.",
         [("meeting", "occurred", {"Anna Weber", "Ostap Levchenko"})]),
        # a relative clause without a comma: its noun was postponed, not the talks
        ("en", "President Dovlet Annayev held talks in Tashkent with his counterpart, Bakhtiyor "
         "Tursunov, about a project that had been postponed.",
         [("meeting", "occurred", {"Dovlet Annayev", "Bakhtiyor Tursunov"})]),
        # the plan of the main clause still holds
        ("en", "Minister Anna Weber will meet Foreign Minister Ostap Levchenko in Geneva next "
         "week, for which both sides prepared a draft.",
         [("meeting", "planned", {"Anna Weber", "Ostap Levchenko"})]),
    ],
)  # fmt: skip
def test_a_relative_clause_after_a_preposition_lends_no_status(
    engine: Communique, lang: str, text: str, rows: list[tuple[str, str, set[str]]]
) -> None:
    assert event_rows(engine, lang, text, PUBLISHED) == rows


def test_the_date_of_a_relative_clause_after_a_preposition_is_not_the_meetings(
    engine: Communique,
) -> None:
    text = (
        "Minister Anna Weber met Foreign Minister Ostap Levchenko in Geneva, discussing "
        "demining, for which the government will provide funds until 2028."
    )
    (event,) = engine.extract(text, lang="en", published=PUBLISHED).events
    assert event.date is None


@pytest.mark.parametrize(
    ("lang", "text", "rows"),
    [
        # "the two leaders" after a meeting of two and a companion: its subject and
        # counterpart, not a predecessor named since
        ("en", "Secretary General Anders Holm met the Prime Minister of Montenegro, Marko "
         "Vukovic, in Brussels on Wednesday. Ambassador Jelena Drago also took part in the "
         "meeting. Vukovic succeeded Nikola Radon as Prime Minister in March. The Secretary "
         "General thanked Montenegro for its contribution. The two leaders also held talks "
         "on the Western Balkans.",
         [("meeting", "occurred", {"Anders Holm", "Marko Vukovic", "Jelena Drago"})]),
        # the others than the sentence's own people, each met one by one
        ("de", "Das Treffen von Präsidentin Anna Vuk, Premier Besnik Rexhepi und dem Gesandten "
         "Tomáš Brezovský wurde abgesagt. Stattdessen empfing Brezovský die beiden Politiker "
         "nacheinander im Gebäude des Auswärtigen Dienstes.",
         [("meeting", "cancelled", {"Anna Vuk", "Besnik Rexhepi", "Tomáš Brezovský"}),
          ("meeting", "occurred", {"Tomáš Brezovský", "Anna Vuk"}),
          ("meeting", "occurred", {"Tomáš Brezovský", "Besnik Rexhepi"})]),
        ("en", "The meeting of President Anna Vuk, Prime Minister Besnik Rexhepi and envoy "
         "Tomas Brezovsky was called off. Instead, Brezovsky received the two leaders "
         "separately at the EU's diplomatic service.",
         [("meeting", "cancelled", {"Anna Vuk", "Besnik Rexhepi", "Tomas Brezovsky"}),
          ("meeting", "occurred", {"Tomas Brezovsky", "Anna Vuk"}),
          ("meeting", "occurred", {"Tomas Brezovsky", "Besnik Rexhepi"})]),
        # a verb-second clause: the subject after the verb, named counterparts after it
        ("de", "Stattdessen empfing Brezovský die Präsidentin Anna Vuk und den Premier Besnik "
         "Rexhepi nacheinander in Brüssel.",
         [("meeting", "occurred", {"Brezovský", "Anna Vuk"}),
          ("meeting", "occurred", {"Brezovský", "Besnik Rexhepi"})]),
    ],
)  # fmt: skip
def test_a_group_named_by_number_is_the_meetings_parties(
    engine: Communique, lang: str, text: str, rows: list[tuple[str, str, set[str]]]
) -> None:
    assert event_rows(engine, lang, text, PUBLISHED) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a cancellation with an object of its own is not the meeting's
        ("President Anna Berg met President Karl Huber in Oslo and then postponed the vote on "
         "the budget.", [("meeting", "occurred", {"Anna Berg", "Karl Huber"})]),
        # ... a passive has none ("the day before" is when)
        ("The meeting of President Anna Berg and President Karl Huber was postponed the day "
         "before.", [("meeting", "cancelled", {"Anna Berg", "Karl Huber"})]),
        # ... and a meeting noun as its object is the meeting
        ("President Anna Berg called off the summit with President Karl Huber.",
         [("conference", "cancelled", {"Anna Berg", "Karl Huber"})]),
    ],
)  # fmt: skip
def test_a_cancellation_with_its_own_object_leaves_the_meeting(
    engine: Communique, text: str, rows: list[tuple[str, str, set[str]]]
) -> None:
    assert event_rows(engine, "en", text, PUBLISHED) == rows
