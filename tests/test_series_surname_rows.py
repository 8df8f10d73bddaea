"""A name written surname first ("Zhou Mingyuan") is named by that word alone later; "the
16th meeting of the ... Mechanism" is a session of its own, not the meeting told before, and
the delegations listed after it sit at it. Texts written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-04-15"


def test_a_surname_written_first_names_the_person_alone(engine: Communique) -> None:
    text = (
        "Vice Foreign Minister Zhou Mingyuan arrived in Kathmandu on Monday for a three-day "
        "visit. On Monday evening, shortly after landing, Zhou paid a courtesy call on Foreign "
        "Minister Sunita Adhikari."
    )
    rows = event_rows(engine, "en", text, PUBLISHED)
    assert ("meeting", "occurred", {"Zhou Mingyuan", "Sunita Adhikari"}) in rows


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # a Korean given name ("Jae-won") after a surname a dictionary holds ("Han", "Lee")
        ("de", "Präsident Han Jae-won traf am Montag in Karlsruhe Präsidentin Ulrike Stadler. "
         "„Wir nehmen viel mit nach Seoul“, sagte Präsident Han.", "Han Jae-won"),
        ("en", "President Lee Dong-hyun met President Ulrike Stadler in Karlsruhe on Monday. "
         '"We take a lot home to Seoul," Lee said.', "Lee Dong-hyun"),
    ],
)  # fmt: skip
def test_a_korean_surname_alone_names_the_person(
    engine: Communique, lang: str, text: str, speaker: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    assert [names.get(q.speaker or "") for q in record.quotes] == [speaker]


def test_a_numbered_session_is_no_meeting_told_before(engine: Communique) -> None:
    text = (
        "Chinese Vice Foreign Minister Zhou Mingyuan called on Prime Minister Harka Shrestha on "
        "Tuesday afternoon.\n\n"
        "During the meeting, the two sides discussed the railway.\n\n"
        "Earlier in the day, Zhou and Foreign Secretary Amrit Rai co-chaired the 16th meeting "
        "of the Nepal-China Diplomatic Consultation Mechanism at the Ministry of Foreign "
        "Affairs. The meeting reviewed trade and tourism.\n\n"
        "The Nepali delegation included Kamala Thapa, joint secretary at the ministry, and "
        "Dipendra Raj Upreti, joint secretary at its policy division."
    )
    rows = event_rows(engine, "en", text, PUBLISHED)
    assert ("meeting", "occurred", {"Zhou Mingyuan", "Harka Shrestha"}) in rows
    with_rai = [p for _, s, p in rows if "Amrit Rai" in p and s == "occurred"]
    assert with_rai == [{"Zhou Mingyuan", "Amrit Rai", "Kamala Thapa", "Dipendra Raj Upreti"}]


@pytest.mark.parametrize(
    ("lang", "text", "host"),
    [
        ("de", "Eine Delegation des Entwicklungsausschusses hat Senegal besucht.\n\n"
               "Vom 4. bis 8. Mai reisten drei Mitglieder des Ausschusses nach Dakar: die "
               "Vorsitzende Friederike von Alvensleben (CDU), Jens-Peter Olbrich (SPD) und Lukas "
               "Behrendt (CSU).\n\nIn Dakar sprachen die Abgeordneten am Dienstag mit "
               "Außenministerin Aminata Diop.", "Aminata Diop"),
        ("en", "A delegation of the development committee visited Senegal.\n\n"
               "From 4 to 8 May three members of the committee travelled to Dakar: the chair, "
               "Frederica Alvens, John Olbright and Luke Behrens.\n\nIn Dakar the MPs met "
               "Foreign Minister Aminata Diop on Tuesday.", "Aminata Diop"),
    ],
)  # fmt: skip
def test_a_group_listed_after_a_colon_sits_where_its_members_meet(
    engine: Communique, lang: str, text: str, host: str
) -> None:
    rows = event_rows(engine, lang, text, "2026-05-11")
    assert [len(p) for _, s, p in rows if host in p and s == "occurred"] == [4]


def test_a_delegation_with_an_adjective_is_a_party(engine: Communique) -> None:
    """ "die isländische Delegation" as the guest: its roster sits at the meeting; a body's
    name with a slash ("EWR/EFTA-Delegation") does not end the joining clause."""
    text = (
        "Der isländischen Delegation gehörten die Abgeordneten Einar Bergsson und Gudrun "
        "Steinsdottir an.\n\n"
        "Am Mittwoch empfing Landtagspräsidentin Carmen Büchel ihre isländische Amtskollegin "
        "Halla Gunnlaugsdottir. Auf Liechtensteiner Seite nahmen auch der Leiter der "
        "EWR/EFTA-Delegation, der Abgeordnete Marco Frommelt, teil.\n\n"
        "Am Donnerstag wurde die isländische Delegation von Regierungsrätin Nadja Kindle, "
        "Ministerin für Äusseres, zu einem Gespräch empfangen."
    )
    rows = event_rows(engine, "de", text, "2026-06-18")
    assert ("meeting", "occurred", {"Nadja Kindle", "Einar Bergsson", "Gudrun Steinsdottir"}) in (
        rows
    )
    assert any({"Carmen Büchel", "Marco Frommelt"} <= p for _, _, p in rows)
