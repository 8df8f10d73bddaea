"""A visit told in stages: a later stage whose interlocutors the next sentence names, a side of
the meeting whose leader is told after it, and an object pronoun before its verb in a free word
order ("его принял X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-06-05"


@pytest.mark.parametrize(
    ("lang", "text", "stage"),
    [
        ("en", "EU Special Representative Johan van der Heyden is visiting Astana. On Thursday "
         "he was received by Deputy Foreign Minister Darkhan Esengeldin.\n\nLater the envoy "
         "visited the Mazhilis. His interlocutors were MP Ainur Baizhanova and committee chair "
         "Erlan Akhmetzhanov.\n",
         {"Johan van der Heyden", "Ainur Baizhanova", "Erlan Akhmetzhanov"}),
        ("de", "Der EU-Sonderbeauftragte Johan van der Heyden ist zu Besuch in Astana. Am "
         "Donnerstag wurde er von Vizeaußenminister Darkhan Esengeldin empfangen.\n\nSpäter "
         "besuchte der Sonderbeauftragte das Parlament. Seine Gesprächspartner waren die "
         "Abgeordnete Ainur Baizhanova und der Ausschussvorsitzende Erlan Akhmetzhanov.\n",
         {"Johan van der Heyden", "Ainur Baizhanova", "Erlan Akhmetzhanov"}),
        ("ru", "Специальный представитель ЕС Йохан ван дер Хейден находится с визитом в Астане. "
         "В четверг его принял заместитель министра иностранных дел Казахстана Дархан "
         "Есенгельдин.\n\nПозднее еврочиновник побывал в Мажилисе. Его собеседниками стали "
         "депутат Айнур Байжанова и председатель комитета Ерлан Ахметжанов.\n",
         {"Йохан ван дер Хейден", "Айнур Байжанова", "Ерлан Ахметжанов"}),
    ],
)  # fmt: skip
def test_a_later_stage_has_the_interlocutors_named_after_it(
    engine: Communique, lang: str, text: str, stage: set[str]
) -> None:
    # "His interlocutors were A and B" after a visit to another body: a meeting of its own,
    # with the visitor; not the earlier counterpart, whom "his interlocutors" does not name
    events = event_rows(engine, lang, text, PUBLISHED)
    assert ("meeting", "occurred", stage) in events
    assert all(not (names > stage) for _, _, names in events)


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("de", "11. September 2026\n\nGouverneur Andrei Schelechow traf am Mittwoch in Tschita "
         "eine Delegation aus der Inneren Mongolei. Die chinesische Seite wurde vom "
         "stellvertretenden Vorsitzenden Qi Hongbo geleitet.\n",
         {"Andrei Schelechow", "Qi Hongbo"}),
        ("ru", "11 сентября 2026 года\n\nГубернатор Андрей Шелехов в среду встретился в Чите с "
         "делегацией Внутренней Монголии. Китайскую сторону возглавлял заместитель председателя "
         "Ци Хунбо.\n",
         {"Андрей Шелехов", "Ци Хунбо"}),
        ("en", "September 11, 2026\n\nGovernor Andrei Shelekhov met a delegation from Inner "
         "Mongolia in Chita on Wednesday. The Chinese side was led by Vice Chairman Qi Hongbo.\n",
         {"Andrei Shelekhov", "Qi Hongbo"}),
    ],
)  # fmt: skip
def test_the_leader_of_a_side_told_after_the_meeting_took_part(
    engine: Communique, lang: str, text: str, names: set[str]
) -> None:
    assert event_rows(engine, lang, text, "2026-09-11") == [("meeting", "occurred", names)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the pronoun before the verb is its object, the subject follows
        ("Специальный представитель ЕС Йохан ван дер Хейден находится с визитом в Астане. В "
         "четверг его принял заместитель министра Ерлан Есенгельдин.",
         {"Йохан ван дер Хейден", "Ерлан Есенгельдин"}),
        ("Посол Ирина Васильева прибыла в Минск. Ее приняла министр культуры Анна Ковальчук.",
         {"Ирина Васильева", "Анна Ковальчук"}),
        # the one the sentence told before it, not another person told earlier
        ("Премьер-министр Виорел Гуцу встретился с гостем утром. Вечером Питер ван дер Хейден "
         "выступил в парламенте, где его принял председатель парламента Корнелиу Ботнару.",
         {"Питер ван дер Хейден", "Корнелиу Ботнару"}),
    ],
)  # fmt: skip
def test_an_object_pronoun_before_its_verb(engine: Communique, text: str, names: set[str]) -> None:
    events = event_rows(engine, "ru", text, PUBLISHED)
    assert ("meeting", "occurred", names) in events
    assert all(not (n > names) for _, _, n in events)


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("ru", "Премьер-министр Ильшат Файзуллин встретился с Послом Эфиопии\n\n21 апреля 2026\n\n"
         "Премьер-министр Ильшат Файзуллин провёл встречу с Чрезвычайным и Полномочным Послом "
         "Эфиопии в Российской Федерации. Посол Гетачеу Волдемариам впервые посещает "
         "республику. Во встрече также приняли участие заместитель Премьер-министра Тимур "
         "Сагитов и министр Айгуль Мансурова.",
         {"Ильшат Файзуллин", "Гетачеу Волдемариам", "Тимур Сагитов", "Айгуль Мансурова"}),
        ("en", "Prime Minister Ilshat Faizullin meets Ambassador of Ethiopia\n\nApril 21, 2026\n\n"
         "Prime Minister Ilshat Faizullin held a meeting with the Ambassador of Ethiopia to "
         "Russia. Ambassador Getachew Woldemariam is visiting the republic for the first time. "
         "Deputy Prime Minister Timur Sagitov and Minister Aigul Mansurova also took part in the "
         "meeting.",
         {"Ilshat Faizullin", "Getachew Woldemariam", "Timur Sagitov", "Aigul Mansurova"}),
    ],
)  # fmt: skip
def test_the_office_met_is_named_in_the_next_sentence_after_the_headline(
    engine: Communique, lang: str, text: str, names: set[str]
) -> None:
    # the headline and the lead name the ambassador by office; the next sentence names him,
    # and others joined the meeting after it
    rows = event_rows(engine, lang, text, "2026-04-21")
    assert any(n >= names for _, s, n in rows if s == "occurred")


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("ru", "Посол Никарагуа Ильда Чаваррия находилась с рабочим визитом в Ульяновской области. "
         "В Ульяновске посла принял губернатор области. Андрей Викторович Лаптев приветствовал "
         "гостью. Во встрече также участвовал министр Михаил Гордеев.",
         {"Ильда Чаваррия", "Андрей Викторович Лаптев", "Михаил Гордеев"}),
        ("en", "Nicaragua's Ambassador Ilda Chavarria was on a working visit to the Ulyanovsk "
         "region. In Ulyanovsk the ambassador was received by the regional governor. Andrei Laptev "
         "welcomed the guest. Minister Mikhail Gordeev also attended the meeting.",
         {"Ilda Chavarria", "Andrei Laptev", "Mikhail Gordeev"}),
    ],
)  # fmt: skip
def test_the_office_met_is_held_by_the_one_named_next_without_a_title(
    engine: Communique, lang: str, text: str, names: set[str]
) -> None:
    rows = event_rows(engine, lang, text, "2026-05-22")
    assert any(n >= names for _, s, n in rows if s == "occurred")


def test_a_commentator_named_next_holds_no_office_of_several(engine: Communique) -> None:
    text = (
        "President Joseph Lagat of Kenya and Tanzania's President Amina Mwakyusa spoke by phone "
        "on Wednesday and agreed that their trade ministers should meet next week. Dr Phelix "
        'Ouma, a lecturer at the University of Nairobi, said the dispute "can be solved".'
    )
    rows = event_rows(engine, "en", text, "2026-05-22")
    assert all("Phelix Ouma" not in n for _, _, n in rows)
