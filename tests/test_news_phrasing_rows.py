"""News phrasing: "huddled with", someone "joined by" after a list of counterparts, a source
named after a comma ("..., according to diplomats"), a dateline under a headline, a
standfirst and a time stamp, the standfirst's meeting told again in the body, an engineer's
honorific, a place after "St.". Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2025-10-23"


def _events(engine: Communique, lang: str, text: str) -> list[tuple[str, str, set[str]]]:
    return event_rows(engine, lang, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # "huddled with": a meeting
        ("Council President Luis Pinto huddled with Prime Minister Pieter Vanhoutte over "
         "breakfast on Thursday.", {"Luis Pinto", "Pieter Vanhoutte"}),
        # who joined them is at the same table, also after a with-list
        ("Council President Luis Pinto huddled with Belgium's prime minister, Pieter "
         "Vanhoutte, over breakfast, joined by Commission President Annelie Wester.",
         {"Luis Pinto", "Pieter Vanhoutte", "Annelie Wester"}),
        # a source after a comma is not the name before it ("X zufolge" is)
        ("Council President Luis Pinto met Belgium's prime minister, Pieter Vanhoutte, on "
         "Thursday, joined by Commission President Annelie Wester, according to two EU "
         "diplomats.", {"Luis Pinto", "Pieter Vanhoutte", "Annelie Wester"}),
        # "Eng." is an engineer's honorific, no name
        ("Foreign Minister Ravi Menon held a telephone conversation with the Minister of Water "
         "of Egypt, H.E. Eng. Ahmed Hassan.", {"Ravi Menon", "Ahmed Hassan"}),
    ],
)  # fmt: skip
def test_news_meetings(engine: Communique, text: str, people: set[str]) -> None:
    assert [p for _, _, p in _events(engine, "en", text)] == [people]


def test_with_a_list_each_counterpart_is_a_meeting_and_company_sits_at_each(
    engine: Communique,
) -> None:
    text = (
        "Secretary Tom Hale held talks with Chancellor Anna Merkel and President Karl Gauck, "
        "accompanied by Ambassador John Emerson."
    )
    assert [p for _, _, p in _events(engine, "en", text)] == [
        {"Tom Hale", "Anna Merkel", "John Emerson"},
        {"Tom Hale", "Karl Gauck", "John Emerson"},
    ]


def test_a_standfirst_meeting_told_again_in_the_body_is_one(engine: Communique) -> None:
    text = (
        "Belgium digs in as EU leaders wrangle over frozen assets\n\n"
        "Council chief Pinto huddled with Vanhoutte over breakfast, but the Belgian would not "
        "budge.\n\n"
        "October 23, 2025 4:02 pm CET\n\n"
        "BRUSSELS — European Council President Luis Pinto huddled with Belgium's prime "
        "minister, Pieter Vanhoutte, over breakfast on Thursday, joined by Commission "
        "President Annelie Wester.\n"
    )
    record = engine.extract(text, lang="en")
    names = {a.id: a.name for a in record.actors}
    assert [
        ({names[p] for p in e.participants}, e.location.name if e.location else None)
        for e in record.events
    ] == [({"Luis Pinto", "Pieter Vanhoutte", "Annelie Wester"}, "BRUSSELS")]


def test_no_person_after_st(engine: Communique) -> None:
    text = (
        "Oberbürgermeisterin Katrin Young hat am Mittwoch die Botschafterin Georgiens, Nino "
        "Kapanadze, im Rathaus St. Johann empfangen."
    )
    assert [p for _, _, p in _events(engine, "de", text)] == [{"Katrin Young", "Nino Kapanadze"}]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Landeshauptmann empfängt Kreishauptmann\n\nLINZ. Der südböhmische Kreishauptmann "
         "Martin Kubíček ist am Mittwoch von Landeshauptmann Franz Hinterleitner empfangen "
         "worden.", "LINZ"),
        ("Bürgermeisterin empfängt Botschafter\n\nHamburg. Bürgermeisterin Anna Berg hat am "
         "Dienstag den Botschafter Namibias, Tjiuee Kavari, im Rathaus empfangen.", "Hamburg"),
        # not a city that merely ends a sentence of the body
        ("Bürgermeisterin empfängt Botschafter\n\nBürgermeisterin Anna Berg hat am Dienstag den "
         "Botschafter Namibias, Tjiuee Kavari, empfangen. Er reist weiter nach Hamburg.", None),
    ],
)  # fmt: skip
def test_a_city_and_a_full_stop_opening_a_line_is_a_dateline(
    engine: Communique, text: str, place: str | None
) -> None:
    record = engine.extract(text, lang="de", published="2026-04-08")
    [meeting] = [e for e in record.events if e.kind == "meeting"]
    assert (meeting.location.name if meeting.location else None) == place


def test_a_regional_papers_dateline_abroad_gives_its_officials_no_state(
    engine: Communique,
) -> None:
    text = (
        "Ministerin in China\n\nPEKING. Bundesministerin Hildegard Sommer hat am Montag den "
        "Handelsminister Zhou Wenbo getroffen. Begleitet wurde sie von Staatssekretär Lukas "
        "Kraft."
    )
    record = engine.extract(text, lang="de", published="2026-04-08")
    assert {a.name: a.affiliation for a in record.actors}.get("Lukas Kraft") != "CHN"


def test_a_host_after_a_possessive_is_a_noun_and_no_meeting(engine: Communique) -> None:
    text = (
        "Euro MP Robert Kilroy Silk had slurry thrown over him. The programme's host, Jonathan "
        "Dimbleby, later told the audience the MEP had been covered from head to toe."
    )
    assert engine.extract(text, lang="en", published="2026-04-08").events == []


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        # a counterpart's title with commas inside the separable verb
        ("In Berlin kommt Kommissarin Inês Mendes am Donnerstag mit der Bundesministerin für "
         "Forschung, Technologie und Raumfahrt, Dr. Carola Himmelreich, zusammen.",
         [{"Inês Mendes", "Carola Himmelreich"}]),
        # "zusammen mit" is company, not a meeting
        ("Minister Karl Huber kommt am Montag nach Berlin, zusammen mit Staatssekretärin Anna "
         "Berg.", []),
    ],
)  # fmt: skip
def test_a_separable_meeting_verb_across_an_apposition(
    engine: Communique, text: str, meetings: list[set[str]]
) -> None:
    record = engine.extract(text, lang="de", published="2025-06-23")
    names = {a.id: a.name for a in record.actors}
    found = [{names[p] for p in e.participants} for e in record.events if e.kind == "meeting"]
    assert found == meetings


@pytest.mark.parametrize(
    "dateline", ["", "Bern – ", "Bern, 14.02.2025 – ", "BERN (sda) - "]
)  # fmt: skip
def test_a_subject_with_an_apposition_after_a_datelines_dash_is_the_subject(
    engine: Communique, dateline: str
) -> None:
    text = (
        dateline + "Bundesrat Beat Imboden, Vorsteher des Finanzdepartements (EFD), hat am "
        "Donnerstag mit dem italienischen Minister für Wirtschaft und Finanzen, Lorenzo "
        "Baldacci, telefoniert. Im Zentrum des Gesprächs stand der Marktzugang in Italien."
    )
    record = engine.extract(text, lang="de", published="2025-02-14")
    names = {a.id: a.name for a in record.actors}
    [call] = record.events
    assert call.kind == "call"
    assert {names[p] for p in call.participants} == {"Beat Imboden", "Lorenzo Baldacci"}
    assert call.location is None  # a call is held nowhere in particular


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # a guest shown around by a host: they met; who came along on board sits with them
        ("de", "Handelsminister Rajesh Venkat ließ sich am Donnerstag von Senatorin Ines "
         "Lohmeyer durch den Hafen führen. Mit an Bord: die Vorstandschefin Dagmar Overbeck "
         "und Generalkonsul Siddharth Menon.",
         {"Rajesh Venkat", "Ines Lohmeyer", "Dagmar Overbeck", "Siddharth Menon"}),
        # ... a relative clause after it with its own modal says nothing of the meeting
        ("de", "Am Dienstag ließ sich Minister Mikkel Holm von Landesminister Jörg Pahlke die "
         "Flächen zeigen, auf denen der Netzbetreiber die Station errichten will.",
         {"Mikkel Holm", "Jörg Pahlke"}),
        ("en", "Trade Minister Rajesh Venkat was given a tour of the port on Thursday by "
         "Senator Ines Lohmeyer.", {"Rajesh Venkat", "Ines Lohmeyer"}),
        ("en", "Senator Ines Lohmeyer showed Trade Minister Rajesh Venkat around the port.",
         {"Rajesh Venkat", "Ines Lohmeyer"}),
        ("en", "Trade Minister Rajesh Venkat toured the port on Thursday with Senator Ines "
         "Lohmeyer.", {"Rajesh Venkat", "Ines Lohmeyer"}),
    ],
)  # fmt: skip
def test_a_guest_shown_around_met_the_host(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert [(k, s, p) for k, s, p in event_rows(engine, lang, text, PUBLISHED)] == [
        ("meeting", "occurred", people)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # a with-phrase whose noun for a person no title list knows, its name apposed
        ("de", "Am Nachmittag führte Minister Karl Huber Gespräche mit dem "
         "Wirtschaftsreferenten der Stadt, Dr. Matthias Grünwald.",
         {"Karl Huber", "Matthias Grünwald"}),
        # who was present, told before "die beiden" after the verb
        ("de", "Oberbürgermeisterin Susanne Pfisterer hat am Dienstag den Bürgermeister "
         "Oleksandr Hrytsenko empfangen. Im Beisein der Generalkonsulin der Ukraine, Iryna "
         "Kovalchuk, sprachen die beiden über die Versorgung der Stadt.",
         {"Susanne Pfisterer", "Oleksandr Hrytsenko", "Iryna Kovalchuk"}),
        ("en", "Mayor Susanne Pfisterer received Deputy Mayor Oleksandr Hrytsenko on Tuesday. In "
         "the presence of the Consul General of Ukraine, Iryna Kovalchuk, the two discussed the "
         "city's energy supply.",
         {"Susanne Pfisterer", "Oleksandr Hrytsenko", "Iryna Kovalchuk"}),
    ],
)  # fmt: skip
def test_a_counterpart_told_by_apposition_or_presence(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert [p for _, _, p in event_rows(engine, lang, text, PUBLISHED)] == [people]


def test_a_second_with_after_a_comma_and_a_coordinator(engine: Communique) -> None:
    """ "met separately with A, and with Kosovo's First Deputy Prime Minister B": B is met
    too (the clause after the comma names someone more; it describes no one)."""
    text = (
        "Special Representative Matej Kovac met separately on Wednesday with Serbia's chief "
        "negotiator, Jelena Stankovic, and with Kosovo's First Deputy Prime Minister Drilon "
        "Berisha, according to diplomats."
    )
    assert [p for _, _, p in _events(engine, "en", text)] == [
        {"Matej Kovac", "Jelena Stankovic"},
        {"Matej Kovac", "Drilon Berisha"},
    ]


@pytest.mark.parametrize(
    ("lang", "text", "met"),
    [
        ("en", "During the visit, Mr. Lindqvist met with Prime Minister Kanat Osmonov, Minister "
         "of Finance Aigul Sharipova and Central Bank Governor Ruslan Tokoev.",
         {"Kanat Osmonov", "Aigul Sharipova", "Ruslan Tokoev"}),
        ("en", "During his visit, Lindqvist also held talks with Prime Minister Kanat Osmonov, "
         "Minister of Finance Aigul Sharipova, and Central Bank Governor Ruslan Tokoev.",
         {"Kanat Osmonov", "Aigul Sharipova", "Ruslan Tokoev"}),
        ("de", "Während des Besuchs führte Lindqvist Gespräche mit Premierminister Kanat "
         "Osmonow, Finanzministerin Dilnosa Scharipowa und Zentralbankchef Ruslan Tokojew.",
         {"Kanat Osmonow", "Dilnosa Scharipowa", "Ruslan Tokojew"}),
        ("ru", "В ходе визита Линдквист провел переговоры с премьер-министром Канатом "
         "Осмоновым, министром финансов Дильнозой Шариповой и главой Нацбанка Русланом "
         "Токоевым.",
         {"Канат Осмонов", "Дильноза Шарипова", "Руслан Токоев"}),
    ],
)  # fmt: skip
def test_each_of_a_with_list_after_a_visit_noun_is_met(
    engine: Communique, lang: str, text: str, met: set[str]
) -> None:
    # "During the visit, X met with A, B and C": the visit noun opens the sentence, the
    # list after the with is joined by commas and its last coordinator; everyone of it is met
    rows = event_rows(engine, lang, text, "2026-12-03")
    seen = set().union(*(names for _, _, names in rows)) if rows else set()
    assert met <= seen


@pytest.mark.parametrize(
    ("lang", "text", "met"),
    [
        ("de", "Unter der Leitung von Dr. Rania Al-Masri, Ministerin für Planung, und des "
         "Staatssekretärs Dr. Lukas Feldmann, haben am 24. November 2026 in Berlin die "
         "jordanisch-deutschen Regierungsverhandlungen über die Entwicklungszusammenarbeit "
         "stattgefunden. Der jordanischen Delegation gehörte Eng. Omar Bataineh an.",
         {"Rania Al-Masri", "Lukas Feldmann"}),
        ("en", "Under the chairmanship of H.E. Dr. Rania Al-Masri, Minister of Planning, and of "
         "State Secretary Dr. Lukas Feldmann, the Jordanian-German government negotiations on "
         "development cooperation took place in Berlin on 24 November.",
         {"Rania Al-Masri", "Lukas Feldmann"}),
        ("ru", "Под председательством министра Рании аль-Масри и статс-секретаря Лукаса "
         "Фельдмана 24 ноября в Берлине состоялись иордано-германские межправительственные "
         "переговоры по вопросам сотрудничества в целях развития.",
         {"Рания аль-Масри", "Лукас Фельдман"}),
    ],
)  # fmt: skip
def test_who_led_talks_named_in_an_opening_phrase_held_them(
    engine: Communique, lang: str, text: str, met: set[str]
) -> None:
    # "Unter der Leitung von X und Y haben ... Regierungsverhandlungen stattgefunden": the
    # opening phrase names the talks' parties
    rows = event_rows(engine, lang, text, "2026-11-26")
    assert any(names >= met for _, _, names in rows)
