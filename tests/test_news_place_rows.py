"""Where news says a meeting was held: a city introduced by its description ("in the Swiss
city of Lausanne", "in der Hafenstadt Odessa", "в курортном городе Сочи"); a gathering told
twice, once by its city and once by its state; a gathering after "on the eve of" or "vor
Beginn des" is still to come; a visit to a state is told as the meeting held there, however
far apart the two are told; "the envoy" of a news report is the special representative it
names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2025-05-14"


def _places(engine: Communique, lang: str, text: str) -> list[tuple[str, str | None]]:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    return [(e.kind, e.location.name if e.location else None) for e in record.events]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Foreign Minister Anna Berg met President Vladimir Putin in the Black Sea resort "
         "of Sochi on Monday.", "Sochi"),
        ("en", "Foreign Minister Anna Berg met Foreign Minister Nurlan Bekov in the northern "
         "city of Mazar-i-Sharif on Monday.", "Mazar-i-Sharif"),
        ("en", "Foreign Minister Anna Berg met Foreign Minister Nurlan Bekov in the southern "
         "port city of Aden on Monday.", "Aden"),
        ("en", "Foreign Minister Anna Berg met Foreign Minister Nurlan Bekov in the capital, "
         "Astana, on Monday.", "Astana"),
        ("de", "Außenministerin Anna Berg traf am Montag im Schwarzmeer-Kurort Sotschi den "
         "Präsidenten Wladimir Putin.", "Sotschi"),
        ("de", "Außenministerin Anna Berg traf am Montag in der Hafenstadt Odessa den "
         "Bürgermeister Gennadij Truchanow.", "Odessa"),
        ("de", "Außenministerin Anna Berg traf am Montag im bayerischen Regensburg den "
         "Präsidenten Wladimir Putin.", "Regensburg"),
        ("ru", "Министр иностранных дел России Сергей Лавров встретился с Государственным "
         "секретарем США Джоном Керри в курортном городе Сочи.", "Сочи"),
    ],
)  # fmt: skip
def test_a_city_introduced_by_its_description(
    engine: Communique, lang: str, text: str, place: str
) -> None:
    assert _places(engine, lang, text) == [("meeting", place)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a description of a thing, not of a city, before a city's name
        ("en", "Foreign Minister Anna Berg met Foreign Minister Nurlan Bekov in the talks "
         "Astana hosted."),
        ("de", "Außenministerin Anna Berg traf am Montag in der Debatte Odessas Bürgermeister "
         "Gennadij Truchanow."),
    ],
)  # fmt: skip
def test_no_city_without_a_settlement_word(engine: Communique, lang: str, text: str) -> None:
    assert _places(engine, lang, text) == [("meeting", None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Einen Tag vor Beginn des EU-Afrika-Gipfels im maltesischen Valletta hat die "
         "Regierung am Dienstag neue Hilfsgelder beschlossen. Beim EU-Afrika-Gipfel in Malta "
         "sollen am Donnerstag die Beratungen beginnen."),
        ("en", "On the eve of the EU-Africa summit in the Maltese capital, Valletta, the "
         "government agreed new aid. The fund will be launched at the EU-Africa summit in "
         "Malta on Thursday."),
    ],
)  # fmt: skip
def test_a_gathering_still_to_come_told_twice(engine: Communique, lang: str, text: str) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert [(e.kind, e.status) for e in record.events] == [("conference", "planned")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On the eve of the G20 summit in Antalya, the ministers agreed a text."),
        ("en", "Before the opening of the G20 summit in Antalya, the ministers agreed a text.",
         ),
        ("de", "Am Vorabend des G20-Gipfels in Antalya einigten sich die Minister auf einen "
         "Text."),
    ],
)  # fmt: skip
def test_a_gathering_after_on_the_eve_of_is_planned(
    engine: Communique, lang: str, text: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert [(e.kind, e.status) for e in record.events] == [("conference", "planned")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Dissidenten während Besuchs festgenommen. Havanna – Während des Besuchs von "
         "Außenministerin Anna Berg im kommunistischen Kuba sind "
         "Dissidenten festgenommen worden. Die Polizei hielt sie stundenlang fest. Sie wurden "
         "am Abend freigelassen. Die Opposition protestierte. Die Kirche schwieg. In Havanna "
         "hatte Berg zuvor Präsident Miguel Díaz-Canel getroffen."),
        ("en", "Dissidents held during minister's visit\n\nHAVANA (Reuters) - During the visit "
         "of Foreign Minister Anna Berg to Cuba, dissidents were "
         "arrested. The police held them for hours. They were released in the evening. The "
         "opposition protested. The church was silent. In Havana, Berg had met President "
         "Miguel Díaz-Canel."),
    ],
)  # fmt: skip
def test_a_visit_is_the_meeting_held_in_its_state(engine: Communique, lang: str, text: str) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    assert [(e.kind, {names[p] for p in e.participants}) for e in record.events] == [
        ("meeting", {"Anna Berg", "Miguel Díaz-Canel"})
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bereits vor Beginn der Sitzung war Kanzler Karl Huber mit Premierministerin Anna "
         "Berg zu einem Gespräch zusammengekommen."),
        ("en", "On the eve of the summit, Chancellor Karl Huber met Prime Minister Anna Berg."),
    ],
)  # fmt: skip
def test_a_meeting_held_before_a_gathering_was_held(
    engine: Communique, lang: str, text: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    meetings = [(e.kind, e.status) for e in record.events if e.kind == "meeting"]
    assert meetings == [("meeting", "occurred")]


def test_the_envoy_is_the_special_representative(engine: Communique) -> None:
    # "the envoy" for a special representative named after the envoy's unnamed mention in
    # the lead (an ambassador's and a special representative's title describe each other)
    text = (
        "EU envoy meets Serbian, Kosovo leaders apart after joint meeting refused\n\n"
        "March 4, 2025 6:10 PM GMT+1\n\n"
        "BRUSSELS, March 4 (Reuters) - The European Union's envoy for the dialogue met the "
        "leaders of Serbia and Kosovo separately in Brussels on Tuesday, after Kosovo's prime "
        "minister refused to sit down with the Serbian president.\n\n"
        "EU Special Representative Petra Novak-Šimunić first received Serbian President Dragan "
        "Stefanović for two hours. EU foreign policy chief Joanna Lindholm joined the second "
        "half of that meeting, an official said.\n\n"
        "The envoy then held talks with Kosovo Prime Minister Arben Krasniqi in the afternoon. "
        "He told reporters afterwards that a joint meeting would have been pointless."
    )
    record = engine.extract(text, lang="en")
    names = {a.id: a.name for a in record.actors}
    rosters = [{names[p] for p in e.participants} for e in record.events]
    assert {"Petra Novak-Šimunić", "Arben Krasniqi"} in rosters


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "At a meeting of the EU interior ministers in Luxembourg on Thursday, Anna Berg "
         "and Giulia Ferraresi called for a deal. The talks went on late. On the sidelines, "
         "Berg and Ferraresi held a bilateral meeting.", "Luxembourg"),
        ("en", "Interior Minister Anna Berg met her counterparts Zoltan Bodis and Nenad "
         "Stojkovic in Belgrade on Wednesday. It was the third migration summit of the three "
         "countries. On the sidelines of the summit, Berg was also received by President "
         "Milorad Jevtic.", "Belgrade"),
        ("de", "Innenministerin Anna Berg ist am Mittwoch in Belgrad mit ihren Amtskollegen "
         "Zoltán Bódis und Nenad Stojković zusammengetroffen. Es war bereits der dritte "
         "Migrationsgipfel der drei Länder. Die Minister vereinbarten mehr Grenzstreifen. Am "
         "Rande des Gipfels wurde Berg auch von Präsident Milorad Jevtić empfangen.", "Belgrad"),
        ("ru", "Сергей Лавров принял участие в заседании Совета министров иностранных дел ОБСЕ в "
         "Вене. Министры обсудили положение в Европе. На полях заседания он провел переговоры "
         "с Анной Берг.", "Вена"),
    ],
)  # fmt: skip
def test_a_meeting_on_the_margins_is_held_where_the_gathering_is(
    engine: Communique, lang: str, text: str, place: str
) -> None:
    meetings = [p for k, p in _places(engine, lang, text) if k == "meeting"]
    assert meetings[-1] == place


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "President Daniel Kiprono on Monday hosted Prime Minister Anna Berg at State "
         "House, Nairobi, where the two leaders discussed trade.", "Nairobi"),
        ("en", "President Hamid Karzai received Foreign Minister Anna Berg at the Presidential "
         "Palace, Kabul, on Monday.", "Kabul"),
    ],
)  # fmt: skip
def test_a_venue_then_its_city(engine: Communique, lang: str, text: str, place: str) -> None:
    assert _places(engine, lang, text) == [("meeting", place)]
