"""Russian role titles: the roles table on short phrases, and a title's base form.

Russian inflects titles, so the table matches every case form ("с заместителем министра
иностранных дел", "послу", "главы МИД") and the record gives the nominative ("заместитель
министра иностранных дел", "посол", "глава МИД"): the head and its adjectives in the
nominative, genitive dependents as written. Each role phrase is paired with its German
equivalent: both tables must give the title the same class.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest

from communique.lang import Registry
from communique.lexicon import LanguageData, Match, PatternTable


@functools.cache
def roles(lang: str) -> PatternTable:
    return LanguageData(lang).table("roles")


@functools.cache
def modifiers(lang: str) -> PatternTable:
    return LanguageData(lang).table("role_modifiers")


@pytest.fixture(scope="module")
def title_base() -> Callable[[str], str]:
    factory = Registry().profile("ru").title_base
    assert factory is not None
    return factory()


def first_role(table: PatternTable, text: str) -> Match:
    hits = list(table.finditer(text))
    assert hits, f"no title in {text!r}"
    return hits[0]


# -- the roles table -----------------------------------------------------------------------

# (Russian phrase, the title it must match, its class, the German equivalent)
ROLE_CASES = [
    (
        "с заместителем министра иностранных дел Казахстана",
        "заместителем министра иностранных дел",
        "deputy_foreign_minister",
        "mit dem stellvertretenden Außenminister Kasachstans",
    ),
    (
        "встреча с замглавы МИД Китая",
        "замглавы МИД",
        "deputy_foreign_minister",
        "Treffen mit dem Vize-Außenminister Chinas",
    ),
    (
        "министр иностранных дел Казахстана заявил",
        "министр иностранных дел",
        "foreign_minister",
        "der Außenminister Kasachstans sagte",
    ),
    (
        "переговоры с главой МИД Турции",
        "главой МИД",
        "foreign_minister",
        "Gespräche mit dem Außenamtschef der Türkei",
    ),
    (
        "министра иностранных дел и внешнеэкономических связей Венгрии",
        "министра иностранных дел и внешнеэкономических связей",
        "foreign_minister",
        "des Außenministers Ungarns",
    ),
    (
        "заместитель премьер-министра – министр иностранных дел страны",
        "заместитель премьер-министра – министр иностранных дел",
        "foreign_minister",
        "der Außenminister des Landes",
    ),
    (
        "госсекретарь США прилетел",
        "госсекретарь",
        "foreign_minister",
        "der Außenminister der USA kam an",
    ),
    (
        "первого вице-премьера правительства",
        "первого вице-премьера",
        "minister",
        "des Vizepremierministers",
    ),
    (
        "с министром обороны Белоруссии",
        "министром обороны",
        "minister",
        "mit dem Verteidigungsminister Weißrusslands",
    ),
    (
        "глава Минэкономразвития сообщил",
        "глава Минэкономразвития",
        "minister",
        "der Wirtschaftsminister teilte mit",
    ),
    (
        "заместителю министра финансов",
        "заместителю министра финансов",
        "deputy_minister",
        "dem stellvertretenden Finanzminister",
    ),
    ("президентом Узбекистана", "президентом", "head_of_state", "mit dem Präsidenten Usbekistans"),
    (
        "премьер-министр Индии",
        "премьер-министр",
        "head_of_government",
        "der Premierminister Indiens",
    ),
    (
        "председателя правительства России",
        "председателя правительства",
        "head_of_government",
        "des Regierungschefs Russlands",
    ),
    ("канцлером Германии", "канцлером", "head_of_government", "mit dem Bundeskanzler"),
    ("королю Иордании", "королю", "head_of_state", "dem König Jordaniens"),
    ("эмира Катара", "эмира", "head_of_state", "des Emirs von Katar"),
    (
        "чрезвычайный и полномочный посол Японии",
        "чрезвычайный и полномочный посол",
        "ambassador",
        "der Botschafter Japans",
    ),
    ("послу Франции", "послу", "ambassador", "dem Botschafter Frankreichs"),
    (
        "постпредом России при ООН",
        "постпредом",
        "ambassador",
        "mit dem Ständigen Vertreter Russlands bei der UNO",
    ),
    ("генконсула Китая", "генконсула", "ambassador", "des Generalkonsuls Chinas"),
    (
        "со спецпредставителем генсека ООН",
        "спецпредставителем генсека",
        "special_representative",
        "mit dem Sonderbeauftragten des UN-Generalsekretärs",
    ),
    (
        "спецпосланник президента США",
        "спецпосланник президента",
        "special_representative",
        "der Sondergesandte des US-Präsidenten",
    ),
    (
        "официальный представитель МИД России",
        "официальный представитель МИД",
        "official",
        "die Sprecherin des russischen Außenministeriums",
    ),
    ("пресс-секретарь Кремля", "пресс-секретарь", "official", "der Kremlsprecher"),
    ("депутатами Бундестага", "депутатами", "legislator", "mit Bundestagsabgeordneten"),
    ("сенатора от штата Огайо", "сенатора", "legislator", "des Senators aus Ohio"),
    (
        "председатель Госдумы выступил",
        "председатель",
        "legislator",
        "der Präsident der Staatsduma sprach",
    ),
    (
        "председатель мажилиса парламента",
        "председатель",
        "legislator",
        "der Präsident des Parlaments",
    ),
    ("генсек НАТО", "генсек", "official", "der Generalsekretär der NATO"),
    ("председателю Европейского совета", "председателю", "igo_leader", "dem Ratspräsidenten"),
    ("глава Еврокомиссии", "глава", "igo_leader", "die Kommissionspräsidentin"),
    (
        "верховный представитель ЕС по иностранным делам",
        "верховный представитель",
        "igo_leader",
        "die Hohe Vertreterin der EU",
    ),
    ("начальник Генштаба армии", "начальник Генштаба", "official", "der Generalstabschef"),
    ("директора ЦРУ", "директора", "official", "des CIA-Chefs"),
    ("патриарх Московский", "патриарх", "other", "der Patriarch von Moskau"),
    ("журналистка газеты", "журналистка", "other", "die Journalistin der Zeitung"),
]


@pytest.mark.parametrize(("phrase", "title", "cls", "german"), ROLE_CASES)
def test_russian_title_matches_with_the_german_class(
    phrase: str, title: str, cls: str, german: str
) -> None:
    ru = first_role(roles("ru"), phrase)
    de = first_role(roles("de"), german)
    assert ru.text == title
    assert ru.row.get("class") == cls
    assert de.row.get("class") == cls, f"German {de.text!r} is {de.row.get('class')}"


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        ("министр иностранных дел Казахстана", "министр иностранных дел"),
        ("председателю Европейского совета Антониу", "председателю"),
        ("с генсеком ООН", "генсеком"),
        ("главе МИД Индии", "главе МИД"),
    ],
)
def test_names_of_states_and_organisations_stay_out_of_the_title(phrase: str, title: str) -> None:
    assert first_role(roles("ru"), phrase).text == title


@pytest.mark.parametrize(
    "phrase",
    [
        "премьера фильма состоится",
        "премьеры спектакля",
        "Султан Раев",
        # the name of a parliament's chamber, no representative
        "Палаты представителей Национального собрания",
        "в Палате представителей",
    ],
)
def test_false_friends_are_no_titles(phrase: str) -> None:
    assert list(roles("ru").finditer(phrase)) == []


@pytest.mark.parametrize(
    ("phrase", "effect"),
    [
        ("бывшего президента", "former"),
        ("экс-министр", "former"),
        ("исполняющего обязанности премьер-министра", "acting"),
        ("врио губернатора", "acting"),
        ("новоизбранного президента", "designate"),
    ],
)
def test_modifiers(phrase: str, effect: str) -> None:
    assert first_role(modifiers("ru"), phrase).row.get("effect") == effect


# -- the base form -------------------------------------------------------------------------

BASE_CASES = [
    ("министра иностранных дел", "министр иностранных дел"),
    ("заместителем министра иностранных дел", "заместитель министра иностранных дел"),
    ("послом", "посол"),
    ("послу", "посол"),
    ("главы МИД", "глава МИД"),
    ("главой МИД", "глава МИД"),
    ("председателю Европейского совета", "председатель Европейского совета"),
    ("первого вице-премьера", "первый вице-премьер"),
    ("первым заместителем министра обороны", "первый заместитель министра обороны"),
    ("Чрезвычайного и Полномочного Посла", "Чрезвычайный и Полномочный Посол"),
    ("временного поверенного в делах", "временный поверенный в делах"),
    ("уполномоченного по правам человека", "уполномоченный по правам человека"),
    ("замминистра иностранных дел", "замминистра иностранных дел"),
    ("замглавы МИД", "замглавы МИД"),
    (
        "статс-секретаря – заместителя министра иностранных дел",
        "статс-секретарь – заместитель министра иностранных дел",
    ),
    (
        "заместителя премьер-министра – министра иностранных дел",
        "заместитель премьер-министра – министр иностранных дел",
    ),
    ("генсеком", "генсек"),
    ("королевой", "королева"),
    ("королём", "король"),
    ("постоянному представителю", "постоянный представитель"),
    ("специальным представителем президента", "специальный представитель президента"),
    ("верховного представителя", "верховный представитель"),
    ("главнокомандующим", "главнокомандующий"),
    ("командующего", "командующий"),
    ("спецпосланником", "спецпосланник"),
    ("председателем Госдумы", "председатель Госдумы"),
    ("вице-спикера", "вице-спикер"),
    ("официальным представителем МИД", "официальный представитель МИД"),
    ("пресс-секретаря президента", "пресс-секретарь президента"),
    ("генерал-лейтенанта", "генерал-лейтенант"),
    ("Патриарха", "Патриарх"),
    ("судьей", "судья"),
    ("госсекретарем", "госсекретарь"),
    ("премьер-министром", "премьер-министр"),
    ("народного депутата", "народный депутат"),
    ("главе Минобороны", "глава Минобороны"),
    ("первого секретаря посольства", "первый секретарь посольства"),
    ("депутатами", "депутаты"),
    ("журналистке", "журналистка"),
    ("министр обороны", "министр обороны"),
]


@pytest.mark.parametrize(("title", "base"), BASE_CASES)
def test_title_base(title_base: Callable[[str], str], title: str, base: str) -> None:
    assert title_base(title) == base


@pytest.mark.parametrize(("phrase", "title", "cls", "german"), ROLE_CASES)
def test_every_matched_title_has_a_base_form(
    title_base: Callable[[str], str], phrase: str, title: str, cls: str, german: str
) -> None:
    del phrase, cls, german
    base = title_base(title)
    assert base and base.split()[-1:] != [""]
    assert len(base.split()) == len(title.split())
