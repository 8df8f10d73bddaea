"""The role lexicon (lang/<code>/roles.tsv) and the role modifiers (role_modifiers.tsv)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from communique.errors import KnowledgeError
from communique.lexicon import LanguageData, Match, PatternTable

EFFECTS = frozenset({"former", "then", "acting", "designate", "deputy"})
LANGS = ("de", "en")
SHARED = Path(__file__).resolve().parents[2] / "shared"


@functools.cache
def roles(lang: str) -> PatternTable:
    """The roles table of ``lang``, built once per test session."""
    return LanguageData(lang).table("roles")


@functools.cache
def modifiers(lang: str) -> PatternTable:
    return LanguageData(lang).table("role_modifiers")


def find(table: PatternTable, text: str, expected: str) -> Match:
    hits = list(table.finditer(text))
    for m in hits:
        if m.text == expected:
            return m
    raise AssertionError(f"{expected!r} not matched in {text!r}: {[h.text for h in hits]}")


# -- the tables themselves -------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_role_tables_load(lang: str) -> None:
    assert len(roles(lang).rows) >= 120  # the loader checks every column (communique.tables)


@pytest.mark.parametrize("lang", LANGS)
def test_modifier_tables_cover_every_effect(lang: str) -> None:
    assert {row.get("effect") for row in modifiers(lang).rows} == EFFECTS


ROLE_HEADER = "pattern\tclass\tigo_class\tsector\tgloss\texample\tstate_class\tcountry"
ROLE_ROW = ["emir", "head_of_state", "", "GOV", "emir", "Emir", "", ""]


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("class", "king"),
        ("class", ""),
        ("igo_class", "boss"),
        ("sector", "ROYAL"),
        ("gloss", ""),
        ("example", ""),
        ("state_class", "GBR=king"),
        ("state_class", "gbr=minister"),
        ("country", "UK"),
    ],
)
def test_loader_rejects_bad_role_cell(tmp_path: Path, column: str, value: str) -> None:
    cells = dict(zip(ROLE_HEADER.split("\t"), ROLE_ROW, strict=True)) | {column: value}
    path = tmp_path / "roles.tsv"
    row = "\t".join(cells.values())
    path.write_text(f"{ROLE_HEADER}\n\n{row}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        PatternTable.from_file(path)
    assert f"{path}:3: column {column!r}" in str(err.value)


def test_loader_accepts_role_table_without_optional_columns(tmp_path: Path) -> None:
    path = tmp_path / "roles.tsv"
    path.write_text(
        "pattern\tclass\tsector\tgloss\texample\n"
        "kanzler(?:in)?\thead_of_government\tGOV\tchancellor\tKanzlerin\n"
        "premier\thead_of_government\tGOV\tpremier\tPremier\n",
        encoding="utf-8",
    )
    table = PatternTable.from_file(path)
    hit = table.search("die Kanzlerin sprach")
    assert hit is not None and hit.text == "Kanzlerin" and hit.row.get("state_class") == ""
    for value in ("head_of_state", "GBR=minister", "GBR=minister,IRL=head_of_government"):
        path.write_text(f"{ROLE_HEADER}\nx\tother\t\tGOV\tx\tX\t{value}\tIRL\n", encoding="utf-8")
        assert PatternTable.from_file(path).rows[0].get("state_class") == value


def test_loader_rejects_unknown_modifier_effect(tmp_path: Path) -> None:
    path = tmp_path / "role_modifiers.tsv"
    path.write_text("pattern\teffect\texample\nformer\tpast\tformer\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"role_modifiers\.tsv:2: column 'effect'"):
        PatternTable.from_file(path)


def _self_check(table: PatternTable, keys: tuple[str, ...]) -> list[str]:
    problems = []
    for row in table.rows:
        example = row.get("example")
        own = re.compile(rf"(?<!\w)(?:{row.pattern})(?!\w)", re.IGNORECASE).match(example)
        if own is None:
            problems.append(f"line {row.line}: pattern does not match its example {example!r}")
            continue
        if "(?=" not in row.pattern and own.end() != len(example):
            problems.append(f"line {row.line}: matches only {own.group()!r} of {example!r}")
        hit = table.search(example)
        if hit is None or hit.start != 0 or hit.end != own.end():
            problems.append(f"line {row.line}: table gives {hit and hit.text!r} for {example!r}")
        elif tuple(hit.row.get(k) for k in keys) != tuple(row.get(k) for k in keys):
            problems.append(f"line {row.line}: {example!r} is won by line {hit.row.line}")
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_every_role_row_matches_its_own_example(lang: str) -> None:
    assert _self_check(roles(lang), ("class", "igo_class", "sector")) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_modifier_row_matches_its_own_example(lang: str) -> None:
    assert _self_check(modifiers(lang), ("effect",)) == []


# -- German titles in running text ----------------------------------------------------------

DE_CASES = [
    (
        "Der stellvertretende Außenminister der Republik Kasachstan",
        "stellvertretende Außenminister",
        "deputy_foreign_minister",
    ),
    (
        "traf den Ersten stellvertretenden Außenminister Russlands",
        "Ersten stellvertretenden Außenminister",
        "deputy_foreign_minister",
    ),
    ("mit dem Vize-Außenminister Chinas", "Vize-Außenminister", "deputy_foreign_minister"),
    ("Vizeaußenministerin Lee", "Vizeaußenministerin", "deputy_foreign_minister"),
    ("die Staatssekretärin im Auswärtigen Amt", "Staatssekretärin", "deputy_foreign_minister"),
    ("der Staatssekretär des Auswärtigen Amtes", "Staatssekretär", "deputy_foreign_minister"),
    (
        "ein Staatssekretär im polnischen Außenministerium",
        "Staatssekretär",
        "deputy_foreign_minister",
    ),
    (
        "Staatsministerin für Europa Anna Lührmann",
        "Staatsministerin für Europa",
        "deputy_foreign_minister",
    ),
    ("der Staatsminister im Auswärtigen Amt", "Staatsminister", "deputy_foreign_minister"),
    (
        "der Parlamentarische Staatssekretär im Finanzministerium",
        "Parlamentarische Staatssekretär",
        "deputy_minister",
    ),
    ("Bundesaußenministerin Annalena Baerbock", "Bundesaußenministerin", "foreign_minister"),
    ("des kasachischen Außenministers", "Außenministers", "foreign_minister"),
    ("den Außenministern der Region", "Außenministern", "foreign_minister"),
    ("US-Außenminister Blinken", "Außenminister", "foreign_minister"),
    (
        "der Minister für auswärtige Angelegenheiten Usbekistans",
        "Minister für auswärtige Angelegenheiten",
        "foreign_minister",
    ),
    (
        "die Bundesministerin für europäische und internationale Angelegenheiten",
        "Bundesministerin für europäische und internationale Angelegenheiten",
        "foreign_minister",
    ),
    ("Serbiens Chefdiplomat Ivica Dačić", "Chefdiplomat", "foreign_minister"),
    ("die EU-Außenbeauftragte Kaja Kallas", "Außenbeauftragte", "igo_leader"),
    ("die Hohe Vertreterin der EU", "Hohe Vertreterin", "igo_leader"),
    ("des Hohen Vertreters", "Hohen Vertreters", "igo_leader"),
    ("EU-Kommissionspräsidentin Ursula von der Leyen", "Kommissionspräsidentin", "igo_leader"),
    ("Bundeskanzlerin Angela Merkel", "Bundeskanzlerin", "head_of_government"),
    ("Kanzler Scholz", "Kanzler", "head_of_government"),
    ("der ungarische Premier Orbán", "Premier", "head_of_government"),
    ("mit Premierministerin Giorgia Meloni", "Premierministerin", "head_of_government"),
    ("des indischen Premierministers", "Premierministers", "head_of_government"),
    ("der moldauische Regierungschef", "Regierungschef", "head_of_government"),
    ("Ministerpräsident Viktor Orbán", "Ministerpräsident", "head_of_government"),
    ("der Vizekanzler", "Vizekanzler", "minister"),
    ("der stellvertretende Ministerpräsident", "stellvertretende Ministerpräsident", "minister"),
    ("Vizepremierminister Alexander Nowak", "Vizepremierminister", "minister"),
    ("Bundespräsident Frank-Walter Steinmeier", "Bundespräsident", "head_of_state"),
    ("des türkischen Präsidenten Erdoğan", "Präsidenten", "head_of_state"),
    ("Staatspräsidentin Sandu", "Staatspräsidentin", "head_of_state"),
    ("König Abdullah II.", "König", "head_of_state"),
    ("der Emir von Katar", "Emir", "head_of_state"),
    ("Großherzog Henri", "Großherzog", "head_of_state"),
    ("der Generalgouverneur Kanadas", "Generalgouverneur", "head_of_state"),
    ("das Staatsoberhaupt", "Staatsoberhaupt", "head_of_state"),
    ("Verteidigungsministerin Christine Lambrecht", "Verteidigungsministerin", "minister"),
    ("des Wirtschaftsministers", "Wirtschaftsministers", "minister"),
    ("die Ministerin für Wirtschaft und Klimaschutz", "Ministerin", "minister"),
    (
        "der stellvertretende Verteidigungsminister",
        "stellvertretende Verteidigungsminister",
        "deputy_minister",
    ),
    ("Vizefinanzminister Li", "Vizefinanzminister", "deputy_minister"),
    ("der Botschafter Deutschlands in Kasachstan", "Botschafter", "ambassador"),
    ("die deutsche Botschafterin", "Botschafterin", "ambassador"),
    ("den Geschäftsträger der Botschaft", "Geschäftsträger", "ambassador"),
    ("die Ständige Vertreterin bei den Vereinten Nationen", "Ständige Vertreterin", "ambassador"),
    ("Generalkonsul Müller", "Generalkonsul", "ambassador"),
    ("der UN-Sondergesandte Staffan de Mistura", "Sondergesandte", "special_representative"),
    (
        "der Sonderbeauftragte der EU für Zentralasien",
        "Sonderbeauftragte",
        "special_representative",
    ),
    ("Sonderkoordinatorin für Syrien", "Sonderkoordinatorin", "special_representative"),
    (
        "die Menschenrechtsbeauftragte der Bundesregierung",
        "Menschenrechtsbeauftragte",
        "special_representative",
    ),
    ("Nato-Generalsekretär Mark Rutte", "Generalsekretär", "official"),
    (
        "der stellvertretende Generalsekretär des EAD",
        "stellvertretende Generalsekretär",
        "official",
    ),
    ("EU-Kommissar Oettinger", "Kommissar", "official"),
    ("EU-Handelskommissar Šefčovič", "Handelskommissar", "igo_official"),
    ("der Abgeordnete Müller", "Abgeordnete", "legislator"),
    ("die Bundestagsabgeordnete", "Bundestagsabgeordnete", "legislator"),
    ("der EU-Parlamentarier", "Parlamentarier", "legislator"),
    ("Europaabgeordnete Hannah Neumann", "Europaabgeordnete", "legislator"),
    ("Nationalratspräsident Sobotka", "Nationalratspräsident", "legislator"),
    ("die Präsidentin des Parlaments", "Präsidentin", "legislator"),
    ("der Vorsitzende des Auswärtigen Ausschusses", "Vorsitzende", "legislator"),
    ("dem Vorsitzenden der Delegation für die Beziehungen", "Vorsitzenden", "legislator"),
    ("US-Senatorin Jeanne Shaheen", "Senatorin", "legislator"),
    ("Regierungssprecher Steffen Hebestreit", "Regierungssprecher", "official"),
    ("sagte eine Sprecherin des Ministeriums", "Sprecherin", "official"),
    ("der außenpolitische Berater des Präsidenten", "außenpolitische Berater", "official"),
    ("Sicherheitsberater Jake Sullivan", "Sicherheitsberater", "official"),
    ("der Gouverneur der Region", "Gouverneur", "official"),
    ("Bürgermeisterin Karin Baier", "Bürgermeisterin", "official"),
    ("Landeshauptmann Thomas Stelzer", "Landeshauptmann", "official"),
    ("der Chef der Präsidialverwaltung", "Chef", "official"),
    ("Generalstabschef Gerassimow", "Generalstabschef", "official"),
    ("der Direktor des Instituts", "Direktor", "official"),
    ("Vorstandsvorsitzender Herbert Diess", "Vorstandsvorsitzender", "other"),
    ("der Politologe Peter Filzmaier", "Politologe", "other"),
    ("der Journalist Ivan Gershkovich", "Journalist", "other"),
    ("Kronprinz Mohammed bin Salman", "Kronprinz", "other"),
    ("Papst Franziskus", "Papst", "head_of_state"),
    ("SPÖ-Parteichef Babler", "Parteichef", "other"),
]

DE_ATTR_CASES = [
    (
        "dem stellvertretenden geschäftsführenden Direktor des EAD",
        "stellvertretenden geschäftsführenden Direktor",
        "igo_class",
        "igo_official",
    ),
    ("Generalsekretär der OSZE", "Generalsekretär", "igo_class", "igo_leader"),
    ("die Präsidentin der Europäischen Kommission", "Präsidentin", "igo_class", "igo_leader"),
    ("Vizepräsidentin der Kommission", "Vizepräsidentin", "igo_class", "igo_official"),
    ("der Kabinettschef", "Kabinettschef", "igo_class", "igo_official"),
    ("Generalstabschef Gerassimow", "Generalstabschef", "sector", "MIL"),
    ("der Polizeichef von Wien", "Polizeichef", "sector", "COP"),
    ("der Geheimdienstchef", "Geheimdienstchef", "sector", "SPY"),
    ("Parteivorsitzende Ricarda Lang", "Parteivorsitzende", "sector", "PTY"),
    ("die Verfassungsrichterin", "Verfassungsrichterin", "sector", "JUD"),
    ("Landeshauptmann Thomas Stelzer", "Landeshauptmann", "sector", "GOV"),
]


def test_german_first_match_of_nested_titles() -> None:
    hits = list(
        roles("de").finditer("nach einem Treffen mit der Kabinettschefin der Hohen Vertreterin")
    )
    assert hits[0].text == "Kabinettschefin"
    assert hits[0].row.get("igo_class") == "igo_official"
    assert hits[1].text == "Hohen Vertreterin"


def test_german_special_representative_keeps_the_eu_prefix_outside() -> None:
    m = roles("de").search("Gespräch mit dem EU-Sonderbeauftragten für Menschenrechte")
    assert m is not None
    assert m.text in ("Sonderbeauftragten für Menschenrechte", "Sonderbeauftragten")
    assert m.row.get("class") == "special_representative"


DE_NON_TITLES = [
    "Das Ministerium teilte mit",
    "die österreichische Präsidentschaft im Rat",
    "vor der deutschen Botschaft in Moskau",
    "Sie wollten darüber sprechen",
    "Das Außenministerium bestätigte",
    "die Premiere des Films",
    "in der Premier League",
    "Die Regierung hat abgeordnete Beamte zurückgerufen",
    "Der Lautsprecher war laut",
    "ein Halbleiter aus Taiwan",
    "vor dem Obersten Gerichtshof",
    "die industriellen Metalle",
    "das Emirat Katar",
    "die Kanzlerkandidatur",
]


# -- English titles in running text ---------------------------------------------------------

EN_CASES = [
    ("US Secretary of State Antony Blinken", "Secretary of State", "foreign_minister"),
    ("British Foreign Secretary David Lammy", "Foreign Secretary", "foreign_minister"),
    ("the Secretary of State for Health", "Secretary of State for Health", "minister"),
    (
        "Secretary of State for Foreign, Commonwealth and Development Affairs",
        "Secretary of State for Foreign, Commonwealth and Development Affairs",
        "foreign_minister",
    ),
    ("Chancellor of the Exchequer Rachel Reeves", "Chancellor of the Exchequer", "minister"),
    ("Prime Minister Narendra Modi", "Prime Minister", "head_of_government"),
    ("the PM said", "PM", "head_of_government"),
    ("German Chancellor Olaf Scholz", "Chancellor", "head_of_government"),
    ("Chinese Premier Li Qiang", "Premier", "head_of_government"),
    ("Taoiseach Simon Harris", "Taoiseach", "head_of_government"),
    ("Foreign Minister Wang Yi", "Foreign Minister", "foreign_minister"),
    (
        "the Minister of Foreign Affairs of Kazakhstan",
        "Minister of Foreign Affairs",
        "foreign_minister",
    ),
    (
        "Minister for Europe and Foreign Affairs",
        "Minister for Europe and Foreign Affairs",
        "foreign_minister",
    ),
    (
        "India's External Affairs Minister S. Jaishankar",
        "External Affairs Minister",
        "foreign_minister",
    ),
    ("the EU's top diplomat", "top diplomat", "foreign_minister"),
    (
        "Deputy Foreign Minister Sergei Ryabkov",
        "Deputy Foreign Minister",
        "deputy_foreign_minister",
    ),
    ("Vice Foreign Minister Ma Zhaoxu", "Vice Foreign Minister", "deputy_foreign_minister"),
    (
        "Deputy Secretary of State Kurt Campbell",
        "Deputy Secretary of State",
        "deputy_foreign_minister",
    ),
    (
        "Under Secretary of State for Political Affairs",
        "Under Secretary of State",
        "deputy_foreign_minister",
    ),
    (
        "Minister of State for Europe Stephen Doughty",
        "Minister of State for Europe",
        "deputy_foreign_minister",
    ),
    ("a Minister of State at the Foreign Office", "Minister of State", "deputy_foreign_minister"),
    ("State Secretary at the Federal Foreign Office", "State Secretary", "deputy_foreign_minister"),
    ("Defence Minister Boris Pistorius", "Defence Minister", "minister"),
    ("Minister of Defence Rustem Umerov", "Minister of Defence", "minister"),
    ("Defence Secretary John Healey", "Defence Secretary", "minister"),
    ("Secretary of Defense Lloyd Austin", "Secretary of Defense", "minister"),
    ("Home Secretary Yvette Cooper", "Home Secretary", "minister"),
    ("Commerce Secretary Gina Raimondo", "Commerce Secretary", "minister"),
    ("Deputy Prime Minister Alexander Novak", "Deputy Prime Minister", "minister"),
    ("Deputy Minister Ivanov", "Deputy Minister", "deputy_minister"),
    ("Vice Minister of Commerce", "Vice Minister", "deputy_minister"),
    ("Assistant Secretary of Defense", "Assistant Secretary of Defense", "deputy_minister"),
    ("President Joe Biden", "President", "head_of_state"),
    ("King Charles III", "King", "head_of_state"),
    ("the Emir of Qatar", "Emir", "head_of_state"),
    ("Supreme Leader Ali Khamenei", "Supreme Leader", "head_of_state"),
    ("the Governor-General of Australia", "Governor-General", "head_of_state"),
    ("Ambassador Linda Thomas-Greenfield", "Ambassador", "ambassador"),
    ("the chargé d'affaires of the embassy", "chargé d'affaires", "ambassador"),
    ("Permanent Representative to the UN", "Permanent Representative", "ambassador"),
    ("Consul General Smith", "Consul General", "ambassador"),
    ("China's envoy to the UN", "envoy", "ambassador"),
    ("US Special Envoy for Climate John Kerry", "Special Envoy", "special_representative"),
    (
        "the EU Special Representative for Central Asia",
        "Special Representative",
        "special_representative",
    ),
    ("UN Secretary-General António Guterres", "Secretary-General", "official"),
    ("High Representative Josep Borrell", "High Representative", "igo_leader"),
    ("European Commissioner for Trade", "European Commissioner", "igo_official"),
    ("Member of the European Parliament", "Member", "legislator"),
    ("MEP Hannah Neumann", "MEP", "legislator"),
    ("Labour MP Richard Allan", "MP", "legislator"),
    ("Senator Lindsey Graham", "Senator", "legislator"),
    ("Congresswoman Nancy Pelosi", "Congresswoman", "legislator"),
    ("Speaker Mike Johnson", "Speaker", "legislator"),
    ("the Speaker of the Knesset", "Speaker", "legislator"),
    ("Chairman of the Senate Foreign Relations Committee", "Chairman", "legislator"),
    ("a State Duma deputy", "Duma deputy", "legislator"),
    ("National Security Adviser Jake Sullivan", "National Security Adviser", "official"),
    ("a government spokesman said", "spokesman", "official"),
    ("Kremlin spokesperson Dmitry Peskov", "spokesperson", "official"),
    ("Governor Gavin Newsom", "Governor", "official"),
    ("Mayor Sadiq Khan", "Mayor", "official"),
    (
        "the head of the presidential administration",
        "head of the presidential administration",
        "official",
    ),
    ("Chief of the General Staff Valery Gerasimov", "Chief", "official"),
    ("chief executive Paul Reynolds", "chief executive", "other"),
    ("the CEO of the company", "CEO", "other"),
    ("opposition leader Keir Starmer", "opposition leader", "other"),
    ("Crown Prince Mohammed bin Salman", "Crown Prince", "other"),
    ("Pope Francis", "Pope", "head_of_state"),
    ("Patriarch Kirill", "Patriarch", "other"),
]

EN_ATTR_CASES = [
    ("Head of Cabinet of the High Representative", "Head of Cabinet", "igo_class", "igo_official"),
    (
        "EEAS Deputy Secretary-General Enrique Mora",
        "Deputy Secretary-General",
        "igo_class",
        "igo_official",
    ),
    ("Managing Director of the EEAS", "Managing Director", "igo_class", "igo_official"),
    ("IAEA Director-General Rafael Grossi", "Director-General", "igo_class", "igo_leader"),
    ("NATO Secretary General Mark Rutte", "Secretary General", "igo_class", "igo_leader"),
    ("the President of the European Council", "President", "igo_class", "igo_leader"),
    ("Chief of the General Staff Valery Gerasimov", "Chief", "sector", "MIL"),
    ("police chief Steve Green", "police chief", "sector", "COP"),
    ("CIA Director William Burns", "CIA Director", "sector", "SPY"),
    ("the party leader", "party leader", "sector", "PTY"),
    ("Chief Justice John Roberts", "Chief Justice", "sector", "JUD"),
    ("Senator Lindsey Graham", "Senator", "sector", "LEG"),
]


CASES = {"de": DE_CASES, "en": EN_CASES}
ATTR_CASES = {"de": DE_ATTR_CASES, "en": EN_ATTR_CASES}


@pytest.mark.parametrize(
    ("lang", "text", "expected", "cls"),
    [(lang, *case) for lang, cases in CASES.items() for case in cases],
)
def test_titles(lang: str, text: str, expected: str, cls: str) -> None:
    assert find(roles(lang), text, expected).row.get("class") == cls


@pytest.mark.parametrize(
    ("lang", "text", "expected", "key", "value"),
    [(lang, *case) for lang, cases in ATTR_CASES.items() for case in cases],
)
def test_title_attributes(lang: str, text: str, expected: str, key: str, value: str) -> None:
    assert find(roles(lang), text, expected).row.get(key) == value


EN_NON_TITLES = [
    "The Ministry said on Monday",
    "the ministerial meeting",
    "the presidency of the Council",
    "at the embassy in Moscow",
    "an MP3 player",
    "the meeting starts at 3 PM",
    "in the Premier League",
    "a premier destination",
    "speakers of English",
    "an expert-level meeting",
    "The Return of the King took",
    "an official visit",
]


# -- modifiers ------------------------------------------------------------------------------

MODIFIER_CASES = [
    ("de", "der ehemalige Außenminister", "ehemalige", "former"),
    ("de", "Ex-Kanzler Kurz", "Ex", "former"),
    ("de", "Botschafter a. D. Müller", "a. D.", "former"),
    ("de", "die frühere Ministerin", "frühere", "former"),
    ("de", "der kommissarische Leiter", "kommissarische", "acting"),
    ("de", "die amtierende Präsidentin", "amtierende", "acting"),
    ("de", "der geschäftsführende Premierminister", "geschäftsführende", "acting"),
    ("de", "der designierte Präsident", "designierte", "designate"),
    ("de", "der künftige Botschafter", "künftige", "designate"),
    ("de", "die neu gewählte Präsidentin", "neu gewählte", "designate"),
    ("de", "der stellvertretende Leiter", "stellvertretende", "deputy"),
    ("de", "Vize-Chef der Partei", "Vize", "deputy"),
    ("en", "former Prime Minister Boris Johnson", "former", "former"),
    ("en", "ex-President Trump", "ex", "former"),
    ("en", "then-Secretary of State", "then", "then"),
    ("en", "the outgoing President", "outgoing", "then"),
    ("de", "der damalige Außenminister", "damalige", "then"),
    ("en", "acting Foreign Minister", "acting", "acting"),
    ("en", "the interim President", "interim", "acting"),
    ("en", "caretaker Prime Minister", "caretaker", "acting"),
    ("en", "President-elect Trump", "elect", "designate"),
    ("en", "Prime Minister-designate", "designate", "designate"),
    ("en", "the incoming Commissioner", "incoming", "designate"),
    ("en", "first deputy head", "first deputy", "deputy"),
    ("en", "assistant director", "assistant", "deputy"),
]


@pytest.mark.parametrize(("lang", "text", "expected", "effect"), MODIFIER_CASES)
def test_modifiers(lang: str, text: str, expected: str, effect: str) -> None:
    assert find(modifiers(lang), text, expected).row.get("effect") == effect


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "der geschäftsführende Direktor des IWF"),
        ("de", "der demokratisch gewählte Präsident"),
        ("en", "they will elect a president"),
        ("en", "the text of the statement"),
    ],
)
def test_modifier_non_matches(lang: str, text: str) -> None:
    assert [m.text for m in modifiers(lang).finditer(text)] == []


# -- real text: the classes of real news (speed: bench/bench_stages.py) ----------------------


def test_role_scan_on_real_german_news_finds_the_classes() -> None:
    path = SHARED / "corpora" / "de-10kgnad" / "test.csv"
    if not path.is_file():
        pytest.skip("shared corpora not available")
    text = path.read_text(encoding="utf-8")[:300_000]
    hits = list(roles("de").finditer(text))
    assert len(hits) > 100
    classes = {h.row.get("class") for h in hits}
    assert {"head_of_state", "minister", "foreign_minister", "legislator"} <= classes


def test_role_scan_on_real_english_news_finds_the_classes() -> None:
    folder = SHARED / "corpora" / "en-bbc" / "politics"
    if not folder.is_dir():
        pytest.skip("shared corpora not available")
    text = "\n\n".join(
        p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))[:150]
    )
    hits = list(roles("en").finditer(text))
    assert len(hits) > 100
    classes = {h.row.get("class") for h in hits}
    assert {"head_of_government", "minister", "legislator"} <= classes


@pytest.mark.parametrize(
    ("lang", "text"),
    [("de", t) for t in DE_NON_TITLES] + [("en", t) for t in EN_NON_TITLES],
)
def test_non_titles(lang: str, text: str) -> None:
    assert [m.text for m in roles(lang).finditer(text)] == []
