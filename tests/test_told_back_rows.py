"""Meetings told back: a bare month before the publication's in a past-tense sentence is this
year's, not the next ("In March, X held a video conference with Y", published in November),
and a relative clause on the meeting noun that says who held it ("в ходе видеоконференции,
которую провели X и Y"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2026-11-17"


@pytest.mark.parametrize(
    ("lang", "text", "status", "month"),
    [
        ("en", "In March, Speaker Dmitry Lobanovich held a video conference with Minister Olga "
         "Mutasva.", "occurred", "2026-03"),
        ("ru", "В марте видеоконференцию провели председатель Дмитрий Лобанович и министр Ольга "
         "Мутасва.", "occurred", "2026-03"),
        ("de", "Im März hielt Parlamentspräsident Dmitri Lobanowitsch eine Videokonferenz mit "
         "Ministerin Olga Mutasva ab.", "occurred", "2026-03"),
        # announced: the March ahead
        ("en", "In March, Speaker Dmitry Lobanovich will hold a video conference with Minister "
         "Olga Mutasva.", "planned", "2027-03"),
    ],
)  # fmt: skip
def test_a_bare_month_told_in_the_past(
    engine: Communique, lang: str, text: str, status: str, month: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert [(e.status, e.date.start if e.date else None) for e in record.events] == [
        (status, month)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("ru", "Положения обсуждались в ходе видеоконференции, которую провели председатель "
         "Дмитрий Лобанович и министр Ольга Мутасва.", {"Дмитрий Лобанович", "Ольга Мутасва"}),
        ("en", "The provisions were discussed at talks, which Speaker Dmitry Lobanovich and "
         "Minister Olga Mutasva held in March.", {"Dmitry Lobanovich", "Olga Mutasva"}),
        # with a preposition before the relative word
        ("ru", "Положения обсуждались на встрече, в которой участвовали председатель Дмитрий "
         "Лобанович и министр Ольга Мутасва.", {"Дмитрий Лобанович", "Ольга Мутасва"}),
    ],
)  # fmt: skip
def test_a_relative_clause_on_the_meeting_noun_names_who_held_it(
    engine: Communique, lang: str, text: str, names: set[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    found = [{record.actor(a).name for a in e.participants} for e in record.events]
    assert names in found


def test_a_courtesy_call_after_a_meeting_is_its_own(engine: Communique) -> None:
    # "the Minister paid a courtesy call on X": "the" is the title's, not a definite meeting
    # noun's ("the talks"); "where they discussed" are the two of the call
    text = (
        "On 10 March, the Minister Khairul Anwar held a bilateral meeting with Minister Daniel "
        "Whakarau-Stewart.\n\nOn the same day, the Minister paid a courtesy call on the Right "
        "Honourable Margaret O'Donoghue, Speaker of the House of Representatives, where they "
        "discussed parliamentary exchanges.\n"
    )
    record = engine.extract(text, lang="en")  # (no publication date to tell the days apart)
    found = [{record.actor(a).name for a in e.participants} for e in record.events]
    assert {"Khairul Anwar", "Margaret O'Donoghue"} in found
    assert {"Khairul Anwar", "Daniel Whakarau-Stewart"} in found


def test_a_malay_style_is_no_person(engine: Communique) -> None:
    text = (
        "Yang Berhormat Dato Seri Paduka Awang Haji Khairul Anwar bin Haji Mohd Salleh, Minister "
        "of Foreign Affairs II, met Minister Daniel Whakarau-Stewart in Wellington."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    names = {a.name for a in record.actors}
    assert not any(n.startswith(("Yang", "Dato")) for n in names)
    assert any("Khairul Anwar" in n for n in names)


def test_with_someone_in_attendance_is_company(engine: Communique) -> None:
    # "held talks with X, with Y in attendance": Y was at the talks, no meeting of its own
    text = (
        "At the Ministry, Barreto held talks with Foreign Affairs Minister Rajendra Persaud, with "
        "Brazil's Ambassador to Guyana, Marcia Tavares, in attendance."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    found = [{record.actor(a).name for a in e.participants} for e in record.events]
    assert found == [{"Barreto", "Rajendra Persaud", "Marcia Tavares"}]


def test_who_rejects_reports_of_a_meeting_is_not_at_it(engine: Communique) -> None:
    # "wies ... Berichte ... zurück, wonach A mit B zusammentreffen solle": denied, and the
    # spokesman who rejects them is no party (the denial's words may stand far apart)
    text = (
        "Unterdessen wies der Sprecher des Außenministeriums, Mykola Dowhan, Berichte ungarischer "
        "Medien zurück, wonach Außenminister Taras Melnytschuk in der kommenden Woche in "
        "Uschhorod mit dem ungarischen Außenminister Zoltán Bereczki zusammentreffen solle."
    )
    record = engine.extract(text, lang="de", published=PUBLISHED)
    found = [(e.status, {record.actor(a).name for a in e.participants}) for e in record.events]
    assert found == [("denied", {"Taras Melnytschuk", "Zoltán Bereczki"})]


@pytest.mark.parametrize(
    ("lang", "text", "lunch"),
    [
        ("de", "Im Rathaus empfing Oberbürgermeister Jörg Ammann am Freitag die Botschafterin "
         "Regula Oberholzer. Anschließend ging es über die Grenze nach Kreuzlingen. Dort traf die "
         "Botschafterin beim Mittagessen Stadtpräsident Urs Gnädinger.",
         {"Regula Oberholzer", "Urs Gnädinger"}),
        ("en", "Mayor Joerg Ammann received Ambassador Regula Oberholzer at the town hall on "
         "Friday. She then crossed the border to Kreuzlingen. There the ambassador met Mayor Urs "
         "Gnaedinger at the lunch.",
         {"Regula Oberholzer", "Urs Gnaedinger"}),
    ],
)  # fmt: skip
def test_a_meal_the_sentence_meets_someone_new_at_is_its_own_meeting(
    engine: Communique, lang: str, text: str, lunch: set[str]
) -> None:
    # "traf ... beim Mittagessen X": the meeting noun is the occasion of a meeting of its own
    record = engine.extract(text, lang=lang, published="2026-03-13")
    found = [{record.actor(a).name for a in e.participants} for e in record.events]
    assert lunch in found


def test_the_guest_a_host_receives_is_the_visitor(engine: Communique) -> None:
    # "Am Nachmittag empfing Premierminister X den Gast": the visiting president, not the
    # minister of his side named last
    text = (
        "Staatspräsident Luu Duc Hanh hat am Dienstag in Hanoi den mosambikanischen Präsidenten "
        "Jacinto Macuácua empfangen, der sich zu einem Staatsbesuch in Vietnam aufhält. An den "
        "Gesprächen nahm auf mosambikanischer Seite auch Landwirtschaftsminister Celso Mandlate "
        "teil.\n\nAm Nachmittag empfing Premierminister Ha Minh Tuan den Gast."
    )
    record = engine.extract(text, lang="de", published="2026-05-12")
    found = [{record.actor(a).name for a in e.participants} for e in record.events]
    assert {"Ha Minh Tuan", "Jacinto Macuácua"} in found


def test_spoke_by_video_conference_is_a_call(engine: Communique) -> None:
    text = (
        "On Monday, Minister Katharina Wendt spoke by video conference with Cabinet Secretary "
        "Grace Mwangi."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert [e.kind for e in record.events] == ["call"]


@pytest.mark.parametrize(
    "text",
    [
        "Karaosmanoglu also received UN Under-Secretary-General for Political and Peacebuilding "
        "Affairs Kwabena Osei-Mensah, who is attending the forum, for talks on Sudan.",
        "Karaosmanoglu received UN Under-Secretary-General for Political Affairs Kwabena Mensah "
        "for talks.",
    ],
)
def test_a_name_after_a_titles_portfolio(engine: Communique, text: str) -> None:
    # "Under-Secretary-General for Political and Peacebuilding Affairs X": the portfolio is
    # the title's, the name after it its holder's (a first name no list knows)
    record = engine.extract(text, lang="en", published=PUBLISHED)
    names = {record.actor(a).name for e in record.events for a in e.participants}
    assert any(n.startswith("Kwabena") for n in names)


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        # a relative clause on a place that tells a meeting of its own, with a subject pronoun
        ("Later in the day, the visiting minister Aissatou Ndiaye paid a courtesy call on Prime "
         "Minister Justin Kayitare, before touring Kigali Innovation City, where she held a "
         "meeting with the Chief Executive Officer of the Rwanda Development Board, Grace "
         "Karenzi.",
         [{"Aissatou Ndiaye", "Justin Kayitare"}, {"Aissatou Ndiaye", "Grace Karenzi"}]),
        # "where she" is the one who leads the mission, not a woman told before
        ("Foreign Minister Carmen Villanueva met Hiroshi Takemura in Tokyo. Trade Minister "
         "Ursula Ccori will lead a business mission to Osaka in July, where she is expected to "
         "meet Governor Kenji Mori.",
         [{"Carmen Villanueva", "Hiroshi Takemura"}, {"Ursula Ccori", "Kenji Mori"}]),
    ],
)  # fmt: skip
def test_a_meeting_in_a_relative_clause_on_a_place(
    engine: Communique, text: str, meetings: list[set[str]]
) -> None:
    record = engine.extract(text, lang="en", published=PUBLISHED)
    found = [{record.actor(a).name for a in e.participants} for e in record.events]
    assert all(names in found for names in meetings)
