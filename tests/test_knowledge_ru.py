"""Russian names in the knowledge base: states, cities, regions and organisations are found
in any case ("в Казахстане", "из Москвы", "Генассамблеи ООН"), state adjectives in every form
and in compounds ("российско-китайских"); ordinary words and people's names are not places."""

from __future__ import annotations

import pytest

from communique.knowledge import Knowledge
from communique.lang import Registry

RU = Registry().profile("ru")


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return Knowledge()


def _found(kb: Knowledge, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.key) for m in kb.find_places(text, RU)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("делегация прибыла в Казахстан", [("Казахстан", "state", "KAZ")]),
        ("встреча в Казахстане", [("Казахстане", "state", "KAZ")]),
        ("переговоры с Казахстаном", [("Казахстаном", "state", "KAZ")]),
        ("визит в Россию", [("Россию", "state", "RUS")]),
        ("отношения с Германией", [("Германией", "state", "DEU")]),
        ("посол США", [("США", "state", "USA")]),
        ("в Соединенных Штатах Америки", [("Соединенных Штатах Америки", "state", "USA")]),
        ("в Южной Корее", [("Южной Корее", "state", "KOR")]),
        ("из Объединённых Арабских Эмиратов", [("Объединённых Арабских Эмиратов", "state", "ARE")]),
        ("вернулся из Москвы", [("Москвы", "city", "524901")]),
        ("саммит в Брюсселе", [("Брюсселе", "city", "2800866")]),
        ("переговоры в Женеве", [("Женеве", "city", "2660646")]),
        ("форум в Астане", [("Астане", "city", "1526273")]),
        ("в Нью-Йорке", [("Нью-Йорке", "city", "5128581")]),
        ("сотрудничество с Евросоюзом", [("Евросоюзом", "org", "EU")]),
        ("страны Европейского союза", [("Европейского союза", "org", "EU")]),
        ("сессия Генассамблеи ООН", [("Генассамблеи ООН", "org", "UNGA")]),
        ("заседание Совета Безопасности ООН", [("Совета Безопасности ООН", "org", "UNSC")]),
        ("саммит ШОС", [("ШОС", "org", "SCO")]),
        ("генсек НАТО", [("НАТО", "org", "NATO")]),
        ("в рамках ОДКБ и ЕАЭС", [("ОДКБ", "org", "CSTO"), ("ЕАЭС", "org", "EAEU")]),
        ("представитель МИДа России", [("МИДа России", "org", "MFA_RUS")]),
        ("заявили в Кремле", [("Кремле", "org", "KREMLIN")]),
        ("в Центральной Азии", [("Центральной Азии", "region", "CENTRAL_ASIA")]),
        ("страны Европы", [("Европы", "region", "EUROPE")]),
        ("казахстанской делегации", [("казахстанской", "state_adj", "KAZ")]),
        ("с американскими партнерами", [("американскими", "state_adj", "USA")]),
        ("Китайская сторона", [("Китайская", "state_adj", "CHN")]),
        (
            "итоги российско-китайских переговоров",
            [("российско", "state_adj", "RUS"), ("китайских", "state_adj", "CHN")],
        ),
        (
            "германо-французский тандем",
            [("германо", "state_adj", "DEU"), ("французский", "state_adj", "FRA")],
        ),
    ],
)
def test_russian_names_in_any_case(
    kb: Knowledge, text: str, want: list[tuple[str, str, str]]
) -> None:
    assert _found(kb, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "мир",
        "Мир и согласие",
        "проснулись на заре",
        "Заря новой эпохи",
        "Ром и сахар",
        "Лавров",
        "Сергей Лавров провел переговоры",
        "Мария Захарова сообщила",
        "с Марией Захаровой",
        "Того же мнения придерживаются",
        "Вера в будущее",
        "Надежда Петрова",
        "Роман Старовойт",
        "Владимир Путин",
        "Путин",
        "Песков",
        "Шойгу",
        "Дмитрий Медведев",
        "Любовь и голуби",
        "Слава труду",
        "Победа в войне",
        "Звезда экрана",
        "Свобода слова",
        "Согласие сторон",
        "Работа продолжается",
        "Новости дня",
        "Погода на завтра",
        "Сегодня утром",
        "Встреча прошла",
        "Глава государства",
        "Президент заявил",
        "Правительство решило",
        "Совет директоров",
        "Союз писателей",
        "Армия",
    ],
)
def test_ordinary_words_and_people_are_no_places(kb: Knowledge, text: str) -> None:
    assert _found(kb, text) == []


def test_first_names_with_gender(kb: Knowledge) -> None:
    assert (
        kb.first_names.is_first_name("Сергей") and kb.first_names.first_name_gender("Сергей") == "m"
    )
    assert (
        kb.first_names.is_first_name("Мария") and kb.first_names.first_name_gender("Мария") == "f"
    )
    assert kb.first_names.is_first_name("Саша") and kb.first_names.first_name_gender("Саша") is None
    assert kb.first_names.is_ambiguous_first_name("Вера")  # also the word "вера"
    assert not kb.first_names.is_first_name("Москва")
