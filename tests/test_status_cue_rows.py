"""Which status cue belongs to a meeting: a planned meeting said not to take place is called
off, not denied; an adjective of another noun ("delayed clearance") and a clause of its own
("to ensure that there is no conflict") say nothing of the meeting before them;
a date inside a quotation does not date the meeting the text tells around it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2025-11-14"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Намеченная на 19 ноября встреча министров иностранных дел Армении и Азербайджана "
               "Левона Григоряна и Фуада Гасымова в Алма-Ате не состоится."),
        ("de", "Das für den 19. November geplante Treffen von Außenminister Levon Grigorjan mit "
               "Außenminister Fuad Gasymow in Almaty findet nicht statt."),
        ("en", "The meeting between Foreign Minister Levon Grigoryan and Foreign Minister Fuad "
               "Gasimov planned for 19 November in Almaty will not take place."),
    ],
)  # fmt: skip
def test_a_planned_meeting_that_will_not_take_place_is_called_off(
    engine: Communique, lang: str, text: str
) -> None:
    [(kind, status, people)] = event_rows(engine, lang, text, PUBLISHED)
    assert (kind, status, len(people)) == ("meeting", "cancelled", 2)


def test_no_such_meeting_stays_a_denial(engine: Communique) -> None:
    text = (
        "Asked about media reports that President Joseph Lagat had met President Amina "
        'Mwakyusa in Lisbon last week, the spokesperson said: "There was no such meeting."'
    )
    assert [s for _, s, _ in event_rows(engine, "en", text, PUBLISHED)] == ["denied"]


@pytest.mark.parametrize(
    "text",
    [
        # an adjective of the noun after it
        "President Joseph Lagat of Kenya and Tanzania's President Amina Mwakyusa spoke by phone "
        "on Wednesday about the dispute over delayed clearance of dairy trucks.",
        "President Joseph Lagat held talks with President Amina Mwakyusa on the long-delayed "
        "tender for the port.",
        # what they agreed or announced is another meeting's plan
        "President Joseph Lagat of Kenya and Tanzania's President Amina Mwakyusa spoke by phone "
        "on Wednesday and agreed that their trade ministers should meet next week.",
        "President Joseph Lagat met President Amina Mwakyusa in Nairobi on Monday and announced "
        "that the talks would be continued in December.",
    ],
)
def test_a_cue_of_something_else_leaves_the_meeting_held(engine: Communique, text: str) -> None:
    rows = event_rows(engine, "en", text, PUBLISHED)
    assert rows[0][1:] == ("occurred", {"Joseph Lagat", "Amina Mwakyusa"})


def test_a_denial_in_a_clause_of_its_own_leaves_the_talks_planned(engine: Communique) -> None:
    text = (
        "Special envoy Joseph Lagat will hold talks this week with President Amina Mwakyusa to "
        "ensure that there is no conflict between their missions."
    )
    assert [s for _, s, _ in event_rows(engine, "en", text, PUBLISHED)] == ["planned"]


def test_a_summit_that_was_postponed_is_still_called_off(engine: Communique) -> None:
    text = (
        "The summit of President Joseph Lagat and President Amina Mwakyusa that was set for "
        "November 29 has been postponed."
    )
    assert [s for _, s, _ in event_rows(engine, "en", text, PUBLISHED)][:1] == ["cancelled"]


def test_a_date_inside_a_quotation_does_not_date_the_session(engine: Communique) -> None:
    text = (
        "Foreign ministers met in Asunción on Tuesday.\n\n"
        '"We have waited long enough. The next six months must be about results," Foreign '
        "Minister Rubén Ortellado told reporters at the end of the session."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    session = next(e for e in record.events if e.kind == "conference")
    assert session.status == "occurred" and session.date is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Министр иностранных дел Константин Ярцев 18 февраля проведет в Москве переговоры "
               "с египетским коллегой Имадом Абдель Рахманом. Программа визита предусматривает "
               "также встречу Абдель Рахмана с секретарем Совбеза Николаем Трошиным."),
        ("de", "Außenminister Karl Huber reist nächste Woche nach Kairo. Das Programm sieht auch "
               "ein Treffen mit Präsident Ahmed Salem vor."),
        ("en", "Foreign Minister Karl Huber visited Cairo on Monday. The programme envisages a "
               "meeting with President Ahmed Salem."),
    ],
)  # fmt: skip
def test_a_meeting_a_programme_provides_for_is_planned(
    engine: Communique, lang: str, text: str
) -> None:
    rows = event_rows(engine, lang, text, "2025-02-12")
    assert all(status == "planned" for _, status, people in rows if len(people) == 2)
    assert any("Ahmed Salem" in p or "Николай Трошин" in p for _, _, p in rows)


@pytest.mark.parametrize(
    ("lang", "text", "planned"),
    [
        # the next sentence plans the postponed meeting anew: planned there, then
        ("de", "Ein für Donnerstag vorgesehenes Treffen von Ministerin Corinne Vuilleumier mit "
         "der Direktorin der Agentur, Maren Lindqvist, musste verschoben werden. Es soll im Mai "
         "in Bern nachgeholt werden.", ("Bern", "2025-05")),
        ("de", "Das für Montag in Graz geplante Treffen von Landeshauptmann Josef Gstrein mit "
         "Staatsminister Wolfgang Hingerl wurde verschoben. Es soll nun am 14. März, ebenfalls "
         "in Graz, stattfinden.", ("Graz", "2025-03-14")),
        ("en", "A meeting between Foreign Minister Anna Berg and her Polish counterpart Jan Nowak "
         "planned for Thursday was postponed. It will now be held on 14 May in Warsaw.",
         ("Warsaw", "2025-05-14")),
    ],
)  # fmt: skip
def test_a_postponed_meeting_planned_anew_in_the_next_sentence(
    engine: Communique, lang: str, text: str, planned: tuple[str, str]
) -> None:
    record = engine.extract(text, lang=lang, published="2025-02-21")
    statuses = sorted(e.status for e in record.events)
    assert statuses == ["cancelled", "planned"]
    [moved] = [e for e in record.events if e.status == "planned"]
    assert moved.location is not None and moved.date is not None
    assert (moved.location.name, moved.date.start) == planned


def test_a_date_before_postponed_in_english_is_the_old_one(engine: Communique) -> None:
    text = (
        "A meeting between Foreign Minister Anna Berg and her Polish counterpart Jan Nowak "
        "planned for Thursday was postponed."
    )
    record = engine.extract(text, lang="en", published="2025-02-21")
    assert [e.status for e in record.events] == ["cancelled"]


@pytest.mark.parametrize(
    "text",
    [
        # the finite auxiliary in second place and the verb closing the sentence bracket one
        # clause, however long the title and apposition between
        "Am Donnerstag wird die Delegation von der Ministerin für Bundes- und "
        "Europaangelegenheiten, Internationales sowie Medien des Landes Nordrhein-Westfalen, "
        "Carolin Wessendorf, in der Düsseldorfer Staatskanzlei empfangen.",
        "Morgen wird Präsidentin Anna Berg den Außenminister der Republik Moldau, Karl Huber, "
        "zu einem ausführlichen Gespräch über die Lage in der Region im Schloss empfangen.",
    ],
)
def test_a_german_future_bracket_reaches_its_closing_verb(engine: Communique, text: str) -> None:
    assert [s for _, s, _ in event_rows(engine, "de", text, PUBLISHED)] == ["planned"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "hätte ... zusammentreffen sollen": was to meet, and did not
        ("Landeshauptmann Reinhold Pichl hat den Ministerpräsidenten Andrej Zupan am Mittwoch "
         "angerufen. In Ljubljana hätte der Landeshauptmann am Donnerstag mit Ministerpräsident "
         "Zupan zusammentreffen sollen.", [("call", "occurred"), ("meeting", "cancelled")]),
        # a cancellation that is what a call was about does not call the call off
        ("Der Landeshauptmann Reinhold Pichl hat Ministerpräsident Andrej Zupan heute "
         "telefonisch über die Absage informiert.", [("call", "occurred")]),
        # "mit X über Y sprechen soll": a meeting to come, however long the topic
        ("Am Dienstag wird der Minister Karl Huber in Nouakchott erwartet, wo er mit dem "
         "mauretanischen Präsidenten Mohamed Ould Cheikh über die Lage in der Sahelzone sprechen "
         "soll.", [("meeting", "planned")]),
    ],
)  # fmt: skip
def test_german_modal_and_topic_cues(
    engine: Communique, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(k, s) for k, s, _ in event_rows(engine, "de", text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a delay discussed is what the call was about
        ("en", "President Dragan Milo discussed the delay by phone with High Representative "
         "Annika Sjöberg on Tuesday.", [("call", "occurred", 2)]),
        # a meeting said of meetings in general inside a quotation is no meeting of anyone
        ("en", "A meeting between President Dragan Milo and Prime Minister Besnik Gashi planned "
         "for Monday has been postponed, the EU said. \"Both sides have asked for more time, "
         "and we believe a well-prepared meeting is better than a failed one,\" spokesperson "
         "Paolo Ferrandi told reporters.", [("meeting", "cancelled", 2)]),
        # ... but one with its parties after it is one, here denied
        ("de", "Präsident Henning Ober war in Bagdad. „Ein Treffen des Präsidenten mit dem "
         "irakischen Innenminister hat nicht stattgefunden“, erklärte eine Sprecherin.",
         [("meeting", "denied", 1)]),
    ],
)  # fmt: skip
def test_what_is_said_about_meetings(
    engine: Communique, lang: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert [(k, s, len(p)) for k, s, p in rows] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "saß mit X zusammen": they met
        ("Zwei Stunden saß Ministerin Ulrike Brandau mit Handelsminister Nurlan Zhaksy "
         "zusammen.", [("meeting", "occurred", 2)]),
        # a genitive after the meeting noun is its party; a denial told after refers back
        ("Handelsminister Nurlan Zhaksy war in Berlin. Medien meldeten ein Treffen Zhaksys mit "
         "dem chinesischen Handelsminister Liang Jianhua in Ürümqi. Das Ministerium "
         "dementierte: Ein solches Treffen habe nicht stattgefunden.",
         [("meeting", "denied", 2)]),
        # a meeting offered to be hosted is one to come
        ("Präsident Jurij Tkach telefonierte am Mittwoch mit Präsident Cevdet Yalcin. Yalcin bot "
         "an, ein Treffen Tkachs mit Kremlchef Pawel Grom in Istanbul auszurichten.",
         [("call", "occurred", 2), ("meeting", "planned", 3)]),
    ],
)  # fmt: skip
def test_german_sat_together_genitive_party_and_offers(
    engine: Communique, text: str, expected: list[tuple[str, str, int]]
) -> None:
    rows = event_rows(engine, "de", text, PUBLISHED)
    assert [(k, s, len(p)) for k, s, p in rows] == expected


def test_a_cue_after_a_closed_relative_clause_is_the_main_clauses(engine: Communique) -> None:
    """ "A meeting ..., which had been planned for Tuesday, was postponed": the relative
    clause closes before the cue."""
    text = (
        "A meeting of Interior Minister Sardar Khosa with Consul General Hina Mirza in Dubai, "
        "which had been planned for Tuesday, was postponed."
    )
    assert [s for _, s, _ in event_rows(engine, "en", text, PUBLISHED)][:1] == ["cancelled"]


def test_such_a_meeting_denied_is_the_one_mentioned_last(engine: Communique) -> None:
    """ "Berichte über ein geheimes Treffen zwischen A und B ... ein solches Treffen habe
    nicht stattgefunden": the denial is of that meeting, not of the one told before it,
    though no one could be seated at it."""
    text = (
        "Der Gesandte Bakary Touré traf am Montag Außenminister Tewelde Kidane. Ende Mai "
        "kursierten Berichte über ein geheimes Treffen zwischen Tesfaye und Tewelde in "
        "Dschibuti. Addis Abeba dementierte umgehend, ein solches Treffen habe nicht "
        "stattgefunden."
    )
    rows = event_rows(engine, "de", text, PUBLISHED)
    assert ("meeting", "occurred", {"Bakary Touré", "Tewelde Kidane"}) in rows
