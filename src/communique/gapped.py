"""Meetings told with their verb left out: "Sie traf am Vormittag zuerst al-Tayeb, am
Nachmittag Karrar", "Zuerst sprach er mit Vukadinović, am Nachmittag dann mit Rexhepi". A
segment after the meeting's clause, set off by a comma, without a verb of its own, opened by a
time of day or a word of sequence ("am Nachmittag", "dann", "later") and naming someone who is
not at the first meeting, tells a meeting of its own: the same subject with that person, at
that time (the first meeting's people after the verb are not at it)."""

from __future__ import annotations

import re

from communique.actors import EntityPositions
from communique.clauses import SentenceClauses
from communique.drafts import EventDraft
from communique.mentions import Mentions
from communique.sentences import Sentence

OPENING_WORDS = 4  # words of a gapped segment before the person it names


def gapped_meetings(
    m: Mentions, sent: Sentence, found: list[EventDraft], where: EntityPositions
) -> list[EventDraft]:
    """The meetings a sentence tells after its first one with the verb left out."""
    profile = m.profile
    firsts = [
        d
        for d in found
        if d.kind in ("meeting", "call")
        and d.trigger.row.get("pos") == "verb"
        and len(d.participants) >= 2
        and d.sentence.index == sent.index
    ]
    if len(firsts) != 1 or not profile.gap_openers:
        return []
    first = firsts[0]
    tail = m.text[first.trigger.end : sent.end]
    if not re.search(rf",\s*(?:\w+\s+){{0,2}}?(?:{profile.gap_openers})\b", tail, re.IGNORECASE):
        return []  # cheap test first: no comma before a time of day or word of sequence
    clauses = SentenceClauses(m, sent, m.tagger, (first.trigger.start, sent.end))
    home = clauses.segment_at(first.trigger.start)
    if home is None:
        return []
    seated = {p.index for p in first.participants}
    # the subject: who is named before the verb, else the first seated (a pronoun's referent)
    before = {e.index for _, _, e in where.spans_in(sent.start, first.trigger.start)}
    subject = [p for p in first.participants if p.index in before] or first.participants[:1]
    out: list[EventDraft] = []
    for seg in clauses.segments:
        if (
            seg.start < home.end
            or seg.finite
            or seg.opener not in ("plain", "coordination", "apposition")
        ):
            continue
        words = m.text[seg.start : seg.end].split()
        head = " ".join(words[:OPENING_WORDS])
        if not re.match(rf"(?:\w+\s+){{0,2}}?(?:{profile.gap_openers})\b", head, re.I):
            continue
        named = [e for _, _, e in where.spans_in(seg.start, seg.end) if e.kind == "person"]
        new = [e for e in named if e.index not in seated]
        if len(new) != 1:
            continue
        d = EventDraft(
            first.kind, first.status, [*subject, new[0]], sent, first.trigger, first.location,
            first.date, None, mode_hint=first.mode_hint,
        )  # fmt: skip
        dates = m.date_index.starting_in(seg.start, seg.end)
        if dates:
            d.date = dates[0]
        out.append(d)
        seated.add(new[0].index)
    return out
