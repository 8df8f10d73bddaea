"""A title alone opening a text, a headline's way of naming its subject, is a mention of the
first person the text names further on with a title of that class. Texts written for these
tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("de", "Bundespräsident traf Merkel und Gauck\n\nBerlin – Bundespräsident Karl Huber hat "
         "am Donnerstag Bundeskanzlerin Angela Merkel und seinen Amtskollegen Joachim Gauck "
         "getroffen.", {"Karl Huber", "Angela Merkel", "Joachim Gauck"}),
        ("en", "Foreign Minister meets Kenyan counterpart\n\nNairobi – Foreign Minister Lena Dahl "
         "met her Kenyan counterpart Grace Wanjiru on Monday.", {"Lena Dahl", "Grace Wanjiru"}),
    ],
)  # fmt: skip
def test_a_headline_title_is_its_subject(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    record = engine.extract(text, lang=lang)
    subject = next(a for a in record.actors if a.mentions[0].start == 0)  # the headline title
    assert subject.name == next(iter(sorted(people, key=text.index)))  # named first after it
    seated = [{a.name for a in record.actors if a.id in e.participants} for e in record.events]
    assert people in seated


def test_a_titled_name_in_the_headline_is_left_alone(engine: Communique) -> None:
    text = "Foreign Minister Lena Dahl meets Wang Yi\n\nOslo – Prime Minister Eva Lind met Wang Yi."
    record = engine.extract(text, lang="en")
    head = record.events[0]
    assert {a.name for a in record.actors if a.id in head.participants} == {"Lena Dahl", "Wang Yi"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chilean President Meets With Vidal\n\nChilean President Rosa Vidal met with "
         "Ana Ruiz of Peru on Monday."),
        ("de", "Chilenische Präsidentin Trifft Sich Mit Ruiz\n\nDie chilenische Präsidentin "
         "Rosa Vidal traf am Montag Ana Ruiz aus Peru."),
    ],
)  # fmt: skip
def test_a_title_does_not_reach_across_a_headline_verb(
    engine: Communique, lang: str, text: str
) -> None:
    """ "Chilean President Meets With Ruiz": the title is not Ruiz's (nor her state)."""
    record = engine.extract(text, lang=lang, published="2025-03-10")
    ruiz = next(a for a in record.actors if a.name == "Ana Ruiz")
    assert ruiz.role is None or ruiz.role.title == ""
    assert ruiz.affiliation != "CHL"


def _seated(record: object) -> list[set[tuple[str, str | None]]]:
    out = []
    for e in record.events:  # type: ignore[attr-defined]
        people = [a for a in record.actors if a.id in e.participants]  # type: ignore[attr-defined]
        out.append({(a.name, a.affiliation) for a in people})
    return out


@pytest.mark.parametrize(
    ("lang", "text", "seated"),
    [
        # a headline names people by surname, the lead describes them: in the same order
        ("de", "Kowal trifft Huber in Wien. Wien – Der polnische Präsident ist am Montag in "
         "Wien mit dem österreichischen Bundeskanzler zusammengetroffen.",
         [{("Kowal", "POL"), ("Huber", "AUT")}]),
        ("de", "Kowal und Huber beraten über Migration. Wien – Polens Präsident und Österreichs "
         "Kanzler haben am Montag in Wien über Migration beraten.",
         [{("Kowal", "POL"), ("Huber", "AUT")}]),
        ("en", "Kowal meets Huber in Vienna\n\nVIENNA - The Polish president met the Austrian "
         "chancellor in Vienna on Monday.", [{("Kowal", "POL"), ("Huber", "AUT")}]),
        # a passive in the lead turns the order
        ("de", "Huber empfängt Kowal. Wien – Der polnische Präsident ist am Montag vom "
         "österreichischen Bundeskanzler empfangen worden.",
         [{("Kowal", "POL"), ("Huber", "AUT")}]),
        ("en", "Huber meets Kowal\n\nVIENNA - The Polish president was welcomed by the "
         "Austrian chancellor in Vienna on Monday.", [{("Kowal", "POL"), ("Huber", "AUT")}]),
        # not a description of them: a possessive title, or more titles than people
        ("en", "Berg Says in Early Talks with Kowal\n\nOSLO - The company is in early talks "
         "with the network, its chairman said on Tuesday.", []),
        ("de", "Kowal trifft Huber in Wien. Wien – Der polnische Präsident hat am Montag in Wien "
         "den österreichischen Bundeskanzler und den Außenminister getroffen.", []),
    ],
)  # fmt: skip
def test_headline_surnames_described_in_the_lead(
    engine: Communique, lang: str, text: str, seated: list[set[tuple[str, str | None]]]
) -> None:
    record = engine.extract(text, lang=lang, published="2026-03-04")
    assert _seated(record) == seated


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zhou Jiaming Holds Talks with Peruvian Foreign Minister Elsa Rivas\n\nForeign Minister "
         "Zhou Jiaming held talks with Peruvian Foreign Minister Elsa Rivas in Beijing.",
         "Zhou Jiaming"),
        ("Karin Lund Hosts Chilean Counterpart Elsa Rivas\n\nForeign Minister Karin Lund hosted "
         "Chilean Foreign Minister Elsa Rivas in Oslo.", "Karin Lund"),
    ],
)  # fmt: skip
def test_a_capitalised_headline_verb_ends_the_name_before_it(
    engine: Communique, text: str, name: str
) -> None:
    record = engine.extract(text, lang="en")
    assert sorted(a.name for a in record.actors if a.kind == "person") == ["Elsa Rivas", name]
    assert len(record.events) == 1


def test_a_headline_preposition_before_a_place_is_no_surname(engine: Communique) -> None:
    text = (
        "Turkmen Leader In Tashkent For Delayed State Visit\n\nTurkmen President Dovlet Annayev "
        "has held talks in Tashkent with his Uzbek counterpart, Bakhtiyor Tursunov."
    )
    record = engine.extract(text, lang="en")
    assert sorted(a.name for a in record.actors if a.kind == "person") == [
        "Bakhtiyor Tursunov",
        "Dovlet Annayev",
    ]
    # a function word after a title is still a surname where no place follows
    record = engine.extract(
        "Vice Premier He Liping met Secretary Daniel Koch in Geneva.", lang="en"
    )
    assert sorted(a.name for a in record.actors if a.kind == "person") == [
        "Daniel Koch",
        "He Liping",
    ]
