"""One event per real meeting of a document: its tellings merged (the same participants, the
same conference named again, a call told first and its medium later), except where the
tellings are dated more than a week apart or a headline's roster is told apart by the body."""

from __future__ import annotations

import re

from communique.conferences import conference_key, place_key
from communique.date_values import bound_day
from communique.delegations import title_line
from communique.drafts import EventDraft
from communique.event_places import dateline
from communique.lang.profile_patterns import has_stem
from communique.mentions import Mentions
from communique.rosters import MAX_ROSTER
from communique.sentences import Sentence

WEEK_DAYS = 7  # days between two dated tellings of the same people that make two meetings
# "the summit" refers back to one of the last conferences named, not to any in a long text
_CONFERENCE_LOOKBACK = 50


def _discussion(m: Mentions, d: EventDraft) -> bool:
    """A meeting word that does not say the parties were together: what they discussed,
    that they spoke ("spoke with", "sprach mit"); a call of the same parties is the one."""
    profile = m.profile
    return has_stem(d.trigger.text, profile.discussion_stems + profile.contact_stems)


def _without_headline_parts(
    drafts: list[EventDraft], head: int, lead: int = -1, m: Mentions | None = None
) -> list[EventDraft]:
    """A headline's meeting whose people all sit at a meeting the body tells in the same
    status ("X meets Foreign Minister Y" over "X received Y ... Also present were Z and W";
    "О встрече А.Н.Ковалева с Послом Индонезии" over the body's meeting with the ambassador
    by name) is that meeting, told short; so is one told above the dateline (``lead``: its
    sentence), in the standfirst ("X huddled with Y over breakfast" over "BRUSSELS — ... X
    huddled with Y, joined by Z"); and a subheading's, whose state the body's meeting seats
    by a person of it ("Videogespräch mit Kolumbien" over "ein Videogespräch mit dem
    kolumbianischen Umweltminister X")."""
    out = []
    for d in drafts:
        told_short = d.sentence.index == head or d.sentence.index < lead
        told_short = told_short or (m is not None and title_line(m, d.sentence))
        if d.kind != "conference" and told_short and d.participants:
            body = next(
                (
                    o
                    for o in drafts
                    if o is not d
                    and o.kind == d.kind
                    and o.status == d.status
                    and o.sentence.index > d.sentence.index
                    and _covered(d, o)
                ),
                None,
            )
            if body is not None:
                body.location = body.location or d.location
                continue
        out.append(d)
    return out


def _covered(short: EventDraft, body: EventDraft) -> bool:
    """Everyone at ``short`` sits at ``body``, which seats more: by name, or a state by a
    person of it."""
    theirs = {p.index for p in body.participants}
    states = {p.affiliation for p in body.participants if p.kind == "person" and p.affiliation}
    people = {p.index for p in short.participants}
    return people != theirs and all(
        p.index in theirs or (p.kind == "state" and p.affiliation in states)
        for p in short.participants
    )


def merge_tellings(drafts: list[EventDraft], m: Mentions) -> list[EventDraft]:
    """One event per real meeting: the same participants, or the same conference named
    again ("the summit", "der Gipfel" refer back to the last one named)."""
    line = dateline(m)
    lead = m.sentence_of(line.start).index if line is not None else -1
    drafts = _without_headline_parts(drafts, m.headline, lead, m)
    out: list[EventDraft] = []
    keys: dict[int, frozenset[str]] = {}
    conferences: list[EventDraft] = []
    meetings: dict[tuple[str, str, frozenset[int]], EventDraft] = {}
    scopes: dict[int, dict[int, Sentence]] = {}  # merged meetings: their sentences by index
    told_as: dict[int, EventDraft] = {}  # each conference telling: the event it went into
    for d in drafts:
        round_ = _round_named_after(m, d, out) if d.kind == "conference" else None
        if round_ is not None:
            # "X traf in Belgrad seine Amtskollegen A und B. Es war bereits der dritte
            # trilaterale Migrationsgipfel": the meeting of three is that gathering
            for k, v in list(meetings.items()):
                if v is round_:
                    del meetings[k]
            round_.kind, round_.name = "conference", d.name
            keys[id(round_)] = conference_key(m, round_)
            conferences.append(round_)
            continue
        if d.kind == "conference":
            key = conference_key(m, d)
            twin = None
            for o in reversed(conferences[-_CONFERENCE_LOOKBACK:]):
                okey = keys[id(o)]
                places, oplaces = {k for k in key if k[0] == "@"}, {k for k in okey if k[0] == "@"}
                if places and oplaces and not _same_place(places, oplaces):
                    continue  # held in different places: different gatherings
                if d.status != o.status and (d.status_cue is not None or d.date is not None):
                    # "the next summit" after "the summit", "the summit last week" after
                    # "the next summit": another gathering
                    continue
                if not key or not okey or key & okey:
                    twin = o
                    break
            if twin is None:
                keys[id(d)] = key
                out.append(d)
                conferences.append(d)
                told_as[id(d)] = d
                continue
            told_as[id(d)] = twin
            keys[id(twin)] = keys[id(twin)] | key
            if not conference_key(m, twin) - {k for k in keys[id(twin)] if k.startswith("@")}:
                twin.name = d.name or twin.name  # prefer a name that says which gathering
            present = {p.index for p in twin.participants}
            room = MAX_ROSTER - len(twin.participants)
            twin.participants += [p for p in d.participants if p.index not in present][:room]
        else:
            host = _gathering_of(m, d, drafts, told_as)
            if host is not None:
                # "X empfing zum Dreiländergipfel A und B": the reception is the summit
                present = {p.index for p in host.participants}
                room = MAX_ROSTER - len(host.participants)
                if not host.participants:
                    host.status, host.date = d.status, d.date or host.date
                host.location = host.location or d.location
                host.date = host.date or d.date
                host.participants += [p for p in d.participants if p.index not in present][:room]
                continue
            pkey = (d.kind, d.status, frozenset(p.index for p in d.participants))
            twin = meetings.get(pkey)
            if twin is None and d.kind == "meeting" and _discussion(m, d):
                # "They spoke by phone. The two leaders discussed grain exports": the call;
                # "Biden's Call with Macron ... Biden spoke with Macron": the call
                twin = meetings.get(("call", *pkey[1:]))
            if twin is None and d.kind == "call":
                # ... and the other way round: a contact told first, its medium later
                twin = meetings.get(("meeting", *pkey[1:]))
                if twin is not None and has_stem(twin.trigger.text, m.profile.contact_stems):
                    del meetings[("meeting", *pkey[1:])]
                    twin.kind = "call"
                    meetings[pkey] = twin
                else:
                    twin = None
            if twin is None and _discussion(m, d):
                # "The Secretary-General met X. Y also attended. They discussed ...": some of
                # the last meeting's people discussing, in the same status, is that meeting
                last = next((o for o in reversed(out) if o.kind != "conference"), None)
                seated = {p.index for p in last.participants} if last is not None else set()
                if (
                    last is not None
                    and last.status == d.status
                    and len(pkey[2]) >= 2  # not one person with people the text does not name
                    and (pkey[2] <= seated or seated <= pkey[2])
                ):
                    # ... also with those who came along, told with the discussion ("The
                    # Korean diplomat was accompanied by X")
                    twin = last
                    twin.participants += [p for p in d.participants if p.index not in seated]
            if twin is not None and (
                other_days(twin, d) or _met_again(m, twin, d) or _other_stop(twin, d)
            ):
                # "traf am Dienstag X ... hatte X schon im Jänner getroffen"; "held talks in
                # New Delhi ... met again in Moscow"
                twin = None
            if twin is None:
                twin = _headline_telling(m, meetings, d)
            if twin is None:
                meetings[pkey] = d
                out.append(d)
                continue
            scopes.setdefault(id(twin), {s.index: s for s in twin.scope}).update(
                (s.index, s) for s in d.scope
            )
        if twin.kind != "call":  # a call is held nowhere in particular
            twin.location = twin.location or d.location
        twin.date = twin.date or d.date
    for d in out:
        if id(d) in scopes:
            d.scope = [scopes[id(d)][k] for k in sorted(scopes[id(d)])]
    out = _sides_named_nearby(out)
    return [d for d in out if not _told_apart(m, d, out)]


_NAMED_REACH = 2  # sentences between a meeting told by its sides and told by its people


def _sides_named_nearby(drafts: list[EventDraft]) -> list[EventDraft]:
    """A meeting told by its states or bodies alone is the one told close by with people of
    those states ("Egyptian mediators held talks with a Hamas delegation. Egypt's
    intelligence chief X met the delegation's head Y"): one meeting, by its people."""
    out = list(drafts)
    for d in drafts:
        if d.kind == "conference" or not d.participants:
            continue
        if any(p.kind == "person" for p in d.participants):
            continue
        codes = {p.affiliation for p in d.participants}
        for o in out:
            if o is d or o.kind == "conference" or o.status != d.status:
                continue
            if abs(o.sentence.index - d.sentence.index) > _NAMED_REACH or other_days(o, d):
                continue
            people = {p.affiliation for p in o.participants if p.kind == "person"}
            if codes & people and codes <= people | {p.affiliation for p in o.participants}:
                o.location = o.location or d.location
                o.date = o.date or d.date
                out.remove(d)
                break
    return out


_ROUND_REACH = 2  # sentences after a meeting of three where a gathering's name is its name


def _gathering_of(
    m: Mentions, d: EventDraft, drafts: list[EventDraft], told_as: dict[int, EventDraft]
) -> EventDraft | None:
    """The gathering a meeting of three or more was held for: a conference its own sentence
    names after a preposition of occasion, which seats no one the meeting does not ("X
    empfing zum Dreiländergipfel A und B", "the ministers met ... for the Common Market
    Council"); not one on whose margins it was held."""
    if d.kind != "meeting" or len(d.participants) < 3:
        return None
    if m.profile.margins_re.search(m.text, d.sentence.start, d.sentence.end):
        return None
    seated = {p.index for p in d.participants}
    for o in drafts:
        if (
            o.kind == "conference"
            and o.sentence.index == d.sentence.index
            and id(o) in told_as
            and _for_the_occasion(m, o)
            and {p.index for p in o.participants} <= seated
            # where the gathering names no one, the meeting tells whether it was held ("met in
            # Asunción on Tuesday for the Common Market Council")
            and (not o.participants or o.status == d.status)
        ):
            return told_as[id(o)]
    return None


OCCASION_WORDS = 3  # words before a gathering's noun where "zum", "for" may stand


def _for_the_occasion(m: Mentions, conference: EventDraft) -> bool:
    """The gathering's noun follows a preposition of occasion ("zum ersten Dreiländergipfel",
    "for the Common Market Council"; not "before the summit", "am Rande der Konferenz", nor
    "preparations for the summit")."""
    lo = max(conference.sentence.start, conference.trigger.start - 60)
    before = m.text[lo : conference.trigger.start].split()[-OCCASION_WORDS:]
    if any(c.row.get("detail") == "ahead" for c in m.status_index.overlapping(lo, lo + 60)):
        return False  # "preparations for the Forum Economic Ministers Meeting": a topic
    return any(w.lower() in m.profile.occasion_words for w in before)


def _round_named_after(m: Mentions, d: EventDraft, out: list[EventDraft]) -> EventDraft | None:
    """The meeting of three or more told just before that a gathering's name, told with
    nobody of its own in the next sentences, names: a multilateral round is a conference."""
    last = out[-1] if out else None
    if (
        last is None
        or last.kind != "meeting"
        or len(last.participants) < 3
        or d.participants
        or d.name is None
        or d.status != last.status
        or not 0 < d.sentence.index - last.sentence.index <= _ROUND_REACH
    ):
        return None
    if (
        d.location is not None
        and last.location is not None
        and not _same_place({place_key(d.location)}, {place_key(last.location)})
    ):
        return None  # "... preparations for the East Asia summit in Kuala Lumpur": another
    if m.profile.margins_re.search(m.text, d.sentence.start, d.trigger.start):
        return None  # "Das Gespräch fand am Rande der Arbeitskonferenz statt": held at it
    if _also_before(m, d):
        return None  # "Die beiden Minister leiteten zudem gemeinsam die vierte Sitzung ...":
        # a gathering besides the talks
    return last


def _also_before(m: Mentions, d: EventDraft) -> bool:
    """A word of addition before the gathering's word in its sentence ("also", "zudem")."""
    words = re.findall(r"\w+", m.text[d.sentence.start : d.trigger.start])
    also = m.profile.also_words - set(m.profile.with_words)  # (German's "mit")
    return any(w.lower() in also for w in words)


def _same_place(places: set[str], others: set[str]) -> bool:
    """Places of two tellings of a gathering that may be one: the same, or a state and a
    city in it ("im maltesischen Valletta", "in Malta")."""

    def within(a: str, b: str) -> bool:
        return a == b or (b.startswith("@state:") and a.split(":")[1] == b.split(":")[1])

    return any(within(a, b) or within(b, a) for a in places for b in others)


def _met_again(m: Mentions, a: EventDraft, b: EventDraft) -> bool:
    """The later telling says the same people met again, and both are placed in their own
    sentences, in places that cannot be one ("held talks in New Delhi ... met again in
    Moscow"; not "in Malta" ... "in Valletta"; not a dateline's city that a telling has for
    want of its own)."""
    said = m.text[b.sentence.start : b.sentence.end].lower().split()
    if not any(w.strip(",.;:") in m.profile.again_words for w in said):
        return False
    here = [
        d.location
        for d in (a, b)
        if d.location is not None and d.sentence.start <= d.location.start < d.sentence.end
    ]
    return len(here) == 2 and not _same_place({place_key(here[0])}, {place_key(here[1])})


def _other_stop(a: EventDraft, b: EventDraft) -> bool:
    """Two stops of one tour in one sentence ("will visit Japan, China and South Korea"):
    a lone visitor's visits to different places."""
    return (
        a.sentence.index == b.sentence.index
        and all(d.mode_hint == "visit" and len(d.participants) == 1 for d in (a, b))
        and a.location is not None
        and b.location is not None
        and not _same_place({place_key(a.location)}, {place_key(b.location)})
    )


def _headline_telling(
    m: Mentions, meetings: dict[tuple[str, str, frozenset[int]], EventDraft], d: EventDraft
) -> EventDraft | None:
    """The headline's telling of the meeting the body gives a status ("Merkel trifft Putin"
    over "Die Kanzlerin reist am Donnerstag nach Moskau, wo sie Putin treffen will"): the
    headline's present, with no cue or date of its own, says nothing of when; the meeting
    takes the body's status (re-keyed in ``meetings``), which a cue or a date gives it
    ("empfängt am Donnerstag", published on Tuesday)."""
    if (
        d.status == "occurred"
        or (d.status_cue is None and d.date is None)
        or d.sentence.index <= m.headline
    ):
        return None
    people = frozenset(p.index for p in d.participants)
    head = meetings.get((d.kind, "occurred", people))
    if (
        head is None
        or head.sentence.index != m.headline
        or head.status_cue is not None
        or head.date is not None
        or head.trigger.row.get("pos") != "verb"  # "nach dem Treffen": one that was held
        or m.profile.past_meeting_re.match(head.trigger.text)
    ):
        return None
    del meetings[(d.kind, "occurred", people)]
    head.status, head.status_cue = d.status, d.status_cue
    meetings[(d.kind, d.status, people)] = head
    return head


def other_days(a: EventDraft, b: EventDraft) -> bool:
    """Both tellings are dated, more than a week apart: two meetings of the same people ("am
    Dienstag" ... "bereits im Jänner"), not one told with a loose date ("on Thursday" ...
    "today we agreed")."""
    return any(gap > WEEK_DAYS for gap in _gaps(a, b, to_the_day=False))


def different_days(a: EventDraft, b: EventDraft) -> bool:
    """Both tellings are dated to the day, on days that do not overlap ("am Samstag" ...
    "Bereits am Freitag")."""
    return any(gap > 0 for gap in _gaps(a, b, to_the_day=True))


def days_before(a: EventDraft, b: EventDraft) -> bool:
    """``b`` is dated to a day before ``a``'s, both to the day ("am Dienstag" ... "bereits
    am Montag")."""
    if a.date is None or b.date is None or not a.date.value_start or not b.date.value_start:
        return False
    a0, b1 = a.date.value_start, b.date.value_end or b.date.value_start
    return len(a0) == len(b1) == len("2025-01-01") and b1 < a0


def _gaps(a: EventDraft, b: EventDraft, *, to_the_day: bool) -> list[int]:
    """The days from the end of either telling's date to the start of the other's (none
    where one is undated, or, ``to_the_day``, not dated to the day)."""
    if a.date is None or b.date is None:
        return []
    a0, b0 = a.date.value_start, b.date.value_start
    if not a0 or not b0:
        return []
    if to_the_day and (len(a0) != len("2025-01-01") or len(b0) != len(a0)):
        return []
    a1, b1 = a.date.value_end or a0, b.date.value_end or b0
    return [gap for gap in (_days_between(a1, b0), _days_between(b1, a0)) if gap is not None]


def _days_between(end: str, start: str) -> int | None:
    """Days from the last day of ``end`` to the first of ``start`` (ISO year, month or day)."""
    last, first = bound_day(end, first=False), bound_day(start, first=True)
    return None if last is None or first is None else (first - last).days


def _told_apart(m: Mentions, d: EventDraft, drafts: list[EventDraft]) -> bool:
    """A headline's (or standfirst's) meeting of several ("Powell meets Sharon, Abbas") that
    the body tells as separate meetings of the same people ("met separately with Sharon and
    Abbas"): those meetings are what took place, the headline's roster is not one table."""
    if d.kind == "conference" or d.sentence.index > m.headline + 1 or len(d.participants) < 3:
        return False
    if "\n" not in m.text[d.sentence.end : d.sentence.end + 3]:
        return False  # not a headline or its standfirst on a line of its own
    seated = {p.index for p in d.participants}
    parts = [
        {p.index for p in o.participants}
        for o in drafts
        if o is not d
        and o.kind == d.kind
        and o.sentence.index > m.headline
        and len(o.participants) >= 2
    ]
    parts = [x for x in parts if x <= seated]
    return len(parts) >= 2 and set().union(*parts) == seated
