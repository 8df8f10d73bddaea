"""A lone visitor's tour of several places in one sentence ("will visit Japan, China and
South Korea", "Reise nach Kasachstan und Usbekistan") is a visit to each; a comma the
coordinator does not close lists no stops ("in Seoul, Moriyama is ..."). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique


def _stops(engine: Communique, lang: str, text: str) -> list[tuple[str, str | None]]:
    record = engine.extract(text, lang=lang, published="2025-05-05")
    return [(e.status, e.location.name if e.location else None) for e in record.events]


@pytest.mark.parametrize(
    ("lang", "text", "stops"),
    [
        ("en", "Secretary of State Anna Berg will visit Japan, China and South Korea next week "
         "for talks on trade.",
         [("planned", "Japan"), ("planned", "China"), ("planned", "South Korea")]),
        ("de", "Außenministerin Theresa Vogt reist in der kommenden Woche nach Kasachstan und "
         "Usbekistan.", [("planned", "Kasachstan"), ("planned", "Usbekistan")]),
        ("en", "Prime Minister Kenji Moriyama will visit Seoul on Thursday. During his stay in "
         "Seoul, Moriyama is also scheduled to visit a memorial.", [("planned", "Seoul")]),
    ],
)  # fmt: skip
def test_a_tour_is_a_visit_to_each_stop(
    engine: Communique, lang: str, text: str, stops: list[tuple[str, str | None]]
) -> None:
    assert _stops(engine, lang, text) == stops
