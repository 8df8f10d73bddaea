"""Validation of the gold files: development (``gold/<lang>``) and held-out (``gold-test/<lang>``).

Every file follows ``../shared/ANNOTATION.md`` plus the pointer keys ``source`` and ``sha256``.
The structural checks run everywhere; the checks against corpus texts (hash, names, quotes) run
only where ``/work/shared`` (``../shared`` next to the repository) exists; texts kept in the
repository (``source: {file: texts/<doc>.txt}``) are checked everywhere. Russian names are
given in the nominative, so for ``ru`` a name must occur in some inflected form.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from communique.corpora import load_text
from communique.record import PLOVER_CONTEXTS, ROLE_CLASSES

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "gold"
GOLD_TEST = REPO / "gold-test"
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPORA = SHARED / "corpora"

GOLD_LANGS = ("de", "en", "ru")
# documents in total and held out, per language (issue 8 for de/en; the Russian set is smaller)
GOLD_SIZE = {"de": (60, 20), "en": (60, 20), "ru": (36, 12)}
GOLD_FILES = tuple(
    sorted(
        p for root in (GOLD, GOLD_TEST) for lang in GOLD_LANGS for p in (root / lang).glob("*.yaml")
    )
)

REQUIRED_KEYS = frozenset(
    {"doc", "lang", "source", "sha256", "published", "people", "events", "optional_pairs"}
    | {"quotes", "notes"}
)
IGO_CODES = frozenset(
    {"EU", "UN", "OSCE", "NATO", "SCO", "CSTO", "EAEU", "CIS", "OTS", "CICA", "ASEAN", "AU"}
    | {"OIC", "COE", "G7", "G20"}
)
EVENT_KINDS = frozenset({"meeting", "call", "conference"})
STATUSES = frozenset({"occurred", "planned", "cancelled", "denied"})
ISO3 = re.compile(r"[A-Z]{3}")
SHORT_NAME = re.compile(r"[A-Z][A-Z0-9]{1,9}")
DOC_ID = re.compile(r"[a-z]{2}_[a-z0-9_]+")
SHA256 = re.compile(r"[0-9a-f]{64}")
ISO_PART = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _ids(paths: tuple[Path, ...]) -> list[str]:
    return [f"{p.parent.name}/{p.stem}" for p in paths]


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: top level is not a mapping"
    return data


def _valid_iso_part(value: str) -> bool:
    m = ISO_PART.fullmatch(value)
    if m is None:
        return False
    year, month, day = m.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def _valid_date(value: object) -> bool:
    """``null``, ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``start/end`` with start <= end."""
    if value is None:
        return True
    if isinstance(value, date):  # an unquoted full date in YAML
        return True
    text = str(value)
    parts = text.split("/")
    if len(parts) > 2 or not all(_valid_iso_part(p) for p in parts):
        return False
    return len(parts) == 1 or parts[0] <= parts[1]


def _valid_affiliation(code: object) -> bool:
    if code is None:
        return True
    if not isinstance(code, str):
        return False
    return code in IGO_CODES or bool(ISO3.fullmatch(code)) or bool(SHORT_NAME.fullmatch(code))


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _names(data: dict[str, Any]) -> set[str]:
    return {str(p["name"]) for p in data.get("people") or []}


def _text(data: dict[str, Any], path: Path) -> str:
    if "file" not in data["source"] and not CORPORA.is_dir():
        pytest.skip(f"{CORPORA} not available")
    return load_text(data["source"], CORPORA, path.parent)


def _occurs(form: str, flat: str, lang: str) -> bool:
    """``form`` occurs in ``flat``; for Russian every word of it may be inflected (the gold
    gives "Сергей Лавров" for "с Сергеем Лавровым"): each word's stem, the word less up to
    two final letters, must begin a word of the text."""
    if _squeeze(form) in flat:
        return True
    if lang != "ru":
        return False
    low = flat.lower()
    for word in _squeeze(form).lower().split():
        stem = word[: max(3, len(word) - 2)]
        if not re.search(rf"(?<![\w]){re.escape(stem)}", low):
            return False
    return True


# --- unit checks of the validators themselves ---------------------------------------------


def test_date_validator() -> None:
    assert _valid_date(None)
    assert _valid_date("2015")
    assert _valid_date("2015-09")
    assert _valid_date("2015-09-30")
    assert _valid_date("2015-10-05/2015-10-11")
    assert _valid_date(date(2015, 9, 30))
    assert not _valid_date("2015-13")
    assert not _valid_date("2015-02-30")
    assert not _valid_date("30.9.2015")
    assert not _valid_date("2015-10-11/2015-10-05")
    assert not _valid_date("am Montag")


def test_affiliation_validator() -> None:
    for good in ("DEU", "KAZ", "EU", "NATO", "G20", "OPEC", None):
        assert _valid_affiliation(good), good
    for bad in ("deu", "Deutschland", "de", "", 3):
        assert not _valid_affiliation(bad), bad


# --- the gold set as a whole ----------------------------------------------------------------


@pytest.mark.parametrize("lang", GOLD_LANGS)
def test_gold_set_size(lang: str) -> None:
    """Enough documents per language, a held-out part among them (issue 8)."""
    dev = list((GOLD / lang).glob("*.yaml"))
    held_out = list((GOLD_TEST / lang).glob("*.yaml"))
    total, test = GOLD_SIZE[lang]
    assert len(dev) + len(held_out) >= total and len(held_out) >= test


def test_doc_ids_unique() -> None:
    docs = [_load(p)["doc"] for p in GOLD_FILES]
    assert len(docs) == len(set(docs))


# --- one test per file ----------------------------------------------------------------------


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_structure(path: Path) -> None:
    data = _load(path)
    missing = REQUIRED_KEYS - data.keys()
    assert not missing, f"missing keys {sorted(missing)}"
    assert data["doc"] == path.stem
    assert DOC_ID.fullmatch(data["doc"])
    assert data["lang"] == path.parent.name
    src = data["source"]
    assert isinstance(src, dict)
    assert isinstance(src.get("corpus"), str) or isinstance(src.get("file"), str), src
    assert "row" not in src or (isinstance(src["row"], int) and src["row"] >= 0)
    assert isinstance(data["sha256"], str) and SHA256.fullmatch(data["sha256"])
    assert _valid_date(data["published"]), data["published"]
    assert isinstance(data["notes"], str) and data["notes"].strip()


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_people(path: Path) -> None:
    people = _load(path)["people"] or []
    assert isinstance(people, list)
    names = [p.get("name") for p in people]
    assert all(isinstance(n, str) and n.strip() for n in names), names
    assert len(names) == len(set(names)), f"duplicate people {names}"
    for person in people:
        assert person.get("role") in ROLE_CLASSES, person
        assert _valid_affiliation(person.get("affiliation")), person
        variants = person.get("variants") or []
        assert isinstance(variants, list) and all(isinstance(v, str) for v in variants), person
        assert person["name"] not in variants, person
        title = person.get("title")
        assert title is None or isinstance(title, str), person


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_events(path: Path) -> None:
    data = _load(path)
    names = _names(data)
    events = data["events"] or []
    assert isinstance(events, list)
    for ev in events:
        assert ev.get("kind") in EVENT_KINDS, ev
        assert ev.get("status") in STATUSES, ev
        participants = ev.get("participants") or []
        assert isinstance(participants, list)
        assert len(participants) == len(set(participants)), ev
        unknown = set(participants) - names
        assert not unknown, f"participants not in people: {sorted(unknown)}"
        topics = ev.get("topics") or []
        assert "diplomatic" in topics, ev
        bad = set(topics) - set(PLOVER_CONTEXTS)
        assert not bad, f"not PLOVER contexts: {sorted(bad)}"
        country = ev.get("location_country")
        assert country is None or ISO3.fullmatch(str(country)), ev
        assert ev.get("location") is None or isinstance(ev["location"], str), ev
        assert _valid_date(ev.get("date")), ev
        assert ev.get("name") is None or isinstance(ev["name"], str), ev


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_optional_pairs_and_quotes(path: Path) -> None:
    data = _load(path)
    names = _names(data)
    for pair in data["optional_pairs"] or []:
        assert isinstance(pair, list) and len(pair) == 2 and pair[0] != pair[1], pair
        assert set(pair) <= names, pair
    for quote in data["quotes"] or []:
        speaker = quote.get("speaker")
        assert speaker is None or speaker in names, quote
        start = quote.get("starts_with")
        assert isinstance(start, str) and 1 <= len(start.split()) <= 6, quote


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_against_text(path: Path) -> None:
    data = _load(path)
    text = _text(data, path)
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == data["sha256"]
    flat = _squeeze(text)  # the corpora contain runs of spaces inside names and quotes
    for person in data["people"] or []:
        for form in [person["name"], *(person.get("variants") or [])]:
            assert _occurs(form, flat, data["lang"]), f"{form!r} does not occur in the text"
    for quote in data["quotes"] or []:
        start = _squeeze(quote["starts_with"])
        assert start in flat, f"{start!r} not in the text"


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_text_not_copied(path: Path) -> None:
    """Gold files point at texts; no long stretch of the text may appear in the file."""
    data = _load(path)
    text = _text(data, path)
    raw = _squeeze(path.read_text(encoding="utf-8"))
    words = text.split()
    window = 12
    for i in range(0, max(len(words) - window, 0) + 1, 3):
        chunk = " ".join(words[i : i + window])
        assert chunk not in raw, f"text copied into gold file: {chunk[:60]!r}"
