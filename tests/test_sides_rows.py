"""States and organisations at the table (``communique.sides``) in the positions news puts
them: after a meeting word that ends in its own with ("verhandelte ... mit", "met with"),
after the finite verb of a German clause opened by something else (verb second), and after a
date that opens the sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2025-03-10"


@pytest.mark.parametrize(
    ("lang", "text", "participants"),
    [
        ("de", "Österreich verhandelte am Mittwoch mit Ungarn über die Grenze.",
         {"Austria", "Hungary"}),
        ("en", "Turkey met with Russia in Sochi on Monday.", {"Türkiye", "Russian Federation"}),
        ("de", "Kasachstan traf sich mit der EU in Brüssel.", {"Kazakhstan", "European Union"}),
        ("de", "Am Freitag hat das russische Außenministerium die polnische Botschafterin Anna "
         "Wisniewska einbestellt.", {"Russian Federation", "Anna Wisniewska"}),
        ("en", "On Friday the Foreign Office summoned Ambassador Andrei Kelmov of Russia.",
         {"United Kingdom", "Andrei Kelmov"}),
        ("ru", "В пятницу МИД России вызвал посла Польши Анджея Ковальского.",
         {"Russian Federation", "Анджей Ковальский"}),
    ],
)  # fmt: skip
def test_sides_at_the_table(
    engine: Communique, lang: str, text: str, participants: set[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert len(record.events) == 1, record.events
    names = {a.name for a in record.actors if a.id in record.events[0].participants}
    assert names == participants


@pytest.mark.parametrize(
    "text",
    [
        '"I\'ve met with the White House on this," Senator Bob Corker told reporters.',
        '"We\'re meeting Iran\'s envoy," said Senator Bob Corker. "It\'s time."',
    ],
)
def test_a_contracted_function_word_is_no_name(engine: Communique, text: str) -> None:
    record = engine.extract(text, lang="en", published=PUBLISHED)
    names = {a.name for a in record.actors}
    assert "Bob Corker" in names
    assert not {n for n in names if "'" in n}


@pytest.mark.parametrize(
    "text",
    [
        # the light verb closes the clause after the meeting noun (perfect, modal)
        "Israel und der Libanon haben Gespräche über die Grenze aufgenommen.",
        "Am Montag haben Israel und der Libanon Gespräche über die Grenze aufgenommen.",
        "Nach dem Streit wollen Serbien und Kosovo Gespräche führen.",
    ],
)
def test_german_states_before_a_meeting_noun_and_its_closing_verb(
    engine: Communique, text: str
) -> None:
    record = engine.extract(text, lang="de", published=PUBLISHED)
    assert len(record.events) == 1, record.events
    assert all(a.kind == "state" for a in record.actors if a.id in record.events[0].participants)
    assert len(record.events[0].participants) == 2


def test_states_praising_talks_do_not_hold_them(engine: Communique) -> None:
    text = "Am Montag lobten Israel und der Libanon die Gespräche über die Grenze."
    assert engine.extract(text, lang="de", published=PUBLISHED).events == []
