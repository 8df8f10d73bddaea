"""Who came along, told apart from the meeting: a delegation's members told after talks whose
sentence named no delegation, a companion of the members just told, company told after
sentences about the meeting's own people, a companion's subject by its title ("der
Botschafter" for the guest received), and customs that are no meeting ("jedes Jahr").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-04-14"


def _events(engine: Communique, text: str, lang: str) -> list[tuple[str, str, set[str]]]:
    return event_rows(engine, lang, text, PUBLISHED)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("ru",
         "Заместитель министра промышленности Кирилл Ласточкин провёл в Москве переговоры с "
         "министром торговли Египта Хишамом эль-Наггаром. Стороны обсудили поставки техники. "
         "В состав египетской делегации вошли председатель управления Валид Мансур и посол "
         "Египта Тарек Хассуна.",
         {"Кирилл Ласточкин", "Хишам эль-Наггар", "Валид Мансур", "Тарек Хассуна"}),
        ("en",
         "Trade Minister Ruth Kamau held talks in Nairobi with Egypt's Minister of Industry "
         "Hisham Nagar. The two discussed rail wagons. The Egyptian delegation included "
         "Ambassador Tarek Hassouna and adviser Walid Mansour.",
         {"Ruth Kamau", "Hisham Nagar", "Tarek Hassouna", "Walid Mansour"}),
    ],
)  # fmt: skip
def test_members_told_after_talks_that_named_no_delegation(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert _events(engine, text, lang) == [("meeting", "occurred", people)]


def test_members_join_the_talks_held_not_the_visit_agreed(engine: Communique) -> None:
    text = (
        "Landeshauptmann Andreas Pichler empfing heute Gouverneur Yoon Tae-gyu zu einem "
        "Arbeitsgespräch. Er lud den Landeshauptmann zu einem Gegenbesuch nach Chuncheon ein. "
        "Zur Delegation gehören neben dem Gouverneur auch Vizegouverneur Han Kyung-soo. "
        "Begleitet wird die Gruppe von der Botschafterin der Republik Korea, Jung Hae-rin."
    )
    events = _events(engine, text, "de")
    assert events[0] == (
        "meeting",
        "occurred",
        {"Andreas Pichler", "Yoon Tae-gyu", "Han Kyung-soo", "Jung Hae-rin"},
    )
    assert events[1] == ("meeting", "planned", {"Andreas Pichler", "Yoon Tae-gyu"})


def test_a_trip_with_a_delegation_seats_nobody_at_earlier_talks(engine: Communique) -> None:
    text = (
        "Ministerpräsident Florian Gruber hat heute den Botschafter der Republik Korea, Lee "
        "Seung-hwan, empfangen. Im Oktober wird Wirtschaftsminister Hubert Stadler mit einer "
        "Wirtschaftsdelegation nach Seoul reisen."
    )
    assert _events(engine, text, "de")[0] == (
        "meeting",
        "occurred",
        {"Florian Gruber", "Lee Seung-hwan"},
    )


def test_company_after_quotes_of_the_meeting_people(engine: Communique) -> None:
    text = (
        "Der neue Botschafter Indiens, Harsh Raghunathan, hat am Mittwoch der Regierung "
        "seinen Antrittsbesuch abgestattet. Regierungspräsidentin Christine Aebischer empfing "
        "den Gast im Rathaus. Im Zentrum des Gesprächs stand die Berufsbildung. Indien wächst "
        "schnell. Viele Firmen sind dort tätig. Das Abkommen gilt seit Oktober. «Indien ist "
        "ein Markt mit Potenzial», sagte Aebischer. Der Botschafter zeigte sich interessiert. "
        "«Wir möchten lernen», sagte Raghunathan. Begleitet wurde der Botschafter von der "
        "Ersten Sekretärin der Botschaft, Meera Pillai."
    )
    people = {"Christine Aebischer", "Harsh Raghunathan", "Meera Pillai"}
    assert ("meeting", "occurred", people) in _events(engine, text, "de")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Regierungsrat empfängt jedes Jahr rund ein Dutzend neue Botschafter."),
        ("de", "Ministerpräsidentin Anke Vollmer trifft jährlich die Botschafter der EU."),
        ("en", "Governor Ruth Ames meets every year with the consuls of the region."),
        ("ru", "Губернатор Иван Ковалев ежегодно встречается с послами стран АСЕАН."),
    ],
)
def test_a_custom_is_no_meeting(engine: Communique, lang: str, text: str) -> None:
    assert _events(engine, text, lang) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a portfolio written onto an Austrian Land's or a city's councillor
        ("Die Delegation trifft in Wien Tourismuslandesrätin Veronika Gschwandt.",
         "Tourismuslandesrätin"),
        ("Die Delegation trifft in Graz Sozialstadträtin Petra Kolb.", "Sozialstadträtin"),
    ],
)  # fmt: skip
def test_a_councillor_with_a_portfolio(engine: Communique, text: str, title: str) -> None:
    record = engine.extract(text, lang="de", published=PUBLISHED)
    assert [a.role.title for a in record.actors if a.role is not None] == [title]


def test_a_swiss_canton_is_no_city(engine: Communique) -> None:
    text = "Der Botschafter hat dem Regierungsrat des Kantons Zürich einen Besuch abgestattet."
    record = engine.extract(text, lang="de", published=PUBLISHED)
    assert [a.name for a in record.actors if a.kind == "person"] == []


def test_the_speaker_of_the_kyrgyz_parliament_is_a_title(engine: Communique) -> None:
    text = "Торага Жогорку Кенеша Алмазбек Жолдошбек уулу принял посла Венгрии Балажа Сёке."
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    people = {a.name: a for a in record.actors if a.kind == "person"}
    assert set(people) == {"Алмазбек Жолдошбек уулу", "Балаж Сёке"}
    role = people["Алмазбек Жолдошбек уулу"].role
    assert role is not None and role.cls == "legislator"


def test_a_return_visit_is_not_where_the_document_met(engine: Communique) -> None:
    text = (
        "Landeshauptmann Andreas Pichler empfing heute Gouverneur Yoon Tae-gyu zu einem "
        "Arbeitsgespräch. Er lud den Landeshauptmann zu einem Gegenbesuch nach Chuncheon ein."
    )
    record = engine.extract(text, lang="de", published=PUBLISHED)
    assert record.events[0].location is None


def test_a_conference_named_again_in_another_case_is_one(engine: Communique) -> None:
    text = (
        "Präsidentin Regula Imfeld hat am Montag in Genf den Präsidenten Brasiliens, Marcos "
        "Teixeira, getroffen. Das Gespräch fand am Rande der Internationalen "
        "Arbeitskonferenz statt. Die Internationale Arbeitskonferenz tagt seit dem 1. Juni."
    )
    record = engine.extract(text, lang="de", published="2026-06-10")
    assert [e.kind for e in record.events].count("conference") == 1


def test_who_took_part_named_with_an_abbreviation_in_brackets(engine: Communique) -> None:
    text = (
        "Bundesrätin Corinne Favre hat am Montag die Ministerin Brasiliens, Luiza Cardoso, in "
        "Bern empfangen. An den Gesprächen nahmen auch die Direktorin des Bundesamts für "
        "Umwelt (BAFU), Pascale Rüegg, sowie der Botschafter Brasiliens, Ricardo Moura, teil."
    )
    people = {"Corinne Favre", "Luiza Cardoso", "Pascale Rüegg", "Ricardo Moura"}
    assert _events(engine, text, "de") == [("meeting", "occurred", people)]


def test_a_subheading_with_a_state_is_the_call_told_under_it(engine: Communique) -> None:
    text = (
        "Bundesrätin Corinne Favre hat am Montag die Ministerin Brasiliens, Luiza Cardoso, in "
        "Bern empfangen.\n\nVideogespräch mit Kolumbien\n\nAm Nachmittag führte Favre zudem "
        "ein Videogespräch mit dem kolumbianischen Umweltminister Andrés Rojas."
    )
    assert _events(engine, text, "de") == [
        ("meeting", "occurred", {"Corinne Favre", "Luiza Cardoso"}),
        ("call", "occurred", {"Corinne Favre", "Andrés Rojas"}),
    ]


@pytest.mark.parametrize(
    ("verb", "met"),
    [
        # a singular verb makes "sie" the woman named last as a subject
        ("trifft sie", {"Luiza Cardoso", "Nomvula Dlamini"}),
        # ... a plural one the two
        ("treffen sie", {"Luiza Cardoso", "Corinne Favre", "Nomvula Dlamini"}),
    ],
)
def test_sie_by_the_verb_beside_it(engine: Communique, verb: str, met: set[str]) -> None:
    text = (
        "Bundesrätin Corinne Favre hat am Montag die Ministerin Brasiliens, Luiza Cardoso, in "
        "Bern empfangen. Ministerin Cardoso reist am Dienstag nach Genf weiter. Dort "
        f"{verb} die Generalsekretärin der WMO, Nomvula Dlamini."
    )
    assert _events(engine, text, "de")[-1] == ("meeting", "planned", met)


def test_a_delegation_head_after_a_long_chain_of_bodies(engine: Communique) -> None:
    text = (
        "On June 9, the Vice President of the National Assembly Ruben Ohanyan received the "
        "delegation led by the Chair of the Committee on Foreign Affairs of the Seimas of the "
        "Republic of Lithuania Mindaugas Vaitkus, which is in Yerevan on a working visit. The "
        "delegation included the member of the Committee Arunas Petraitis. The same day the "
        "delegation had a meeting with the Chair of the Committee on Foreign Relations Lilit "
        "Avetyan."
    )
    guests = {"Mindaugas Vaitkus", "Arunas Petraitis"}
    assert event_rows(engine, "en", text, "2026-06-10") == [
        ("meeting", "occurred", {"Ruben Ohanyan"} | guests),
        ("meeting", "occurred", {"Lilit Avetyan"} | guests),
    ]


def test_who_took_part_in_them(engine: Communique) -> None:
    text = (
        "В среду министр Правительства Москвы Виталий Дорохов провёл переговоры с губернатором "
        "провинции Гавана Юделкис Мартинес Ортега. В них также приняли участие посол Кубы "
        "Хулио Гарсия Вальдес и вице-губернатор Рейнальдо Фумеро Касас."
    )
    people = {
        "Виталий Дорохов",
        "Юделкис Мартинес Ортега",
        "Хулио Гарсия Вальдес",
        "Рейнальдо Фумеро Касас",
    }
    assert _events(engine, text, "ru") == [("meeting", "occurred", people)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Накануне Андрей Ветров провёл телефонный разговор с акимом Атырауской области. Аким "
         "Ерболат Жаксылов поддержал предложение губернатора.",
         {"Андрей Ветров", "Ерболат Жаксылов"}),
        ("После встречи гости провели совещание в министерстве экономики области во главе с "
         "губернатором Батбаяром Ганзоригом. Министр Денис Хабибов представил гостям проекты.",
         {"Батбаяр Ганзориг", "Денис Хабибов"}),
    ],
)  # fmt: skip
def test_a_counterpart_given_by_office_and_named_next(
    engine: Communique, text: str, people: set[str]
) -> None:
    assert {p for _, _, ps in _events(engine, text, "ru") for p in ps} >= people
    assert any(ps == people for _, _, ps in _events(engine, text, "ru"))


def test_heads_of_delegations_told_after_a_commission_session(engine: Communique) -> None:
    text = (
        "Российско-эфиопская межправительственная комиссия провела седьмое заседание в "
        "Аддис-Абебе. Делегации возглавили министр энергетики России Виталий Дербенёв и "
        "министр финансов Эфиопии Абебе Гирма."
    )
    assert event_rows(engine, "ru", text, "2026-05-15") == [
        ("conference", "occurred", {"Виталий Дербенёв", "Абебе Гирма"})
    ]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("en",
         "On May 21, Governor Takeshi Morita received a courtesy call from Mr. Do Minh Tuan, "
         "Chairman of the People's Committee of Hanoi City.\n\n2. Attendees\n(Hanoi side)\n"
         "Mr. Do Minh Tuan, Chairman\nMs. Le Thi Thanh Huong, Vice Chairwoman of the People's "
         "Committee\n\n(Tokyo side)\nGovernor Takeshi Morita\nMs. Haruka Ishida, Vice Governor\n"
         "\n3. Outline of the Meeting\n- The Governor welcomed the delegation.",
         {"Takeshi Morita", "Do Minh Tuan", "Le Thi Thanh Huong", "Haruka Ishida"}),
        ("de",
         "Am 21. Mai empfing Bürgermeisterin Anna Kolb den Gouverneur der Provinz, Li Wei.\n\n"
         "Teilnehmende:\nGouverneur Li Wei\nBotschafterin Wang Fang\nStadträtin Petra Nord\n\n"
         "Die Gespräche drehten sich um den Hafen und um die Zusammenarbeit der Universitäten.",
         {"Anna Kolb", "Li Wei", "Wang Fang", "Petra Nord"}),
    ],
)  # fmt: skip
def test_a_list_of_attendees_under_its_heading(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert event_rows(engine, lang, text, "2026-05-21")[0] == ("meeting", "occurred", people)


def test_where_a_guest_is_visiting_says_nothing_of_the_meeting_s_tense(
    engine: Communique,
) -> None:
    text = "On May 21, Governor Takeshi Morita met Mr. Do Minh Tuan, who is visiting Tokyo."
    assert event_rows(engine, "en", text, "2026-05-21") == [
        ("meeting", "occurred", {"Takeshi Morita", "Do Minh Tuan"})
    ]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("de",
         "Außenministerin Anna Berg traf am Montag in Peking den chinesischen Außenminister "
         "Wang Lei. Von chinesischer Seite waren Vizeminister Zhou Ming und Botschafter Li Hua "
         "dabei.",
         {"Anna Berg", "Wang Lei", "Zhou Ming", "Li Hua"}),
        ("en",
         "Foreign Minister Anna Berg met Chinese Foreign Minister Wang Lei in Beijing on "
         "Monday. On the Swedish side were State Secretary Per Holm and Ambassador Eva Lind.",
         {"Anna Berg", "Wang Lei", "Per Holm", "Eva Lind"}),
        ("en",
         "Foreign Minister Anna Berg met Chinese Foreign Minister Wang Lei in Beijing on "
         "Monday. On the Chinese side, Vice Minister Zhou Ming was present.",
         {"Anna Berg", "Wang Lei", "Zhou Ming"}),
    ],
)  # fmt: skip
def test_a_sides_people_listed_after_the_meeting_join_it(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert _events(engine, text, lang) == [("meeting", "occurred", people)]


def test_a_negated_dabei_seats_nobody(engine: Communique) -> None:
    text = (
        "Am Nachmittag traf die Ministerin Anna Berg zudem den Präsidenten des Parlaments, "
        "Tomasz Wolski. Staatssekretär Per Holm war bei diesem Treffen nicht dabei."
    )
    assert _events(engine, text, "de") == [("meeting", "occurred", {"Anna Berg", "Tomasz Wolski"})]


def test_the_delegation_after_the_auxiliary_is_the_companion_sentences_subject(
    engine: Communique,
) -> None:
    text = (
        "Am ersten Besuchstag empfing Präsident Max Weber die Gäste zu einem Gespräch im "
        "Sitzungssaal. Begleitet wurde die Delegation an diesem Tag vom Botschafter der "
        "Republik Korea in der Bundesrepublik Deutschland, Jung Tae-hoon."
    )
    assert _events(engine, text, "de") == [("meeting", "occurred", {"Max Weber", "Jung Tae-hoon"})]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("en",
         "Chairman Daniyar Tokhtarov met Minister of Economy of Mongolia Tserendorj Bat-Erdene "
         "in Moscow on Monday. The Mongolian side was also represented by Ambassador D. "
         "Enkhtuvshin.",
         {"Daniyar Tokhtarov", "Tserendorj Bat-Erdene", "D. Enkhtuvshin"}),
        ("de",
         "Der Vorsitzende Daniyar Tokhtarov traf am Montag in Moskau den mongolischen "
         "Wirtschaftsminister Tserendorj Bat-Erdene. Die mongolische Seite war zudem durch "
         "Botschafter D. Enkhtuvshin vertreten.",
         {"Daniyar Tokhtarov", "Tserendorj Bat-Erdene", "D. Enkhtuvshin"}),
        ("ru",
         "Председатель Данияр Тохтаров встретился в Москве с министром экономики Монголии "
         "Цэрэндоржем Бат-Эрдэнэ. Монгольскую сторону также представлял посол Д. Энхтувшин.",
         {"Данияр Тохтаров", "Цэрэндорж Бат-Эрдэнэ", "Д. Энхтувшин"}),
    ],
)  # fmt: skip
def test_a_side_represented_by_someone_seats_them(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert _events(engine, text, lang) == [("meeting", "occurred", people)]
