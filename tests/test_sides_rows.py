"""States and organisations at the table (``communique.sides``) in the positions news puts
them: after a meeting word that ends in its own with ("verhandelte ... mit", "met with"),
after the finite verb of a German clause opened by something else (verb second), and after a
date that opens the sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2025-03-10"


def _at_the_table(
    engine: Communique, lang: str, text: str, kinds: tuple[str, ...] | None = None
) -> set[str]:
    """Who sits at the one event of the text (of ``kinds``, when given)."""
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    events = [e for e in record.events if kinds is None or e.kind in kinds]
    assert len(events) == 1, events
    return {a.name for a in record.actors if a.id in events[0].participants}


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
        # a list of states whose first item a comma cut from the meeting word's clause
        ("en", "Foreign ministers of Russia, Iran and Turkey met in Geneva on Tuesday.",
         {"Russian Federation", "Iran", "Türkiye"}),
        ("de", "Die Außenminister Russlands, des Iran und der Türkei trafen sich am Dienstag in "
         "Genf.", {"Russian Federation", "Iran", "Türkiye"}),
    ],
)  # fmt: skip
def test_sides_at_the_table(
    engine: Communique, lang: str, text: str, participants: set[str]
) -> None:
    assert _at_the_table(engine, lang, text) == participants


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Am Rande des Nato-Gipfels traf Premier Jan Kowal Präsidentin Anna Berg."),
        ("de", "Am Rande der UN-Vollversammlung traf Premier Jan Kowal Präsidentin Anna Berg."),
        ("en", "On the sidelines of the NATO summit, Prime Minister Jan Kowal met President Anna "
         "Berg."),
    ],
)  # fmt: skip
def test_a_body_naming_the_gathering_is_no_side(engine: Communique, lang: str, text: str) -> None:
    """A meeting on the margins of a gathering named by a body: the body is not at its table."""
    assert _at_the_table(engine, lang, text, ("meeting",)) == {"Jan Kowal", "Anna Berg"}


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
        # ... a separable verb's infinitive
        "Israel und der Libanon wollen die Gespräche über die Grenze im April fortsetzen.",
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


@pytest.mark.parametrize(
    ("lang", "text", "participants"),
    [
        # a title nobody in the text holds stands for its state: after it (genitive, "of")
        ("en", "Negotiations resumed in Geneva. The foreign ministers of Serbia and Albania "
         "held talks on Monday.", {"Serbia", "Albania"}),
        ("de", "In Genf wurde weiter verhandelt. Die Außenminister Serbiens und Albaniens "
         "trafen sich am Montag.", {"Serbia", "Albania"}),
        ("en", "Trade was on the agenda. Foreign Secretary Tom Ashby met the foreign ministers "
         "of Chile and Peru.", {"Tom Ashby", "Chile", "Peru"}),
        ("en", "President Per Dahl conferred with the Prime Minister of Chile on Monday.",
         {"Per Dahl", "Chile"}),
        # ... or before it (a state's adjective)
        ("en", "Trade was on the agenda. The Foreign Minister of Chile, Rosa Vidal, met the "
         "Peruvian foreign minister in Lima.", {"Rosa Vidal", "Peru"}),
        ("de", "Der Handel stand im Mittelpunkt. Die chilenische Außenministerin Rosa Vidal "
         "traf in Lima den peruanischen Außenminister.", {"Rosa Vidal", "Peru"}),
    ],
)  # fmt: skip
def test_a_state_stands_for_its_unnamed_title_holder(
    engine: Communique, lang: str, text: str, participants: set[str]
) -> None:
    assert _at_the_table(engine, lang, text) == participants


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # the title's holder is named: no state beside the person
        ("en", "Trade was on the agenda. The foreign minister of Peru, Ana Ruiz, met Rosa "
         "Vidal of Chile in Lima.", "Ana Ruiz"),
        ("de", "Der Handel stand im Mittelpunkt. Die Außenministerin Perus, Ana Ruiz, traf "
         "in Lima Rosa Vidal aus Chile.", "Ana Ruiz"),
        # a speech verb between the state's title and the meeting: the title's holder speaks
        ("en", "Trade was on the agenda. The president of Peru said Rosa Vidal met Ana Ruiz "
         "in Lima.", None),
    ],
)  # fmt: skip
def test_a_named_or_speaking_title_holder_brings_no_state(
    engine: Communique, lang: str, text: str, person: str | None
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    states = {a.name for a in record.actors if a.kind == "state"}
    seated = {a for e in record.events for a in e.participants}
    assert not {a.name for a in record.actors if a.id in seated} & states
    if person:
        assert person in {a.name for a in record.actors if a.id in seated}


def test_a_clause_between_a_title_and_a_place_is_no_title_of_the_next_word(
    engine: Communique,
) -> None:
    """ "generals had met in Turkmen Mountain": the state adjective is no title's owner, so
    "Mountain" has no title before it and is no name."""
    text = "Four Syrian generals had met in Turkmen Mountain on Tuesday."
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert "Mountain" not in {a.name for a in record.actors}


@pytest.mark.parametrize(
    ("lang", "text", "participants"),
    [
        # "the two countries" at the table: the two states named last
        ("en", "Chile and Peru stuck to their positions as the foreign ministers of the two "
         "countries concluded their talks on Monday.", {"Chile", "Peru"}),
        ("en", "Relations between Chile and Peru have improved. Officials from the two "
         "countries met in Lima on Monday.", {"Chile", "Peru"}),
        ("de", "Die Beziehungen zwischen Chile und Peru haben sich verbessert. Vertreter "
         "beider Länder trafen sich am Montag in Lima.", {"Chile", "Peru"}),
        # ... not where their people are named: then it is said of them
        ("en", "Foreign Minister Rosa Vidal of Chile met Ana Ruiz of Peru. A plan of "
         "consultations between the two countries was signed.", {"Rosa Vidal", "Ana Ruiz"}),
    ],
)  # fmt: skip
def test_the_two_countries(
    engine: Communique, lang: str, text: str, participants: set[str]
) -> None:
    assert _at_the_table(engine, lang, text, kinds=("meeting", "call")) == participants


def test_a_state_s_mission_to_a_body_is_not_the_body(engine: Communique) -> None:
    """ "its U.N. diplomats": the people of a state's mission to the UN, not the UN's."""
    text = "Chile said its U.N. diplomats met Peruvian officials in New York on Monday."
    record = engine.extract(text, lang="en", published=PUBLISHED)
    seated = {a.name for e in record.events for a in record.actors if a.id in e.participants}
    assert "United Nations" not in seated
