"""Record invariants on real texts and on generated ones.

For 150 documents of each of four shared corpora (German news, BBC, RAMS meeting windows,
AG News) the record must hold together: every span indexes ``document.text``, every id that
an event or quote refers to is an actor, every class/topic/status/kind comes from the
contract's closed sets, and ``document.id`` is the sha256 of the text. Skips when
``/work/shared`` is absent. A hypothesis test then feeds mixed German/English rubble.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.corpora import iter_csv_texts, iter_jsonl_texts, load_text
from communique.pipeline import Communique
from communique.record import PLOVER_CONTEXTS, ROLE_CLASSES, SCHEMA
from record_spans import record_spans

PER_CORPUS = 150
KINDS = frozenset({"meeting", "call", "conference"})
STATUSES = frozenset({"occurred", "planned", "cancelled", "denied"})
ACTOR_KINDS = frozenset({"person", "organization", "state"})
_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")
_ISO3 = re.compile(r"[A-Z]{3}")
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,9}")  # ISO3 or an IGO short name (EU, UN, OSCE, G20)


# ---------------------------------------------------------------------------- checks


def record_problems(rec: dict[str, Any], text: str, lang: str | None) -> list[str]:
    """Every way the record breaks the contract (empty when it is sound)."""
    bad: list[str] = []
    doc = rec["document"]
    if rec["schema"] != SCHEMA:
        bad.append(f"schema {rec['schema']!r}")
    if doc["text"] != text:
        bad.append("document.text is not the input text")
    if doc["id"] != hashlib.sha256(text.encode("utf-8")).hexdigest():
        bad.append("document.id is not sha256(text)")
    if lang is not None and doc["language"] != lang:
        bad.append(f"language {doc['language']!r} though {lang!r} was given")
    for key in ("actors", "events", "quotes", "claims"):
        for where, span in record_spans(rec[key], key):
            s, e = span["start"], span["end"]
            if not 0 <= s < e <= len(text):
                bad.append(f"{where}: offsets {s}:{e} outside 0:{len(text)}")
            elif text[s:e] != span["text"]:
                bad.append(f"{where}: text[{s}:{e}]={text[s:e]!r} != {span['text']!r}")
    actor_ids = [a["id"] for a in rec["actors"]]
    if len(set(actor_ids)) != len(actor_ids):
        bad.append(f"duplicate actor ids {actor_ids}")
    for a in rec["actors"]:
        if a["kind"] not in ACTOR_KINDS:
            bad.append(f"{a['id']}: actor kind {a['kind']!r}")
        if not a["name"] or a["name"] != a["name"].strip():
            bad.append(f"{a['id']}: name {a['name']!r}")
        if a["role"] is not None and a["role"]["class"] not in ROLE_CLASSES:
            bad.append(f"{a['id']}: role class {a['role']['class']!r}")
        if a["affiliation"] is not None and not _CODE.fullmatch(a["affiliation"]):
            bad.append(f"{a['id']}: affiliation {a['affiliation']!r}")
        if not a["mentions"]:
            bad.append(f"{a['id']}: no mentions")
    event_ids = [e["id"] for e in rec["events"]]
    if len(set(event_ids)) != len(event_ids):
        bad.append(f"duplicate event ids {event_ids}")
    for ev in rec["events"]:
        bad.extend(f"{ev['id']}: {p}" for p in _event_problems(ev, set(actor_ids)))
    for i, q in enumerate(rec["quotes"]):
        if q["speaker"] is not None and q["speaker"] not in actor_ids:
            bad.append(f"quotes[{i}]: speaker {q['speaker']!r} is no actor")
        if q["text"].strip() != q["span"]["text"]:
            bad.append(f"quotes[{i}]: text differs from its span")
    for i, c in enumerate(rec["claims"]):
        if c["text"].strip() != c["span"]["text"]:
            bad.append(f"claims[{i}]: text differs from its span")
        q = c["quantity"]
        if q is not None and not c["span"]["start"] <= q["start"] < q["end"] <= c["span"]["end"]:
            bad.append(f"claims[{i}]: quantity outside the claim sentence")
    return bad


def _event_problems(ev: dict[str, Any], actor_ids: set[str]) -> Iterator[str]:
    if ev["kind"] not in KINDS:
        yield f"kind {ev['kind']!r}"
    if ev["status"] not in STATUSES:
        yield f"status {ev['status']!r}"
    unknown = [p for p in ev["participants"] if p not in actor_ids]
    if unknown:
        yield f"participants {unknown} are no actors"
    if len(set(ev["participants"])) != len(ev["participants"]):
        yield f"duplicate participants {ev['participants']}"
    if not set(ev["topics"]) <= set(PLOVER_CONTEXTS):
        yield f"topics {sorted(set(ev['topics']) - set(PLOVER_CONTEXTS))} are no PLOVER contexts"
    plover = ev["plover"]
    if plover is not None and not set(plover["contexts"]) <= set(PLOVER_CONTEXTS):
        yield f"plover contexts {plover['contexts']}"
    if not 0.0 <= ev["confidence"] <= 1.0:
        yield f"confidence {ev['confidence']}"
    if not ev["evidence"]:
        yield "no evidence"
    loc = ev["location"]
    if loc is not None:
        if loc["country"] is not None and not _ISO3.fullmatch(loc["country"]):
            yield f"location country {loc['country']!r}"
        if loc["lat"] is not None and not -90 <= loc["lat"] <= 90:
            yield f"latitude {loc['lat']}"
        if loc["lon"] is not None and not -180 <= loc["lon"] <= 180:
            yield f"longitude {loc['lon']}"
    date = ev["date"]
    if date is not None:
        for key in ("start", "end"):
            if date[key] is not None and not _DATE.fullmatch(date[key]):
                yield f"date {key} {date[key]!r}"
        if date["start"] and date["end"] and date["end"][:7] < date["start"][:7]:
            yield f"date ends before it starts: {date['start']} .. {date['end']}"


# ---------------------------------------------------------------------------- corpora


def _bbc(root: Path) -> Iterator[str]:
    folders = sorted(p for p in (root / "en-bbc").iterdir() if p.is_dir())
    per = PER_CORPUS // len(folders) + 1
    files = [f for d in folders for f in sorted(d.glob("*.txt"))[:per]]
    for f in files[:PER_CORPUS]:
        yield load_text({"corpus": str(f.relative_to(root))}, root)


def _sample(root: Path, name: str) -> list[str]:
    texts: Iterator[str]
    if name == "de-10kgnad":  # 1,028 rows: every 6th spans all ten sections
        texts = itertools.islice(iter_csv_texts(root / name / "test.csv"), 0, None, 6)
    elif name == "en-agnews":  # 7,600 rows sorted by nothing in particular
        texts = itertools.islice(iter_csv_texts(root / name / "test.csv"), 0, None, 50)
    elif name == "en-rams":
        texts = iter_jsonl_texts(root / name / "rams_contact_meet_subset.jsonl")
    else:
        texts = _bbc(root)
    return list(itertools.islice(texts, PER_CORPUS))


CORPORA = (("de-10kgnad", "de"), ("en-bbc", "en"), ("en-rams", "en"), ("en-agnews", "en"))
Outcome = tuple[str, dict[str, Any] | None, str | None]  # text, record, exception


@pytest.fixture(scope="module")
def extracted(engine: Communique, corpora_dir: Path) -> dict[str, list[Outcome]]:
    """Each corpus sample with its record (or the exception), extracted once per module."""
    out: dict[str, list[Outcome]] = {}
    for corpus, lang in CORPORA:
        if not (corpora_dir / corpus).is_dir():
            continue
        rows: list[Outcome] = []
        for text in _sample(corpora_dir, corpus):
            try:
                rows.append((text, engine.extract(text, lang=lang).to_dict(), None))
            except Exception as exc:  # reported by test_extraction_never_raises
                rows.append((text, None, f"{type(exc).__name__}: {exc}"))
        out[corpus] = rows
    return out


def _outcomes(extracted: dict[str, list[Outcome]], corpus: str) -> list[Outcome]:
    if corpus not in extracted:
        pytest.skip(f"{corpus} absent")
    rows = extracted[corpus]
    assert len(rows) == PER_CORPUS
    return rows


@pytest.mark.parametrize(("corpus", "lang"), CORPORA)
def test_records_hold_together_on_real_texts(
    extracted: dict[str, list[Outcome]], corpus: str, lang: str
) -> None:
    problems: list[str] = []
    events = 0
    for i, (text, rec, _) in enumerate(_outcomes(extracted, corpus)):
        if rec is not None:
            events += len(rec["events"])
            problems.extend(f"{corpus} #{i}: {p}" for p in record_problems(rec, text, lang))
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:25])
    if corpus in {"de-10kgnad", "en-rams"}:  # news with meetings: the extractor must find some
        assert events >= 10, f"only {events} events in {PER_CORPUS} {corpus} documents"


@pytest.mark.parametrize(
    "corpus",
    ["de-10kgnad", "en-bbc", "en-rams", "en-agnews"],
)
def test_extraction_never_raises_on_real_texts(
    extracted: dict[str, list[Outcome]], corpus: str
) -> None:
    crashes = [
        f"{corpus} #{i}: {err}"
        for i, (_, _, err) in enumerate(_outcomes(extracted, corpus))
        if err is not None
    ]
    assert not crashes, "\n".join(crashes)


def test_nested_name_with_shared_surname_does_not_crash(engine: Communique) -> None:
    """Two entities once shared the mention 'Andersen' and find_quotes crashed on the tie."""
    text = (
        "The festival honours the writer Hans Christian Andersen, born in Odense in 1805. "
        "Christian Andersen wrote many tales. Andersen is read worldwide. "
        '"It is a great day," said the mayor.'
    )
    rec = engine.extract(text, lang="en").to_dict()
    assert record_problems(rec, text, "en") == []
    assert [a["name"] for a in rec["actors"]].count("Hans Christian Andersen") == 1


# ------------------------------------------------------------------------ generated


_WORDS = (
    "der", "die", "und", "traf", "sich", "mit", "am", "im", "Gespräche", "Treffen", "Besuch",
    "Außenminister", "Außenministerin", "Bundeskanzler", "Präsident", "Botschafter",
    "Generalsekretär", "Staatssekretärin", "telefonierte", "empfing", "vereinbarten",
    "the", "and", "met", "with", "held", "talks", "on", "in", "Foreign", "Minister",
    "Secretary", "President", "Prime", "Ambassador", "spoke", "by", "phone", "summit",
    "will", "meet", "postponed", "cancelled", "said", "sagte", "Montag", "Tuesday", "March",
    "Januar", "next", "week", "nächste", "Woche", "Wien", "Berlin", "London", "Brüssel",
    "Kyiv", "Astana", "UN", "EU", "NATO", "OSZE", "trade", "Handel", "security", "Sicherheit",
    "of", "von", "Dr.", "Mr", "Frau", "Herr", "counterpart", "Amtskollegen", "Euro", "dollars",
)  # fmt: skip
_NAMES = (
    "Anna Berger", "Roman Vassilenko", "Jean-Luc Martin", "Olena Kovalenko", "Li Wei",
    "María José García", "Abdulaziz Kamilov", "O'Brien", "van der Berg", "Ahmed Al-Sayed",
    "Kaja Kallas", "Annalena Baerbock", "Mohammed bin Salman", "Ngozi Okonjo-Iweala",
)  # fmt: skip
_PUNCT = (".", ",", ";", ":", "!", "?", " – ", " - ", "(", ")", "\n", "\n\n", "…", "/", "&")
_QUOTES = ("„", "“", "”", '"', "'", "«", "»", "‚", "‘", "’")

_TOKEN = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_NAMES),
    st.sampled_from(_PUNCT),
    st.sampled_from(_QUOTES),
    st.integers(-10**12, 10**12).map(str),
    st.decimals(0, 10**6, places=2, allow_nan=False, allow_infinity=False).map(str),
    st.sampled_from(("1.000", "2,5", "3.5 billion", "150 Millionen", "40 %", "14. März 2025",
                     "2025-03-14", "13 March", "1990er")),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=4),
)  # fmt: skip
_TEXTS = st.lists(st.tuples(_TOKEN, st.sampled_from((" ", " ", "", "\n", "  ", "\t"))),
                  max_size=80).map(lambda pairs: "".join(a + b for a, b in pairs))  # fmt: skip


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    text=_TEXTS,
    lang=st.sampled_from(("de", "en", None)),
    published=st.sampled_from((None, "2025-03-14", "1999-12-31", "2025-02-29", "bad")),
)
def test_generated_text_never_breaks_a_record(
    engine: Communique, text: str, lang: str | None, published: str | None
) -> None:
    record = engine.extract(text, lang=lang, published=published)
    rec = record.to_dict()
    assert record_problems(rec, text, lang) == []


def test_shorter_name_form_joins_the_longer_one(engine: Communique) -> None:
    text = (
        "The festival honours the writer Hans Christian Andersen, born in Odense in 1805. "
        "Christian Andersen wrote many tales. Andersen is read worldwide."
    )
    names = [a.name for a in engine.extract(text, lang="en").actors]
    assert names == ["Hans Christian Andersen"]


def test_checker_catches_broken_records(engine: Communique) -> None:
    """The invariants above can fail: corrupt a sound record in each way and see it caught."""
    text = (
        "Foreign Minister Anna Berger met Prime Minister Jan Olsen in Oslo on Monday. "
        '"We agreed on much," Berger said.'
    )
    good = engine.extract(text, lang="en", published="2025-03-14").to_dict()
    assert record_problems(good, text, "en") == []
    assert good["actors"] and good["events"] and good["quotes"]

    def broken(path: str, value: Any) -> list[str]:
        rec = copy.deepcopy(good)
        *keys, last = path.split("/")
        node: Any = rec
        for key in keys:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value
        return record_problems(rec, text, "en")

    assert broken("actors/0/mentions/0/start", good["actors"][0]["mentions"][0]["start"] + 1)
    assert broken("events/0/participants", ["A99"])
    assert broken("events/0/status", "rumoured")
    assert broken("events/0/kind", "dinner")
    assert broken("events/0/topics", ["diplomatic", "sports"])
    assert broken("actors/0/role", {"class": "king", "title": "King"})
    assert broken("quotes/0/speaker", "A42")
    assert broken("document/id", "0" * 64)
    assert broken("events/0/evidence/0/end", len(text) + 5)
