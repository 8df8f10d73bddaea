"""A travelling group told once and seated where it meets: a delegation or mission whose
members one sentence lists, or the sentence after it by a pronoun ("Ihr gehörten A und B
an", "It comprised A and B"); a meeting whose only named party is the person it met ("the
delegation met President X") seats them all. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2025-11-14"


def _met(engine: Communique, lang: str, text: str) -> list[set[str]]:
    return [people for kind, _, people in event_rows(engine, lang, text, PUBLISHED)]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # members told by a pronoun in the sentence after the delegation's head
        ("de", "Eine Delegation des Landtags hat Polen besucht. Geleitet wurde die Delegation "
         "von Landtagspräsident Karl Oberhuber. Ihr gehörten außerdem die Abgeordneten Petra "
         "Lindqvist und Ömer Sandal an. Am Dienstag traf die Delegation Vizeaußenminister "
         "Janusz Wrona.",
         {"Karl Oberhuber", "Petra Lindqvist", "Ömer Sandal", "Janusz Wrona"}),
        ("en", "A delegation of the regional parliament visited Poland. It was led by Speaker "
         "Karl Oberhuber. It comprised also the deputies Petra Lindqvist and Omer Sandal. On "
         "Tuesday, the delegation met Deputy Foreign Minister Janusz Wrona.",
         {"Karl Oberhuber", "Petra Lindqvist", "Omer Sandal", "Janusz Wrona"}),
        # a mission is a travelling group too; "including through" lists no members
        ("en", "A joint High-Level Mission led by the President of the Commission, Dr. Amadou "
         "Keita, visited Bissau. The Mission comprised Ambassador Halima Osei and Mr. Kofi "
         "Mensah. On Tuesday, the Mission was received by President Duarte Mendes Có, who "
         "thanked the region for its support, including through the Support Mission in the "
         "country.",
         {"Amadou Keita", "Halima Osei", "Kofi Mensah", "Duarte Mendes Có"}),
        # the group's members named by a plural noun for people of their kind
        ("en", "Speaker Joseph Mutai hosted a delegation of the Bundestag in Nairobi on Monday. "
         "The delegation was led by Katrin Vollmer and included Jonas Brettschneider. The "
         "parliamentarians were accompanied by the Ambassador of Germany, Hans Lindqvist.",
         {"Joseph Mutai", "Katrin Vollmer", "Jonas Brettschneider", "Hans Lindqvist"}),
        ("de", "Parlamentspräsident Joseph Mutai empfing am Montag in Nairobi eine Delegation des "
         "Bundestags. Die Delegation wurde von Katrin Vollmer geleitet, ihr gehörte auch Jonas "
         "Brettschneider an. Die Abgeordneten wurden von Botschafter Hans Lindqvist begleitet.",
         {"Joseph Mutai", "Katrin Vollmer", "Jonas Brettschneider", "Hans Lindqvist"}),
        # the head after "vom" in a present passive; the companion after a passive
        # "Begleitet wurde die Delegation von"; "die Gäste" are the group's members
        ("de", "Präsidentin Anna Berg hat heute eine Delegation des Parlaments von Ghana "
         "empfangen. Die Delegation wird vom Vizepräsidenten Kwame Asante geleitet. Ihr gehört "
         "auch die Abgeordnete Efua Mensah an. Begleitet wurde die Delegation von der "
         "Botschafterin Ghanas, Akosua Frimpong.",
         {"Anna Berg", "Kwame Asante", "Efua Mensah", "Akosua Frimpong"}),
        ("de", "Die Delegation aus Ghana wird vom Vizepräsidenten Kwame Asante geleitet. Ihr "
         "gehört auch die Abgeordnete Efua Mensah an. Im Anschluss informierte der "
         "Ausschussvorsitzende Markus Feld die Gäste über die Partnerschaft.",
         {"Kwame Asante", "Efua Mensah", "Markus Feld"}),
        ("en", "The delegation from Ghana is led by Deputy Speaker Kwame Asante. It comprised "
         "also Ms Efua Mensah. Afterwards, committee chair Mark Field briefed the guests on the "
         "partnership.", {"Kwame Asante", "Efua Mensah", "Mark Field"}),
    ],
)  # fmt: skip
def test_a_group_told_once_is_seated_where_it_meets(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert people in _met(engine, lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "outsider", "met"),
    [
        # a sentence that tells whom members met does not list members
        ("en", "A delegation of the Committee visited Armenia. Delegation chair Anna Lund said "
         "the visit went well. On the last day, Members were briefed by the Head of the EU "
         "Mission in Armenia, Ilona Kalnina. The delegation also met Prime Minister David "
         "Harutyunyan.", "Ilona Kalnina", "David Harutyunyan"),
        # "members of his government" are not the delegation's
        ("en", "The Mission was led by Dr. Amadou Keita. The Mission held a working session with "
         "the Prime Minister, Rui Barbosa, and members of his Government. On Wednesday, the "
         "Mission met Judge Maria Té.", "Rui Barbosa", "Maria Té"),
    ],
)  # fmt: skip
def test_who_the_group_met_is_no_member(
    engine: Communique, lang: str, text: str, outsider: str, met: str
) -> None:
    groups = _met(engine, lang, text)
    assert any(met in g and len(g) >= 2 for g in groups)  # the group met them
    assert not any(outsider in g and met in g for g in groups)  # without the outsider


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # a fronted word of company with the one who met named after it
        ("de", "Außenministerin Anna Kowalski traf am Montag in Abu Dhabi Staatsminister Saeed "
         "Al Kaabi. Begleitet wurde Kowalski von Entwicklungsminister Jan Nowak.",
         {"Anna Kowalski", "Saeed Al Kaabi", "Jan Nowak"}),
        # talks continued in someone's presence: they sat at the table
        ("de", "Außenministerin Anna Kowalski traf am Montag in Abu Dhabi Staatsminister Saeed "
         "Al Kaabi. Nach einem Gespräch unter vier Augen wurden die Gespräche im Beisein des "
         "Botschafters Polens, Piotr Lis, fortgesetzt.",
         {"Anna Kowalski", "Saeed Al Kaabi", "Piotr Lis"}),
        ("en", "Foreign Minister Anna Kowalski held talks in Abu Dhabi on Monday with Minister of "
         "State Saeed Al Kaabi. The talks were later continued in the presence of the Polish "
         "ambassador, Piotr Lis.", {"Anna Kowalski", "Saeed Al Kaabi", "Piotr Lis"}),
        # "the visiting secretary": a description, not a visit of its own
        ("en", "Sakuraba met Foreign Secretary Teresa Dela Cruz on Tuesday afternoon. The "
         "visiting secretary was accompanied by the Philippine ambassador, Rodolfo Lim.",
         {"Sakuraba", "Teresa Dela Cruz", "Rodolfo Lim"}),
    ],
)  # fmt: skip
def test_who_came_along_sits_at_the_table(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert _met(engine, lang, text) == [people]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # some of the group met, listed after "darunter" / "including": one meeting
        ("de", "Ministerin Jelena Vuković traf am Montag in Wien ein. Im Anschluss traf die "
         "Ministerin mit Mitgliedern der Parlamentarischen Gruppe zusammen, darunter deren "
         "Obfrau Maria Theresia Jungwirth (ÖVP) und Abgeordneter Emil Hadžić (SPÖ).",
         {"Jelena Vuković", "Maria Theresia Jungwirth", "Emil Hadžić"}),
        ("en", "Minister Jelena Vukovic arrived in Vienna on Monday. She then met members of the "
         "parliamentary friendship group, including its chair Maria Jungwirth and MP Emil "
         "Hadzic.", {"Jelena Vukovic", "Maria Jungwirth", "Emil Hadzic"}),
        # a title with its body and degrees between "darunter" and the first name listed
        ("de", "Am zweiten Tag tauschte sich Richter Kim Dae-jung in einem Fachgespräch mit "
         "Mitgliedern des Ersten Senats aus, darunter Richterin des Bundesverfassungsgerichts "
         "Prof. Dr. Sibylle Karaca und Richter des Bundesverfassungsgerichts Dr. Jan-Hendrik "
         "Moll.", {"Kim Dae-jung", "Sibylle Karaca", "Jan-Hendrik Moll"}),
        ("en", "On Tuesday Judge Kim Dae-jung met members of the First Senate, including Judge "
         "of the Federal Constitutional Court Professor Sibylle Karaca and Judge Jan Moll.",
         {"Kim Dae-jung", "Sibylle Karaca", "Jan Moll"}),
        # a title someone holds, definite again, describes them: no title of the next name
        ("de", "Bürgermeister Jens Raabe hat am Mittwoch die Premierministerin von Namibia, "
         "Hilma Shikongo, empfangen. Am Donnerstag trifft die Premierministerin in der "
         "Handelskammer Vertreter der Wirtschaft, darunter Präses Dierk Wiebers.",
         {"Hilma Shikongo", "Dierk Wiebers"}),
        # "die Gästin": the guest of the visit told some sentences before
        ("de", "Landtagspräsident Karl Oberhuber hat heute die Präsidentin des Parlaments von "
         "Montenegro, Jelena Radulović, zu einem offiziellen Besuch empfangen. Im Zentrum "
         "standen die Beitrittsverhandlungen. Montenegro hat 33 Kapitel eröffnet. Die "
         "Präsidentin informierte über die Reform der Justiz. Die Korruption sei ein Problem. "
         "Im Anschluss traf die Gästin mit Landesrätin Maria Jungwirth zusammen.",
         {"Jelena Radulović", "Maria Jungwirth"}),
    ],
)  # fmt: skip
def test_some_of_a_group_and_a_guest(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert people in _met(engine, lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # "them": the people met in the sentence before, at one meeting
        ("en", "Speaker Ulrike Brennecke received Zbigniew Kaczmarczyk and Anna Wisniewska on "
         "Thursday. In the afternoon, committee chair Jana Petzold met with them.",
         {"Jana Petzold", "Zbigniew Kaczmarczyk", "Anna Wisniewska"}),
        ("de", "Zbigniew Kaczmarczyk und Anna Wiśniewska trafen am Donnerstag in Berlin ein. Am "
         "Nachmittag traf sich Außenministerin Jana Petzold mit ihnen.",
         {"Jana Petzold", "Zbigniew Kaczmarczyk", "Anna Wiśniewska"}),
        # a pronoun after "mit" with the subject between the verb and it
        ("de", "Außenministerin Anna Berg ist am Montag in Kiew eingetroffen. Am Nachmittag traf "
         "Präsident Petro Kowal mit ihr zusammen.", {"Anna Berg", "Petro Kowal"}),
    ],
)  # fmt: skip
def test_a_pronoun_object_names_those_told_before(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert people in _met(engine, lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "State Secretary Ruth Abend visited Kenya this week. Ambassador Konstanze Wohr "
         "accompanied the State Secretary at all her meetings in Nairobi. On Monday, Abend met "
         "Cabinet Secretary Samuel Chepkwony in Nairobi. On Thursday she was received in "
         "Mombasa by Governor Omar Bakari."),
        ("de", "Staatssekretärin Ruth Abend besuchte Kenia. Bei ihren Terminen in Nairobi wurde "
         "die Staatssekretärin von der deutschen Botschafterin Konstanze Wohr begleitet. Am Montag "
         "traf Abend in Nairobi Kabinettssekretär Samuel Chepkwony. Am Donnerstag empfing sie "
         "in Mombasa Gouverneur Omar Bakari."),
    ],
)  # fmt: skip
def test_company_for_the_visits_meetings_in_a_place(
    engine: Communique, lang: str, text: str
) -> None:
    """ "accompanied at all her meetings in Nairobi": at each later meeting there, not at
    the one in Mombasa."""
    met = _met(engine, lang, text)
    assert {"Ruth Abend", "Samuel Chepkwony", "Konstanze Wohr"} in met
    assert {"Ruth Abend", "Omar Bakari"} in met
