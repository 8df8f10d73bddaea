"""Russian's Cyrillic neighbours: Ukrainian, Belarusian and Kazakh texts are recognised as
unsupported languages (not read as Russian); Russian stays Russian, also with Ukrainian names."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from communique.lang import pack_codes
from communique.language import LanguageIdentifier

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def ident() -> LanguageIdentifier:
    return LanguageIdentifier(supported=pack_codes())


UKRAINIAN = [
    "Зеленський зустрівся з Шольцом у Києві",
    "Прем'єр-міністр провів переговори з послом Японії",
    "Міністр закордонних справ України відвідає Варшаву наступного тижня.",
    "Кулеба обговорив з генсеком НАТО питання безпеки",
    "Президент України підписав указ про санкції проти компаній, які співпрацюють з агресором.",
    "Делегація Верховної Ради взяла участь у засіданні Парламентської асамблеї ОБСЄ.",
    "Уряд ухвалив рішення щодо відновлення енергетичної інфраструктури",
    "За словами речника МЗС, зустріч відбулася в конструктивній атмосфері, сторони домовилися "
    "продовжити діалог та підготувати нову угоду до кінця року.",
    "Посол Франції вручив копії вірчих грамот заступнику міністра",
    "Сьогодні в Брюсселі розпочався саміт Україна – ЄС, на якому лідери обговорять "
    "подальшу підтримку та питання членства.",
    "Так званий «мирний план» обговорили в Києві: МЗС вважає, що він не відповідає інтересам "
    "України.",  # a few Russian-looking words
    "Переговори у Стамбулі: делегації не дійшли згоди",
]

BELARUSIAN = [
    "Лукашэнка сустрэўся з амбасадарам Кітая",
    "Міністр замежных спраў Беларусі наведаў Маскву",
    "У Мінску адбыліся перамовы паміж дэлегацыямі дзвюх краін.",
    "Прэзідэнт падпісаў указ аб супрацоўніцтве ў галіне адукацыі",
    "Паводле словаў міністра, бакі дамовіліся пашыраць гандаль і сумесныя праекты.",
    "Урад Беларусі абмеркаваў з расійскім бокам пастаўкі газу на наступны год.",
    "Сустрэча прайшла ў Палацы Незалежнасці, дзе кіраўнікі дзяржаў падпісалі шэраг дакументаў.",
    "Пасол Польшчы выкліканы ў МЗС",
    "Дэлегацыя парламента ўдзельнічала ў пасяджэнні Парламенцкага сходу",
    "Кіраўнік дзяржавы заявіў, што краіна гатовая да дыялогу з усімі суседзямі.",
    "Так называемая «новая ініцыятыва» была абмеркавана на сустрэчы ў Брэсце.",
    "Візіт прэм'ер-міністра ў Кітай",
]

KAZAKH = [
    "Тоқаев Қытай төрағасымен кездесті",
    "Сыртқы істер министрі Мәскеуге сапармен барады",
    "Қазақстан Республикасының Президенті Астанада Франция елшісін қабылдады.",
    "Екі ел арасындағы сауда-экономикалық ынтымақтастық талқыланды",
    "Кездесу барысында тараптар инвестициялық жобаларды жүзеге асыру мәселелерін қарады.",
    "Үкімет отырысында энергетика саласын дамыту туралы шешім қабылданды.",
    "Премьер-министр Бейжіңге ресми сапармен барады",
    "Мемлекет басшысы халыққа арнаған Жолдауында бірқатар тапсырмалар берді.",
    "Парламент Мәжілісі заң жобасын бірінші оқылымда мақұлдады",
    "Сыртқы істер министрлігінің баспасөз хатшысы брифинг өткізді және журналистердің "
    "сұрақтарына жауап берді.",
    "Астанада ШЫҰ саммиті өтеді: Путин мен Си Цзиньпин келеді",  # Russian names
    "ЕАЭО елдерінің үкімет басшылары Алматыда бас қосты",
]

RUSSIAN_WITH_UKRAINIAN_NAMES = [
    "Зеленский встретился с Шольцем в Берлине",
    "Кличко заявил о проблемах с энергоснабжением в Киеве",
    "Партия «Батьківщина» потребовала отставки министра",
    "Глава «Нафтогаза» провёл переговоры с представителями Еврокомиссии.",
    "В Верховной Раде зарегистрировали законопроект о языке, сообщила депутат Ирина Геращенко.",
    "Министр иностранных дел России Сергей Лавров прокомментировал заявление Дмитрия Кулебы "
    "о переговорах в Стамбуле.",
    "Порошенко и Тимошенко выступили против решения Рады",
    "Премьер-министр Украины Денис Шмыгаль посетил Вашингтон, где обсудил с американскими "
    "коллегами вопросы финансовой помощи.",
    "Компания «Укрзалізниця» сообщила об изменении расписания поездов",
    "Переговоры Лаврова и Мирзиёева прошли в Ташкенте",
    "Лукашенко провёл встречу с Токаевым в Минске",
    "Посол Казахстана вручил верительные грамоты",
]


@pytest.mark.parametrize("text", UKRAINIAN)
def test_ukrainian(ident: LanguageIdentifier, text: str) -> None:
    guess = ident.identify(text)
    assert (guess.lang, guess.supported) == ("uk", False)


@pytest.mark.parametrize("text", BELARUSIAN)
def test_belarusian(ident: LanguageIdentifier, text: str) -> None:
    guess = ident.identify(text)
    assert (guess.lang, guess.supported) == ("be", False)


@pytest.mark.parametrize("text", KAZAKH)
def test_kazakh(ident: LanguageIdentifier, text: str) -> None:
    guess = ident.identify(text)
    assert (guess.lang, guess.supported) == ("kk", False)


@pytest.mark.parametrize("text", RUSSIAN_WITH_UKRAINIAN_NAMES)
def test_russian_with_neighbours_names(ident: LanguageIdentifier, text: str) -> None:
    guess = ident.identify(text)
    assert guess.lang == "ru"
    assert guess.supported == ("ru" in pack_codes())


def test_neighbour_profiles_are_cyrillic_and_large(ident: LanguageIdentifier) -> None:
    root = Path(__file__).resolve().parents[1] / "src" / "communique" / "lang"
    for code in ("uk", "be", "kk"):
        assert code in ident.languages
        assert not (root / code / "__init__.py").exists()  # recognised, not extracted
        words = [
            w
            for w in (root / code / "stopwords.txt").read_text(encoding="utf-8").splitlines()
            if w and not w.startswith("#")
        ]
        assert len(words) >= 100 and len(set(words)) == len(words)


def test_1tv_leads_stay_russian(ident: LanguageIdentifier) -> None:
    from communique.corpora import iter_csv_texts

    path = SHARED / "corpora" / "ru-1tv-leads" / "1tv_news_2024.csv"
    if not path.is_file():
        pytest.skip(f"{path} not available")
    texts = list(itertools.islice(iter_csv_texts(path), 1000))
    right = sum(ident.identify(t).lang == "ru" for t in texts)
    assert right >= 0.995 * len(texts)
