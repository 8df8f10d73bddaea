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


@pytest.mark.parametrize(
    ("text", "people", "title"),
    [
        # an honorific inside a description; its phrase after an opening adverbial is the
        # subject, not an apposition; a portfolio goes on with "and ..."
        ("The Minister for Foreign Affairs and Regional Integration, Hon. Kwame Boakye, MP, "
         "has returned to Accra after a visit to Burkina Faso. On Tuesday, the Hon. Minister, "
         "accompanied by Ambassador Abena Darkwa, was received in audience by President Boukary "
         "Sawadogo.", {"Kwame Boakye", "Abena Darkwa", "Boukary Sawadogo"},
         "Minister for Foreign Affairs"),
    ],
)  # fmt: skip
def test_the_honourable_minister_after_an_opening_phrase(
    engine: Communique, text: str, people: set[str], title: str
) -> None:
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert people in [p for _, _, p in event_rows(engine, "en", text, PUBLISHED)]
    assert [a.role.title for a in record.actors if a.name == "Kwame Boakye" and a.role] == [title]


def test_a_headline_in_capitals_gives_no_state_by_its_visit(engine: Communique) -> None:
    text = (
        "FOREIGN MINISTER CONCLUDES WORKING VISIT TO BURKINA FASO\n\n"
        "The Minister for Foreign Affairs, Hon. Kwame Boakye, has returned to Accra."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert [a.affiliation for a in record.actors if a.name == "Kwame Boakye"] != ["BFA"]
