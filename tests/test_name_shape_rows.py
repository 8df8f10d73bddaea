"""Names of shapes the packs did not read: Filipino particles ("dela Paz", "delos Santos"), a
second given name inside a coordinated name ("Rafael Antonio Cedeño"), a foreign name whose
tail is a short German noun ("Chatchai"), and a counterpart named after a Russian title with
a list of portfolios. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows


def _people(engine: Communique, text: str, lang: str) -> set[str]:
    record = engine.extract(text, lang=lang, published="2026-06-10")
    return {a.name for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Secretary of Foreign Affairs Enrique M. dela Paz met the minister.",
         "Enrique M. dela Paz"),
        ("en", "The minister met Senator Juan delos Santos on Monday.", "Juan delos Santos"),
        ("de", "Die Präsidenten, Andrés Villamizar und Rafael Antonio Cedeño, trafen sich.",
         "Rafael Antonio Cedeño"),
        ("de", "An den Gesprächen nahm auch der Generaldirektor im Außenministerium, Chatchai "
         "Intharasombat, teil.", "Chatchai Intharasombat"),
        # particles before a surname, a dictionary word between a first name and a surname
        ("en", "The delegation included Rodrigo de la Fuente Saavedra and Ignacio Bravo "
         "Henríquez.", "Rodrigo de la Fuente Saavedra"),
        ("en", "The delegation included Rodrigo de la Fuente Saavedra and Ignacio Bravo "
         "Henríquez.", "Ignacio Bravo Henríquez"),
        ("de", "Zur Delegation gehörten Rodrigo de la Fuente Saavedra und Ignacio Bravo "
         "Henríquez.", "Ignacio Bravo Henríquez"),
        # "Honourable" alone is an honorific, no part of the name
        ("en", "The Minister of Foreign Affairs, Honourable Dr. Keabetswe Sebego-Moatlhodi, "
         "received the ambassador.", "Keabetswe Sebego-Moatlhodi"),
        # Portuguese "do", Welsh "ap" inside a name
        ("en", "Foreign Minister Kristaps Ozolins held talks with the Minister of State and "
         "Foreign Affairs of Portugal, Maria do Rosário Teixeira Lobo.",
         "Maria do Rosário Teixeira Lobo"),
        ("de", "Der Erste Minister von Wales, Rhodri ap Gwilym, traf am Mittwoch in Rennes den "
         "Präsidenten des Regionalrats.", "Rhodri ap Gwilym"),
        # a city's name that is a first name, before two surnames
        ("en", "The foreign ministers, María Restrepo Ardila and Santiago Cevallos Naranjo, met "
         "on Tuesday.", "Santiago Cevallos Naranjo"),
    ],
)  # fmt: skip
def test_names_of_many_shapes(engine: Communique, lang: str, text: str, name: str) -> None:
    assert name in _people(engine, text, lang)


@pytest.mark.parametrize(
    "title",
    [
        "Министром развития, промышленности, торговли и услуг Бразилии",
        "Министром развития, промышленности Бразилии",
    ],
)
def test_a_counterpart_after_a_list_of_portfolios(engine: Communique, title: str) -> None:
    text = f"17 мая министр Шерзод Назаров провёл переговоры с {title} Жуаном Пиментелом."
    assert event_rows(engine, "ru", text, "2026-06-10") == [
        ("meeting", "occurred", {"Шерзод Назаров", "Жуан Пиментел"})
    ]


def test_a_bhutanese_honorific_and_brief_exchanges(engine: Communique) -> None:
    text = (
        "Minister Pakorn Wongsa held bilateral meetings with Lyonpo Karma Tenzin Dorji, Minister "
        "for Foreign Affairs of Bhutan. The Minister also had brief exchanges with Dr. Raghav "
        "Menon, External Affairs Minister of India."
    )
    assert event_rows(engine, "en", text, "2026-06-10") == [
        ("meeting", "occurred", {"Pakorn Wongsa", "Karma Tenzin Dorji"}),
        ("meeting", "occurred", {"Pakorn Wongsa", "Raghav Menon"}),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised function word inside a Russian sentence is a name's ("Там", "Ю")
        ("В состав делегации вошли директор департамента провинции Ле Тхань Там и посол.",
         "Ле Тхань Там"),
        ("Участвовали министр земли, инфраструктуры и транспорта Ю Сан Хёк и посол.",
         "Ю Сан Хёк"),
    ],
)  # fmt: skip
def test_russian_spellings_of_asian_names(engine: Communique, text: str, name: str) -> None:
    assert name in _people(engine, text, "ru")


def test_the_city_of_that_name_is_still_a_place(engine: Communique) -> None:
    text = "Minister Ana Ruiz arrived in Santiago on Monday and met President Gabriel Boda."
    record = engine.extract(text, lang="en", published="2026-06-10")
    assert "Santiago" not in {a.name for a in record.actors}
    assert [e.location.name if e.location else None for e in record.events] == ["Santiago"]


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        # a city's name as the last word of a titled name ("Сари", "Рохас")
        ("В состав делегации вошли посол Хендра Гунаван и заместитель министра торговли "
         "Ретно Вулан Сари. Делегация затем прибыла в Сари.", "Ретно Вулан Сари", "Сари"),
    ],
)  # fmt: skip
def test_a_city_s_name_closing_a_titled_name(
    engine: Communique, text: str, name: str, city: str
) -> None:
    record = engine.extract(text, lang="ru", published="2026-06-10")
    assert name in {a.name for a in record.actors if a.kind == "person"}
    assert city not in {a.name for a in record.actors if a.kind == "person"}


def test_honourable_alone_is_an_honorific(engine: Communique) -> None:
    text = (
        "The Minister of Foreign Affairs, Honourable Dr. Keabetswe Sebego-Moatlhodi, received "
        "the Ambassador of Angola, Luzia Sebastiao, on Friday."
    )
    assert _people(engine, text, "en") == {"Keabetswe Sebego-Moatlhodi", "Luzia Sebastiao"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mayor Hsieh Welcomes Incheon Delegation\n\nTaipei City Mayor Hsieh Ming-che received "
         "Incheon Mayor Kang Dong-hoon on Tuesday. Mayor Hsieh noted the direct flights.",
         "Hsieh Ming-che"),
        ("Minister Park Meets Envoy\n\nMinister Park Ji-hoon met Ambassador Anna Berg in Seoul "
         "on Tuesday.", "Park Ji-hoon"),
    ],
)  # fmt: skip
def test_a_surname_named_before_a_name_written_surname_first(
    engine: Communique, text: str, person: str
) -> None:
    # "Mayor Hsieh" in the headline is the one "Hsieh Ming-che" of the body
    record = engine.extract(text, lang="en", published="2027-03-10")
    people = [a.name for a in record.actors if a.kind == "person"]
    assert person in people
    assert person.split()[0] not in people
