"""A title whose portfolio is a list closed by its "and" ("State Minister of Transport and
Logistics X"): the name after it is a person's and the title is theirs; "State Minister" is a
junior minister's rank, "Minister of International Relations and Cooperation" a foreign
minister's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-02-11"


def _roles(engine: Communique, text: str) -> dict[str, str | None]:
    record = engine.extract(text, lang="en", published=PUBLISHED)
    return {a.name: a.role.cls if a.role else None for a in record.actors}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The delegation included State Minister of Transport and Logistics Dagmawit "
         "Mekonnen and Ambassador Berhanu Tsegaye.", "Dagmawit Mekonnen", "deputy_minister"),
        ("He met Deputy Minister of Mines and Petroleum Tsion Alemu on Monday.",
         "Tsion Alemu", "deputy_minister"),
        ("She held talks with Minister of Trade and Regional Integration Kassahun Gofe.",
         "Kassahun Gofe", "minister"),
        ("He was received by State Minister for Foreign Affairs Misganu Arega.",
         "Misganu Arega", "deputy_foreign_minister"),
        ("Earlier, Imamura met South Africa's Minister of International Relations and "
         "Cooperation Lwazi Ngcobo in Pretoria.", "Lwazi Ngcobo", "foreign_minister"),
        # a title after the list's "and" is the next person's, not the portfolio
        ("He met the Minister of Health and Deputy Minister Anna Smith.",
         "Anna Smith", "deputy_minister"),
    ],
)  # fmt: skip
def test_a_portfolio_list_before_a_name(
    engine: Communique, text: str, name: str, role: str
) -> None:
    assert _roles(engine, text).get(name) == role


def test_member_state_ministers_are_no_rank(engine: Communique) -> None:
    roles = _roles(engine, "EU member state ministers met Minister Anna Berg in Brussels.")
    assert roles == {"Anna Berg": "minister", "European Union": None}


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        # a meeting noun in a title's portfolio tells no talks; a one-word name after it
        ("de", "Minister Leopold Kammerhofer hat am Mittwoch den Handelsminister Indonesiens, "
               "Budiarto, empfangen. Der Gast wurde vom Generaldirektor für internationale "
               "Handelsverhandlungen, Sutrisno, begleitet. Auf österreichischer Seite nahm "
               "Staatssekretärin Verena Holler an dem Gespräch teil.",
         {"Leopold Kammerhofer", "Budiarto", "Sutrisno", "Verena Holler"}),
        ("en", "Minister Leopold Kammerhofer received Trade Minister Budiarto of Indonesia on "
               "Wednesday. The guest was accompanied by the Director for Trade Negotiations, "
               "Sutrisno. State Secretary Verena Holler also took part in the meeting.",
         {"Leopold Kammerhofer", "Budiarto", "Sutrisno", "Verena Holler"}),
    ],
)  # fmt: skip
def test_a_meeting_noun_in_a_portfolio(
    engine: Communique, lang: str, text: str, names: set[str]
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert [p for k, s, p in rows if k == "meeting"] == [names]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        # the head of a consulate is a consul: "die Konsulin" describes her
        ("de", "Die neue Leiterin des deutschen Konsulats in Oppeln, Dr. Birgit Hauschild, ist "
               "angekommen. Am Freitag hatte sich die Konsulin mit dem Vorsitzenden der "
               "Gesellschaft, Rafał Bartodziej, in Oppeln getroffen.",
         {"Birgit Hauschild", "Rafał Bartodziej"}),
        ("en", "The new head of the German consulate in Opole, Birgit Hauschild, has arrived. "
               "On Friday the consul met the chairman of the society, Rafał Bartodziej.",
         {"Birgit Hauschild", "Rafał Bartodziej"}),
        # who came to the talks, told by a participle
        ("de", "Am Nachmittag traf Konsulin Birgit Hauschild den Marschall Zbigniew Pietrzyk. "
               "Zu dem Gespräch war auch der Abgeordnete Henryk Wolny hinzugekommen.",
         {"Birgit Hauschild", "Zbigniew Pietrzyk", "Henryk Wolny"}),
    ],
)  # fmt: skip
def test_a_consulates_head_and_who_came_to_the_talks(
    engine: Communique, lang: str, text: str, names: set[str]
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert [p for k, s, p in rows if k == "meeting"] == [names]


def test_the_head_of_a_department_in_apposition(engine: Communique) -> None:
    text = (
        "Undersecretary Hilal bin Ali Al Mamari received Ambassador Anna Berg today. The "
        "meeting was attended by Khamis bin Salim Al Farsi, Head of the Asia Department at the "
        "Ministry of Foreign Affairs."
    )
    assert _roles(engine, text).get("Khamis bin Salim Al Farsi") == "official"


@pytest.mark.parametrize(
    "text",
    [
        "She met with Minister of Finance Aigul Sharipova and Trade Minister Ruslan Tokoev.",
        "She met with Minister of Finance Aigul Sharipova and Central Bank Governor Ruslan Tokoev.",
        "She met with Minister of Finance Aigul Sharipova and Ruslan Tokoev.",
    ],
)
def test_a_portfolio_list_holds_no_name_and_no_other_title(engine: Communique, text: str) -> None:
    # "Minister of Finance A and Trade Minister B": two people, not a portfolio "Finance A
    # and Trade" closed by its and
    roles = _roles(engine, text)
    assert {"Aigul Sharipova", "Ruslan Tokoev"} <= set(roles)
    assert roles["Aigul Sharipova"] == "minister"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a portfolio set off by commas after its title, before the holder's own title
        ("The Secretary-General, Dr. Marcus Greaves, and the Assistant Secretary-General, "
         "Foreign and Community Relations, Ambassador Noelle Rawlins, also participated.",
         {"Marcus Greaves", "Noelle Rawlins"}),
        # a portfolio list whose last item goes on ("and Foreign Trade of Barbados")
        ("She met Dr. Anthea Bourne, Minister of Foreign Affairs and Foreign Trade of "
         "Barbados, and Hon. Francis Xiu, Minister of Foreign Affairs of Belize.",
         {"Anthea Bourne", "Francis Xiu"}),
    ],
)  # fmt: skip
def test_a_portfolios_words_are_no_person(engine: Communique, text: str, people: set[str]) -> None:
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert {a.name for a in record.actors if a.kind == "person"} == people
