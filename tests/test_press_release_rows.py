"""The phrasing of ministries' press releases: courtesy calls ("called on"), an honorific
between a title and its name, "tauschte sich mit ... aus", a visit paid in the perfect tense,
a dateline ended by a full stop or a line's end. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2025-05-14"


def _events(engine: Communique, lang: str, text: str) -> list[tuple[str, str, set[str]]]:
    return event_rows(engine, lang, text, PUBLISHED)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("en", "External Affairs Minister Ravi Menon called on President Maria Lopez of Chile "
         "on 12 March.", {"Ravi Menon", "Maria Lopez"}),
        ("en", "Ambassador Lee Min-ho called upon Governor Rita Osei in Accra.",
         {"Lee Min-ho", "Rita Osei"}),
        ("en", "Foreign Minister Ravi Menon paid a courtesy call on Governor Maria Lopez in "
         "Accra on Monday.", {"Ravi Menon", "Maria Lopez"}),
        ("de", "Der Staatssekretär im Auswärtigen Amt, Peter Schneider, tauschte sich mit der "
         "Botschafterin der Republik Korea, Kim Ji-won, über die Lage auf der koreanischen "
         "Halbinsel aus.", {"Peter Schneider", "Kim Ji-won"}),
        ("de", "Staatssekretär Peter Schneider hat sich am Montag mit Botschafterin Anna Berg "
         "über die Lage ausgetauscht.", {"Peter Schneider", "Anna Berg"}),
        ("de", "Außenministerin Maria Koch traf Botschafter Tom Berg zu einem Meinungsaustausch "
         "über die Lage in Syrien.", {"Maria Koch", "Tom Berg"}),
        ("de", "Staatssekretärin Anna Vogel stattete dem Gouverneur von Texas, Tom Price, einen "
         "Antrittsbesuch ab.", {"Anna Vogel", "Tom Price"}),
        ("de", "Staatssekretärin Anna Vogel hat Gouverneur Tom Price einen Antrittsbesuch "
         "abgestattet.", {"Anna Vogel", "Tom Price"}),
        ("de", "Staatssekretärin Anna Vogel hat am Dienstag Gouverneur Tom Price besucht.",
         {"Anna Vogel", "Tom Price"}),
    ],
)  # fmt: skip
def test_press_release_meetings(engine: Communique, lang: str, text: str, people: set[str]) -> None:
    assert _events(engine, lang, text) == [("meeting", "occurred", people)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "called on X to ...": an appeal, not a visit
        ("en", "Opposition leader Tom Hale called on Prime Minister Karl Brown to resign."),
        ("en", "Senator Jane Holt called on President Karl Huber on Monday to release the "
         "prisoners."),
        ("en", "The recall of the cars was called on Friday."),
        # people who visit together, named before the visit verb, do not meet each other
        ("en", "Crown Prince Frederik, Crown Princess Mary and Foreign Minister Lars Holm visited "
         "New York."),
        ("de", "Bundespräsident Karl Huber und Außenministerin Anna Berg haben New York besucht."),
        # "im Austausch mit": being in touch, no meeting
        ("de", "Der Verfassungsschutz ist im Austausch mit Innenminister Karl Huber."),
    ],
)  # fmt: skip
def test_no_press_release_meeting(engine: Communique, lang: str, text: str) -> None:
    assert [e for e in _events(engine, lang, text) if len(e[2]) >= 2] == []


@pytest.mark.parametrize(
    ("lang", "title", "text", "name"),
    [
        ("en", "foreign_minister", "Foreign Minister Dr. Ravi Menon met President Maria Lopez.",
         "Ravi Menon"),
        ("en", "foreign_minister", "Foreign Minister H.E. Ravi Menon met President Maria Lopez.",
         "Ravi Menon"),
        ("de", "minister", "Bundesminister Dr. Hans Huber traf am Dienstag den kroatischen "
         "Außenminister Goran Horvat in Wien.", "Hans Huber"),
    ],
)  # fmt: skip
def test_an_honorific_between_title_and_name(
    engine: Communique, lang: str, title: str, text: str, name: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    actor = next(a for a in record.actors if a.name == name)
    assert actor.role is not None and actor.role.cls == title


def test_a_sentence_end_before_an_honorific_still_parts_title_and_name(
    engine: Communique,
) -> None:
    text = "He met the Foreign Minister. Dr. Ravi Menon said it went well."
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert all(a.role is None for a in record.actors if a.name == "Ravi Menon")


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("de", "Wien, 14. Mai 2025. Außenministerin Claudia Reiter empfing heute den "
         "Außenminister der Republik Moldau, Ion Rusu, zu einem Arbeitsbesuch.", "Wien"),
        ("de", "Wien, 14. Mai 2025\nAußenministerin Claudia Reiter empfing heute den "
         "Außenminister der Republik Moldau, Ion Rusu.", "Wien"),
        ("en", "New Delhi, 3 March 2025\nExternal Affairs Minister Ravi Menon met Foreign "
         "Minister Maria Lopez of Chile today.", "New Delhi"),
    ],
)  # fmt: skip
def test_a_dateline_ended_by_a_full_stop_or_line_end(
    engine: Communique, lang: str, text: str, place: str
) -> None:
    record = engine.extract(text, lang=lang)
    assert [e.location.name if e.location else None for e in record.events] == [place]


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("de", "Berlin, 14.05.2025 – Staatsministerin Katja Fischer ist heute nach Tiflis "
         "gereist. Dort traf sie den georgischen Außenminister Giorgi Beridze.", ["Tiflis"]),
        ("en", "Foreign Secretary Jane Holt travelled to Nairobi on Monday. There she met "
         "President Samuel Kariuki.", ["Nairobi"]),
    ],
)  # fmt: skip
def test_there_is_the_place_named_before(
    engine: Communique, lang: str, text: str, places: list[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    found = [e.location.name for e in record.events if e.location and len(e.participants) >= 2]
    assert found == places


def test_a_gathering_takes_the_city_before_it_in_its_clause(engine: Communique) -> None:
    text = (
        "Auf Einladung von Außenministerin Maria Koch findet am 20. Mai in Berlin ein Treffen "
        "der Außenminister des Weimarer Dreiecks statt."
    )
    record = engine.extract(text, lang="de", published=PUBLISHED)
    assert [(e.kind, e.location.name if e.location else None) for e in record.events] == [
        ("conference", "Berlin")
    ]


def test_an_accented_first_name_and_a_particle_make_a_name(engine: Communique) -> None:
    text = (
        "Der Sonderbeauftragte der Europäischen Union für Afrika, Étienne de Saint-Rémy, traf "
        "Außenminister Ahmed Daher Bouh."
    )
    assert _events(engine, "de", text) == [
        ("meeting", "occurred", {"Étienne de Saint-Rémy", "Ahmed Daher Bouh"})
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Sonderbeauftragte Jan Berger hat Äthiopien besucht. Die Reise dauerte drei "
         "Tage. Dort traf er mit "
         "Kommissionspräsident Amadou Sy zusammen. Im Mittelpunkt stand der Sudan. Zudem führte "
         "er Gespräche mit Außenminister Mesfin Alemu."),
        ("en", "Special Envoy Jan Berger visited Ethiopia. The trip lasted three days. There he "
         "met Commission Chairperson "
         "Amadou Sy. The talks focused on Sudan. He also held talks with Foreign Minister Mesfin "
         "Alemu."),
    ],
)  # fmt: skip
def test_a_pronoun_takes_the_referent_of_the_pronoun_before(
    engine: Communique, lang: str, text: str
) -> None:
    """The sentence before names Sy first, but its subject is a pronoun for Berger, who is
    named too far back for the pronoun to reach."""
    pairs = {frozenset(p) for kind, _, p in _events(engine, lang, text) if len(p) == 2}
    assert frozenset({"Jan Berger", "Mesfin Alemu"}) in pairs
    assert frozenset({"Amadou Sy", "Mesfin Alemu"}) not in pairs


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("de", "In Dschibuti kam der Sonderbeauftragte Jan Berger am 5. Februar mit "
         "Außenminister Ahmed Bouh zusammen.", "Dschibuti"),
        ("en", "In Singapore, Special Envoy Jan Berger met Foreign Minister Lee Wei on 5 "
         "February.", "Singapore"),
    ],
)  # fmt: skip
def test_a_city_state_opening_the_sentence_is_the_place(
    engine: Communique, lang: str, text: str, place: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert [e.location.name if e.location else None for e in record.events] == [place]


def test_a_headline_visit_is_told_as_the_meetings_of_the_text(engine: Communique) -> None:
    text = (
        "Sonderbeauftragter Berger beendet Reise nach Äthiopien\n\n"
        "Der Sonderbeauftragte Jan Berger hat vom 3. bis 5. Februar Äthiopien besucht. Er hielt "
        "sich in Addis Abeba auf. Die Lage im Sudan stand im Mittelpunkt. Die Versorgung der "
        "Flüchtlinge wurde erörtert. Am 5. Februar traf er Außenminister Mesfin Alemu."
    )
    events = _events(engine, "de", text)
    assert [p for _, _, p in events] == [{"Jan Berger", "Mesfin Alemu"}]


def test_who_also_took_part_in_the_talks_joins_them(engine: Communique) -> None:
    text = (
        "Regierungschef Patrick Kranz ist am Montag in Bern mit Bundespräsidentin Regula Imhof "
        "zusammengekommen. Begleitet wurde er von Ministerin Sandra Büchel und Botschafter Lukas "
        "Negele, die ebenfalls am Gespräch teilnahmen."
    )
    assert _events(engine, "de", text) == [
        (
            "meeting",
            "occurred",
            {"Patrick Kranz", "Regula Imhof", "Sandra Büchel", "Lukas Negele"},
        )
    ]


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        ("de", "Regierungschef-Stellvertreterin Sandra Büchel traf Bundesrat Pascal Rochat.",
         "minister"),
    ],
)  # fmt: skip
def test_a_deputy_head_of_government_is_a_minister(
    engine: Communique, lang: str, text: str, role: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    actor = next(a for a in record.actors if a.name == "Sandra Büchel")
    assert actor.role is not None and actor.role.cls == role


@pytest.mark.parametrize(
    ("lang", "text", "affiliation"),
    [
        # another title of the same class names someone else: no state from it
        ("de", "Regierungschef Patrick Kranz traf Präsidentin Anna Berg. Das geplante Treffen "
         "des Regierungschefs mit dem österreichischen Bundeskanzler wurde abgesagt.", None),
        # the same title, free, refers back to the person
        ("de", "Außenminister Hans Vogel traf Präsidentin Anna Berg. Der deutsche "
         "Außenminister betonte die Partnerschaft.", "DEU"),
    ],
)  # fmt: skip
def test_a_free_title_gives_its_state_only_to_the_same_title(
    engine: Communique, lang: str, text: str, affiliation: str | None
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    first = record.actors[0]
    assert first.affiliation == affiliation


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("de", "Das geplante Treffen von Regierungschef Patrick Kranz mit dem österreichischen "
         "Bundeskanzler wurde abgesagt.", "cancelled"),
        ("de", "Regierungschef Patrick Kranz wird am Montag mit dem österreichischen "
         "Bundeskanzler zusammentreffen.", "planned"),
        ("en", "Prime Minister Patrick Kranz met the Austrian chancellor on Monday.",
         "occurred"),
    ],
)  # fmt: skip
def test_a_title_without_a_name_is_a_counterpart(
    engine: Communique, lang: str, text: str, status: str
) -> None:
    assert _events(engine, lang, text) == [("meeting", status, {"Patrick Kranz"})]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # a city's name as a second surname
        ("en", "Minister Abdullah Al Kaabi received Ambassador Fernando Ríos Pereira in Abu "
         "Dhabi today.", {"Abdullah Al Kaabi", "Fernando Ríos Pereira"}),
        # an agency dateline's double hyphen, and honorifics before a subject in apposition
        ("en", "ABU DHABI (WAM) -- H.E. Dr. Abdullah Al Kaabi, Minister of State, received "
         "Ambassador Carolina Ibarra in Abu Dhabi today.",
         {"Abdullah Al Kaabi", "Carolina Ibarra"}),
        # the sender of greetings is not at the table
        ("en", "During his meeting with President David Kariuki, Foreign Minister Arvind Menon "
         "conveyed the greetings of Prime Minister Rajesh Malhotra.",
         {"Arvind Menon", "David Kariuki"}),
        ("en", "Foreign Minister Arvind Menon met President David Kariuki on behalf of Prime "
         "Minister Rajesh Malhotra.", {"Arvind Menon", "David Kariuki"}),
        ("de", "Bei seinem Treffen mit Präsident Karl Huber übermittelte Außenminister Hans Vogel "
         "die Grüße von Bundeskanzler Jan Berg.", {"Hans Vogel", "Karl Huber"}),
        ("de", "Außenminister Hans Vogel traf im Auftrag des Bundeskanzlers Jan Berg den "
         "Präsidenten Karl Huber.", {"Hans Vogel", "Karl Huber"}),
        # in the presence of: at the meeting
        ("en", "Crown Prince Mansour Al Mualla received Undersecretary Carolina Ibarra in Abu "
         "Dhabi on Monday, in the presence of Dr. Abdullah Al Kaabi.",
         {"Mansour Al Mualla", "Carolina Ibarra", "Abdullah Al Kaabi"}),
    ],
)  # fmt: skip
def test_press_release_rosters(engine: Communique, lang: str, text: str, people: set[str]) -> None:
    assert _events(engine, lang, text) == [("meeting", "occurred", people)]


def test_the_meeting_told_further_back_takes_who_attended_it(engine: Communique) -> None:
    text = (
        "Minister Abdullah Al Kaabi received Undersecretary Carolina Ibarra in Abu Dhabi on "
        "Tuesday. During the meeting, the two sides reviewed relations. They also discussed "
        "trade. Trade reached 1.1 billion dollars in 2023. The two sides praised the ties. Both "
        "hoped for more. The meeting was attended by Ambassador Fernando Pereira."
    )
    assert _events(engine, "en", text) == [
        ("meeting", "occurred", {"Abdullah Al Kaabi", "Carolina Ibarra", "Fernando Pereira"})
    ]


def test_an_abbreviated_title_refers_to_its_holder(engine: Communique) -> None:
    text = (
        "External Affairs Minister Dr. Arvind Menon paid an official visit to Kenya. EAM called "
        "on President David Kariuki in Nairobi on 3 March."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    menon = next(a for a in record.actors if a.name == "Arvind Menon")
    assert menon.affiliation == "IND"
    assert [{names[p] for p in e.participants} for e in record.events] == [
        {"Arvind Menon", "David Kariuki"}
    ]


def test_a_title_before_a_coordinator_is_not_the_next_names(engine: Communique) -> None:
    text = (
        "EAM and H.E. Dr. Grace Otieno, Cabinet Secretary for Foreign and Diaspora Affairs of "
        "Kenya, met in Nairobi."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    otieno = next(a for a in record.actors if a.name == "Grace Otieno")
    assert otieno.affiliation == "KEN"


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # a hyphenated surname whose second part is a city's name
        ("de", "Außenministerin Theresa Leitgeb hat heute den Generalsekretär der OSZE, Rui "
         "Ferreira-Lima, empfangen.", {"Theresa Leitgeb", "Rui Ferreira-Lima"}),
        # a Korean name whose surname is a German word
        ("de", "Ministerpräsident Florian Gruber hat per Videokonferenz mit dem Gouverneur der "
         "Provinz Süd-Chungcheong, Park Min-seok, gesprochen.",
         {"Florian Gruber", "Park Min-seok"}),
    ],
)  # fmt: skip
def test_press_release_names(engine: Communique, lang: str, text: str, people: set[str]) -> None:
    assert {frozenset(p) for _, _, p in _events(engine, lang, text)} == {frozenset(people)}


def test_a_place_inside_a_double_name_is_no_place(engine: Communique) -> None:
    res = engine.resources("de")
    found = engine.knowledge.find_places("Rui Ferreira-Lima und Ost-Berlin", res.profile)
    assert [p.text for p in found] == ["Berlin"]


def test_who_joined_the_talk_told_many_sentences_back(engine: Communique) -> None:
    text = (
        "Außenministerin Theresa Leitgeb hat heute den Generalsekretär der OSZE, Rui Ferreira, "
        "empfangen. Im Zentrum der Unterredung stand das Budget. Die OSZE sei wichtig. "
        "Österreich helfe. Der Generalsekretär dankte. Die Organisation arbeite ohne Budget. "
        "Leitgeb sprach zudem einen Fall an. Sie forderte eine Freilassung. An dem Gespräch nahm "
        "auch der Leiter der Politischen Sektion, Clemens Aichinger, teil."
    )
    assert _events(engine, "de", text) == [
        ("meeting", "occurred", {"Theresa Leitgeb", "Rui Ferreira", "Clemens Aichinger"})
    ]


def test_an_article_of_another_noun_does_not_make_a_call_told_before(
    engine: Communique,
) -> None:
    text = (
        "Ministerpräsident Florian Gruber hat heute den Botschafter Lee Seung-hwan empfangen. "
        "An dem Gespräch nahm auch Ministerin Helene Raab teil. Gruber und Lee sprachen über "
        "Handel. Bereits im April hatte der Ministerpräsident per Videokonferenz mit Gouverneur "
        "Kim Do-yun gesprochen."
    )
    events = _events(engine, "de", text)
    assert ("call", "occurred", {"Florian Gruber", "Kim Do-yun"}) in events


def test_a_description_picks_the_one_whose_title_it_repeats(engine: Communique) -> None:
    """Two officials named before; "the Secretary-General" is the one so titled, not the
    spokesperson."""
    text = (
        "Highlights of the Noon Briefing by Adaeze Okafor, Spokesperson for Secretary-General "
        "Beatriz Salgado\n\nThis morning, the Secretary-General met with the Prime Minister of "
        "Somalia, Mr. Abdirahman Hassan Warsame, at UN Headquarters."
    )
    assert [p for _, _, p in _events(engine, "en", text)] == [
        {"Beatriz Salgado", "Abdirahman Hassan Warsame"}
    ]


def test_some_of_the_people_discussing_is_the_meeting_told_before(engine: Communique) -> None:
    text = (
        "This morning, Secretary-General Beatriz Salgado met with Prime Minister Abdirahman "
        "Warsame at UN Headquarters. Special Envoy Yasir al-Tayeb also attended. Salgado and "
        "Warsame discussed the security transition in Somalia."
    )
    assert _events(engine, "en", text) == [
        ("meeting", "occurred", {"Beatriz Salgado", "Abdirahman Warsame", "Yasir al-Tayeb"})
    ]


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("de", "Pressemitteilung vom 8. Oktober 2024\n\nBundespräsident Ulrich Bergmann empfängt "
         "den Präsidenten der Republik Ghana, Kwabena Asante, vom 15. bis 17. Oktober 2024 zu "
         "einem Staatsbesuch.", "planned"),
        ("en", "Release date: 8 October 2024\n\nPresident Ulrich Bergmann receives President "
         "Kwabena Asante of Ghana on 15 October 2024 for a state visit.", "planned"),
    ],
)  # fmt: skip
def test_a_press_release_line_gives_the_publication_date(
    engine: Communique, lang: str, text: str, status: str
) -> None:
    record = engine.extract(text, lang=lang)
    assert [e.status for e in record.events] == [status]


def test_a_visit_in_a_relative_clause_leaves_the_main_verb_its_tense(engine: Communique) -> None:
    text = (
        "Astana, 10 June 2025 – Foreign Minister Marat Zhaksybekov received First Vice Minister "
        "Lee Sang-woo, who is in Astana on a working visit."
    )
    assert [e.status for e in engine.extract(text, lang="en").events] == ["occurred"]


def test_bilateral_as_an_adjective_is_no_meeting(engine: Communique) -> None:
    text = (
        "Foreign Minister Marat Zhaksybekov received Vice Minister Lee Sang-woo in Astana on "
        "Monday. The parties discussed the agreements. It was noted that bilateral trade in 2024 "
        "amounted to 6.4 billion US dollars."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert [e.date.text if e.date else None for e in record.events] == ["on Monday"]


def test_company_told_after_quotes_joins_the_meeting(engine: Communique) -> None:
    text = (
        "Foreign Minister Marat Zhaksybekov received First Vice Minister Lee Sang-woo of Korea "
        'in Astana. The parties discussed trade. Trade grew. "Korea is a key partner," '
        "Zhaksybekov said. The Korean diplomat was accompanied by Ambassador Kim Hyun-joo."
    )
    assert _events(engine, "en", text) == [
        ("meeting", "occurred", {"Marat Zhaksybekov", "Lee Sang-woo", "Kim Hyun-joo"})
    ]


def test_a_description_by_the_head_of_a_longer_title(engine: Communique) -> None:
    """ "the First Vice Minister" is the one whose title is "First Vice Minister of Foreign
    Affairs", not the Minister of Foreign Affairs."""
    text = (
        "Minister of Foreign Affairs Marat Zhaksybekov received First Vice Minister of Foreign "
        "Affairs of the Republic of Korea Lee Sang-woo in Astana on Monday. On the same day, "
        "the First Vice Minister held consultations at the Ministry of Trade with Deputy "
        "Minister Aidos Nurlanuly."
    )
    pairs = {frozenset(p) for _, _, p in _events(engine, "en", text)}
    assert frozenset({"Lee Sang-woo", "Aidos Nurlanuly"}) in pairs
    assert frozenset({"Marat Zhaksybekov", "Aidos Nurlanuly"}) not in pairs


def test_a_surname_in_capitals_before_the_given_name(engine: Communique) -> None:
    text = (
        "On February 20, Mr. IWASAKI Takeshi, Minister for Foreign Affairs, held a meeting with "
        "H.E. Mr. CHO Min-jae, Minister of Foreign Affairs of the Republic of Korea. Minister "
        "Iwasaki welcomed the talks."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert sorted(a.name for a in record.actors) == ["CHO Min-jae", "IWASAKI Takeshi"]
    assert [e.kind for e in record.events] == ["meeting"]


def test_an_acronym_before_a_name_is_no_surname(engine: Communique) -> None:
    text = "Minister Anna Berg met Generalsekretär ABCD Karl Huber in Wien."
    record = engine.extract(text, lang="de", published=PUBLISHED)
    assert "Karl Huber" in {a.name for a in record.actors}


def test_a_named_gathering_held_with_a_person_is_a_meeting(engine: Communique) -> None:
    text = (
        "Minister Hiroshi Iwasaki held a Japan-ROK Foreign Ministers' Meeting with H.E. Mr. Cho "
        "Min-jae, Minister of Foreign Affairs of the Republic of Korea, on February 20."
    )
    assert _events(engine, "en", text) == [
        ("meeting", "occurred", {"Hiroshi Iwasaki", "Cho Min-jae"})
    ]


def test_a_meeting_noun_with_a_new_counterpart_is_a_meeting_of_its_own(
    engine: Communique,
) -> None:
    text = (
        "Bundesrätin Martina Wagner traf in Genf den ukrainischen Aussenminister Ostap Levchenko. "
        "Die Begegnung mit dem Staatsminister im kambodschanischen Aussenministerium, Sok "
        "Vannarith, stand im Zeichen der Zusammenarbeit."
    )
    pairs = {frozenset(p) for _, _, p in _events(engine, "de", text)}
    assert pairs == {
        frozenset({"Martina Wagner", "Ostap Levchenko"}),
        frozenset({"Martina Wagner", "Sok Vannarith"}),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Bundesrätin Martina Wagner war in Genf. Mit der kolumbianischen Aussenministerin Laura "
        "Restrepo tauschte sich die Bundesrätin über den Friedensprozess aus.",
        "Bundesrätin Martina Wagner, Vorsteherin des EDA, war in Genf. Mit der kolumbianischen "
        "Aussenministerin Laura Restrepo tauschte sich die Vorsteherin des EDA über den "
        "Friedensprozess und die Hilfe für Minenopfer in ländlichen Regionen aus.",
    ],
)
def test_a_description_after_an_inverted_verb_is_its_subject(engine: Communique, text: str) -> None:
    assert _events(engine, "de", text) == [
        ("meeting", "occurred", {"Martina Wagner", "Laura Restrepo"})
    ]


def test_an_office_in_apposition_makes_a_generic_title_particular(engine: Communique) -> None:
    text = "Bundesrätin Martina Wagner, Vorsteherin des EDA, traf Aussenminister Ostap Levchenko."
    record = engine.extract(text, lang="de", published=PUBLISHED)
    wagner = next(a for a in record.actors if a.name == "Martina Wagner")
    assert wagner.role is not None and wagner.role.cls == "foreign_minister"


def test_a_meeting_noun_refers_to_the_pair_named_before(engine: Communique) -> None:
    text = (
        "Darauf verständigten sich Bundesinnenministerin Claudia Wenzel und ihr türkischer "
        "Amtskollege Mustafa Aydin am Donnerstag in Ankara. Nach Angaben aus Delegationskreisen "
        "ging es bei dem rund zweistündigen Gespräch auch um Rückführungen."
    )
    record = engine.extract(text, lang="de", published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    assert [
        (e.status, {names[p] for p in e.participants}, e.location.name if e.location else None)
        for e in record.events
    ] == [("occurred", {"Claudia Wenzel", "Mustafa Aydin"}, "Ankara")]


def test_a_call_after_the_meeting_noun_stays_a_call(engine: Communique) -> None:
    text = (
        "Außenminister Sergej Lawrow traf am Montag in Wien US-Außenminister John Kerry. "
        "Nach dem weitgehend ergebnislosen Treffen mit John Kerry setzten die beiden Minister "
        "ihre Beratungen am Dienstag telefonisch fort."
    )
    assert [k for k, _, _ in _events(engine, "de", text)] == ["meeting", "call"]


def test_a_denied_meeting_told_by_the_visit_is_not_the_visits(engine: Communique) -> None:
    text = (
        "Bundesinnenministerin Claudia Wenzel traf am Donnerstag in Ankara Innenminister Mustafa "
        "Aydin. Berichte, wonach Wenzel am Rande des Besuchs auch mit Geheimdienstchef Kemal "
        "Özkan zusammengetroffen sei, dementierte das Ministerium."
    )
    assert sorted((s, sorted(p)) for _, s, p in _events(engine, "de", text)) == [
        ("denied", ["Claudia Wenzel", "Kemal Özkan"]),
        ("occurred", ["Claudia Wenzel", "Mustafa Aydin"]),
    ]


def test_a_german_clause_closing_participle_sets_the_status(engine: Communique) -> None:
    text = (
        "Staatssekretärin Dilek Aydin traf heute Ministerin Wanjiru Kamau. Zum Abschluss der "
        "Reise ist am Mittwoch in Nairobi ein Treffen mit der Exekutivdirektorin des "
        "Umweltprogramms der Vereinten Nationen (UNEP), Ingrid Solberg, geplant."
    )
    events = _events(engine, "de", text)
    assert ("meeting", "planned", {"Dilek Aydin", "Ingrid Solberg"}) in events


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a call has no place, and a gathering ahead of it is not its status
        ("en", "Today I, Foreign Minister Helen Whitfield, spoke by phone with Indonesia's "
         "Minister for Foreign Affairs, Dr Bayu Santoso, ahead of the Indonesia-Australia Annual "
         "Leaders' Meeting in Jakarta next month.",
         [("call", "occurred", None)]),
        ("de", "Außenministerin Anna Berg telefonierte am Montag mit dem indonesischen "
         "Außenminister Budi Santoso im Vorfeld des Gipfeltreffens in Jakarta im März.",
         [("call", "occurred", None)]),
        # "also spoke with" after a call is a call
        ("en", "Foreign Minister Helen Whitfield spoke by phone with Foreign Minister Bayu "
         "Santoso on Monday. Earlier that day she also spoke with Foreign Minister Tane Harris "
         "about the Pacific.",
         [("call", "occurred", None), ("call", "occurred", None)]),
    ],
)  # fmt: skip
def test_calls_in_press_releases(
    engine: Communique, lang: str, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert [
        (e.kind, e.status, e.location.name if e.location else None)
        for e in record.events
        if e.kind != "conference"  # the gathering ahead may be one of its own
    ] == expected


def test_secretary_before_a_name_is_a_title(engine: Communique) -> None:
    """ "Secretary Villanueva": a title, whatever the name (Villanueva is also a town)."""
    text = (
        "In Manila on 20 March, Minister Catherine Price called on Secretary of Foreign Affairs "
        "Ramon D. Villanueva. The visit follows a phone call with Secretary Villanueva in "
        "January."
    )
    record = engine.extract(text, lang="en", published="2025-03-22")
    assert sorted(a.name for a in record.actors) == ["Catherine Price", "Ramon D. Villanueva"]


def test_ahead_of_tells_the_status_of_what_follows_it(engine: Communique) -> None:
    text = (
        "Minister Anna Price met President Karl Huber. The visit follows a phone call of Price "
        "with Secretary Ramon Villanueva in January, and comes ahead of a visit to London in "
        "May."
    )
    record = engine.extract(text, lang="en", published="2025-03-22")
    calls = [e for e in record.events if e.kind == "call"]
    assert [e.status for e in calls] == ["occurred"]


def test_a_date_in_a_relative_clause_about_a_thing_is_not_the_meetings(
    engine: Communique,
) -> None:
    text = (
        "Deputy Secretary John Harlow met today with Foreign Minister Maria de la Fuente in "
        "Washington. The Deputy Secretary and Foreign Minister de la Fuente discussed ways to "
        "expand bilateral trade, which exceeded $4.2 billion in 2024, and cooperation."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert [e.date.text if e.date else None for e in record.events] == ["today"]


def test_a_headline_meeting_of_some_of_the_bodys_people_is_that_meeting(
    engine: Communique,
) -> None:
    text = (
        "Armenia: High Representative/Vice-President Solberg meets Foreign Minister Hovsepyan\n\n"
        "Brussels, 28 January 2025\n\nHigh Representative/Vice-President Ingrid Solberg today "
        "received the Minister of Foreign Affairs of Armenia, Ararat Hovsepyan, in Brussels. Also "
        "present was the Ambassador of Armenia to the European Union, Dr Lilit Sargsyan."
    )
    record = engine.extract(text, lang="en")
    names = {a.id: a.name for a in record.actors}
    assert [{names[p] for p in e.participants} for e in record.events] == [
        {"Ingrid Solberg", "Ararat Hovsepyan", "Lilit Sargsyan"}
    ]
    solberg = next(a for a in record.actors if a.name == "Ingrid Solberg")
    assert solberg.role is not None and solberg.role.cls == "igo_leader"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a plural pronoun for two people named together: they visit a place together
        ("de", "In einem Aspekt sind der Abgeordnete Stefano Dambruoso und der Forscher Lorenzo "
         "Vidino einer Meinung. Sie besuchen die gleichen Schulen wie unsere Kinder, sagt "
         "Dambruoso."),
        # a first name that is also a word does not open a name with a particle
        ("de", "Innenministerin Johanna Mikl-Leitner traf Minister Hans Doskozil. Die Art von "
         "Mikl-Leitner gefiel nicht allen."),
    ],
)  # fmt: skip
def test_no_meeting_of_people_named_together(engine: Communique, lang: str, text: str) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert all(len(e.participants) <= 2 for e in record.events)
    assert not any(a.name.startswith("Art ") for a in record.actors)
    assert not any(
        {"Stefano Dambruoso", "Lorenzo Vidino"}
        <= {a.name for a in record.actors if a.id in e.participants}
        for e in record.events
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Senior officials from the Republic of Chad and the Central African Republic met "
         "at the African Union Commission headquarters in Addis Ababa on Monday."),
        ("de", "Vertreter aus dem Tschad und der Zentralafrikanischen Republik trafen sich am "
         "Montag in Addis Abeba."),
    ],
)  # fmt: skip
def test_states_listed_after_officials_from_are_the_sides(
    engine: Communique, lang: str, text: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    names = {a.id: a.affiliation for a in record.actors}
    assert [{names[p] for p in e.participants} for e in record.events] == [{"TCD", "CAF"}]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Asked about media reports that Secretary-General Beatriz Salgado had met with the "
         "former President of Guinea-Bissau, Domingos Correia, in Lisbon last week, the "
         "Spokesperson said: \"There was no such meeting. The Secretary-General was in New "
         "York all week.\""),
        ("de", "Berichten zufolge traf Innenministerin Claudia Wenzel in Ankara Geheimdienstchef "
         "Kemal Özkan. Ein solches Treffen habe es nicht gegeben, sagte ein Sprecher."),
    ],
)  # fmt: skip
def test_no_such_meeting_denies_the_one_told(engine: Communique, lang: str, text: str) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert [e.status for e in record.events] == ["denied"]


@pytest.mark.parametrize(
    "text",
    [
        "Bundesaußenministerin Friederike von der Heydt ist nach Zagreb gereist. Am Vormittag "
        "traf sie Außenminister Davor Kovac. Am Nachmittag traf von der Heydt Vertreter der "
        "kroatischen Zivilgesellschaft.",
        "Bundesaußenministerin Friederike von der Heydt ist nach Zagreb gereist. Am Vormittag "
        "traf sie Außenminister Davor Kovac. Am Nachmittag tauschte sich von der Heydt mit "
        "Vertreterinnen und Vertretern der kroatischen Zivilgesellschaft aus.",
    ],
)
def test_a_meeting_with_unnamed_people_after_a_named_one(engine: Communique, text: str) -> None:
    """The subject after a German verb, then a group the text does not name: a meeting of its
    own, not a visit the named meeting tells."""
    events = _events(engine, "de", text)
    assert sorted(sorted(p) for _, _, p in events) == [
        ["Davor Kovac", "Friederike von der Heydt"],
        ["Friederike von der Heydt"],
    ]


def test_a_headline_telling_with_an_unnamed_counterpart(engine: Communique) -> None:
    text = (
        "О встрече заместителя Министра иностранных дел России А.Н.Ковалева с Послом Индонезии\n\n"
        "5 февраля заместитель Министра иностранных дел Российской Федерации А.Н.Ковалев принял "
        "Чрезвычайного и Полномочного Посла Республики Индонезия Б.Сетиавана."
    )
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    assert len([e for e in record.events if e.kind == "meeting"]) == 1


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("en", "President Daniel Kiprono hosted Prime Minister Anna Berg at State House on "
         "Monday. Ms Berg, who arrived in the country on Sunday night, was accompanied by "
         "Foreign Minister Karl Huber.", {"Daniel Kiprono", "Anna Berg", "Karl Huber"}),
        ("de", "Präsident Daniel Kiprono empfing am Montag Premierministerin Anna Berg. Berg, "
         "die am Sonntagabend in Nairobi eingetroffen war, wurde von Außenminister Karl Huber "
         "begleitet.", {"Daniel Kiprono", "Anna Berg", "Karl Huber"}),
    ],
)  # fmt: skip
def test_company_told_beside_a_partys_arrival(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    """A sentence whose only meeting word is a party's own arrival tells no other meeting:
    who came along with that party sat at the meeting told before."""
    assert _events(engine, lang, text) == [("meeting", "occurred", people)]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("de", "Deutscher Bundestag – Pressemitteilung\n\nBundestagspräsidentin empfängt "
         "Parlamentspräsidenten aus Moldau\n\nBerlin, 4. Dezember 2024\n\nBundestagspräsidentin "
         "Anna Berg hat am Dienstag den Präsidenten des Parlaments der Republik Moldau, Vasile "
         "Ceban, empfangen.", {"Anna Berg", "Vasile Ceban"}),
        ("en", "PRESS RELEASE\n\nSpeaker receives President of the Parliament of Moldova\n\n"
         "4 December 2024\n\nSpeaker Anna Berg received the President of the Parliament of "
         "Moldova, Vasile Ceban, on Tuesday.", {"Anna Berg", "Vasile Ceban"}),
    ],
)  # fmt: skip
def test_a_headline_after_a_title_line_is_the_headline(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    """An issuer's line over the headline ("Deutscher Bundestag – Pressemitteilung") leaves
    the headline's present tense telling the meeting the body reports, not one to come."""
    assert _events(engine, lang, text) == [("meeting", "occurred", people)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Vice Minister Park Seo-yeon held the 7th Korea-Uzbekistan Policy Consultation with "
         "Deputy Minister Dilshod Usmonov in Seoul on Monday.",
         {"Park Seo-yeon", "Dilshod Usmonov"}),
        ("Foreign Minister Anna Berg and Secretary of State Tom Lind co-chaired the "
         "US-Germany Strategic Dialogue in Washington on Monday.", {"Anna Berg", "Tom Lind"}),
    ],
)  # fmt: skip
def test_a_named_consultation_is_a_meeting(engine: Communique, text: str, people: set[str]) -> None:
    assert _events(engine, "en", text) == [("meeting", "occurred", people)]


def test_a_name_after_an_ambassadors_posting(engine: Communique) -> None:
    """ "Ambassador of X to Y Name": the state of posting belongs to the title."""
    text = "The delegation included Ambassador of Kenya to Japan Wambui Otieno."
    record = engine.extract(text, lang="en", published=PUBLISHED)
    got = {a.name: (a.role.cls if a.role else None, a.affiliation) for a in record.actors}
    assert got.get("Wambui Otieno") == ("ambassador", "KEN")
