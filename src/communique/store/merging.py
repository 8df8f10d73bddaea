"""Events across documents: which reports are the same meeting, call or conference, and why.

The evidence that two reports (one per event of one document's record) tell of the same event
is judged in ``store.evidence``: ``compatible`` (same participants, kind, status, place and
time: a resolved date, or else publication dates, exact or partial, within a window that
depends on the kind) and ``conflict`` (a contradiction).

Grouping is a function of the set of reports alone, never of the order they arrived in:

- reports linked by ``compatible`` form *components*; a new report can only join components,
  so ``update`` regroups exactly the components its new reports touch, and ``rebuild``
  (every component) yields what incremental ``update`` calls yielded, in any ingest order;
- inside a component, reports are taken in a fixed order (dated before undated, narrow
  periods first, more participants first, then document id) and each joins the group it is
  compatible with that none of whose members it conflicts with (most compatible members,
  then the earliest group); otherwise it opens a group. So a group's members each match the
  group, not just one neighbour: two meetings of the same pair a month apart never chain
  together through an undated report between them.

An event keeps its id when it is regrouped (the smallest earlier id among its reports). Every
report's reason for joining is stored in ``event_explanations`` (``communique explain``). A
planned event links (``events.planned_event_id``) to the occurred (or cancelled) event it
announced: the smallest planned event id with a compatible report.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Sequence

from communique.date_values import bound_day
from communique.store.database import Store
from communique.store.evidence import Report, announces, compatible, conflict
from communique.store.identity import surname_of

__all__ = ["Report", "announces", "compatible", "conflict", "rebuild", "update"]


# ------------------------------------------------------------------------ loading

_SELECT = """SELECT r.doc_id, r.local_id, r.kind, r.status, r.date_start, r.date_end,
  d.published, coalesce(r.place_canonical, r.location), r.country, r.lat, r.lon, r.name, r.event_id
  FROM reports r JOIN documents d ON d.id = r.doc_id"""


def _load(conn: sqlite3.Connection, where: str, params: Sequence[object]) -> list[Report]:
    rows = conn.execute(f"{_SELECT} WHERE {where}", tuple(params)).fetchall()
    if not rows:
        return []
    actors: dict[tuple[str, str], dict[int, str]] = {}
    for doc_id in sorted({r[0] for r in rows}):
        for d, loc, actor_id, key in conn.execute(
            "SELECT p.doc_id, p.local_id, p.actor_id, a.key FROM report_participants p "
            "JOIN actors a ON a.id = p.actor_id WHERE p.doc_id = ?",
            (doc_id,),
        ):
            actors.setdefault((d, loc), {})[int(actor_id)] = str(key)
    out = []
    for doc_id, local_id, kind, status, ds, de, pub, loc, ctry, lat, lon, name, eid in rows:
        start = bound_day(ds, first=True)
        end = bound_day(de or ds, first=False) or start
        out.append(
            Report(doc_id, local_id, kind, status,
                   start, end if start else None, bound_day(pub, first=True), loc, ctry, lat, lon,
                   name, actors.get((doc_id, local_id), {}), eid, bound_day(pub, first=False))
        )  # fmt: skip
    out.sort(key=_rank)
    return out


def _local_order(local_id: str) -> str:
    digits = "".join(c for c in local_id if c.isdigit())
    return f"{int(digits):08d}{local_id}" if digits else local_id


def _rank(r: Report) -> tuple[object, ...]:
    """The fixed order in which a component's reports are grouped: what says most about
    the event first (a date, a narrow one, many participants), then the document id."""
    width = (r.end - r.start).days if r.start and r.end else 1 << 30
    pub = r.publication()
    pub_width = (pub[1] - pub[0]).days if pub else 1 << 30
    return (width, pub_width, -len(r.actors), r.doc_id, _local_order(r.local_id))


def _candidates(conn: sqlite3.Connection, report: Report) -> list[Report]:
    """Reports sharing an actor (a surname-only actor: any of that surname), or, without
    actors, the name."""
    ids = set(report.actors)
    for key in report.actors.values():
        surname = surname_of(key)
        if surname is None:
            continue
        prefix = f"person:{surname}:"
        ids.update(
            int(r[0])
            for r in conn.execute(
                "SELECT id FROM actors WHERE key >= ? AND key < ? AND (key = ? OR ? = ?)",
                (prefix, prefix + "\uffff", prefix, key, prefix),
            )
        )
    if ids:
        marks = ",".join("?" * len(ids))
        where = (
            f"(r.doc_id, r.local_id) IN (SELECT doc_id, local_id "
            f"FROM report_participants WHERE actor_id IN ({marks}))"
        )
        return _load(conn, where, sorted(ids))
    if report.name:
        return _load(conn, "r.name = ?", (report.name,))
    return []


# ------------------------------------------------------------------------ merging


def _key(r: Report) -> tuple[str, str]:
    return r.doc_id, r.local_id


def _components(conn: sqlite3.Connection, seeds: list[Report]) -> list[list[Report]]:
    """The components (reports linked by ``compatible``) that hold the seed reports."""
    seen: dict[tuple[str, str], Report] = {_key(r): r for r in seeds}
    edges: dict[tuple[str, str], set[tuple[str, str]]] = {k: set() for k in seen}
    frontier = list(seeds)
    while frontier:
        report = frontier.pop()
        for other in _candidates(conn, report):
            if _key(other) == _key(report) or compatible(report, other) is None:
                continue
            edges.setdefault(_key(report), set()).add(_key(other))
            edges.setdefault(_key(other), set()).add(_key(report))
            if _key(other) not in seen:
                seen[_key(other)] = other
                frontier.append(other)
    out: list[list[Report]] = []
    done: set[tuple[str, str]] = set()
    for start in sorted(seen):
        if start in done:
            continue
        stack, members = [start], []
        done.add(start)
        while stack:
            k = stack.pop()
            members.append(seen[k])
            for n in edges.get(k, ()):
                if n not in done:
                    done.add(n)
                    stack.append(n)
        out.append(sorted(members, key=_rank))
    return out


def _group(reports: list[Report]) -> list[list[tuple[Report, str]]]:
    """The component's reports in groups, each report with its reason for joining."""
    groups: list[list[tuple[Report, str]]] = []
    for report in reports:
        fits: list[tuple[int, int, str]] = []  # (-compatible members, group, reason)
        for g, members in enumerate(groups):
            if any(conflict(report, m) is not None for m, _ in members):
                continue
            reasons = [
                (reason, m) for m, _ in members if (reason := compatible(report, m)) is not None
            ]
            if reasons:
                reason, m = reasons[0]
                fits.append((-len(reasons), g, f"{reason} (with {m.doc_id[:12]} {m.local_id})"))
        fits.sort()
        if len(fits) > 1 and fits[0][0] == fits[1][0] and not report.dated:
            # an undated report that fits two events equally well could be either
            groups.append([(report, f"first report (fits {len(fits)} events equally well)")])
        elif fits:
            groups[fits[0][1]].append((report, fits[0][2]))
        else:
            groups.append([(report, "first report")])
    return groups


def update(store: Store, doc_ids: Iterable[str] | None = None) -> int:
    """Group every report not yet in an event, regrouping the components they touch
    (``doc_ids`` is accepted for clarity; all unplaced reports are taken, so an interrupted
    run heals). Call inside a transaction. Returns the number of reports placed."""
    del doc_ids
    return _place(store.conn, _load(store.conn, "r.event_id IS NULL", ()))


def _place(conn: sqlite3.Connection, pending: list[Report]) -> int:
    """Regroup the components of ``pending`` and write their events."""
    if not pending:
        return 0
    touched: set[int] = set()
    relink: set[int] = set()
    for component in _components(conn, pending):
        old = sorted({r.event_id for r in component if r.event_id is not None})
        reused: set[int] = set()
        for members in _group(component):
            hints = sorted({r.event_id for r, _ in members if r.event_id is not None} - reused)
            event_id = _event(conn, members[0][0], hints[0] if hints else None)
            reused.add(event_id)
            for report, reason in members:
                conn.execute(
                    "UPDATE reports SET event_id = ? WHERE doc_id = ? AND local_id = ?",
                    (event_id, report.doc_id, report.local_id),
                )
                conn.execute(
                    "INSERT OR REPLACE INTO event_explanations(event_id, doc_id, local_id, "
                    "reason) VALUES (?, ?, ?, ?)",
                    (event_id, report.doc_id, report.local_id, reason),
                )
            touched.add(event_id)
        for gone in old:
            if gone not in reused:
                _drop(conn, gone, relink)
    for event_id in sorted(touched):
        _refresh(conn, event_id)
    _relink(conn, sorted(touched | relink))
    return len(pending)


def rebuild(store: Store) -> int:
    """Regroup every report (keeping event ids where groups stay); call inside a
    transaction. Yields what incremental ``update`` calls yielded."""
    conn = store.conn
    hints = conn.execute("SELECT doc_id, local_id, event_id FROM reports").fetchall()
    conn.execute("UPDATE reports SET event_id = NULL")
    conn.execute("DELETE FROM event_explanations")
    conn.execute("DELETE FROM event_participants")
    conn.execute("UPDATE events SET planned_event_id = NULL")
    pending = _load(conn, "1", ())
    by_key = {(str(d), str(loc)): e for d, loc, e in hints}
    seeds = [dataclasses.replace(r, event_id=by_key.get(_key(r))) for r in pending]
    conn.execute("DELETE FROM events")
    return _place(conn, seeds)


def _event(conn: sqlite3.Connection, report: Report, event_id: int | None) -> int:
    """The event row ``event_id`` (made again after ``rebuild`` emptied the table), or a new
    one."""
    if event_id is not None:
        conn.execute(
            "INSERT OR IGNORE INTO events(id, kind, status, n_sources) VALUES (?, ?, ?, 0)",
            (event_id, report.kind, report.status),
        )
        return event_id
    cur = conn.execute(
        "INSERT INTO events(kind, status, n_sources) VALUES (?, ?, 0)", (report.kind, report.status)
    )
    return int(cur.lastrowid or 0)


def _drop(conn: sqlite3.Connection, gone: int, relink: set[int]) -> None:
    """Drop an event none of whose reports it keeps; events it announced are relinked."""
    conn.execute("DELETE FROM event_participants WHERE event_id = ?", (gone,))
    relink.update(
        int(r[0]) for r in conn.execute("SELECT id FROM events WHERE planned_event_id = ?", (gone,))
    )
    conn.execute("UPDATE events SET planned_event_id = NULL WHERE planned_event_id = ?", (gone,))
    conn.execute("DELETE FROM events WHERE id = ?", (gone,))
    relink.discard(gone)


def _width(r: Report) -> int:
    return (r.end - r.start).days if r.start and r.end else 1 << 30


def _refresh(conn: sqlite3.Connection, event_id: int) -> None:
    """Recompute an event's row and participants from its reports."""
    reports = _load(conn, "r.event_id = ?", (event_id,))
    if not reports:
        return
    first = reports[0]
    kind = "conference" if any(r.kind == "conference" for r in reports) else first.kind
    dated = min(reports, key=_width)
    placed = next((r for r in reports if r.lat is not None), None) or next(
        (r for r in reports if r.location), None
    )
    extra = {
        (str(d), str(loc)): (ds, de, json.loads(t) if t else [], c)
        for d, loc, ds, de, t, c in conn.execute(
            "SELECT doc_id, local_id, date_start, date_end, topics, cameo FROM reports "
            "WHERE event_id = ?",
            (event_id,),
        )
    }
    date_start, date_end, _, _ = extra[(dated.doc_id, dated.local_id)]
    topics = sorted({t for r in reports for t in extra[(r.doc_id, r.local_id)][2]})
    cameo = next((x[3] for r in reports if (x := extra[(r.doc_id, r.local_id)])[3]), None)
    name = next((r.name for r in reports if r.name), None)
    conn.execute(
        "UPDATE events SET kind = ?, status = ?, date_start = ?, date_end = ?, location = ?, "
        "country = ?, lat = ?, lon = ?, name = ?, topics = ?, cameo = ?, n_sources = ? "
        "WHERE id = ?",
        (
            kind,
            first.status,
            date_start if dated.start else None,
            date_end if dated.start else None,
            placed.location if placed else None,
            placed.country if placed else next((r.country for r in reports if r.country), None),
            placed.lat if placed else None,
            placed.lon if placed else None,
            name,
            json.dumps(topics),
            cameo,
            len(reports),
            event_id,
        ),
    )
    keys: dict[int, str] = {}
    for r in reports:
        keys.update(r.actors)
    full = {surname_of(k) for k in keys.values() if not k.endswith(":")}
    conn.execute("DELETE FROM event_participants WHERE event_id = ?", (event_id,))
    conn.executemany(
        "INSERT INTO event_participants(event_id, actor_id) VALUES (?, ?)",
        [
            (event_id, a)
            for a, k in sorted(keys.items())
            if not (k.startswith("person:") and k.endswith(":") and surname_of(k) in full)
        ],
    )


def _relink(conn: sqlite3.Connection, event_ids: Sequence[int]) -> None:
    """Recompute ``planned_event_id`` of the given events and of events they may announce."""
    held: set[int] = set()
    for event_id in event_ids:
        row = conn.execute("SELECT status FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            continue
        if row[0] != "planned":
            held.add(event_id)
            continue
        for plan in _load(conn, "r.event_id = ?", (event_id,)):
            for other in _candidates(conn, plan):
                if other.event_id is not None and announces(plan, other):
                    held.add(other.event_id)
    for event_id in sorted(held):
        best: int | None = None
        for report in _load(conn, "r.event_id = ?", (event_id,)):
            for other in _candidates(conn, report):
                if other.event_id is None or (best is not None and other.event_id >= best):
                    continue
                if announces(other, report):
                    best = other.event_id
        conn.execute("UPDATE events SET planned_event_id = ? WHERE id = ?", (best, event_id))
