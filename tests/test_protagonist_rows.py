"""Descriptions that mean the person a text is about, and titles that bind no name across
a noun phrase of their own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2025-10-09"


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # "die Präsidentin" is the visiting president, not the head of state named since
        ("de", "Die Präsidentin des Europäischen Parlaments, Liesbeth Aertsen, ist am "
         "Donnerstag zu einem Besuch in Deutschland eingetroffen. Am Morgen hatte Aertsen per "
         "Videokonferenz mit der Präsidentin der Republik Moldau, Ana Lupu, gesprochen. Am "
         "Freitag wird die Präsidentin in Frankfurt von der Präsidentin der Zentralbank, Hélène "
         "Dubois, empfangen.", {"Liesbeth Aertsen", "Hélène Dubois"}),
        ("en", "The President of the European Parliament, Liesbeth Aertsen, arrived in Germany "
         "on Thursday. In the morning Aertsen had spoken by video link with the President of "
         "Moldova, Ana Lupu. On Friday, the President will be received in Frankfurt by the "
         "Governor of the central bank, Helene Dubois.", {"Liesbeth Aertsen", "Helene Dubois"}),
        # a compound title ends in the description's noun
        ("de", "Entwicklungsministerin Anke Barzani ist nach Damaskus gereist. Am Nachmittag "
         "traf die Ministerin die Landesvertreterin des UNHCR, Amina Kessler.",
         {"Anke Barzani", "Amina Kessler"}),
        # an honorific before a name is no part of it: one person
        ("en", "President Adeyemi Okonjo on Sunday denied that he met Ibrahim Danladi Bello in "
         "London. \"The President did not meet Alhaji Danladi Bello,\" the statement said.",
         {"Adeyemi Okonjo", "Ibrahim Danladi Bello"}),
    ],
)  # fmt: skip
def test_the_description_means_the_protagonist(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert people in [p for _, _, p in event_rows(engine, lang, text, PUBLISHED)]


@pytest.mark.parametrize(
    ("lang", "text", "description"),
    [
        # another holder's title of a different rank is not the protagonist's
        ("en", "Foreign Minister Marat Zhakenov received First Vice Minister Lee Sang-min in "
         "Astana. On the same day, the First Vice Minister held consultations with Deputy "
         "Minister Aidos Nurlan.", {"Lee Sang-min", "Aidos Nurlan"}),
        ("en", "The Prime Cabinet Secretary, Dr. Amos Barasa, hosted the ambassadors in Nairobi. "
         "He was accompanied by the Principal Secretary, Ms. Rose Kamau. The Principal "
         "Secretary will travel to Abu Dhabi on Thursday for consultations with Minister Saif "
         "Al Nuaimi.", {"Rose Kamau", "Saif Al Nuaimi"}),
    ],
)  # fmt: skip
def test_a_different_title_is_not_the_protagonists(
    engine: Communique, lang: str, text: str, description: set[str]
) -> None:
    assert description in [p for _, _, p in event_rows(engine, lang, text, PUBLISHED)]


def test_a_title_binds_no_name_after_an_article_of_its_own(engine: Communique) -> None:
    text = "Am Nachmittag traf die Ministerin die Landesvertreterin des UNHCR, Amina Kessler."
    record = engine.extract(text, lang="de", published=PUBLISHED)
    assert [a.role for a in record.actors if a.name == "Amina Kessler"] == [None]
