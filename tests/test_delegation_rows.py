"""Talks told by their delegations: a sentence that names nobody ("Consultations were held in
Berlin"), then who led each side, who took part, who sat opposite, and for whom. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2025-06-24"


def _events(engine: Communique, lang: str, text: str) -> list[tuple[str, str, set[str]]]:
    return event_rows(engine, lang, text, PUBLISHED)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # the heads of the delegations, told after talks without names
        ("de", "Am 23. Juni fanden in Berlin politische Konsultationen zwischen den "
         "Außenministerien Polens und Deutschlands statt. Die polnische Delegation wurde von "
         "Staatssekretär Jan Nowak, die deutsche Delegation von Staatssekretärin Anna Berg "
         "geleitet.", {"Jan Nowak", "Anna Berg"}),
        ("en", "Political consultations between the foreign ministries of Poland and Germany "
         "were held in Berlin on 23 June. The Polish delegation was led by State Secretary "
         "Jan Nowak, the German delegation by State Secretary Anna Berg.",
         {"Jan Nowak", "Anna Berg"}),
        ("ru", "23 июня в Берлине состоялись консультации по вопросам стратегической "
         "стабильности. Российскую делегацию возглавлял заместитель министра иностранных дел "
         "Сергей Рябков, германскую – статс-секретарь Анна Берг.",
         {"Сергей Рябков", "Анна Берг"}),
        # ... and who also took part in them
        ("de", "Am 23. Juni fanden in Berlin Konsultationen statt. Die polnische Delegation "
         "wurde von Staatssekretär Jan Nowak, die deutsche von Staatssekretärin Anna Berg "
         "geleitet. An den Konsultationen nahm auch der Botschafter Polens, Tomasz Lis, teil.",
         {"Jan Nowak", "Anna Berg", "Tomasz Lis"}),
        # one head, and the people who sat opposite, and for whom someone took part
        ("de", "In Genf haben am Donnerstag Gespräche über das Atomprogramm begonnen. Die "
         "Delegation aus Teheran leitet Vizeaußenminister Ali Karimi. Ihm gegenüber saßen die "
         "politischen Direktoren Deutschlands und Frankreichs, Anna Berg und Paul Martin. Für "
         "die EU nahm die stellvertretende Generalsekretärin Maria Nowak teil.",
         {"Ali Karimi", "Anna Berg", "Paul Martin", "Maria Nowak"}),
        ("en", "Talks on the nuclear programme opened in Geneva on Thursday. The Iranian side "
         "was headed by Deputy Foreign Minister Ali Karimi. Across the table sat the "
         "political directors of Germany and France, Anna Berg and Paul Martin. For the EU, "
         "Deputy Secretary-General Maria Nowak attended.",
         {"Ali Karimi", "Anna Berg", "Paul Martin", "Maria Nowak"}),
        # negotiators of two states at one table, then who led one side and sat opposite
        ("en", "Russian and Ukrainian negotiators sat across the table from each other in "
         "Istanbul on Thursday. Kyiv's delegation was led by Defense Minister Taras Hnatyshyn. "
         "Across from him sat Gennady Obraztsov, a Kremlin aide.",
         {"Taras Hnatyshyn", "Gennady Obraztsov"}),
    ],
)  # fmt: skip
def test_led_talks(engine: Communique, lang: str, text: str, people: set[str]) -> None:
    assert _events(engine, lang, text) == [("meeting", "occurred", people)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the heads did not meet: proximity talks
        ("de", "In Genf haben am Mittwoch Gespräche zwischen den Kriegsparteien begonnen. Die "
         "Delegation der Armee wird von General Ali Hassan geleitet, jene der Milizen von "
         "Omar Yusuf. Ein direktes Treffen der Delegationsleiter kam nicht zustande."),
        ("en", "Talks between the warring parties began in Geneva on Wednesday. The army "
         "delegation is led by General Ali Hassan, the militia delegation by Omar Yusuf. A "
         "direct meeting between the two heads of delegation failed to materialise."),
    ],
)  # fmt: skip
def test_heads_who_did_not_meet(engine: Communique, lang: str, text: str) -> None:
    assert _events(engine, lang, text) == [("meeting", "denied", {"Ali Hassan", "Omar Yusuf"})]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # "daran nahmen auch X und Y teil": the meeting told before
        ("de", "Präsidentin Anna Berg hat am Dienstag Präsident Jan Nowak empfangen. Nach "
         "einem Gespräch unter vier Augen setzten beide ihren Austausch im erweiterten Kreis "
         "fort; daran nahmen auch "
         "Vizepräsident Tomasz Lis und der Vorsitzende der Parlamentariergruppe, Peter Huber, "
         "teil.", {"Anna Berg", "Jan Nowak", "Tomasz Lis", "Peter Huber"}),
        # a long subject between "nahmen" and "teil"
        ("de", "Ministerpräsident Karl Weber hat heute Gouverneur Ravi Menon in Stuttgart "
         "empfangen. An dem Gespräch nahmen auch die Staatssekretärin für Europa und "
         "Internationales, Lea Brenner, sowie der Botschafter der Republik Indien in der "
         "Bundesrepublik Deutschland, Anil Rao, teil.",
         {"Karl Weber", "Ravi Menon", "Lea Brenner", "Anil Rao"}),
    ],
)  # fmt: skip
def test_took_part_too(engine: Communique, lang: str, text: str, people: set[str]) -> None:
    assert _events(engine, lang, text) == [("meeting", "occurred", people)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a meeting on the sidelines of the talks told before is one of its own
        ("de", "Am 23. Juni fanden in Berlin Konsultationen statt. Die polnische Delegation "
         "wurde von Staatssekretär Jan Nowak, die deutsche von Staatssekretärin Anna Berg "
         "geleitet. Am Rande der Konsultationen wurde Nowak vom Sonderbeauftragten Peter "
         "Holm zu einem Gespräch empfangen."),
        ("en", "Consultations were held in Berlin on 23 June. The Polish delegation was led by "
         "State Secretary Jan Nowak, the German delegation by State Secretary Anna Berg. On "
         "the sidelines of the consultations, Nowak was received by Special Envoy Peter "
         "Holm."),
    ],
)  # fmt: skip
def test_beside_the_talks(engine: Communique, lang: str, text: str) -> None:
    assert _events(engine, lang, text) == [
        ("meeting", "occurred", {"Jan Nowak", "Anna Berg"}),
        ("meeting", "occurred", {"Jan Nowak", "Peter Holm"}),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # one head and nobody else: no meeting of two
        ("de", "In Genf haben am Donnerstag Gespräche begonnen. Die Delegation aus Teheran "
         "leitet Vizeaußenminister Ali Karimi."),
        ("en", "Talks opened in Geneva on Thursday. The Iranian delegation is led by Deputy "
         "Foreign Minister Ali Karimi."),
        # who leads a government or a party is no delegation's head
        ("en", "Talks on a new coalition began in Berlin on Monday. The government is led by "
         "Chancellor Karl Weber and the opposition by Anna Berg."),
        # the people are told two sentences later, past a sentence of another subject
        ("de", "In Genf haben am Donnerstag Gespräche begonnen. Die Stadt ist seit Tagen "
         "abgesperrt. Die Delegationen werden von Ali Karimi und Anna Berg geleitet."),
    ],
)  # fmt: skip
def test_no_led_talks(engine: Communique, lang: str, text: str) -> None:
    assert _events(engine, lang, text) == []


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # a colleague of a state is none of another state's people, nor of another office
        ("de", "Kanzlerin Anna Winter empfing am Montag den ukrainischen Präsidenten Taras "
         "Hrynenko. Parallel kam Außenminister Konrad Fuchs mit seinem ukrainischen "
         "Amtskollegen zusammen.",
         {"Konrad Fuchs", "Ukraine"}),
        ("en", "Chancellor Anna Winter received President Taras Hrynenko on Monday. Meanwhile "
         "Foreign Minister Konrad Fuchs met his Ukrainian counterpart.",
         {"Konrad Fuchs", "Ukraine"}),
        # who a relative clause names is not at the table, nor does its verb of coming along
        # join them to the meeting told before
        ("de", "Andrij Melnyk, der Präsident Hrynenko auf der Reise begleitet, unterzeichnete "
         "mit Außenminister Konrad Fuchs ein Abkommen.", {"Andrij Melnyk", "Konrad Fuchs"}),
        ("de", "Kanzlerin Anna Winter empfing am Montag Präsident Taras Hrynenko. Ministerin "
         "Maria Berg, die Hrynenko auf der Reise begleitet, lobte das Treffen.",
         {"Anna Winter", "Taras Hrynenko"}),
        ("en", "Chancellor Anna Winter received President Taras Hrynenko on Monday. Minister "
         "Maria Berg, who accompanied Hrynenko on the trip, praised the meeting.",
         {"Anna Winter", "Taras Hrynenko"}),
    ],
)  # fmt: skip
def test_not_at_the_table(engine: Communique, lang: str, text: str, people: set[str]) -> None:
    assert _events(engine, lang, text)[-1] == ("meeting", "occurred", people)
