"""Linguistic cases, one sentence each (written for these tests), through the whole pipeline:
who meets whom, in which role and for which state, with what status, where and when."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from communique.record import Record

PUBLISHED = "2025-03-14"


@pytest.fixture(scope="module")
def engine() -> Communique:
    return Communique()


def _event(record: Record) -> tuple[str, str, set[str]]:
    assert record.events, f"no event in {record.document.text!r}"
    ev = record.events[0]
    names = set()
    for a in ev.participants:
        actor = record.actor(a)
        assert actor is not None
        names.add(actor.name)
    return ev.kind, ev.status, names


@pytest.mark.parametrize(
    ("lang", "text", "kind", "status", "people"),
    [
        (
            "en",
            "Foreign Minister Annalena Baerbock met her Chinese counterpart Wang Yi in Berlin "
            "on Monday.",
            "meeting",
            "occurred",
            {"Annalena Baerbock", "Wang Yi"},
        ),
        (
            "de",
            "Bundeskanzler Olaf Scholz hat am Dienstag mit dem französischen Präsidenten "
            "Emmanuel Macron telefoniert.",
            "call",
            "occurred",
            {"Olaf Scholz", "Emmanuel Macron"},
        ),
        (
            "en",
            "President Joe Biden will host Japanese Prime Minister Fumio Kishida at the White "
            "House next week.",
            "meeting",
            "planned",
            {"Joe Biden", "Fumio Kishida"},
        ),
        (
            "de",
            "Das für Donnerstag geplante Treffen zwischen Außenministerin Annalena Baerbock und "
            "ihrem russischen Amtskollegen Sergej Lawrow wurde abgesagt.",
            "meeting",
            "cancelled",
            {"Annalena Baerbock", "Sergej Lawrow"},
        ),
        (
            "en",
            "The Kremlin denied that Vladimir Putin had met Donald Trump in Helsinki.",
            "meeting",
            "denied",
            {"Vladimir Putin", "Donald Trump"},
        ),
        (
            "en",
            "UN Secretary-General António Guterres received the Foreign Minister of "
            "Kazakhstan, Murat Nurtleu, in New York.",
            "meeting",
            "occurred",
            {"António Guterres", "Murat Nurtleu"},
        ),
        (
            "de",
            "Der usbekische Präsident Schawkat Mirsijojew empfing am Mittwoch in Taschkent den "
            "Generalsekretär der NATO, Mark Rutte.",
            "meeting",
            "occurred",
            {"Schawkat Mirsijojew", "Mark Rutte"},
        ),
        (
            "en",
            "Ukrainian President Volodymyr Zelensky and Polish President Andrzej Duda held "
            "talks in Warsaw on Friday.",
            "meeting",
            "occurred",
            {"Volodymyr Zelensky", "Andrzej Duda"},
        ),
        (
            "de",
            "Der Außenminister von Kirgisistan, Jeenbek Kulubaev, führte Gespräche mit dem "
            "EU-Sonderbeauftragten für Zentralasien, Terhi Hakala.",
            "meeting",
            "occurred",
            {"Jeenbek Kulubaev", "Terhi Hakala"},
        ),
        (
            "en",
            "Deputy Foreign Minister Roman Vassilenko held consultations with the Ambassador "
            "of Germany, Tilo Klinner.",
            "meeting",
            "occurred",
            {"Roman Vassilenko", "Tilo Klinner"},
        ),
        (
            "en",
            "On 12 March 2025, Minister of Foreign Affairs of the Republic of Kazakhstan Murat "
            "Nurtleu had a telephone conversation with the Minister for Europe and Foreign Affairs "
            "of France Jean-Noël Barrot.",
            "call",
            "occurred",
            {"Murat Nurtleu", "Jean-Noël Barrot"},
        ),
        (
            "en",
            "Deputy Minister of Foreign Affairs Alibek Bakayev received the newly appointed "
            "Ambassador of Japan to Kazakhstan, Ichiro Kamiya.",
            "meeting",
            "occurred",
            {"Alibek Bakayev", "Ichiro Kamiya"},
        ),
        (
            "de",
            "Der Präsident der Republik Usbekistan, Schawkat Mirsijojew, führte am Dienstag ein "
            "Telefongespräch mit dem Präsidenten der Russischen Föderation, Wladimir Putin.",
            "call",
            "occurred",
            {"Schawkat Mirsijojew", "Wladimir Putin"},
        ),
        (
            "de",
            "Bundesaußenministerin Annalena Baerbock hat heute in Berlin ihren polnischen "
            "Amtskollegen Radosław Sikorski empfangen.",
            "meeting",
            "occurred",
            {"Annalena Baerbock", "Radosław Sikorski"},
        ),
        (
            # the status word opens the sentence
            "de",
            "Geplant ist auch ein Treffen von Außenministerin Anna Berg mit ihrem "
            "französischen Kollegen Jean Roux.",
            "meeting",
            "planned",
            {"Anna Berg", "Jean Roux"},
        ),
    ],
)
def test_event_rows(
    engine: Communique, lang: str, text: str, kind: str, status: str, people: set[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert _event(record) == (kind, status, people)


@pytest.mark.parametrize(
    ("lang", "text", "name", "role", "affiliation"),
    [
        (
            "de",
            "Der stellvertretende Außenminister der Republik Kasachstan, Roman Vassilenko, "
            "traf sich mit Luc Devigne.",
            "Roman Vassilenko",
            "deputy_foreign_minister",
            "KAZ",
        ),
        (
            "en",
            "Foreign Minister Annalena Baerbock met her Chinese counterpart Wang Yi.",
            "Wang Yi",
            "foreign_minister",
            "CHN",
        ),
        (
            "de",
            "Das Gespräch mit Luc Devigne, dem stellvertretenden geschäftsführenden Direktor "
            "des Europäischen Auswärtigen Dienstes (EAD), war lang.",
            "Luc Devigne",
            "igo_official",
            "EU",
        ),
        (
            "en",
            "UN Secretary-General António Guterres spoke.",
            "António Guterres",
            "igo_leader",
            "UN",
        ),
        (
            "de",
            "Tschechiens Außenminister Lubomír Zaorálek traf den Botschafter.",
            "Lubomír Zaorálek",
            "foreign_minister",
            "CZE",
        ),
        (
            "en",
            "British Foreign Secretary Jack Straw met Spanish Prime Minister Jose Luis "
            "Rodriguez Zapatero.",
            "Jose Luis Rodriguez Zapatero",
            "head_of_government",
            "ESP",
        ),
        # a minister or state secretary for a region or Europe serves a foreign ministry
        (
            "en",
            "British Minister of State for the Indo-Pacific Anna Berg visited Hanoi.",
            "Anna Berg",
            "deputy_foreign_minister",
            "GBR",
        ),
        (
            "en",
            "Minister Tom Weber received Anna Berg, Undersecretary of Foreign Affairs of Uruguay.",
            "Anna Berg",
            "deputy_foreign_minister",
            "URY",
        ),
        (
            "de",
            "Auch der kroatische Staatssekretär für europäische Angelegenheiten, Karl Huber, "
            "sprach am Montag.",
            "Karl Huber",
            "deputy_foreign_minister",
            "HRV",
        ),
        # a modifier between the state and its title
        (
            "en",
            "French junior foreign minister Karl Huber said on Monday.",
            "Karl Huber",
            "foreign_minister",
            "FRA",
        ),
        (
            "en",
            "The French former president Karl Huber spoke.",
            "Karl Huber",
            "other",  # a past office: no office now
            "FRA",
        ),
        (
            "de",
            "Der französische Ex-Präsident Karl Huber sagte am Montag ab.",
            "Karl Huber",
            "other",  # a past office: no office now
            "FRA",
        ),
        (
            "ru",
            "Французский бывший президент Карл Хубер заявил об этом.",
            "Карл Хубер",
            "other",  # a past office: no office now
            "FRA",
        ),
        # of two titles in a row, the office before the rank
        (
            "en",
            "President General Karl Huber met Prime Minister Tom Weber.",
            "Karl Huber",
            "head_of_state",
            None,
        ),
        # a free-standing title in a sentence that names the person is someone else's
        (
            "de",
            "Außenminister Karl Huber traf Tom Weber in Wien. Huber informierte auch die "
            "Außenminister des Irans und Ägyptens.",
            "Karl Huber",
            "foreign_minister",
            None,
        ),
        # a title in the complement of another, then a comma and a name: the name is the
        # first title's ("the spokesman for the President, X")
        (
            "de",
            "Der Sprecher des Präsidenten, Jan Brand, traf Botschafter Tom Weber in Berlin.",
            "Jan Brand",
            "official",
            None,
        ),
        (
            "en",
            "The spokesman for the President, Jan Brand, met Ambassador Tom Weber in Berlin.",
            "Jan Brand",
            "official",
            None,
        ),
        (
            "de",
            "Der Staatssekretär beim Bundesminister für Wirtschaft, Jan Brand, und die "
            "vietnamesische Vizeministerin für Industrie, Lan Huong, leiteten die Sitzung.",
            "Jan Brand",
            "deputy_minister",
            None,
        ),
        # after a name, ", und" opens the next person's title
        (
            "de",
            "Der Staatssekretär beim Bundesminister für Wirtschaft, Jan Brand, und die "
            "vietnamesische Vizeministerin für Industrie, Lan Huong, leiteten die Sitzung.",
            "Lan Huong",
            "deputy_minister",
            "VNM",
        ),
        # the Kremlin's chief is Russia's
        (
            "de",
            "Ein Treffen mit Kremlchef Wiktor Saizew schloss Präsident Taras Hrynenko aus.",
            "Wiktor Saizew",
            "head_of_state",
            "RUS",
        ),
        (
            "en",
            "Kremlin chief Viktor Zaitsev met President Taras Hrynenko.",
            "Viktor Zaitsev",
            "head_of_state",
            "RUS",
        ),
        # a cabinet secretary with a portfolio is a minister (Kenya); the portfolio after
        # "for" names no party, though a party is so named
        (
            "en",
            "Kenya's Cabinet Secretary for Labour and Social Protection, Peter Ekai, met "
            "President Taras Hrynenko.",
            "Peter Ekai",
            "minister",
            "KEN",
        ),
        (
            "en",
            "Claude Veron, a spokesman for EU trade commissioner Peter Mandel, met President "
            "Taras Hrynenko.",
            "Claude Veron",
            "igo_official",
            "EU",
        ),
        # a free-standing title of someone met is not the state of the one who meets
        (
            "en",
            "Defense Secretary Karl Huber met Panama's security minister on Monday.",
            "Karl Huber",
            "minister",
            None,
        ),
    ],
)
def test_role_rows(
    engine: Communique, lang: str, text: str, name: str, role: str, affiliation: str | None
) -> None:
    record = engine.extract(text, lang=lang)
    actor = next((a for a in record.actors if a.name == name), None)
    assert actor is not None, [a.name for a in record.actors]
    assert actor.role is not None
    assert (actor.role.cls, actor.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "start"),
    [
        (
            "de",
            "„Wir haben viel erreicht“, sagte Außenminister Heiko Maas nach dem Treffen.",
            "Heiko Maas",
            "Wir haben viel erreicht",
        ),
        (
            "en",
            'Foreign Secretary Jack Straw said the agreement "will reunite many families".',
            "Jack Straw",
            "will reunite many families",
        ),
        (
            "en",
            'Prime Minister Tony Blair spoke. "We agreed on a plan for peace," he said.',
            "Tony Blair",
            "We agreed on a plan",
        ),
        (
            "de",
            "Außenminister Heiko Maas traf seinen kasachischen Amtskollegen Muchtar Tileuberdi. "
            "„Wir wollen den Handel verdoppeln“, sagte der Gast.",
            "Muchtar Tileuberdi",
            "Wir wollen den Handel",
        ),
        (
            "en",
            "Foreign Minister Heiko Maas met his Kazakh counterpart Mukhtar Tileuberdi. "
            '"We want to double trade," the Kazakh diplomat said.',
            "Mukhtar Tileuberdi",
            "We want to double trade",
        ),
        # words quoted within a report of praise, prediction or criticism
        (
            "en",
            'Foreign Minister Ana Soto praised the "spirit of cooperation between the two '
            'states" on Monday.',
            "Ana Soto",
            "spirit of cooperation",
        ),
        (
            "de",
            "Außenministerin Anna Berg lobte am Montag den „Geist der Zusammenarbeit beider "
            "Staaten“.",
            "Anna Berg",
            "Geist der Zusammenarbeit",
        ),
        # a quotation continued by a new quoted paragraph, the paragraphs run together
        (
            "en",
            '"This will help families," Foreign Minister Ana Soto said. "I applaud both '
            'governments for this step. "It will, I hope, lead to more."',
            "Ana Soto",
            "I applaud both governments",
        ),
        (
            "de",
            "„Das hilft den Familien“, sagte Außenministerin Anna Berg. „Ich danke beiden "
            "Regierungen für diesen Schritt. „Er wird hoffentlich zu mehr führen.“",
            "Anna Berg",
            "Ich danke beiden Regierungen",
        ),
        # a possessive and a noun of saying after the quotation
        (
            "de",
            "Außenminister Karl Huber spricht Klartext. „Macht die Grenzen endlich dicht!“, "
            "lautet seine Botschaft.",
            "Karl Huber",
            "Macht die Grenzen endlich dicht",
        ),
        (
            "en",
            'Foreign Minister Ana Soto spoke plainly. "Close the borders now," was her message.',
            "Ana Soto",
            "Close the borders now",
        ),
        # a headline's name and colon before the quotation
        (
            "de",
            'Berg: "Das Referendum wird stattfinden" – Parlament stimmt zu.\nAthen – '
            "Premierministerin Anna Berg hat das Referendum angekündigt.",
            "Anna Berg",
            "Das Referendum wird stattfinden",
        ),
        (
            "en",
            'Soto: "The referendum will take place"\nLIMA - Prime Minister Ana Soto announced '
            "the referendum on Monday.",
            "Ana Soto",
            "The referendum will take place",
        ),
        # a quotation that closes its sentence: the next sentence's name is no speaker
        (
            "en",
            'Prime Minister Tom Hale told MPs: "Nothing will get in the way of a united party." '
            "Labour's Paul Fenwick said the pair had clashed.",
            "Tom Hale",
            "Nothing will get in the way",
        ),
        # the pronoun of a speech frame is the one who spoke last, not the last one named
        (
            "en",
            "Mr Soto said he had doubts about the plans of the interior minister, Karl Huber. "
            '"We have to fight terrorism with all our means," he said.',
            "Soto",
            "We have to fight terrorism",
        ),
        # a title in apposition between the speaker and the speech verb
        (
            "en",
            "Earlier, David Rose, Chief Executive of Lima Hospitals Trust, had said: "
            '"It is with real regret that we have taken this step."',
            "David Rose",
            "It is with real regret",
        ),
        # an abbreviation's full stop does not end the speech frame
        (
            "en",
            '"The conditions for entry are unchanged by this decision," Mr. Brown said.',
            "Brown",
            "The conditions for entry",
        ),
        # a quotation opening its sentence: the one who spoke in the sentence before
        (
            "de",
            "Außenminister Karl Huber sagte, die Lage sei ernst. „Wir müssen jetzt handeln, "
            "bevor es zu spät ist.“",
            "Karl Huber",
            "Wir müssen jetzt handeln",
        ),
    ],
)
def test_quote_rows(engine: Communique, lang: str, text: str, speaker: str, start: str) -> None:
    record = engine.extract(text, lang=lang)
    quote = next(q for q in record.quotes if q.text.startswith(start))
    assert quote.speaker is not None
    actor = record.actor(quote.speaker)
    assert actor is not None and actor.name == speaker
    assert record.document.text[quote.span.start : quote.span.end] == quote.text


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "start"),
    [
        # a pronoun speaker is the earlier sentence's subject, not the last one named there
        ("en", 'Tom Weber is to make a pitch to voters who feel let down by Karl Huber. He will '
         'say his party will "share the same values" as they do.', "Tom Weber",
         "share the same values"),
        ("de", "Tom Weber wirbt um Wähler, die sich von Karl Huber im Stich gelassen fühlen. Er "
         "will sagen, seine Partei werde „die gleichen Werte teilen“ wie sie.", "Tom Weber",
         "die gleichen Werte teilen"),
        # ... and after a speech verb in the sentence before, the one who spoke
        ("en", 'Mr Karl Huber said the talks with Mr Tom Weber were "a unique chance for all '
         'of us". He added: "Your endeavour to hold a conference is welcome."', "Karl Huber",
         "Your endeavour"),
        # an initial's full stop does not end the speech frame
        ("de", "Minister Nurlan Seitkali traf Michael Hartmann. „Deutschland ist für uns ein "
         "wichtiger Partner“, betonte N. Seitkali.", "Nurlan Seitkali", "Deutschland ist"),
        # a press release's attribution line under the quotation
        ("en", "Quotes\n\n“Ghana is a key partner for Canada in a fast-growing region.”\n\n– "
         "The Honourable Anna Berg, Minister of Foreign Affairs\n\n“I look forward to meeting "
         "business leaders in Accra.”\n\n– Tom Weber, Parliamentary Secretary",
         "Anna Berg", "Ghana is a key partner"),
        ("en", "Quotes\n\n“Ghana is a key partner for Canada in a fast-growing region.”\n\n– "
         "The Honourable Anna Berg, Minister of Foreign Affairs\n\n“I look forward to meeting "
         "business leaders in Accra.”\n\n– Tom Weber, Parliamentary Secretary",
         "Tom Weber", "I look forward"),
        # a title after the quotation: the one named before with it
        ("en", "High Representative Ingrid Solberg met Minister Tom Weber in Brussels. “Armenia "
         "has made courageous choices for peace,” the High Representative said.",
         "Ingrid Solberg", "Armenia has made"),
        ("de", "Die Hohe Vertreterin Ingrid Solberg traf Minister Tom Weber in Brüssel. „Armenien "
         "hat mutige Entscheidungen getroffen“, sagte die Hohe Vertreterin.",
         "Ingrid Solberg", "Armenien hat mutige"),
        # a phrase quoted inside a sentence with no speech frame: its subject's words
        ("en", "Ms Anna Berg is concerned too many children play games which include \"high "
         "levels of violence\".", "Anna Berg", "high levels of violence"),
        ("de", "Anna Berg zeigte sich besorgt über das „hohe Maß an Gewalt“ in den Spielen.",
         "Anna Berg", "hohe Maß an Gewalt"),
        ("en", "Tom Weber met Anna Berg in Paris. She is worried that pupils take \"far too "
         "many risks\".", "Anna Berg", "far too many risks"),
        # a quoted paragraph of its own goes on with the quotation before, nobody between
        ("en", '"Our plan has worked," said Mr Tom Weber. "Crossings have dropped."\n\n"We '
         'will not stop now."', "Tom Weber", "We will not stop now"),
        ("de", "„Unser Plan hat funktioniert“, sagte Tom Weber. „Die Zahlen sinken.“\n\n„Wir "
         "hören jetzt nicht auf.“", "Tom Weber", "Wir hören jetzt nicht auf"),
        # "sprach (am Abend) von"
        ("de", "Ratspräsident Henrik Berg sprach am Abend von einer „offenen, aber schwierigen "
         "Debatte“.", "Henrik Berg", "offenen, aber schwierigen"),
    ],
)  # fmt: skip
def test_speaker_told_apart_rows(
    engine: Communique, lang: str, text: str, speaker: str, start: str
) -> None:
    record = engine.extract(text, lang=lang)
    quote = next(q for q in record.quotes if q.text.startswith(start))
    actor = record.actor(quote.speaker) if quote.speaker else None
    assert actor is not None and actor.name == speaker


def test_a_quoted_paragraph_after_someone_else_keeps_no_earlier_speaker(
    engine: Communique,
) -> None:
    text = '"Our plan has worked," said Mr Tom Weber. Anna Berg disagreed.\n\n"It has failed."'
    record = engine.extract(text, lang="en")
    quote = next(q for q in record.quotes if q.text.startswith("It has failed"))
    actor = record.actor(quote.speaker) if quote.speaker else None
    assert actor is None or actor.name != "Tom Weber"


@pytest.mark.parametrize(
    ("lang", "text", "quoted"),
    [
        ("en", 'Minister Anna Berg said the plan, dubbed "Sound of Music", was dead.', []),
        ("ru", "Министр Анна Берг открыла встречу «Центральная Азия – Европейский союз».", []),
        # where every noun has a capital, capitals make no name of what is said
        ("de", "Ministerin Anna Berg sprach von der „Schande von Idomeni“ und ging.",
         ["Schande von Idomeni"]),
    ],
)  # fmt: skip
def test_a_name_in_quote_marks_is_no_quotation(
    engine: Communique, lang: str, text: str, quoted: list[str]
) -> None:
    assert [q.text for q in engine.extract(text, lang=lang).quotes] == quoted


@pytest.mark.parametrize(
    ("lang", "text", "quotes"),
    [
        # a quotation that goes on in a new paragraph opening with a quote mark, its closing
        # mark left out: one quotation of one speaker
        ("en", 'Minister Anna Berg said: "We will keep talking. It is the only way.\n\n"We owe '
         'it to our citizens, and to our neighbours." Reporters then left.',
         [("Anna Berg", "We will keep talking", "to our neighbours")]),
        ("en", 'Minister Anna Berg said: "We will keep talking. "We owe it to our citizens and '
         'to our neighbours." Reporters then left.',
         [("Anna Berg", "We will keep talking", "to our neighbours")]),
        ("de", "Ministerin Anna Berg sagte: „Wir reden weiter. Es ist der einzige Weg.\n\n„Das "
         "sind wir den Bürgern schuldig.“ Danach ging sie.",
         [("Anna Berg", "Wir reden weiter", "Bürgern schuldig")]),
        # ... unless the new one has a speech frame of its own
        ("en", '"We have said as much to the Americans. Mr Tom Hale was careful with Moscow. '
         '"Russia is our strategic partner," Mr Hale said.',
         [(None, "We have said as much", "careful with Moscow"),
          ("Tom Hale", "Russia is our strategic partner", "strategic partner")]),
    ],
)  # fmt: skip
def test_a_quotation_continued_is_one(
    engine: Communique, lang: str, text: str, quotes: list[tuple[str | None, str, str]]
) -> None:
    record = engine.extract(text, lang=lang)
    got = []
    for q in record.quotes:
        actor = record.actor(q.speaker) if q.speaker else None
        got.append((actor.name if actor else None, q.text))
    assert len(got) == len(quotes), got
    for (speaker, text_got), (want, start, end) in zip(got, quotes, strict=True):
        assert speaker == want
        assert text_got.startswith(start) and text_got.endswith(end), text_got


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit", "qualifier"),
    [
        ("de", "Mehr als 3.000 Unternehmen sind im Land tätig.", 3000, "companies", "more than"),
        ("en", "Trade reached about 2.5 billion dollars last year.", 2.5e9, "USD", "about"),
        ("de", "Der Anteil liegt bei 40 Prozent.", 40, "percent", None),
    ],
)
def test_claim_rows(
    engine: Communique, lang: str, text: str, value: float, unit: str, qualifier: str | None
) -> None:
    record = engine.extract(text, lang=lang)
    claim = next(c for c in record.claims if c.unit == unit)
    assert claim.value == pytest.approx(value)
    assert claim.qualifier == qualifier
