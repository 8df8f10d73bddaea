"""The two shipped example press releases: golden records plus the facts a reader expects.

The golden files (``tests/golden/<lang>/press_release_<lang>.json``) pin the full output so
that any change shows up as a diff; ``scripts/update_golden.py`` rewrites them. The fact tests
below hold independently of the golden files: they state what a careful reader of each text
extracts. Facts the extractor still misses are ``xfail(strict=True)``: when one starts to
pass, the test fails and its mark must be removed.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from communique.pipeline import Communique
from communique.record import PLOVER_CONTEXTS, ROLE_CLASSES, SCHEMA, text_id

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "update_golden.py"
MAX_DIFF_LINES = 150


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_golden", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


UPDATE = _load_script()


@pytest.fixture(scope="module")
def records(engine: Communique) -> dict[str, dict[str, Any]]:
    return {lang: UPDATE.golden_dict(engine, lang) for lang in UPDATE.LANGS}


# ------------------------------------------------------------------------------ golden


def _changed_paths(old: Any, new: Any, where: str = "$") -> Iterator[str]:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(old.keys() | new.keys()):
            if key not in old or key not in new:
                yield f"{where}.{key} ({'added' if key in new else 'removed'})"
            else:
                yield from _changed_paths(old[key], new[key], f"{where}.{key}")
    elif isinstance(old, list) and isinstance(new, list):
        if len(old) != len(new):
            yield f"{where} (length {len(old)} -> {len(new)})"
        for i, (a, b) in enumerate(zip(old, new, strict=False)):
            yield from _changed_paths(a, b, f"{where}[{i}]")
    elif old != new:
        yield f"{where}: {old!r} -> {new!r}"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_matches_golden(records: dict[str, dict[str, Any]], lang: str) -> None:
    path: Path = UPDATE.golden_path(lang)
    assert path.is_file(), f"{path} missing: run `python scripts/update_golden.py`"
    expected = path.read_text(encoding="utf-8")
    actual = UPDATE.dump(records[lang])
    if actual == expected:
        return
    changes = list(_changed_paths(json.loads(expected), records[lang]))
    diff = list(
        difflib.unified_diff(
            expected.splitlines(),
            actual.splitlines(),
            fromfile=f"golden/{lang}",
            tofile=f"current/{lang}",
            lineterm="",
            n=2,
        )
    )
    if len(diff) > MAX_DIFF_LINES:
        diff = diff[:MAX_DIFF_LINES] + [f"... ({len(diff) - MAX_DIFF_LINES} more diff lines)"]
    pytest.fail(
        f"the {lang} example's record differs from {path.relative_to(ROOT)}.\n"
        "Changed fields:\n  "
        + "\n  ".join(changes[:60])
        + "\n\n"
        + "\n".join(diff)
        + "\n\nIf (and only if) the change is an improvement, run "
        "`PYTHONPATH=src python scripts/update_golden.py` and commit the new golden file.",
        pytrace=False,
    )


@pytest.mark.parametrize("lang", ["de", "en"])
def test_golden_file_is_well_formed(lang: str) -> None:
    path: Path = UPDATE.golden_path(lang)
    if not path.is_file():
        pytest.skip(f"{path} missing")
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert raw == UPDATE.dump(data), "golden files are pretty, key-sorted and end with newline"
    assert "extractor" not in data, "the version-bearing field is left out"
    assert data["schema"] == SCHEMA
    assert data["document"]["source"] == f"example:{lang}"
    assert data["document"]["id"] == text_id(data["document"]["text"])
    assert data["document"]["text"] == UPDATE.example_document(lang).text


# --------------------------------------------------------------------- fact helpers


def _actor(rec: dict[str, Any], name: str) -> dict[str, Any]:
    found = [a for a in rec["actors"] if a["name"] == name]
    assert found, f"no actor {name!r} among {[a['name'] for a in rec['actors']]}"
    assert len(found) == 1, f"{name!r} is {len(found)} actors"
    actor: dict[str, Any] = found[0]
    return actor


def _role(actor: dict[str, Any]) -> str | None:
    role = actor["role"]
    return None if role is None else str(role["class"])


def _events_with(rec: dict[str, Any], *names: str) -> list[dict[str, Any]]:
    ids = {_actor(rec, n)["id"] for n in names}
    return [e for e in rec["events"] if ids <= set(e["participants"])]


def _the_event(rec: dict[str, Any], kind: str, status: str, *names: str) -> dict[str, Any]:
    found = [e for e in _events_with(rec, *names) if e["kind"] == kind and e["status"] == status]
    summary = [(e["kind"], e["status"], e["participants"]) for e in rec["events"]]
    assert len(found) == 1, f"{len(found)} {status} {kind}s of {names}; events: {summary}"
    return found[0]


def _events_at(rec: dict[str, Any], place: str) -> list[dict[str, Any]]:
    return [e for e in rec["events"] if e["location"] and e["location"]["name"] == place]


def _claim(rec: dict[str, Any], value: float) -> dict[str, Any]:
    found = [c for c in rec["claims"] if c["value"] == value]
    got = [(c["value"], c["unit"], c["qualifier"]) for c in rec["claims"]]
    assert len(found) == 1, f"claim {value} not found once among {got}"
    claim: dict[str, Any] = found[0]
    return claim


def _speaker(rec: dict[str, Any], starts_with: str) -> str | None:
    found = [q for q in rec["quotes"] if q["text"].lstrip("„“\"”'").startswith(starts_with)]
    assert len(found) == 1, [q["text"][:40] for q in rec["quotes"]]
    speaker = found[0]["speaker"]
    if speaker is None:
        return None
    return next(str(a["name"]) for a in rec["actors"] if a["id"] == speaker)


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_record_basics(records: dict[str, dict[str, Any]], lang: str) -> None:
    rec = records[lang]
    assert rec["document"]["language"] == lang
    assert rec["document"]["published"] == "2025-03-14"
    assert rec["warnings"] == []
    for actor in rec["actors"]:
        assert actor["role"] is None or actor["role"]["class"] in ROLE_CLASSES
    for event in rec["events"]:
        assert set(event["topics"]) <= set(PLOVER_CONTEXTS)
        assert "diplomatic" in event["topics"]  # ANNOTATION.md: every meeting is diplomatic


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def _foreign_mentions(rec: dict[str, Any]) -> list[str]:
    """Mentions of one actor that overlap another actor's name or role title."""
    bad: list[str] = []
    for actor in rec["actors"]:
        for other in rec["actors"]:
            if other is actor:
                continue
            theirs = list(other["mentions"])
            if other["role"] is not None and other["role"].get("span"):
                theirs.append(other["role"]["span"])
            bad.extend(
                f"{actor['name']}: {m['text']!r}@{m['start']} belongs to {other['name']}"
                for m in actor["mentions"]
                if any(_overlaps(m, t) for t in theirs)
            )
    return bad


@pytest.mark.parametrize("lang", ["de", "en"])
def test_mentions_belong_to_their_actor(records: dict[str, dict[str, Any]], lang: str) -> None:
    assert _foreign_mentions(records[lang]) == []


# -------------------------------------------------------------------- German example


def test_de_people(records: dict[str, dict[str, Any]]) -> None:
    rec = records["de"]
    hartmann = _actor(rec, "Elena Hartmann")
    saidow = _actor(rec, "Bachtijor Saidow")
    assert (_role(hartmann), hartmann["affiliation"]) == ("foreign_minister", "AUT")
    assert (_role(saidow), saidow["affiliation"]) == ("foreign_minister", "UZB")
    assert "Saidow" in saidow["aliases"]


def test_de_vienna_meeting(records: dict[str, dict[str, Any]]) -> None:
    rec = records["de"]
    event = _the_event(rec, "meeting", "occurred", "Elena Hartmann", "Bachtijor Saidow")
    assert event["location"]["name"] == "Wien"
    assert event["location"]["country"] == "AUT"
    # "am Donnerstag" before Friday 2025-03-14
    assert (event["date"]["start"], event["date"]["end"]) == ("2025-03-13", "2025-03-13")
    assert {"diplomatic", "economic"} <= set(event["topics"])
    assert event["plover"]["event"] == "CONSULT"


def test_de_osce_secretary_general(records: dict[str, dict[str, Any]]) -> None:
    found = [a for a in records["de"]["actors"] if a["affiliation"] == "OSCE"]
    assert len(found) == 1
    assert _role(found[0]) == "igo_leader"  # Generalsekretär der OSZE
    assert found[0]["name"].startswith("Lukas")


def test_de_osce_secretary_general_full_name(records: dict[str, dict[str, Any]]) -> None:
    brenner = _actor(records["de"], "Lukas Brenner")
    assert brenner["affiliation"] == "OSCE"


def test_de_afternoon_meeting_with_osce(records: dict[str, dict[str, Any]]) -> None:
    rec = records["de"]
    (osce,) = [a["id"] for a in rec["actors"] if a["affiliation"] == "OSCE"]
    saidow = _actor(rec, "Bachtijor Saidow")["id"]
    hartmann = _actor(rec, "Elena Hartmann")["id"]
    found = [e for e in rec["events"] if {osce, saidow} <= set(e["participants"])]
    assert len(found) == 1
    event = found[0]
    assert (event["kind"], event["status"]) == ("meeting", "occurred")
    assert hartmann not in event["participants"]
    assert "illegal_drugs" in event["topics"]  # Kampf gegen den Drogenhandel


def test_de_vienna_topics_stay_with_their_meeting(records: dict[str, dict[str, Any]]) -> None:
    rec = records["de"]
    event = _the_event(rec, "meeting", "occurred", "Elena Hartmann", "Bachtijor Saidow")
    assert "illegal_drugs" not in event["topics"]  # that was the afternoon meeting's subject


@xfail("the agreed next round of consultations in Taschkent (autumn) is not extracted")
def test_de_planned_consultations_in_tashkent(records: dict[str, dict[str, Any]]) -> None:
    found = _events_at(records["de"], "Taschkent")
    assert len(found) == 1
    event = found[0]
    assert event["status"] == "planned"
    assert event["location"]["country"] == "UZB"
    assert event["date"] is not None and event["date"]["start"].startswith("2025")


def test_de_economic_forum_is_a_conference_in_samarkand(
    records: dict[str, dict[str, Any]],
) -> None:
    found = _events_at(records["de"], "Samarkand")
    assert len(found) == 1
    event = found[0]
    assert event["kind"] == "conference"
    assert event["location"]["country"] == "UZB"
    assert event["name"] and "Wirtschaftsforum" in event["name"]


def test_de_economic_forum_was_postponed(records: dict[str, dict[str, Any]]) -> None:
    (event,) = _events_at(records["de"], "Samarkand")
    assert event["status"] == "cancelled"


def test_de_quote_speaker(records: dict[str, dict[str, Any]]) -> None:
    rec = records["de"]
    assert len(rec["quotes"]) == 1  # Saidow's statement is reported speech, not a quote
    assert _speaker(rec, "Usbekistan ist für Österreich") == "Elena Hartmann"


def test_de_trade_volume_claim(records: dict[str, dict[str, Any]]) -> None:
    claim = _claim(records["de"], 150_000_000)
    assert (claim["unit"], claim["qualifier"]) == ("EUR", "about")
    assert claim["quantity"]["text"] == "rund 150 Millionen Euro"


@xfail("'Mehr als 40 österreichische Unternehmen' is not extracted as a claim")
def test_de_companies_claim(records: dict[str, dict[str, Any]]) -> None:
    claim = _claim(records["de"], 40)
    assert claim["qualifier"] == "more than"
    assert claim["unit"] == "companies"


# ------------------------------------------------------------------- English example


def test_en_people(records: dict[str, dict[str, Any]]) -> None:
    rec = records["en"]
    expected = {
        "Daniel Ashworth": ("foreign_minister", "GBR"),
        "Tomas Lindqvist": ("igo_leader", "UN"),
        "Abebe Tesfaye": ("foreign_minister", "ETH"),
    }
    for name, (role, affiliation) in expected.items():
        actor = _actor(rec, name)
        assert (_role(actor), actor["affiliation"]) == (role, affiliation), name
    wanjiru = _actor(rec, "Grace Wanjiru")
    assert _role(wanjiru) == "foreign_minister"  # Cabinet Secretary for Foreign Affairs
    assert wanjiru["role"]["title"] == "Cabinet Secretary for Foreign Affairs"


def test_en_wanjiru_represents_kenya(records: dict[str, dict[str, Any]]) -> None:
    assert _actor(records["en"], "Grace Wanjiru")["affiliation"] == "KEN"


def test_en_london_meeting(records: dict[str, dict[str, Any]]) -> None:
    rec = records["en"]
    event = _the_event(rec, "meeting", "occurred", "Daniel Ashworth", "Grace Wanjiru")
    assert (event["location"]["name"], event["location"]["country"]) == ("London", "GBR")
    assert event["date"]["start"] == "2025-03-13"  # dateline "13 March", and "on Thursday"
    assert {"diplomatic", "economic", "environment"} <= set(event["topics"])


def test_en_london_meeting_topics_ignore_titles(records: dict[str, dict[str, Any]]) -> None:
    rec = records["en"]
    event = _the_event(rec, "meeting", "occurred", "Daniel Ashworth", "Grace Wanjiru")
    assert "executive" not in event["topics"]


def test_en_unhcr_meeting(records: dict[str, dict[str, Any]]) -> None:
    rec = records["en"]
    event = _the_event(rec, "meeting", "occurred", "Grace Wanjiru", "Tomas Lindqvist")
    assert _actor(rec, "Daniel Ashworth")["id"] not in event["participants"]
    assert "asylum" in event["topics"]


def test_en_phone_call(records: dict[str, dict[str, Any]]) -> None:
    rec = records["en"]
    event = _the_event(rec, "call", "occurred", "Daniel Ashworth", "Abebe Tesfaye")
    assert event["plover"]["mode"] == "phone"
    assert "human_security" in event["topics"]


@xfail("the call was only about the humanitarian situation: later sentences add economic")
def test_en_phone_call_topics_stay_with_the_call(records: dict[str, dict[str, Any]]) -> None:
    rec = records["en"]
    event = _the_event(rec, "call", "occurred", "Daniel Ashworth", "Abebe Tesfaye")
    assert "economic" not in event["topics"]


@xfail("'will meet again at the Commonwealth Heads of Government Meeting in Samoa' is missed")
def test_en_planned_meeting_in_samoa(records: dict[str, dict[str, Any]]) -> None:
    rec = records["en"]
    found = [e for e in _events_at(rec, "Samoa") if e["status"] == "planned"]
    assert len(found) == 1
    event = found[0]
    assert event["location"]["country"] == "WSM"
    ids = {_actor(rec, n)["id"] for n in ("Daniel Ashworth", "Grace Wanjiru")}
    assert ids <= set(event["participants"])
    assert event["date"] is not None and event["date"]["start"].startswith("2025")


def test_en_trade_conference_in_nairobi(records: dict[str, dict[str, Any]]) -> None:
    found = _events_at(records["en"], "Nairobi")
    assert len(found) == 1
    assert found[0]["kind"] == "conference"
    assert found[0]["location"]["country"] == "KEN"


def test_en_trade_conference_was_postponed(records: dict[str, dict[str, Any]]) -> None:
    (event,) = _events_at(records["en"], "Nairobi")
    assert event["status"] == "cancelled"


def test_en_quote_speaker(records: dict[str, dict[str, Any]]) -> None:
    rec = records["en"]
    assert len(rec["quotes"]) == 1
    assert _speaker(rec, "Kenya is one of our closest partners") == "Daniel Ashworth"


def test_en_trade_claim(records: dict[str, dict[str, Any]]) -> None:
    claim = _claim(records["en"], 2_500_000_000)
    assert (claim["unit"], claim["qualifier"]) == ("GBP", "more than")


@xfail("'around 200 British companies operate in Kenya' is not extracted as a claim")
def test_en_companies_claim(records: dict[str, dict[str, Any]]) -> None:
    claim = _claim(records["en"], 200)
    assert claim["qualifier"] == "about"
    assert claim["unit"] == "companies"
