"""The knowledge base: states, regions, places, organisations and first names, matched in text.

``Knowledge(folder)`` loads the JSON files that ``scripts/build_kb.py`` writes and builds one
dictionary from surface forms to entries. ``find_places`` scans the text once: it tokenises,
keeps tokens that can start a known name, and tries the longest run of following tokens first.

Tolerated variation: German genitive ``-s`` (Kasachstans) and ``-es`` (for organisations),
German adjective endings on state adjectives (kasachischen, US-amerikanischen), adjective and
noun endings inside multi-word German names (Europäischen Auswärtigen Dienstes), English
plural/possessive (Kazakhs, Kazakhstan's), ALL-CAPS datelines (BRÜSSEL) for names of four
letters or more, and German hyphen compounds (EU-Sonderbeauftragter gives "EU").
Organisation abbreviations are case-sensitive: "WHO" matches, "who" does not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.capitals import with_capitals
from communique.city_homonyms import resolve_homonyms
from communique.first_names import FirstNames
from communique.kb_files import default_kb_dir, read_json, read_lines
from communique.lang import Registry
from communique.lang.profile import LanguageProfile
from communique.office_holders import OfficeHolders
from communique.place_match import Kind, PlaceMatch
from communique.place_names import described_name, listed_name
from communique.towns import Town, Towns, towns_of

__all__ = ["CANONICAL_LANGUAGE", "Kind", "Knowledge", "PlaceMatch", "default_kb_dir"]

# the language of the gazetteers' own names (geonames, pycountry, CLDR "en"): records name
# organisations and places canonically in it, beside the text's own words
CANONICAL_LANGUAGE = "en"


_TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_MAX_TOKENS = 8
# the first part of a hyphenated place name that names a part of it ("Ost-Berlin")
_COMPASS_WORDS = (
    "nord süd ost west north south east mittel zentral central nordost nordwest südost südwest"
    " northeast northwest southeast southwest groß gross greater alt neu new old"
)
_COMPASS_PARTS = frozenset(_COMPASS_WORDS.split())
_CITY_CAPS_MIN_POP = 100_000
_COMMON_CITY_MIN_POP = 1_000_000
# small towns share their names with people and things (Obama, Lopez, Valls): a city below this
# population is matched only when it is a capital or has a curated exonym (names.de differs)
_CITY_MIN_POP = 50_000
# alternate (foreign-language) names only of cities at least this large
_CITY_ALT_MIN_POP = 100_000
# kind priority when one surface names several entries (lower wins)
_PRIORITY: dict[str, int] = {"state": 0, "org": 1, "region": 2, "state_adj": 3, "city": 4}


@dataclass(frozen=True, slots=True)
class _Reading:
    """How names inflect in the text's language (from its profile)."""

    possessive: tuple[str, ...]  # "Kazakhstan's"
    genitive: tuple[str, ...]  # "Kasachstans", "des Europarates"
    endings: tuple[str, ...]  # case endings of multi-word names
    stems: dict[str, _Ref] | None  # the names of that language by stem
    prefixes: frozenset[str]  # first four letters of those stems' first words (or all three)


@dataclass(frozen=True, slots=True)
class _Ref:
    kind: Kind
    key: str
    iso3: str | None
    affiliation: str | None
    lat: float | None
    lon: float | None
    rank: tuple[int, int]  # (kind priority, -population): smaller wins
    noun: bool  # may take a German genitive -s


def _town_ref(t: Town) -> _Ref:
    return _Ref("city", t.key, t.iso3, t.iso3, t.lat, t.lon, (4, -t.population), True)


def _as_listed(word: str) -> list[str]:
    return [word]


def _stem_token(tok: str, endings: tuple[str, ...]) -> str:
    for end in endings:
        if tok.endswith(end) and len(tok) - len(end) >= 3:
            return tok[: -len(end)]
    return tok


def _stem_key(surface: str, endings: tuple[str, ...]) -> str:
    return " ".join(_stem_token(t, endings) for t in surface.split())


class Knowledge:
    """Everything under the kb folder, indexed for one-pass matching."""

    def __init__(
        self, folder: Path | None = None, profiles: Mapping[str, LanguageProfile] | None = None
    ) -> None:
        """The knowledge base in ``folder``; ``profiles`` (by language code, by default the
        package's packs) say how each language's names inflect."""
        base = folder or default_kb_dir()
        self.office_holders = OfficeHolders(base / "office_holders.json")
        if profiles is None:
            registry = Registry()
            profiles = {code: registry.profile(code) for code in registry.codes}
        # languages whose names take case endings: their stems are indexed too
        self._endings = {c: p.name_case_endings for c, p in profiles.items() if p.name_case_endings}
        self._adjective_forms = {c: p.adjective_forms for c, p in profiles.items()}
        # languages whose names inflect by rule (the profile's name_forms): their forms
        self._name_forms = {
            c: p.name_forms
            for c, p in profiles.items()
            if p.name_forms is not LanguageProfile.name_forms
        }
        states: list[dict[str, Any]] = read_json(base / "states.json")
        regions: list[dict[str, Any]] = read_json(base / "regions.json")
        places: list[dict[str, Any]] = read_json(base / "places.json")
        orgs: list[dict[str, Any]] = read_json(base / "organizations.json")
        venues: list[dict[str, Any]] = read_json(base / "venues.json")
        # first-level subdivisions with governments, by name: (ISO 3166-2 code, state)
        self._subdivisions = {
            n: (str(d["code"]), str(d["state"]))
            for d in read_json(base / "subdivisions.json")
            for names in d["names"].values()
            for n in names
        }
        self._states = {s["iso3"]: s for s in states}
        self._orgs = {o["id"]: o for o in orgs}
        self._places = {str(p["id"]): p for p in places}
        self._regions = {str(r["key"]): r for r in regions}
        self._venues = {str(v["id"]): v for v in venues}
        self.first_names = FirstNames(
            read_lines(base / "first_names.txt"),
            read_lines(base / "first_names_ambiguous.txt"),
            read_lines(base / "first_names_female.txt"),
            read_lines(base / "first_names_male.txt"),
        )
        self._exact: dict[str, _Ref] = {}
        self._homonyms: dict[str, list[_Ref]] = {}  # names of cities of several states
        self._caps: dict[str, _Ref] = {}
        self._stems: dict[str, dict[str, _Ref]] = {lang: {} for lang in self._endings}
        self._capitals: dict[str, _Ref] = {}  # iso3 -> its capital city
        self._capital_names: dict[str, list[str]] = {}  # iso3 -> its capital's names, lower
        self._index(states, regions, places, orgs)
        # the smaller places, read only in a place's position (``towns``)
        self._towns = Towns(
            towns_of(places, _CITY_MIN_POP),
            skip=self.first_names.is_first_name,
        )
        for v in venues:
            ref = _Ref("venue", v["id"], v["iso3"], v["iso3"], v["lat"], v["lon"], (1, 0), True)
            for lang, names in v["names"].items():
                for name in names:
                    self._add(name, ref, stem=lang)
        # first token of every surface -> most tokens a surface starting with it has
        self._span: dict[str, int] = {}
        for table in (self._exact, self._caps, *self._stems.values()):
            for surface in table:
                toks = surface.split()
                for first in (toks[0], toks[0].rstrip(".")):
                    if self._span.get(first, 0) < len(toks):
                        self._span[first] = len(toks)
        self._stem_prefixes = {
            lang: frozenset(s.split()[0][:4] for s in stems) for lang, stems in self._stems.items()
        }

    # -- index -------------------------------------------------------------------------

    def _add(self, surface: str, ref: _Ref, *, caps: bool = True, stem: str = "") -> None:
        """Index a name; ``stem``: its language, whose case endings it may take (and whose
        name forms it is indexed by)."""
        forms = self._name_forms.get(stem)
        if forms is None:
            self._add_form(surface, ref, caps=caps, stem=stem)
            return
        for i, form in enumerate(forms(surface)):
            self._add_form(form, ref, caps=caps and i == 0, stem=stem)

    def _add_form(self, surface: str, ref: _Ref, *, caps: bool, stem: str) -> None:
        old = self._exact.get(surface)
        if old is not None and old.kind == ref.kind == "city" and old.iso3 != ref.iso3:
            others = self._homonyms.setdefault(surface, [old])  # "Brest": BLR, FRA
            if ref not in others:  # (a city's name in several languages: once)
                others.append(ref)
        if old is None or ref.rank < old.rank:
            self._exact[surface] = ref
        if caps and len(surface) >= 4 and not surface.isupper():
            up = surface.upper()
            old = self._caps.get(up)
            if old is None or ref.rank < old.rank:
                self._caps[up] = ref
        stems = self._stems.get(stem)
        if stems is not None and " " in surface:
            key = _stem_key(surface, self._endings[stem])
            old = stems.get(key)
            if old is None or ref.rank < old.rank:
                stems[key] = ref

    def _index(
        self,
        states: list[dict[str, Any]],
        regions: list[dict[str, Any]],
        places: list[dict[str, Any]],
        orgs: list[dict[str, Any]],
    ) -> None:
        capital_of: dict[str, dict[str, Any]] = {p["iso3"]: p for p in places if p.get("capital")}
        for s in states:
            iso3 = s["iso3"]
            cap = capital_of.get(iso3)
            lat, lon = (cap["lat"], cap["lon"]) if cap else (None, None)
            ref = _Ref("state", iso3, iso3, iso3, lat, lon, (0, 0), True)
            adj = _Ref("state_adj", iso3, iso3, iso3, lat, lon, (3, 0), False)
            for lang, names in s["names"].items():
                for name in names:
                    self._add(name, ref, caps=not name.isupper(), stem=lang)
            for lang, adjectives in s["adjectives"].items():
                forms = self._adjective_forms.get(lang, _as_listed)
                for word in adjectives:
                    for form in forms(word):
                        self._add(form, adj, caps=False)
        for r in regions:
            state = r.get("state")  # the one state it lies in, if any
            ref = _Ref("region", r["key"], state, None, r.get("lat"), r.get("lon"), (2, 0), True)
            for lang, names in r["names"].items():
                for name in names:
                    self._add(name, ref, stem=lang)
        for o in orgs:
            aff = o.get("affiliation")
            iso3 = o.get("country")
            venue = o.get("venue") or {}  # seats of government are also meeting places
            lat, lon = venue.get("lat"), venue.get("lon")
            ref = _Ref("org", o["id"], iso3, aff, lat, lon, (1, 0), True)
            for abbr in o.get("abbr", []):
                self._add(abbr, ref, caps=False)
            for lang, names in o["names"].items():
                for name in names:
                    self._add(name, ref, stem=lang)
        for p in sorted(places, key=lambda x: (-int(x["population"]), int(x["id"]))):
            pop = int(p["population"])
            names = p["names"]
            if p.get("common") and pop < _COMMON_CITY_MIN_POP:
                if pop < _CITY_MIN_POP or not p.get("readable"):
                    continue
                # (only its names that read as nothing but a place: "Чита", not "Chita")
                names = {"ru": p["readable"]}
            curated = bool(p.get("curated"))  # a curated exonym ("Wien"): known by it
            if pop < _CITY_MIN_POP and not p.get("capital") and not curated:
                continue
            ref = _Ref(
                "city", str(p["id"]), p["iso3"], p["iso3"], p["lat"], p["lon"], (4, -pop), True
            )
            caps = pop >= _CITY_CAPS_MIN_POP or bool(p.get("capital"))
            if p.get("capital") and p["iso3"] not in self._capitals:
                self._capitals[p["iso3"]] = ref
                self._capital_names[p["iso3"]] = [
                    n.lower() for n in [*sum(names.values(), []), *p.get("alt", [])]
                ]
            for lang, listed in names.items():
                # a language whose names inflect by rule indexes its city names' forms
                inflects = lang if lang in self._name_forms else ""
                for name in listed:
                    self._add(name, ref, caps=caps, stem=inflects)
            exact = self._exact
            for name in (
                p.get("alt", []) if pop >= _CITY_ALT_MIN_POP else []
            ):  # Cyrillic names ("ru") stay out of de/en matching
                if name not in exact:
                    exact[name] = ref

    # -- lookups ---------------------------------------------------------------------------

    def state(self, iso3: str) -> dict[str, Any] | None:
        return self._states.get(iso3)

    def organization(self, org_id: str) -> dict[str, Any] | None:
        return self._orgs.get(org_id)

    def organization_kind(self, org_id: str) -> str | None:
        """What kind of body an organisation is ("igo", "ministry", "party", ...)."""
        org = self._orgs.get(org_id)
        return str(org.get("kind")) if org and org.get("kind") else None

    def place(self, place_id: str | int) -> dict[str, Any] | None:
        return self._places.get(str(place_id))

    def listed_name(self, place: PlaceMatch, lang: str) -> str:
        """The name the gazetteer lists in ``lang`` for a matched place, state, organisation,
        region or venue that a text names in an inflected form ("Москве", "Республики
        Казахстан") (``place_names.listed_name``)."""
        if place.kind in ("state_adj",):
            return place.text
        return listed_name(place, self._entry(place.kind, place.key), lang)

    def described_name(self, place: PlaceMatch, lang: str) -> str:
        """The listed name (in the text's script) of a city the text names by description
        ("die polnische Hauptstadt", "столицу Польши"); the text's words otherwise."""
        entry = self._entry(place.kind, place.key) if place.kind == "city" else None
        return described_name(place, entry, lang)

    def _entry(self, kind: str, key: str) -> dict[str, Any] | None:
        if kind == "city":
            return self._places.get(key)
        if kind in ("state", "state_adj"):
            return self._states.get(key)
        if kind == "org":
            return self._orgs.get(key)
        return self._regions.get(key) if kind == "region" else self._venues.get(key)

    def canonical_name(self, kind: str, key: str) -> str | None:
        """The gazetteer's own (English) name of a matched place, state, organisation,
        region or venue, for records in any language to name it alike."""
        entry = self._entry(kind, key)
        if entry and entry.get("canonical"):
            return str(entry["canonical"])  # a state's common name ("Russia", "Taiwan")
        names = (entry or {}).get("names", {}).get(CANONICAL_LANGUAGE) or []
        return str(names[0]) if names else None

    # -- matching --------------------------------------------------------------------------

    def _lookup(self, surface: str, single: bool, lang: _Reading) -> _Ref | None:
        ref = self._exact.get(surface)
        if ref is not None:
            return ref
        if surface.isupper():
            ref = self._caps.get(surface)
            if ref is not None:
                return ref
        last = surface.rsplit(" ", 1)[-1]
        if last[:1].isupper() or single:
            for suffix in lang.genitive:
                if surface.endswith(suffix) and len(last) > len(suffix) + 2:
                    base = self._exact.get(surface[: -len(suffix)])
                    if base is not None and base.noun and (suffix == "s" or base.kind == "org"):
                        return base
        if not single and lang.stems is not None:
            return lang.stems.get(_stem_key(surface, lang.endings))
        return None

    def _reading(self, profile: LanguageProfile | None) -> _Reading:
        if profile is None:
            return _Reading((), ("s", "es"), (), None, frozenset())
        return _Reading(
            profile.possessive_suffixes,
            profile.name_genitive_suffixes,
            self._endings.get(profile.code, ()),
            self._stems.get(profile.code),
            self._stem_prefixes.get(profile.code, frozenset()),
        )

    def find_places(self, text: str, profile: LanguageProfile | None = None) -> list[PlaceMatch]:
        """Non-overlapping, leftmost-longest matches of every kind of entry, read with the
        inflection of the text's language (``profile``: possessives, genitive and case
        endings of names)."""
        lang = self._reading(profile)
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        out: list[PlaceMatch] = []
        span, stem_prefixes = self._span, lang.prefixes
        i, n = 0, len(toks)
        while i < n:
            s0, _, word = toks[i]
            base = word
            for suffix in lang.possessive:
                if word.endswith(suffix):
                    base = word[: -len(suffix)]
                    break
            # (the word itself where the entry's name holds the ending: "People's Republic")
            width = max(span.get(base, 0), span.get(word, 0) if base != word else 0)
            if base[-1:] == "s":
                width = max(width, span.get(base[:-1], 0))
            if base[:4] in stem_prefixes or base[:3] in stem_prefixes:
                width = max(width, span.get(_stem_token(base, lang.endings), 0))
            if width:
                hit = self._longest(text, toks, i, width, lang)
                if hit is not None:
                    j, end, ref = hit
                    out.append(self._match(text, s0, end, ref))
                    i = j + 1
                    continue
            if "-" in word:
                out.extend(self._compound_parts(s0, word))
            i += 1
        if profile is None:
            return out
        for start, end, t in self._towns.find(text, [(x.start, x.end) for x in out], profile):
            out.append(self._match(text, start, end, _town_ref(t)))
        out.sort(key=lambda x: x.start)
        out = resolve_homonyms(
            out, self._homonyms, lambda p, ref: self._match_ref(p.start, p.end, p.text, ref)
        )
        return with_capitals(
            text, out, profile, lambda iso3, a, b: self._capital_city(text, iso3, a, b)
        )

    def city_named(self, name: str) -> PlaceMatch | None:
        """The city (or town) of exactly this name, as a mention of the name alone."""
        ref = self._exact.get(name)
        if ref is not None and ref.kind == "city":
            return self._match(name, 0, len(name), ref)
        t = self._towns.named(name)
        return None if t is None else self._match(name, 0, len(name), _town_ref(t))

    def subdivision_named(self, name: str) -> PlaceMatch | None:
        """The state's subdivision of exactly this name ("Bayern", "Western Cape"), as a
        mention of the name alone, of kind "region" with its state."""
        found = self._subdivisions.get(name)
        if found is None:
            return None
        code, state = found
        return PlaceMatch(0, len(name), name, "region", code, state, state, None, None)

    def capital_of_name(self, iso3: str, name: str) -> PlaceMatch | None:
        """The capital of ``iso3`` where one of its names begins with ``name`` (a state
        named for its capital city: "Luxemburg", "Singapore", "Kuwait"), as a mention of
        ``name``."""
        low = name.lower()
        if not any(n.startswith(low) for n in self._capital_names.get(iso3, ())):
            return None
        return self._capital_city(name, iso3, 0, len(name))

    def _capital_city(self, text: str, iso3: str, start: int, end: int) -> PlaceMatch | None:
        """The capital of ``iso3`` as a mention spanning ``start``-``end`` of ``text``."""
        ref = self._capitals.get(iso3)
        return None if ref is None else self._match(text, start, end, ref)

    def _longest(
        self, text: str, toks: list[tuple[int, int, str]], i: int, width: int, lang: _Reading
    ) -> tuple[int, int, _Ref] | None:
        s0 = toks[i][0]
        last = min(len(toks), i + min(width, _MAX_TOKENS)) - 1
        for j in range(last, i - 1, -1):
            end = toks[j][1]
            raw = text[s0:end]
            if j > i and ("\n\n" in raw or any(c in raw for c in ',;:()"')):
                continue
            surface = " ".join(raw.split()) if j > i else raw
            if end < len(text) and text[end] == ".":
                ref = self._exact.get(surface + ".")
                if ref is not None:
                    return j, end + 1, ref
            ref = self._lookup(surface, j == i, lang)
            if ref is not None:
                return j, end, ref
            for suffix in lang.possessive:
                if surface.endswith(suffix):
                    ref = self._lookup(surface[: -len(suffix)], j == i, lang)
                    if ref is not None:
                        return j, end - len(suffix), ref
        return None

    def _compound_parts(self, start: int, word: str) -> list[PlaceMatch]:
        """Parts of a German hyphen compound that name something: EU-Sonderbeauftragter;
        every part of a compound of state adjectives ("российско-китайских": Russia, China)."""
        out: list[PlaceMatch] = []
        parts = word.split("-")
        refs = [self._exact.get(part) for part in parts]
        if all(r is not None and r.kind == "state_adj" for r in refs):
            offset = 0
            for part, ref in zip(parts, refs, strict=True):
                assert ref is not None
                s = start + offset
                out.append(self._match_ref(s, s + len(part), part, ref))
                offset += len(part) + 1
            return out
        offset = 0
        for k, part in enumerate(parts):
            ref = refs[k] if part[:1].isupper() else None
            # not after a capitalised part that names nothing: a double surname
            # ("Ferreira-Lima"), not a place ("Ost-Berlin" keeps its compass word)
            after_name = (
                k > 0
                and refs[k - 1] is None
                and parts[k - 1][:1].isupper()
                and parts[k - 1].lower() not in _COMPASS_PARTS
            )
            if ref is not None and ref.kind != "state_adj" and not after_name:
                s = start + offset
                out.append(self._match_ref(s, s + len(part), part, ref))
            offset += len(part) + 1
        return out

    def _match(self, text: str, start: int, end: int, ref: _Ref) -> PlaceMatch:
        return self._match_ref(start, end, text[start:end], ref)

    @staticmethod
    def _match_ref(start: int, end: int, surface: str, ref: _Ref) -> PlaceMatch:
        return PlaceMatch(
            start, end, surface, ref.kind, ref.key, ref.iso3, ref.affiliation, ref.lat, ref.lon
        )
