"""A byline with its date after a bar is page furniture, its author no one in the story; a
state that opens a dateline and names its capital ("Luxemburg –", "SINGAPORE (Reuters) -")
is that city, where the meetings took place; a
description with a place after it ("die Bürgermeisterin aus X") is the person whose title
names that place; "setzten sich ... zusammen" with a long subject is a meeting. Texts written
for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-06-09"


@pytest.mark.parametrize(
    ("lang", "text", "author"),
    [
        ("de", "Besuch aus Südafrika\n\nVon Jana Lüdtke | 09.06.2026, 18:12 Uhr\n\n"
               "Oberbürgermeisterin Anne Kollwitz empfing am Dienstag die Gäste aus dem Ostkap. "
               "Anschließend trugen sie sich in das Goldene Buch der Stadt ein.", "Jana Lüdtke"),
        ("en", "Visit from the Eastern Cape\n\nBy Jane Lutkin | 9 June 2026, 18:12\n\n"
               "Mayor Anne Kollwitz received the guests from the Eastern Cape on Tuesday. "
               "She then showed them the old town hall.", "Jane Lutkin"),
    ],
)  # fmt: skip
def test_the_author_of_a_byline_is_no_one_in_the_story(
    engine: Communique, lang: str, text: str, author: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert author not in {a.name for a in record.actors}


def test_a_description_singled_out_by_its_place(engine: Communique) -> None:
    text = (
        "Oberbürgermeisterin Anne Kollwitz empfing am Dienstag Lwazi Mqhayi aus dem Ostkap. "
        "Mit ihm kam die Bürgermeisterin der Metropolgemeinde Nelson Mandela Bay, Christelle "
        "van der Merwe, nach Osnabrück.\n\n"
        "Am Nachmittag setzten sich Mqhayi und die Bürgermeisterin aus Nelson Mandela Bay mit "
        "IHK-Präsident Bernd Hölzer und Vertretern mittelständischer Unternehmen aus der Region "
        "zusammen."
    )
    rows = event_rows(engine, "de", text, PUBLISHED)
    assert (
        "meeting",
        "occurred",
        {"Lwazi Mqhayi", "Christelle van der Merwe", "Bernd Hölzer"},
    ) in (rows)


@pytest.mark.parametrize(
    ("lang", "text", "city"),
    [
        ("de", "Luxemburg – Am Rande der Sitzung kam Außenminister Gilles Rauch am Montag mit "
               "seiner slowenischen Amtskollegin Tina Rupar zusammen.", "Luxemburg"),
        ("en", "SINGAPORE (Reuters) - Foreign Minister Anna Berg met her counterpart Lee Wen "
               "on Saturday.", "SINGAPORE"),
    ],
)  # fmt: skip
def test_a_state_named_for_its_capital_in_the_dateline_is_the_city(
    engine: Communique, lang: str, text: str, city: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert [e.location.name if e.location else None for e in meetings] == [city]


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("de", "Am Donnerstag traf Bundespräsidentin Regula Wyss den Parlamentspräsidenten Tomasz "
               "Wielgus. Staatssekretär Pascal Gmür war bei diesem Treffen nicht dabei.",
         "Pascal Gmür"),
        ("en", "On Thursday President Regula Wyss met Parliament President Tomasz Wielgus. State "
               "Secretary Pascal Gmur did not join the meeting.", "Pascal Gmur"),
    ],
)  # fmt: skip
def test_who_was_not_there_does_not_join(
    engine: Communique, lang: str, text: str, absent: str
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert rows and not any(absent in p for _, _, p in rows)


def test_a_title_with_its_own_object_article_is_not_the_one_before(engine: Communique) -> None:
    """ "traf die Bundespräsidentin zudem den Präsidenten des Parlaments, X": X is the
    president of the parliament, not the federal president who met him."""
    text = (
        "Bundespräsidentin Regula Wyss traf am Donnerstag Kommissionschefin Elina Varto. Am "
        "Nachmittag traf die Bundespräsidentin zudem den Präsidenten des Europäischen "
        "Parlaments, Tomasz Wielgus."
    )
    record = engine.extract(text, lang="de", published=PUBLISHED)
    wielgus = next(a for a in record.actors if a.name == "Tomasz Wielgus")
    assert wielgus.role is not None and "Bundespräsidentin" not in wielgus.role.title
