"""A title a city owns is of the city's state: a city adjective ("der Wiener Bürgermeister"),
a genitive or attributive city ("Berlins Bürgermeister", "London Mayor X", "Chicago's
mayor") or a city linked by "of"/"von" after it ("the mayor of London"); not a city after
another preposition ("the ambassador to Washington"), and a city adjective is no surname's
place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2025-02-17"


def _affiliations(engine: Communique, lang: str, text: str) -> dict[str, str | None]:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    return {a.name: a.affiliation for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Am Montag traf der Wiener Bürgermeister Michael Ludwig den Prager "
         "Oberbürgermeister Bohuslav Svoboda.",
         {"Michael Ludwig": "AUT", "Bohuslav Svoboda": "CZE"}),
        ("de", "Am Montag traf der Dresdner Bürgermeister Jan Donhauser die Grazer "
         "Bürgermeisterin Elke Kahr.",
         {"Jan Donhauser": "DEU", "Elke Kahr": "AUT"}),
        ("de", "Am Montag traf Berlins Bürgermeister Kai Wegner den Bürgermeister von Kyjiw, "
         "Witali Klitschko.",
         {"Kai Wegner": "DEU", "Witali Klitschko": "UKR"}),
        ("en", "On Monday, London Mayor Sadiq Khan met Chicago's mayor, Brandon Johnson.",
         {"Sadiq Khan": "GBR", "Brandon Johnson": "USA"}),
        ("en", "On Monday, the mayor of Lyon, Grégory Doucet, met Mayor Anna Berg.",
         {"Grégory Doucet": "FRA", "Anna Berg": None}),
        # a city after another preposition owns nothing
        ("en", "On Monday, the ambassador to Washington, Peter Hale, met Senator Anna Berg.",
         {"Peter Hale": None, "Anna Berg": None}),
    ],
)  # fmt: skip
def test_a_city_owns_a_title(
    engine: Communique, lang: str, text: str, expected: dict[str, str | None]
) -> None:
    assert _affiliations(engine, lang, text) == expected


def test_a_name_particle_of_east_african_names(engine: Communique) -> None:
    text = (
        "President Daniel Kiprono met Narok Senator Daniel ole Sankale on Monday. Later "
        "President Kiprono said the talks had been frank."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    roles = {a.name: a.role.cls if a.role else None for a in record.actors}
    assert roles == {"Daniel Kiprono": "head_of_state", "Daniel ole Sankale": "legislator"}


def test_a_capitalised_ole_is_a_first_name(engine: Communique) -> None:
    text = "Minister Ole Brandtner traf am Montag Botschafter Jan Novak."
    record = engine.extract(text, lang="de", published=PUBLISHED)
    assert {a.name for a in record.actors} == {"Ole Brandtner", "Jan Novak"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a state's subdivision owns the title: its government's members are the state's
        # officials (the contract's classes are a state's)
        ("de", "Am Montag traf Bayerns Wirtschaftsminister Xaver Brunnhuber den "
         "Ministerpräsidenten des Landes Nordrhein-Westfalen, Bernd Kettel.",
         {"Xaver Brunnhuber": ("official", "DEU"), "Bernd Kettel": ("official", "DEU")}),
        ("de", "Am Montag traf der Regierungschef des Bundesstaats Karnataka, Siddharth Gowda, "
         "Außenministerin Anna Berg.",
         {"Siddharth Gowda": ("official", "IND"), "Anna Berg": ("foreign_minister", None)}),
        ("en", "On Monday, Prime Minister Anthony Albanese met the Premier of New South Wales, "
         "Chris Minns.",
         {"Anthony Albanese": ("head_of_government", "AUS"), "Chris Minns": ("official", "AUS")}),
    ],
)  # fmt: skip
def test_a_subdivision_owns_a_title(
    engine: Communique, lang: str, text: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    found = {
        a.name: (a.role.cls if a.role else None, a.affiliation)
        for a in record.actors
        if a.kind == "person"
    }
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a past office is no class of office now; the office held then keeps its class
        ("en", "Former President Nelson Mandela met the then-president Thabo Mbeki.",
         {"Nelson Mandela": "other", "Thabo Mbeki": "head_of_state"}),
        ("de", "Der ehemalige Außenminister Karl Huber traf den damaligen Außenminister Jan "
         "Novak.", {"Karl Huber": "other", "Jan Novak": "foreign_minister"}),
    ],
)  # fmt: skip
def test_a_former_office_holder_holds_no_office(
    engine: Communique, lang: str, text: str, expected: dict[str, str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert {a.name: a.role.cls if a.role else None for a in record.actors} == expected
