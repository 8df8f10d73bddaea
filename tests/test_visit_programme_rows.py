"""A visit's programme as press offices and news tell it: a pronoun object before its
subject ("empfing ihn Ministerin X"), a greeting, a briefing, an interlocutor named after a
talk that names nobody, credentials presented, invitations to a visit, "die beiden" after a
meeting called off or a walk together, a call that also briefed, a surname written first and
named alone later, a headline title before a surname. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2025-03-18"


def _events(engine: Communique, lang: str, text: str) -> list[tuple[str, str, set[str]]]:
    return event_rows(engine, lang, text, PUBLISHED)


@pytest.mark.parametrize(
    ("lang", "text", "events"),
    [
        # an object pronoun before the subject, and a greeting with one
        ("de", "Innenminister Karim Alaoui ist in Berlin. Am Dienstag empfing ihn "
         "Bundesinnenministerin Anna Fuchs.",
         [("meeting", "occurred", {"Karim Alaoui", "Anna Fuchs"})]),
        ("de", "Innenminister Karim Alaoui ist in Berlin. Am Vormittag begrüßte ihn "
         "Bundesinnenministerin Anna Fuchs im Ministerium.",
         [("meeting", "occurred", {"Karim Alaoui", "Anna Fuchs"})]),
        # a colleague after a description of the one it is relative to
        ("de", "Bundesinnenministerin Anna Fuchs empfing den marokkanischen Innenminister Karim "
         "Alaoui. Zum Abschluss unterzeichneten die Bundesinnenministerin und ihr "
         "marokkanischer Amtskollege eine Absichtserklärung.",
         [("meeting", "occurred", {"Anna Fuchs", "Karim Alaoui"})]),
        # a briefing by the person an apposition names after the opening noun phrase
        ("de", "Der Kommandant der Operation, Generalmajor Friedrich Sommer, informierte "
         "Verteidigungsministerin Claudia Berg über die Lage im Land.",
         [("meeting", "occurred", {"Friedrich Sommer", "Claudia Berg"})]),
        # ... but who is told about a meeting was not at it
        ("de", "Außenminister Sergej Lawrow traf John Kerry in Wien. Lawrow informierte auch "
         "Außenminister Ali Karimi über das Treffen.",
         [("meeting", "occurred", {"Sergej Lawrow", "John Kerry"})]),
        # a talk that names nobody, then its interlocutor: the protagonist's meeting
        ("de", "Verteidigungsministerin Claudia Berg hat Bosnien und Herzegowina besucht. Am "
         "Nachmittag folgte ein Arbeitsgespräch im Verteidigungsministerium in Sarajevo. "
         "Gesprächspartner war Verteidigungsminister Adnan Hadžić; auf österreichischer Seite "
         "nahm auch Botschafter Ulrich Pammer teil.",
         [("meeting", "occurred", {"Claudia Berg", "Adnan Hadžić", "Ulrich Pammer"})]),
        # credentials presented
        ("en", "Ambassador Maria Lopez of Chile presented her credentials to President Karl "
         "Huber on Tuesday.", [("meeting", "occurred", {"Maria Lopez", "Karl Huber"})]),
        ("ru", "Посол Чили Мария Лопес вручила верительные грамоты президенту России Владимиру "
         "Путину.", [("meeting", "occurred", {"Мария Лопес", "Владимир Путин"})]),
        # an invitation to a visit is a meeting to come
        ("de", "Präsident Martin Šimko lud Bundespräsident Karl Huber zu einem Staatsbesuch nach "
         "Bratislava ein.", [("meeting", "planned", {"Martin Šimko", "Karl Huber"})]),
        ("en", "President Martin Simko invited President Karl Huber to pay a state visit to "
         "Slovakia.", [("meeting", "planned", {"Martin Simko", "Karl Huber"})]),
        # "die beiden" after a meeting called off, after the verb of a walk together
        ("de", "Ein für Mittwoch geplantes Treffen von Staatssekretärin Anna Berg mit "
         "Staatssekretär Jan Brand wurde abgesagt. Die beiden telefonierten stattdessen am "
         "Dienstagabend.",
         [("meeting", "cancelled", {"Anna Berg", "Jan Brand"}),
          ("call", "occurred", {"Anna Berg", "Jan Brand"})]),
        ("de", "Verteidigungsminister Torsten Stein besuchte Litauen. Neben ihm geht seine "
         "litauische Amtskollegin Rasa Jankauskienė. Im Anschluss zogen sich die beiden zu "
         "einem Gespräch zurück.",
         [("meeting", "occurred", {"Torsten Stein", "Rasa Jankauskienė"})]),
        # a briefing in a call is the call; an agreement to go on in person is to come
        ("de", "Bundeskanzler Karl Vogel hat heute mit Premierminister Kenji Morimoto "
         "telefoniert. Morimoto unterrichtete den Bundeskanzler über die Pläne seiner "
         "Regierung. Beide vereinbarten, ihr Gespräch im Herbst persönlich "
         "fortzusetzen.",
         [("call", "occurred", {"Karl Vogel", "Kenji Morimoto"}),
          ("meeting", "planned", {"Karl Vogel", "Kenji Morimoto"})]),
        # a surname written first, named alone later
        ("en", "Foreign Minister Ong Kah Seng visited Ankara on Monday. On Tuesday, Minister "
         "Ong called on President Ahmet Karaca.",
         [("meeting", "occurred", {"Ong Kah Seng", "Ahmet Karaca"})]),
        # a headline's title before a surname is that person's
        ("de", "Bundespräsident Stelzhammer nimmt Beglaubigungsschreiben entgegen\n\n"
         "Bundespräsident Wolfgang Stelzhammer hat heute das Beglaubigungsschreiben von "
         "Botschafter Zhao Wenbo entgegengenommen. Am Nachmittag telefonierte der "
         "Bundespräsident mit dem Präsidenten der Slowakischen Republik, Martin Šimko.",
         [("meeting", "occurred", {"Wolfgang Stelzhammer", "Zhao Wenbo"}),
          ("call", "occurred", {"Wolfgang Stelzhammer", "Martin Šimko"})]),
        # a patronymic particle inside a name; "had a brief interaction with"
        ("en", "Separately, Foreign Minister Nadeem Rana had a brief interaction with Foreign "
         "Minister Elnur Rasim oglu Mammadli.",
         [("meeting", "occurred", {"Nadeem Rana", "Elnur Rasim oglu Mammadli"})]),
        # Malaysian honorifics and "Md." before a name
        ("en", "Minister Hisham Abdel-Meguid received a call from the Foreign Minister of "
         "Malaysia, Dato' Seri Mohamad Haziq bin Abdul Rahman.",
         [("call", "occurred", {"Hisham Abdel-Meguid", "Mohamad Haziq bin Abdul Rahman"})]),
        ("en", "Foreign Minister Nadeem Rana met Md. Rafiqul Alam Chowdhury, Foreign Adviser of "
         "Bangladesh, in Istanbul.",
         [("meeting", "occurred", {"Nadeem Rana", "Rafiqul Alam Chowdhury"})]),
        # a meeting called impossible is denied
        ("en", "Kremlin spokesman Yuri Gavrilenko said a meeting between President Anatoly "
         "Serov and President Maksym Hordiienko was \"not possible at this stage.\"",
         [("meeting", "denied", {"Anatoly Serov", "Maksym Hordiienko"})]),
        ("de", "Ein Treffen zwischen Präsident Anatol Serow und Präsident Maksym Hordijenko sei "
         "derzeit nicht möglich, sagte Kremlsprecher Juri Gawrilenko.",
         [("meeting", "denied", {"Anatol Serow", "Maksym Hordijenko"})]),
        # who says that someone met is not at the table
        ("en", "Ambassador Tarek El-Sayed added that Minister Hisham Abdel-Meguid also received "
         "a call from Foreign Minister Mohamad Haziq, during which the two ministers "
         "discussed bilateral relations.",
         [("call", "occurred", {"Hisham Abdel-Meguid", "Mohamad Haziq"})]),
        # "mit am Tisch saß": at the meeting told before; "ein weiteres Gespräch führte"
        # tells another talk that was held
        ("de", "Am Mittwoch traf Bürgermeister Michael Stöger den Bürgermeister von "
         "Belgrad, Dragan Milić. Ein weiteres Gespräch führte der Bürgermeister mit der "
         "Oberbürgermeisterin von Bratislava, Zuzana Hollá. Mit am Tisch saß "
         "Vizebürgermeisterin Katharina Winter, die für Klima zuständig ist.",
         [("meeting", "occurred", {"Michael Stöger", "Dragan Milić"}),
          ("meeting", "occurred", {"Michael Stöger", "Zuzana Hollá", "Katharina Winter"})]),
        # "preparations for" tells what is still to come after it, not the meeting before it
        ("en", "The Minister of State, Anna Berg, today hosted Ambassador Tom Weber for an "
         "exchange of views on the preparations for the Presidency, which Ireland will hold "
         "from July.", [("meeting", "occurred", {"Anna Berg", "Tom Weber"})]),
    ],
)  # fmt: skip
def test_visit_programme(
    engine: Communique, lang: str, text: str, events: list[tuple[str, str, set[str]]]
) -> None:
    assert _events(engine, lang, text) == events


def test_credentials_of_a_list_of_ambassadors(engine: Communique) -> None:
    text = (
        "Bundespräsident Karl Huber hat heute nacheinander die Beglaubigungsschreiben der "
        "folgenden neu akkreditierten Botschafterinnen und Botschafter entgegengenommen:\n\n"
        "– S.E. Ahmad Ismail, Botschafter von Malaysia\n"
        "– I.E. Anna Berg, Botschafterin der Republik Island\n"
    )
    assert _events(engine, "de", text) == [
        ("meeting", "occurred", {"Karl Huber", "Ahmad Ismail"}),
        ("meeting", "occurred", {"Karl Huber", "Anna Berg"}),
    ]


def test_a_call_has_no_place(engine: Communique) -> None:
    text = (
        "Berlin, 18. März 2025\n\nBundeskanzler Karl Vogel hat heute mit Premierminister Kenji "
        "Morimoto telefoniert. Morimoto unterrichtete den Bundeskanzler über die Pläne seiner "
        "Regierung."
    )
    record = engine.extract(text, lang="de")
    assert [(e.kind, e.location) for e in record.events] == [("call", None)]


def test_member_states_are_no_person(engine: Communique) -> None:
    text = "The Minister, Anna Berg, today hosted the Ambassadors of the EU Member States."
    record = engine.extract(text, lang="en")
    assert "Member States" not in [a.name for a in record.actors]


def test_the_first_of_two_surnames_is_the_same_person(engine: Communique) -> None:
    text = (
        "Präsident Quintero unter Druck\n\nPräsident Hernán Quintero Bolaños empfing am "
        "Montag Präsidentin Rocío Alcántara Medina in Bogotá. Quintero dankte ihr für die "
        "Unterstützung."
    )
    record = engine.extract(text, lang="de")
    assert [a.name for a in record.actors if a.kind == "person"] == [
        "Hernán Quintero Bolaños",
        "Rocío Alcántara Medina",
    ]


def test_a_middle_name_is_no_first_surname(engine: Communique) -> None:
    text = (
        "Bundespräsident Peter empfing Ministerin Anna Berg. Später traf Innenminister Hans "
        "Peter Doskozil die Ministerin in Wien."
    )
    assert [p for _, _, p in _events(engine, "de", text)] == [
        {"Peter", "Anna Berg"},
        {"Hans Peter Doskozil", "Anna Berg"},
    ]
