"""Gatherings: which council or summit, and whether it lies behind or ahead. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2025-03-11"  # a Tuesday


def _conferences(engine: Communique, lang: str, text: str) -> list[tuple[str, str]]:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    return [(e.status, e.date.start if e.date else "") for e in record.events
            if e.kind == "conference"]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a council of ministers named by its portfolio, an adjective on another noun
        ("de", "Die Beschlüsse fielen ohne weitere Diskussion beim EU-Außenministerrat am Montag "
         "in Luxemburg.", [("occurred", "2025-03-10")]),
        ("de", "Der Finanzministerrat tagte am Montag in Brüssel.", [("occurred", "2025-03-10")]),
        # the last one, though a modal plan follows
        ("de", "Die Aufträge vom letzten Gipfel in Oslo hätten umgesetzt werden sollen.",
         [("occurred", "")]),
        ("en", "The decisions of the last summit in Oslo should have been carried out.",
         [("occurred", "")]),
        # ... but a cancellation still outranks the adjective
        ("en", "The upcoming summit in Oslo was cancelled.", [("cancelled", "")]),
        # the next one and the one last week are two gatherings
        ("de", "Der Plan soll bis zum nächsten EU-Gipfel im April fertig sein. Der EU-Gipfel hat "
         "in der vergangenen Woche beschlossen, dass die Hilfe steigt.",
         [("planned", "2025-04"), ("occurred", "2025-03-03")]),
        # a present tense with a weekday: the next one, as for meetings
        ("en", "President Karl Huber hosts the Vienna Summit on Friday.",
         [("planned", "2025-03-14")]),
        # a time clause or a modal speaks of a gathering to come
        ("en", "A decision could be reached when ministers gather for a summit in Oslo.",
         [("planned", "")]),
        ("en", "When ministers gathered for a summit in Oslo in January, they argued.",
         [("occurred", "2025-01")]),
        ("de", "In Brüssel hieß es, das dürfte beim EU-Außenministerrat geschehen.",
         [("planned", "")]),
        ("de", "Die Frage wird beim Gipfeltreffen in Oslo besprochen.", [("planned", "")]),
        ("de", "Die Frage wurde beim Gipfeltreffen in Oslo besprochen.", [("occurred", "")]),
        # offered to host: to come; a relative clause's date is not the gathering's
        ("en", "President Karl Huber, who met Anna Berg in Cairo last week, offered to host "
         "the summit.", [("planned", "")]),
        # the body of an office is no gathering ("Vorsitzende der UN-Vollversammlung")
        ("de", "Karl Huber, der frühere Vorsitzende der UN-Vollversammlung, traf Präsidentin "
         "Anna Berg.", []),
        ("en", "Karl Huber, the President of the UN General Assembly, met President Anna Berg.",
         []),
        # ... also with the rest of the body's name between ("of the Pacific Islands
        # Forum"), and the office after the word: a standing body's, no gathering
        ("en", "The Secretary General of the Pacific Islands Forum, Karl Huber, received "
         "President Anna Berg at the Forum Secretariat.", []),
        ("en", "The Forum's Deputy Secretary General, Tom Lind, and the Forum Chair, Anna Berg, "
         "met President Karl Huber.", []),
        # an unnamed summit with just a meeting's people is that meeting
        ("en", "President Karl Huber welcomes President Tom Lind and Prime Minister Eva Holm to "
         "a summit meeting in Vienna on Friday.", []),
        ("de", "Präsident Karl Huber empfängt am Freitag Präsident Tom Lind und "
         "Premierministerin Eva Holm zu einem Gipfeltreffen in Wien.", []),
        # a government's or parliament's own sitting, a press conference: no gathering of
        # parties (a joint committee of states is one)
        ("de", "Kanzler Karl Huber und Vizekanzler Tom Lind beschlossen im Ministerrat am "
         "Dienstag das Paket.", []),
        ("de", "Nach der Kabinettssitzung am Montag sprach Kanzler Karl Huber mit Journalisten.",
         []),
        ("de", "In der Sitzung des Parlaments am Montag stritten Karl Huber und Tom Lind.", []),
        ("de", "Nach ihrer Kandidatur-Pressekonferenz am Montag sagte Anna Berg, sie sei "
         "zufrieden.", []),
        ("de", "Der Deutsch-Französische Ministerrat tagte am Montag in Paris.",
         [("occurred", "2025-03-10")]),
        ("de", "Die gemeinsame Kabinettssitzung beider Regierungen fand am Montag in Warschau "
         "statt.", [("occurred", "2025-03-10")]),
        # (a body of two states: its session is talks, a meeting, below)
    ],
)  # fmt: skip
def test_conference_rows(
    engine: Communique, lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _conferences(engine, lang, text) == expected


def test_a_relative_clause_keeps_its_own_status(engine: Communique) -> None:
    """The main clause's plan ("offered to host the summit") does not reach back into the
    relative clause whose meeting took place."""
    record = engine.extract(
        "President Karl Huber, who met Anna Berg in Cairo last week, offered to host the summit.",
        lang="en",
        published=PUBLISHED,
    )
    meetings = [(e.kind, e.status) for e in record.events if e.kind == "meeting"]
    assert meetings == [("meeting", "occurred")]


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        # a meeting of three that the next sentences name a gathering is that gathering
        ("de", "Innenminister Karl Huber ist am Montag in Belgrad mit seinen Amtskollegen Tom "
         "Lind und Eva Holm zusammengetroffen. Die drei Minister vereinbarten mehr Streifen. Es "
         "war bereits der dritte trilaterale Migrationsgipfel.", ["conference"]),
        ("en", "Interior Minister Karl Huber met his counterparts Tom Lind and Eva Holm in "
         "Belgrade on Monday. It was the third trilateral migration summit.", ["conference"]),
        # ... not a meeting of two, nor a gathering held elsewhere
        ("en", "Interior Minister Karl Huber met his counterpart Tom Lind in Belgrade on Monday. "
         "It was the third migration summit.", ["meeting", "conference"]),
        ("en", "Interior Minister Karl Huber met his counterparts Tom Lind and Eva Holm in "
         "Belgrade on Monday. They also prepared the migration summit in Vienna.",
         ["meeting", "conference"]),
        # ... nor a session held besides the talks ("zudem", "also")
        ("de", "Außenminister Wang Lei hat am Dienstag in Peking Gespräche mit Außenminister "
         "Budi Santoso geführt. An den Gesprächen nahm auch Botschafter Arif Nugroho teil. Die "
         "beiden Minister leiteten zudem die vierte Sitzung der Gemeinsamen Kommission.",
         ["meeting", "conference"]),
        ("en", "Foreign Minister Wang Lei held talks with Foreign Minister Budi Santoso in "
         "Beijing on Tuesday. Ambassador Arif Nugroho also took part in the talks. The two "
         "ministers also co-chaired the fourth session of the Joint Commission.",
         ["meeting", "conference"]),
        # a topic of generic forums is no gathering
        ("en", "Foreign Minister Wang Lei held talks with Foreign Minister Budi Santoso in "
         "Beijing on Tuesday. They also exchanged views on cooperation within APEC and other "
         "multilateral forums.", ["meeting"]),
        ("ru", "Министр Ван Лэй провел переговоры с министром Буди Сантосо в Пекине. Стороны "
         "также обменялись мнениями о взаимодействии в рамках АТЭС и других многосторонних "
         "форумов.", ["meeting"]),
    ],
)  # fmt: skip
def test_a_round_of_three_named_a_gathering(
    engine: Communique, lang: str, text: str, kinds: list[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert [e.kind for e in record.events] == kinds


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        # a session of a body of two states is talks of the two sides
        ("en", "The 9th Session of the Kenya-Tanzania Joint Permanent Commission was held in "
         "Arusha on Monday. The session was co-chaired by Foreign Minister Amina Wekesa and "
         "Foreign Minister Juma Mrisho.", ["meeting"]),
        ("de", "Die Sitzung der Gemischten Regierungskommission fand am Montag in Taschkent "
         "unter dem Vorsitz von Staatssekretär Jan Brandt und Minister Laziz Kudratov statt.",
         ["meeting"]),
        ("de", "Die Sitzung des Gemischten Ausschusses mit Außenminister Karl Huber und "
         "Ministerin Anna Berg fand am Montag in Wien statt.", ["meeting"]),
        ("ru", "В понедельник в Ташкенте состоялось заседание межправительственной комиссии, "
         "которое провели министр Лазиз Кудратов и министр Алексей Белов.", ["meeting"]),
        # ... not a gathering of many
        ("en", "The 61st session of the Human Rights Council opened in Geneva on Monday with "
         "addresses by Foreign Minister Amina Wekesa and Foreign Minister Juma Mrisho.",
         ["conference"]),
    ],
)  # fmt: skip
def test_a_session_of_a_body_of_two_states_is_a_meeting(
    engine: Communique, lang: str, text: str, kinds: list[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert [e.kind for e in record.events] == kinds


@pytest.mark.parametrize(
    ("lang", "text", "meeting", "gathering"),
    [
        # who takes part in a gathering told after a meeting sits at the gathering
        ("ru", "25 ноября д-р Анна Берг была принята Премьер-министром Фаридуном Саидовым.\n\n"
         "26 ноября в Душанбе состоялось Совещание министров здравоохранения стран "
         "Центральной Азии. В нем приняли участие министр Айгерим Сейтова и министр Эрмек "
         "Жолдошев.",
         {"Анна Берг", "Фаридун Саидов"}, {"Айгерим Сейтова", "Эрмек Жолдошев"}),
        ("en", "On 25 November Dr Anna Berg was received by Prime Minister Faridun Saidov.\n\n"
         "On 26 November the Meeting of Health Ministers of Central Asia took place in "
         "Dushanbe. It was attended by Minister Aigerim Seitova and Minister Ermek Zholdoshev.",
         {"Anna Berg", "Faridun Saidov"}, {"Aigerim Seitova", "Ermek Zholdoshev"}),
        # ... not who joins talks held on a gathering's margins
        ("de", "Bundespräsidentin Regula Imhof hat am Montag in Genf Präsident Marcos Teixeira "
         "getroffen. Das Gespräch fand am Rande der Internationalen Arbeitskonferenz statt. "
         "Auf Schweizer Seite nahm auch Staatssekretär Andri Caduff teil.",
         {"Regula Imhof", "Marcos Teixeira", "Andri Caduff"}, set()),
    ],
)  # fmt: skip
def test_who_takes_part_in_a_gathering_told_after_a_meeting(
    engine: Communique, lang: str, text: str, meeting: set[str], gathering: set[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    meetings = [{names[p] for p in e.participants} for e in record.events if e.kind == "meeting"]
    held = [{names[p] for p in e.participants} for e in record.events if e.kind == "conference"]
    assert meetings == [meeting]
    assert gathering <= (held[0] if held else set())


@pytest.mark.parametrize(
    ("lang", "text", "met", "panel"),
    [
        ("en", "On Tuesday Anna Berg met with Central Bank Governor Melis Abdiev. On Wednesday "
         "she delivered the keynote address at the high-level conference \"Trade 2030\" "
         "co-hosted by the Fund in Bishkek. She joined a panel discussion with Chairman Abdiev "
         "and the Governors of the central banks of Kazakhstan and Tajikistan, Mr. Aidar "
         "Serikov and Mr. Firuz Saidov.",
         {"Anna Berg", "Melis Abdiev"}, {"Melis Abdiev", "Aidar Serikov", "Firuz Saidov"}),
        ("de", "Am Dienstag wurde Anna Berg von Präsident Nurlan Abdijew empfangen. Am Mittwoch "
         "sprach sie auf der regionalen Handelskonferenz in Bischkek. Dort nahm sie an einer "
         "Podiumsdiskussion mit Gouverneur Aidar Serikow und Gouverneur Firus Saidow teil.",
         {"Anna Berg", "Nurlan Abdijew"}, {"Aidar Serikow", "Firus Saidow"}),
        ("ru", "Во вторник Анну Берг принял президент Нурлан Абдиев. В среду она выступила на "
         "региональной конференции по торговле в Бишкеке. Она приняла участие в панельной "
         "дискуссии с управляющим Айдаром Сериковым и управляющим Фирузом Саидовым.",
         {"Анна Берг", "Нурлан Абдиев"}, {"Айдар Сериков", "Фируз Саидов"}),
    ],
)  # fmt: skip
def test_a_panel_discussion_is_a_gathering_not_talks(
    engine: Communique, lang: str, text: str, met: set[str], panel: set[str]
) -> None:
    # "She joined a panel discussion with A and B" after a conference: a part of the
    # gathering, not talks with them; who sits on the panel is not at the meeting before,
    # and that meeting stays a meeting
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    events = [(e.kind, {names[p] for p in e.participants}) for e in record.events]
    assert ("meeting", met) in events
    assert any(k == "conference" and p >= panel for k, p in events)


def test_a_gathering_named_again_by_its_capitalised_noun(engine: Communique) -> None:
    # "The Ninth Meeting of the Council ... concluded. The two-day Meeting brought together
    # A, B and C. D also participated.": the gathering told again, not talks of its own
    text = (
        "The Ninth Meeting of the Council for Foreign Relations concluded on Friday in "
        "Paramaribo under the chairmanship of Hon. Marvin Sowirono, Minister of Foreign "
        "Affairs of Suriname.\n\nThe two-day Meeting brought together Ministers of Foreign "
        "Affairs of the Member States, among them Hon. Francis Xavier, Minister of Foreign "
        "Affairs of Belize, and Mr. Jean Desir, Minister of Foreign Affairs of Haiti. The "
        "Secretary-General, Dr. Marcus Greaves, also participated.\n\nThe Tenth Meeting of "
        "the Council will be held in Nassau in May."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    events = [(e.kind, {names[p] for p in e.participants}) for e in record.events]
    assert not any(k == "meeting" for k, _ in events)
    people = {"Marvin Sowirono", "Francis Xavier", "Jean Desir", "Marcus Greaves"}
    assert any(k == "conference" and p >= people for k, p in events)


def test_the_meeting_opening_the_sentence_after_a_gathering_is_it(engine: Communique) -> None:
    # "hosted the fifth ministerial meeting of Sudan's neighbours. The meeting, chaired by X,
    # brought together A, B and C": that gathering, not talks of its own
    text = (
        "Egypt hosted on Sunday the fifth ministerial meeting of Sudan's neighbouring countries "
        "in Cairo. The meeting, chaired by Egypt's Foreign Minister Karim Ezzat, brought "
        "together Chad's Foreign Minister Mahamat Issa, Ethiopia's Foreign Minister Mesfin "
        "Alemu and the Central African Republic's Foreign Minister Sylvie Ngouandji."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    events = [(e.kind, {names[p] for p in e.participants}) for e in record.events]
    people = {"Karim Ezzat", "Mahamat Issa", "Mesfin Alemu", "Sylvie Ngouandji"}
    assert any(k == "conference" and p >= people for k, p in events)
    assert not any(k == "meeting" and len(p & people) > 2 for k, p in events)
