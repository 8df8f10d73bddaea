"""Issue 8, the document model: linguistic cases written for these tests, in both languages.

Participants are the meeting word's arguments, not everyone named in its sentence (speech
frames, subordinate and relative clauses, descriptions of someone else, later predicates);
a subject pronoun is the person it refers to; one subject with several counterparts makes
a meeting with each. Names keep their initials, particles and first names; organisation and
event names are no people. Records give titles a base form, places a canonical name and
GeoNames id, and a postponed meeting its new date without calling it a refusal.
"""

from __future__ import annotations

from typing import Any

import pytest

from communique.pipeline import Communique
from communique.record import Record

PUBLISHED = "2025-03-14"


def _rosters(record: Record) -> list[frozenset[str]]:
    out = []
    for ev in record.events:
        if ev.kind in ("meeting", "call"):
            names = {a.name for x in ev.participants if (a := record.actor(x)) is not None}
            out.append(frozenset(names))
    return out


@pytest.mark.parametrize(
    ("lang", "text", "rosters"),
    [
        # a speech frame: the spokesperson reports, she does not meet
        (
            "en",
            "Spokesperson Maria Holt said Foreign Minister Tom Okafor met his Danish "
            "counterpart Lars Lund in Oslo.",
            [{"Tom Okafor", "Lars Lund"}],
        ),
        (
            "de",
            "Das Gespräch zwischen Außenministerin Anna Berg und Außenminister Karl Huber habe "
            "eine Stunde gedauert, sagte Regierungssprecher Peter Lang.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        # a subordinate clause of its own
        (
            "en",
            "Ambassador Dennis Rowe met Foreign Minister Omar Haddad at the ministry, four "
            "months after President Paul Grant had taken office.",
            [{"Dennis Rowe", "Omar Haddad"}],
        ),
        (
            "de",
            "Außenministerin Anna Berg traf in Wien Außenminister Karl Huber, nachdem "
            "Bundeskanzler Peter Lang abgereist war.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        # a description of someone else
        (
            "en",
            "Dennis Rowe, a senior adviser to President Paul Grant, met Foreign Minister Omar "
            "Haddad in Muscat.",
            [{"Dennis Rowe", "Omar Haddad"}],
        ),
        # a later predicate of the same subject
        (
            "en",
            "Foreign Minister Tom Okafor met Prime Minister Lars Lund and criticised opposition "
            "leader Peter Grant.",
            [{"Tom Okafor", "Lars Lund"}],
        ),
        (
            "de",
            "Außenministerin Anna Berg empfing Außenminister Karl Huber und kritisierte "
            "Oppositionsführer Peter Lang.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        # a relative clause holding the meeting word takes the person it describes
        (
            "de",
            "Außenministerin Anna Berg, die am Montag Außenminister Karl Huber traf, sprach "
            "von Fortschritten.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        # a subject pronoun
        (
            "en",
            "Prime Minister Anna Berg arrived in Vienna on Monday. She met Chancellor Karl "
            "Huber at the Hofburg.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        (
            "de",
            "Bundespräsident Karl Huber reiste am Montag nach Rom. Dort traf er "
            "Ministerpräsident Paolo Conte.",
            [{"Karl Huber", "Paolo Conte"}],
        ),
        # someone joins a meeting told in an earlier sentence
        (
            "en",
            "Prime Minister Anna Berg met Chancellor Karl Huber in Vienna on Monday. Foreign "
            "Minister Tom Okafor also joined the talks.",
            [{"Anna Berg", "Karl Huber", "Tom Okafor"}],
        ),
        (
            "de",
            "Außenministerin Anna Berg traf am Montag in Wien Außenminister Karl Huber. An dem "
            "Treffen nahm auch Staatssekretär Peter Lang teil.",
            [{"Anna Berg", "Karl Huber", "Peter Lang"}],
        ),
        # a group reference in a later meeting sentence names the parties told before
        (
            "en",
            "Prime Minister Anna Berg met Chancellor Karl Huber in Vienna on Monday. On "
            "Tuesday the two leaders continued their talks by phone.",
            [{"Anna Berg", "Karl Huber"}, {"Anna Berg", "Karl Huber"}],
        ),
        (
            "de",
            "Außenministerin Anna Berg traf am Montag in Wien Außenminister Karl Huber. Am "
            "Dienstag telefonierten die beiden Minister erneut.",
            [{"Anna Berg", "Karl Huber"}, {"Anna Berg", "Karl Huber"}],
        ),
        # ... a bare "both"/"beide" after the verb, the parties meeting someone else
        (
            "en",
            "Prime Minister Anna Berg met Chancellor Karl Huber in Vienna. At noon, both met "
            "President Eva Lind.",
            [{"Anna Berg", "Karl Huber", "Eva Lind"}],
        ),
        (
            "de",
            "Außenministerin Anna Berg traf in Wien Außenminister Karl Huber. Am Mittag trafen "
            "sich beide mit Präsidentin Eva Lind.",
            [{"Anna Berg", "Karl Huber", "Eva Lind"}],
        ),
        # a party politician's description no title list holds: the one titled person of
        # its gender named last
        (
            "de",
            "Außenministerin Anna Berg traf in Kiew Außenminister Karl Huber. Später wurde die "
            "Grünen-Politikerin von Regierungschefin Eva Lind empfangen.",
            [{"Anna Berg", "Karl Huber"}, {"Anna Berg", "Eva Lind"}],
        ),
        # the parties told before joined by someone
        (
            "en",
            "Prime Minister Anna Berg met Chancellor Karl Huber in Vienna. Later they were "
            "joined by Defence Minister Tom Lind, who briefed the visitor.",
            [{"Anna Berg", "Karl Huber", "Tom Lind"}],
        ),
        (
            "de",
            "Außenministerin Anna Berg traf in Wien Außenminister Karl Huber. Später stieß "
            "Verteidigungsminister Tom Lind zu ihnen.",
            [{"Anna Berg", "Karl Huber", "Tom Lind"}],
        ),
        # a military rank as the description ("mit dem General")
        (
            "de",
            "Die Delegation wird von General Karl Huber geleitet. Der Sondergesandte Tom Lind "
            "reiste nach Genf. Er sprach am Abend mit dem General.",
            [{"Tom Lind", "Karl Huber"}],
        ),
        # ... not when a side of the meeting told before is a state ("both sides" may be others)
        (
            "en",
            "Foreign Minister Anna Berg held talks with the Indian government on Friday. Both "
            "sides agreed to begin talks on trade.",
            [{"Anna Berg", "India"}],
        ),
        # ... nor after meetings of different parties: "beide Seiten" may mean either
        (
            "de",
            "Außenministerin Anna Berg traf am Montag Außenminister Karl Huber. Danach traf "
            "Huber Präsidentin Eva Lind. Beide Seiten vereinbarten ein weiteres Treffen.",
            [{"Anna Berg", "Karl Huber"}, {"Karl Huber", "Eva Lind"}],
        ),
        # a numbered group names the last people named with fitting titles, with no
        # meeting told before
        (
            "de",
            "In Wien wurde Staatschef Karl Huber gemeinsam mit seinen Kollegen Anna Berg und "
            "Eva Lind erwartet. Die drei Präsidenten trafen sich am Montag im Rathaus.",
            [{"Karl Huber", "Anna Berg", "Eva Lind"}],
        ),
        (
            "en",
            "President Karl Huber was expected in Vienna with his colleagues Anna Berg and Eva "
            "Lind. On Monday the three presidents met at the city hall.",
            [{"Karl Huber", "Anna Berg", "Eva Lind"}],
        ),
        # ... not when fewer people are named than the group counts
        (
            "en",
            "President Karl Huber arrived in Vienna on Monday. The three presidents met at the "
            "city hall.",
            [{"Karl Huber"}],  # his visit, no meeting of three
        ),
        (
            "de",
            "Präsident Karl Huber kam am Montag nach Wien. Die drei Präsidenten trafen sich im "
            "Rathaus.",
            [],
        ),
        # companions in a sentence without a meeting word join the meeting told before
        (
            "de",
            "Außenministerin Anna Berg traf am Montag in Wien Außenminister Karl Huber. Berg "
            "wurde von Staatssekretär Peter Lang und Botschafterin Eva Lind begleitet.",
            [{"Anna Berg", "Karl Huber", "Peter Lang", "Eva Lind"}],
        ),
        (
            "en",
            "Prime Minister Anna Berg met Chancellor Karl Huber in Vienna on Monday. The "
            "delegation included Foreign Minister Tom Okafor and Envoy Eva Lind.",
            [{"Anna Berg", "Karl Huber", "Tom Okafor", "Eva Lind"}],
        ),
        # ... not when the subject is someone else
        (
            "en",
            "Prime Minister Anna Berg met Chancellor Karl Huber in Vienna on Monday. Opposition "
            "leader Tom Okafor was accompanied by his adviser Eva Lind at a rally in Graz.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        (
            "de",
            "Außenministerin Anna Berg traf am Montag in Wien Außenminister Karl Huber. "
            "Oppositionschef Tom Okafor wurde in Graz von Eva Lind begleitet.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        # "the talks" without joining them: someone only talked about
        (
            "en",
            "Prime Minister Anna Berg met Chancellor Karl Huber in Vienna on Monday. Opposition "
            "leader Tom Okafor criticised the talks.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        # company: "accompanied by", "in Begleitung von" take part with the subject
        (
            "en",
            "Foreign Minister Anna Berg, accompanied by State Secretary Karl Huber, met "
            "President Eva Lind in Oslo.",
            [{"Anna Berg", "Karl Huber", "Eva Lind"}],
        ),
        (
            "de",
            "Außenministerin Anna Berg traf, begleitet von Staatssekretär Karl Huber, "
            "Präsidentin Eva Lind in Oslo.",
            [{"Anna Berg", "Karl Huber", "Eva Lind"}],
        ),
        # a description of the subject is no company
        (
            "en",
            "Foreign Minister Anna Berg, a close ally of President Karl Huber, met President "
            "Eva Lind in Oslo.",
            [{"Anna Berg", "Eva Lind"}],
        ),
        # one subject, several counterparts: a meeting with each
        (
            "en",
            "Foreign Minister Tom Okafor held talks with Chancellor Karl Huber and President "
            "Eva Lind.",
            [{"Tom Okafor", "Karl Huber"}, {"Tom Okafor", "Eva Lind"}],
        ),
        (
            "de",
            "Außenminister Karl Huber traf mit seinem polnischen Amtskollegen Jan Nowak und "
            "anschließend mit Präsident Andrzej Lis zusammen.",
            [{"Karl Huber", "Jan Nowak"}, {"Karl Huber", "Andrzej Lis"}],
        ),
        # a later predicate and what follows its comma: people talked about
        ("en", "Spokesperson Maria Holt said Foreign Minister Ada Okafor met her counterpart "
         "Lars Lund and raised the case of a detained reporter, Tom Berg.",
         [{"Ada Okafor", "Lars Lund"}]),
        ("de", "Regierungssprecher Paul Lang sagte, Kanzlerin Anna Berg habe Präsident Jan Kowal "
         "getroffen und den Fall des inhaftierten Journalisten Tom Weber angesprochen.",
         [{"Anna Berg", "Jan Kowal"}]),
        # ... but not a coordinated title before the meeting verb closing the clause
        ("de", "In Lima hatte Kanzlerin Anna Berg zuvor auch den Parteichef und Ex-Präsidenten "
         "Jan Kowal getroffen.", [{"Anna Berg", "Jan Kowal"}]),
        # a meeting noun opening the sentence: the main clause's subject is the other party,
        # its objects are not
        ("en", "At the meeting with Danish Foreign Minister Lars Lund, Foreign Minister Ada "
         "Okafor praised the late former president Paul Grant.", [{"Lars Lund", "Ada Okafor"}]),
        ("de", "Beim Treffen mit dem dänischen Außenminister Lars Lund würdigte "
         "Außenministerin Anna Berg den verstorbenen Altkanzler Paul Grant.",
         [{"Lars Lund", "Anna Berg"}]),
        ("de", "Bei dem Treffen mit dem dänischen Außenminister Lars Lund waren auch Tom Weber "
         "und Anna Berg dabei.", [{"Lars Lund", "Tom Weber", "Anna Berg"}]),
        # "called X" with a date, an infinitive or the sentence's end: a phone call; not a
        # name given ("a programme called Operation Gold") nor an epithet ("called X a liar")
        ("en", "President Jan Kowal called Chancellor Anna Berg on Sunday to congratulate her.",
         [{"Jan Kowal", "Anna Berg"}]),
        ("en", "The programme, called Operation Gold, was launched by Minister Ana Ruiz and "
         "Karl Huber.", []),
        ("en", "President Ana Ruiz called Chancellor Karl Huber a liar on Monday.", []),
        # company told in the next sentence, its word opening it
        ("de", "Außenministerin Anna Berg traf am Montag ihren dänischen Amtskollegen Lars Lund. "
         "Begleitet wurde sie von Staatssekretär Tom Weber.",
         [{"Anna Berg", "Lars Lund", "Tom Weber"}]),
        ("en", "Foreign Minister Anna Berg met her Danish counterpart Lars Lund on Monday. "
         "Accompanying her was State Secretary Tom Weber.",
         [{"Anna Berg", "Lars Lund", "Tom Weber"}]),
        # ... or its people accompany one who met, named after the verb or before it
        ("en", "Foreign Minister Anna Berg met her Danish counterpart Lars Lund on Monday. "
         "State Secretary Tom Weber accompanied her.", [{"Anna Berg", "Lars Lund", "Tom Weber"}]),
        ("en", "Prime Minister Anna Berg will meet President Lars Lund next week. State "
         "Secretary Tom Weber will accompany the prime minister.",
         [{"Anna Berg", "Lars Lund", "Tom Weber"}]),
        ("de", "Kanzlerin Anna Berg trifft nächste Woche Präsident Lars Lund. Staatssekretär Tom "
         "Weber wird die Kanzlerin begleiten.", [{"Anna Berg", "Lars Lund", "Tom Weber"}]),
        ("de", "Kanzler Karl Berg traf am Montag Präsident Lars Lund. Ihn begleitete "
         "Staatssekretär Tom Weber.", [{"Karl Berg", "Lars Lund", "Tom Weber"}]),
        ("ru", "Министр иностранных дел Анна Берг встретилась в понедельник с президентом "
         "Ларсом Лундом. Её сопровождал заместитель министра Иван Петров.",
         [{"Анна Берг", "Ларс Лунд", "Иван Петров"}]),
        # ... not someone else
        ("en", "Foreign Minister Anna Berg met her Danish counterpart Lars Lund on Monday. "
         "State Secretary Tom Weber accompanied his wife to the opera.",
         [{"Anna Berg", "Lars Lund"}]),
        ("de", "Eine Delegation unter Leitung von Vizeminister Jan Kowal traf in Genf mit "
         "Staatssekretärin Anna Berg zusammen. Zur Delegation gehörte auch Botschafter Tom "
         "Weber.", [{"Jan Kowal", "Anna Berg", "Tom Weber"}]),
        # ... after "also" words ("Ebenfalls anwesend waren", "Also present were"), a
        # delegation's make-up, long lists before the joining verb's particle
        ("de", "Außenministerin Anna Berg traf am Montag ihren dänischen Amtskollegen Lars Lund. "
         "Ebenfalls anwesend waren Staatssekretär Tom Weber und Botschafterin Eva Holm.",
         [{"Anna Berg", "Lars Lund", "Tom Weber", "Eva Holm"}]),
        ("de", "Außenministerin Anna Berg traf am Montag ihren dänischen Amtskollegen Lars Lund. "
         "Mit dabei war Staatssekretär Tom Weber.", [{"Anna Berg", "Lars Lund", "Tom Weber"}]),
        ("en", "Foreign Minister Anna Berg met her Danish counterpart Lars Lund on Monday. "
         "Also present were State Secretary Tom Weber and Ambassador Eva Holm.",
         [{"Anna Berg", "Lars Lund", "Tom Weber", "Eva Holm"}]),
        ("de", "Außenministerin Anna Berg traf am Montag ihren dänischen Amtskollegen Lars Lund. "
         "Die dänische Delegation bestand aus Staatssekretär Tom Weber und Botschafterin Eva "
         "Holm.", [{"Anna Berg", "Lars Lund", "Tom Weber", "Eva Holm"}]),
        ("en", "Foreign Minister Anna Berg met her Danish counterpart Lars Lund on Monday. "
         "The Danish delegation consisted of State Secretary Tom Weber and Ambassador Eva "
         "Holm.", [{"Anna Berg", "Lars Lund", "Tom Weber", "Eva Holm"}]),
        ("de", "Außenministerin Anna Berg traf am Montag ihren dänischen Amtskollegen Lars Lund. "
         "An dem Gespräch nahmen auch Staatssekretär Tom Weber und Botschafterin Eva Holm "
         "teil.", [{"Anna Berg", "Lars Lund", "Tom Weber", "Eva Holm"}]),
        ("de", "Außenministerin Anna Berg traf am Montag ihren dänischen Amtskollegen Lars Lund. "
         "Staatssekretär Tom Weber und Botschafterin Eva Holm wohnten dem Gespräch bei.",
         [{"Anna Berg", "Lars Lund", "Tom Weber", "Eva Holm"}]),
        # people named in what a meeting is about, or denied their part, are not at it; a
        # visit talked about is no meeting of its own
        ("en", "Chancellor Karl Huber faced discontent at Monday's meeting with Senator Eva "
         "Holm over claims made in journalist Tom Lind's book.",
         [{"Karl Huber", "Eva Holm"}]),
        ("en", "Foreign Minister Anna Berg held talks with Karl Huber about the visit of Tom "
         "Lind.", [{"Anna Berg", "Karl Huber"}]),
        ("de", "Außenministerin Anna Berg sprach mit Präsident Karl Huber über die Reise von "
         "Tom Lind.", [{"Anna Berg", "Karl Huber"}]),
        # the speaker of a speech frame, named beside it without a verb of its own
        ("en", "Foreign Minister Anna Berg met President Karl Huber, said a spokesman, Tom "
         "Holt.", [{"Anna Berg", "Karl Huber"}]),
        ("en", "Foreign Minister Anna Berg met President Karl Huber, a spokesman, Tom Holt, "
         "said.", [{"Anna Berg", "Karl Huber"}]),
        ("de", "Außenministerin Anna Berg traf Präsident Karl Huber, sagte ein Sprecher, Tom "
         "Holt.", [{"Anna Berg", "Karl Huber"}]),
        # the source a marker of reported speech names is no party
        ("en", "According to spokesman Tom Holt, Foreign Minister Anna Berg met President Karl "
         "Huber on Monday.", [{"Anna Berg", "Karl Huber"}]),
        ("de", "Laut Regierungssprecher Tom Holt traf Außenministerin Anna Berg am Montag "
         "Präsident Karl Huber.", [{"Anna Berg", "Karl Huber"}]),
        ("de", "Nach Angaben von Sprecher Tom Holt traf Außenministerin Anna Berg am Montag "
         "Präsident Karl Huber.", [{"Anna Berg", "Karl Huber"}]),
        # ... unless the source is one of the two ("according to A, the talks with B")
        ("en", "According to Foreign Minister Anna Berg, the talks with President Karl Huber "
         "went well.", [{"Anna Berg", "Karl Huber"}]),
        ("ru", "По словам министра Анны Берг, переговоры с президентом Карлом Хубером были "
         "конструктивными.", [{"Анна Берг", "Карл Хубер"}]),
        # a relative clause's meeting is its own, shared by the one it describes
        ("de", "Kanzlerin Anna Berg traf Präsident Karl Huber, der am Montag mit Premier Jan "
         "Kowal telefoniert hatte.", [{"Anna Berg", "Karl Huber"}, {"Karl Huber", "Jan Kowal"}]),
        ("en", "Chancellor Anna Berg met President Karl Huber, who had earlier spoken by phone "
         "with Prime Minister Jan Kowal.", [{"Anna Berg", "Karl Huber"},
                                           {"Karl Huber", "Jan Kowal"}]),
        # ... and shared by all the people it describes, joined by a coordinator
        ("de", "Die Einigung sollen Minister Karl Huber und Ministerin Anna Berg erzielen, die "
         "sich am Montag in Wien getroffen haben.", [{"Karl Huber", "Anna Berg"}]),
        ("ru", "Точку в споре поставят министр Карл Хубер и министр Анна Берг, которые сегодня "
         "встречаются в Вене.", [{"Карл Хубер", "Анна Берг"}]),
        # a subject pronoun stands for the one named before it in its sentence, not for a
        # man of the sentence before
        ("de", "Kanzlerin Anna Berg hat am Montag Premier Karl Huber empfangen. Am Dienstag "
         "reist Berg nach Lima, wo sie Präsident Jan Kowal treffen will.",
         [{"Anna Berg", "Karl Huber"}, {"Anna Berg", "Jan Kowal"}]),
        # the subject named after a with-list that opens the sentence meets each of it
        ("de", "Nach seinen Gesprächen mit Kanzlerin Anna Berg und Präsident Jan Kowal zog "
         "Bundespräsident Karl Huber Bilanz.", [{"Karl Huber", "Anna Berg"},
                                                {"Karl Huber", "Jan Kowal"}]),
        ("en", "After his talks with Chancellor Anna Berg and President Jan Kowal, President "
         "Karl Huber said relations were good.", [{"Karl Huber", "Anna Berg"},
                                                  {"Karl Huber", "Jan Kowal"}]),
        # the counterparts of a subject the name finder does not take are not met together
        ("en", "Oakes, who arrived in Lima on Monday, also held talks with President Karl Huber "
         "and Defense Minister Jan Kowal.", [{"Karl Huber"}, {"Jan Kowal"}]),
        # ... but a meeting noun that opens the sentence has no other subject
        ("en", "Talks with President Karl Huber and Defense Minister Jan Kowal were held on "
         "Monday.", [{"Karl Huber", "Jan Kowal"}]),
        # a visit judged by someone who is not on it: the judge is no party to it
        ("en", "Prime Minister Karl Huber also condemned the visit of Russian President Ivan "
         "Sorokin to the islands in November.", []),
        ("ru", "Премьер-министр Японии Карл Хубер раскритиковал визит президента России Ивана "
         "Сорокина на острова.", []),
        # ... but praised talks with someone may be the speaker's own
        ("en", "Prime Minister Karl Huber praised the talks with President Ivan Sorokin.",
         [{"Karl Huber", "Ivan Sorokin"}]),
        ("de", "Gespräche über die Lage in Syrien führten Außenminister Karl Huber und "
         "Präsident Tom Lind am Montag.", [{"Karl Huber", "Tom Lind"}]),
        ("en", "It was in fact Senator Tom Lind, not Mr Farage, who met Minister Karl Huber.",
         [{"Tom Lind", "Karl Huber"}]),
        # a relative clause without a comma: its people are its own; a second verb after
        # its object is the main clause's
        ("en", "Chancellor Karl Huber is visiting Chile to highlight famine issues which Prime "
         "Minister Tom Lind has also spoken out on.", [{"Karl Huber"}]),
        ("en", "The minister who met President Tom Lind in Lima was Karl Huber.",
         [{"Tom Lind", "Karl Huber"}]),
        # a meeting told by its owner's possessive, its others named after it (who came to
        # the appointment, who was asked to join); a meeting phrase ends with its sentence
        ("de", "Landeshauptmann Josef Berg führte am Mittwoch Sondierungsgespräche. Sein "
         "zweites Gespräch an diesem Tag hat dann länger gedauert. Parteichef Karl Huber war "
         "mit seinem Klubobmann Tom Lind zu dem Termin erschienen. Auch die Partei hatte ihren "
         "Klubobmann Eva Holm dazugebeten.", [{"Josef Berg", "Karl Huber", "Tom Lind",
                                               "Eva Holm"}]),
        ("en", "Governor Josef Berg held exploratory talks on Wednesday. His second meeting "
         "that day lasted longer. Party leader Karl Huber came to the appointment with Tom "
         "Lind. Eva Holm was also brought in.", [{"Josef Berg", "Karl Huber", "Tom Lind",
                                                  "Eva Holm"}]),
        # signing together, greeting, being someone's guest
        ("de", "Außenministerin Anna Berg und ihr Amtskollege Jan Nowak unterzeichneten am "
         "Montag in Wien ein Abkommen über Zusammenarbeit.", [{"Anna Berg", "Jan Nowak"}]),
        ("en", "Foreign Minister Anna Berg and her counterpart Jan Nowak signed an agreement on "
         "cooperation in Vienna on Monday.", [{"Anna Berg", "Jan Nowak"}]),
        ("en", "Chile and Peru signed an agreement on trade on Monday.", []),
        ("de", "Das von Präsident Jan Kowal und Kanzler Karl Huber in Minsk unterzeichnete "
         "Abkommen sieht eine Waffenruhe vor, die Vereinbarung gilt seit Februar.", []),
        ("de", "Außenministerin Anna Berg begrüßte am Montag in Wien ihren Amtskollegen Jan "
         "Nowak.", [{"Anna Berg", "Jan Nowak"}]),
        ("en", "Foreign Minister Anna Berg greeted her counterpart Jan Nowak in Vienna.",
         [{"Anna Berg", "Jan Nowak"}]),
        ("de", "Außenministerin Anna Berg begrüßte den Vorschlag von Präsident Jan Nowak.", []),
        ("de", "Außenministerin Anna Berg war am Montag bei Präsident Jan Nowak zu Gast.",
         [{"Anna Berg", "Jan Nowak"}]),
        # people in office meet also in a text about sport
        ("en", "Coach Tom Lind said the squad was ready for the tournament. President Karl "
         "Huber met Prime Minister Ana Soto in Lima.", [{"Karl Huber", "Ana Soto"}]),
        # sitting down together; not what something is made of
        ("de", "Kanzler Karl Huber und Präsident Jan Kowal setzten sich am Montag für zwei "
         "Stunden zusammen.", [{"Karl Huber", "Jan Kowal"}]),
        ("de", "Die Delegation setzt sich aus Staatssekretär Jan Kowal und Botschafterin Anna "
         "Berg zusammen.", []),
        # not an "also" word before the company word: "Im Anschluss" tells another meeting
        ("de", "Außenministerin Anna Berg traf am Montag ihren dänischen Amtskollegen Lars Lund. "
         "Im Anschluss kam sie mit Parlamentspräsident Tom Weber zusammen.",
         [{"Anna Berg", "Lars Lund"}, {"Anna Berg", "Tom Weber"}]),
        # a with that names a thing: an interview with a newspaper, no meeting with the
        # person talked about
        ("de", "Jan Kowal werde geschätzt, sagte Parteichef Tom Weber im Gespräch mit der "
         "Frankfurter Allgemeinen Sonntagszeitung.", []),
        ("de", "Kanzler Karl Huber führte am Montag Gespräche mit Vertretern der Opposition und "
         "Präsident Jan Kowal.", [{"Karl Huber", "Jan Kowal"}]),
        ("ru", "Накануне Иван Савин встретился с Постоянным координатором системы ООН в "
         "Беларуси Марией Ольссон.", [{"Иван Савин", "Мария Ольссон"}]),
        # a text about a state's leader: talks with that state's government are not his
        ("en", "Kowal Apology Eases Row\n\nThe opposition was reconsidering its boycott of "
         "talks with the Polish government after Polish Prime Minister Jan Kowal apologised "
         "to party leader Tom Weber.", []),
        # the speaker is the subject of what he says ("said he had met")
        ("en", "Foreign Secretary Tom Weber said he had met Foreign Minister Jan Kowal.",
         [{"Tom Weber", "Jan Kowal"}]),
        ("en", "Foreign Secretary Tom Weber said she had met Foreign Minister Jan Kowal.", []),
        # "welcomed" a named person, then a stop or a place
        ("en", "Prime Minister Tom Lind welcomed President Jan Kowal to Oslo on Monday.",
         [{"Tom Lind", "Jan Kowal"}]),
        ("en", "Prime Minister Tom Lind welcomed President Jan Kowal's decision on Monday.", []),
        # a group received without names, then who led it and who came along, over several
        # sentences; a later "the meeting" is that one
        ("de", "Präsident Jan Kowal hat die vom Parlament eingesetzte Untersuchungskommission "
         "empfangen. Danach berichtete die Kommission mit Anna Berg an der Spitze bei einem "
         "Treffen über ihre Arbeit. Rund 400 Fälle wurden geprüft. Die Kommission wurde von "
         "Bischof Tom Weber und Richterin Eva Lind begleitet. Die Kommission habe Kowal "
         "gedankt, sagte Sprecher Paul Roth nach dem Treffen.",
         [{"Jan Kowal", "Anna Berg", "Tom Weber", "Eva Lind", "Paul Roth"}]),
        ("en", "President Jan Kowal received the independent commission on Wednesday. The "
         "commission, headed by Anna Berg, was accompanied by Bishop Tom Weber.",
         [{"Jan Kowal", "Anna Berg", "Tom Weber"}]),
        # a group that stays unnamed: a meeting with people the text does not name
        ("en", "President Jan Kowal received the independent commission on Wednesday.",
         [{"Jan Kowal"}]),
        # a lead that describes its subject before it names her
        # (the talks with the opposition, a side the text does not name, are a meeting of
        # their own with one named participant, as the annotation guide records them)
        ("en", "Berg visits Oslo\n\nOSLO - The German foreign minister met Prime Minister Tom "
         "Lind on Monday. Anna Berg also held talks with the opposition.",
         [{"Anna Berg", "Tom Lind"}, {"Anna Berg"}]),
        ("de", "Berg besucht Oslo\n\nOslo – Die deutsche Außenministerin hat am Montag "
         "Ministerpräsident Tom Lind getroffen. Anna Berg sprach auch mit der Opposition.",
         [{"Anna Berg", "Tom Lind"}]),
        # a guest noun refers back to the visitor of the visit told before
        ("de", "Präsident Jean Roux ist am Montag zu einem Besuch in Wien eingetroffen. Der Gast "
         "wurde von Bundespräsident Karl Huber empfangen.", [{"Jean Roux", "Karl Huber"}]),
        ("en", "President Jean Roux arrived in Vienna on Monday for a visit. The visitor was "
         "welcomed by President Karl Huber.", [{"Jean Roux", "Karl Huber"}]),
        ("de", "Kanzler Karl Huber hat am Montag Präsident Jean Roux empfangen. Der Staatsgast "
         "traf danach auch Parlamentspräsident Tom Weber.",
         [{"Karl Huber", "Jean Roux"}, {"Jean Roux", "Tom Weber"}]),
        # "Beide" / "Both" alone: the parties of the meeting told before
        ("de", "Kanzlerin Anna Berg telefonierte am Sonntag mit Präsident Jan Kowal. Beide "
         "vereinbarten, sich bald in Oslo zu treffen.",
         [{"Jan Kowal", "Anna Berg"}, {"Jan Kowal", "Anna Berg"}]),
        ("en", "Chancellor Anna Berg spoke by phone with President Jan Kowal on Sunday. Both "
         "agreed to meet in Oslo soon.", [{"Jan Kowal", "Anna Berg"}, {"Jan Kowal", "Anna Berg"}]),
        # what the two discussed after their call is that call
        ("en", "President Jan Kowal and Chancellor Anna Berg spoke by phone on Sunday. The two "
         "leaders discussed grain exports.", [{"Jan Kowal", "Anna Berg"}]),
        ("de", "Kanzlerin Anna Berg telefonierte am Sonntag mit Präsident Jan Kowal. Die beiden "
         "Politiker erörterten die Lage in der Region.", [{"Jan Kowal", "Anna Berg"}]),
        # whom a subject's relative clause names is not at the table ("who back" is a verb
        # however the tagger reads it)
        ("en", "Two ministers who back President Jan Kowal met Prime Minister Karl Huber in Oslo.",
         [{"Karl Huber"}]),
        ("de", "Zwei Minister, die Präsident Jan Kowal unterstützen, trafen in Oslo "
         "Ministerpräsident Karl Huber.", [{"Karl Huber"}]),
        # a bulleted list after a meeting word and a colon: one meeting an item
        ("en", "Minister Anna Berg visited Lima on Monday. During the visit she met with:\n"
         "- President Jan Kowal;\n- Foreign Minister Karl Huber.\nShe flew home on Tuesday.",
         [{"Anna Berg", "Jan Kowal"}, {"Anna Berg", "Karl Huber"}]),
        ("de", "Ministerin Anna Berg besuchte am Montag Lima. Dort traf sie:\n• Präsident Jan "
         "Kowal,\n• Außenminister Karl Huber.", [{"Anna Berg", "Jan Kowal"},
                                                 {"Anna Berg", "Karl Huber"}]),
        # an unnamed subject's meetings with several people, one each
        ("en", "The Minister also held meetings with Prime Minister Jan Kowal and Foreign "
         "Minister Karl Huber.", [{"Jan Kowal"}, {"Karl Huber"}]),
        # two meetings in one sentence, each in its clause, each with its own place
        ("de", "Kanzlerin Anna Berg traf am Dienstag Präsident Jan Kowal in Paris, während "
         "Außenminister Tom Weber in Moskau mit Außenminister Karl Huber sprach.",
         [{"Anna Berg", "Jan Kowal"}, {"Tom Weber", "Karl Huber"}]),
        ("en", "Chancellor Anna Berg met President Jan Kowal in Paris on Tuesday, while Foreign "
         "Minister Tom Weber held talks with Foreign Minister Karl Huber in Moscow.",
         [{"Anna Berg", "Jan Kowal"}, {"Tom Weber", "Karl Huber"}]),
        # a German clause-final "mit X gesprochen / sprach"
        ("de", "Kanzler Tom Weber hat am Montag mit Kanzlerin Anna Berg gesprochen.",
         [{"Tom Weber", "Anna Berg"}]),
        # signing a partnership together
        ("en", "Prime Minister Anna Berg and President Jan Kowal signed a strategic partnership "
         "in Lima.", [{"Anna Berg", "Jan Kowal"}]),
        ("de", "Ministerpräsidentin Anna Berg und Präsident Jan Kowal unterzeichneten in Lima "
         "eine strategische Partnerschaft.", [{"Anna Berg", "Jan Kowal"}]),
        # welcoming a named guest, whose title has an "of" phrase; a warm welcome
        ("en", "Prime Minister Anna Berg today welcomed President Jan Kowal of Chile to Oslo.",
         [{"Anna Berg", "Jan Kowal"}]),
        ("en", "Prime Minister Anna Berg gave a warm welcome to the President of Chile, Jan "
         "Kowal, at her residence.", [{"Anna Berg", "Jan Kowal"}]),
        # a headline's call and the body's "spoke with" are one call
        ("en", "Readout of President Kowal's Call with Chancellor Berg\nPresident Jan Kowal spoke "
         "today with Chancellor Anna Berg.", [{"Anna Berg", "Jan Kowal"}]),
        # a call received
        ("en", "Prime Minister Anna Berg received a phone call from President Jan Kowal on Sunday.",
         [{"Anna Berg", "Jan Kowal"}]),
        ("de", "Ministerpräsidentin Anna Berg erhielt am Sonntag einen Anruf von Präsident Jan "
         "Kowal.", [{"Anna Berg", "Jan Kowal"}]),
        # a meeting phrase opening the sentence: the main verb's subject after it takes part,
        # with a first name the tagger reads as an adjective, or coordinated in an apposition
        ("de", "Nach dem Treffen mit Präsident Jan Kowal sagte Außenminister Karl-Heinz Huber, "
         "die Krise sei nicht gelöst.", [{"Jan Kowal", "Karl-Heinz Huber"}]),
        ("de", "Bei einem Treffen in Minsk haben sich die Präsidenten Chiles und Perus, Jan "
         "Kowal und Karl Huber, auf eine Waffenruhe geeinigt.", [{"Jan Kowal", "Karl Huber"}]),
        # ... but not the object after the subject
        ("de", "Beim Treffen mit Präsident Jan Lund würdigte Ministerin Anna Berg die "
         "Ministerin Eva Kohl.", [{"Jan Lund", "Anna Berg"}]),
        # a headline in title case does meet
        ("en", "Chancellor Anna Berg Meets President Jan Kowal In Oslo\n\nThe talks focused "
         "on trade.", [{"Anna Berg", "Jan Kowal"}]),
        # "the two" / "die beiden" as the subject of who came along
        ("en", "Minister Anna Berg and President Jan Kowal met in Geneva on Friday. The two were "
         "joined by envoy Karl Huber.", [{"Anna Berg", "Jan Kowal", "Karl Huber"}]),
        ("de", "Ministerin Anna Berg und Präsident Jan Kowal trafen sich am Freitag in Genf. Die "
         "beiden wurden vom Gesandten Karl Huber begleitet.",
         [{"Anna Berg", "Jan Kowal", "Karl Huber"}]),
        # a headline's roster that the body tells as separate meetings is those meetings
        ("en", "Berg meets Kowal, Huber\n\nForeign Minister Anna Berg met separately with "
         "President Jan Kowal and Prime Minister Karl Huber on Monday.",
         [{"Anna Berg", "Jan Kowal"}, {"Anna Berg", "Karl Huber"}]),
        ("de", "Berg trifft Kowal und Huber\n\nAußenministerin Anna Berg traf am Montag "
         "getrennt Präsident Jan Kowal und Premier Karl Huber.",
         [{"Anna Berg", "Jan Kowal"}, {"Anna Berg", "Karl Huber"}]),
        # ... so is a standfirst's, told on the days of each meeting
        ("de", "Berg in Lima\n\nAußenministerin trifft Präsident Kowal und Amtskollegen Huber.\n\n"
         "Lima – Außenministerin Anna Berg traf am Montag in Lima ihren Amtskollegen Karl "
         "Huber. Am Dienstag wird Berg von Präsident Jan Kowal empfangen.",
         [{"Anna Berg", "Karl Huber"}, {"Anna Berg", "Jan Kowal"}]),
        # "after the meeting with X" is the meeting told with X, not the one told last
        ("de", "Außenministerin Anna Berg traf am Montag in Lima ihren Amtskollegen Karl Huber. "
         "Am Dienstag wird Berg von Präsident Jan Kowal empfangen. Das sei gut, sagte Berg "
         "nach dem Treffen mit Huber.", [{"Anna Berg", "Karl Huber"}, {"Anna Berg", "Jan Kowal"}]),
        ("en", "Foreign Minister Anna Berg met her counterpart Karl Huber in Lima on Monday. On "
         "Tuesday Berg will be received by President Jan Kowal. It went well, Berg said after "
         "the meeting with Huber.", [{"Anna Berg", "Karl Huber"}, {"Anna Berg", "Jan Kowal"}]),
        # a spokesperson named before the speech verb, an apposition between, only reports
        ("en", "Anna Berg, a spokeswoman for the ministry, said Minister Karl Huber met "
         "President Jan Kowal.", [{"Karl Huber", "Jan Kowal"}]),
        ("de", "Anna Berg, Sprecherin des Ministeriums, sagte, Minister Karl Huber habe "
         "Präsident Jan Kowal getroffen.", [{"Karl Huber", "Jan Kowal"}]),
        # a visit to someone's grave is a visit of the city, not a meeting with them
        ("de", "Premier Karl Huber besuchte in Lima das Grab von Präsident Jan Kowal.",
         [{"Karl Huber"}]),
        # a relative clause in brackets or dashes describes the person before it
        ("de", "Kanzlerin Anna Berg (die am Montag Präsident Jan Kowal getroffen hatte) sagte, "
         "Europa müsse handeln.", [{"Anna Berg", "Jan Kowal"}]),
        ("en", "Chancellor Anna Berg – who met President Jan Kowal on Monday – said Europe must "
         "act.", [{"Anna Berg", "Jan Kowal"}]),
        # someone present at the meeting told twice is at the one meeting
        ("en", "Prime Minister Anna Berg received President Jan Kowal on Saturday. The two "
         "leaders held talks on trade. Foreign Minister Lena Holm was also present at the "
         "meeting.", [{"Anna Berg", "Jan Kowal", "Lena Holm"}]),
        ("de", "Kanzlerin Anna Berg empfing am Samstag Präsident Jan Kowal. Die beiden Politiker "
         "sprachen über den Handel. An dem Gespräch nahm auch Außenministerin Lena Holm teil.",
         [{"Anna Berg", "Jan Kowal", "Lena Holm"}]),
        # those who take part in a meeting told before, in the present, over commas
        ("de", "Premier Jan Kowal trifft am Montag die Chefs der Geldgeber. An dem Treffen "
         "nehmen Direktorin Anna Berg, Präsident Karl Huber und Kommissar Tom Lind teil.",
         [{"Jan Kowal", "Anna Berg", "Karl Huber", "Tom Lind"}]),
        ("en", "Prime Minister Jan Kowal will meet the heads of the lenders on Monday. Director "
         "Anna Berg, President Karl Huber and Commissioner Tom Lind will attend the meeting.",
         [{"Jan Kowal", "Anna Berg", "Karl Huber", "Tom Lind"}]),
        # whom one tells something in a call is the one called
        ("en", "Chancellor Anna Berg told President Jan Kowal in a phone call on Tuesday that "
         "trade must grow.", [{"Anna Berg", "Jan Kowal"}]),
        ("en", "Spokesperson Lena Holm told reporters that Minister Anna Berg met President Jan "
         "Kowal in Oslo.", [{"Anna Berg", "Jan Kowal"}]),
        # shaking hands is meeting in person
        ("en", "President Anna Berg and President Jan Kowal shook hands at the border on "
         "Friday.", [{"Anna Berg", "Jan Kowal"}]),
        ("de", "Präsident Jan Kowal schüttelte der Präsidentin Anna Berg an der Grenze die "
         "Hand.", [{"Anna Berg", "Jan Kowal"}]),
        # "jemanden sprechen": a person as the object of "gesprochen"
        ("de", "Außenministerin Anna Berg hat am Rande des Gipfels den Präsidenten Jan Kowal "
         "gesprochen.", [{"Anna Berg", "Jan Kowal"}]),
        # a plural pronoun stands for the people named together before it
        ("de", "Kanzlerin Anna Berg und Präsident Jan Kowal reisten am Montag nach Kiew, wo sie "
         "Präsident Karl Huber trafen.", [{"Anna Berg", "Jan Kowal", "Karl Huber"}]),
        ("en", "Chancellor Anna Berg and President Jan Kowal met President Karl Huber in Kyiv. "
         "Earlier they had met Prime Minister Tom Lind.",
         [{"Anna Berg", "Jan Kowal", "Karl Huber"}, {"Anna Berg", "Jan Kowal", "Tom Lind"}]),
        ("de", "Präsidentin Lena Holm traf Ministerin Anna Berg und Minister Jan Kowal. Die "
         "beiden Minister waren nach Wien gereist. Zuvor hatten sie Kanzler Karl Huber "
         "gesprochen.", [{"Lena Holm", "Anna Berg", "Jan Kowal"},
                         {"Anna Berg", "Jan Kowal", "Karl Huber"}]),
    ],
)  # fmt: skip
def test_rosters(engine: Communique, lang: str, text: str, rosters: list[set[str]]) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert sorted(_rosters(record), key=sorted) == sorted(map(frozenset, rosters), key=sorted)


def _sides(record: Record) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Per meeting: the persons by name, the states and organisations by code."""
    out = []
    for ev in record.events:
        if ev.kind not in ("meeting", "call"):
            continue
        actors = [a for x in ev.participants if (a := record.actor(x)) is not None]
        people = frozenset(a.name for a in actors if a.kind == "person")
        sides = frozenset(str(a.affiliation) for a in actors if a.kind != "person")
        out.append((people, sides))
    return out


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # states as the subject of a meeting verb, or of a light verb and a meeting noun
        ("en", "Norway and Chile renewed negotiations in Oslo on Monday.", [((), ("NOR", "CHL"))]),
        (
            "de",
            "Norwegen und Chile nahmen am Montag die Verhandlungen wieder auf.",
            [((), ("NOR", "CHL"))],
        ),
        # the object of with or between
        (
            "en",
            "Talks between the EU and Chile resumed in Brussels on Tuesday.",
            [((), ("EU", "CHL"))],
        ),
        (
            "de",
            "Die Gespräche zwischen Norwegen und Chile wurden am Dienstag fortgesetzt.",
            [((), ("NOR", "CHL"))],
        ),
        # (one subject with several counterparts: a meeting with each, as with persons)
        (
            "en",
            "Prime Minister Anna Berg held talks with Chile, Peru and Bolivia.",
            [(("Anna Berg",), ("CHL",)), (("Anna Berg",), ("PER",)), (("Anna Berg",), ("BOL",))],
        ),
        # a state's unnamed representatives
        ("en", "Norwegian and Chilean officials met in Geneva.", [((), ("NOR", "CHL"))]),
        # ... with a noun of their domain before the word for them
        (
            "en",
            "Top US and Chinese trade negotiators held talks in Geneva on Tuesday.",
            [((), ("USA", "CHN"))],
        ),
        ("en", "Norwegian and Chilean security officials met in Geneva.", [((), ("NOR", "CHL"))]),
        (
            "de",
            "Die norwegische Delegation traf am Montag in Genf die chilenische Delegation.",
            [((), ("NOR", "CHL"))],
        ),
        (
            "de",
            "Vertreter Norwegens und Chiles trafen sich am Montag in Genf.",
            [((), ("NOR", "CHL"))],
        ),
        # a person at the table speaks for the state: no side of its own
        (
            "en",
            "Chilean Foreign Minister Ana Soto met Norway's Prime Minister Per Dahl in Oslo.",
            [(("Ana Soto", "Per Dahl"), ())],
        ),
        # the place, a topic, another noun's with, another verb's subject: no sides
        (
            "en",
            "Foreign Minister Ana Soto met Chancellor Per Dahl in Chile to discuss Peru.",
            [(("Ana Soto", "Per Dahl"), ())],
        ),
        (
            "de",
            "Bei seinen Gesprächen verteidigte Außenminister Per Dahl das Abkommen mit Chile.",
            [],
        ),
        ("en", "Norway and Chile also favour an early start to talks.", []),
        ("en", "The bilateral and multilateral work with Chile was praised by the Norwegians.", []),
        (
            "de",
            "Am Rande des Länderspiels zwischen Norwegen und Chile sagte Trainer Per Dahl, "
            "er sei zufrieden.",
            [],
        ),
        # a visit: its states are where the visitor goes (a visit to each: a tour)
        (
            "en",
            "Foreign Minister Ana Soto visited Chile and Peru last week.",
            [(("Ana Soto",), ()), (("Ana Soto",), ())],
        ),
        # a state with a possessive owns an unnamed title as an adjective does; a first
        # sentence that ends with a full stop is no headline when nobody titled follows
        (
            "en",
            "Chile's foreign minister met Peru's foreign minister on Monday. They discussed trade.",
            [((), ("CHL", "PER"))],
        ),
        # an unnamed visitor's state is the visit's side; where it goes is its place
        ("en", "Chile's vice foreign minister visited Norway on Monday.", [((), ("CHL",))]),
        ("de", "Der chilenische Vize-Außenminister besuchte am Montag Norwegen.", [((), ("CHL",))]),
        # "his meeting": he has it, not the body that called it off
        (
            "en",
            "President Karl Huber arrived in Lima on Monday. The White House later canceled "
            "his meeting with President Tom Lind.",
            [(("Karl Huber", "Tom Lind"), ())],
        ),
        (
            "de",
            "Präsident Karl Huber ist am Montag in Lima eingetroffen. Das Präsidialamt sagte "
            "sein Treffen mit Präsident Tom Lind ab.",
            [(("Karl Huber", "Tom Lind"), ())],
        ),
        # "it": the body named before, not the text's protagonist
        (
            "en",
            "Prime Minister Ana Soto said Peru could join. The EU has also announced that it "
            "will start accession talks with Chile in April.",
            [((), ("EU", "CHL"))],
        ),
        # counterparts from states, each a meeting of its own
        (
            "en",
            "Minister Ana Soto held bilateral meetings with her counterparts from Chile and Peru.",
            [(("Ana Soto",), ("CHL",)), (("Ana Soto",), ("PER",))],
        ),
        (
            "de",
            "Ministerin Ana Soto traf in Lima Vertreter aus Chile.",
            [(("Ana Soto",), ("CHL",))],
        ),
    ],
)
def test_states_and_organisations_as_sides(
    engine: Communique, lang: str, text: str, expected: list[tuple[tuple[str, ...], ...]]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    want = sorted((frozenset(p), frozenset(s)) for p, s in expected)
    assert sorted(_sides(record)) == want
    for actor in record.actors:
        if actor.kind != "person":
            assert actor.mentions, actor  # a side is named in the text
            for span in actor.mentions:
                assert record.document.text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # a solo visit: one named visitor, where the visit goes
        ("en", "Foreign Minister Ana Soto arrived in Lima on Monday on a two-day visit.", "Lima"),
        ("en", "Before the summit, Chancellor Per Dahl made a surprise visit to Chile.", "Chile"),
        (
            "de",
            "Zu Besuch in Lima sagte Außenministerin Ana Soto am Donnerstag, die Lage sei ernst.",
            "Lima",
        ),
        ("de", "Bundeskanzler Per Dahl besuchte am Montag Chile.", "Chile"),
        # a meeting with people the text does not name
        ("en", "In Lima, Foreign Minister Ana Soto met senior officials on Monday.", "Lima"),
        ("en", "Foreign Minister Ana Soto met on Monday in Lima with senior officials.", "Lima"),
        # a state's military with people the text does not name
        (
            "en",
            "The Chilean military met for five hours on Sunday with representatives of the rebels.",
            None,
        ),
        # a title without a name as the subject: the named object is met
        ("en", "The governor of Lima met Foreign Minister Ana Soto on Monday.", None),
        (
            "en",
            "The ambassador met with the Minister of Trade of Kenya, Ana Soto, in Lima.",
            "Lima",
        ),
        ("de", "Der Botschafter traf am Montag in Lima Außenministerin Ana Soto.", "Lima"),
        ("de", "Die Kanzlerin empfing am Montag den Premierminister von Peru, Ana Soto.", None),
        # a meeting with someone unnamed on the sidelines of a summit is one of its own
        (
            "en",
            "The Secretary-General met with Prime Minister Ana Soto on the sidelines of the "
            "summit in Lima.",
            "Lima",
        ),
        # someone's counterpart by name: that someone holds office too, named or not
        ("en", "The minister arrived on Monday. In Lima she met her counterpart Ana Soto.", "Lima"),
        (
            "de",
            "Die Ministerin reiste am Montag ab. In Lima traf sie ihre Amtskollegin Ana Soto.",
            "Lima",
        ),
        # representatives in the dative plural, inside a phrase that closes its clause
        (
            "de",
            "Außenministerin Ana Soto traf am Montag in Lima mit Vertretern der Opposition "
            "zusammen.",
            "Lima",
        ),
        (
            "de",
            "Bei einem Treffen mit Vertretern der Opposition in Lima hat Präsidentin Ana Soto "
            "Gesprächsbereitschaft signalisiert.",
            "Lima",
        ),
        # the heads of a group after the date
        (
            "en",
            "Prime Minister Ana Soto will meet the heads of the lenders in Lima on Monday.",
            "Lima",
        ),
        (
            "de",
            "Premierministerin Ana Soto trifft am Montag in Lima die Chefs der Geldgeber.",
            "Lima",
        ),
        # members of a body the knowledge base does not know
        ("en", "Prime Minister Ana Soto met members of Make Poverty History in Lima.", "Lima"),
        ("de", "Premierministerin Ana Soto traf sich in Lima mit Mitgliedern der Initiative "
         "Lebenswert.", "Lima"),
    ],
)  # fmt: skip
def test_one_named_participant(engine: Communique, lang: str, text: str, place: str | None) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert len(meetings) == 1
    (event,) = meetings
    assert len(event.participants) == 1
    assert (event.location.name if event.location else None) == place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no one to meet: a visit of one's own country, a meeting word without an object
        ("en", "Chancellor Per Dahl spoke about the meeting on Monday."),
        ("de", "Bundeskanzler Per Dahl sprach am Montag über das Treffen."),
        ("en", "Prime Minister Ana Soto said the talks had been useful."),
    ],
)
def test_one_person_alone_is_no_meeting(engine: Communique, lang: str, text: str) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert [e for e in record.events if e.kind == "meeting"] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # travelling together is no meeting of the travellers
        ("en", "Crown Prince Karl and Crown Princess Eva of Norway visited Lima on Monday."),
        ("de", "Bundeskanzlerin Anna Berg und Außenminister Karl Huber besuchten am Montag Lima."),
        # words met with a reception; the hosts of a show
        (
            "en",
            "The remarks of President Karl Huber met a cool reception from Chancellor Anna Berg.",
        ),
        (
            "en",
            "Contestants Anna Berg and Karl Huber were welcomed by hosts Tom Lind and Eva Ruiz.",
        ),
        # talks as the topic of other verbs; a challenge received
        (
            "en",
            "President Karl Huber and his rival, Senator Tom Lind, clashed over how to "
            "proceed with six-party talks.",
        ),
        (
            "en",
            "Prime Minister Karl Huber has received a surprise challenge from Tom Lind, his "
            "main rival.",
        ),
        # a headline's last word is no title of the next paragraph's first word; a headline's
        # verb after a title is no name
        (
            "en",
            "Rebels to host Western diplomats\n\nSponsors of the peace plan will send "
            "their foreign ministers to the region next week.",
        ),
        (
            "en",
            "Peru's Leader Urges Chile to Begin Talks\n\nThe president used his speech to "
            "urge talks.",
        ),
        # a sports encounter: people from a state, no office
        ("de", "Karl Huber aus Chile hat die zwei Begegnungen mit Tom Lind gewonnen."),
        # a text about sport: states named are teams
        (
            "en",
            "Coach Tom Lind said the squad was ready for the tournament. Chile meets Peru "
            "on Saturday in Lima.",
        ),
        (
            "de",
            "Trainer Tom Lind sagte, die Mannschaft sei bereit für das Turnier. Chile und "
            "Peru treffen sich am Samstag in Lima.",
        ),
        # a trip told by its traveller's possessive: who travels along is his side
        (
            "de",
            "Kanzler Karl Huber bricht am Montag nach Chile auf. Seine Reise dauert vier "
            "Tage. Begleitet wird er von Minister Tom Lind und Staatssekretärin Eva Holm.",
        ),
        (
            "de",
            "Kanzler Karl Huber bricht am Montag nach Chile auf. Sein Besuch dauert vier "
            "Tage. Mit dabei sind Minister Tom Lind und Staatssekretärin Eva Holm.",
        ),
        (
            "en",
            "Chancellor Karl Huber leaves for Chile on Monday. His trip lasts four days. "
            "Also present are Minister Tom Lind and State Secretary Eva Holm.",
        ),
        # meeting an opponent ("trifft am Mittwoch auf den Sieger")
        (
            "de",
            "Dort trifft Minister Karl Huber am Mittwoch auf den Sieger des Duells zwischen "
            "Präsident Tom Lind und Präsident Jan Kowal.",
        ),
        # an earlier main clause's people are its own ("opened the session, ... the
        # delegation met")
        (
            "de",
            "Präsident Karl Huber eröffnete die Sitzung, am Nachmittag traf die Delegation "
            "Vertreter der Regierung.",
        ),
        (
            "en",
            "President Karl Huber opened the session in Chile, in the afternoon the "
            "delegation met government officials.",
        ),
        # meeting rules, phones and briefing the press are no meetings
        (
            "en",
            "Minister Tom Lind said he was confident Chancellor Karl Huber would meet his "
            "golden economic rule.",
        ),
        (
            "en",
            "Opposition leader Tom Lind wants limits on the use of mobile phones, said Home "
            "Secretary Karl Huber.",
        ),
        ("en", "It was Senator Tom Lind who briefed newspapers, said Minister Karl Huber."),
        # an earlier main clause's people are not those of a subordinate clause after it
        (
            "en",
            "Tom Lind was a top adviser to President Karl Huber for years, but it is not "
            "clear if he ever received the payments.",
        ),
        # who said something on the sidelines of a match, listed after the speech verb
        (
            "de",
            "Das sagten Minister Jan Kowal und Präsident Karl Huber am Rande des Länderspiels "
            "zwischen Chile und Peru in einem Interview.",
        ),
        (
            "en",
            "That is a mistake, said Minister Jan Kowal and President Karl Huber on the "
            "sidelines of the match between Chile and Peru.",
        ),
        # "traf ... ein" before an object is no arrival, and no meeting of named people
        ("de", "Kanzler Jan Kowal traf in Berlin ein Mitglied der Regierung."),
        # welcoming a decision, or someone's words
        ("en", "Minister Jan Kowal welcomed the decision of the Council of Europe."),
        ("en", "President Karl Huber welcomed Chancellor Jan Kowal's remarks on trade."),
        # speaking of someone, canonising, pronouncing: no "jemanden sprechen"
        ("de", "Ministerin Anna Berg hat am Montag über Präsident Jan Kowal gesprochen."),
        ("de", "Papst Jan Kowal hat Mutter Anna Berg heilig gesprochen."),
        # someone remembered at a tomb or a memorial is not met
        ("en", "Prime Minister Karl Huber visited the tomb of President Jan Kowal in Lima."),
        # a capitalised meeting verb inside a sentence is part of a title
        (
            "en",
            "Senator Jan Kowal and Governor Karl Huber appeared on Meet the Press on Sunday.",
        ),
        (
            "en",
            "Hoffman is in the UK to publicise his comedy, Meet the Parents, which also stars "
            "Anna Berg and Karl Huber.",
        ),
        # "a host of" people is many of them, not a host
        (
            "en",
            "A host of other UK actors, including Anna Berg, Jan Kowal and Karl Huber, also "
            "appeared in the show.",
        ),
        # players who may meet in a draw
        (
            "en",
            "Local favourite Jan Kowal will meet France's Karl Huber, while defending champion "
            "Anna Berg faces Eva Lind.",
        ),
        # a discussion in an aside between dashes is no meeting of the people around it
        (
            "de",
            "Zu Ministerin Anna Bergs Plan hat Präsident Jan Kowal einen Vorschlag: Daten "
            "sollen – wie schon in Deutschland diskutiert – eingefroren werden.",
        ),
    ],
)
def test_no_meeting_between(engine: Communique, lang: str, text: str) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert [e for e in record.events if e.kind == "meeting"] == []


def test_the_polite_sie_is_one_person(engine: Communique) -> None:
    """ "trafen Sie" in an interview is the polite "you" of one person: not everyone named
    before it (a plural "sie" would be)."""
    text = (
        "Präsident Jan Kowal und Ministerin Anna Berg sprachen über Europa. Frage: Gestern "
        "trafen Sie Kanzler Karl Huber in Genf."
    )
    rosters = _rosters(engine.extract(text, lang="de", published=PUBLISHED))
    assert rosters and all(len(r) == 2 and "Karl Huber" in r for r in rosters)


@pytest.mark.parametrize(
    ("lang", "text", "rosters"),
    [
        # a bare surname as a meeting's subject or object ("Obama met", "met with Manafort")
        (
            "en",
            "Okonjo met Chilean officials in Geneva on Monday, officials said.",
            [{"Okonjo", "Chile"}],
        ),
        (
            "en",
            "Senator Ruth Abbot said she had met with Okonjo twice.",
            [{"Ruth Abbot", "Okonjo"}],
        ),
        ("de", "Außenminister Per Dahl traf Okonjo am Montag in Genf.", [{"Per Dahl", "Okonjo"}]),
        # a dictionary word next to a meeting word stays a word
        ("en", "The Committee met on Monday with Foreign Minister Ana Soto.", []),
        # names coordinated with a meeting's object are objects too (a dictionary word as
        # well, where the tagger calls it a name)
        (
            "en",
            "Foreign Minister Ana Soto met Okonjo, Wood and Holm in Oslo.",
            [{"Ana Soto", "Okonjo", "Wood", "Holm"}],
        ),
        (
            "de",
            "Außenministerin Ana Soto traf Okonjo und Hollande in Paris.",
            [{"Ana Soto", "Okonjo", "Hollande"}],
        ),
        (
            "de",
            "Außenministerin Ana Soto traf Okonjo und Freunde in Paris.",
            [{"Ana Soto", "Okonjo"}],
        ),
        # "X said that he met ...": the speaker
        (
            "en",
            "Foreign Minister Tom Okafor met Chancellor Karl Huber. Secretary of State Ana Soto "
            "said on Tuesday that she had met Huber in Vienna.",
            [{"Tom Okafor", "Karl Huber"}, {"Ana Soto", "Karl Huber"}],
        ),
    ],
)
def test_bare_surnames_and_speakers(
    engine: Communique, lang: str, text: str, rosters: list[set[str]]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert sorted(_rosters(record), key=sorted) == sorted(map(frozenset, rosters), key=sorted)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        (
            "en",
            "Prime Minister Shaukat Aziz met Secretary-General Donald C. McKinnon in Islamabad.",
            {"Shaukat Aziz", "Donald C. McKinnon"},
        ),
        (
            "de",
            "Der UN-Sondergesandte Staffan de Mistura traf am Montag in Genf Außenminister "
            "Karl Huber.",
            {"Staffan de Mistura", "Karl Huber"},
        ),
        (
            "de",
            "Finanzminister Hans Jörg Schelling traf am Montag Außenministerin Anna Berg.",
            {"Hans Jörg Schelling", "Anna Berg"},
        ),
        (
            "de",
            "Das sagte Staatssekretärin Jadranka Joksimovic der Belgrader Zeitung am Montag.",
            {"Jadranka Joksimovic"},
        ),
        (
            "en",
            "The Charles Wintour Award went to the Clinton Foundation, said Senator Jane Doyle.",
            {"Jane Doyle"},
        ),
        (
            "de",
            "In Sankt Pölten sprach Landeshauptfrau Johanna Mikl mit der Konrad Adenauer Stiftung.",
            {"Johanna Mikl"},
        ),
        # hyphenated first names, also opening a sentence; a surname that is a compound of
        # words ("Stein|meier") is vouched for by them
        ("de", "Karl-Heinz Steinmeier traf am Montag Außenministerin Anna Berg.",
         {"Karl-Heinz Steinmeier", "Anna Berg"}),
        ("en", "Hans-Peter Lindqvist met Foreign Minister Anna-Lena Berg in Oslo.",
         {"Hans-Peter Lindqvist", "Anna-Lena Berg"}),
        # a city's name after the first word of a titled name is its surname ("Ivanov" is
        # also a Russian city's name)
        ("de", "Staatschef Gjorge Ivanov traf am Montag Außenminister Karl Huber.",
         {"Gjorge Ivanov", "Karl Huber"}),
        ("en", "President Gjorge Ivanov met Foreign Minister Karl Huber in Skopje.",
         {"Gjorge Ivanov", "Karl Huber"}),
        # an unknown first name is no compound of words ("Ko|linda": "Ko" is no word)
        ("de", "Staatschefin Kolinda Horvatic traf am Montag Außenminister Karl Huber.",
         {"Kolinda Horvatic", "Karl Huber"}),
        # a description of a relation introduces the name after it as a title does (two
        # words of which neither is a known first name: "Wang Yi", "Tran Luu")
        ("de", "Außenministerin Anna Berg traf ihren vietnamesischen Kollegen Tran Luu.",
         {"Anna Berg", "Tran Luu"}),
        ("en", "Foreign Minister Anna Berg met her Vietnamese counterpart Tran Luu.",
         {"Anna Berg", "Tran Luu"}),
        # a capitalised particle, then one that only follows another
        ("de", "Präsident Jan Kowal traf in der Hofburg Bundespräsident Karl Van der Meulen.",
         {"Jan Kowal", "Karl Van der Meulen"}),
        ("en", "President Jan Kowal met President Karl Van der Meulen in Vienna.",
         {"Jan Kowal", "Karl Van der Meulen"}),
        # a particle before a body's name is no part of a name
        ("de", "Generalmajor Igor Lasko vom Verteidigungsministerium traf am Montag "
         "Außenminister Karl Huber.", {"Igor Lasko", "Karl Huber"}),
        # a first name opening a sentence (the tagger says it is one), particles inside
        ("de", "Anna Berg sprach am Montag mit Außenminister Karl Huber.",
         {"Anna Berg", "Karl Huber"}),
        ("de", "Bruno Le Maire sprach am Montag mit Außenminister Karl Huber.",
         {"Bruno Le Maire", "Karl Huber"}),
        ("de", "Lage von Benitez ist ernst, sagte Außenminister Karl Huber.", {"Karl Huber"}),
        # a noble title inside a name
        ("de", "Botschafter Otto Graf Lindenau traf am Montag Außenminister Karl Huber.",
         {"Otto Graf Lindenau", "Karl Huber"}),
        # a headline's verb after a name is no surname ("Calls" after "Powell", whom the
        # knowledge base knows as a Secretary of State)
        ("en", "Powell Calls for Support in Last Nato Meeting", {"Powell"}),
        # a German adjective right after a title is a surname; a noun there, or a
        # nominalised adjective, is not
        ("de", "Bundeskanzler Lang traf am Montag in Wien Präsidentin Anna Berg.",
         {"Lang", "Anna Berg"}),
        ("de", "Die Ministerin Fröhlich sprach am Montag mit Präsident Jan Kowal.",
         {"Fröhlich", "Jan Kowal"}),
        ("de", "Dann hat der Minister Stellung bezogen, sagte Präsident Jan Kowal.", {"Jan Kowal"}),
        ("de", "Am Montag kündigte der Minister Neues an, sagte Präsident Jan Kowal.",
         {"Jan Kowal"}),
        # a city's name right after a title is a surname; a city's genitive is not
        ("de", "Außenministerin Anna Berg traf am Montag den portugiesischen Außenminister "
         "Sousa.", {"Anna Berg", "Sousa"}),
        ("en", "Foreign Minister Anna Berg met Foreign Minister Sousa in Lisbon.",
         {"Anna Berg", "Sousa"}),
        ("de", "Der Bürgermeister Berlins traf am Montag Präsident Jan Kowal.", {"Jan Kowal"}),
        # an ambiguous first name before a dictionary word, both tagged as names (German)
        ("de", "Außenministerin Anna Berg traf am Montag in Wien Peter Hausmann.",
         {"Anna Berg", "Peter Hausmann"}),
        # ... the dictionary word tagged a noun, also where the name opens the sentence
        ("de", "Am Montag traf Peter Pilz den Verteidigungsminister Karl Huber.",
         {"Peter Pilz", "Karl Huber"}),
        ("de", "Peter Pilz kritisierte am Montag den Verteidigungsminister Karl Huber.",
         {"Peter Pilz", "Karl Huber"}),
        ("de", "Im Hunter College sprach am Montag Präsident Jan Kowal.", {"Jan Kowal"}),
        # a function word with a capital right after a title, a name after it: a surname
        ("en", "Chinese Vice Premier He Liping met Trade Representative Anna Berg.",
         {"He Liping", "Anna Berg"}),
        ("en", "Trade Representative Anna Berg met the Vice Premier. He said talks went well.",
         {"Anna Berg"}),
        # a last word the dictionary lists but the tagger takes for no German word
        ("de", "Kommissar Jan de Wit führte Gespräche mit Außenminister Aloysio Ferreira Lins "
         "sowie mit Minister Carlos Bastos.", {"Jan de Wit", "Aloysio Ferreira Lins",
                                               "Carlos Bastos"}),
        ("de", "Im Kino lief George Millers Actionspektakel Mad Max, sagte Präsident Jan Kowal.",
         {"Jan Kowal"}),
        # a name right after a noun for a body is the body's (not after a clear first name)
        ("en", "The aid agency Cafod met President Tom Lind on Monday.", {"Tom Lind"}),
        ("en", "The charity Oxfam met President Tom Lind on Monday.", {"Tom Lind"}),
        ("de", "Die Hilfsorganisation Caritas traf am Montag Präsident Tom Lind.", {"Tom Lind"}),
        ("en", "The group Anna Berg founded met President Tom Lind.", {"Anna Berg", "Tom Lind"}),
        # a body's noun right after the run ("Center" not taken into it); a German word
        # after an article is a noun, also as a meeting's object
        ("de", "Gast ist Gerfried Holm (Leiter Ars Electronica Center), sagte Präsident Jan "
         "Kowal.", {"Gerfried Holm", "Jan Kowal"}),
        ("de", "Justizminister Karl Huber hatte einst einige Protagonisten der Causa beraten.",
         {"Karl Huber"}),
        # a middle initial, then the surname (a dictionary word there too)
        ("de", "Außenministerin Anna Berg traf am Montag in Wien Karl F. Huber.",
         {"Anna Berg", "Karl F. Huber"}),
        ("en", "Foreign Minister Anna Berg met John F. Wood in Oslo.",
         {"Anna Berg", "John F. Wood"}),
        # a capitalised particle, then another, then a surname that is also a word
        ("de", "Bundespräsident Karl Van der Bellen traf am Montag Kanzlerin Anna Berg.",
         {"Karl Van der Bellen", "Anna Berg"}),
        # a one-word title after a first name and before no name is a surname
        ("en", "Foreign Minister Anna Berg met Julie Bishop, Special Envoy, in Oslo.",
         {"Anna Berg", "Julie Bishop"}),
        ("en", "Foreign Minister Anna Berg met Bishop John Wood in Oslo.",
         {"Anna Berg", "John Wood"}),
        # ... not after a full name ("Clinton" is also a first name), nor after a word
        ("de", "Ich will nicht, dass Anna Clinton Präsidentin wird, sagte Kanzler Karl Huber.",
         {"Anna Clinton", "Karl Huber"}),
        ("de", "Es sei gut, sagte der zuständige Vorstand Jens Bischof am Montag.",
         {"Jens Bischof"}),
        # a word before a title and a name qualifies the title
        ("en", "Foreign Minister Anna Berg met Labour MP John Wood.", {"Anna Berg", "John Wood"}),
        # ... and so do words with no first name among them, a body's name
        ("en", "Foreign Minister Anna Berg met with Sinn Fein leader John Wood.",
         {"Anna Berg", "John Wood"}),
        ("en", "Foreign Minister Anna Berg held talks with Goldman Sachs chief John Wood.",
         {"Anna Berg", "John Wood"}),
        ("de", "Außenministerin Anna Berg traf Deutsche Bank Chef John Wood.",
         {"Anna Berg", "John Wood"}),
        # a city's name read as a surname goes on to its last word ("Van Thanh" is also a
        # city's name in the gazetteer)
        ("en", "State Secretary Anna Berg met Deputy Foreign Minister Nguyen Van Thanh.",
         {"Anna Berg", "Nguyen Van Thanh"}),
        ("de", "Staatssekretärin Anna Berg traf Vizeaußenminister Nguyen Van Thanh.",
         {"Anna Berg", "Nguyen Van Thanh"}),
        # a non-governmental organisation's English name in a German text is no person
        ("de", "Außenministerin Anna Berg traf Vertreter von Human Rights Watch und Amnesty "
         "International in Genf.", {"Anna Berg"}),
        # a name that modifies a noun for people is a body's or a programme's
        ("en", "Commissioner Anna Berg met with Erasmus Plus coordinators in Brussels.",
         {"Anna Berg"}),
        # ... so is a group's name before its leaders ("Shi'ite leaders", "Hamas leaders")
        ("en", "Commissioner Anna Berg held talks with Shi'ite leaders and Hamas leaders in "
         "Beirut.", {"Anna Berg"}),
        # a noun after a name in the genitive ends the name: two people, not one
        ("de", "Der Plan von Jan Kowal scheiterte. Jan Kowals Nachfolger Karl Huber traf am "
         "Montag Präsident Luis Ramos.", {"Jan Kowal", "Karl Huber", "Luis Ramos"}),
        # ... but a first name ending in s is no genitive ("Stelzer" is a noun as well)
        ("de", "Präsident Luis Ramos traf Klubobmann Thomas Stelzer und Bischof Klaus Küng.",
         {"Luis Ramos", "Thomas Stelzer", "Klaus Küng"}),
        # two surnames of people named in full before, side by side, are two people (surnames
        # the German tagger knows as names, which made one run of them)
        ("de", "Landeshauptmann Hans Niessl lobte Minister Hans Peter Doskozil. Später holte "
         "Niessl Doskozil wieder nach Eisenstadt.", {"Hans Niessl", "Hans Peter Doskozil"}),
    ],
)  # fmt: skip
def test_people(engine: Communique, lang: str, text: str, people: set[str]) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert {a.name for a in record.actors} == people


@pytest.mark.parametrize(
    ("lang", "text", "title", "base"),
    [
        (
            "de",
            "Der Besuch des stellvertretenden Außenministers Roman Vassilenko in Brüssel.",
            "stellvertretenden Außenministers",
            "stellvertretende Außenminister",
        ),
        ("de", "Sie traf den Staatspräsidenten Ilham Alijew.", "Staatspräsidenten",
         "Staatspräsident"),
        ("en", "Deputy Foreign Ministers Anna Berg and Karl Huber met.",
         "Deputy Foreign Ministers", "Deputy Foreign Minister"),
        # the portfolio after a link is kept as written
        ("en", "The Minister for Foreign Affairs, Anna Berg, met President Karl Huber.",
         "Minister for Foreign Affairs", "Minister for Foreign Affairs"),
    ],
)  # fmt: skip
def test_titles_have_a_base_form(
    engine: Communique, lang: str, text: str, title: str, base: str
) -> None:
    record = engine.extract(text, lang=lang)
    roles = [a.role for a in record.actors if a.role is not None]
    assert roles and roles[0].title == title and roles[0].base == base


@pytest.mark.parametrize(
    ("lang", "text", "name", "canonical", "geonames"),
    [
        ("de", "Außenministerin Anna Berg traf Außenminister Karl Huber in Brüssel.", "Brüssel",
         "Brussels", 2800866),
        ("en", "Foreign Minister Anna Berg met Chancellor Karl Huber in Vienna.", "Vienna",
         "Vienna", 2761369),
    ],
)  # fmt: skip
def test_places_have_a_canonical_name(
    engine: Communique, lang: str, text: str, name: str, canonical: str, geonames: int
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    location = record.events[0].location
    assert location is not None
    assert (location.name, location.canonical, location.geonames) == (name, canonical, geonames)


@pytest.mark.parametrize(
    ("lang", "text", "new_date"),
    [
        (
            "de",
            "Das für Montag geplante Treffen von Außenministerin Anna Berg mit ihrem "
            "Amtskollegen Karl Huber in Brüssel wurde auf den 5. März verschoben.",
            "2025-03-05",
        ),
        (
            "en",
            "The meeting between Foreign Minister Anna Berg and her counterpart Karl Huber in "
            "Brussels was postponed until March 5.",
            "2025-03-05",
        ),
        (
            "en",
            "The talks between Foreign Minister Anna Berg and her counterpart Karl Huber were "
            "postponed indefinitely.",
            None,
        ),
        # the meeting told before, moved by a later sentence that names nobody
        (
            "en",
            "Foreign Minister Anna Berg was due to meet her counterpart Karl Huber on Friday. "
            "The meeting was postponed to March 5.",
            "2025-03-05",
        ),
        (
            "de",
            "Außenministerin Anna Berg wollte am Freitag ihren Amtskollegen Karl Huber treffen. "
            "Das Treffen wurde auf den 5. März verschoben.",
            "2025-03-05",
        ),
    ],
)
def test_a_postponed_meeting_is_moved_not_refused(
    engine: Communique, lang: str, text: str, new_date: str | None
) -> None:
    data: dict[str, Any] = engine.extract(text, lang=lang, published="2025-02-10").to_dict()
    moved = [e for e in data["events"] if e["postponed"] is not None]
    assert len(moved) == 1
    [event] = moved
    assert event["status"] == "cancelled"
    assert (event["plover"]["event"], event["cameo"]) == ("AGREE", "036")
    assert text[event["postponed"]["span"]["start"] : event["postponed"]["span"]["end"]]
    to = event["postponed"]["to"]
    assert (to["start"] if to else None) == new_date
    planned = [e for e in data["events"] if e["status"] == "planned"]
    assert [e["date"]["start"] for e in planned] == ([new_date] if new_date else [])


def test_every_actor_says_what_it_inferred(engine: Communique) -> None:
    data = engine.extract("Foreign Minister Anna Berg met Chancellor Karl Huber.", lang="en")
    assert all(a["inferred"] == {} for a in data.to_dict()["actors"])


@pytest.mark.parametrize(
    ("lang", "text", "published", "stated"),
    [
        (
            "en",
            "MOSCOW, March 3, 2016 (Reuters) - Foreign Minister Sergei Lavrov met his "
            "counterpart John Kerry on Tuesday.",
            "2016-03-03",
            "March 3, 2016",
        ),
        (
            "de",
            "Wien, 14.02.2025 – Außenministerin Anna Berg traf am Montag Außenminister Karl Huber.",
            "2025-02-14",
            "14.02.2025",
        ),
        (
            "de",
            "Außenministerin Anna Berg traf am Montag Außenminister Karl Huber. (APA, 30.9.2015)",
            "2015-09-30",
            "30.9.2015",
        ),
        (
            "en",
            "Published: 3 March 2016\nForeign Minister Anna Berg met Chancellor Karl Huber on "
            "Tuesday.",
            "2016-03-03",
            "3 March 2016",
        ),
        # a date in the running text is no publication date
        (
            "en",
            "Foreign Minister Anna Berg met Chancellor Karl Huber on 3 March 2016 in Vienna.",
            None,
            None,
        ),
    ],
)
def test_the_publication_date_a_text_states(
    engine: Communique, lang: str, text: str, published: str | None, stated: str | None
) -> None:
    """Read when the input gives none; relative dates then resolve against it."""
    doc = engine.extract(text, lang=lang).to_dict()["document"]
    assert doc["published"] == published
    span = doc["published_span"]
    assert (span["text"] if span else None) == stated
    if span:
        assert text[span["start"] : span["end"]] == stated


def test_metadata_publication_date_wins(engine: Communique) -> None:
    text = "Wien, 14.02.2025 – Außenministerin Anna Berg traf am Montag Außenminister Karl Huber."
    doc = engine.extract(text, lang="de", published="2025-02-20").to_dict()["document"]
    assert (doc["published"], doc["published_span"]) == ("2025-02-20", None)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # a press conference held with a named counterpart is a meeting of the two
        ("de", "Das sagte Außenministerin Anna Berg bei einer gemeinsamen Pressekonferenz mit "
         "ihrem schwedischen Kollegen Karl Lund am Montag in Stockholm.",
         {"Anna Berg", "Karl Lund"}),
        ("en", "Foreign Minister Anna Berg spoke at a joint press conference with her Swedish "
         "counterpart Karl Lund in Stockholm on Monday.", {"Anna Berg", "Karl Lund"}),
        # with reporters it is no meeting
        ("de", "Außenministerin Anna Berg gab am Montag eine Pressekonferenz mit Journalisten.",
         None),
        ("en", "Foreign Minister Anna Berg held a press conference with reporters on Monday.",
         None),
    ],
)  # fmt: skip
def test_joint_press_conferences(
    engine: Communique, lang: str, text: str, people: set[str] | None
) -> None:
    record = engine.extract(text, lang=lang, published="2016-03-02")
    if people is None:
        assert not record.events
        return
    (event,) = record.events
    assert event.kind == "meeting" and event.status == "occurred"
    assert {record.actor(a).name for a in event.participants} == people


@pytest.mark.parametrize(
    ("lang", "text", "given", "published", "date"),
    [
        # a partial publication date stays partial; a weekday cannot resolve against it
        ("de", "Außenministerin Anna Berg traf am Montag Außenminister Karl Huber.",
         "2025-02", "2025-02", None),
        ("en", "Foreign Minister Anna Berg met Chancellor Karl Huber on Tuesday.",
         "2016", "2016", None),
        # a full date the text prints refines a partial one it agrees with
        ("de", "Wien, 14.02.2025 – Außenministerin Anna Berg traf am Freitag Außenminister "
         "Karl Huber.", "2025-02", "2025-02-14", "2025-02-14"),
        # ... and not one it contradicts
        ("de", "Wien, 14.02.2025 – Außenministerin Anna Berg traf am Freitag Außenminister "
         "Karl Huber.", "2024-11", "2024-11", None),
        # a date-time is kept as the day it names
        ("en", "Foreign Minister Anna Berg met Chancellor Karl Huber on Tuesday.",
         "2016-03-03T22:00:00-05:00", "2016-03-03", "2016-03-01"),
    ],
)  # fmt: skip
def test_partial_publication_dates(
    engine: Communique, lang: str, text: str, given: str, published: str, date: str | None
) -> None:
    record = engine.extract(text, lang=lang, published=given).to_dict()
    assert record["document"]["published"] == published
    (event,) = record["events"]
    assert (event["date"] or {}).get("start") == date
    assert not record["warnings"]


def test_a_bad_publication_date_is_a_warning(engine: Communique) -> None:
    record = engine.extract("Anna Berg met Karl Huber.", lang="en", published="3/3/2016")
    assert record.document.published is None
    assert any("3/3/2016" in w for w in record.warnings)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "status"),
    [
        # a present modal announces the event of its clause; an infinitive after "zu" does not
        (
            "de",
            "Kanzlerin Anna Berg will beim Gipfel in Brüssel ihre Forderungen durchsetzen.",
            "conference",
            "planned",
        ),
        (
            "de",
            "Beim Gipfel in Brüssel hatte man vereinbart, ein Gutachten abwarten zu wollen.",
            "conference",
            "occurred",
        ),
        # possible, considered, would meet: not (yet) held
        (
            "de",
            "Ein Treffen von Außenminister Karl Huber mit Präsidentin Eva Lind ist diese "
            "Woche möglich.",
            "meeting",
            "planned",
        ),
        (
            "de",
            "Kanzlerin Anna Berg und Präsident Karl Huber würden sich gern in Wien treffen.",
            "meeting",
            "planned",
        ),
        # a headline "set for" a visit
        (
            "en",
            "Huber set for visit to Peru\n\nPresident Karl Huber will travel to Lima on Friday.",
            "meeting",
            "planned",
        ),
        # a cue in a clause of its own says nothing of the talks
        (
            "en",
            "President Karl Huber and Chancellor Anna Berg held talks on Saturday before the "
            "council was to vote.",
            "meeting",
            "occurred",
        ),
        # travelling to a gathering: it is still ahead
        (
            "en",
            "Foreign Minister Ana Soto is arriving in Lima for the annual summit of the Andean "
            "states.",
            "conference",
            "planned",
        ),
        (
            "de",
            "Kanzlerin Anna Berg reist am Donnerstag zum Gipfel der Andenstaaten nach Lima.",
            "conference",
            "planned",
        ),
        # an announcement and a denial reach over the comma into the clause they introduce
        (
            "de",
            "Außenministerin Anna Berg kündigte an, sich am Freitag mit Außenminister Karl "
            "Huber zu treffen.",
            "meeting",
            "planned",
        ),
        (
            "de",
            "Außenministerin Anna Berg kündigte an, dass sie Außenminister Karl Huber in Wien "
            "treffen werde.",
            "meeting",
            "planned",
        ),
        (
            "de",
            "Die Regierung dementierte, dass sich Kanzlerin Anna Berg mit Präsident Karl Huber "
            "getroffen habe.",
            "meeting",
            "denied",
        ),
        (
            "en",
            "The government denied that Prime Minister Anna Berg had met President Karl Huber.",
            "meeting",
            "denied",
        ),
        (
            "en",
            "Foreign Minister Anna Berg announced that she would meet Foreign Minister Karl "
            "Huber in Vienna.",
            "meeting",
            "planned",
        ),
        # negation after the verb (German verb second), refusal with the names in between
        (
            "de",
            "Kanzlerin Anna Berg trifft sich nicht mit Präsident Karl Huber.",
            "meeting",
            "denied",
        ),
        (
            "de",
            "Kanzlerin Anna Berg traf sich nicht nur mit Präsident Karl Huber.",
            "meeting",
            "occurred",
        ),
        (
            "de",
            "Kanzlerin Anna Berg lehnte ein Treffen mit Präsident Karl Huber ab.",
            "meeting",
            "denied",
        ),
        (
            "en",
            "Prime Minister Anna Berg did not meet President Karl Huber in Vienna.",
            "meeting",
            "denied",
        ),
        # wanting to continue talks: not yet held
        (
            "en",
            "Prime Minister Anna Berg and President Karl Huber want to continue their talks in "
            "Vienna.",
            "meeting",
            "planned",
        ),
        (
            "de",
            "Kanzlerin Anna Berg und Präsident Karl Huber wollen ihre Gespräche in Wien "
            "fortsetzen.",
            "meeting",
            "planned",
        ),
        # talking and negotiating with someone
        (
            "de",
            "Kanzlerin Anna Berg sprach am Montag mit Präsident Karl Huber.",
            "meeting",
            "occurred",
        ),
        (
            "en",
            "President Anna Berg negotiated with Prime Minister Karl Huber for hours.",
            "meeting",
            "occurred",
        ),
        (
            "en",
            "Prime Minister Karl Huber briefed Secretary-General Eva Lind on the reforms.",
            "meeting",
            "occurred",
        ),
        # a present tense in the body without a date is to come; a progressive too; a
        # visit's copula of another clause is not its own
        (
            "de",
            "Kanzlerin Anna Berg wird in Warschau erwartet. Dort trifft sie Präsident Karl Huber.",
            "meeting",
            "planned",
        ),
        (
            "en",
            "Chancellor Anna Berg will be in Warsaw. There she meets President Karl Huber.",
            "meeting",
            "planned",
        ),
        (
            "en",
            "Chancellor Anna Berg is in Warsaw. She is also meeting President Karl Huber.",
            "meeting",
            "planned",
        ),
        (
            "en",
            "Chancellor Anna Berg was meeting President Karl Huber when the news broke.",
            "meeting",
            "occurred",
        ),
        (
            "de",
            "Am Dienstag war sie in Wien. Das ist gut, sagte Kanzlerin Anna Berg beim Besuch "
            "von Präsident Karl Huber.",
            "meeting",
            "occurred",
        ),
        # an adjective cue goes with the noun after it, not a meeting word before it
        (
            "de",
            "Bei ihrem Treffen in Prag vereinbarten Außenminister Karl Huber und seine "
            "Amtskollegin Anna Berg eine engere Zusammenarbeit.",
            "meeting",
            "occurred",
        ),
        # a meeting that is not planned
        (
            "de",
            "Außenministerin Anna Berg ist in Oslo. Ein Treffen mit Präsident Karl Huber ist "
            "nicht geplant.",
            "meeting",
            "denied",
        ),
        (
            "en",
            "Foreign Minister Anna Berg is in Oslo. A meeting with President Karl Huber is not "
            "planned.",
            "meeting",
            "denied",
        ),
        # a clause-final infinitive after a modal of its clause is intended, over brackets
        # and an inserted phrase
        (
            "de",
            "Kanzlerin Anna Berg wollte nach der Wahl (und vor der Abstimmung) in Oslo mit "
            "Präsident Karl Huber zusammenkommen.",
            "meeting",
            "planned",
        ),
        (
            "de",
            "Kanzlerin Anna Berg sollte in Oslo, so der Plan, Präsident Karl Huber treffen.",
            "meeting",
            "planned",
        ),
        # ... not after a modal of what was achieved
        (
            "de",
            "Kanzlerin Anna Berg ist nach Oslo gereist und konnte dort Präsident Karl Huber "
            "treffen.",
            "meeting",
            "occurred",
        ),
        # at someone's invitation, a visit told in the past took place
        (
            "de",
            "Auf Einladung von Ministerin Anna Berg besuchte der Außenminister Perus, Karl "
            "Huber, am Montag Wien und traf Berg zu einem Gespräch.",
            "meeting",
            "occurred",
        ),
        (
            "en",
            "At the invitation of Minister Anna Berg, Foreign Minister Karl Huber of Peru "
            "visited Vienna on Monday and held talks with Berg.",
            "meeting",
            "occurred",
        ),
        # a meeting someone tries to arrange or asks for is to come
        (
            "en",
            "Secretary Anna Berg is trying to arrange a meeting with President Jan Kowal.",
            "meeting",
            "planned",
        ),
        (
            "de",
            "Ministerin Anna Berg bemüht sich um ein Treffen mit Präsident Jan Kowal.",
            "meeting",
            "planned",
        ),
        # "kam ... zusammen" with a long phrase between
        (
            "de",
            "Ratspräsident Karl Huber kam am Donnerstag in Brüssel mit dem chilenischen "
            "Präsidenten Jan Kowal zusammen.",
            "meeting",
            "occurred",
        ),
        # the base form of "receive"; a journey made for talks: the talks are to come
        ("en", "President Jan Kowal is expected to receive Chancellor Anna Berg in Lima.",
         "meeting", "planned"),
        ("en", "Chancellor Anna Berg arrived in Lima on Monday for talks with President Jan "
         "Kowal.", "meeting", "planned"),
        # an infinitive of purpose after a meeting verb that took place; a verb before the
        # meeting noun's preposition is no adjective of it
        ("de", "Premier Jan Kowal kam am Montag mit Präsidentin Anna Berg zusammen, um über die "
         "Krise zu beraten.", "meeting", "occurred"),
        ("de", "Premier Jan Kowal und Präsidentin Anna Berg vereinbarten bei ihrem Treffen in "
         "Lima eine engere Zusammenarbeit.", "meeting", "occurred"),
        # indirect speech: the subjunctive of the meeting verb and of its auxiliaries
        ("de", "Ein Sprecher sagte, Kanzlerin Anna Berg treffe am Dienstag Präsident Karl "
         "Huber.", "meeting", "planned"),
        ("de", "Das Amt teilte mit. Kanzlerin Anna Berg werde in Lima auch mit Präsident Karl "
         "Huber sprechen, hieß es.", "meeting", "planned"),
        ("de", "Das Amt teilte mit. Kanzlerin Anna Berg habe in Lima auch mit Präsident Karl "
         "Huber gesprochen, hieß es.", "meeting", "occurred"),
        # a name that closes what was said, before ", teilte X mit", is no speaker
        ("de", "Kanzlerin Anna Berg traf am Montag Präsident Karl Huber, teilte ein Sprecher "
         "mit.", "meeting", "occurred"),
    ],
)  # fmt: skip
def test_status_by_clause(engine: Communique, lang: str, text: str, kind: str, status: str) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert [(e.kind, e.status) for e in record.events] == [(kind, status)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a caption's present with its date closing the sentence after a comma took place
        ("Secretary-General Anna Berg meets with Prime Minister Jan Kowal in Lima, Sep 24.",
         "occurred"),
        # a present tense with a date in the sentence is announced
        ("Secretary-General Anna Berg meets Prime Minister Jan Kowal on Sep 24.", "planned"),
    ],
)  # fmt: skip
def test_a_caption_without_publication_date(engine: Communique, text: str, status: str) -> None:
    record = engine.extract(text, lang="en")
    assert [e.status for e in record.events] == [status]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # a visit frames the meetings told after it: they are held where it went
        (
            "en",
            "Chancellor Anna Berg arrived in Rome on Monday. The chancellor met Prime "
            "Minister Paolo Conte at his office.",
            "Rome",
        ),
        (
            "de",
            "Bundeskanzlerin Anna Berg reiste am Montag nach Rom. Die Kanzlerin traf dort "
            "Ministerpräsident Paolo Conte.",
            "Rom",
        ),
        # landing in or reaching a city is an arrival too
        (
            "en",
            "President Paolo Conte landed in Rome on Monday. The visitor was received by "
            "Chancellor Anna Berg.",
            "Rome",
        ),
        (
            "en",
            "President Paolo Conte reached Rome on Monday for a two-day visit. He was received "
            "by Chancellor Anna Berg.",
            "Rome",
        ),
        # an arrival ("eingetroffen", "traf ... ein") is a visit too, and the guest is the
        # one who arrived
        (
            "de",
            "Präsident Paolo Conte ist am Montag in Rom eingetroffen. Der Gast wurde von "
            "Kanzlerin Anna Berg empfangen.",
            "Rom",
        ),
        (
            "de",
            "Präsident Paolo Conte traf am Montag in Rom ein. Er wurde von Kanzlerin Anna Berg "
            "empfangen.",
            "Rom",
        ),
        # a meeting to come on a visit under way
        (
            "en",
            "Prime Minister Paolo Conte arrived in Lima on Monday. He will meet President Anna "
            "Berg.",
            "Lima",
        ),
        (
            "de",
            "Premier Paolo Conte ist am Montag in Lima eingetroffen. Er wird Präsidentin Anna "
            "Berg treffen.",
            "Lima",
        ),
        # a sentence telling of two visits does not say which one a meeting belongs to
        (
            "en",
            "Before visiting Chile, Chancellor Anna Berg made a surprise visit to Peru. "
            "Chancellor Berg then held talks with President Paolo Conte.",
            None,
        ),
    ],
)
def test_a_visit_frames_its_meetings(
    engine: Communique, lang: str, text: str, place: str | None
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    meetings = [e for e in record.events if e.kind == "meeting" and len(e.participants) == 2]
    assert len(meetings) == 1
    assert (meetings[0].location.name if meetings[0].location else None) == place


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # a dateline in capitals with a date or a colon
        (
            "en",
            "OSLO, March 12: Prime Minister Karl Huber briefed President Eva Lind on the reforms.",
            "OSLO",
        ),
        ("en", "LIMA: Foreign Minister Ana Soto met President Paolo Conte on Monday.", "LIMA"),
        # a capitalised city opening a sentence is no dateline
        (
            "en",
            "Oslo, the capital, was quiet. Prime Minister Karl Huber met President Eva Lind.",
            None,
        ),
        # a state after "on" or "to" is what a title is about, not where they met
        (
            "en",
            "Minister Karl Huber received Ana Soto, Special Envoy of the Secretary-General on "
            "Peru.",
            None,
        ),
        (
            "en",
            "Minister Karl Huber met with the Ambassador of Chile to Peru Ana Soto.",
            None,
        ),
        # a press release's dateline: the city, a date, a dash
        (
            "de",
            "Berg empfängt Huber\n\nWien, 7. Mai 2024 – Außenministerin Anna Berg hat heute "
            "Außenminister Karl Huber zu einem Arbeitsgespräch empfangen.",
            "Wien",
        ),
        (
            "en",
            "Lima, 7 May 2024 - Foreign Minister Ana Soto held talks with President Paolo Conte.",
            "Lima",
        ),
        ("en", "Lima, the capital, 7 May 2024. Foreign Minister Ana Soto met Paolo Conte.", None),
        # the dateline's city is where a visit to its state went
        (
            "de",
            "Kairo – Außenministerin Anna Berg hat bei ihrem Besuch in Ägypten Präsident "
            "Karl Huber getroffen.",
            "Kairo",
        ),
    ],
)
def test_datelines_place_meetings(
    engine: Communique, lang: str, text: str, place: str | None
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert len(meetings) == 1
    assert (meetings[0].location.name if meetings[0].location else None) == place


@pytest.mark.parametrize(
    ("lang", "text", "name", "place"),
    [
        # a city before the noun places the gathering; a person after it is no part of its name
        (
            "en",
            "Leaving a Lima summit Mr Okafor said trade should come first.",
            "a Lima summit",
            "Lima",
        ),
        # a preposition with its article is no part of the name, nor is the verb after it
        (
            "de",
            "Beim Gipfel der Andenstaaten einigten sich die Regierungschefs.",
            "Gipfel der Andenstaaten",
            None,
        ),
        ("de", "Beim Gipfel einigten sich die Regierungschefs.", "Gipfel", None),
        (
            "de",
            "Schon vor dem Außenministerrat traten Innenministerin Anna Berg und Minister "
            "Karl Huber vor die Presse.",
            "dem Außenministerrat",
            None,
        ),
        (
            "de",
            "Der Gipfel der führenden Andenstaaten findet im Juni statt.",
            "Der Gipfel der führenden Andenstaaten",
            None,
        ),
        # a name cut before a person does not end in the preposition before it
        (
            "de",
            "Am Rande der Konferenz mit Präsident Karl Huber sprach Ministerin Anna Berg.",
            "der Konferenz",
            None,
        ),
    ],
)
def test_conference_names_and_places(
    engine: Communique, lang: str, text: str, name: str, place: str | None
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    (event,) = [e for e in record.events if e.kind == "conference"]
    assert event.name == name
    assert (event.location.name if event.location else None) == place


def test_a_call_is_not_placed_by_the_dateline(engine: Communique) -> None:
    text = (
        "LIMA, 12 March – Foreign Minister Ana Soto spoke by phone with President Karl Huber "
        "about trade."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    (call,) = record.events
    assert call.kind == "call" and call.location is None


@pytest.mark.parametrize(
    ("lang", "text", "name", "affiliation"),
    [
        # a title after a verb and a preposition belongs to someone else
        (
            "en",
            "The ministry cancelled the meeting with Karl Huber, conferring instead with the "
            "President of Chile.",
            "Karl Huber",
            None,
        ),
        # an apposition does give its title
        (
            "en",
            "Karl Huber, the President of Chile, met Foreign Minister Ana Soto.",
            "Karl Huber",
            "CHL",
        ),
    ],
)
def test_appositions_end_at_a_preposition(
    engine: Communique, lang: str, text: str, name: str, affiliation: str | None
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    actor = next(a for a in record.actors if a.name == name)
    assert actor.affiliation == affiliation


@pytest.mark.parametrize(
    ("lang", "text", "name", "affiliation"),
    [
        # a free title after a person is named gives them its state
        (
            "de",
            "Außenminister Karl Huber traf in Lima Präsidentin Eva Lind. Der chilenische "
            "Außenminister sprach von einem guten Treffen.",
            "Karl Huber",
            "CHL",
        ),
        # a headline's title before the name, no one of that rank between
        (
            "de",
            "Chilenischer Außenminister in Lima\n\nAußenminister Karl Huber traf am Montag "
            "Präsidentin Eva Lind.",
            "Karl Huber",
            "CHL",
        ),
        # a state with its representative in brackets
        (
            "de",
            "Die Länder wollen sich mit Chile (Außenminister Karl Huber kommt) abstimmen.",
            "Karl Huber",
            "CHL",
        ),
        (
            "en",
            "The talks include Chile (Foreign Minister Karl Huber is attending) and Peru.",
            "Karl Huber",
            "CHL",
        ),
        # someone of the same rank named between: the title is theirs
        (
            "en",
            "The Peruvian president's visit was cut short. President Paolo Conte held talks "
            "with Chancellor Anna Berg. He had met President Karl Huber before.",
            "Karl Huber",
            None,
        ),
        # a state ending a headline is no owner of the title opening the next line
        (
            "en",
            "Readout of the Call with President Roux of France\nPresident Tom Lind spoke today "
            "with President Jean Roux.",
            "Tom Lind",
            None,
        ),
        # an apposition whose title has an owner with a possessive
        ("en", "Karl Huber, the EU's foreign policy chief, met Minister Ana Soto in Lima.",
         "Karl Huber", "EU"),
        # a party, body or state in brackets after the name
        ("de", "Landeshauptmann Karl Huber (SPÖ) traf am Montag Ministerin Ana Soto.",
         "Karl Huber", "AUT"),
        ("en", "Governor Karl Huber (Chile) met Minister Ana Soto on Monday.", "Karl Huber", "CHL"),
        # a counterpart from a state, named after it
        ("de", "Ministerin Ana Soto hat ihren Amtskollegen aus Peru, Karl Huber, in Wien "
         "empfangen.", "Karl Huber", "PER"),
        ("en", "Foreign Minister Ana Soto met her counterpart from Peru, Karl Huber, in Vienna.",
         "Karl Huber", "PER"),
        # the head of a state's delegation is of that state
        ("en", "Minister Ana Soto received a delegation from Peru led by Deputy Prime Minister "
         "Karl Huber.", "Karl Huber", "PER"),
        ("en", "Minister Ana Soto met the Peruvian delegation headed by Karl Huber.", "Karl Huber",
         "PER"),
        ("de", "Ministerin Ana Soto empfing eine Delegation aus Peru unter der Leitung von "
         "Vizepremier Karl Huber.", "Karl Huber", "PER"),
        # ... not someone named after it without those words
        ("en", "Minister Ana Soto received a delegation from Peru and met Karl Huber.",
         "Karl Huber", None),
        # a member of the European Parliament stands for the EU
        ("en", "Foreign Minister Ana Soto met MEP Karl Huber in Lima.", "Karl Huber", "EU"),
        ("de", "Außenministerin Ana Soto traf in Lima den Europaabgeordneten Karl Huber.",
         "Karl Huber", "EU"),
        # a national party's MP is of its state
        ("en", "Foreign Minister Ana Soto met Labour MP Karl Huber in Lima.", "Karl Huber", "GBR"),
        # ... whatever party they belong to
        ("en", "Foreign Minister Ana Soto met UKIP MEP Karl Huber in Lima.", "Karl Huber", "EU"),
        # a title shared by coordinated people of coordinated states, in the same order
        ("de", "Der chilenische und der peruanische Außenminister, Ana Soto und Karl Huber, "
         "trafen Präsident Jan Kowal.", "Ana Soto", "CHL"),
        ("de", "Der chilenische und der peruanische Außenminister, Ana Soto und Karl Huber, "
         "trafen Präsident Jan Kowal.", "Karl Huber", "PER"),
        ("de", "Die Präsidenten Chiles und Perus, Ana Soto und Karl Huber, trafen sich in "
         "Lima.", "Karl Huber", "PER"),
        ("en", "The foreign ministers of Chile and Peru, Ana Soto and Karl Huber, met President "
         "Jan Kowal.", "Ana Soto", "CHL"),
        ("en", "The Chilean and Peruvian foreign ministers, Ana Soto and Karl Huber, met "
         "President Jan Kowal.", "Karl Huber", "PER"),
        # a body's name that ends in the title's first word owns the title
        ("en", "European Commission President Karl Huber met Foreign Minister Ana Soto.",
         "Karl Huber", "EU"),
        ("en", "African Union Commission President Karl Huber met Foreign Minister Ana Soto.",
         "Karl Huber", "AU"),
        # titles of EU offices that name no EU
        ("de", "Eurogruppenchef Karl Huber traf Außenministerin Ana Soto.", "Karl Huber", "EU"),
        ("de", "Ratspräsident Karl Huber traf Außenministerin Ana Soto.", "Karl Huber", "EU"),
        ("en", "Eurogroup President Karl Huber met Foreign Minister Ana Soto.", "Karl Huber",
         "EU"),
        # a host met in a state, or in a city beside someone of its state
        ("de", "Die chilenische Außenministerin Ana Soto traf in Peru auch König Karl Huber.",
         "Karl Huber", "PER"),
        ("de", "In Lima traf die chilenische Außenministerin Ana Soto mit ihrem peruanischen "
         "Kollegen Jan Kowal und anschließend mit Präsident Karl Huber zusammen.",
         "Karl Huber", "PER"),
        # whom the text calls visiting is the guest; the other is the host
        ("en", "Foreign Minister Karl Huber held talks with visiting Chilean Foreign Minister "
         "Ana Soto in Lima on Tuesday.", "Karl Huber", "PER"),
        ("de", "Außenminister Karl Huber traf in Lima die zu Besuch weilende chilenische "
         "Außenministerin Ana Soto.", "Karl Huber", "PER"),
        # ... not the guest of someone of the city's state
        ("en", "Chinese Premier Ana Soto said in her meeting with Prime Minister Karl Huber in "
         "Beijing on Wednesday that ties were good.", "Karl Huber", None),
        # a counterpart of an abbreviated state ("U.S.", "US-")
        ("en", "Foreign Minister Ana Soto met her U.S. counterpart Karl Huber in Lima.",
         "Karl Huber", "USA"),
        ("de", "Außenministerin Ana Soto traf ihren US-Kollegen Karl Huber in Lima.",
         "Karl Huber", "USA"),
        ("de", "Außenministerin Ana Soto traf ihren US-Amtskollegen Karl Huber in Lima.",
         "Karl Huber", "USA"),
    ],
)  # fmt: skip
def test_free_titles_give_their_state(
    engine: Communique, lang: str, text: str, name: str, affiliation: str | None
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    actor = next(a for a in record.actors if a.name == name)
    assert actor.affiliation == affiliation


@pytest.mark.parametrize(
    ("lang", "text", "rosters"),
    [
        # a pronoun refers to the last person of its gender (first name or title)
        (
            "en",
            "Foreign Minister Anna Berg welcomed the decision. President Karl Huber spoke to "
            "reporters. She later met Prime Minister Tom Lind in Oslo.",
            [{"Anna Berg", "Tom Lind"}],
        ),
        (
            "de",
            "Außenministerin Anna Berg begrüßte die Entscheidung. Präsident Karl Huber äußerte "
            "sich nicht. Er traf später Premierminister Tom Lind in Oslo.",
            [{"Karl Huber", "Tom Lind"}],
        ),
        (
            "de",
            "Präsident Karl Huber begrüßte die Entscheidung. Die Außenministerin Berg äußerte "
            "sich nicht. Er traf später Premierminister Tom Lind in Oslo.",
            [{"Karl Huber", "Tom Lind"}],
        ),
    ],
)
def test_pronouns_agree_in_gender(
    engine: Communique, lang: str, text: str, rosters: list[set[str]]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert sorted(_rosters(record), key=sorted) == sorted(map(frozenset, rosters), key=sorted)


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        # a lone definite title is the one titleless person after it in the sentence
        (
            "de",
            "Bei dem Treffen mit dem Vorsitzenden der Delegation erläuterte Karl Huber die Lage.",
            "Karl Huber",
            "legislator",
        ),
        # an indefinite or generic title is nobody's
        (
            "en",
            "No individual minister signed off the approval for Tom Lind to be released.",
            "Tom Lind",
            None,
        ),
        # a meeting word between them: the title is the other side's
        ("en", "The Foreign Secretary met Dr Tom Lind in London today.", "Tom Lind", None),
        ("de", "Die Außenministerin traf am Montag in Wien Dr. Tom Lind.", "Tom Lind", None),
    ],
)
def test_lone_titles(engine: Communique, lang: str, text: str, name: str, role: str | None) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    actor = next(a for a in record.actors if a.name == name)
    assert (actor.role.cls if actor.role else None) == role


def test_a_caption_present_with_its_full_date_took_place(engine: Communique) -> None:
    # a photo caption tells in the present what the photo shows, dated in full; with no
    # publication date to compare, the full date is no announcement
    text = (
        "President Jan Kowal meets with Prime Minister Anna Berg in the Oval Office, "
        "Wednesday, Dec. 15, 2004, in Washington."
    )
    (event,) = engine.extract(text, lang="en").events
    assert event.status == "occurred"
    (later,) = engine.extract(text, lang="en", published="2004-12-10").events
    assert later.status == "planned"


@pytest.mark.parametrize(
    ("lang", "text", "published", "status", "date"),
    [
        # a present-tense meeting verb with a weekday: announced, on the next such day
        (
            "de",
            "Außenministerin Anna Berg empfängt am Donnerstag Außenminister Karl Huber, "
            "teilte das Ministerium am Dienstag mit.",
            "2025-03-11",
            "planned",
            "2025-03-13",
        ),
        (
            "en",
            "Prime Minister Anna Berg meets President Karl Huber on Friday in Oslo.",
            "2025-03-12",
            "planned",
            "2025-03-14",
        ),
        # the past tense: the last such day
        (
            "de",
            "Außenministerin Anna Berg empfing am Donnerstag Außenminister Karl Huber.",
            "2025-03-12",
            "occurred",
            "2025-03-06",
        ),
        # a present tense without a date (a headline's present) says nothing
        (
            "en",
            "Prime Minister Anna Berg meets President Karl Huber in Oslo.",
            "2025-03-12",
            "occurred",
            None,
        ),
        # a future tense with a weekday: the next such day, also over a name set off by
        # commas between the auxiliary and the meeting word
        (
            "de",
            "Kanzlerin Anna Berg wird am Freitag den Premierminister von Japan, Taro Kono, "
            "im Kanzleramt zu einem Gespräch empfangen.",
            "2025-03-12",
            "planned",
            "2025-03-14",
        ),
        (
            "en",
            "Prime Minister Anna Berg will host the President of Chile, Karl Huber, for talks "
            "on Friday.",
            "2025-03-12",
            "planned",
            "2025-03-14",
        ),
        # a visit noun after a travel verb in the present: to come, and so are the meetings
        # of the visit told after it
        (
            "de",
            "Außenministerin Anna Berg bricht am Freitag zu einer Reise nach Chile auf. In "
            "Santiago trifft sie Präsident Karl Huber.",
            "2025-03-12",
            "planned",
            "2025-03-14",
        ),
        (
            "en",
            "Foreign Minister Anna Berg leaves on Friday for a visit to Chile. In Santiago she "
            "will meet President Karl Huber.",
            "2025-03-12",
            "planned",
            "2025-03-14",
        ),
        # ... but a date that is no bare weekday stays where it is
        (
            "en",
            "Prime Minister Anna Berg will meet President Karl Huber on 10 March.",
            "2025-03-12",
            "planned",
            "2025-03-10",
        ),
        # ... unless it lies months behind, its year not written: then it is the one ahead
        (
            "en",
            "Prime Minister Anna Berg will meet President Karl Huber in December.",
            "2025-03-12",
            "planned",
            "2025-12",
        ),
        (
            "de",
            "Kanzlerin Anna Berg trifft im Dezember Präsident Karl Huber.",
            "2025-03-12",
            "planned",
            "2025-12",
        ),
        (
            "en",
            "Prime Minister Anna Berg met President Karl Huber in December.",
            "2025-03-12",
            "occurred",
            "2024-12",
        ),
        (
            "en",
            "Prime Minister Anna Berg will meet President Karl Huber in December 2024.",
            "2025-03-12",
            "planned",
            "2024-12",
        ),
        # the date of the meeting's clause, not the arrival's in a relative clause before it
        (
            "en",
            "Secretary Anna Berg, who arrived in Riyadh late on Monday, is expected to meet "
            "King Karl Huber on Thursday.",
            "2025-03-11",
            "planned",
            "2025-03-13",
        ),
        (
            "de",
            "Ministerin Anna Berg, die am Montag in Riad eintraf, wird am Donnerstag König "
            "Karl Huber treffen.",
            "2025-03-11",
            "planned",
            "2025-03-13",
        ),
    ],
)
def test_present_tense_with_a_weekday(
    engine: Communique, lang: str, text: str, published: str, status: str, date: str | None
) -> None:
    record = engine.extract(text, lang=lang, published=published)
    (event,) = record.events
    assert event.status == status
    assert (event.date.start if event.date else None) == date


@pytest.mark.parametrize(
    ("lang", "text", "rosters"),
    [
        # a possessive role description is the last person before it its noun's gender
        # allows, other than the one it is relative to
        (
            "de",
            "Innenministerin Anna Berg besuchte am Montag die Grenze. Dort traf Polizeidirektor "
            "Karl Huber mit seiner einstigen Chefin zusammen.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        (
            "en",
            "Interior Minister Anna Berg visited the border on Monday. There, police chief Karl "
            "Huber met his former boss.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        # a definite description of the other party
        (
            "de",
            "Außenministerin Anna Berg kam am Montag in Wien an. Präsident Karl Huber empfing "
            "den Gast in der Hofburg.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        (
            "en",
            "Foreign Minister Anna Berg arrived in Vienna on Monday. President Karl Huber "
            "received the visitor at the Hofburg.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        # no fitting referent: a woman's title with only men before it is nobody
        (
            "de",
            "Innenminister Peter Berg besuchte am Montag die Grenze. Dort traf Polizeidirektor "
            "Karl Huber mit seiner einstigen Chefin zusammen.",
            [],
        ),
        (
            "de",
            "Außenminister Karl Huber reiste am Montag nach Rom. Dort traf er seine Amtskollegin.",
            [{"Karl Huber"}],
        ),
        # a group of counterparts is no one person
        (
            "en",
            "Party leader Roger Knapman criticised the plan. Prime Minister Tony Blair is "
            "meeting his EU counterparts in Brussels.",
            [],
        ),
    ],
)
def test_role_descriptions_resolve(
    engine: Communique, lang: str, text: str, rosters: list[set[str]]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert sorted(_rosters(record), key=sorted) == sorted(map(frozenset, rosters), key=sorted)


@pytest.mark.parametrize(
    ("lang", "text", "rosters"),
    [
        # an object pronoun is the last person of its gender not at the table already
        (
            "en",
            "President Karl Huber arrived in Oslo on Monday. Prime Minister Anna Lind met him "
            "at her office.",
            [{"Karl Huber", "Anna Lind"}],
        ),
        (
            "en",
            "Foreign Minister Anna Berg arrived in Oslo on Monday. Prime Minister Tom Lind "
            "received her at his office.",
            [{"Anna Berg", "Tom Lind"}],
        ),
        (
            "de",
            "Außenminister Karl Huber reiste am Montag nach Oslo. Premierministerin Anna Lind "
            "traf ihn in ihrem Amtssitz.",
            [{"Karl Huber", "Anna Lind"}],
        ),
        (
            "de",
            "Außenministerin Anna Berg reiste am Montag nach Oslo. Premierminister Tom Lind "
            "traf sich mit ihr in seinem Amtssitz.",
            [{"Anna Berg", "Tom Lind"}],
        ),
        # no fitting referent: nobody
        (
            "en",
            "The weather in Oslo was cold on Monday. Prime Minister Anna Lind met him at her "
            "office.",
            [],
        ),
        (
            "de",
            "Das Wetter in Oslo war am Montag kalt. Premierministerin Anna Lind traf ihn in "
            "ihrem Amtssitz.",
            [],
        ),
        # a possessive is no object ("met her counterpart")
        (
            "en",
            "Foreign Minister Anna Berg arrived in Oslo on Monday. Prime Minister Tom Lind met "
            "her staff in the evening.",
            [{"Anna Berg"}],  # her visit alone
        ),
    ],
)
def test_object_pronouns_resolve(
    engine: Communique, lang: str, text: str, rosters: list[set[str]]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert sorted(_rosters(record), key=sorted) == sorted(map(frozenset, rosters), key=sorted)


@pytest.mark.parametrize(
    ("lang", "text", "rosters"),
    [
        # a definite role description is the one person whose title narrows it
        (
            "de",
            "Die Außenministerin Anna Berg kam am Montag in Wien an. Bundeskanzler Karl Huber "
            "traf die Ministerin in der Hofburg.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        (
            "en",
            "Foreign Minister Anna Berg arrived in Vienna on Monday. Chancellor Karl Huber met "
            "the minister at the Hofburg.",
            [{"Anna Berg", "Karl Huber"}],
        ),
        # not a title of another class that ends alike, nor one of the other gender
        (
            "de",
            "Vizekanzler Peter Lang kam am Montag in Wien an. Präsident Karl Huber traf den "
            "Kanzler in der Hofburg.",
            [{"Karl Huber"}],  # with a chancellor the text does not name
        ),
        (
            "en",
            "Foreign Minister Peter Lang arrived in Vienna on Monday. Chancellor Karl Huber met "
            "the chairwoman at the Hofburg.",
            [{"Peter Lang"}, {"Karl Huber"}],  # each alone
        ),
    ],
)
def test_definite_descriptions_resolve(
    engine: Communique, lang: str, text: str, rosters: list[set[str]]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert sorted(_rosters(record), key=sorted) == sorted(map(frozenset, rosters), key=sorted)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # two titles of one person, the state before the first: the person's state, not that
        # of the next titled person
        ("en", "Chilean President General Jan Kowal met Pope Tom Weber at the Vatican."),
        ("de", "Chiles Präsident General Jan Kowal traf Papst Tom Weber im Vatikan."),
    ],
)
def test_chained_titles_share_their_state(engine: Communique, lang: str, text: str) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    states = {a.name: a.affiliation for a in record.actors if a.kind == "person"}
    assert states["Jan Kowal"] == "CHL"
    assert states["Tom Weber"] != "CHL"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Berg visits Oslo\n\nOSLO - The German foreign minister met Prime Minister Tom "
         "Lind on Monday. Anna Berg also held talks with the opposition."),
        ("de", "Berg besucht Oslo\n\nOslo – Die deutsche Außenministerin hat am Montag "
         "Ministerpräsident Tom Lind getroffen. Anna Berg sprach auch mit der Opposition."),
    ],
)  # fmt: skip
def test_a_lead_description_gives_its_state(engine: Communique, lang: str, text: str) -> None:
    """The lead's "The German foreign minister" is Anna Berg: its state is hers, and the
    description is one of her mentions."""
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    berg = next(a for a in record.actors if a.name == "Anna Berg")
    assert berg.affiliation == "DEU"
    assert any("minister" in m.text.lower() for m in berg.mentions)


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "de",
            "Kanzlerin Anna Berg traf am Dienstag Präsident Jan Kowal in Paris, während "
            "Außenminister Tom Weber in Moskau mit Außenminister Karl Huber sprach.",
            ["Paris", "Moskau"],
        ),
        (
            "en",
            "Chancellor Anna Berg met President Jan Kowal in Paris on Tuesday, while Foreign "
            "Minister Tom Weber held talks with Foreign Minister Karl Huber in Moscow.",
            ["Paris", "Moscow"],
        ),
    ],
)
def test_two_meetings_of_one_sentence_have_their_own_places(
    engine: Communique, lang: str, text: str, places: list[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert [e.location.name if e.location else None for e in record.events] == places


def test_a_relative_clause_meeting_keeps_its_own_tense(engine: Communique) -> None:
    """The meeting a relative clause tells took place, whatever the main clause plans."""
    record = engine.extract(
        "President Karl Huber, who met Chancellor Anna Berg on Monday, will travel to Lima.",
        lang="en",
        published=PUBLISHED,
    )
    names = {a.id: a.name for a in record.actors}
    meetings = [
        (e.status, {names[x] for x in e.participants})
        for e in record.events
        if len(e.participants) > 1
    ]
    assert meetings == [("occurred", {"Karl Huber", "Anna Berg"})]
