"""A description in the unmarked form ("der Vizeminister") is not one whose own title is in
the feminine form ("Staatssekretärin X"); a description whose title's chain of bodies is
followed by a comma and a name is that name's title ("mit dem Vorsitzenden des Ausschusses
..., Staatsminister Dr. X"); a sentence opening with a date sets off its subject like a
preposition's phrase ("Today in Tashkent, the Commissioner, accompanied by X, was received by
Y"). Texts written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-10-15"


def test_an_unmarked_description_is_not_a_woman_with_a_feminine_title(
    engine: Communique,
) -> None:
    text = (
        "Der Vizeaußenminister Kolumbiens, Andrés Mosquera, ist am Mittwoch in Berlin mit der "
        "Staatssekretärin Sophie von Brackwede zusammengekommen. Am Nachmittag traf der "
        "Vizeminister im Bundestag mit dem Abgeordneten Tobias Reinhold zusammen."
    )
    rows = event_rows(engine, "de", text, PUBLISHED)
    assert ("meeting", "occurred", {"Andrés Mosquera", "Tobias Reinhold"}) in rows


def test_a_description_in_apposition_is_the_names_title(engine: Communique) -> None:
    text = (
        "Ministerin Anna Berg traf am Mittwoch den Vorsitzenden des Ausschusses für Fragen "
        "der Europäischen Union, Staatsminister Dr. Ansgar Holtkamp. Der Vorsitzende des "
        "Ausschusses für Europafragen des Bundesrates, Staatsminister Dr. Peter Lang, empfing "
        "am Donnerstag den Botschafter Li Wei."
    )
    rows = event_rows(engine, "de", text, PUBLISHED)
    assert ("meeting", "occurred", {"Peter Lang", "Li Wei"}) in rows


def test_a_subject_after_an_opening_date(engine: Communique) -> None:
    text = (
        "Commissioner Jozef Van den Broeck is in Uzbekistan this week.\n\nToday in Tashkent, "
        "the Commissioner, accompanied by Ambassador Teresa Vega, was received by President "
        "Rustam Ergashev."
    )
    rows = event_rows(engine, "en", text, PUBLISHED)
    assert rows == [
        ("meeting", "occurred", {"Jozef Van den Broeck", "Teresa Vega", "Rustam Ergashev"})
    ]


@pytest.mark.parametrize(
    ("lang", "text", "host", "guests"),
    [
        ("en", "Foreign Minister Mehmet Öztürk of Turkey and Foreign Minister Elnur Mammadov of "
               "Azerbaijan held talks in Tbilisi. In the evening, Georgian Prime Minister Zurab "
               "Kveselava received the Turkish and Azerbaijani ministers.",
         "Zurab Kveselava", {"Mehmet Öztürk", "Elnur Mammadov"}),
        ("de", "Der türkische Außenminister Mehmet Öztürk und der aserbaidschanische "
               "Außenminister Elnur Mammadov trafen sich in Tiflis. Am Abend empfing der "
               "georgische Regierungschef Zurab Kveselava den türkischen und den "
               "aserbaidschanischen Minister.",
         "Zurab Kveselava", {"Mehmet Öztürk", "Elnur Mammadov"}),
        ("ru", "Министр иностранных дел Турции Мехмет Озтюрк и министр иностранных дел "
               "Азербайджана Эльнур Мамедов провели переговоры в Тбилиси. Вечером турецкого и "
               "азербайджанского министров принял премьер-министр Грузии Зураб Квеселава.",
         "Зураб Квеселава", {"Мехмет Озтюрк", "Эльнур Мамедов"}),
    ],
)  # fmt: skip
def test_two_people_described_by_their_states(
    engine: Communique, lang: str, text: str, host: str, guests: set[str]
) -> None:
    met = [p for _, _, p in event_rows(engine, lang, text, PUBLISHED) if host in p]
    assert met and guests <= met[0]


def test_a_subject_after_a_longer_opening_phrase(engine: Communique) -> None:
    text = (
        "Gaborone, 2 November 2026 - The Minister of Foreign Affairs, Dr. Keabetswe "
        "Sebego-Moatlhodi, will travel to Luanda.\n\nIn preparation for the visit, the Minister "
        "on Friday, 30 October 2026, received the Ambassador of Angola, Mrs. Luzia Sebastiao, "
        "in Gaborone."
    )
    rows = event_rows(engine, "en", text, "2026-11-02")
    assert ("meeting", "occurred", {"Keabetswe Sebego-Moatlhodi", "Luzia Sebastiao"}) in rows


def test_courtesy_calls_on_two_people_are_two_meetings(engine: Communique) -> None:
    text = (
        "On Friday, Chairman Gombojavyn Otgonbayar will pay courtesy calls on President Dinh "
        "Cong Hoa and Prime Minister Hoang Minh Tuan."
    )
    assert event_rows(engine, "en", text, "2026-03-19") == [
        ("meeting", "planned", {"Gombojavyn Otgonbayar", "Dinh Cong Hoa"}),
        ("meeting", "planned", {"Gombojavyn Otgonbayar", "Hoang Minh Tuan"}),
    ]
