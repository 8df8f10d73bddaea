"""Why participant pairs are lost: each missed and each spurious pair of a gold document
classified by the first stage that went wrong.

A missed pair (two people the gold seats at one held meeting or call) is lost because

- ``person_unnamed``: one of the two is not recognised as a person, and the gold name's
  surname is not even in the text (the person is told only by a pronoun or description);
- ``person_not_recognised``: one of the two is named in the text but not recognised;
- ``not_in_an_event``: both are recognised, but one sits at no event;
- ``never_together``: both sit at events, never at the same one;
- ``together_not_held``: they sit at one event whose status or kind is not a held
  meeting or call.

A spurious pair (seated together at a held meeting or call, not so in the gold) is
spurious because

- ``not_a_gold_person``: one of the two is no person of the gold (a capitalised non-name,
  a byline, someone the gold does not list);
- ``gold_event_not_held``: the gold seats them together at an event that is not a held
  meeting or call (announced read as held, say);
- ``bystander``: one of the two sits at no gold event (a spokesperson, someone talked
  about);
- ``different_gold_events``: both sit at gold events, never at the same one (two meetings
  merged).

Each missed pair is also counted by how the text tells it: both people named in one
sentence, or only across sentences (a meeting told over several sentences).

The classes are counted per language, so a whole evaluation says where pairs are lost
without anyone reading a document.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import Any

from communique.record import Record

MISSED = (
    "person_unnamed",
    "person_not_recognised",
    "not_in_an_event",
    "never_together",
    "together_not_held",
)
SPURIOUS = ("not_a_gold_person", "gold_event_not_held", "bystander", "different_gold_events")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _held(kind: Any, status: Any) -> bool:
    return kind in ("meeting", "call") and status == "occurred"


def _named_in(name: str, variants: Iterable[str], text: str) -> bool:
    folded = _fold(text)
    for form in (name, *variants):
        parts = _fold(form).replace(".", " ").split()
        if parts and parts[-1] in folded:
            return True
    return False


def classify_missed(
    pair: frozenset[str],
    gold: dict[str, Any],
    record: Record,
    actor_to_gold: dict[str, str],
    text: str,
) -> str:
    """The cause of one missed pair (names as the gold writes them)."""
    people = {p["name"]: p for p in gold.get("people") or []}
    found = set(actor_to_gold.values())
    for name in sorted(pair):
        if name not in found:
            p = people.get(name) or {}
            if not _named_in(name, p.get("variants") or [], text):
                return "person_unnamed"
    if not pair <= found:
        return "person_not_recognised"
    seats: dict[str, set[str]] = {n: set() for n in pair}  # the events each sits at
    for e in record.events:
        for a in e.participants:
            g = actor_to_gold.get(a)
            if g in seats:
                seats[g].add(e.id)
    if any(not s for s in seats.values()):
        return "not_in_an_event"
    a, b = sorted(pair)
    if not seats[a] & seats[b]:
        return "never_together"
    return "together_not_held"


# how the text tells a missed pair: both named in one sentence, or only across sentences
TOLD = ("in_one_sentence", "across_sentences")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+|\n+")


def folded_sentences(text: str) -> list[str]:
    """The text's sentences, folded as ``told_how`` compares them (split once per document)."""
    return _SENTENCE_BREAK.split(_fold(text))


def told_how(pair: frozenset[str], gold: dict[str, Any], sentences: list[str]) -> str:
    """Whether the text (its ``folded_sentences``) names both people of a missed pair in one
    sentence (by the surname of their name or a variant, folded) or only in different
    sentences (a meeting told across sentences: a delegation, a pronoun, a description,
    company told after)."""
    people = {p["name"]: p for p in gold.get("people") or []}
    surnames = []
    for name in sorted(pair):
        forms = [name, *((people.get(name) or {}).get("variants") or [])]
        surnames.append({_fold(f).replace(".", " ").split()[-1] for f in forms if f.split()})
    for sent in sentences:
        if all(any(s in sent for s in forms) for forms in surnames):
            return "in_one_sentence"
    return "across_sentences"


def classify_spurious(pair: frozenset[str], gold: dict[str, Any]) -> str:
    """The cause of one spurious pair (unmatched actors are named ``?id``)."""
    if any(n.startswith("?") for n in pair):
        return "not_a_gold_person"
    a, b = sorted(pair)
    events = gold.get("events") or []
    together = [e for e in events if {a, b} <= set(e.get("participants") or [])]
    if together and not any(_held(e.get("kind"), e.get("status")) for e in together):
        return "gold_event_not_held"
    seated = {n for e in events for n in e.get("participants") or []}
    if a not in seated or b not in seated:
        return "bystander"
    return "different_gold_events"


def format_causes(causes: dict[str, Counter[str]]) -> str:
    """Per language, the pairs lost by cause."""
    lines = ["pairs lost, by cause:"]
    for lang in sorted(causes):
        c = causes[lang]
        lines.append(f"  {lang}:")
        for head, names in (("missed", MISSED), ("spurious", SPURIOUS)):
            total = sum(c[f"{head}:{n}"] for n in names)
            parts = ", ".join(f"{n} {c[f'{head}:{n}']}" for n in names)
            lines.append(f"    {head} {total}: {parts}")
        told = ", ".join(f"{n.replace('_', ' ')} {c[f'told:{n}']}" for n in TOLD)
        lines.append(f"    missed pairs named {told}")
    return "\n".join(lines)
