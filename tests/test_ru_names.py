"""Russian person names: nominative, matching key, case forms, Latin spelling."""

from __future__ import annotations

import pytest

from communique.lang.ru.names import RussianNames, latin_name
from communique.pipeline import Communique


@pytest.fixture(scope="module")
def names() -> RussianNames:
    return RussianNames()


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Сергеем Лавровым", "Сергей Лавров"),
        ("Сергея Лаврова", "Сергей Лавров"),
        ("Лаврову", "Лавров"),
        ("Марии Захаровой", "Мария Захарова"),  # feminine stays feminine
        # a woman's surname no dictionary knows as a name ("мамонтовый" is an adjective)
        ("Ириной Мамонтовой", "Ирина Мамонтова"),
        ("Светланы Кочетовой", "Светлана Кочетова"),
        ("Захаровой", "Захарова"),
        ("Мария Захарова", "Мария Захарова"),
        ("Олафом Шольцем", "Олаф Шольц"),  # not the dictionary's guess "Шолец"
        ("Шольца", "Шольц"),
        ("Жозепом Боррелем", "Жозеп Боррель"),
        ("Касым-Жомартом Токаевым", "Касым-Жомарт Токаев"),
        ("Шавката Мирзиёева", "Шавкат Мирзиёев"),
        ("Владимира Зеленского", "Владимир Зеленский"),
        ("Дмитрием Кулебой", "Дмитрий Кулеба"),  # a man's surname declined like "мама"
        ("Романом Вассиленко", "Роман Вассиленко"),  # indeclinable
        ("Ильхамом Алиевым", "Ильхам Алиев"),
        ("Николом Пашиняном", "Никол Пашинян"),
        ("Реджепом Тайипом Эрдоганом", "Реджеп Тайип Эрдоган"),
        ("Эммануэлем Макроном", "Эммануэль Макрон"),
        ("Урсулой фон дер Ляйен", "Урсула фон дер Ляйен"),
        ("Каей Каллас", "Кая Каллас"),
        ("Ангелой Меркель", "Ангела Меркель"),
        ("Павлом Петровым", "Павел Петров"),  # a fleeting vowel the dictionary knows
        ("Петром Порошенко", "Петр Порошенко"),  # the dictionary's ё only where written
        ("Нарендрой Моди", "Нарендра Моди"),
        ("Олафа Шольца", "Олаф Шольц"),  # foreign men's names on a consonant, genitive
        ("Александра Вучича", "Александр Вучич"),
        ("Реджепа Тайипа Эрдогана", "Реджеп Тайип Эрдоган"),
        ("Владимир Владимирович Путин", "Владимир Владимирович Путин"),
        ("John Kerry", "John Kerry"),  # Latin names are left alone
        # a soft stem the dictionary does not know: "-ем", "-я" after a plain consonant
        ("Жолтом Хорват-Надем", "Жолт Хорват-Надь"),
        ("Жолта Хорват-Надя", "Жолт Хорват-Надь"),
        # no prepositional case without a preposition: an indeclinable name stays whole
        ("Балаж Сёке", "Балаж Сёке"),
        # an Arabic article joined to the name declines with it
        ("Хишамом Абдель-Азизом эль-Наггаром", "Хишам Абдель-Азиз эль-Наггар"),
        # surnames the dictionary knows only as adjectives, and -ов surnames it does not know
        ("Сергеем Ильинским", "Сергей Ильинский"),
        ("Марией Ильинской", "Мария Ильинская"),
        ("Олегом Карасёвым", "Олег Карасёв"),
        ("Олега Карасёва", "Олег Карасёв"),
        # surnames in -зода and -заде decline in no case
        ("Файзуллозода", "Файзуллозода"),
        ("Шарифзода", "Шарифзода"),
        ("Мамедзаде", "Мамедзаде"),
    ],
)
def test_nominative(names: RussianNames, written: str, nominative: str) -> None:
    assert " ".join(names.base(written.split())[1]) == nominative


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Захаровой", "Мария Захарова"),
        ("Лаврова", "Сергей Лавров"),
        ("Шольцем", "Олаф Шольц"),
        ("Токаевым", "Касым-Жомарт Токаев"),
        ("эль-Наггаром", "Хишам эль-Наггар"),
    ],
)
def test_case_forms_share_a_surname_key(names: RussianNames, one: str, other: str) -> None:
    assert names.base(one.split())[0][-1] == names.base(other.split())[0][-1]


def test_surname_forms_are_found_in_text(names: RussianNames) -> None:
    assert {"Захаровой", "Захарову"} <= set(names.forms("Захаров"))
    assert "Шольцем" in names.forms("Шольц")
    assert names.forms("Kerry") == ()


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Сергей Лавров", "Sergei Lavrov"),
        ("Касым-Жомарт Токаев", "Kasym-Zhomart Tokayev"),
        ("Владимир Зеленский", "Vladimir Zelensky"),
        ("Мария Захарова", "Maria Zakharova"),
        ("Роман Вассиленко", "Roman Vassilenko"),
        ("Алексей Оверчук", "Alexei Overchuk"),
        ("Александр Лукашенко", "Alexander Lukashenko"),
        ("Дмитрий Песков", "Dmitry Peskov"),
        ("Ильхам Алиев", "Ilkham Aliyev"),
    ],
)
def test_latin_spelling_of_international_news(cyrillic: str, latin: str) -> None:
    assert latin_name(cyrillic) == latin


def test_latin_names_need_no_spelling() -> None:
    assert latin_name("John Kerry") is None


@pytest.mark.parametrize(
    ("word", "common"),
    [("Министр", True), ("Встреча", True), ("Президент", True), ("Лавров", False),
     ("Шольц", False), ("Москва", False), ("Надежда", False)],
)  # fmt: skip
def test_common_words(names: RussianNames, word: str, common: bool) -> None:
    assert names.is_common_word(word) is common


@pytest.mark.parametrize(
    ("governed", "written", "nominative"),
    [
        ("Министр", "Ильхом Норматов", "Ильхом Норматов"),  # not the guessed "Ильх"
        ("Министра", "Ерлана Сапарова", "Ерлан Сапаров"),  # a man's genitive, not "Сапарова"
        ("министром", "Муратом Нуртлеу", "Мурат Нуртлеу"),
        ("с", "Марией Захаровой", "Мария Захарова"),
        ("Посла", "Б.Сетиавана", "Б.Сетиаван"),
    ],
)
def test_the_title_or_preposition_before_a_name_gives_its_case(
    names: RussianNames, governed: str, written: str, nominative: str
) -> None:
    assert " ".join(names.base(written.split(), governed)[1]) == nominative


def test_a_surname_alone_in_another_case_is_the_person(engine: Communique) -> None:
    """A surname's case forms found alone in the text are mentions of its person."""
    text = (
        "Посол Анна Захарова прибыла в Москву. Журналисты спросили о Захаровой, но ответа не было."
    )
    record = engine.extract(text, lang="ru").to_dict()
    actor = next(a for a in record["actors"] if a["name"] == "Анна Захарова")
    assert "Захаровой" in [s["text"] for s in actor["mentions"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Turkic patronymic after the father's name ends the name
        ("Торага Алмазбек Жолдошбек уулу принял делегацию.", "Алмазбек Жолдошбек уулу"),
        ("Председатель комитета Гульнара Асанбек кызы встретилась с послом.",
         "Гульнара Асанбек кызы"),
        # ... and before a surname it stays inside the name
        ("Президент Ильхам Гейдар оглы Алиев встретился с послом.", "Ильхам Гейдар оглы Алиев"),
        # Arabic articles in Russian spelling: "эд-Дин", "эс-Сиси"
        ("Советник министра Наглаа Саад эд-Дин встретилась с послом.", "Наглаа Саад эд-Дин"),
    ],
)  # fmt: skip
def test_names_with_patronymics_and_articles(engine: Communique, text: str, name: str) -> None:
    record = engine.extract(text, lang="ru", published="2026-05-21")
    assert name in {a.name for a in record.actors}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a body's long chain of genitives between the title and the name
        ("Делегацию сопровождал директор департамента евразийского сотрудничества "
         "Министерства иностранных дел Республики Корея Ли Дон Гю.", ["Ли Дон Гю"]),
        # ... with its acronym in brackets
        ("Делегацию сопровождала руководитель регионального офиса Корейского агентства по "
         "содействию торговле (KOTRA) в Центральной Азии Пак Сон Ми.", ["Пак Сон Ми"]),
        # a city in the genitive before a name ("Ханой" declines as a noun, not as
        # "Лесной")
        ("Губернатор встретился с председателем Народного комитета Ханоя Чан Ван Хунгом.",
         ["Чан Ван Хунг"]),
        # a name first in the instrumental, then in the nominative: one person, named so
        ("Премьер принял делегацию во главе с заместителем министра Ким Чжон Хёном. Ким Чжон "
         "Хён передал приветствие.", ["Ким Чжон Хён"]),
    ],
)  # fmt: skip
def test_names_after_long_titles_and_in_two_cases(
    engine: Communique, text: str, names: list[str]
) -> None:
    record = engine.extract(text, lang="ru", published="2026-05-21")
    assert [a.name for a in record.actors if a.kind == "person"] == names


def test_the_house_of_representatives_of_belarus(engine: Communique) -> None:
    text = (
        "Председатель Палаты представителей Национального собрания Республики Беларусь "
        "Дмитрий Снежко провел переговоры с послом Китая Ли Вэем."
    )
    record = engine.extract(text, lang="ru", published="2026-05-21")
    speaker = next(a for a in record.actors if a.name == "Дмитрий Снежко")
    assert speaker.role is not None and speaker.role.title == "Председатель"
    assert speaker.affiliation == "BLR"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a surname declined as an adjective, in the nominative as the text writes it
        ("Посол Ли Вэньтао встретился с губернатором области Андреем Ланским. Андрей Ланской "
         "поблагодарил посла.", ["Ли Вэньтао", "Андрей Ланской"]),
        ("Посол Ли Вэньтао встретился с губернатором области Андреем Ланским.",
         ["Ли Вэньтао", "Андрей Ланский"]),
        # two initials written onto the surname are a name without a title before it
        ("В консультациях приняли участие заместитель Секретаря Совета Безопасности "
         "Российской Федерации Р.В.Сафин и помощник Секретаря А.Г.Мелихов.",
         ["Р.В.Сафин", "А.Г.Мелихов"]),
        ("В консультациях принял участие Р.В.Сафин.", ["Р.В.Сафин"]),
    ],
)  # fmt: skip
def test_names_of_the_text(engine: Communique, text: str, people: list[str]) -> None:
    record = engine.extract(text, lang="ru", published="2026-11-10")
    assert [a.name for a in record.actors if a.kind == "person"] == people


def test_a_department_head_or_counsellor_titles_the_initialled_name(engine: Communique) -> None:
    # "начальник управления Г.Аманов", "советник департамента Дви Хартоно": a ministry
    # department's head and counsellor, titles before a name with one initial or none
    text = (
        "Консультации провели замминистра Д.Гылыджов и замминистра Пурномо. В консультациях "
        "также приняли участие начальник управления Г.Аманов и советник департамента Дви "
        "Хартоно."
    )
    record = engine.extract(text, lang="ru")
    roles = {a.name: a.role.cls if a.role else None for a in record.actors}
    assert roles.get("Г.Аманов") == "official"
    assert roles.get("Дви Хартоно") == "official"
