"""Return visits: a visit that returns one the text tells ("nahm die Einladung zu einem
Gegenbesuch in Kyjiw an", "will pay a return visit to Rabat", "ответный визит") is a meeting of
the two who met: the visitor named with it and the one they met, or, with no one named, the
two of the meeting told last.

It is ahead of the meeting it returns, so planned unless its sentence says it is off or
denied; its place and date are those its sentence names (or the next one, when that names
no one: "Die Reise soll im Juni stattfinden").
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from communique.drafts import EventDraft
from communique.event_places import date_in, place_after
from communique.event_status import cue_status, nearest_status, planned_date
from communique.lexicon import Match, Row

if TYPE_CHECKING:
    from communique.actors import EntityPositions, PersonEntity
    from communique.dates import DateMention
    from communique.mentions import Mentions
    from communique.sentences import Sentence

# the trigger of a return visit no event table names
_ROW = Row(pattern="", attrs={"kind": "visit", "pos": "noun", "strength": "strong"}, line=0)


def return_visits(
    m: Mentions, drafts: list[EventDraft], where: EntityPositions, published: dt.date | None
) -> None:
    """Seat the two who met at each return visit the text tells: complete the visit's draft
    where it seats fewer than two, else add a planned meeting (in ``drafts``)."""
    pattern = m.profile.return_visit_re
    if pattern is None:
        return
    for hit in pattern.finditer(m.text):
        sent = m.sentence_of(hit.start())
        own = [d for d in drafts if d.sentence.index == sent.index and d.kind != "conference"]
        if any(len(d.participants) >= 2 for d in own):
            continue  # told with both ("lud ihn zu einem Gegenbesuch ein")
        named = [e for e in where.entities_in(sent.start, sent.end) if e.kind == "person"]
        pair = _returned(drafts, sent, named)
        if pair is None:
            continue
        if own:
            draft = own[0]
            draft.participants += [p for p in pair if p not in draft.participants]
            continue
        trig = _trigger(m, hit.start(), hit.end())
        cue = nearest_status(m, sent, trig, conference=False)
        status = cue_status(cue) if cue is not None else "planned"
        when = date_in(m, sent, hit.start()) or _next_date(m, sent, where)
        place = place_after(m, sent, sent.start, sent.end)
        date = planned_date(status, when, False, published)
        drafts.append(EventDraft("meeting", status, pair, sent, trig, place, date, status_cue=cue))


def _returned(
    drafts: list[EventDraft], sent: Sentence, named: list[PersonEntity]
) -> list[PersonEntity] | None:
    """Who meet at the return visit told in ``sent``: someone it names with the first other
    of the last meeting before it that seats them (and the others it names), or the two of
    the last meeting told before when it names no one."""
    before = [
        d
        for d in drafts
        if d.sentence.index < sent.index
        and d.kind == "meeting"
        and d.status == "occurred"
        and len(d.participants) >= 2
    ]
    for d in reversed(before):
        seated = [p for p in named if p in d.participants]
        if not seated and not named and len(d.participants) == 2:
            return list(d.participants)
        if not seated:
            continue
        visitor = seated[0]
        host = next(p for p in d.participants if p is not visitor)
        return [visitor, host, *(p for p in named if p not in (visitor, host))]
    return None


def _trigger(m: Mentions, start: int, end: int) -> Match:
    """The visit trigger at the return visit's word, or one made for it."""
    for t in m.trigger_index.overlapping(start, end):
        return t
    return Match(start, end, m.text[start:end], _ROW)


def _next_date(m: Mentions, sent: Sentence, where: EntityPositions) -> DateMention | None:
    """The date of the next sentence, where it names no one ("Die Reise soll im Juni
    stattfinden")."""
    if sent.index + 1 >= len(m.sentences):
        return None
    nxt = m.sentences[sent.index + 1]
    if where.entities_in(nxt.start, nxt.end):
        return None
    return date_in(m, nxt, nxt.start)
