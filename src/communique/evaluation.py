"""Evaluation against a gold set annotated as ``../shared/ANNOTATION.md`` prescribes.

Scores, per language: participant pairs of occurred meetings and calls (optional pairs
neither count nor hurt), events (aligned by participants, place and name), role class and
affiliation of the gold people, place of aligned events, status of non-occurred events, and
quote speakers.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from communique.corpora import default_corpora_root, load_text
from communique.errors import GoldError
from communique.known import KnownActors
from communique.pair_causes import (
    classify_missed,
    classify_spurious,
    folded_sentences,
    format_causes,
    told_how,
)
from communique.pipeline import Communique
from communique.record import Actor, Document, Record

FIELDS = (
    "pairs",
    "events",
    "role",
    "affiliation",  # affiliations the text states
    "affiliation_kb",  # affiliations the gold took from knowledge (affiliation_source)
    "place",
    "status",
    "quote_speaker",
)


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(slots=True)
class Report:
    scores: dict[str, dict[str, Score]] = field(default_factory=dict)  # lang -> field -> score
    documents: dict[str, int] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)
    # per document with a pair in gold or output: its pair F1 (lang -> list)
    doc_pair_f1: dict[str, list[float]] = field(default_factory=dict)
    # lang -> missed and spurious pairs counted by cause (see pair_causes)
    causes: dict[str, Counter[str]] = field(default_factory=dict)

    def score(self, lang: str, name: str) -> Score:
        return self.scores.setdefault(lang, {f: Score() for f in FIELDS})[name]


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def _surname(name: str) -> str:
    parts = _fold(name).replace("’", "'").replace(".", " ").split()
    return parts[-1] if parts else ""


def load_gold(gold_dir: Path, lang: str | None = None) -> list[dict[str, Any]]:
    files = sorted(gold_dir.glob("*/*.yaml"))
    if not files:
        raise GoldError(f"{gold_dir}: no gold files (expected <lang>/<doc>.yaml)")
    out = []
    for f in files:
        try:
            data = yaml.safe_load(f.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise GoldError(f"{f}: not valid YAML: {exc}") from exc
        if not isinstance(data, dict) or "doc" not in data:
            raise GoldError(f"{f}: not a gold document")
        if lang is None or data.get("lang") == lang:
            data["_path"] = str(f)
            out.append(data)
    return out


class _PersonMap:
    """Maps extracted actors to gold people by surname and spelling variants."""

    def __init__(self, gold_people: list[dict[str, Any]], record: Record) -> None:
        self.gold: dict[str, set[str]] = {}
        for p in gold_people:
            forms = {_fold(p["name"]), _surname(p["name"])}
            for v in p.get("variants") or []:
                forms |= {_fold(v), _surname(v)}
            self.gold[p["name"]] = forms
        self.actor_to_gold: dict[str, str] = {}
        for a in record.actors:
            forms = {_fold(a.name), _surname(a.name)} | {_fold(x) for x in a.aliases}
            best = None
            for name, gforms in self.gold.items():
                if _fold(a.name) in gforms or _surname(a.name) in gforms or forms & gforms:
                    best = name
                    if _fold(a.name) == _fold(name):
                        break
            if best is not None:
                self.actor_to_gold[a.id] = best

    def name(self, actor_id: str) -> str:
        return self.actor_to_gold.get(actor_id, f"?{actor_id}")


def _pairs(names: Iterable[str]) -> set[frozenset[str]]:
    ns = sorted(set(names))
    return {frozenset((a, b)) for i, a in enumerate(ns) for b in ns[i + 1 :]}


def _place_match(gold: str | None, got: str | None) -> bool:
    if not gold or not got:
        return False
    g, x = _fold(gold), _fold(got)
    return g == x or g in x or x in g  # "Downing Street" ~ "10 Downing Street"


def score_document(gold: dict[str, Any], record: Record, report: Report, text: str = "") -> None:
    """Adds one document's scores to ``report`` (``text``, the document's text, tells a
    person the text never names from one it names but the extractor missed)."""
    lang = str(gold.get("lang"))
    pm = _PersonMap(gold.get("people") or [], record)
    doc = gold["doc"]
    # pairs
    optional = {frozenset(p) for p in gold.get("optional_pairs") or []}
    gold_pairs: set[frozenset[str]] = set()
    for ev in gold.get("events") or []:
        if ev.get("kind") in ("meeting", "call") and ev.get("status") == "occurred":
            gold_pairs |= _pairs(ev.get("participants") or [])
    got_pairs: set[frozenset[str]] = set()
    persons = {a.id for a in record.actors if a.kind == "person"}
    for e in record.events:
        if e.kind in ("meeting", "call") and e.status == "occurred":
            got_pairs |= _pairs(pm.name(a) for a in e.participants if a in persons)
    s = report.score(lang, "pairs")
    required = gold_pairs - optional
    s.tp += len(got_pairs & required)
    s.fn += len(required - got_pairs)
    spurious = got_pairs - gold_pairs - optional
    s.fp += len(spurious)
    if required or spurious:
        one = Score(len(got_pairs & required), len(spurious), len(required - got_pairs))
        report.doc_pair_f1.setdefault(lang, []).append(one.f1)
    causes = report.causes.setdefault(lang, Counter())
    missed = sorted(required - got_pairs, key=sorted)
    sentences = folded_sentences(text) if missed else []
    for p in missed:
        why = classify_missed(p, gold, record, pm.actor_to_gold, text)
        causes["missed:" + why] += 1
        causes["told:" + told_how(p, gold, sentences)] += 1
        report.details.append(f"{doc}: missed pair {' + '.join(sorted(p))} ({why})")
    for p in sorted(spurious, key=sorted):
        why = classify_spurious(p, gold)
        causes["spurious:" + why] += 1
        report.details.append(f"{doc}: spurious pair {' + '.join(sorted(p))} ({why})")
    # people: role class and affiliation of the gold people the extractor found
    by_gold: dict[str, Actor] = {}
    for a in record.actors:
        g = pm.actor_to_gold.get(a.id)
        if g is not None and g not in by_gold:
            by_gold[g] = a
    for p in gold.get("people") or []:
        found = by_gold.get(p["name"])
        for fname, gval, got in (
            ("role", p.get("role"), found.role.cls if found and found.role else None),
            (
                "affiliation_kb" if p.get("affiliation_source") == "knowledge" else "affiliation",
                p.get("affiliation"),
                found.affiliation if found else None,
            ),
        ):
            sc = report.score(lang, fname)
            if got is not None and got == gval:
                sc.tp += 1
            else:
                if got is not None:
                    sc.fp += 1
                    report.details.append(f"{doc}: {fname} of {p['name']}: {got} (gold {gval})")
                if gval:
                    sc.fn += 1
    _score_events(gold, record, pm, report, lang, doc)
    _score_quotes(gold, record, pm, report, lang, doc)


def _score_events(
    gold: dict[str, Any], record: Record, pm: _PersonMap, report: Report, lang: str, doc: str
) -> None:
    gold_events = list(gold.get("events") or [])
    got = list(record.events)
    used: set[int] = set()
    pairs: list[tuple[dict[str, Any], Any]] = []
    # sides: persons by their gold name, states and organisations by their code
    sides = {a.id: a.affiliation for a in record.actors if a.kind != "person" and a.affiliation}
    # every (gold, extracted) candidate with its closeness; the closest are aligned first
    # (not gold order: a weak same-participant match must not take an event that is
    # another gold event's close match)
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold_events):
        gp = set(g.get("participants") or []) | {f"@{s}" for s in g.get("states") or []}
        for i, e in enumerate(got):
            ep = {f"@{sides[a]}" if a in sides else pm.name(a) for a in e.participants}
            overlap = len(gp & ep)
            sim = 2.0 * overlap
            if e.location and _place_match(g.get("location"), e.location.name):
                sim += 1
            same_gathering = False
            if g.get("kind") == "conference" and e.kind == "conference":
                gname = set(_fold(g.get("name") or "").replace("-", " ").split())
                ename = set(_fold(e.name or "").replace("-", " ").split())
                share = len(gname & ename) / max(1, len(gname))
                located = e.location is not None and _place_match(
                    g.get("location"), e.location.name
                )
                same_gathering = share >= 0.5 or located
                sim += share
            if overlap == 0 and not same_gathering:
                continue
            # among equally close candidates, the one of the same kind and status
            sim += 0.25 * (e.kind == g.get("kind")) + 0.25 * (e.status == g.get("status"))
            candidates.append((sim, gi, i))
    aligned: set[int] = set()
    for _, gi, i in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if gi in aligned or i in used:
            continue
        aligned.add(gi)
        used.add(i)
        pairs.append((gold_events[gi], got[i]))
    ev = report.score(lang, "events")
    ev.tp += len(pairs)
    ev.fn += len(gold_events) - len(pairs)
    ev.fp += len(got) - len(pairs)
    for i, e in enumerate(got):
        if i not in used:
            report.details.append(f"{doc}: spurious {e.kind} {e.status} {e.name or ''}".rstrip())
    matched_gold = {id(g) for g, _ in pairs}
    for g in gold_events:
        if id(g) not in matched_gold:
            who = ", ".join(g.get("participants") or []) or g.get("name") or "?"
            report.details.append(f"{doc}: missed {g.get('kind')} {g.get('status')} ({who})")
    place = report.score(lang, "place")
    status = report.score(lang, "status")
    for g, e in pairs:
        gl, el = g.get("location"), e.location.name if e.location else None
        if gl and _place_match(gl, el):
            place.tp += 1
        else:
            if gl or el:
                who = ", ".join(g.get("participants") or []) or g.get("name") or "?"
                report.details.append(f"{doc}: place of {g.get('kind')} ({who}): {el} (gold {gl})")
            if el:
                place.fp += 1
            if gl:
                place.fn += 1
        gs, es = g.get("status"), e.status
        if gs != "occurred" or es != "occurred":
            if gs == es:
                status.tp += 1
            else:
                who = ", ".join(g.get("participants") or []) or g.get("name") or "?"
                report.details.append(f"{doc}: status of {g.get('kind')} ({who}): {es} (gold {gs})")
                if es != "occurred":
                    status.fp += 1
                if gs != "occurred":
                    status.fn += 1
    for g in gold_events:
        if id(g) not in matched_gold:
            if g.get("location"):
                place.fn += 1
            if g.get("status") != "occurred":
                status.fn += 1
    for i, e in enumerate(got):
        if i not in used:
            if e.location:
                place.fp += 1
            if e.status != "occurred":
                status.fp += 1


def _score_quotes(
    gold: dict[str, Any], record: Record, pm: _PersonMap, report: Report, lang: str, doc: str
) -> None:
    sc = report.score(lang, "quote_speaker")
    remaining = list(record.quotes)
    for q in gold.get("quotes") or []:
        start = " ".join(_fold(q.get("starts_with") or "").split())
        hit = next(
            (
                x
                for x in remaining
                if start and start in " ".join(_fold(x.text).split())[: len(start) + 40]
            ),
            None,
        )
        if hit is None:
            sc.fn += 1
            report.details.append(f"{doc}: missed quote {q.get('starts_with')!r}")
            continue
        remaining.remove(hit)
        got = pm.name(hit.speaker) if hit.speaker else None
        if got == q.get("speaker"):
            sc.tp += 1
        else:
            sc.fp += 1
            sc.fn += 1
            report.details.append(
                f"{doc}: speaker of quote {q.get('starts_with')!r}: {got} (gold {q.get('speaker')})"
            )
    sc.fp += len(remaining)
    for x in remaining:
        report.details.append(f"{doc}: spurious quote {' '.join(x.text.split()[:6])!r}")


def evaluate_gold(
    engine: Communique,
    gold_dir: Path | None = None,
    corpora: Path | None = None,
    lang: str | None = None,
    known: KnownActors | None = None,
) -> Report:
    """Scores of ``engine`` on the gold documents of ``gold_dir`` (with ``known``, a
    knowledge source such as a store's registry, affiliations the texts do not state are
    filled from it and scored as ``affiliation_kb`` where the gold marks them so)."""
    gold_dir = gold_dir or Path.cwd() / "gold"
    root = corpora or default_corpora_root()
    report = Report()
    for g in load_gold(gold_dir, lang):
        text = load_text(g.get("source") or {}, root, Path(g["_path"]).parent)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if g.get("sha256") and g["sha256"] != digest:
            raise GoldError(f"{g['_path']}: the text it points at has changed (sha256 differs)")
        published = g.get("published")
        doc = Document(
            text=text,
            source=g["_path"],
            language=g.get("lang"),
            published=str(published) if published else None,
        )
        record = engine.extract_document(doc, known=known)
        score_document(g, record, report, text)
        report.documents[str(g.get("lang"))] = report.documents.get(str(g.get("lang")), 0) + 1
    return report


def format_report(report: Report, details: bool = False) -> str:
    lines = []
    total = {f: Score() for f in FIELDS}
    for lang in sorted(report.scores):
        lines.append(f"{lang}: {report.documents.get(lang, 0)} documents")
        lines.append(f"  {'field':<14} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
        for f in FIELDS:
            s = report.scores[lang][f]
            total[f].add(s)
            lines.append(
                f"  {f:<14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp}/{s.fp}/{s.fn}"
            )
        lines.append(_per_document(report.doc_pair_f1.get(lang, [])))
    if len(report.scores) > 1:
        lines.append("all:")
        for f in FIELDS:
            s = total[f]
            lines.append(
                f"  {f:<14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp}/{s.fp}/{s.fn}"
            )
        lines.append(_per_document([f for fs in report.doc_pair_f1.values() for f in fs]))
    if report.causes:
        lines.append(format_causes(report.causes))
    if details:
        lines.append("")
        lines.extend(report.details)
    return "\n".join(lines)


def _per_document(f1s: list[float]) -> str:
    """Pair F1 averaged over the documents with a pair in gold or output."""
    mean = sum(f1s) / len(f1s) if f1s else 0.0
    return f"  pairs per document: mean F1 {mean:.3f} over {len(f1s)} documents"
