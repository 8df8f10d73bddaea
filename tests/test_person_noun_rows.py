"""A German noun for a person that no title list knows, right before a first name, is no
part of the name ("Stadtkämmerin Carmen X", "Landesschulinspektorin Lena Y"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Am Montag traf Stadtkämmerin Carmen Fink-Nachbaur den Botschafter Peter Kowal.",
         "Carmen Fink-Nachbaur"),
        ("Am Vormittag traf Landesschulinspektorin Lena Hoyer-Gassmann Ministerpräsident Peter "
         "Kowal.", "Lena Hoyer-Gassmann"),
        # a title the lists know
        ("Am Montag traf Landesstatthalterin Carmen Fink-Nachbaur den Botschafter Peter Kowal.",
         "Carmen Fink-Nachbaur"),
        # ... after a place's adjective
        ("Zum Treffen mit Botschafter Peter Kowal kam auch die Aachener Städteregionsrätin "
         "Birgit Schlösser-Maaßen (CDU).", "Birgit Schlösser-Maaßen"),
        # a particle that ends like such a noun is none ("bin")
        ("Minister Peter Kowal telefonierte am Abend mit dem katarischen Regierungschef "
         "Mohammed bin Saleh Al-Kuwari.", "Mohammed bin Saleh Al-Kuwari"),
        # a sentence that opens with the with of a meeting verb keeps the name after it
        ("Mit der polnischen Infrastrukturministerin Agnieszka Zielińska-Broda sprach Minister "
         "Peter Kowal am Mittwochabend über Bahnen.", "Agnieszka Zielińska-Broda"),
    ],
)  # fmt: skip
def test_a_noun_for_a_person_before_a_first_name(
    engine: Communique, text: str, person: str
) -> None:
    record = engine.extract(text, lang="de", published="2025-11-17")
    names = {a.id: a.name for a in record.actors}
    assert any(person in {names[p] for p in e.participants} for e in record.events)


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # a clan name or honorific the lists do not know, then a first name
        ("en", "Khosa was accompanied by Chaudhry Nadeem Akhtar Warraich, Pakistan's Minister "
         "for Overseas Pakistanis, at the talks with Minister of State Saeed Al Kaabi.",
         "Chaudhry Nadeem Akhtar Warraich"),
        # a particle after a lone first name opens the surname, though it is a word too
        ("de", "An dem Gespräch mit Minister Peter Kowal nahm auch Botschafter Henning von "
         "Rautenfeld teil.", "Henning von Rautenfeld"),
    ],
)  # fmt: skip
def test_names_the_lists_know_in_part(
    engine: Communique, lang: str, text: str, person: str
) -> None:
    record = engine.extract(text, lang=lang, published="2025-11-17")
    assert person in {a.name for a in record.actors}
