"""The shipped language tables: they load, the loader rejects broken ones, and they match
real phrasing.

The column rules (required and allowed columns, enumerated values) live with the loader
(:mod:`communique.tables`); the tests below feed it broken tables and check that it names the
file, line and column. Each phrase case is a phrase in running text, the text the table should
match there and one attribute of the matching row. ``None`` as the expected text means "no row
matches at all". Negative cases pin the design decision for false friends: in the event table
they are rows of kind ``none`` that swallow the trigger word by the leftmost-longest rule
("Entscheidungen treffen", "Pressekonferenz", "training session", "summit of Mount Everest"),
so a consumer that drops ``none`` matches never sees a meeting there.
"""

from __future__ import annotations

import csv
import functools
import re
import time
from pathlib import Path

import pytest

from communique.errors import KnowledgeError
from communique.lang import pack_codes
from communique.lexicon import LanguageData, PatternTable, _prefixes
from communique.record import PLOVER_CONTEXTS

LANGS = pack_codes()
TABLES = ("events", "status", "topics", "speech", "quantities", "anaphora")
WORD_LISTS = ("honorifics", "abbreviations")
SHARED = Path(__file__).resolve().parents[2] / "shared"


@functools.cache
def _table(lang: str, name: str) -> PatternTable:
    """A shipped table, built once per test session."""
    return LanguageData(lang).table(name)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TABLES)
def test_shipped_table_loads(lang: str, name: str) -> None:
    table = _table(lang, name)
    assert len(table.rows) >= 8
    assert all(row.get("example") for row in table.rows)


# -- the loader checks every table against the schema of its kind ---------------------------

# (file name, header, data row, line and column the error must name); line 1 is a comment
BROKEN = [
    ("events.tsv", "pattern\tkind\tpos\texample", "met\tmeeting\tverb\tthey met", 2, "strength"),
    (
        "events.tsv",
        "pattern\tkind\tpos\tstrength\tcolour\texample",
        "met\tmeeting\tverb\tweak\tred\tthey met",
        2,
        "colour",
    ),
    (
        "events.tsv",
        "pattern\tkind\tpos\tstrength\tkind\texample",
        "met\tmeeting\tverb\tweak\tcall\tthey met",
        2,
        "kind",
    ),
    (
        "events.tsv",
        "kind\tpattern\tpos\tstrength\texample",
        "x\tmet\tverb\tweak\tmet",
        2,
        "kind",
    ),
    (
        "events.tsv",
        "pattern\tkind\tpos\tstrength\texample",
        "met\tparty\tverb\tweak\tthey met",
        3,
        "kind",
    ),
    (
        "events.tsv",
        "pattern\tkind\tpos\tstrength\texample",
        "met\tmeeting\tadverb\tweak\tmet",
        3,
        "pos",
    ),
    (
        "events.tsv",
        "pattern\tkind\tpos\tstrength\texample",
        "met\tmeeting\tverb\tmild\tmet",
        3,
        "strength",
    ),
    (
        "events.tsv",
        "pattern\tkind\tpos\tstrength\texample",
        "met\tmeeting\tverb\tweak",
        3,
        "example",
    ),
    (
        "events.tsv",
        "pattern\tkind\tpos\tstrength\texample",
        "(met)\tmeeting\tverb\tweak\tmet",
        3,
        "pattern",
    ),
    (
        "events.tsv",
        "pattern\tkind\tpos\tstrength\texample",
        ".*met\tmeeting\tverb\tweak\tmet",
        3,
        "pattern",
    ),
    (
        "events.tsv",
        "pattern\tkind\tpos\tstrength\texample",
        "me(t\tmeeting\tverb\tweak\tmet",
        3,
        "pattern",
    ),
    ("status.tsv", "pattern\tstatus\tscope\texample", "will\tmaybe\tclause\tit will", 3, "status"),
    ("status.tsv", "pattern\tstatus\tscope\texample", "will\tplanned\tpage\tit will", 3, "scope"),
    (
        "topics.tsv",
        "pattern\tcontext\ttopic\texample",
        "trade\teconomics\ttrade\ttrade",
        3,
        "context",
    ),
    ("topics.tsv", "pattern\tcontext\ttopic\texample", "trade\teconomic\t\ttrade", 3, "topic"),
    ("topics.tsv", "pattern\tcontext\texample", "trade\teconomic\ttrade", 2, "topic"),
    ("speech.tsv", "pattern\tkind\texample", "said\tnoun\the said", 3, "kind"),
    ("anaphora.tsv", "pattern\ttype\texample", "both\\s+sides\tall\tboth sides", 3, "type"),
    (
        "quantities.tsv",
        "pattern\ttype\tvalue\tunit\texample",
        "dozen\tmultiplier\t12\t\ta dozen",
        3,
        "value",
    ),
    ("quantities.tsv", "pattern\ttype\tvalue\tunit\texample", "km\tunit\t\t\t5 km", 3, "unit"),
    (
        "quantities.tsv",
        "pattern\ttype\tvalue\tunit\texample",
        "about\tqualifier\troughly\t\tabout 5",
        3,
        "value",
    ),
    (
        "quantities.tsv",
        "pattern\ttype\tvalue\tunit\texample",
        "half\tfraction\t0.5\tpercent\thalf of it",
        3,
        "value",
    ),
    ("quantities.tsv", "pattern\ttype\tvalue\tunit\texample", "km\tlength\t\tkm\t5 km", 3, "type"),
]


@pytest.mark.parametrize(("name", "header", "row", "line", "column"), BROKEN)
def test_loader_rejects_broken_table(
    tmp_path: Path, name: str, header: str, row: str, line: int, column: str
) -> None:
    path = tmp_path / name
    path.write_text(f"# a table with one fault\n{header}\n{row}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        PatternTable.from_file(path)
    assert f"{path}:{line}: column {column!r}" in str(err.value)


def test_loader_rejects_extra_cells(tmp_path: Path) -> None:
    path = tmp_path / "speech.tsv"
    path.write_text("pattern\tkind\texample\nsaid\tverb\the said\tmore\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"speech\.tsv:2: 4 cells, header has 3"):
        PatternTable.from_file(path)


def test_loader_rejects_a_table_kind_without_schema(tmp_path: Path) -> None:
    path = tmp_path / "colours.tsv"
    path.write_text("pattern\texample\nred\ta red car\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="no schema for table kind 'colours'"):
        PatternTable.from_file(path)


def test_loader_accepts_a_valid_table_and_optional_columns(tmp_path: Path) -> None:
    path = tmp_path / "quantities.tsv"
    path.write_text(
        "pattern\ttype\texample\n(?:more\\s+than)\tqualifier\tmore than 5\n", encoding="utf-8"
    )
    with pytest.raises(KnowledgeError, match="qualifier's value"):  # value is optional ...
        PatternTable.from_file(path)  # ... as a column, but a qualifier row needs one
    path.write_text("pattern\ttype\tunit\texample\nkm\tunit\tkm\t5 km\n", encoding="utf-8")
    table = PatternTable.from_file(path)
    assert [(m.text, m.row.get("unit"), m.row.get("value")) for m in table.finditer("5 km")] == [
        ("km", "km", "")
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_every_plover_context_is_covered(lang: str) -> None:
    counts = {c: 0 for c in PLOVER_CONTEXTS}
    for row in _table(lang, "topics").rows:
        counts[row.get("context")] += 1
    thin = {c: n for c, n in counts.items() if n < 8}
    assert not thin, f"{lang}: contexts with fewer than 8 rows: {thin}"


# an entry each list must hold: "Dr." in Latin-script packs; Russian writes "господин", "т.е."
_LISTED = {
    ("ru", "honorifics"): "господин",
    ("ru", "abbreviations"): "т.е.",
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_lists_load(lang: str, name: str) -> None:
    words = LanguageData(lang).words(name)
    assert len(words) >= 20
    if name == "abbreviations":
        assert all(w.endswith(".") for w in words)
    assert _LISTED.get((lang, name), "Dr.") in words


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_tables_scan_fast_on_pathological_text(lang: str) -> None:
    nasty = ("a-" * 2000) + " " + ("Wort " * 3000) + ("x" * 5000)
    for name in TABLES:
        t0 = time.perf_counter()
        list(_table(lang, name).finditer(nasty))
        assert time.perf_counter() - t0 < 5.0, name


# (table, running text, expected match text or None, attribute, expected value)
DE_CASES = [
    (
        "events",
        "Der Präsident traf sich mit seinem Amtskollegen.",
        "traf sich",
        "strength",
        "strong",
    ),
    ("events", "Sie trafen sich am Montag in Wien.", "trafen sich", "kind", "meeting"),
    (
        "events",
        "Die beiden wollen sich in Genf treffen.",
        "sich in Genf treffen",
        "strength",
        "strong",
    ),
    ("events", "Merkel traf Putin in Sotschi.", "traf", "strength", "weak"),
    ("events", "Er traf mit dem Emir zusammen.", "traf mit dem Emir zusammen", "kind", "meeting"),
    (
        "events",
        "Die Minister kamen in Astana zusammen.",
        "kamen in Astana zusammen",
        "kind",
        "meeting",
    ),
    ("events", "Der Kanzler empfing den Gast im Kanzleramt.", "empfing", "strength", "strong"),
    (
        "events",
        "Er wurde vom König im Palast empfangen.",
        "wurde vom König im Palast empfangen",
        "kind",
        "meeting",
    ),
    ("events", "Das Treffen dauerte zwei Stunden.", "Treffen", "strength", "strong"),
    ("events", "Nach dem Arbeitstreffen gab es ein Essen.", "Arbeitstreffen", "kind", "meeting"),
    ("events", "Es war eine vertrauliche Unterredung.", "Unterredung", "strength", "strong"),
    ("events", "Die Gespräche wurden fortgesetzt.", "Gespräche", "strength", "weak"),
    (
        "events",
        "Sie führten intensive Gespräche.",
        "führten intensive Gespräche",
        "strength",
        "strong",
    ),
    ("events", "Die Verhandlungen sind festgefahren.", "Verhandlungen", "strength", "weak"),
    ("events", "Die Friedensverhandlungen stocken.", "Friedensverhandlungen", "kind", "meeting"),
    ("events", "Ein Vier-Augen-Gespräch fand statt.", "Vier-Augen-Gespräch", "strength", "strong"),
    ("events", "Der Papst gewährte eine Audienz.", "Audienz", "kind", "meeting"),
    ("events", "Merkel telefonierte mit Obama.", "telefonierte", "kind", "call"),
    ("events", "In einem Telefonat mit Erdoğan.", "Telefonat", "kind", "call"),
    ("events", "Bei einer Videokonferenz der Minister.", "Videokonferenz", "kind", "call"),
    ("events", "Das Telefongespräch dauerte eine Stunde.", "Telefongespräch", "kind", "call"),
    ("events", "Er kam zu einem Staatsbesuch nach China.", "Staatsbesuch", "kind", "visit"),
    ("events", "Der Minister besuchte Kiew.", "besuchte", "kind", "visit"),
    ("events", "Beim EU-Gipfel in Brüssel.", "EU-Gipfel", "kind", "conference"),
    ("events", "Das Gipfeltreffen in Samarkand.", "Gipfeltreffen", "kind", "conference"),
    ("events", "Das Außenministertreffen der OSZE.", "Außenministertreffen", "kind", "conference"),
    (
        "events",
        "Das Treffen der Außenminister in Brüssel.",
        "Treffen der Außenminister",
        "kind",
        "conference",
    ),
    (
        "events",
        "Das Treffen der G7-Finanzminister.",
        "Treffen der G7-Finanzminister",
        "kind",
        "conference",
    ),
    (
        "events",
        "Die Münchner Sicherheitskonferenz beginnt.",
        "Münchner Sicherheitskonferenz",
        "strength",
        "strong",
    ),
    ("events", "Der Kooperationsrat EU-Kasachstan tagte.", "Kooperationsrat", "kind", "conference"),
    (
        "events",
        "Die UN-Generalversammlung in New York.",
        "UN-Generalversammlung",
        "kind",
        "conference",
    ),
    (
        "events",
        "Auf dem Weltwirtschaftsforum in Davos.",
        "Weltwirtschaftsforum",
        "strength",
        "strong",
    ),
    ("events", "Die Plenarsitzung des Parlaments.", "Plenarsitzung", "kind", "conference"),
    ("events", "Die COP29 in Baku.", "COP29", "kind", "conference"),
    # false friends: swallowed by a "none" row
    (
        "events",
        "Die Regierung muss Entscheidungen treffen.",
        "Entscheidungen treffen",
        "kind",
        "none",
    ),
    ("events", "Man hat Vorkehrungen getroffen.", "Vorkehrungen getroffen", "kind", "none"),
    (
        "events",
        "Die Behörde traf die nötigen Maßnahmen.",
        "traf die nötigen Maßnahmen",
        "kind",
        "none",
    ),
    ("events", "Die Krise hat das Land schwer getroffen.", "schwer getroffen", "kind", "none"),
    ("events", "Auf einer Pressekonferenz sagte er.", "Pressekonferenz", "kind", "none"),
    ("events", "Er schrieb im Internetforum.", "Internetforum", "kind", "none"),
    ("events", "Der Berggipfel war verschneit.", "Berggipfel", "kind", "none"),
    (
        "events",
        "Das sagte er im Gespräch mit dem STANDARD.",
        "im Gespräch mit dem STANDARD",
        "kind",
        "none",
    ),
    (
        "events",
        "Er ist als Nachfolger im Gespräch.",
        "ist als Nachfolger im Gespräch",
        "kind",
        "none",
    ),
    ("events", "Die Gerichtsverhandlung wurde vertagt.", "Gerichtsverhandlung", "kind", "none"),
    ("events", "Der Schulbesuch ist Pflicht.", "Schulbesuch", "kind", "none"),
    ("events", "Die Vertagung wurde beschlossen.", "Vertagung", "kind", "none"),
    ("events", "Es betrifft alle; übertreffen wird das keiner.", None, "", ""),
    ("events", "Die Hauptversammlung der Aktionäre.", "Hauptversammlung", "kind", "none"),
    ("events", "Im US-Kongress wurde abgestimmt.", "US-Kongress", "kind", "none"),
    ("events", "Er führt das Argument ins Treffen.", "ins Treffen", "kind", "none"),
    (
        "events",
        "Zwei Spitäler wurden von Raketen getroffen.",
        "wurden von Raketen getroffen",
        "kind",
        "none",
    ),
    (
        "events",
        "Nadal trifft zum Auftakt auf den Spanier.",
        "trifft zum Auftakt auf den",
        "kind",
        "none",
    ),
    # status
    (
        "status",
        "Das Treffen soll im März in Wien stattfinden.",
        "soll im März in Wien stattfinden",
        "status",
        "planned",
    ),
    ("status", "Das geplante Treffen in Berlin.", "geplante", "status", "planned"),
    ("status", "Vor dem bevorstehenden Gipfel.", "Vor dem bevorstehenden", "status", "planned"),
    ("status", "In Vorbereitung auf das Treffen.", "In Vorbereitung auf", "status", "planned"),
    (
        "status",
        "Sie vereinbarten ein weiteres Treffen.",
        "vereinbarten ein weiteres Treffen",
        "status",
        "planned",
    ),
    (
        "status",
        "Er lud den Präsidenten nach Astana ein.",
        "lud den Präsidenten nach Astana ein",
        "status",
        "planned",
    ),
    (
        "status",
        "Ein Besuch wurde in Aussicht gestellt.",
        "in Aussicht gestellt",
        "status",
        "planned",
    ),
    ("status", "Das Treffen wurde abgesagt.", "abgesagt", "status", "cancelled"),
    ("status", "Der Gipfel wurde verschoben.", "verschoben", "status", "cancelled"),
    ("status", "Die Gespräche wurden auf Eis gelegt.", "auf Eis gelegt", "status", "cancelled"),
    ("status", "Der Sprecher dementierte die Berichte.", "dementierte", "status", "denied"),
    ("status", "Es gab kein Treffen der beiden.", "kein Treffen", "status", "denied"),
    ("status", "Sie haben sich nicht getroffen.", "nicht getroffen", "scope", "clause"),
    ("status", "Das Treffen findet nicht statt.", "findet nicht statt", "status", "denied"),
    (
        "status",
        "Das Treffen fand am Montag in Wien statt.",
        "fand am Montag in Wien statt",
        "status",
        "occurred",
    ),
    # topics
    ("topics", "Es ging um seltene Erden und Lithium.", "seltene Erden", "topic", "rare earths"),
    (
        "topics",
        "Kritische Rohstoffe sind wichtig.",
        "Kritische Rohstoffe",
        "topic",
        "critical raw materials",
    ),
    ("topics", "Die Handelsbeziehungen wachsen.", "Handelsbeziehungen", "context", "economic"),
    ("topics", "Investitionen in Kasachstan.", "Investitionen", "topic", "investment"),
    (
        "topics",
        "Der Ausbau der Transportkorridore.",
        "Transportkorridore",
        "topic",
        "transport corridors",
    ),
    ("topics", "Die Energiewende kommt voran.", "Energiewende", "topic", "green energy"),
    ("topics", "Der Handelskrieg eskaliert.", "Handelskrieg", "context", "economic"),
    ("topics", "Der Krieg in der Ukraine.", "Krieg", "context", "military"),
    ("topics", "Es ging um Cybersicherheit.", "Cybersicherheit", "context", "cyber"),
    ("topics", "Fragen der Rechtsstaatlichkeit.", "Rechtsstaatlichkeit", "topic", "rule of law"),
    (
        "topics",
        "Die Menschenrechtslage ist prekär.",
        "Menschenrechtslage",
        "context",
        "human_rights",
    ),
    ("topics", "Der Kampf gegen Menschenhandel.", "Menschenhandel", "context", "trafficking"),
    ("topics", "Der Kampf gegen den Drogenhandel.", "Drogenhandel", "context", "illegal_drugs"),
    ("topics", "Die Flüchtlingsfrage bleibt offen.", "Flüchtlingsfrage", "context", "asylum"),
    ("topics", "Das Atomabkommen mit Iran.", "Atomabkommen", "context", "cbrn"),
    ("topics", "Die Parlamentswahlen im Herbst.", "Parlamentswahlen", "context", "election"),
    ("topics", "Die Auswahl der Kandidaten.", "Kandidaten", "context", "election"),
    (
        "topics",
        "Die Korruptionsbekämpfung wird verstärkt.",
        "Korruptionsbekämpfung",
        "context",
        "corruption",
    ),
    ("topics", "Der Klimawandel bedroht die Region.", "Klimawandel", "context", "environment"),
    ("topics", "Das Investitionsklima ist gut.", "Investitionsklima", "context", "economic"),
    ("topics", "Er hat mit Sicherheit recht.", None, "", ""),
    ("topics", "Die Gleichstellung von Frauen.", "Gleichstellung", "context", "gender"),
    ("topics", "Die Ehe für alle wurde beschlossen.", "Ehe für alle", "context", "lgbt"),
    ("topics", "Das Erdbeben forderte Opfer.", "Erdbeben", "context", "disasters"),
    ("topics", "Die Blauhelme blieben im Land.", "Blauhelme", "context", "peacekeeping"),
    ("topics", "Die Pandemie belastet die Wirtschaft.", "Pandemie", "context", "health"),
    ("topics", "Sie glauben an den Erfolg.", None, "", ""),
    ("topics", "Der Putschversuch scheiterte.", "Putschversuch", "context", "pro_autocracy"),
    ("topics", "Desinformation im Netz.", "Desinformation", "context", "misinformation"),
    # speech, quantities, anaphora
    ("speech", "Das sei wichtig, betonte der Minister.", "betonte", "kind", "verb"),
    ("speech", "Es gebe Fortschritte, so Lawrow.", "so", "kind", "verb"),
    ("speech", "Dem Ministerium zufolge wurde vereinbart.", "zufolge", "kind", "marker"),
    ("speech", "Er sprach sehr laut und deutlich.", None, "", ""),
    ("quantities", "Mehr als 3.000 Unternehmen sind aktiv.", "Mehr als", "value", "more than"),
    ("quantities", "rund 40 Milliarden Euro", "rund", "value", "about"),
    ("quantities", "40 Milliarden Euro", "Milliarden", "value", "1e9"),
    ("quantities", "etwa ein Drittel des Handels", "etwa", "value", "about"),
    ("quantities", "ein Drittel des Handels", "ein Drittel", "value", "0.333"),
    ("quantities", "um 12 Prozent gestiegen", "Prozent", "unit", "percent"),
    (
        "anaphora",
        "Sein Amtskollege betonte die Bedeutung.",
        "Sein Amtskollege",
        "type",
        "counterpart",
    ),
    (
        "anaphora",
        "Die Gesprächspartnerin erklärte",
        "Die Gesprächspartnerin",
        "type",
        "counterpart",
    ),
    ("anaphora", "Beide Seiten bekräftigten", "Beide Seiten", "type", "both"),
    ("anaphora", "Der kasachische Diplomat sagte", "Der kasachische Diplomat", "type", "role_noun"),
    ("anaphora", "mit dem Minister sprach", "dem Minister", "type", "role_noun"),
]

EN_CASES = [
    # receiving a thing is no meeting, in any tense
    (
        "events",
        "He will receive a letter of resignation from Mr Hale.",
        "receive a letter",
        "kind",
        "none",
    ),
    ("events", "The president met with his Chinese counterpart.", "met with", "strength", "strong"),
    ("events", "Blair met Chirac in Paris.", "met", "strength", "weak"),
    ("events", "The meeting lasted an hour.", "meeting", "strength", "strong"),
    ("events", "They held talks on trade.", "held talks", "strength", "strong"),
    ("events", "The two held lengthy talks in Geneva.", "held lengthy talks", "kind", "meeting"),
    ("events", "Talks resumed on Monday.", "Talks", "strength", "weak"),
    ("events", "He sat down with the Iranian envoy.", "sat down with", "strength", "strong"),
    ("events", "She was received by the emir.", "was received by", "strength", "strong"),
    (
        "events",
        "The king granted an audience to the envoy.",
        "granted an audience",
        "kind",
        "meeting",
    ),
    (
        "events",
        "He paid a courtesy call on the governor.",
        "paid a courtesy call on",
        "kind",
        "meeting",
    ),
    ("events", "In a bilateral meeting on the sidelines.", "bilateral meeting", "kind", "meeting"),
    ("events", "Negotiations on the deal continue.", "Negotiations", "strength", "weak"),
    (
        "events",
        "Political consultations were held.",
        "Political consultations",
        "strength",
        "strong",
    ),
    ("events", "He spoke by phone with Erdogan.", "spoke by phone", "kind", "call"),
    (
        "events",
        "She spoke with Putin by telephone.",
        "spoke with Putin by telephone",
        "kind",
        "call",
    ),
    ("events", "In a phone call on Tuesday.", "phone call", "kind", "call"),
    ("events", "The leaders held a video conference.", "held a video conference", "kind", "call"),
    ("events", "He telephoned the chancellor.", "telephoned", "kind", "call"),
    ("events", "The virtual summit ended.", "virtual summit", "kind", "call"),
    ("events", "He arrived on a state visit.", "state visit", "strength", "strong"),
    ("events", "The minister visited Kabul.", "visited", "kind", "visit"),
    ("events", "During a two-day visit to Astana.", "two-day visit", "kind", "visit"),
    ("events", "The G20 summit in Osaka.", "G20 summit", "kind", "conference"),
    ("events", "At the EU-China summit.", "EU-China summit", "kind", "conference"),
    (
        "events",
        "A meeting of EU foreign ministers.",
        "meeting of EU foreign ministers",
        "kind",
        "conference",
    ),
    (
        "events",
        "The NATO foreign ministers' meeting.",
        "NATO foreign ministers' meeting",
        "kind",
        "conference",
    ),
    ("events", "The ministerial meeting opened.", "ministerial meeting", "strength", "strong"),
    (
        "events",
        "The Munich Security Conference opened.",
        "Security Conference",
        "strength",
        "strong",
    ),
    (
        "events",
        "At the World Economic Forum in Davos.",
        "World Economic Forum",
        "kind",
        "conference",
    ),
    ("events", "The UN General Assembly voted.", "UN General Assembly", "kind", "conference"),
    ("events", "A plenary session of the council.", "plenary session", "strength", "strong"),
    (
        "events",
        "The Security Council meeting ended.",
        "Security Council meeting",
        "kind",
        "conference",
    ),
    ("events", "COP28 in Dubai.", "COP28", "kind", "conference"),
    ("events", "The two sat down with the king.", "sat down with", "kind", "meeting"),
    ("events", "She had breakfast with the king.", "had breakfast with", "kind", "meeting"),
    # false friends
    ("events", "The plan met with fierce criticism.", "met with fierce criticism", "kind", "none"),
    ("events", "The firm failed to meet its targets.", "meet its targets", "kind", "none"),
    ("events", "Families struggle to make ends meet.", "make ends meet", "kind", "none"),
    ("events", "He told a press conference.", "press conference", "kind", "none"),
    ("events", "The largest conference company.", "conference company", "kind", "none"),
    ("events", "At the Labour party conference.", "Labour party conference", "kind", "none"),
    ("events", "After the training session he left.", "training session", "kind", "none"),
    ("events", "He posted on an online forum.", "online forum", "kind", "none"),
    ("events", "The summit of Mount Everest.", "summit of Mount", "kind", "none"),
    ("events", "They reached the summit at noon.", "reached the summit", "kind", "none"),
    ("events", "The Met Office said.", "Met Office", "kind", "none"),
    ("events", "He received a letter.", "received a letter", "kind", "none"),
    ("events", "Britain hosted the Olympics.", "hosted the Olympics", "kind", "none"),
    ("events", "He called for calm.", "called for", "kind", "none"),
    ("events", "The bill received a first reading.", "received a first reading", "kind", "none"),
    ("events", "A ministerial post was offered.", "ministerial post", "kind", "none"),
    ("events", "The meetinghouse and the metre.", None, "", ""),
    # status
    ("status", "The summit is scheduled for May.", "is scheduled for", "status", "planned"),
    ("status", "He is due to meet Xi.", "is due to", "status", "planned"),
    ("status", "The upcoming summit.", "upcoming", "status", "planned"),
    ("status", "They agreed to meet again.", "agreed to meet", "status", "planned"),
    ("status", "He invited her to visit.", "invited", "status", "planned"),
    ("status", "The meeting was postponed.", "postponed", "status", "cancelled"),
    ("status", "Talks were called off.", "called off", "status", "cancelled"),
    ("status", "The visit was cancelled.", "cancelled", "status", "cancelled"),
    ("status", "The summit was scrapped.", "scrapped", "status", "cancelled"),
    ("status", "The ministry denied that a meeting happened.", "denied", "scope", "sentence"),
    ("status", "The two did not meet.", "did not meet", "status", "denied"),
    ("status", "He has no plans to meet Kim.", "no plans", "status", "denied"),
    ("status", "She ruled out talks.", "ruled out", "status", "denied"),
    ("status", "The meeting took place in Baku.", "took place", "status", "occurred"),
    # topics
    ("topics", "Cooperation on rare earths.", "rare earths", "topic", "rare earths"),
    (
        "topics",
        "Access to critical raw materials.",
        "critical raw materials",
        "context",
        "natural_resource",
    ),
    ("topics", "Investment in green energy.", "green energy", "context", "environment"),
    ("topics", "The Middle Corridor route.", "Middle Corridor", "topic", "transport corridors"),
    ("topics", "A free trade agreement.", "free trade agreement", "context", "economic"),
    ("topics", "The trade war escalated.", "trade war", "topic", "trade disputes"),
    ("topics", "The rule of law matters.", "rule of law", "context", "legal"),
    ("topics", "They raised human rights.", "human rights", "context", "human_rights"),
    ("topics", "Asylum seekers arrived.", "Asylum seekers", "context", "asylum"),
    ("topics", "Labour migration rose.", "Labour migration", "context", "migration"),
    ("topics", "The nuclear deal with Iran.", "nuclear deal", "context", "cbrn"),
    ("topics", "A cyber attack on banks.", "cyber attack", "context", "cyber"),
    ("topics", "Drug trafficking routes.", "Drug trafficking", "context", "illegal_drugs"),
    ("topics", "Human trafficking networks.", "Human trafficking", "context", "trafficking"),
    ("topics", "The fight against corruption.", "corruption", "context", "corruption"),
    ("topics", "The ceasefire held.", "ceasefire", "context", "peacekeeping"),
    ("topics", "The earthquake killed dozens.", "earthquake", "context", "disasters"),
    ("topics", "Same-sex marriage was legalised.", "Same-sex marriage", "context", "lgbt"),
    ("topics", "Violence against women.", "Violence against women", "context", "gender"),
    ("topics", "Disinformation campaigns.", "Disinformation", "context", "misinformation"),
    ("topics", "The coup attempt failed.", "coup attempt", "context", "pro_autocracy"),
    ("topics", "They will crack down on protests.", "crack down", "context", "repression"),
    ("topics", "There is space for dialogue.", "dialogue", "context", "diplomatic"),
    # speech, quantities, anaphora
    ("speech", "The talks were useful, he said.", "said", "kind", "verb"),
    ("speech", "According to the ministry, the deal is done.", "According to", "kind", "marker"),
    (
        "speech",
        "He was quoted as saying the deal is done.",
        "was quoted as saying",
        "kind",
        "marker",
    ),
    ("quantities", "more than 3,000 companies", "more than", "value", "more than"),
    ("quantities", "about $1.5 billion", "about", "value", "about"),
    ("quantities", "1.5 billion dollars", "billion", "value", "1e9"),
    ("quantities", "a third of trade", "a third", "value", "0.333"),
    ("quantities", "12 per cent", "per cent", "unit", "percent"),
    (
        "anaphora",
        "His counterpart stressed the importance.",
        "His counterpart",
        "type",
        "counterpart",
    ),
    ("anaphora", "Both sides agreed.", "Both sides", "type", "both"),
    ("anaphora", "The two leaders agreed.", "The two leaders", "type", "both"),
    ("anaphora", "The Kazakh diplomat said.", "The Kazakh diplomat", "type", "role_noun"),
]


def _check(
    lang: str, table: str, text: str, expected: str | None, attr: str | None, value: str | None
) -> None:
    hits = list(_table(lang, table).finditer(text))
    if expected is None:
        assert not hits, f"unexpected {[h.text for h in hits]} in {text!r}"
        return
    found = [h for h in hits if h.text == expected]
    assert found, f"{expected!r} not matched in {text!r}; got {[h.text for h in hits]}"
    hit = found[0]
    assert text[hit.start : hit.end] == hit.text
    if attr:
        assert hit.row.get(attr) == value, (expected, attr, hit.row.get(attr))


RU_CASES = [
    ("events", "Лавров встретился с коллегой в Женеве.", "встретился", "strength", "strong"),
    ("events", "Министры провели переговоры в Москве.", "провели переговоры", "kind", "meeting"),
    ("events", "Переговоры продолжились во вторник.", "Переговоры", "strength", "weak"),
    ("events", "Встречей министров завершился день.", "Встречей", "kind", "meeting"),
    ("events", "В Кремле президент принял посла.", "принял", "strength", "weak"),
    ("events", "Парламент принял закон о бюджете.", "принял закон", "kind", "none"),
    ("events", "Они встретили Новый год в Москве.", "встретили Новый год", "kind", "none"),
    ("events", "На пресс-конференции министр ответил.", "пресс-конференции", "kind", "none"),
    ("events", "Лидеры созвонились в понедельник.", "созвонились", "kind", "call"),
    ("events", "В телефонном разговоре с коллегой", "телефонном разговоре", "kind", "call"),
    (
        "events",
        "Премьер прибыл в Баку с официальным визитом.",
        "прибыл в Баку с официальным визитом",
        "kind",
        "visit",
    ),
    ("events", "На саммитах обсуждали торговлю.", "саммитах", "kind", "conference"),
    ("events", "Встречный иск подан в суд.", "Встречный", "kind", "none"),
    ("events", "Встречаемость слов в корпусе.", None, "", ""),
    ("status", "Встреча состоится в Вене.", "состоится", "status", "planned"),
    ("status", "Путин посетит Пекин в мае.", "посетит", "status", "planned"),
    ("status", "Визит был отменён.", "отменён", "status", "cancelled"),
    ("status", "Саммит перенесли на осень.", "перенесли", "detail", "postponed"),
    ("status", "Встреча не состоялась.", "не состоялась", "status", "denied"),
    ("status", "Он прибыл по приглашению президента.", None, "", ""),
    ("status", "Переговоры состоялись в Минске.", "состоялись", "status", "occurred"),
    ("speech", "Это важно, заявила министр.", "заявила", "kind", "verb"),
    ("speech", "По словам посла, встреча прошла успешно.", "По словам", "kind", "marker"),
    ("speech", "Заявление Кремля.", None, "", ""),
    (
        "anaphora",
        "Его российский коллега подчеркнул.",
        "Его российский коллега",
        "type",
        "counterpart",
    ),
    ("anaphora", "Обе стороны выразили удовлетворение.", "Обе стороны", "type", "both"),
    ("anaphora", "Три президента встретились в Астане.", "Три президента", "count", "3"),
    ("anaphora", "Позиция со стороны России.", None, "", ""),
    ("anaphora", "Министр иностранных дел России Сергей Лавров.", None, "", ""),
    # topics and quantities (tests/test_ru_topics.py has more)
    (
        "topics",
        "Торгово-экономическое сотрудничество.",
        "Торгово-экономическое",
        "context",
        "economic",
    ),
    (
        "topics",
        "об энергетической безопасности",
        "энергетической безопасности",
        "context",
        "economic",
    ),
    (
        "topics",
        "продовольственная безопасность",
        "продовольственная безопасность",
        "topic",
        "food security",
    ),
    ("topics", "редкоземельные металлы", "редкоземельные металлы", "topic", "rare earths"),
    ("topics", "Он указал на трудности.", None, "", ""),
    ("topics", "В связи с визитом.", None, "", ""),
    ("quantities", "более 3 000 компаний", "более", "value", "more than"),
    ("quantities", "около 40 млрд евро", "около", "value", "about"),
    ("quantities", "3,5 млрд долларов", "млрд", "value", "1e9"),
    ("quantities", "3,5 млрд долларов", "долларов", "unit", "USD"),
    ("quantities", "треть товарооборота", "треть", "value", "0.333"),
    ("quantities", "четверть века назад", None, "", ""),
]

CASES = {"de": DE_CASES, "en": EN_CASES, "ru": RU_CASES}


@pytest.mark.parametrize(
    ("lang", "table", "text", "expected", "attr", "value"),
    [(lang, *case) for lang, cases in CASES.items() for case in cases],
)
def test_phrases(
    lang: str, table: str, text: str, expected: str | None, attr: str | None, value: str | None
) -> None:
    _check(lang, table, text, expected, attr, value)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("table", TABLES)
def test_every_table_of_every_pack_has_phrase_cases(lang: str, table: str) -> None:
    """Each language's phrase rows exercise each table, positively and negatively where the
    table has false friends to keep out."""
    cases = [c for c in CASES.get(lang, []) if c[0] == table]
    assert any(c[2] is not None for c in cases), f"no {lang} phrase matches the {table} table"


def _real_sentences() -> dict[str, list[str]]:
    if not SHARED.is_dir():
        pytest.skip("shared corpora absent")
    de_csv = SHARED / "corpora" / "de-10kgnad" / "test.csv"
    en_dir = SHARED / "corpora" / "en-bbc" / "politics"
    if not de_csv.is_file() or not en_dir.is_dir():
        pytest.skip("corpora absent")
    split = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ\"'„])")
    with de_csv.open(encoding="utf-8") as fh:
        de_texts = [r[1] for r in csv.reader(fh, delimiter=";", quotechar="'") if len(r) > 1]
    en_texts = [p.read_text(encoding="latin-1") for p in sorted(en_dir.glob("*.txt"))]
    return {
        "de": [s for t in de_texts[:300] for s in split.split(t)],
        "en": [s for t in en_texts[:150] for s in split.split(t)],
    }


def test_real_text_trigger_rates_are_plausible() -> None:
    """On news text, event triggers fire in some sentences but far from all of them."""
    for lang, sentences in _real_sentences().items():
        table = _table(lang, "events")
        hit = sum(
            1 for s in sentences if any(m.row.get("kind") != "none" for m in table.finditer(s))
        )
        rate = hit / max(1, len(sentences))
        assert 0.02 < rate < 0.45, (lang, rate)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Foreign Minister Anna Berg met President Jan Kowal in Lima. The two leaders held "
            "talks. They will meet again next week.\nReadout of the call with Chancellor Huber.",
        ),
        (
            "de",
            "Außenministerin Anna Berg traf Präsident Jan Kowal in Lima. Die beiden führten "
            "Gespräche. Sie wollen sich nächste Woche wieder treffen.\nTelefonat mit Huber.",
        ),
    ],
)
def test_matching_by_spans_equals_matching_each_span(lang: str, text: str) -> None:
    """``finditer_spans`` does the whole text's work once; its matches are those of
    ``finditer`` over each span."""
    table = LanguageData(lang).table("events")
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+[.\n]?", text)]
    each = [m for s, e in spans for m in table.finditer(text, s, e)]
    assert list(table.finditer_spans(text, spans)) == each
    assert each  # the text has meeting words


def _every_row_everywhere(table: PatternTable, text: str) -> list[tuple[int, int, int]]:
    """The matching rule done the slow way: at each position not inside a word try every row,
    keep the longest (on a tie a row that starts with known characters, then the earlier
    row), go on after it."""
    out: list[tuple[int, int, int]] = []
    generic = {i for i, row in enumerate(table.rows) if _prefixes(row.pattern) is None}
    order = sorted(range(len(table.rows)), key=lambda i: (i in generic, i))
    compiled = [re.compile(rf"(?<!\w)(?:{row.pattern})(?!\w)", re.I) for row in table.rows]
    pos = 0
    while pos < len(text):
        if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_"):
            pos += 1
            continue
        best_end, best_row = -1, -1
        for i in order:
            m = compiled[i].match(text, pos)
            if m is not None and m.end() > best_end:
                best_end, best_row = m.end(), i
        if best_row < 0 or best_end == pos:
            pos += 1
            continue
        out.append((pos, best_end, best_row))
        pos = best_end
    return out


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", (*TABLES, "roles", "role_modifiers", "furniture"))
def test_candidate_positions_lose_no_match(lang: str, name: str) -> None:
    """The table tries rows only where the text starts with one of a row's first characters
    (worked out from the pattern) or holds a literal the row needs; over every row's own
    example, in upper, lower and the given case, it finds exactly what trying every row at
    every position finds."""
    table = _table(lang, name)
    examples = [r.get("example") for r in table.rows if r.get("example")]
    text = " ".join(examples)
    for variant in (text, text.upper(), text.lower()):
        want = _every_row_everywhere(table, variant)
        got = [(m.start, m.end, table.rows.index(m.row)) for m in table.finditer(variant)]
        assert got == want
