"""How a query is answered: the SQL for an ``EventQuery``'s filters, chosen by estimated cost.

Actor, affiliation, dyad and text filters each select a set of events; kind, status, topic and
dates test one event row. ``plan`` either lets the most selective set drive (its candidate
events, then sorted newest first) or reads events newest first through ``events(date_start)``
and tests each until ``limit`` hit, whichever ``_lead`` estimates cheaper. The text filter's
forms and costs are in ``search``.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from communique.store import search
from communique.store.identity import fold_name, person_key, surname_of

if TYPE_CHECKING:
    from communique.store.query import EventQuery


# A filter over the actors or documents of an event has two forms: "candidates" (the ids of
# the events it admits, looked up one by one and then sorted) and "check" (a test on one event
# row). Either the most selective filter's candidates drive the query and the rest are checks,
# or events are read newest first through the date index and checked until ``limit`` hit.
# ``_lead`` estimates both in units of one event read through an index: the first costs the
# rows the lead admits plus the other filters' checks on each; the second reads ``limit / P``
# events, with P the product of each filter's share of the events (independence assumed), at
# ``SCAN_STEP`` each plus the checks. Counts stop at ``COUNT_CAP``: counting is part of the
# cost, and beyond it the scan is cheaper anyway.
DENSE = 8000
COUNT_CAP = 100_000
# one step of the newest-first scan (index entry, row filters, a set check): measured at
# 0.06-0.15 µs on 1,000,000 events, against ~0.7 µs for an event read by id
SCAN_STEP = 0.2


@dataclass(frozen=True, slots=True)
class _SetFilter:
    count_sql: str  # rows admitted, capped: "SELECT count(*) FROM (... LIMIT ?)"
    candidates: str  # "e.id IN (...)"
    check: str  # "EXISTS (... e.id ...)", or a top-level "+e.id IN (...)"
    params: tuple[Any, ...]
    check_params: tuple[Any, ...]
    count_params: tuple[Any, ...] = ()  # when they differ from ``params``
    exact: bool = True  # the candidates are exactly the events the check admits
    probe: str | None = None  # the text filter's per-event FTS5 check (``search``)
    probe_cost: float = search.FTS_PROBE_COST


def side_sql(side: str) -> tuple[str, list[Any]]:
    """SQL selecting the ids of the actors a side stands for, and its parameters: any spelling
    seen (folded), the person key (surname and initial), a state or organisation code."""
    code = side.strip()
    sql = (
        "SELECT actor_id FROM actor_names WHERE folded = ?"
        " UNION SELECT id FROM actors WHERE key = ? OR key = ?"
    )
    params: list[Any] = [fold_name(code), person_key(code), code]
    surname = surname_of(person_key(code))
    if surname and person_key(code).endswith(":") and len(surname) >= 3:
        # a surname alone finds every person of that surname ("Wassilenko")
        sql += " UNION SELECT id FROM actors WHERE key >= ? AND key < ?"
        params += [f"person:{surname}:", f"person:{surname}:\uffff"]
    if _is_code(code):
        sql += " UNION " + affiliation_sql(code)[0]
        params += affiliation_sql(code)[1]
    return sql, params


def _is_code(side: str) -> bool:
    code = side.strip()
    return code.upper() == code and code.replace("-", "").isalnum() and len(code) <= 12


def _code_dyad_filter(a: str, b: str) -> _SetFilter:
    """Events with participants of two codes ("DEU" x "EU"): the intersection of the events
    of each code (from ``event_affiliations``, plus any actor the code names by name), then
    the exact pair check (two different participants)."""
    (a_sql, a_p), (b_sql, b_p) = side_sql(a), side_sql(b)
    events = (
        "SELECT event_id FROM event_affiliations WHERE affiliation = ?"
        " UNION SELECT event_id FROM event_participants WHERE actor_id IN"
        " (SELECT id FROM actors WHERE key = ?)"
    )
    a_code, b_code = a.strip().upper(), b.strip().upper()
    cand_params = (a_code, f"state:{a_code}", b_code, f"state:{b_code}")
    pair = (
        "EXISTS (SELECT 1 FROM event_participants pa JOIN event_participants pb"
        " ON pb.event_id = pa.event_id AND pb.actor_id != pa.actor_id"
        f" WHERE pa.event_id = e.id AND +pa.actor_id IN ({a_sql})"
        f" AND +pb.actor_id IN ({b_sql}))"
    )
    return _SetFilter(
        f"SELECT count(*) FROM (SELECT event_id FROM ({events} INTERSECT {events}) LIMIT ?)",
        f"e.id IN ({events} INTERSECT {events})",
        pair,
        cand_params,
        tuple(a_p + b_p),
        cand_params,
        exact=False,  # a code's events may pair it with itself: the pair check decides
    )


def affiliation_sql(code: str) -> tuple[str, list[Any]]:
    """SQL selecting the ids of the actors affiliated with a state or organisation code (and
    the state itself)."""
    code = code.strip().upper()
    return (
        "SELECT id FROM actors WHERE affiliation = ? UNION SELECT id FROM actors WHERE key = ?",
        [code, f"state:{code}"],
    )


# In a check (a subquery correlated with the event row) the unary + on actor_id makes SQLite
# read the event's two to four participants and test each against the side's actor ids; without
# it SQLite seeks (event, actor) once per actor id of the side, which for a country or an
# organisation (100-250 actors) made a check cost 10-20 µs (CICA x a word: 420 ms -> 72 ms).
def _participant_filter(sql: str, params: list[Any]) -> _SetFilter:
    return _SetFilter(
        f"SELECT count(*) FROM (SELECT 1 FROM event_participants WHERE actor_id IN ({sql})"
        " LIMIT ?)",
        f"e.id IN (SELECT event_id FROM event_participants WHERE actor_id IN ({sql}))",
        "EXISTS (SELECT 1 FROM event_participants x WHERE x.event_id = e.id"
        f" AND +x.actor_id IN ({sql}))",
        tuple(params),
        tuple(params),
    )


def _set_filters(q: EventQuery, fts: str | None) -> list[_SetFilter]:
    """The actor, affiliation, dyad and text filters of ``q``; the text filter comes last, so
    a scan probes FTS5 only for events the cheaper checks let through."""
    out = [_participant_filter(*side_sql(side)) for side in q.actors]
    out += [_participant_filter(*affiliation_sql(code)) for code in (q.country, q.org) if code]
    if q.dyad and all(_is_code(x) for x in q.dyad):
        out.append(_code_dyad_filter(*q.dyad))
    elif q.dyad:
        (a_sql, a_p), (b_sql, b_p) = side_sql(q.dyad[0]), side_sql(q.dyad[1])
        pair = (
            "EXISTS (SELECT 1 FROM event_participants pa JOIN event_participants pb"
            " ON pb.event_id = pa.event_id AND pb.actor_id != pa.actor_id"
            f" WHERE pa.event_id = e.id AND +pa.actor_id IN ({a_sql})"
            f" AND +pb.actor_id IN ({b_sql}))"
        )
        sides = ((a_sql, a_p, b_sql, b_p), (b_sql, b_p, a_sql, a_p))
        for sql, p, other, other_p in sides:  # either side may drive; the pair is checked
            joined = (
                "e.id IN (SELECT pa.event_id FROM event_participants pa JOIN event_participants pb"
                " ON pb.event_id = pa.event_id AND pb.actor_id != pa.actor_id"
                f" WHERE pa.actor_id IN ({sql}) AND pb.actor_id IN ({other}))"
            )
            count = _participant_filter(sql, p).count_sql
            out.append(
                _SetFilter(count, joined, pair, tuple(p + other_p), tuple(a_p + b_p), tuple(p))
            )
    if fts is not None:
        out.append(
            _SetFilter(
                search.TEXT_COUNT,
                search.TEXT_CANDIDATES,
                search.TEXT_SET_CHECK,
                (fts,),
                (fts,),
                probe=search.TEXT_PROBE_CHECK,
                probe_cost=search.probe_cost(fts),
            )
        )
    return out


def _row_filters(q: EventQuery) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("kind", q.kind), ("status", q.status)):
        if value:
            clauses.append(f"e.{column} = ?")
            params.append(value)
    if q.topic:
        clauses.append("EXISTS (SELECT 1 FROM json_each(e.topics) WHERE json_each.value = ?)")
        params.append(q.topic)
    if q.date_from:
        # the event's last day (or period) reaches the range: "2025-02" covers "2025-02-10"
        clauses.append("coalesce(e.date_end, e.date_start) || '~' >= ?")
        params.append(q.date_from)
    if q.date_to:
        clauses.append("e.date_start <= ? || '~'")
        params.append(q.date_to)
    if q.date_from or q.date_to:
        clauses.append("e.date_start IS NOT NULL")
    return clauses, params


def _size(conn: sqlite3.Connection, f: _SetFilter, cap: int) -> float:
    """Events ``f`` admits, counted up to ``cap`` rows."""
    n = float(conn.execute(f.count_sql, (*(f.count_params or f.params), cap)).fetchone()[0])
    if f.probe is None:
        return n
    # the text filter counts documents; in events, at the store's events per document
    events, docs = (
        float(x)
        for x in conn.execute(
            # max() reads one index entry where count(*) reads every row
            "SELECT (SELECT coalesce(max(id), 0) FROM events),"
            " (SELECT coalesce(max(rowid), 0) FROM documents)"
        ).fetchone()
    )
    if n >= cap:
        # somewhere between the cap and every document: reading that match list into a set
        # may cost far more than the cap says, so take the geometric mean, not the cap
        n = math.sqrt(cap * max(cap, docs))
    return n * max(1.0, events / max(1.0, docs))


def _check_cost(f: _SetFilter, size: float, checked: float) -> float:
    if f.probe is not None:
        return search.check_cost(size, checked, f.probe_cost)
    return checked


def _lead(
    conn: sqlite3.Connection, filters: list[_SetFilter], limit: int | None
) -> tuple[int | None, list[float], list[float]]:
    """Index of the filter whose candidates should drive (None: scan newest first), the
    filters' (capped) sizes in events, and how many events each filter's check will see."""
    if not filters:
        return None, [], []
    # the text filter is counted to COUNT_CAP at once: FTS5 counts ~10 documents a µs, and
    # even beside a small lead its size decides between reading it once and probing
    sizes = [_size(conn, f, COUNT_CAP if f.probe else DENSE) for f in filters]

    def lead_cost(i: int) -> float:
        own = 0.0 if filters[i].exact else sizes[i]
        others = (_check_cost(f, sizes[j], sizes[i]) for j, f in enumerate(filters) if j != i)
        return sizes[i] + own + sum(others)

    best = min(range(len(filters)), key=lead_cost)
    # few candidates with cheap checks: done without counting further. Not a small lead
    # whose events each need a probe of a frequent word (6,000 x 20 units)
    if lead_cost(best) < DENSE or limit is None:
        return best, sizes, [sizes[best]] * len(filters)
    sizes = [
        n if f.probe or n < DENSE else _size(conn, f, COUNT_CAP)
        for f, n in zip(filters, sizes, strict=True)
    ]
    total = float(conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]) or 1.0
    shares = [min(1.0, n / total) for n in sizes]
    share = math.prod(shares)
    scanned = min(total, limit / share) if share > 0 else total
    # checks run in filter order (the text filter last), each on the events the earlier let by
    seen = [scanned * math.prod(shares[:i]) for i in range(len(filters))]
    scan_cost = scanned * SCAN_STEP + sum(
        _check_cost(f, n, c) for f, n, c in zip(filters, sizes, seen, strict=True)
    )
    best = min(range(len(filters)), key=lead_cost)
    if lead_cost(best) <= scan_cost:
        return best, sizes, [sizes[best]] * len(filters)
    return None, sizes, seen


def plan(conn: sqlite3.Connection, q: EventQuery, fts: str | None) -> tuple[str, list[Any]]:
    """The SQL (and parameters) for ``q``: candidates of one actor or text filter, or a
    newest-first scan, whichever ``_lead`` estimates cheaper."""
    clauses, params = _row_filters(q)
    filters = _set_filters(q, fts)
    reach = None if q.limit is None else q.limit + q.offset
    lead, sizes, checked = _lead(conn, filters, reach)
    head: list[str] = []
    head_params: list[Any] = []
    if lead is not None:
        head, head_params = [filters[lead].candidates], list(filters[lead].params)
    for i, f in enumerate(filters):
        if i == lead and f.exact:
            continue  # its candidates already are the answer to its check
        check = f.check
        if f.probe is not None and search.probe_is_cheaper(sizes[i], checked[i], f.probe_cost):
            check = f.probe
        clauses.append(check)
        params += f.check_params
    sql = f"SELECT {_EVENT_COLUMNS} FROM events e"
    if head or clauses:
        sql += " WHERE " + " AND ".join(head + clauses)
    if q.oldest_first:
        sql += " ORDER BY e.date_start, e.id"  # NULL dates first
    else:
        sql += " ORDER BY e.date_start DESC, e.id DESC"  # NULL dates last
    if q.limit is not None or q.offset:
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if q.limit is None else q.limit, q.offset]
    return sql, head_params + params


_EVENT_COLUMNS = (
    "e.id, e.kind, e.status, e.date_start, e.date_end, e.location, e.country, e.lat, e.lon,"
    " e.name, e.topics, e.cameo, e.n_sources, e.planned_event_id"
)
