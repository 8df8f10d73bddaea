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
