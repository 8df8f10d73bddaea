"""Who sits at which table and as whom: someone "dabei" or "in the room", a meeting of the
day before told after one of today, a title followed by another person's title or name, an
English body's name in a German text, a description of a headline's untitled subject, a
meeting sought in vain, the head of a body written onto the title. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2025-02-17"


@pytest.mark.parametrize(
    ("lang", "text", "rows"),
    [
        # someone present at the meeting told just before
        ("de", "Oberbürgermeister Karl Wimmer hat am Samstag den Bürgermeister von Kyjiw, Andrij "
         "Sawtschenko, getroffen. Dabei war auch Bürgermeisterin Elif Demir, die für die "
         "Städtepartnerschaften zuständig ist.",
         [("meeting", "occurred", {"Karl Wimmer", "Andrij Sawtschenko", "Elif Demir"})]),
        ("en", "The envoy, Dwight Mercer, sat down with President Rafael Quintero at the palace "
         "on Friday, according to a senior official. Venezuela's interior minister, Nestor "
         "Urdaneta, whose ministry runs the prisons, was also in the room, the official said.",
         [("meeting", "occurred", {"Dwight Mercer", "Rafael Quintero", "Nestor Urdaneta"})]),
        # ... not what was also talked about, and not who said so
        ("de", "Oberbürgermeister Karl Wimmer hat am Samstag den Bürgermeister von Kyjiw, Andrij "
         "Sawtschenko, getroffen. Dabei war auch die Lage in Syrien Thema, sagte Sprecherin "
         "Anna Berg.", [("meeting", "occurred", {"Karl Wimmer", "Andrij Sawtschenko"})]),
        # a meeting of the day before, told after, is one of its own
        ("de", "Oberbürgermeister Karl Wimmer hat am Samstag den Bürgermeister von Kyjiw, Andrij "
         "Sawtschenko, getroffen. Bereits am Freitag hatte der Oberbürgermeister den "
         "Generalkonsul Jonathan R. Whitaker zum Antrittsbesuch im Rathaus empfangen.",
         [("meeting", "occurred", {"Karl Wimmer", "Andrij Sawtschenko"}),
          ("meeting", "occurred", {"Karl Wimmer", "Jonathan R. Whitaker"})]),
        # the subject's title, an object's title and its owner, then the object's name
        ("de", "Oberbürgermeister Karl Wimmer hat am Samstag den Bürgermeister von Kyjiw, Andrij "
         "Sawtschenko, getroffen. Bereits am Freitag hatte der Oberbürgermeister den neuen "
         "Generalkonsul der USA, Jonathan R. Whitaker, im Rathaus empfangen.",
         [("meeting", "occurred", {"Karl Wimmer", "Andrij Sawtschenko"}),
          ("meeting", "occurred", {"Karl Wimmer", "Jonathan R. Whitaker"})]),
        # the one who led talks, and his interlocutor told in the next sentence
        ("de", "Der Staatssekretär des Auswärtigen Amts, Tobias Rehling, hat heute in Hanoi die "
         "politischen Konsultationen geleitet. Sein Gesprächspartner im vietnamesischen "
         "Außenministerium war Vizeaußenminister Đỗ Minh Khải. An den Gesprächen nahm auch die "
         "deutsche Botschafterin, Dr. Katrin Ober, teil.",
         [("meeting", "occurred", {"Tobias Rehling", "Đỗ Minh Khải", "Katrin Ober"})]),
        ("en", "State Secretary Tobias Rehling led the political consultations in Hanoi today. "
         "His interlocutor at the Vietnamese foreign ministry was Deputy Foreign Minister Do "
         "Minh Khai. German Ambassador Katrin Ober also took part in the talks.",
         [("meeting", "occurred", {"Tobias Rehling", "Do Minh Khai", "Katrin Ober"})]),
        # a German clause's closing verb after an apposed name: the clause's subject pronoun
        # and its modal stand before the name
        ("de", "Am Mittwoch reist Staatssekretär Tobias Rehling weiter nach Hue. Dort soll er "
         "mit der stellvertretenden Vorsitzenden des Volkskomitees der Stadt, Võ Thị Ngọc Hân, "
         "zusammentreffen und ein Ausbildungszentrum besuchen.",
         [("meeting", "planned", {"Tobias Rehling", "Võ Thị Ngọc Hân"})]),
    ],
)  # fmt: skip
def test_who_sits_at_the_table(
    engine: Communique, lang: str, text: str, rows: list[tuple[str, str, set[str]]]
) -> None:
    assert event_rows(engine, lang, text, PUBLISHED) == rows


def test_a_title_does_not_take_the_owner_of_the_next_persons_title(engine: Communique) -> None:
    text = (
        "Oberbürgermeister Karl Wimmer hat am Samstag den Bürgermeister von Kyjiw, Andrij "
        "Sawtschenko, getroffen. Bereits am Freitag hatte der Oberbürgermeister den neuen "
        "Generalkonsul der USA, Jonathan R. Whitaker, im Rathaus empfangen."
    )
    record = engine.extract(text, lang="de", published=PUBLISHED)
    found = {a.name: (a.role.title if a.role else None, a.affiliation) for a in record.actors}
    assert found["Jonathan R. Whitaker"] == ("Generalkonsul", "USA")
    assert found["Karl Wimmer"] == ("Oberbürgermeister", None)


def test_an_english_bodys_name_in_a_german_text_is_no_person(engine: Communique) -> None:
    text = (
        "Zehn Jahre Under2 Coalition: Ministerpräsidentin Vossberg telefoniert mit Kaliforniens "
        "Gouverneur\n\nMinisterpräsidentin Annette Vossberg hat heute mit dem Gouverneur des "
        "US-Bundesstaats Kalifornien, Robert J. Delaney, telefoniert."
    )
    assert event_rows(engine, "de", text, PUBLISHED) == [
        ("call", "occurred", {"Annette Vossberg", "Robert J. Delaney"})
    ]


def test_a_title_does_not_reach_across_another_name(engine: Communique) -> None:
    text = (
        "Johannes Vogel ist gekommen. Mit am Tisch saß Wirtschaftsministerin Sibylle Brand, "
        "die Vogel begleitet."
    )
    record = engine.extract(text, lang="de", published=PUBLISHED)
    titles = {a.name: a.role.title if a.role else None for a in record.actors}
    assert titles == {"Johannes Vogel": None, "Sibylle Brand": "Wirtschaftsministerin"}


def test_a_description_is_the_untitled_subject_of_the_headline(engine: Communique) -> None:
    text = (
        "Zollstreit: Vogel wirbt in Alabama um gutes Wetter\n\nDer Ministerpräsident besucht "
        "das Werk.\n\nDeshalb ist Johannes Vogel (CDU) gekommen. Schon am Montag war der "
        "Ministerpräsident "
        "in Montgomery mit Gouverneur Dwayne Hollis zusammengetroffen."
    )
    assert event_rows(engine, "de", text, PUBLISHED) == [
        ("meeting", "occurred", {"Johannes Vogel", "Dwayne Hollis"})
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ministerpräsident Johannes Vogel hatte sich seit Wochen vergeblich um ein "
         "Gespräch mit Handelsminister Richard Tolliver bemüht."),
        ("en", "Prime Minister John Vogel had unsuccessfully sought a meeting with Commerce "
         "Secretary Richard Tolliver."),
        ("en", "Prime Minister John Vogel sought in vain a meeting with Commerce Secretary "
         "Richard Tolliver."),
    ],
)  # fmt: skip
def test_a_meeting_sought_in_vain_did_not_happen(engine: Communique, lang: str, text: str) -> None:
    assert [status for _, status, _ in event_rows(engine, lang, text, PUBLISHED)] == ["denied"]


def test_the_head_of_an_unknown_body_is_no_head_of_state(engine: Communique) -> None:
    record = engine.extract(
        "Am Tisch saß auch VDA-Präsidentin Hildegard Sommer.", lang="de", published=PUBLISHED
    )
    (actor,) = record.actors
    assert actor.role is not None and actor.role.cls == "other"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "called on him" at a place is a visit to him; "called on him to resign" is not
        ("Foreign Adviser Jashim Talukder conveyed the message when Chinese Ambassador Zhang "
         "Haolin called on him at the guesthouse yesterday.",
         [("meeting", "occurred", {"Zhang Haolin", "Jashim Talukder"})]),
        ("Ambassador Zhang Haolin called on him to resign, said Jashim Talukder.", []),
        # a description by an adviser's title
        ("Foreign Adviser Jashim Talukder spoke to reporters. Earlier in the day, the foreign "
         "adviser met UN Special Envoy Lorena Castaneda at the foreign ministry.",
         [("meeting", "occurred", {"Jashim Talukder", "Lorena Castaneda"})]),
        # a Burmese honorific is no name
        ("A Myanmar delegation led by Deputy Foreign Minister U Than Zaw Htet met Foreign "
         "Adviser Jashim Talukder in Dhaka.",
         [("meeting", "occurred", {"Than Zaw Htet", "Jashim Talukder"})]),
    ],
)  # fmt: skip
def test_visits_to_a_pronoun_and_descriptions_by_any_title(
    engine: Communique, text: str, rows: list[tuple[str, str, set[str]]]
) -> None:
    assert event_rows(engine, "en", text, PUBLISHED) == rows


def test_a_delegation_head_after_an_honorific_is_of_its_state(engine: Communique) -> None:
    text = (
        "A Myanmar delegation led by Deputy Foreign Minister U Than Zaw Htet met Foreign "
        "Adviser Jashim Talukder in Dhaka."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert {a.name: a.affiliation for a in record.actors}["Than Zaw Htet"] == "MMR"


def test_a_weekday_before_a_date_and_a_people_are_no_persons(engine: Communique) -> None:
    text = (
        "Rohingya Repatriation: Dhaka seeks Beijing's push\n\nDiplomatic Correspondent\n"
        "Tue Jun 3, 2025 12:00 AM\n\nBangladesh asked China to begin the repatriation of "
        "Rohingyas. Foreign Adviser Jashim Talukder conveyed the message when Chinese "
        "Ambassador Zhang Haolin called on him yesterday."
    )
    record = engine.extract(text, lang="en")
    assert sorted(a.name for a in record.actors if a.kind == "person") == [
        "Jashim Talukder",
        "Zhang Haolin",
    ]
    # ... but a family's plural leaves its member a person
    text = (
        "The Clintons left. Secretary Clinton met the crown prince of Bahrain, Prince Salman "
        "Khalifa, in Manama."
    )
    names = {a.name for a in engine.extract(text, lang="en").actors if a.kind == "person"}
    assert "Clinton" in names


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "President Dovlet Annayev met President Bakhtiyor Tursun on Monday before being "
         "joined by their delegations, among them Foreign Minister Batyr Oraz and Foreign "
         "Minister Saida Mirza."),
        ("en", "President Dovlet Annayev met President Bakhtiyor Tursun on Monday, later joined "
         "by Foreign Minister Batyr Oraz and Foreign Minister Saida Mirza."),
        ("de", "Präsident Dovlet Annayev traf am Montag Präsident Bakhtiyor Tursun, begleitet von "
         "den Delegationen, darunter Außenminister Batyr Oraz und Außenministerin Saida Mirza."),
    ],
)  # fmt: skip
def test_who_joined_them_sits_at_the_table(engine: Communique, lang: str, text: str) -> None:
    assert event_rows(engine, lang, text, PUBLISHED) == [
        ("meeting", "occurred", {"Dovlet Annayev", "Bakhtiyor Tursun", "Batyr Oraz", "Saida Mirza"})
    ]


@pytest.mark.parametrize(
    ("lang", "text", "rows"),
    [
        # the head of a delegation told after the meeting with it sits at it
        ("en", "At the weekend, Mr Curtis Bellamy held talks with a Ukrainian delegation in "
         "Miami. The Ukrainians were led by Oleh Savchuk, the secretary of the security "
         "council.", {"Curtis Bellamy", "Oleh Savchuk"}),
        ("en", "Envoy Curtis Bellamy held talks with an Iranian delegation in Oman on Sunday. The "
         "Iranian delegation was headed by Deputy Foreign Minister Ali Bagheri.",
         {"Curtis Bellamy", "Ali Bagheri"}),
        ("de", "Der Gesandte Curtis Bellamy traf am Sonntag in Oman eine iranische Delegation. "
         "Die iranische Delegation wurde von Vizeaußenminister Ali Bagheri geleitet.",
         {"Curtis Bellamy", "Ali Bagheri"}),
    ],
)  # fmt: skip
def test_a_delegations_head_told_after_sits_at_the_table(
    engine: Communique, lang: str, text: str, rows: set[str]
) -> None:
    ((kind, status, people),) = event_rows(engine, lang, text, PUBLISHED)
    assert (kind, status) == ("meeting", "occurred")
    assert {p for p in people if " " in p} == rows  # (the state's side may stay beside)


def test_he_after_a_sentence_opened_by_someone_else_is_that_person(engine: Communique) -> None:
    text = (
        "Wood chairs call of the coalition\n\nAlastair Wood will chair a video call on "
        "Thursday.\n\nPrime Minister Alastair Wood spoke with President Andriy Melnychuk on "
        "Monday. Mr "
        "Melnychuk has meanwhile postponed a visit to Ireland. He had been due in Dublin on "
        "Wednesday for talks with Taoiseach Ciaran Dalaigh."
    )
    rows = event_rows(engine, "en", text, PUBLISHED)
    assert ("meeting", "planned", {"Andriy Melnychuk", "Ciaran Dalaigh"}) in rows


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Im Herbst 2024 soll der Abgeordnete Gernot Streicher in Moskau mit dem "
         "stellvertretenden Außenminister Wiktor Gruschin zusammengetroffen sein, berichtete ein "
         "Telegram-Kanal. Der Abgeordnete bestreitet das vehement."),
        ("en", "Senator Gernot Streicher reportedly met Deputy Foreign Minister Viktor Grushin in "
         "Moscow last autumn. Streicher denied this."),
    ],
)  # fmt: skip
def test_a_meeting_the_next_sentence_denies_is_denied(
    engine: Communique, lang: str, text: str
) -> None:
    assert [status for _, status, _ in event_rows(engine, lang, text, PUBLISHED)] == ["denied"]


def test_a_word_always_before_the_same_possessive_name_is_no_person(engine: Communique) -> None:
    text = (
        "State Minister Hiroshi Tanabe will visit Cox's Bazar. Earlier, he called on Chief "
        "Adviser Abul Kalam Siddiqui. He also saw Cox's Bazar camps."
    )
    names = {a.name for a in engine.extract(text, lang="en").actors if a.kind == "person"}
    assert names == {"Hiroshi Tanabe", "Abul Kalam Siddiqui"}
    # ... a person's possessive before other words leaves them a person
    text = "Merkel's Chancellery hosted talks. Chancellor Merkel met Obama. Merkel's aides said so."
    assert "Merkel" in {a.name for a in engine.extract(text, lang="en").actors}


def test_an_honorific_of_several_words_is_no_person(engine: Communique) -> None:
    text = (
        "President Sibusiso Mahlangu will host the Federal President of Germany, His Excellency "
        "Dr Matthias Vogel, on a State Visit to South Africa next week."
    )
    names = {a.name for a in engine.extract(text, lang="en").actors if a.kind == "person"}
    assert names == {"Sibusiso Mahlangu", "Matthias Vogel"}


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # a numbered group named by an office: the text's holders of that office
        ("en", "President Anna Berg will host President Karl Huber next week. Minister Lisa "
         "Brenner will hold consultations with Minister Lindani Sithole. The two Heads of "
         "State last met in Berlin in April 2024.", {"Anna Berg", "Karl Huber"}),
        ("de", "Außenministerin Anna Berg empfängt nächste Woche Außenminister Karl Huber. "
         "Staatssekretärin Lisa Brenner berät mit Staatssekretär Lindani Sithole. Die beiden "
         "Außenminister trafen sich zuletzt im April 2024 in Berlin.", {"Anna Berg", "Karl Huber"}),
    ],
)  # fmt: skip
def test_a_group_named_by_office_is_its_holders(
    engine: Communique, lang: str, text: str, pair: set[str]
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert ("meeting", "occurred", pair) in rows


def test_a_description_the_lead_does_not_use_is_not_the_headlines_subject(
    engine: Communique,
) -> None:
    text = (
        "Blair faces questions on strategy\n\nTony Blair defended his election plans on Monday. "
        "Labour sources said the campaign was ready. Mr Milburn brushed aside questions over why "
        "the chancellor was not present at the Cabinet meeting."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    blair = next(a for a in record.actors if a.name == "Tony Blair")
    assert all(m.text != "the chancellor" for m in blair.mentions)


def test_who_came_to_a_meal_that_followed_the_talks_joins_them(engine: Communique) -> None:
    text = (
        "Am Dienstag begrüßte Bundesinnenministerin Annegret Fuchs den Innenminister Marokkos, "
        "Abdellatif El Ouazzani, in Berlin. Auf ein Gespräch im kleinen Kreis folgte ein "
        "Arbeitsmittagessen, zu dem der Sonderbevollmächtigte Joachim Okafor und der Botschafter "
        "Marokkos, Youssef Alaoui, hinzukamen."
    )
    assert event_rows(engine, "de", text, PUBLISHED) == [
        (
            "meeting",
            "occurred",
            {"Annegret Fuchs", "Abdellatif El Ouazzani", "Joachim Okafor", "Youssef Alaoui"},
        )
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a title's owner chain runs through an office whose holder is not named
        ("de", "Staatssekretärin Maria Lenz traf in Brüssel Anna Keller, die Kabinettschefin der "
         "Hohen Vertreterin der EU für Außen- und Sicherheitspolitik.",
         {"Maria Lenz": None, "Anna Keller": "EU"}),
        ("en", "Minister Tom Hale met Anna Keller, the chief of staff of the High Representative "
         "of the EU, in Brussels.", {"Tom Hale": None, "Anna Keller": "EU"}),
        # but not through "und" to the next person's title, nor across a verb
        ("de", "Bundeskanzler Hans Vogt telefonierte mit Premierminister Kenji Arai. Der "
         "Bundeskanzler und der Premierminister verurteilten die Raketentests Nordkoreas.",
         {"Hans Vogt": None, "Kenji Arai": None}),
    ],
)  # fmt: skip
def test_a_titles_owner_chain(
    engine: Communique, lang: str, text: str, expected: dict[str, str | None]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert {a.name: a.affiliation for a in record.actors} == expected


def test_a_name_used_for_a_thing_is_no_person(engine: Communique) -> None:
    text = (
        "Foreign ministers met in Asunción on Tuesday. The meeting was attended by Uruguay's "
        "Foreign Minister Lucía Ferrando Sosa and Argentina's Foreign Minister Gerardo Almirón. "
        "Almirón and Ferrando also discussed the dredging of the Martín García channel."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert "Martín García" not in {a.name for a in record.actors}


def test_talks_on_the_sidelines_of_the_meeting_told_before_are_their_own(
    engine: Communique,
) -> None:
    text = (
        "Foreign ministers met in Asunción on Tuesday for the Council. The Council, chaired by "
        "Paraguayan Foreign Minister Rubén Ortellado Giménez, was attended by Uruguay's Foreign "
        "Minister Lucía Ferrando Sosa and Argentina's Foreign Minister Gerardo Almirón.\n\n"
        '"We waited long enough. Now we must deliver," Ortellado told reporters at the end of '
        "the session.\n\nOn the sidelines of the meeting, Almirón and Ferrando held a bilateral "
        "talk on the dredging of the channel."
    )
    rows = event_rows(engine, "en", text, PUBLISHED)
    assert ("meeting", "occurred", {"Gerardo Almirón", "Lucía Ferrando Sosa"}) in rows


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a reception for a named gathering is that gathering
        ("de", "Ministerpräsident Thomas Reich empfing am Freitag zum ersten Dreiländergipfel "
         "den Hauptmann der Region Liberec, Petr Dvořák, und den Marschall der Woiwodschaft "
         "Niederschlesien, Paweł Gawron. Auch Wirtschaftsministerin Dagmar Ullrich nahm an den "
         "Beratungen teil.",
         [("conference", "occurred",
           {"Thomas Reich", "Petr Dvořák", "Paweł Gawron", "Dagmar Ullrich"})]),
        # a meeting of ministers for a named council is that council
        ("en", "Foreign ministers met in Asunción on Tuesday for the Common Market Council. The "
         "Council, chaired by Paraguayan Foreign Minister Rubén Ortellado, was attended by "
         "Uruguay's Foreign Minister Lucía Ferrando and Brazil's Foreign Minister Álvaro "
         "Brandão.",
         [("conference", "occurred", {"Rubén Ortellado", "Lucía Ferrando", "Álvaro Brandão"})]),
        # ... but not a meeting before it
        ("en", "European Council President Luís Meireles met Belgium's prime minister, Pieter "
         "Vanhoutte, and Commission President Annelie Wester over breakfast before the summit.",
         [("meeting", "occurred", {"Luís Meireles", "Pieter Vanhoutte", "Annelie Wester"})]),
    ],
)  # fmt: skip
def test_a_meeting_held_for_a_gathering_is_that_gathering(
    engine: Communique, lang: str, text: str, expected: list[tuple[str, str, set[str]]]
) -> None:
    rows = [r for r in event_rows(engine, lang, text, PUBLISHED) if r[2]]
    assert [r for r in rows if r[0] == expected[0][0]] == expected
    assert lang == "en" or len(rows) == 1  # no meeting beside the gathering


def test_a_name_before_who_is_a_person(engine: Communique) -> None:
    text = (
        "Jotham Iatika Kalsrap, who took over the foreign affairs portfolio in January, said "
        "the deal had come already written."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert [a.name for a in record.actors] == ["Jotham Iatika Kalsrap"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Abgeordneten Markus Feldner und Sabine Roth wurden am Montag von der "
               "Vizepräsidentin der Nationalversammlung, Nguyen Thi Lan, empfangen."),
        ("en", "Senator Mark Field and Senator Sabine Roth met the Vice-Chair of the National "
               "Assembly, Nguyen Thi Lan, in Hanoi."),
    ],
)  # fmt: skip
def test_a_name_no_list_knows_after_an_office_and_a_comma_is_its_holder(
    engine: Communique, lang: str, text: str
) -> None:
    [(_, _, people)] = event_rows(engine, lang, text, PUBLISHED)
    assert "Nguyen Thi Lan" in people


def test_a_surname_of_two_words_in_another_case_is_the_same_person(engine: Communique) -> None:
    text = (
        "Министр иностранных дел Константин Ярцев провел переговоры с египетским коллегой "
        "Имадом Абдель Рахманом. Затем состоялась встреча Абдель Рахмана с секретарем "
        "Совбеза Николаем Трошиным."
    )
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    assert sorted(a.name for a in record.actors) == [
        "Имад Абдель Рахман",
        "Константин Ярцев",
        "Николай Трошин",
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Foreign Minister Konstantin Yartsev will receive his Egyptian counterpart Imad "
               "Abdel Rahman on 18 February. The previous talks between Yartsev and Abdel Rahman "
               "took place in September in New York."),
        ("de", "Außenminister Konstantin Jarzew empfängt am 18. Februar seinen ägyptischen "
               "Amtskollegen Imad Abdel Rahman. Die vorigen Gespräche von Jarzew und Abdel Rahman "
               "fanden im September in New York statt."),
    ],
)  # fmt: skip
def test_the_previous_talks_are_a_meeting_of_their_own(
    engine: Communique, lang: str, text: str
) -> None:
    rows = [(k, s) for k, s, _ in event_rows(engine, lang, text, "2025-02-12")]
    assert ("meeting", "planned") in rows and ("meeting", "occurred") in rows


def test_a_swiss_mayor_is_titled(engine: Communique) -> None:
    text = (
        "Am Montag empfing Aussenminister Laurent Metzger den Generaldirektor des "
        "Weltpostvereins, Rafael Quintana, in Bern. Mit dabei war auch die Berner "
        "Stadtpräsidentin Anna-Lena Zaugg."
    )
    [(_, _, people)] = event_rows(engine, "de", text, PUBLISHED)
    assert people == {"Laurent Metzger", "Rafael Quintana", "Anna-Lena Zaugg"}


@pytest.mark.parametrize(
    ("lang", "text", "meeting"),
    [
        ("de", "Landtagspräsidentin Vera Stöckl ist am Montag mit einer Delegation des Landtags "
               "nach Prag gereist. Der Delegation gehörten Vizepräsident Alois Brand und die "
               "Abgeordnete Gül Aksoy an. Am Dienstag traf die Delegation die Vorsitzende des "
               "Abgeordnetenhauses, Kateřina Dvořáková.",
         {"Vera Stöckl", "Alois Brand", "Gül Aksoy", "Kateřina Dvořáková"}),
        ("en", "A delegation of the Committee on Foreign Affairs visited Armenia.\n\nIn Yerevan, "
               "MEPs held talks with Prime Minister Davit Mkrtchyan.\n\nDelegation composition\n\n"
               "- Henrik Vosloo (EPP, NL), chair of the delegation\n- Mara Castellanos Ruiz "
               "(S&D, ES)\n",
         {"Davit Mkrtchyan", "Henrik Vosloo", "Mara Castellanos Ruiz"}),
        # two sides' delegations: "the delegation" could be either
        ("de", "Die mongolische Delegation wurde von Staatssekretär Bat Oyun geleitet, die "
               "deutsche Delegation von Botschafterin Karin Wolf. Am Dienstag traf die Delegation "
               "den Rektor der Universität, Jörg Weiden.",
         None),
    ],
)  # fmt: skip
def test_the_delegation_as_a_party_is_its_members(
    engine: Communique, lang: str, text: str, meeting: set[str] | None
) -> None:
    rows = [p for k, s, p in event_rows(engine, lang, text, PUBLISHED) if k == "meeting"]
    if meeting is None:
        assert all("Karin Wolf" not in p or "Bat Oyun" not in p for p in rows)
    else:
        assert meeting in rows


def test_a_party_in_brackets_after_the_subject_opens_no_clause(engine: Communique) -> None:
    text = (
        "Oberbürgermeister Frank Kamphausen (SPD) hat am Donnerstag eine Delegation aus Wuhan "
        "empfangen. Angeführt wurde sie vom stellvertretenden Bürgermeister Liu Jianguo."
    )
    assert event_rows(engine, "de", text, PUBLISHED) == [
        ("meeting", "occurred", {"Frank Kamphausen", "Liu Jianguo"})
    ]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("de", "Premierminister Davit Hovak ist heute in Berlin mit Vertretern deutscher "
               "Unternehmen zusammengekommen. Der Ost-Ausschuss war durch seinen Vorsitzenden Dr. "
               "Reinhard Vogel und Geschäftsführerin Dr. Corinna Ahlbrecht vertreten.",
         {"Davit Hovak", "Reinhard Vogel", "Corinna Ahlbrecht"}),
        ("en", "Prime Minister Davit Hovak met representatives of German companies in Berlin on "
               "Tuesday. The association was represented by its chairman Reinhard Vogel.",
         {"Davit Hovak", "Reinhard Vogel"}),
    ],
)  # fmt: skip
def test_who_represented_a_side_sits_at_the_table(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert [p for _, _, p in event_rows(engine, lang, text, PUBLISHED)] == [people]


def test_who_sat_in_with_a_delegation_sits_at_the_table(engine: Communique) -> None:
    text = (
        "Taoiseach Dónal Brennan met US president Randall Sykes in the Oval Office on Tuesday. "
        "Ireland's ambassador to the United States, Siobhán Nic Giolla Phádraig, sat in with "
        "the Irish delegation."
    )
    assert [p for _, _, p in event_rows(engine, "en", text, PUBLISHED)] == [
        {"Dónal Brennan", "Randall Sykes", "Siobhán Nic Giolla Phádraig"}
    ]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # "a meeting with A and B": one meeting with both
        ("Taoiseach Dónal Brennan held a private meeting with House speaker Dale Kemper and "
         "congressman Thomas Dunleavy.", [{"Dónal Brennan", "Dale Kemper", "Thomas Dunleavy"}]),
        # "talks with A and B" may have been apart
        ("Taoiseach Dónal Brennan held talks with House speaker Dale Kemper and congressman "
         "Thomas Dunleavy.",
         [{"Dónal Brennan", "Dale Kemper"}, {"Dónal Brennan", "Thomas Dunleavy"}]),
    ],
)  # fmt: skip
def test_a_meeting_with_two_is_one_meeting(
    engine: Communique, text: str, groups: list[set[str]]
) -> None:
    assert [p for _, _, p in event_rows(engine, "en", text, PUBLISHED)] == groups


@pytest.mark.parametrize(
    ("title", "name"),
    [("Staatsschreiberin", "Barbara Wyss"), ("Regierungsrätin", "Esther Gysin"),
     ("Landrätin", "Anna Berg"), ("Kreishauptmann", "Martin Kubíček"),
     ("Landammann", "Urs Meier"), ("Bezirkshauptfrau", "Eva Lenz"),
     ("den Hauptmann der Region Pilsen,", "Radim Šulc")],
)  # fmt: skip
def test_regional_offices_of_german_speaking_states_are_titles(
    engine: Communique, title: str, name: str
) -> None:
    text = f"Regierungspräsident Conradin Stähli hat heute {title} {name} empfangen."
    record = engine.extract(text, lang="de", published=PUBLISHED)
    actor = next(a for a in record.actors if a.name == name)
    assert actor.role is not None and actor.role.cls == "official"


def test_company_named_by_a_consul_generals_title(engine: Communique) -> None:
    text = (
        "Generalkonsulin Dr. Katharina Amsinck begrüßte rund 700 Gäste. Unter den Gästen war "
        "die Ministerin für Wirtschaft des Landes Baden-Württemberg, Dr. Nicole Wagner. Bereits "
        "am Nachmittag war Wagner in Begleitung der Generalkonsulin im Palazzo Lombardia mit dem "
        "Regionalminister für wirtschaftliche Entwicklung der Lombardei, Paolo Brambilla, "
        "zusammengetroffen."
    )
    record = engine.extract(text, lang="de", published=PUBLISHED)
    roles = {a.name: a.role.title if a.role else None for a in record.actors}
    assert roles["Paolo Brambilla"] == "Regionalminister"
    assert [p for _, _, p in event_rows(engine, "de", text, PUBLISHED)] == [
        {"Nicole Wagner", "Katharina Amsinck", "Paolo Brambilla"}
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Bundesrat Luc Perroud begrüsste am Montag seinen Amtskollegen Aram Ter-Grigorjan in "
         "Bern.", [{"Luc Perroud", "Aram Ter-Grigorjan"}]),
        ("Am Nachmittag traf Aussenminister Luc Perroud zunächst den armenischen Aussenminister "
         "Aram Ter-Grigorjan, anschliessend dessen aserbaidschanischen Amtskollegen Rashad "
         "Mammadli.", [{"Luc Perroud", "Aram Ter-Grigorjan"}, {"Luc Perroud", "Rashad Mammadli"}]),
    ],
)  # fmt: skip
def test_swiss_spelling_without_eszett(engine: Communique, text: str, rows: list[set[str]]) -> None:
    assert [p for _, _, p in event_rows(engine, "de", text, PUBLISHED)] == rows


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Syrian Foreign Minister Rami Al-Khatib was received by Saudi Foreign Minister Prince "
         "Sultan bin Mishaal in Riyadh.", "Sultan bin Mishaal"),
        ("Syrian Foreign Minister Rami Al-Khatib was received by Sultan Haitham bin Tarik in "
         "Muscat.", "Haitham bin Tarik"),
    ],
)  # fmt: skip
def test_a_title_word_after_an_honorific_and_before_bin_is_a_given_name(
    engine: Communique, text: str, name: str
) -> None:
    assert [p for _, _, p in event_rows(engine, "en", text, PUBLISHED)] == [
        {"Rami Al-Khatib", name}
    ]


def test_a_kenyan_cabinet_secretary_written_cs_is_a_minister(engine: Communique) -> None:
    text = (
        "President William Koros met Haiti's Prime Minister Jean-Robert Célestin at State House "
        "on Monday. Interior CS Fatuma Abdi Noor also sat in on the talks."
    )
    assert [p for _, _, p in event_rows(engine, "en", text, PUBLISHED)] == [
        {"William Koros", "Jean-Robert Célestin", "Fatuma Abdi Noor"}
    ]


@pytest.mark.parametrize(
    "follow",
    ["Foreign Secretary Nasrin Chowdhury was also present.",
     "Foreign Secretary Nasrin Chowdhury also took part, according to the ministry."],
)  # fmt: skip
def test_someone_also_present_sits_at_the_table(engine: Communique, follow: str) -> None:
    text = (
        "Foreign Adviser Jashim Talukder received Chinese Ambassador Zhang Haolin at the state "
        f"guesthouse on Tuesday. {follow}"
    )
    assert [p for _, _, p in event_rows(engine, "en", text, PUBLISHED)] == [
        {"Jashim Talukder", "Zhang Haolin", "Nasrin Chowdhury"}
    ]


def test_the_host_of_the_meeting_sits_at_the_table(engine: Communique) -> None:
    text = (
        "Energiestaatssekretärin Veronika Gschwendtner traf am Montag in Salzburg den "
        "bayerischen Wirtschaftsminister Xaver Brunnhuber. Gastgeberin des Treffens im "
        "Chiemseehof war Landeshauptfrau Sabine Lechner-Pichl."
    )
    assert [p for _, _, p in event_rows(engine, "de", text, PUBLISHED)] == [
        {"Veronika Gschwendtner", "Xaver Brunnhuber", "Sabine Lechner-Pichl"}
    ]


def test_an_agreement_reached_in_a_place_is_a_meeting(engine: Communique) -> None:
    text = (
        "Darauf haben sich Energiestaatssekretärin Veronika Gschwendtner (ÖVP) und Bayerns "
        "Wirtschaftsminister Xaver Brunnhuber (Freie Wähler) am Montag in Salzburg verständigt."
    )
    assert event_rows(engine, "de", text, PUBLISHED) == [
        ("meeting", "occurred", {"Veronika Gschwendtner", "Xaver Brunnhuber"})
    ]


def test_a_states_delegation_is_its_head(engine: Communique) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Istanbul on Thursday. Kyiv's delegation was "
        "led by Defense Minister Taras Bilyk. Earlier Thursday, the Ukrainian delegation met "
        "behind closed doors with US special envoy Marianne Holt."
    )
    rows = [p for _, _, p in event_rows(engine, "en", text, PUBLISHED)]
    assert {"Taras Bilyk", "Marianne Holt"} in rows


def test_an_agreement_reached_in_a_town_hall_with_company_is_a_meeting(engine: Communique) -> None:
    text = (
        "Bürgermeisterin Helga Raidl (ÖVP) und ihr tschechischer Amtskollege Pavel Hrubeš haben "
        "sich am vergangenen Donnerstag im Gmünder Rathaus auf die Eckpunkte einer "
        "grenzüberschreitenden Buslinie geeinigt. Mit am Tisch saß Mobilitätslandesrat Florian "
        "Kalt (ÖVP)."
    )
    assert [p for _, _, p in event_rows(engine, "de", text, PUBLISHED)] == [
        {"Helga Raidl", "Pavel Hrubeš", "Florian Kalt"}
    ]


def test_the_guests_listed_after_a_reception_sit_at_it(engine: Communique) -> None:
    text = (
        "Landtagspräsidentin Dr. Ulrike Brenner hat am Donnerstag die Vorsitzenden der "
        "Regionalparlamente dreier polnischer Woiwodschaften im Landtag empfangen. Zu Gast waren "
        "Zbigniew Kaczmarek, Vorsitzender des Sejmiks der Woiwodschaft Lebuser Land, und Marek "
        "Stach, Vorsitzender des Sejmiks der Woiwodschaft Großpolen."
    )
    assert [p for _, _, p in event_rows(engine, "de", text, PUBLISHED)] == [
        {"Ulrike Brenner", "Zbigniew Kaczmarek", "Marek Stach"}
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Es regnete, als sich die St.Galler Baudirektorin Barbara Kessler am Donnerstag auf dem "
         "Rheindamm mit dem Vorarlberger Landesrat Christof Marent-Bischof traf.",
         {"Barbara Kessler", "Christof Marent-Bischof"}),
        ("Innenminister René Woll und Vize-Innenminister Paweł Zaremba haben sich am Donnerstag "
         "in Słubice getroffen. Mit am Tisch im Rathaus der polnischen Grenzstadt saßen auch "
         "Oberbürgermeisterin Anja Zirkel und Bürgermeister Mariusz Olech.",
         {"René Woll", "Paweł Zaremba", "Anja Zirkel", "Mariusz Olech"}),
        ("Am Dienstag traf Staatsministerin Ulrike Dama den Großerzbischof Wolodymyr "
         "Hnatyschyn im Kanzleramt.", {"Ulrike Dama", "Wolodymyr Hnatyschyn"}),
    ],
)  # fmt: skip
def test_cantonal_directors_archbishops_and_a_table_with_a_place(
    engine: Communique, text: str, people: set[str]
) -> None:
    assert [p for _, _, p in event_rows(engine, "de", text, PUBLISHED)] == [people]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Foreign Minister Han Seung-woo held talks in Astana with Foreign Minister Yerlan "
         "Abdikarimov. Han also met Kazakhstan's Minister of Industry, Dana Zhaksybekova. South "
         "Korea's ambassador in Astana, Lee Jung-ho, joined both meetings."),
        ("de", "Außenminister Han Seung-woo führte in Astana Gespräche mit Außenminister Yerlan "
         "Abdikarimov. Anschließend traf Han die Industrieministerin Dana Zhaksybekova. "
         "Botschafter Lee Jung-ho nahm an beiden Gesprächen teil."),
    ],
)  # fmt: skip
def test_one_who_joined_both_meetings_sits_at_both(
    engine: Communique, lang: str, text: str
) -> None:
    rows = event_rows(engine, lang, text, PUBLISHED)
    assert [p for _, _, p in rows] == [
        {"Han Seung-woo", "Yerlan Abdikarimov", "Lee Jung-ho"},
        {"Han Seung-woo", "Dana Zhaksybekova", "Lee Jung-ho"},
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A planned stop in Dushanbe, where Foreign Minister Han Seung-woo was to have held talks "
        "with Foreign Minister Farrukh Nazarzoda on Friday, was dropped from the itinerary.",
        "Foreign Minister Han Seung-woo was to have met Foreign Minister Farrukh Nazarzoda in "
        "Dushanbe on Friday.",
    ],
)
def test_a_meeting_that_was_to_have_been_held_is_off(engine: Communique, text: str) -> None:
    assert [s for _, s, _ in event_rows(engine, "en", text, PUBLISHED)] == ["cancelled"]


def test_a_headlines_title_above_the_lead_is_no_office_of_the_leads_title(
    engine: Communique,
) -> None:
    """ "... empfängt armenischen Außenminister" closing the headline, "Die Generalsekretärin
    des Europarats, X" opening the lead: X is the secretary-general, not a foreign minister
    whose office the secretary-general would be."""
    text = (
        "Straßburg, 3. Dezember 2025\n\nGeneralsekretärin empfängt armenischen Außenminister\n\n"
        "Die Generalsekretärin des Europarats, Marit Solberg, hat heute den Außenminister der "
        "Republik Armenien, Davit Harutyunyan, empfangen."
    )
    record = engine.extract(text, lang="de", published=PUBLISHED)
    roles = {a.name: (a.role.title if a.role else None, a.affiliation) for a in record.actors}
    assert roles["Marit Solberg"] == ("Generalsekretärin", "COE")
    assert roles["Davit Harutyunyan"] == ("Außenminister", "ARM")


def test_a_long_with_phrase_closed_by_its_participle(engine: Communique) -> None:
    text = (
        "Am Vormittag hatte die Menschenrechtskommissarin des Europarats, Dunja Ilić, mit der "
        "stellvertretenden Justizministerin Armeniens, Anahit Grigoryan, über die "
        "Haftbedingungen in armenischen Gefängnissen gesprochen."
    )
    assert [p for _, _, p in event_rows(engine, "de", text, PUBLISHED)] == [
        {"Dunja Ilić", "Anahit Grigoryan"}
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a counterpart named after titles: the one met, of the adjective's state (no
        # meeting with the state beside the one with the person)
        ("en", "Foreign Minister Marcus Teo held talks with his Vietnamese counterpart, Foreign "
         "Minister Tran Quoc Vinh, on Monday."),
        ("en", "Foreign Minister Marcus Teo held talks with his Vietnamese counterpart, Deputy "
         "Prime Minister and Foreign Minister Tran Quoc Vinh, on Monday."),
        ("de", "Außenminister Marcus Teo führte am Montag Gespräche mit seinem vietnamesischen "
         "Amtskollegen, Vizepremier und Außenminister Tran Quoc Vinh."),
    ],
)  # fmt: skip
def test_a_counterpart_named_after_titles(engine: Communique, lang: str, text: str) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    assert [{names[p] for p in e.participants} for e in record.events] == [
        {"Marcus Teo", "Tran Quoc Vinh"}
    ]
    assert {a.name: a.affiliation for a in record.actors}["Tran Quoc Vinh"] == "VNM"
