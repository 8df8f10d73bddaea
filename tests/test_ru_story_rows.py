"""Russian meetings told over several sentences and names the dictionaries do not help with:
who took part in the talks told paragraphs before, names with particles ("бин", "де ла"), and
East Asian names after a title whose syllables are dictionary words. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-04-16"


def _events(engine: Communique, text: str) -> list[tuple[str, str, set[str]]]:
    return event_rows(engine, "ru", text, PUBLISHED)


def test_who_took_part_in_the_talks_told_long_before(engine: Communique) -> None:
    text = (
        "16 апреля министр иностранных дел России Андрей Туманов встретился с министром "
        "иностранных дел Сербии Милицей Попович. Стороны обсудили торговлю. Отдельно шла речь "
        "об энергетике. «Мы ценим партнерство», – сказал Андрей Туманов. Министр поблагодарила "
        "за гостеприимство. По ее словам, Сербия заинтересована в обменах. "
        "В переговорах приняли участие посол Сербии Драган Стеванович и советник Ивана "
        "Петрович. С российской стороны во встрече участвовали заместитель министра Виктор "
        "Самсонов и директор департамента Зарема Хадзиева."
    )
    people = {
        "Андрей Туманов",
        "Милица Попович",
        "Драган Стеванович",
        "Ивана Петрович",
        "Виктор Самсонов",
        "Зарема Хадзиева",
    }
    assert _events(engine, text) == [("meeting", "occurred", people)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Премьер-министр Нурлан Темирханов принял министра торговли Малайзии Ахмада Фаиза бин "
         "Мохд Ариффина.", {"Нурлан Темирханов", "Ахмад Фаиз бин Мохд Ариффин"}),
        ("Министр Нурлан Темирханов встретился с послом Малайзии Норхаяти бинти Исмаил.",
         {"Нурлан Темирханов", "Норхаяти бинти Исмаил"}),
        ("Министр Нурлан Темирханов встретился с министром иностранных дел Венесуэлы Марией "
         "Фернандой де ла Крус.", {"Нурлан Темирханов", "Мария Фернанда де ла Крус"}),
    ],
)  # fmt: skip
def test_particles_inside_names(engine: Communique, text: str, names: set[str]) -> None:
    assert _events(engine, text) == [("meeting", "occurred", names)]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # the syllables are dictionary words ("пак", "чон"); after a title, and after the
        # title's state, they are a name
        ("Министр Эрлан Сатыбалдиев провел переговоры с министром иностранных дел страны Пак "
         "Чон Хуном.", "Пак"),
        ("Министр Эрлан Сатыбалдиев встретился с вице-премьером Вьетнама Ле Ван Тханем.", "Ле"),
    ],
)  # fmt: skip
def test_east_asian_names_after_a_title(engine: Communique, text: str, surname: str) -> None:
    ((kind, _, people),) = _events(engine, text)
    assert kind == "meeting" and len(people) == 2
    assert any(p.startswith(surname + " ") for p in people)


@pytest.mark.parametrize(
    ("text", "place", "people"),
    [
        # a place noun names the capitalised word before or after it as a place
        ("Во вторник гостя принял губернатор Приморского края Виталий Громов. В переговорах "
         "участвовал генеральный консул Вьетнама во Владивостоке Чан Тхи Хыонг.",
         "Приморского", 2),
        ("Губернатор Алексей Бородулин провел переговоры с губернатором провинции Шаньси Ян "
         "Сюэфэном.", "Шаньси", 2),
    ],
)  # fmt: skip
def test_a_place_noun_keeps_its_place_out_of_names(
    engine: Communique, text: str, place: str, people: int
) -> None:
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    names = [a.name for a in record.actors if a.kind == "person"]
    assert len(names) == people and not any(place in n for n in names)


def test_a_title_before_a_name_in_a_long_paragraph(engine: Communique) -> None:
    # the line goes on well past the name: prose, not a headline
    text = (
        "На прошлой неделе во Владивостоке побывала делегация вьетнамского города Дананг. Ее "
        "возглавлял председатель городского Народного комитета Ле Куанг Винь. Для господина "
        "Виня это первая поездка на Дальний Восток России, хотя отношения между Приморьем и "
        "Данангом официально оформлены еще в 2019 году, а прямые рейсы обсуждаются давно."
    )
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    assert "Ле Куанг Винь" in {a.name for a in record.actors}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a comma inside a title's list of portfolios is no break between clauses
        ("10 февраля Посол России в Эфиопии Андрей Светлов встретился в Аддис-Абебе с "
         "Комиссаром Африканского союза по политическим вопросам, миру и безопасности Аминатой "
         "Сиссе.", {"Андрей Светлов", "Амината Сиссе"}),
        ("Премьер-министр Нурлан Темиров принял делегацию Малайзии во главе с министром "
         "инвестиций, торговли и промышленности Ахмадом Фаизом, прибывшим в Астану с "
         "официальным визитом.", {"Нурлан Темиров", "Ахмад Фаиз"}),
    ],
)  # fmt: skip
def test_a_list_of_portfolios_in_a_title(engine: Communique, text: str, people: set[str]) -> None:
    ((seated,),) = ([p for kind, _, p in _events(engine, text) if kind == "meeting"],)
    # (the stems of the names: the case ending of a foreign name is a guess)
    assert sorted(n[:5] for n in seated) == sorted(n[:5] for n in people)


def test_a_description_in_an_oblique_case_is_the_minister_of_that_state(
    engine: Communique,
) -> None:
    text = (
        "Министр иностранных дел Кыргызской Республики Бакыт Токтосунов провел переговоры с "
        "министром иностранных дел Индонезии Сари Хандаяни. В переговорах участвовали "
        "заместитель министра экономики Кыргызстана Нурзат Абдыкадырова и посол Кыргызстана "
        "Талант Сыдыков. В тот же день генеральный секретарь АСЕАН Нгуен Ван Тхань принял "
        "кыргызского министра в штаб-квартире ассоциации."
    )
    assert ("meeting", "occurred", {"Нгуен Ван Тхань", "Бакыт Токтосунов"}) in _events(engine, text)
