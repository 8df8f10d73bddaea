"""What a clause of its own does not lend a meeting: a future tense or a year in a relative
clause opened by a preposition (", for which the government will provide ... until 2028",
", für die der Bund bis 2028 ... bereitstellt") says nothing of the meeting's status or date.
Sentences written for these tests."""

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
