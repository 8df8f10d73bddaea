"""A visit told over several sentences: a delegation whose members are told later, the
delegation as the subject of the next sentence's pronoun, a guest named far back, and the
people inside one meeting verb's bracket. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-05-20"


def _events(engine: Communique, lang: str, text: str) -> list[tuple[str, str, set[str]]]:
    return event_rows(engine, lang, text, PUBLISHED)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # the chair of a committee the delegation met is no second delegation's head; the
        # delegation is the subject of "sie" in the next sentence, its members told later
        ("de", "Eine Delegation des Parlaments von Ghana unter der Leitung seines Präsidenten "
         "Kwame Mensah ist am Dienstag von Nationalratspräsidentin Erika Moser empfangen "
         "worden. Anschliessend besichtigte die Delegation das Bundeshaus. Am Nachmittag traf "
         "sie mit der Finanzkommission unter der Leitung von Ständerat Urs Bühler zusammen. "
         "Der Delegation gehören neben dem Präsidenten die Abgeordneten Ama Owusu und Kofi "
         "Boateng an.",
         {"Kwame Mensah", "Urs Bühler", "Ama Owusu", "Kofi Boateng"}),
        ("en", "A delegation of the Parliament of Ghana led by its Speaker Kwame Mensah was "
         "received by National Council President Erika Moser on Tuesday. The delegation then "
         "toured the Federal Palace. In the afternoon it met the finance committee chaired by "
         "Senator Urs Bühler. The delegation included MPs Ama Owusu and Kofi Boateng.",
         {"Kwame Mensah", "Urs Bühler", "Ama Owusu", "Kofi Boateng"}),
    ],
)  # fmt: skip
def test_the_delegation_met_by_pronoun(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert ("meeting", "occurred", people) in _events(engine, lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # a Swiss member of parliament's title before the name holds the office alone
        ("de", "Am Montag traf Ständerätin Anna Keller in Zürich Nationalrat Beat Imhof zu "
         "einem Austausch über die Landwirtschaft.", {"Anna Keller", "Beat Imhof"}),
        ("de", "Nationalrätin Lina Brandt kam am Freitag in Basel mit Ständerat Urs Egger zu "
         "einem Gespräch über die Bahn zusammen.", {"Lina Brandt", "Urs Egger"}),
    ],
)  # fmt: skip
def test_swiss_members_of_parliament(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert ("meeting", "occurred", people) in _events(engine, lang, text)


def test_a_party_before_a_members_title_keeps_the_class(engine: Communique) -> None:
    text = "«Wir brauchen Klarheit», sagt SVP-Nationalrätin Lea Frei in Bern."
    record = engine.extract(text, lang="de", published=PUBLISHED)
    (lea,) = (a for a in record.actors if a.name == "Lea Frei")
    assert lea.role is not None and lea.role.cls == "legislator"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the bracket of "kam ... zusammen" holds a long with-list: one gathering of all
        ("Die indonesische Handelsministerin Dewi Sari besuchte am Montag Berlin. Am "
         "Nachmittag kam die Ministerin im Bundestag mit dem Vorsitzenden der "
         "Deutsch-Südostasiatischen Parlamentariergruppe des Bundestages, Henning Strack, und "
         "der Abgeordneten Aylin Vogt zusammen.",
         {"Dewi Sari", "Henning Strack", "Aylin Vogt"}),
    ],
)  # fmt: skip
def test_a_long_bracket_is_one_meeting(engine: Communique, text: str, people: set[str]) -> None:
    assert [e[2] for e in _events(engine, "de", text) if e[0] == "meeting"] == [people]


def test_two_with_phrases_in_a_bracket_stay_two_meetings(engine: Communique) -> None:
    text = (
        "In Kairo traf Außenminister Jan Berg mit seinem ägyptischen Kollegen Sameh Nasser und "
        "anschließend auch mit Präsident Omar Fahmy zusammen."
    )
    assert sorted(sorted(e[2]) for e in _events(engine, "de", text)) == [
        ["Jan Berg", "Omar Fahmy"],
        ["Jan Berg", "Sameh Nasser"],
    ]


@pytest.mark.parametrize(
    ("lang", "text", "guest", "host"),
    [
        # "der Gast" is the one received at the visit under way, told far back; not the
        # host, whose return visit was agreed in between
        ("de", "Parlamentspräsidentin Gesine Brandt hat am Dienstag den Präsidenten des "
         "Parlaments der Republik Moldau, Vasile Rotaru, zu einem offiziellen Besuch "
         "empfangen. Im Mittelpunkt stand der Beitrittsprozess. Auch die Energie kam zur "
         "Sprache. Deutschland hilft seit Jahren. „Moldau gehört zu Europa“, sagte sie. "
         "Rotaru dankte für die Hilfe. Er lud Brandt zu einem Besuch nach Chișinău ein. "
         "Brandt nahm die Einladung an; die Reise soll im Frühjahr stattfinden. Am Nachmittag "
         "kam der Gast mit der Ausschussvorsitzenden Renate Falk zusammen.",
         "Vasile Rotaru", "Renate Falk"),
        # without a visit word, "der Gast" is the one the lead says was received
        ("de", "Innenminister Stefan Haid hat am Dienstag den marokkanischen Innenminister "
         "Amine Tazi zu einem Arbeitsgespräch empfangen. Im Mittelpunkt stand die Migration. "
         "Auf österreichischer Seite nahm Generaldirektor Johann Kranz an dem Gespräch teil. "
         "Am Nachmittag traf der Gast mit Justizministerin Claudia Pichl zusammen.",
         "Amine Tazi", "Claudia Pichl"),
        ("en", "Interior Minister Stefan Haid received Moroccan Interior Minister Amine Tazi for "
         "working talks on Tuesday. Director General Johann Kranz also took part in the talks. "
         "In the afternoon the guest met Justice Minister Claudia Pichl.",
         "Amine Tazi", "Claudia Pichl"),
    ],
)  # fmt: skip
def test_the_guest_of_the_visit_under_way(
    engine: Communique, lang: str, text: str, guest: str, host: str
) -> None:
    assert ("meeting", "occurred", {guest, host}) in _events(engine, lang, text)


def test_they_of_a_group_no_one_of_whom_is_named(engine: Communique) -> None:
    # "they" is the two heads of state the text does not name, not the people named before
    text = (
        "Foreign Minister Ana Tembe held talks in Dodoma with her counterpart Salim Mbarouk. "
        "Later she met Regional Commissioner Rehema Nguvu. The ministry's director of "
        "communications, Mr Gerald Mwanyika, said the two Heads of State had given clear "
        "directions when they last met in Maputo in June."
    )
    events = _events(engine, "en", text)
    assert not any("Gerald Mwanyika" in people for _, _, people in events)
    assert ("meeting", "occurred", {"Ana Tembe", "Salim Mbarouk"}) in events


def test_the_guests_of_a_delegation_met_by_a_host(engine: Communique) -> None:
    # the host who "met with a delegation" is no member of it; "the guests" are the visitors
    # named nearest before the visit word; a committee's chair sits at the talks with it;
    # a portfolio of dictionary words after "for" is no person
    text = (
        "On Thursday, Speaker of the Saeima Dace Ozola met with a delegation of the Parliament "
        "of Moldova led by Vice-President of the Parliament Doina Rusu, who is in Riga on a "
        "two-day working visit. The Moldovan delegation also includes member of parliament Ana "
        "Lupu. Later on Thursday, the Moldovan guests held talks with the Foreign Affairs "
        "Committee, chaired by Gatis Kalns, and met the Chair of the Deputy Group for "
        "Inter-Parliamentary Relations with Moldova, Inese Lace."
    )
    events = _events(engine, "en", text)
    assert ("meeting", "occurred", {"Dace Ozola", "Doina Rusu", "Ana Lupu"}) in events
    assert ("meeting", "occurred", {"Doina Rusu", "Ana Lupu", "Gatis Kalns"}) in events
    assert ("meeting", "occurred", {"Doina Rusu", "Ana Lupu", "Inese Lace"}) in events
    assert len(events) == 3


def test_an_ordinal_after_an_article_ends_no_sentence(engine: Communique) -> None:
    text = (
        "Die Vizeaußenministerin Indonesiens, Dewi Sari, hat am 4. März in Berlin gemeinsam mit "
        "Staatsminister Jan Holt die 9. Runde der politischen Konsultationen geleitet."
    )
    assert ("meeting", "occurred", {"Dewi Sari", "Jan Holt"}) in _events(engine, "de", text)


@pytest.mark.parametrize(
    ("lang", "text", "escort"),
    [
        # a companion at all appointments, told after the meetings, sits at each of them
        ("de", "Ministerin Dewi Sari traf am Montag in Berlin Staatsminister Jan Holt. Am "
         "Nachmittag kam die Ministerin mit der Abgeordneten Aylin Vogt zusammen. Begleitet "
         "wurde die Ministerin bei allen Terminen in Berlin vom Botschafter Indonesiens, Made "
         "Putra.", "Made Putra"),
        ("en", "Minister Dewi Sari met Minister of State Jan Holt in Berlin on Monday. In the "
         "afternoon the minister met MP Aylin Vogt. Ambassador Made Putra accompanied the "
         "minister throughout the visit.", "Made Putra"),
    ],
)  # fmt: skip
def test_a_companion_told_after_the_meetings(
    engine: Communique, lang: str, text: str, escort: str
) -> None:
    meetings = [p for kind, _, p in _events(engine, lang, text) if kind == "meeting"]
    assert len(meetings) == 2 and all(escort in p for p in meetings)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # a phrase opened by "und"/"and" after an apposition is one more argument
        ("de", "Die Arbeitsgruppe ist am Mittwoch im Vatikan zusammengekommen. Geleitet wurden "
         "die Gespräche vom Erzbischof Paolo Rinaldi, Sekretär für die Beziehungen mit den "
         "Staaten, und vom vietnamesischen Vize-Außenminister Pham Quang Minh.",
         {"Paolo Rinaldi", "Pham Quang Minh"}),
        ("en", "The working group met in the Vatican on Wednesday. The talks were chaired by "
         "Archbishop Paolo Rinaldi, Secretary for Relations with States, and by Vietnamese "
         "Deputy Foreign Minister Pham Quang Minh.", {"Paolo Rinaldi", "Pham Quang Minh"}),
    ],
)  # fmt: skip
def test_a_coordinated_phrase_after_an_apposition(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert ("meeting", "occurred", people) in _events(engine, lang, text)


def test_a_coordinated_phrase_told_later_is_no_part_of_the_first_meeting(
    engine: Communique,
) -> None:
    text = (
        "Bundespräsident Gerhard Linde empfing am Dienstag zunächst Bundeskanzler Markus Holl "
        "(ÖVP) und am Nachmittag SPÖ-Chefin Andrea Fuchs in der Hofburg."
    )
    # (not one meeting of the three; that the text tells a second one, with Fuchs, the
    # extractor does not yet see without a comma before "und am Nachmittag")
    events = _events(engine, "de", text)
    assert ("meeting", "occurred", {"Gerhard Linde", "Markus Holl"}) in events
    assert not any({"Markus Holl", "Andrea Fuchs"} <= p for _, _, p in events)


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # someone who took part in the gathering told before joins it, no second gathering
        ("ru", "18 июня в Бишкеке состоялось заседание Совета министров иностранных дел ОДКБ под "
         "председательством министра иностранных дел Киргизии Улана Сыдыкова. В заседании "
         "принял участие Генеральный секретарь ОДКБ Таалай Омуров.", "Таалай Омуров"),
        ("de", "Am Donnerstag tagte in Bischkek der Rat der Außenminister der OVKS unter Vorsitz "
         "des kirgisischen Außenministers Ulan Sydykow. An der Sitzung nahm auch "
         "Generalsekretär Taalai Omurow teil.", "Taalai Omurow"),
    ],
)  # fmt: skip
def test_taking_part_in_the_gathering_told_before(
    engine: Communique, lang: str, text: str, person: str
) -> None:
    events = _events(engine, lang, text)
    assert [kind for kind, _, _ in events] == ["conference"]
    assert person in events[0][2]


def test_chairs_of_the_bodies_a_delegation_met_are_no_second_delegation(
    engine: Communique,
) -> None:
    # two words of leading in the delegation's sentence lead the bodies it met, not two
    # delegations: its members, told later, still sit at its meetings
    text = (
        "The President of the Chamber of Deputies of Chile, Cristóbal Fuenzal, is on an "
        "official visit to Finland. He is accompanied by a parliamentary delegation. Speaker "
        "Anna Rauta received the delegation at Parliament House on Wednesday. "
        "On Tuesday, the delegation met members of the Foreign Affairs Committee led by the "
        "Committee's Chair, Mikko Vaara, and the friendship group chaired by MP Sanna Lehto. "
        "The delegation consists of President of the Chamber of Deputies Cristóbal Fuenzal and "
        "Deputies Javiera Catal and Rodrigo Fuente."
    )
    members = {"Cristóbal Fuenzal", "Javiera Catal", "Rodrigo Fuente"}
    events = _events(engine, "en", text)
    # (that Tuesday's meeting is told apart from Wednesday's the extractor does not yet see)
    assert any({"Anna Rauta", *members} <= people for _, _, people in events)


def test_a_title_named_in_the_apposition_after_it(engine: Communique) -> None:
    # the name of a title that ends the meeting word's clause follows it after a comma
    text = (
        "The announcement followed bilateral talks between Minister of Foreign Affairs and "
        "Foreign Trade, Senator the Hon. Marcia Gayle, and Panama's Vice Minister of Foreign "
        "Affairs, Her Excellency Itzel Cedeno, at the Ministry's offices on Tuesday."
    )
    assert ("meeting", "occurred", {"Marcia Gayle", "Itzel Cedeno"}) in _events(engine, "en", text)
