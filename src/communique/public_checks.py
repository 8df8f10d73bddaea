"""Checks on text others annotated: RAMS meeting windows and PLOVER gold sentences.

* RAMS 1.0 (``en-rams/``): five-sentence news windows, each annotated with one event and its
  arguments. On the contact.meet and contact.negotiate windows (``rams_contact_meet_subset``):
  the share where a meeting, call or conference is found, and the recall of the named
  participants (arguments that name someone: a capitalised word other than a pronoun or
  article); on the windows of every other event type (``rams_{dev,test}.jsonlines``): the
  share where an occurred meeting or call is found (false meetings). Tune on ``dev``, report on
  ``test``.
* PLOVER GSR (``en-plover-gsr/``): English sentences typed by the PLOVER authors; the share of
  CONSULT sentences where a meeting, call or visit is found, and of the others where one is
  found (false).

The windows are tokenised (``EU 's leaders ,``); they are detokenised before extraction so
that the check measures reading, not the annotators' tokeniser.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.errors import GoldError
from communique.lang.profile import words
from communique.pipeline import Communique
from communique.record import Record


def is_meeting_type(event_type: str) -> bool:
    """RAMS types that are meetings or negotiations (not threats, pledges or deceit made in
    person, which RAMS also files under ``contact.*.meet``)."""
    return event_type in ("contact.discussion.meet", "contact.collaborate.meet") or (
        event_type.startswith("contact.negotiate.")
    )


_DETOK = (
    (re.compile(r" ([,.;:!?%)\]])"), r"\1"),
    (re.compile(r"([(\[$]) "), r"\1"),
    (re.compile(r" (['’](?:s|re|ve|ll|d|m|t)\b)"), r"\1"),
    (re.compile(r" (n['’]t)\b"), r"\1"),
    (re.compile(r"`` | ''"), '"'),
    (re.compile(r"(?<=\w) - (?=\w)"), "-"),  # "Jean - Marc", "pre - election"
)
_NOT_NAMES = frozenset(
    words(
        "he she they it we i you his her their its the a an this that these those who which "
        "both all some officials"
    )
)


def detokenize(text: str) -> str:
    for rx, repl in _DETOK:
        text = rx.sub(repl, text)
    return text


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", _fold(s)) if len(w) >= 3}


def named(argument: str) -> bool:
    """Whether an argument's text names someone (a capitalised word, not a pronoun)."""
    return any(w[0].isupper() and w.lower() not in _NOT_NAMES for w in argument.split())


@dataclass(slots=True)
class Share:
    hits: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.rate:.3f} ({self.hits}/{self.total})"


@dataclass(slots=True)
class RamsReport:
    split: str
    subset_found: Share = field(default_factory=Share)  # all contact windows of the subset
    meeting_found: Share = field(default_factory=Share)  # any status
    occurred_found: Share = field(default_factory=Share)
    participants: Share = field(default_factory=Share)  # named arguments found
    false_meetings: Share = field(default_factory=Share)  # other event types
    details: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"RAMS {self.split}: all contact windows of the subset (threats, pledges, ...)",
            f"  meeting, call or conference found  {self.subset_found}",
            f"RAMS {self.split}: meeting and negotiation windows "
            "(discussion.meet, collaborate.meet, negotiate.*)",
            f"  meeting, call or conference found  {self.meeting_found}",
            f"  occurred meeting or call found     {self.occurred_found}",
            f"  named participants found (recall)  {self.participants}",
            f"RAMS {self.split}: windows of other event types",
            f"  occurred meeting or call found     {self.false_meetings}",
        ]


def _meetings(record: Record, *, occurred_only: bool) -> list[Any]:
    return [
        e
        for e in record.events
        if (e.kind in ("meeting", "call") or (not occurred_only and e.kind == "conference"))
        and (e.status == "occurred" or not occurred_only)
    ]


def _participant_words(record: Record, events: list[Any]) -> list[set[str]]:
    out = []
    for e in events:
        for a in e.participants:
            actor = record.actor(a)
            if actor is not None:
                out.append(_words(" ".join([actor.name, *actor.aliases])))
    return out


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        raise GoldError(f"{path}: not found")
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def check_rams(engine: Communique, corpora: Path, split: str) -> RamsReport:
    report = RamsReport(split)
    folder = corpora / "en-rams"
    for row in _jsonl(folder / "rams_contact_meet_subset.jsonl"):
        if row.get("split") != split:
            continue
        record = engine.extract(detokenize(str(row["text"])), lang="en")
        found = _meetings(record, occurred_only=False)
        report.subset_found.total += 1
        report.subset_found.hits += bool(found)
        if not is_meeting_type(str((row.get("event_type") or [""])[0])):
            continue
        report.meeting_found.total += 1
        report.meeting_found.hits += bool(found)
        report.occurred_found.total += 1
        report.occurred_found.hits += bool(_meetings(record, occurred_only=True))
        who = _participant_words(record, found)
        for arg in row.get("arguments") or []:
            text = str(arg.get("text", ""))
            if "participant" not in str(arg.get("role", "")) or not named(text):
                continue
            report.participants.total += 1
            hit = any(words & _words(text) for words in who)
            report.participants.hits += hit
            if not hit:
                report.details.append(f"{row['doc_key'][:24]}: missed participant {text!r}")
    for row in _jsonl(folder / f"rams_{split}.jsonlines"):
        types = [t[0] for trig in row.get("evt_triggers", []) for t in trig[2]]
        if any(t.startswith("contact.") for t in types):
            continue
        text = detokenize(" ".join(" ".join(s) for s in row.get("sentences", [])))
        record = engine.extract(text, lang="en")
        report.false_meetings.total += 1
        if _meetings(record, occurred_only=True):
            report.false_meetings.hits += 1
            report.details.append(f"{row['doc_key'][:24]}: false meeting ({', '.join(types)})")
    return report


@dataclass(slots=True)
class PloverReport:
    consult: Share = field(default_factory=Share)
    false: Share = field(default_factory=Share)
    same_type: Share = field(default_factory=Share)  # of the false: coded as the sentence's type
    details: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            "PLOVER GSR sentences",
            f"  CONSULT: meeting, call or visit found  {self.consult}",
            f"  other types: one found (false)         {self.false}",
            f"    of them coded as the sentence's type {self.same_type}",
        ]


# PLOVER 0.5 names in the gold records (2016) -> the names of CAMEO2PLOVER-2021, which
# communique codes with
PLOVER_RENAMED = {"DISAPPROVE": "ACCUSE"}


def check_plover(engine: Communique, corpora: Path) -> PloverReport:
    path = corpora / "en-plover-gsr" / "PLOVER_GSR_CAMEO.json"
    if not path.is_file():
        raise GoldError(f"{path}: not found")
    report = PloverReport()
    for item in json.loads(path.read_text(encoding="utf-8")):
        if item.get("event") in (None, "DOCUMENT") or not item.get("text"):
            continue
        record = engine.extract(str(item["text"]), lang="en")
        events = _meetings(record, occurred_only=False)
        found = bool(events)
        share = report.consult if item["event"] == "CONSULT" else report.false
        share.total += 1
        share.hits += found
        if found and item["event"] != "CONSULT":
            gold = PLOVER_RENAMED.get(str(item["event"]), str(item["event"]))
            report.same_type.total += 1
            report.same_type.hits += any(e.plover and e.plover.event == gold for e in events)
        if item["event"] == "CONSULT" and not found:
            report.details.append(f"{item['id']}: missed: {item['text'][:100]}")
        elif item["event"] != "CONSULT" and found:
            report.details.append(f"{item['id']} ({item['event']}): found: {item['text'][:90]}")
    return report
