"""Which events a status cue speaks of: a cue inside a relative clause of another noun, or an
adjective of another meeting noun, leaves the call or meeting held; a denial names its
meeting when it says "such a meeting", whoever says it, and reaches the report it denies;
"kam nicht zusammen" is a meeting that did not take place; what a call replaced was
called off. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-03-20"


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        # a relative clause of a noun after the meeting: the noun's plan
        ("en", "Earlier on Wednesday, Foreign Minister Jae-won Seo held a video conference with "
               "Foreign Minister Aibek Tulegenov to prepare the first regional summit, which "
               "Seoul is set to host in the autumn.",
         {"Jae-won Seo", "Aibek Tulegenov"}),
        ("en", "On Tuesday, Minister Rahel Okonjo spoke by phone with Minister Teodor Ilie about "
               "the fisheries forum, which Lisbon is due to host next year.",
         {"Rahel Okonjo", "Teodor Ilie"}),
        # an adjective of the meeting the call replaced, not of the call
        ("de", "Statt des vorgesehenen Treffens mit Sozialminister Karim Haddad sprach "
               "Ministerin Ulrike Brenner am Montagabend per Videoschalte mit ihm.",
         {"Karim Haddad", "Ulrike Brenner"}),
        ("ru", "В среду, накануне встречи, с министром Оскаром Видалем по телефону поговорил "
               "госсекретарь Томас Рейли.",
         {"Оскар Видаль", "Томас Рейли"}),
    ],
)  # fmt: skip
def test_a_cue_of_another_noun_leaves_the_call_held(
    engine: Communique, lang: str, text: str, names: set[str]
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert [s for k, s, p in rows if p == names and k == "call"] == ["occurred"]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        # a denial that says "such a meeting" refers back, though it names its speaker
        ("de", "Ein Bericht des Portals Vorhang meldete, wonach Außenminister Gábor Kertes in "
               "Astana mit Vizeaußenminister Oleg Sabanin zusammengetroffen sei. "
               "Ministeriumssprecher Zoltán Bíró wies das zurück: „Ein solches Treffen hat "
               "weder stattgefunden noch war es geplant.“",
         {"Gábor Kertes", "Oleg Sabanin"}),
        ("de", "Iranische Portale berichteten, in Maskat habe sich Vize-Außenminister Reza "
               "Amini mit dem Sondergesandten Daniel Pryce getroffen. \"Ein solches Treffen hat "
               "nicht stattgefunden\", erklärte Außenamtssprecher Hamid Tavakoli.",
         {"Reza Amini", "Daniel Pryce"}),
        ("en", "Social media posts claim that Minister Keston Baptiste will meet Foreign "
               "Minister Dwayne Forde in Port of Spain this week. The Ministry wishes to advise "
               "that no such meeting has been scheduled.",
         {"Keston Baptiste", "Dwayne Forde"}),
        ("en", "The agency reported that Deputy Minister Agata Lis would hold talks next week "
               "with Deputy Foreign Minister Ihar Sauka. \"No such meeting is planned,\" "
               "spokesperson Piotr Mazur told reporters.",
         {"Agata Lis", "Ihar Sauka"}),
        ("ru", "СМИ сообщили, что министр Селим Озкан якобы встретится с премьер-министром "
               "Давидом Арутюняном в Ереване, однако пресс-секретарь Анна Мелконян заявила: "
               "«Такая встреча не планируется и не обсуждалась».",
         {"Селим Озкан", "Давид Арутюнян"}),
        # the denial reaches the report it denies, and the meeting the report told
        ("de", "Berichte thailändischer Medien, wonach General Sok Pheap bereits Anfang des "
               "Monats heimlich mit Armeechef Prasert Chaiyo zusammengetroffen sei, wies die "
               "Regierung in Phnom Penh zurück.",
         {"Sok Pheap", "Prasert Chaiyo"}),
        ("en", "The ministry denied reports in the local press that Foreign Minister Camila "
               "Rojas would meet her Ecuadorian counterpart Martín Larrea in Quito next week.",
         {"Camila Rojas", "Martín Larrea"}),
        # a meeting verb negated: it did not take place
        ("de", "Mit Staatspräsident Vlastimil Hrubý kam Außenministerin Dewi Lestari nicht "
               "zusammen, das Staatsoberhaupt hält sich derzeit in Chile auf.",
         {"Vlastimil Hrubý", "Dewi Lestari"}),
    ],
)  # fmt: skip
def test_a_denial_reaches_the_meeting_it_denies(
    engine: Communique, lang: str, text: str, names: set[str]
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert [s for _, s, p in rows if names <= p] == ["denied"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Statt des geplanten Treffens mit Ministerin Ulrike Brenner in Beirut reiste "
               "Minister Karim Haddad nach Amman."),
        ("en", "Instead of the planned meeting with Minister Ulrike Brenner in Beirut, Minister "
               "Karim Haddad travelled to Amman."),
        ("ru", "Вместо запланированной встречи с министром Ульрике Бреннер в Бейруте министр "
               "Карим Хаддад отправился в Амман."),
    ],
)  # fmt: skip
def test_what_was_replaced_was_called_off(engine: Communique, lang: str, text: str) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert [s for _, s, p in rows if len(p) == 2] == ["cancelled"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an adjective of a noun inside the meeting verb's frame is that noun's
        ("de", "Präsident Kemal Aydın traf am Mittwoch in Ankara mit dem künftigen "
               "Alterspräsidenten des Parlaments, dem Abgeordneten Deniz Kaya, zusammen."),
        # "in nine years" after "the first": a span of time, not a date ahead
        ("en", "Prime Minister Anna Jónsdóttir met with her Estonian counterpart Kaarel Tamm "
               "(Reform) in Tallinn on Thursday, the first official visit by an Icelandic head "
               "of government to Estonia in nine years."),
    ],
)  # fmt: skip
def test_words_of_time_that_do_not_date_the_meeting(
    engine: Communique, lang: str, text: str
) -> None:
    rows = event_rows(engine, lang, text, "2026-09-11")
    assert [s for _, s, p in rows if len(p) == 2] == ["occurred"]


def test_a_gathering_that_stands_ahead_is_planned(engine: Communique) -> None:
    """The separable "steht ... an": the gathering is to come."""
    text = (
        "Bereits am Donnerstag steht in Warschau die informelle Tagung der Finanzminister der "
        "Europäischen Union an, an der Bundesminister Jörn Kessler teilnimmt."
    )
    assert [(k, s) for k, s, _ in event_rows(engine, "de", text, "2026-03-02")] == [
        ("conference", "planned")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # what is prepared comes after "preparations for": the talks are held
        ("ru", "В ходе беседы исполнительный директор Талгат Нурбеков проинформировал посла "
               "Ли Цзяньпина о ходе подготовки к Совещанию, которое состоится в декабре."),
        ("de", "Staatssekretär Jonas Weber führte am Montag ein Gespräch mit Botschafter Ali "
               "Karimov zur Vorbereitung des Gipfels im Herbst."),
    ],
)  # fmt: skip
def test_what_the_talks_prepare_is_ahead_of_them(engine: Communique, lang: str, text: str) -> None:
    rows = event_rows(engine, lang, text, "2026-11-03")
    assert [s for k, s, p in rows if len(p) == 2 and k != "conference"] == ["occurred"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Министр науки Константин Ладыгин провел видеоконференцию с министром Египта "
               "Хишамом Эль-Гамалем.\n\nОчная встреча министров, которая была намечена на конец "
               "февраля в Москве, по просьбе египетской стороны перенесена на апрель."),
    ],
)  # fmt: skip
def test_the_ministers_meeting_postponed_after_a_closed_relative(
    engine: Communique, lang: str, text: str
) -> None:
    rows = event_rows(engine, lang, text, "2026-02-04")
    pair = rows[0][2]
    assert ("meeting", "cancelled", pair) in rows and ("meeting", "planned", pair) in rows


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the relative clause is the protocol's (its verb stands between): the session was held
        ("ru", "Во вторник в Казани прошло заседание межправительственной комиссии, которое "
               "провели министр Альберт Гиниятов и министр Сантьяго Ортега. По итогам "
               "заседания подписан протокол, который предусматривает создание рабочих групп."),
        ("en", "On Tuesday Minister Albert Giniyatov and Minister Santiago Ortega co-chaired the "
               "session of the joint commission in Kazan. After the session of the joint "
               "commission the ministers signed a protocol, which envisages new working groups."),
    ],
)  # fmt: skip
def test_a_relative_clause_of_another_noun_leaves_the_session_held(
    engine: Communique, lang: str, text: str
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert [s for k, s, p in rows if k == "conference"] == ["occurred"]
