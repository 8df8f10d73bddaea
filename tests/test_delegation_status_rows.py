"""Delegations of different visits in one text, a delegation's head told in the sentence after
it, a meeting told back on an earlier day, and names after a title's region or a town office.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-06-03"


@pytest.mark.parametrize(
    ("lang", "text", "held", "planned"),
    [
        ("de", "Am Dienstag empfing Bürgermeister Andreas Pichlmayr eine Delegation aus der "
         "Partnerstadt. An der Spitze stand der Bürgermeister von Singida, Yusuph Mkumbo.\n\n"
         "Der für Juni geplante Besuch einer Delegation aus Kawasaki unter der Leitung von "
         "Bürgermeister Hiroshi Tanabe ist auf Oktober verschoben worden. Pichlmayr wird die "
         "Gäste nun am 14. Oktober empfangen.",
         {"Andreas Pichlmayr", "Yusuph Mkumbo"}, {"Andreas Pichlmayr", "Hiroshi Tanabe"}),
        ("en", "On Tuesday Mayor Andreas Pichlmayr received a delegation from the partner city. "
         "It was led by Mayor Yusuph Mkumbo of Singida.\n\nThe visit of a delegation from "
         "Kawasaki led by Mayor Hiroshi Tanabe, planned for June, has been postponed to "
         "October. Pichlmayr will now receive the guests on 14 October.",
         {"Andreas Pichlmayr", "Yusuph Mkumbo"}, {"Andreas Pichlmayr", "Hiroshi Tanabe"}),
    ],
)  # fmt: skip
def test_the_head_of_a_postponed_visits_delegation_is_not_at_the_meeting_held(
    engine: Communique, lang: str, text: str, held: set[str], planned: set[str]
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert ("meeting", "occurred", held) in rows
    assert ("meeting", "planned", planned) in rows
    assert all(
        not ("Hiroshi Tanabe" in names and status == "occurred") for _, status, names in rows
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Präsident der Region Michele De Vettori empfing am Mittwoch Minister Abdulhakim "
         "Lumabao.", "Michele De Vettori"),
        ("Präsidentin der Provinz Anna Berger empfing am Mittwoch Minister Abdulhakim Lumabao.",
         "Anna Berger"),
        # a town office's title is no part of the name
        ("Bürgermeister Andreas Pichlmayr empfing am Mittwoch Stadtdirektorin Neema A. Massawe.",
         "Neema A. Massawe"),
    ],
)  # fmt: skip
def test_a_name_after_a_titles_region_or_a_town_office(
    engine: Communique, text: str, name: str
) -> None:
    names = set().union(*(n for _, _, n in event_rows(engine, "de", text, PUBLISHED)))
    assert name in names


def test_a_region_named_after_its_noun_is_still_no_person(engine: Communique) -> None:
    text = "Die Delegation kam aus der Provinz Bình Dương nach Wien."
    record = engine.extract(text, lang="de", published=PUBLISHED)
    assert not any("Dương" in a.name for a in record.actors)


@pytest.mark.parametrize(
    ("lang", "text", "afternoon"),
    [
        ("de", "Außenminister Mads Kjærgaard hat am Dienstag die deutsche Außenministerin Anna "
         "Vollrath empfangen. Vollrath war bereits am Montag in Kopenhagen von Staatsministerin "
         "Lotte Vestergaard empfangen worden. Am Nachmittag kamen die beiden Minister mit "
         "Vertretern der Minderheiten zusammen. Mit am Tisch saß die Vorsitzende Ute Clausen.",
         {"Mads Kjærgaard", "Anna Vollrath", "Ute Clausen"}),
        ("en", "Foreign Minister Mads Kjaergaard received German Foreign Minister Anna Vollrath "
         "on Tuesday. Vollrath had already been received by Prime Minister Lotte Vestergaard in "
         "Copenhagen on Monday. In the afternoon the two ministers met representatives of the "
         "minorities. Also at the table was chairwoman Ute Clausen.",
         {"Mads Kjaergaard", "Anna Vollrath", "Ute Clausen"}),
    ],
)  # fmt: skip
def test_a_meeting_told_back_leaves_the_two_ministers_to_the_one_before(
    engine: Communique, lang: str, text: str, afternoon: set[str]
) -> None:
    rows = event_rows(engine, lang, text, "2026-04-14")
    assert any(names >= afternoon for _, _, names in rows)
    assert all(not (names >= {"Lotte Vestergaard", "Ute Clausen"}) for _, _, names in rows)


@pytest.mark.parametrize(
    ("lang", "text", "chaired"),
    [
        ("ru", "Председатель Парламента Дорин Лозан встретился с делегацией Сейма во главе с "
         "вице-спикером Эгле Жемайтите. В состав делегации входят депутат Миндаугас Ставскас и "
         "депутат Римантас Будрис.\n\nВо второй половине дня литовские парламентарии "
         "встретились с членами комиссии по внешней политике. Встречу провела председатель "
         "комиссии Доина Гаврилицэ-Чебан.\n",
         {"Доина Гаврилицэ-Чебан", "Эгле Жемайтите", "Миндаугас Ставскас", "Римантас Будрис"}),
        ("en", "Speaker Dorin Lozan met a delegation of the Seimas led by Deputy Speaker Egle "
         "Zemaitite. The delegation included MP Mindaugas Stavskas and MP Rimantas Budris.\n\n"
         "In the afternoon, the Lithuanian MPs met members of the foreign policy committee. The "
         "meeting was chaired by committee chair Doina Gavrilita.\n",
         {"Doina Gavrilita", "Egle Zemaitite", "Mindaugas Stavskas", "Rimantas Budris"}),
    ],
)  # fmt: skip
def test_the_chair_of_a_delegations_later_meeting_met_its_members(
    engine: Communique, lang: str, text: str, chaired: set[str]
) -> None:
    # "the Lithuanian MPs met members of the committee. The meeting was chaired by X": X and
    # the delegation's roster, not the speaker of the meeting before
    rows = event_rows(engine, lang, text, "2026-03-12")
    assert ("meeting", "occurred", chaired) in rows


@pytest.mark.parametrize(
    ("lang", "text", "chaired"),
    [
        ("en", "The fifth meeting of the Joint Commission on trade was held in Dushanbe on "
         "Monday. It was co-chaired by Deputy Prime Minister Farrukh Nazarzoda and Minister of "
         "Economy Gulnara Abdyrakhmanova. The Tajik delegation included Minister of Energy "
         "Rustam Qodirzoda.\n",
         {"Farrukh Nazarzoda", "Gulnara Abdyrakhmanova", "Rustam Qodirzoda"}),
        ("de", "Die fünfte Sitzung der Gemischten Kommission für Handel fand am Montag in "
         "Duschanbe statt. Den Ko-Vorsitz führten Vizepremier Farruch Nasarsoda und "
         "Wirtschaftsministerin Gulnara Abdyrachmanowa. Der tadschikischen Delegation gehörte "
         "Energieminister Rustam Kodirsoda an.\n",
         {"Farruch Nasarsoda", "Gulnara Abdyrachmanowa", "Rustam Kodirsoda"}),
        ("ru", "Пятое заседание Совместной комиссии по торговле состоялось в понедельник в "
         "Душанбе. Сопредседателями заседания выступили вице-премьер Фаррух Назарзода и министр "
         "экономики Гульнара Абдырахманова. В состав таджикской делегации вошел министр "
         "энергетики Рустам Кодирзода.\n",
         {"Фаррух Назарзода", "Гульнара Абдырахманова", "Рустам Кодирзода"}),
    ],
)  # fmt: skip
def test_the_cochairs_of_a_session_told_after_it_met(
    engine: Communique, lang: str, text: str, chaired: set[str]
) -> None:
    # "The fifth meeting of the Joint Commission was held ... It was co-chaired by A and B":
    # the co-chairs and the delegations' members sat at the session its sentence names nobody at
    rows = event_rows(engine, lang, text, "2026-03-12")
    assert any(status == "occurred" and names >= chaired for _, status, names in rows)


def test_members_listed_after_the_meeting_and_a_committees_chair(engine: Communique) -> None:
    # "also attended by members of the Ukrainian delegation, MPs A and B": the roster, seated
    # where the delegation meets later; "met with the Committee, chaired by X": the
    # committee's chair, no head of the delegation (not at the first meeting)
    text = (
        "Speaker Davor Kovacevic received on Thursday the Chairman of the Verkhovna Rada, Mykola "
        "Hrytsenko. The meeting was also attended by members of the Ukrainian delegation, MPs "
        "Olha Yaremchuk and Taras Melnyk.\n\nLater in the day, the Ukrainian delegation met with "
        "the Foreign Policy Committee, chaired by Ana Jelic."
    )
    rows = event_rows(engine, "en", text, "2026-10-22")
    assert any(n >= {"Olha Yaremchuk", "Taras Melnyk", "Ana Jelic"} for _, _, n in rows)
    assert all(not (n >= {"Davor Kovacevic", "Ana Jelic"}) for _, _, n in rows)


@pytest.mark.parametrize(
    ("lang", "text", "later"),
    [
        ("en", "Speaker Davor Kovacevic received on Thursday the Chairman of the Verkhovna Rada, "
         "Mykola Hrytsenko, who is paying an official visit at the head of a parliamentary "
         "delegation. The meeting was also attended by members of the Ukrainian delegation, MPs "
         "Olha Yaremchuk and Taras Melnyk.\n\nLater in the day, the Ukrainian delegation met with "
         "the Foreign Policy Committee, chaired by Ana Jelic.\n",
         {"Ana Jelic", "Mykola Hrytsenko", "Olha Yaremchuk", "Taras Melnyk"}),
        ("de", "Parlamentspräsident Davor Kovačević empfing am Donnerstag den Vorsitzenden der "
         "Werchowna Rada, Mykola Hryzenko, der an der Spitze einer Parlamentsdelegation zu "
         "Besuch ist. Dem Treffen wohnten auch die Mitglieder der ukrainischen Delegation, die "
         "Abgeordneten Olha Jaremtschuk und Taras Melnyk, bei.\n\nSpäter traf die ukrainische "
         "Delegation den Außenausschuss unter dem Vorsitz von Ana Jelić.\n",
         {"Ana Jelić", "Mykola Hryzenko", "Olha Jaremtschuk", "Taras Melnyk"}),
    ],
)  # fmt: skip
def test_the_head_named_before_at_the_head_of_a_delegation(
    engine: Communique, lang: str, text: str, later: set[str]
) -> None:
    # "X, who is paying a visit at the head of a delegation": X leads it, and sits where it
    # meets later; "die Mitglieder der ukrainischen Delegation, die Abgeordneten A und B"
    rows = event_rows(engine, lang, text, "2026-10-22")
    assert any(n >= later for _, _, n in rows)


def test_tauschten_sich_with_long_subjects_between(engine: Communique) -> None:
    # "tauschten sich A (title) und B (title) über ... aus": the plural past with its
    # subjects between the verb and its particle
    text = (
        "Parallel zum Ministergespräch tauschten sich der Parlamentarische Staatssekretär Jonas "
        "Behrendt und die chilenische Vizeministerin (Subsecretaria) María José Cifuentes Araya "
        "über die Zusammenarbeit bei Normung und Bauforschung aus."
    )
    rows = event_rows(engine, "de", text, "2026-05-12")
    assert rows == [("meeting", "occurred", {"Jonas Behrendt", "María José Cifuentes Araya"})]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("ru", "Ровшан Агаев принял делегацию во главе с министром торговли Республики Корея\n\n"
               "Президент Ровшан Агаев 19 ноября принял делегацию во главе с министром торговли "
               "Республики Корея Чон Мин Хо.\n\nВ состав делегации входили заместитель министра "
               "иностранных дел Ли Хён Джу и Посол Пэк Сон Чхоль.",
         {"Ровшан Агаев", "Чон Мин Хо", "Ли Хён Джу", "Пэк Сон Чхоль"}),
        ("en", "President Receives Delegation Led by Korean Trade Minister\n\nPresident Rovshan "
               "Agayev on 19 November received a delegation led by Trade Minister Chon Min-ho. "
               "The delegation included Deputy Foreign Minister Lee Hyun-joo and Ambassador "
               "Paek Song-chol.",
         {"Rovshan Agayev", "Chon Min-ho", "Lee Hyun-joo", "Paek Song-chol"}),
    ],
)  # fmt: skip
def test_a_headline_that_tells_the_delegation_again(
    engine: Communique, lang: str, text: str, names: set[str]
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert names in [p for k, s, p in rows if k == "meeting"]


@pytest.mark.parametrize(
    ("lang", "text", "met"),
    [
        ("ru", "21 октября в Москве состоялся 5-й раунд стратегического диалога на уровне "
         "заместителей министров. Корейскую делегацию возглавил первый заместитель министра "
         "Чон Хён У, российскую – заместитель министра Виктор Сабуров.",
         {"Чон Хён У", "Виктор Сабуров"}),
        ("de", "Am 21. Oktober fand in Moskau die fünfte Runde des strategischen Dialogs auf "
         "Ebene der Vizeminister statt. Die koreanische Delegation wurde von Vizeminister Chung "
         "Hyun-woo geleitet, die russische von Vizeminister Viktor Saburow.",
         {"Chung Hyun-woo", "Viktor Saburow"}),
    ],
)  # fmt: skip
def test_a_round_of_strategic_dialogue_is_talks_of_the_heads_told_after(
    engine: Communique, lang: str, text: str, met: set[str]
) -> None:
    # "состоялся 5-й раунд стратегического диалога. Корейскую делегацию возглавил X,
    # российскую – Y": a round of a dialogue is talks; its heads are told after it
    rows = event_rows(engine, lang, text, "2026-10-22")
    assert ("meeting", "occurred", met) in rows


def test_the_sender_of_greetings_is_not_at_the_courtesy_call(engine: Communique) -> None:
    # "передал ему приветствие от Министра X": the minister sends greetings from afar
    text = (
        "Первый заместитель министра Чон Хён У нанес визит вежливости первому заместителю "
        "министра Андрею Малютину. Гость передал ему приветствие от министра иностранных дел "
        "Республики Корея Ко Ын Ха."
    )
    rows = event_rows(engine, "ru", text, "2026-10-22")
    assert ("meeting", "occurred", {"Чон Хён У", "Андрей Малютин"}) in rows
    assert all("Ко Ын Ха" not in names for _, _, names in rows)
