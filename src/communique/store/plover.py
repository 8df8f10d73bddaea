"""PLOVER records of merged events (the ``plover`` export; ``schemas/plover.schema.json``).

Fields follow the PLOVER manual's chapter "JSON Data Fields". Meetings are CONSULT with every
participant a ``source`` actor, except a visit whose hosts are known (participants of the host
country), where the visitors are ``source`` and the hosts ``recipient``, as the manual
prescribes.

The date. PLOVER requires ``date`` (YYYY-MM-DD). An event the texts date has that date
(``"date_source": "event"``). An event they do not date takes the *story date*, as event
data sets coded from news have always done: the publication date of its earliest source
document (``"date_source": "publication"``). A partial date (``YYYY`` or ``YYYY-MM``, of the
event or of a publication) is written as its first day with ``date_precision`` ``"year"`` or
``"month"``; a publication date-time gives its date. Only an event with neither an event date
nor a readable publication date among its sources is left out, and counted
(:func:`plover_date` says why), as is an event without a participant (PLOVER requires a
``source`` actor).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Any

from communique import __version__
from communique.codes import PLOVER_QUAD, PLOVER_SCORE, ActorCodes, sector_code, status_codes
from communique.store.query import EventRow, Participant

# a date as the store keeps it (YYYY, YYYY-MM, YYYY-MM-DD), or an ISO date-time's date part
_DATE_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])")
PRECISIONS = ("year", "month", "day")
NO_DATE = "no event date and no publication date (PLOVER requires a date)"
UNREADABLE_PUBLISHED = "no event date and no readable publication date (PLOVER requires a date)"
NO_PARTICIPANT = "no participant (PLOVER requires a source actor)"


@dataclass(frozen=True, slots=True)
class PloverDate:
    """A record's date: the first day of the period known, its precision, and where it came
    from (``"event"``: the texts date the event; ``"publication"``: the story date)."""

    date: str  # YYYY-MM-DD
    precision: str  # "year" | "month" | "day"
    source: str  # "event" | "publication"


@dataclass(frozen=True, slots=True)
class LeftOut:
    """Why an event has no PLOVER record."""

    reason: str


def full_date(value: str) -> tuple[str, str] | None:
    """``(YYYY-MM-DD, precision)`` of a date, partial date or ISO date-time; None when the
    value is none of these (or names no real month or day)."""
    m = _DATE_PREFIX.match(value.strip())
    if m is None:
        return None
    year, month, day = m.groups()
    if month is not None and not 1 <= int(month) <= 12:
        return None
    if day is not None and not 1 <= int(day) <= 31:
        return None
    parts = [p for p in (year, month, day) if p is not None]
    precision = PRECISIONS[len(parts) - 1]
    return "-".join([*parts, *["01"] * (3 - len(parts))]), precision


def plover_date(ev: EventRow) -> PloverDate | LeftOut:
    """The event's date, else the publication date of its earliest source, else why not."""
    if ev.date_start:
        known = full_date(ev.date_start)
        if known is not None:
            return PloverDate(known[0], known[1], "event")
    published = [s.published for s in ev.sources if s.published]
    readable = [d for d in (full_date(p) for p in published) if d is not None]
    if readable:
        # earliest first day; of two sources that day, the one that knows the day
        date, precision = min(readable, key=lambda d: (d[0], -PRECISIONS.index(d[1])))
        return PloverDate(date, precision, "publication")
    return LeftOut(UNREADABLE_PUBLISHED if published else NO_DATE)


def plover_of(conn: sqlite3.Connection, ev: EventRow) -> tuple[str, str | None]:
    """The event's PLOVER category and mode: the most frequent among its reports."""
    votes: Counter[tuple[str, str | None]] = Counter()
    for (raw,) in conn.execute("SELECT plover FROM reports WHERE event_id = ?", (ev.id,)):
        if not raw:
            continue
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
        if isinstance(value, dict) and value.get("event"):
            votes[(str(value["event"]), value.get("mode"))] += 1
        elif isinstance(value, str):
            votes[(value, None)] += 1
    if votes:
        return votes.most_common(1)[0][0]
    return status_codes(ev.status)[0], None


def hosts_split(
    ev: EventRow, mode: str | None
) -> tuple[tuple[Participant, ...], tuple[Participant, ...]] | None:
    """(visitors, hosts) of a visit whose place lies in the country of some participants."""
    if mode != "visit" or not ev.country:
        return None
    hosts = tuple(p for p in ev.participants if p.affiliation == ev.country)
    visitors = tuple(p for p in ev.participants if p.affiliation and p.affiliation != ev.country)
    if hosts and visitors and len(hosts) + len(visitors) == len(ev.participants):
        return visitors, hosts
    return None


def plover_actor(p: Participant, codes: ActorCodes) -> dict[str, Any]:
    out: dict[str, Any] = {
        "actor_text": p.name,
        "identifier_id": f"communique:actor:{p.actor_id}",
        "identifier_text": p.name,
    }
    code = codes.code(p.affiliation)
    if code:
        out["code"] = code
    if code and code != p.affiliation and p.affiliation:
        out["organization"] = p.affiliation  # the IGO/NGO itself, beyond PLOVER's 3-char code
    sector = sector_code(p.role_class)
    if sector:
        out["sector"] = sector
    if p.title or p.role_class:
        out["office"] = p.title or p.role_class
    return out


def _dated(ev: EventRow, when: PloverDate) -> dict[str, Any]:
    rec: dict[str, Any] = {"id": f"communique-{ev.id}", "has_event": True, "date": when.date}
    if when.precision != "day":
        rec["date_precision"] = when.precision
    rec["date_source"] = when.source
    if when.source == "event" and ev.date_end and ev.date_end != ev.date_start:
        end = full_date(ev.date_end)
        if end is not None and end[1] == "day":
            rec["enddate"] = end[0]
    return rec


def plover_record(
    conn: sqlite3.Connection, ev: EventRow, codes: ActorCodes, today: str, when: PloverDate
) -> dict[str, Any]:
    """One PLOVER record for a merged event, dated ``when`` (see :func:`plover_date`)."""
    category, mode = plover_of(conn, ev)
    rec = _dated(ev, when)
    split = hosts_split(ev, mode) if category == "CONSULT" else None
    if split:
        rec["source"] = [plover_actor(p, codes) for p in split[0]]
        rec["recipient"] = [plover_actor(p, codes) for p in split[1]]
    else:
        rec["source"] = [plover_actor(p, codes) for p in ev.participants]
    rec["event"] = [category]
    if mode and category == "CONSULT":
        rec["mode"] = [mode]
    if ev.topics:
        rec["context"] = list(ev.topics)
    if ev.location:
        loc: dict[str, Any] = {"name": ev.location}
        if ev.lat is not None and ev.lon is not None:
            loc["latitude"], loc["longitude"] = ev.lat, ev.lon
        if ev.country:
            loc["cc3"] = ev.country
        rec["event_loc"] = loc
    texts = _evidence_texts(conn, ev.id)
    if texts:
        rec["event_text"] = texts
    if category in PLOVER_QUAD:
        rec["quad_code"] = PLOVER_QUAD[category]
    if category in PLOVER_SCORE:
        rec["event_scale"] = PLOVER_SCORE[category]
    if ev.planned_event_id is not None:
        rec["link"] = f"communique-{ev.planned_event_id}"
    sources = [
        {
            k: v
            for k, v in (
                ("citation", s.doc_id), ("url", s.source), ("title", s.title),
                ("language", s.language), ("coder", f"communique {__version__}"),
                ("codebook", "plover"),
            )
            if v
        }
        for s in ev.sources
    ]  # fmt: skip
    if sources:
        rec["cite_info"] = sources[0]
        rec["sources"] = sources
    if ev.cameo:
        rec["cameo"] = ev.cameo
    rec["coder"] = f"communique {__version__}"
    rec["coded_date"] = today
    return rec


def _evidence_texts(conn: sqlite3.Connection, event_id: int) -> list[str]:
    cur = conn.execute(
        "SELECT substr(d.text, r.evidence_start + 1, r.evidence_end - r.evidence_start)"
        " FROM reports r JOIN documents d ON d.id = r.doc_id WHERE r.event_id = ?"
        " AND r.evidence_start IS NOT NULL AND r.evidence_end > r.evidence_start",
        (event_id,),
    )
    return [t for (t,) in cur if t]
