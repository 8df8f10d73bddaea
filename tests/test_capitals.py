"""A state's capital named by description is a mention of that city, its span the phrase and
its name the one the gazetteer lists in the text's language and script. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2016-01-11"


@pytest.mark.parametrize(
    ("lang", "text", "name", "span"),
    [
        ("de", "Am Dienstag ist der deutsche Außenminister Karl Brenner in der polnischen "
         "Hauptstadt zu Besuch.", "Warschau", "polnischen Hauptstadt"),
        ("de", "Außenministerin Eva Lind traf den Präsidenten Jan Kowal in der Hauptstadt Polens.",
         "Warschau", "Hauptstadt Polens"),
        ("en", "Foreign Minister Lena Dahl arrived in the Polish capital on Monday.", "Warsaw",
         "Polish capital"),
        ("en", "Lena Dahl met Foreign Minister Wang Yi in Poland's capital.", "Warsaw",
         "Poland's capital"),
        ("en", "Lena Dahl met Foreign Minister Wang Yi in the capital of Poland.", "Warsaw",
         "capital of Poland"),
        ("ru", "Министр иностранных дел Сергей Лавров прибыл в столицу Польши.", "Варшава",
         "столицу Польши"),
    ],
)  # fmt: skip
def test_a_capital_by_description(
    engine: Communique, lang: str, text: str, name: str, span: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert len(record.events) == 1, record.events
    place = record.events[0].location
    assert place is not None
    assert (place.name, place.span.text, place.country, place.canonical) == (
        name, span, "POL", "Warsaw"
    )  # fmt: skip


def test_a_state_before_a_noun_is_no_destination(engine: Communique) -> None:
    text = "Foreign Minister Lena Dahl visited the Ukraine crisis talks."
    events = engine.extract(text, lang="en", published=PUBLISHED).events
    assert all(e.location is None or e.location.name != "Ukraine" for e in events)
