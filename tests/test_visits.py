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
    assert visits == [("cancelled", place)]
    assert len(record.events[0].participants) == 1
