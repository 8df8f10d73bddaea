"""German visits told over several sentences: who belongs to a delegation ("Zur Delegation
gehörten ..."), one side named by the same adjective in two forms, companions in a relative
clause who came to all talks, a meeting "der Delegation mit" someone, the hajj honorific
before West African names, a palace's name after its noun, and the World Health Assembly as
a conference in each language. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-04-21"


def _events(engine: Communique, text: str, lang: str = "de") -> list[tuple[str, str, set[str]]]:
    return event_rows(engine, lang, text, PUBLISHED)


def test_members_of_one_side_named_in_two_forms(engine: Communique) -> None:
    text = (
        "Ghanaische Parlamentsdelegation zu Gast in Kiel\n\n"
        "Eine Delegation des ghanaischen Parlaments hat am Montag den Landtag besucht. "
        "Landtagspräsident Jonas Bremer empfing die Gäste am Vormittag. Zur ghanaischen "
        "Delegation gehörten die Abgeordneten Kwame Owusu und Akua Boateng. Den Abschluss "
        "bildete ein Treffen der Delegation mit Ministerpräsidentin Frauke Lindholm."
    )
    guests = {"Kwame Owusu", "Akua Boateng"}
    assert _events(engine, text) == [
        ("meeting", "occurred", {"Jonas Bremer"} | guests),
        ("meeting", "occurred", {"Frauke Lindholm"} | guests),
    ]


def test_companions_at_all_talks_in_a_relative_clause(engine: Communique) -> None:
    text = (
        "Außenminister Tomás Ferreyra traf am Mittwoch seine chilenische Amtskollegin Ana "
        "Rojas. Am Donnerstag kam Ferreyra mit Bergbauministerin Marta Soto zusammen. Zur "
        "Delegation gehörten auch Staatssekretär Pablo Lértiga und Botschafter Luis Vidal, "
        "die den Minister bei allen Gesprächen begleiteten."
    )
    company = {"Tomás Ferreyra", "Pablo Lértiga", "Luis Vidal"}
    assert _events(engine, text) == [
        ("meeting", "occurred", company | {"Ana Rojas"}),
        ("meeting", "occurred", company | {"Marta Soto"}),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Präsident traf am Montag El Hadji Malick Sarr in Dakar."),
        ("en", "The President met El Hadji Malick Sarr in Dakar on Monday."),
    ],
)
def test_the_hajj_honorific_is_no_part_of_the_name(
    engine: Communique, lang: str, text: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert [a.name for a in record.actors if a.kind == "person"] == ["Malick Sarr"]


def test_a_palace_named_after_its_noun_is_no_person(engine: Communique) -> None:
    text = (
        "Am Donnerstag wurde Außenminister Tomás Ferreyra von Präsident Rodrigo Lagos im "
        "Regierungspalast La Moneda empfangen."
    )
    record = engine.extract(text, lang="de", published=PUBLISHED)
    assert sorted(a.name for a in record.actors if a.kind == "person") == [
        "Rodrigo Lagos",
        "Tomás Ferreyra",
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Ministerin Anna Keller nimmt im Mai an der Weltgesundheitsversammlung in "
               "Genf teil."),
        ("en", "Minister Anna Keller will attend the World Health Assembly in Geneva in May."),
        ("ru", "Министр Анна Келлер примет участие во Всемирной ассамблее здравоохранения в "
               "Женеве в мае."),
    ],
)  # fmt: skip
def test_the_world_health_assembly_is_a_conference(
    engine: Communique, lang: str, text: str
) -> None:
    assert [(k, s) for k, s, _ in _events(engine, text, lang)] == [("conference", "planned")]


def test_a_title_with_an_adjective_in_its_portfolio(engine: Communique) -> None:
    text = (
        "Die Ministerin für Energiewende und nachhaltige Entwicklung des Königreichs Marokko, "
        "Frau Nadia Benali, hat am 24. März in Berlin an einer Konferenz teilgenommen. Am "
        "Rande der Konferenz traf die Ministerin die Staatssekretärin im Bundesministerium "
        "für Wirtschaft, Dr. Katrin Wehr."
    )
    record = engine.extract(text, lang="de", published=PUBLISHED)
    titles = {a.name: a.role.title if a.role else None for a in record.actors}
    assert titles == {"Nadia Benali": "Ministerin", "Katrin Wehr": "Staatssekretärin"}
    meetings = [e for e in record.events if e.kind == "meeting"]
    names = {a.id: a.name for a in record.actors}
    assert [{names[p] for p in e.participants} for e in meetings] == [
        {"Nadia Benali", "Katrin Wehr"}
    ]


def test_company_told_after_sentences_that_go_on_about_the_talks(engine: Communique) -> None:
    text = (
        "Landtagspräsident Jonas Bremer empfing am Montag den Parlamentspräsidenten Ghanas, "
        "Kwame Owusu, in Kiel. In einem ausführlichen Gespräch ging es um die Arbeit kleiner "
        "Parlamente. Danach ging es um den Klimaschutz. Auch der Tourismus war ein Thema. "
        "„Wir lernen viel voneinander“, sagte Bremer. Begleitet wurden die Gäste von der "
        "Botschafterin Ghanas, Akua Boateng."
    )
    assert _events(engine, text) == [
        ("meeting", "occurred", {"Jonas Bremer", "Kwame Owusu", "Akua Boateng"})
    ]
