"""The Russian agenda topics and quantity words on phrasing of Russian diplomatic releases.

Topics: each case is a short phrase, the words the table should match there (leftmost-longest,
as the coding stage sees them) and the topic label and PLOVER context of the winning row.
Inflected forms are the point: the same concept in several cases must land on one label, the
label the German and English tables give it. ``None`` as the expected text: no row matches.

Quantities run through the claims stage (:func:`communique.claims.find_claims`) on a
one-sentence text: value (multiplier applied, comma as the decimal separator, a space or a
no-break space between thousands), normalised unit and English qualifier.
"""

from __future__ import annotations

import functools

import pytest

from communique.claims import find_claims
from communique.deadline import Deadline
from communique.lang.ru import PROFILE
from communique.lexicon import LanguageData, PatternTable
from communique.mentions import Mentions
from communique.sentences import Sentence, tokenize


@functools.cache
def _table(name: str) -> PatternTable:
    return LanguageData("ru").table(name)


TOPIC_CASES = [
    # Russian release phrasing
    (
        "развитие торгово-экономического сотрудничества",
        "торгово-экономического",
        "trade",
        "economic",
    ),
    (
        "укрепление культурно-гуманитарных связей",
        "культурно-гуманитарных",
        "cultural and humanitarian cooperation",
        "diplomatic",
    ),
    (
        "перспективы межпарламентского взаимодействия",
        "межпарламентского",
        "parliamentary diplomacy",
        "legislative",
    ),
    (
        "обсудили вопросы региональной безопасности",
        "региональной безопасности",
        "security",
        "military",
    ),
    (
        "обменялись мнениями о ситуации в Афганистане",
        "ситуации в Афганистане",
        "regional and international issues",
        "diplomatic",
    ),
    (
        "по актуальным вопросам международной повестки",
        "международной повестки",
        "regional and international issues",
        "diplomatic",
    ),
    (
        "заседание межправительственной комиссии",
        "межправительственной комиссии",
        "cooperation",
        "diplomatic",
    ),
    ("углублению двусторонних связей", "двусторонних связей", "bilateral relations", "diplomatic"),
    # the brief's topics, in several cases
    (
        "запасы редкоземельных металлов",
        "редкоземельных металлов",
        "rare earths",
        "natural_resource",
    ),
    ("проекты в области зелёной энергетики", "зелёной энергетики", "green energy", "environment"),
    ("проекты в области зеленой энергетики", "зеленой энергетики", "green energy", "environment"),
    ("о новых транспортных коридорах", "транспортных коридорах", "transport corridors", "economic"),
    (
        "Транскаспийский международный транспортный маршрут",
        "Транскаспийский международный транспортный маршрут",
        "transport corridors",
        "economic",
    ),
    ("привлечение инвестиций", "инвестиций", "investment", "economic"),
    (
        "об энергетической безопасности Европы",
        "энергетической безопасности",
        "energy security",
        "economic",
    ),
    (
        "угрозы продовольственной безопасности",
        "продовольственной безопасности",
        "food security",
        "human_security",
    ),
    ("введение новых санкций", "санкций", "sanctions", "economic"),
    ("мирное урегулирование конфликта", "мирное урегулирование", "peace process", "peacekeeping"),
    (
        "пути урегулирования конфликта",
        "урегулирования конфликта",
        "conflict resolution",
        "peacekeeping",
    ),
    ("ядерной программы Ирана", "ядерной программы", "nuclear programmes", "cbrn"),
    ("вопросы миграции", "миграции", "migration", "migration"),
    ("последствия изменения климата", "изменения климата", "climate change", "environment"),
    ("рациональное использование водных ресурсов", "водных ресурсов", "water", "natural_resource"),
    ("цифровизация экономики", "цифровизация", "digitalisation", "technology"),
    ("совместная борьба с терроризмом", "терроризмом", "terrorism", "terrorism"),
    # specific before general, longest first
    ("торговая война с Китаем", "торговая война", "trade disputes", "economic"),
    ("строительство нефтепровода", "нефтепровода", "pipelines", "natural_resource"),
    ("рост киберпреступности", "киберпреступности", "cybercrime", "cyber"),
    ("противодействие торговле людьми", "торговле людьми", "human trafficking", "trafficking"),
    (
        "поставки наркотиков через границу",
        "поставки наркотиков",
        "drug trafficking",
        "illegal_drugs",
    ),
    ("режим прекращения огня", "прекращения огня", "ceasefire", "peacekeeping"),
    ("строительство АЭС", "АЭС", "nuclear energy", "economic"),
    ("в рамках ЕАЭС", "ЕАЭС", "trade", "economic"),
    ("расширение БРИКС", "расширение БРИКС", "accession and enlargement", "diplomatic"),
    ("введён безвизовый режим", "безвизовый", "visas", "migration"),
    ("указ президента", "указ", "decrees", "executive"),
    # false friends: words that share a stem with an agenda word
    ("он указал на трудности", None, "", ""),
    ("в связи с визитом", None, "", ""),
    ("в отношении гостей", None, "", ""),
    ("уехал за границу", None, "", ""),
    ("партия зерна", "зерна", "agriculture", "economic"),
    ("первый вице-президент Германии", None, "", ""),
]


@pytest.mark.parametrize(("text", "found", "topic", "context"), TOPIC_CASES)
def test_ru_topic(text: str, found: str | None, topic: str, context: str) -> None:
    hits = list(_table("topics").finditer(text))
    if found is None:
        assert hits == [], [(m.text, m.row.get("topic")) for m in hits]
        return
    hit = next((m for m in hits if m.text == found), None)
    assert hit is not None, [(m.text, m.row.get("topic")) for m in hits]
    assert (hit.row.get("topic"), hit.row.get("context")) == (topic, context)


def _claims(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    table = _table("quantities")
    m = Mentions(
        PROFILE, Deadline(), None, _table("topics"), text, [Sentence(0, 0, len(text), 0)],
        tokenize(text), [], [], [], [], [], [], [], [], [],
    )  # fmt: skip
    return [(text[c.start : c.end], c.value, c.unit, c.qualifier) for c in find_claims(m, table)]


CLAIM_CASES = [
    ("товарооборот составил 3,5 млрд долларов", "3,5 млрд долларов", 3.5e9, "USD", None),
    ("рост на 12%", "12%", 12, "percent", None),
    ("рост на 12 процентов", "12 процентов", 12, "percent", None),
    ("более 3 000 компаний", "более 3 000 компаний", 3000, "companies", "more than"),
    (
        "свыше 1\u00a0200 совместных предприятий",
        "свыше 1\u00a0200 совместных предприятий",
        1200,
        "companies",
        "more than",
    ),
    ("около 40 млрд евро", "около 40 млрд евро", 4e10, "EUR", "about"),
    ("почти 2 трлн рублей", "почти 2 трлн рублей", 2e12, "RUB", "almost"),
    ("до 500 тыс. тонн зерна", "до 500 тыс. тонн", 5e5, "tonnes", "up to"),
    ("не менее 20 погибших", "не менее 20 погибших", 20, "deaths", "at least"),
    ("менее 100 человек", "менее 100 человек", 100, "people", "less than"),
    ("инвестиции на 5 млрд долл. США", "5 млрд долл. США", 5e9, "USD", None),
    ("кредит в 250 млн тенге", "250 млн тенге", 2.5e8, "KZT", None),
    ("проект на 1,5 трлн сумов", "1,5 трлн сумов", 1.5e12, "local currency", None),
    ("поставки 10 млрд кубометров газа", "10 млрд кубометров", 1e10, "m3", None),
    ("15 тысяч тонн пшеницы", "15 тысяч тонн", 15000, "tonnes", None),
    ("половина экспорта", "половина", 0.5, "share", None),
    ("почти треть товарооборота", "почти треть", 0.333, "share", "almost"),
    ("четверть населения", "четверть", 0.25, "share", None),
    ("две трети поставок", "две трети", 0.667, "share", None),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "qualifier"), CLAIM_CASES)
def test_ru_claim(text: str, span: str, value: float, unit: str, qualifier: str | None) -> None:
    claims = _claims(text)
    assert len(claims) == 1, claims
    got_span, got_value, got_unit, got_qualifier = claims[0]
    assert got_span == span
    assert got_value == pytest.approx(value)
    assert (got_unit, got_qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "в 2024 года поставки",  # a year is no count of years
        "во второй половине года",  # a half-year is no share
        "четверть века назад",
        "переговоры 12 марта",  # a day with no unit
    ],
)
def test_ru_no_claim(text: str) -> None:
    assert _claims(text) == []
