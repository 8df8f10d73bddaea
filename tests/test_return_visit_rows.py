"""A return visit ("Gegenbesuch", "return visit", "ответный визит") is a planned meeting of
the two who met: the visitor it names and the one they met, or the two of the meeting told
last where it names no one; not a second meeting where its sentence seats both already.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2025-03-27"


@pytest.mark.parametrize(
    ("lang", "text", "rows"),
    [
        ("de", "Innenministerin Petra Lang hat heute den Innenminister Marokkos, Karim Benali, "
         "in Berlin empfangen. Lang nahm die Einladung ihres Amtskollegen zu einem "
         "Gegenbesuch in Rabat an. Die Reise soll im Herbst stattfinden.",
         [("meeting", "occurred", {"Petra Lang", "Karim Benali"}),
          ("meeting", "planned", {"Petra Lang", "Karim Benali"})]),
        ("de", "Innenministerin Petra Lang hat heute den Innenminister Marokkos, Karim Benali, "
         "in Berlin empfangen. Ein Gegenbesuch ist für den Herbst vorgesehen.",
         [("meeting", "occurred", {"Petra Lang", "Karim Benali"}),
          ("meeting", "planned", {"Petra Lang", "Karim Benali"})]),
        ("en", "Interior Minister Petra Lang received her Moroccan counterpart Karim Benali in "
         "Berlin on Thursday. Lang will pay a return visit to Rabat in the autumn.",
         [("meeting", "occurred", {"Petra Lang", "Karim Benali"}),
          ("meeting", "planned", {"Petra Lang", "Karim Benali"})]),
        ("ru", "Министр иностранных дел Казахстана Ерлан Сапаров провел в Астане переговоры с "
         "министром иностранных дел Венгрии Петером Ковачем. Ерлан Сапаров совершит ответный "
         "визит в Будапешт осенью.",
         [("meeting", "occurred", {"Ерлан Сапаров", "Петер Ковач"}),
          ("meeting", "planned", {"Ерлан Сапаров", "Петер Ковач"})]),
        # the invitation names both: one planned meeting, not two
        ("de", "Innenministerin Petra Lang hat heute den Innenminister Marokkos, Karim Benali, "
         "in Berlin empfangen. Benali lud Lang zu einem Gegenbesuch nach Rabat ein.",
         [("meeting", "occurred", {"Petra Lang", "Karim Benali"}),
          ("meeting", "planned", {"Petra Lang", "Karim Benali"})]),
    ],
)  # fmt: skip
def test_a_return_visit_is_a_planned_meeting_of_the_two(
    engine: Communique, lang: str, text: str, rows: list[tuple[str, str, set[str]]]
) -> None:
    assert event_rows(engine, lang, text, PUBLISHED) == rows


def test_a_return_visit_takes_its_place_and_the_next_sentences_date(engine: Communique) -> None:
    text = (
        "Innenministerin Petra Lang hat heute den Innenminister Marokkos, Karim Benali, in "
        "Berlin empfangen. Lang nahm die Einladung ihres Amtskollegen zu einem Gegenbesuch in "
        "Rabat an. Die Reise soll im Juni stattfinden."
    )
    record = engine.extract(text, lang="de", published=PUBLISHED)
    planned = [e for e in record.events if e.status == "planned"]
    assert len(planned) == 1
    assert planned[0].location is not None and planned[0].location.name == "Rabat"
    assert planned[0].date is not None and planned[0].date.start == "2025-06"
