"""Who sits at a delegation's meetings when the release lists its members under a heading
without dashes, and a meeting with someone named after an office and a title ("with the Head
of the OSCE Mission, Ambassador X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-09-11"


@pytest.mark.parametrize(
    ("lang", "text", "members"),
    [
        ("en", "In Skopje, the delegation met the Speaker of the Assembly, Marija Petrovska.\n\n"
               "Members of the delegation:\nJoão Baptista Moreira (Portugal, SOC), Head of the "
               "delegation\nAnnika Lindholm (Finland, EPP)\nPavel Dvořák (Czechia, ALDE)\n\n"
               "Share",
         {"João Baptista Moreira", "Annika Lindholm", "Pavel Dvořák"}),
        ("de", "In Skopje traf die Delegation die Parlamentspräsidentin Marija Petrovska.\n\n"
               "Mitglieder der Delegation:\nJoão Baptista Moreira (Portugal, SOC), Leiter der "
               "Delegation\nAnnika Lindholm (Finnland, EVP)\nPavel Dvořák (Tschechien, ALDE)\n",
         {"João Baptista Moreira", "Annika Lindholm", "Pavel Dvořák"}),
    ],
)  # fmt: skip
def test_members_listed_line_by_line_under_a_heading(
    engine: Communique, lang: str, text: str, members: set[str]
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert [p for k, s, p in rows if k == "meeting"] == [members | {"Marija Petrovska"}]


def test_lines_under_a_heading_without_colon_are_no_members(engine: Communique) -> None:
    # a guard: a heading with no colon opens no list of names
    text = (
        "In Skopje, the delegation met the Speaker of the Assembly, Marija Petrovska.\n\n"
        "About the delegation\nAnnika Lindholm, the committee's rapporteur, said the visit "
        "was useful.\n"
    )
    rows = event_rows(engine, "en", text, PUBLISHED)
    assert [p for k, s, p in rows if k == "meeting"] == [{"Marija Petrovska"}]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("en", "Minister Anna Berg also held a meeting with the Head of the OSCE Mission, "
               "Ambassador Henrik Lindqvist-Bauer, and with members of the diplomatic community.",
         {"Anna Berg", "Henrik Lindqvist-Bauer"}),
        ("en", "The minister held talks with the Head of the EU Delegation, Ambassador Carla "
               "Montanari.",
         {"Carla Montanari"}),
    ],
)  # fmt: skip
def test_a_with_that_names_an_office_and_a_titled_person(
    engine: Communique, lang: str, text: str, names: set[str]
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert any(k == "meeting" and names <= p for k, s, p in rows)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Delegationen wurden geleitet von Dr. Urs Rüegg (Schweiz), Jean Morvan "
               "(Frankreich) und Marieke van Dalen (Niederlande). Am Rande der Sitzung kam "
               "Ministerin Joëlle Kremer mit dem Leiter der deutschen Delegation, Dr. Bernd "
               "Achterberg, zu einem Gespräch zusammen."),
        ("en", "The delegations were led by Urs Rüegg of Switzerland, Jean Morvan of France and "
               "Marieke van Dalen of the Netherlands. On the sidelines of the session, Minister "
               "Joëlle Kremer met the head of the German delegation, Bernd Achterberg."),
    ],
)  # fmt: skip
def test_the_head_of_a_delegation_met_alone(engine: Communique, lang: str, text: str) -> None:
    # "the head of the German delegation" names an office's body: its head is the party
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert [p for k, s, p in rows if k == "meeting"] == [{"Joëlle Kremer", "Bernd Achterberg"}]


def test_an_expanded_session_of_talks_is_the_talks(engine: Communique) -> None:
    text = (
        "Foreign Minister Nidal Haddad held talks on Monday with Foreign Minister Retno Sari "
        "in Amman. The talks, which began in a closed session and were later expanded to the "
        "delegations, addressed trade. The expanded session was attended by Ambassador Rami "
        "Khoury and Ambassador Teuku Fahmi."
    )
    rows = event_rows(engine, "en", text, PUBLISHED)
    assert [p for k, s, p in rows if k == "meeting"] == [
        {"Nidal Haddad", "Retno Sari", "Rami Khoury", "Teuku Fahmi"}
    ]
    assert [k for k, s, p in rows if k == "conference"] == []


def test_a_closed_session_of_a_council_is_still_a_gathering(engine: Communique) -> None:
    text = "The Security Council met in a closed session of the Council on Monday in New York."
    rows = event_rows(engine, "en", text, PUBLISHED)
    assert [k for k, s, p in rows] == ["conference"]


def test_who_sat_at_the_table_with_the_subjects_between(engine: Communique) -> None:
    text = (
        "Ministerin María Ossandón empfing Ministerin Katrin Hollweg am Dienstag in Santiago. "
        "Auf deutscher Seite saßen der Staatssekretär Dr. Matthias Renner und die Botschafterin "
        "Sabine Kolbeck mit am Tisch."
    )
    rows = event_rows(engine, "de", text, PUBLISHED)
    assert [p for k, s, p in rows if k == "meeting"] == [
        {"María Ossandón", "Katrin Hollweg", "Matthias Renner", "Sabine Kolbeck"}
    ]


@pytest.mark.parametrize(
    ("lang", "text", "met"),
    [
        # a head named after a long title chain and Spanish abbreviations ("Lic.", "Dra.")
        ("de", "Eine Delegation der argentinischen Regierung hielt sich in Berlin auf. Die "
         "Delegation wurde von der Staatssekretärin für Bergbau im Wirtschaftsministerium der "
         "Nation, Lic. Mariela Belén Orozco Ruiz, geleitet. Ihr gehörten der Gouverneur der "
         "Provinz Catamarca, Hernán Darío Villalba, die Vizegouverneurin der Provinz Salta, "
         "Dra. Silvia Graciela Cornejo, und der Minister für Produktion der Provinz Jujuy, "
         "Facundo Tolosa, an.\n\nAm Dienstag wurde die Delegation vom Parlamentarischen "
         "Staatssekretär Konstantin Wehrmann empfangen.",
         {"Mariela Belén Orozco Ruiz", "Hernán Darío Villalba", "Silvia Graciela Cornejo",
          "Facundo Tolosa", "Konstantin Wehrmann"}),
        ("en", "A delegation of the Argentine government visited Berlin. It was led by "
         "Undersecretary Lic. Mariela Belén Orozco Ruiz. It comprised Governor Hernán Darío "
         "Villalba and Vice Governor Dra. Silvia Graciela Cornejo.\n\nOn Tuesday the delegation "
         "was received by Parliamentary State Secretary Konstantin Wehrmann.",
         {"Mariela Belén Orozco Ruiz", "Hernán Darío Villalba", "Silvia Graciela Cornejo",
          "Konstantin Wehrmann"}),
    ],
)  # fmt: skip
def test_a_delegation_head_after_a_title_chain_and_a_spanish_abbreviation(
    engine: Communique, lang: str, text: str, met: set[str]
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert any(names >= met for _, _, names in rows)


@pytest.mark.parametrize(
    ("lang", "text", "met"),
    [
        ("de", "Eine Delegation des Parlaments von Taiwan hielt sich in Berlin auf. Leiter der "
         "Delegation war der Abgeordnete Lin Kuo-wei. Ihm gehörten außerdem die Abgeordneten "
         "Kao Mei-ling und Chiang Po-wen an.\n\nAm Dienstag kam die Delegation im Bundestag mit "
         "Mitgliedern des Freundeskreises zusammen. Auf deutscher Seite nahmen der Vorsitzende "
         "Matthias Krone und die Abgeordnete Sevim Aydin an dem Gespräch teil.",
         {"Lin Kuo-wei", "Kao Mei-ling", "Chiang Po-wen", "Matthias Krone", "Sevim Aydin"}),
        ("en", "A delegation of Taiwan's parliament visited Berlin. The delegation was led by "
         "legislator Lin Kuo-wei. It also comprised legislators Kao Mei-ling and Chiang "
         "Po-wen.\n\nOn Tuesday the delegation met members of the friendship group in the "
         "Bundestag. On the German side, chairman Matthias Krone and MP Sevim Aydin took part "
         "in the talks.",
         {"Lin Kuo-wei", "Kao Mei-ling", "Chiang Po-wen", "Matthias Krone", "Sevim Aydin"}),
    ],
)  # fmt: skip
def test_who_took_part_in_a_delegations_talks_told_after_them(
    engine: Communique, lang: str, text: str, met: set[str]
) -> None:
    # "kam die Delegation mit Mitgliedern des Freundeskreises zusammen. Auf deutscher Seite
    # nahmen X und Y an dem Gespräch teil": the delegation's roster and who took part
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert any(names >= met for _, _, names in rows)


def test_members_named_after_their_plural_are_not_the_whole_delegation(
    engine: Communique,
) -> None:
    # "reisten die Abgeordneten Kao und Chiang nach Dresden, wo sie ... empfangen wurden":
    # those two, not their head who stayed in Berlin
    text = (
        "Eine Delegation des Parlaments von Taiwan hielt sich in Berlin auf. Leiter der "
        "Delegation war der Abgeordnete Lin Kuo-wei. Ihm gehörten außerdem die Abgeordneten "
        "Kao Mei-ling und Chiang Po-wen an.\n\nAm Mittwoch reisten die Abgeordneten Kao "
        "Mei-ling und Chiang Po-wen nach Dresden, wo sie vom Staatsminister Torsten Rübsam "
        "empfangen wurden."
    )
    rows = event_rows(engine, "de", text, PUBLISHED)
    met = [names for _, _, names in rows if "Torsten Rübsam" in names]
    assert met and all("Lin Kuo-wei" not in names for names in met)


def test_a_counsellors_abbreviation_ends_no_sentence(engine: Communique) -> None:
    # "Cllr." (Counsellor, before a Liberian lawyer's name) is an abbreviation of address
    text = (
        "Foreign Minister Korto Gbeyon held talks with Vice Minister Zhou Hanlin in Monrovia. "
        "The Liberian side included the Deputy Minister for International Cooperation, Cllr. "
        "J. Momolu Kanneh, and the Assistant Minister for Asian Affairs, Mr. Tarnue Kollie."
    )
    rows = event_rows(engine, "en", text, PUBLISHED)
    people = {"Korto Gbeyon", "Zhou Hanlin", "J. Momolu Kanneh", "Tarnue Kollie"}
    assert any(names >= people for _, _, names in rows)


def test_a_long_list_of_who_took_part_and_who_worked_with_them(engine: Communique) -> None:
    # "An den Konsultationen nahmen ... A, ..., sowie ... B, teil. Von deutscher Seite wirkte
    # C an den Gesprächen mit": a list with titles and bodies of fifty words, and "mitwirken"
    text = (
        "Am 10. November fand in Berlin die siebte Runde der politischen Konsultationen statt. "
        "Die tadschikische Delegation wurde vom Ersten stellvertretenden Außenminister Dilschod "
        "Nasarow geleitet. Die deutsche Delegation wurde von der Staatssekretärin Dr. Katrin "
        "Vollmer angeführt. An den Konsultationen nahmen seitens der tadschikischen Seite "
        "außerdem die Außerordentliche und Bevollmächtigte Botschafterin der Republik "
        "Tadschikistan in der Bundesrepublik Deutschland, Sarina Hakimowa, sowie der Leiter der "
        "Hauptverwaltung Europa und Amerika des Außenministeriums, Rustam Scharipow, teil. Von "
        "deutscher Seite wirkte der Leiter des Referats Zentralasien im Auswärtigen Amt, Jochen "
        "Wiesner, an den Gesprächen mit."
    )
    rows = event_rows(engine, "de", text, PUBLISHED)
    people = {"Dilschod Nasarow", "Katrin Vollmer", "Sarina Hakimowa", "Rustam Scharipow"}
    assert any(names >= people | {"Jochen Wiesner"} for _, _, names in rows)
