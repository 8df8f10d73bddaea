"""Capitalised words that are no person: runs of dictionary words with no first name among
them (portfolios listed after a title), compounds headed by a building's or body's noun, a
single word right after the preposition that opens a sentence. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2026-03-03"


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("en", "Secretary of State Eleanor Brown held a phone call today with the Moroccan "
         "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Karim "
         "Tazi.", {"Eleanor Brown", "Karim Tazi"}),
        ("en", "On Tuesday, Ellery met Prime Minister Frantz Ducasse, together with the Minister "
         "of Agriculture, Natural Resources and Rural Development, Jean-Marc Pierre.",
         {"Ellery", "Frantz Ducasse", "Jean-Marc Pierre"}),
        # the rest of a portfolio after "of" that the title list ends early
        ("en", "Hessa Al Ketbi, the Minister of Climate Change and Environment, met Anna Berg.",
         {"Hessa Al Ketbi", "Anna Berg"}),
        ("en", "Anna Berg is scheduled to meet Iraq's Minister of Water Resources, Haider "
         "al-Saadi, on Thursday.", {"Anna Berg", "Haider al-Saadi"}),
        # an ambassador's full title
        ("en", "The Secretary-General received the Ambassador Extraordinary and Plenipotentiary "
         "of Iran, Reza Tabar.", {"Reza Tabar"}),
        ("de", "Der Generalsekretär empfing den Außerordentlichen und Bevollmächtigten "
         "Botschafter Irans, Reza Tabar.", {"Reza Tabar"}),
        # a compound headed by a building's noun
        ("de", "Am Morgen waren die Senatoren mit Ausschussvorsitzendem Konstantin Wehrle zu "
         "einem Frühstück im Paul-Löbe-Haus zusammengekommen.", {"Konstantin Wehrle"}),
        # a sentence that opens on a place the gazetteer does not know
        ("de", "In Posen empfing der Marschall der Woiwodschaft, Marek Przybylski, die Gäste "
         "aus Hessen.", {"Marek Przybylski"}),
        # the rest of a portfolio's name after a place a title is of
        ("en", "The delegation included the Director of Asia-Pacific Affairs at the Ministry "
         "of Foreign Affairs, Mr Rodrigo Fuentes Lira, who met Prime Minister Frantz Ducasse.",
         {"Rodrigo Fuentes Lira", "Frantz Ducasse"}),
        # an item of a portfolio's list between commas and "and"
        ("en", "The talks were followed by a working lunch with Brazil's Minister of "
         "Development, Industry and Trade, Cristina Paiva, and Foreign Minister Rodrigo Lins.",
         {"Cristina Paiva", "Rodrigo Lins"}),
        # a byline's reporters are page furniture, no people of the text
        ("en", "Ministers meet in Brasilia\n\nBy Ana Luiza Prado and Tomás Berardi\n\n"
         "BRASILIA (Reuters) - Foreign Minister Rodrigo Lins met Foreign Minister Lucía Sosa.",
         {"Rodrigo Lins", "Lucía Sosa"}),
        ("en", "Ministers meet in Hanoi\n\nNur Aisyah Rahman\nRegional Correspondent\n\nHANOI - "
         "Foreign Minister Rodrigo Lins met Foreign Minister Lucía Sosa.",
         {"Rodrigo Lins", "Lucía Sosa"}),
        ("en", "Ministers meet\n\nBy political reporter Jess McAllister-Reid\n\nForeign Minister "
         "Rodrigo Lins met Foreign Minister Lucía Sosa.", {"Rodrigo Lins", "Lucía Sosa"}),
        ("en", "Ministers meet\n\nPublished: April 28, 2026\nSana Rafiq, Senior Reporter\n\n"
         "Foreign Minister Rodrigo Lins met Foreign Minister Lucía Sosa.",
         {"Rodrigo Lins", "Lucía Sosa"}),
        # dotted initials glued together open the name; a body's head is no name
        ("en", "Foreign Minister Lucía Sosa held talks with External Affairs Minister P.R. "
         "Raghavan and with officials of the General Directorate of Residency.",
         {"Lucía Sosa", "P.R. Raghavan"}),
        # a portfolio's last word after a title ending in its portfolio word
        ("en", "The visit builds on talks in March between the Minister for Trade Policy and "
         "India's Commerce Secretary, Arvind Pillai.", {"Arvind Pillai"}),
        # a surname as a modifier after "the"
        ("en", "Officials welcome the second term for President Bush. Meeting in Moscow, Italian "
         "prime Minister Silvio Berlusconi and Russian President Vladimir Putin said they "
         "welcome the Bush win.", {"Silvio Berlusconi", "Vladimir Putin"}),
        ("de", "Minister treffen sich in Kiel\n\nVon Malte Brodersen\n\nKiel. Ministerin Anna "
         "Berg traf am Montag Minister Lars Holm.", {"Anna Berg", "Lars Holm"}),
        # a surname that is a word and a verb's form ends a name only in a headline
        ("en", "Brazilian Vice President Henrique Albuquerque Lins at the Jaburu Palace received "
         "Foreign Minister Lucía Sosa.", {"Henrique Albuquerque Lins", "Lucía Sosa"}),
        # a name after a title's chain of bodies ("of the Ministry of Foreign Affairs")
        ("en", "Mr. Takemura held consultations with State Secretary of the Ministry of Foreign "
         "Affairs Tsogtbaatar Nomin on consular matters.", {"Takemura", "Tsogtbaatar Nomin"}),
        ("en", "Earlier in the day, Imamura met South Africa's Minister of International "
         "Relations and Cooperation Lwazi Ngcobo.", {"Imamura", "Lwazi Ngcobo"}),
        # a first name makes a person, though both words are in the dictionary
        ("en", "Foreign Secretary Jack Straw met Prime Minister Frantz Ducasse in London.",
         {"Jack Straw", "Frantz Ducasse"}),
        # a place's name that opens a double surname after a name's word is the surname's
        ("en", "Kuwait's Foreign Minister Fahad Mutairi met the Philippines' Secretary of "
         "Foreign Affairs Maria Luisa G. Santiago-Reyes on Monday.",
         {"Fahad Mutairi", "Maria Luisa G. Santiago-Reyes"}),
        # a title in lower case with its portfolio in lower case, as newspapers write it
        ("en", "It was co-chaired by minister of international relations and trade Penda "
         "Nangolo-Shikongo and minister of defence Onkemetse D. Sebego.",
         {"Penda Nangolo-Shikongo", "Onkemetse D. Sebego"}),
        # a structure's noun heads a place's name
        ("en", "Foreign Minister Ana Tembe will hold talks with Regional Commissioner Ms Rehema "
         "Nguvu on trade at the Unity Bridge and at the Mtwara Port.",
         {"Ana Tembe", "Rehema Nguvu"}),
    ],
)  # fmt: skip
def test_dictionary_words_are_no_person(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert {a.name for a in record.actors if a.kind == "person"} == people


@pytest.mark.parametrize(
    ("lang", "text", "people", "title"),
    [
        # the head that closes a place's or body's name after a title is not the name's
        ("en", "Mayor Park Jae-hyun met with Governor of Fukuoka Prefecture Haruki Mizuno at "
         "City Hall.", {"Park Jae-hyun", "Haruki Mizuno"}, ("Haruki Mizuno", "Governor")),
        ("en", "Mayor Park Jae-hyun will meet Chairman of the Da Nang City People's Committee "
         "Nguyen Van Thanh.", {"Park Jae-hyun", "Nguyen Van Thanh"},
         ("Nguyen Van Thanh", "Chairman")),
        ("en", "For inquiries, contact the Mayor's office: Busan Metropolitan City. Mayor Park "
         "Jae-hyun met Governor Haruki Mizuno.", {"Park Jae-hyun", "Haruki Mizuno"},
         ("Park Jae-hyun", "Mayor")),
        # ... also after a bare "of" ("Speaker of Parliament")
        ("en", "Speaker of Parliament Anna Kivi met with Levan Beridze, Speaker of the "
         "Georgian Parliament.", {"Anna Kivi", "Levan Beridze"}, ("Anna Kivi", "Speaker")),
        # a vice mayor's title, its portfolio after it
        ("en", "Vice Mayor for Economic Affairs Kim Soo-jin also met Governor Haruki Mizuno.",
         {"Kim Soo-jin", "Haruki Mizuno"}, ("Kim Soo-jin", "Vice Mayor")),
    ],
)  # fmt: skip
def test_a_head_closing_a_name_is_no_person(
    engine: Communique, lang: str, text: str, people: set[str], title: tuple[str, str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert {a.name for a in record.actors if a.kind == "person"} == people
    titles = {a.name: a.role.title if a.role else None for a in record.actors}
    assert titles[title[0]] == title[1]
