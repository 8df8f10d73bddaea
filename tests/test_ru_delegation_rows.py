"""Russian delegations and their visits told over several sentences: who heads a delegation
("Делегацию возглавил X", "с делегацией ..., которую возглавляет X"), who belongs to it ("В
состав делегации вошли ..."), the guests that stand for it, a place's word after a title
that is not a name, and titles with their bodies in lower case. Sentences written for these
tests; the German rows check that the shared logic holds there too."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-04-22"


def _events(engine: Communique, text: str, lang: str = "ru") -> list[tuple[str, str, set[str]]]:
    return event_rows(engine, lang, text, PUBLISHED)


def test_head_and_members_of_a_delegation_told_after_the_meeting(engine: Communique) -> None:
    text = (
        "Губернатор Тверской области Иван Ковалев во вторник встретился в Твери с делегацией "
        "китайской провинции Хэнань. Делегацию возглавил вице-губернатор провинции Ван Сюэмин. "
        "Стороны обсудили поставки льна. В состав делегации вошли также директор департамента "
        "коммерции провинции Ли Цзяньго и мэр города Лоян Чжоу Пин."
    )
    people = {"Иван Ковалев", "Ван Сюэмин", "Ли Цзяньго", "Чжоу Пин"}
    assert _events(engine, text) == [("meeting", "occurred", people)]


def test_head_in_a_relative_clause_of_leading(engine: Communique) -> None:
    text = (
        "Председатель комитета по международным делам Олег Буров встретился с делегацией "
        "парламента Лаоса, которую возглавляет вице-спикер Сомсак Вонгсаван."
    )
    assert _events(engine, text) == [("meeting", "occurred", {"Олег Буров", "Сомсак Вонгсаван"})]


def test_who_took_part_in_the_only_talks_told_many_sentences_before(engine: Communique) -> None:
    filler = " ".join(f"Стороны обсудили вопрос номер {k}." for k in range(1, 10))
    text = (
        "Губернатор Тверской области Иван Ковалев во вторник встретился с послом Лаоса "
        f"Сомсаком Вонгсаваном. {filler} С тверской стороны в переговорах участвовали мэр "
        "Твери Ольга Рябова и министр экономического развития области Дмитрий Лузин."
    )
    people = {"Иван Ковалев", "Сомсак Вонгсаван", "Ольга Рябова", "Дмитрий Лузин"}
    assert _events(engine, text) == [("meeting", "occurred", people)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a place noun before a first name, or before just two words, is the title's: the
        # name after it is given whole
        ("Губернатор Иван Ковалев встретился с министром области Дмитрием Лузиным.",
         {"Иван Ковалев", "Дмитрий Лузин"}),
        ("Губернатор Иван Ковалев встретился с директором департамента провинции Ли Цзяньго.",
         {"Иван Ковалев", "Ли Цзяньго"}),
        # ... and before three words, the first is the place's own name
        ("Губернатор Иван Ковалев встретился с губернатором провинции Шэньси Чжао Лэцзи.",
         {"Иван Ковалев", "Чжао Лэцзи"}),
    ],
)  # fmt: skip
def test_a_place_noun_before_a_name(engine: Communique, text: str, names: set[str]) -> None:
    assert _events(engine, text) == [("meeting", "occurred", names)]


def test_guests_from_a_place_are_no_person(engine: Communique) -> None:
    text = "Губернатор Иван Ковалев и гости из Хэнани договорились о поставках льна."
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    assert [a.name for a in record.actors if a.kind == "person"] == ["Иван Ковалев"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Губернатор Тверской области Иван Ковалев встретился с Олегом Буровым.", "Губернатор"),
        ("Председатель комитета по международным делам Иван Ковалев встретился с Олегом "
         "Буровым.", "Председатель"),
    ],
)  # fmt: skip
def test_a_title_with_its_body_in_lower_case(engine: Communique, text: str, title: str) -> None:
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    first = next(a for a in record.actors if a.name == "Иван Ковалев")
    assert first.role is not None and first.role.title == title


def test_a_verb_after_a_title_binds_no_name(engine: Communique) -> None:
    text = "Министр поблагодарил Ивана Ковалева за встречу."
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    assert [a.role for a in record.actors if a.name == "Иван Ковалев"] == [None]


def test_guests_received_later_are_the_delegation(engine: Communique) -> None:
    text = (
        "Губернатор Тверской области Иван Ковалев встретился с делегацией провинции Хэнань "
        "во главе с вице-губернатором Ван Сюэмином. С тверской стороны в переговорах участвовал "
        "министр экономического развития области Дмитрий Лузин. После встречи делегация "
        "отправилась в Законодательное собрание, где гостей принял председатель областного "
        "парламента Олег Буров."
    )
    assert _events(engine, text) == [
        ("meeting", "occurred", {"Иван Ковалев", "Ван Сюэмин", "Дмитрий Лузин"}),
        ("meeting", "occurred", {"Олег Буров", "Ван Сюэмин"}),
    ]


def test_the_guest_of_a_visiting_delegation_is_its_head(engine: Communique) -> None:
    text = (
        "На прошлой неделе в Твери побывала делегация лаосского города Луангпрабанг. Ее "
        "возглавлял мэр города Сомсак Вонгсаван. Для него это первая поездка в Россию. Во "
        "вторник гостя принял губернатор Тверской области Иван Ковалев."
    )
    assert _events(engine, text) == [("meeting", "occurred", {"Иван Ковалев", "Сомсак Вонгсаван"})]


def test_a_headline_of_the_visit_is_no_meeting(engine: Communique) -> None:
    text = (
        "Лаосская делегация обсудила в Твери поставки льна\n\n"
        "Губернатор Тверской области Иван Ковалев во вторник встретился с делегацией Лаоса. "
        "Делегацию возглавил министр торговли Сомсак Вонгсаван."
    )
    # (one meeting: the state whose delegation was met sits beside its people)
    assert _events(engine, text) == [
        ("meeting", "occurred", {"Иван Ковалев", "Сомсак Вонгсаван", "Laos"})
    ]


def test_after_the_talks_the_guest_alone_is_no_meeting(engine: Communique) -> None:
    text = (
        "Der Regierende Bürgermeister Lukas Brenner hat heute die Gouverneurin von Osaka, "
        "Emiko Sato, im Rathaus empfangen. Sie hält sich mit einer Delegation bis Freitag in "
        "Berlin auf. Es ist ihr erster Besuch in Europa. Die Gesprächspartner erörterten die "
        "Zusammenarbeit der Häfen. Nach dem Gespräch trug sich der Gast in das Goldene Buch "
        "der Stadt ein."
    )
    assert _events(engine, text, "de") == [("meeting", "occurred", {"Lukas Brenner", "Emiko Sato"})]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a foreign man's name in the nominative after a title keeps its "-а" (not the
        # accusative of "Хендр" read with a place's reading of the surname)
        ("В состав делегации вошли посол Индонезии в России Хендра Гунаван и советник Ирина "
         "Котова.", ["Хендра Гунаван", "Ирина Котова"]),
        # a word in Latin letters names a company, and ends no person's name before it
        ("В состав делегации вошел президент-директор госкомпании Pertamina Ари Дармаван "
         "Сирегар.", ["Ари Дармаван Сирегар"]),
        ("Министр Бамбанг Прасетьо провел встречу с главой Pertamina.", ["Бамбанг Прасетьо"]),
        # after a title's portfolio and state in up to five words, capitalised words are a
        # name, not after a preposition
        ("Встречу провел министр углеводородов и энергетики Боливии Марсело Киспе Мамани.",
         ["Марсело Киспе Мамани"]),
        ("Премьер-министр Олег Буров принял посла Ирины Котовой во Дворце Независимости.",
         ["Олег Буров", "Ирина Котова"]),
    ],
)  # fmt: skip
def test_foreign_names_in_russian_text(engine: Communique, text: str, people: list[str]) -> None:
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    assert [a.name for a in record.actors if a.kind == "person"] == people


@pytest.mark.parametrize(
    "opening",
    ["В переговорах с кыргызской стороны приняли участие",
     "В переговорах со стороны Кыргызстана приняли участие"],
)  # fmt: skip
def test_who_took_part_from_one_side_joins_the_talks(engine: Communique, opening: str) -> None:
    text = (
        "Министр Жээнбек Абдыкалыков провел переговоры с министром Кан Мин Джу. Встреча прошла "
        f"в здании МИД Кореи. Стороны обсудили торговлю. {opening} заместитель министра "
        "экономики Айгуль Токтогулова и посол Эмил Бакыт уулу."
    )
    people = {"Жээнбек Абдыкалыков", "Кан Мин Джу", "Айгуль Токтогулова", "Эмил Бакыт уулу"}
    assert _events(engine, text) == [("meeting", "occurred", people)]


def test_a_name_after_a_title_with_a_long_body_and_state(engine: Communique) -> None:
    text = (
        "В среду Абдыкалыков проведет встречу с вице-спикером Национального собрания "
        "Республики Корея Пак Ын Су."
    )
    assert _events(engine, text) == [("meeting", "planned", {"Абдыкалыков", "Пак Ын Су"})]


def test_the_guests_received_are_the_delegation(engine: Communique) -> None:
    """Without articles, "гостей принял X" has the delegation for a party: its head sits at
    the meeting; a body's name between a title and a clear first name is the title's
    ("председатель Мингорисполкома Андрей Жолнерович")."""
    text = (
        "В Минск с официальным визитом прибыла делегация Ханоя. Её возглавляет председатель "
        "Народного комитета Чан Ван Хунг.\n\n"
        "17 сентября гостей принял председатель Мингорисполкома Андрей Жолнерович."
    )
    record = engine.extract(text, lang="ru", published="2026-09-17")
    names = {a.id: a.name for a in record.actors}
    seated = [{names[p] for p in e.participants} for e in record.events if e.status == "occurred"]
    assert any({"Андрей Жолнерович", "Чан Ван Хунг"} <= s for s in seated)
