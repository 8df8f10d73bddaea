"""Events across documents: which reports are the same meeting, call or conference, and why.

Reports (one per event of one document's record) are taken one at a time in ingest order
(document rowid, then local id). A report joins every existing event holding a compatible
report; when it is compatible with several events they become one (the smallest id stays).
Two reports are compatible when

- kinds match (meeting and conference count as one kind; a call is only a call),
- statuses match (a planned report never merges with an occurred one: it *links*),
- participants overlap: at least two shared actors, or every actor of the smaller side
  (a surname-only actor matches a full-name actor with the same surname); with a single
  shared actor both dates must be known; reports without participants need the same name,
- dates are compatible: the ranges overlap; one unknown: the undated report was published
  within 7 days after the other's date; both unknown: published within 7 days of each other,
- places are compatible: one unknown, or the same city (same folded name or within 30 km),
  or the same country where one side names only the country.

Every join is stored with its reason in ``event_explanations``. A planned event links
(``events.planned_event_id``) to the occurred (or cancelled) event it announced: the
smallest planned event id with a compatible report. ``rebuild`` recomputes everything from
``reports`` and yields exactly what incremental ``update`` calls yielded.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from communique.store.database import Store
from communique.store.identity import fold_name, surname_of

_WINDOW = dt.timedelta(days=7)
_PLANNED_HORIZON = dt.timedelta(days=90)
_SAME_CITY_KM = 30.0
_KIND_GROUP = {"meeting": "meeting", "conference": "meeting", "call": "call"}


@dataclass(frozen=True, slots=True)
class Report:
    doc_id: str
    local_id: str
    order: tuple[int, str]
    kind: str
    status: str
    start: dt.date | None
    end: dt.date | None
    published: dt.date | None
    location: str | None
    country: str | None
    lat: float | None
    lon: float | None
    name: str | None
    actors: dict[int, str]  # actor id -> actor key
    event_id: int | None


# ------------------------------------------------------------------ compatibility


def _date_range(start: str | None, end: str | None) -> tuple[dt.date | None, dt.date | None]:
    if not start:
        return None, None
    lo = _bound(start, first=True)
    hi = _bound(end or start, first=False)
    return lo, hi or lo


def _bound(value: str, *, first: bool) -> dt.date | None:
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            return dt.date(parts[0], parts[1], parts[2])
        if len(parts) == 2:
            if first:
                return dt.date(parts[0], parts[1], 1)
            nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(parts[0], 1, 1) if first else dt.date(parts[0], 12, 31)
    except (ValueError, IndexError):
        return None


def _shared(a: Report, b: Report) -> int:
    """Participants the two reports share; a surname-only actor matches by surname."""
    shared = set(a.actors) & set(b.actors)
    count = len(shared)
    rest_a = [k for i, k in a.actors.items() if i not in shared]
    rest_b = [k for i, k in b.actors.items() if i not in shared]
    used: set[int] = set()
    for key in rest_a:
        surname = surname_of(key)
        if surname is None:
            continue
        for j, other in enumerate(rest_b):
            if j in used or surname_of(other) != surname:
                continue
            if key.endswith(":") or other.endswith(":"):
                used.add(j)
                count += 1
                break
    return count


def _participants_reason(a: Report, b: Report) -> tuple[str | None, bool]:
    """Why the participants agree (or None), and whether only one actor is shared."""
    if not a.actors and not b.actors:
        if a.name and b.name and fold_name(a.name) == fold_name(b.name):
            return f"same name ({a.name})", False
        return None, False
    shared = _shared(a, b)
    smaller = min(len(a.actors), len(b.actors))
    if shared >= 2:
        return f"{shared} shared participants", False
    if shared >= 1 and shared == smaller:
        return f"all {shared} participant(s) of the smaller report shared", shared == 1
    return None, False


def _dates_reason(a: Report, b: Report, *, strict: bool) -> str | None:
    if a.start and a.end and b.start and b.end:
        if a.start <= b.end and b.start <= a.end:
            return f"dates {a.start}/{b.start} overlap"
        return None
    if strict:
        return None
    if a.start is None and b.start is None:
        if a.published and b.published and abs(a.published - b.published) <= _WINDOW:
            return f"dates unknown, published {a.published}/{b.published} within 7 days"
        return None
    dated, undated = (a, b) if a.start else (b, a)
    if (
        dated.start
        and dated.end
        and undated.published
        and dated.start - dt.timedelta(days=1) <= undated.published <= dated.end + _WINDOW
    ):
        return f"date {dated.start} within 7 days before publication {undated.published}"
    return None


def _km(a: Report, b: Report) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _place_reason(a: Report, b: Report) -> str | None:
    if not a.location or not b.location:
        return "place unknown on one side"
    if a.country and b.country and a.country != b.country:
        return None
    if fold_name(a.location) == fold_name(b.location):
        return f"same place ({a.location})"
    km = _km(a, b)
    if km is not None:
        return f"same city ({a.location}/{b.location})" if km <= _SAME_CITY_KM else None
    if a.country and a.country == b.country:
        return f"same country ({a.country})"
    return None


def compatible(a: Report, b: Report) -> str | None:
    """Why two reports describe the same event, or None when they do not."""
    if a.doc_id == b.doc_id or a.status != b.status:
        return None
    return _match(a, b, planned=False)


def _match(a: Report, b: Report, *, planned: bool) -> str | None:
    if _KIND_GROUP.get(a.kind) != _KIND_GROUP.get(b.kind):
        return None
    who, single = _participants_reason(a, b)
    if who is None:
        return None
    when = _planned_dates(a, b) if planned else _dates_reason(a, b, strict=single)
    if when is None:
        return None
    where = _place_reason(a, b)
    if where is None:
        return None
    return f"{who}; {when}; {where}"


def _planned_dates(plan: Report, held: Report) -> str | None:
    if plan.start and plan.end and held.start and held.end:
        if plan.start <= held.end and held.start <= plan.end:
            return f"planned {plan.start} overlaps held {held.start}"
        return None
    when = held.start or held.published
    if plan.start is None and plan.published and when:
        if plan.published <= when <= plan.published + _PLANNED_HORIZON:
            return f"held {when} within 90 days after announcement {plan.published}"
        return None
    if (
        plan.start
        and plan.end
        and held.start is None
        and held.published
        and plan.start <= held.published <= plan.end + _WINDOW
    ):
        return f"planned {plan.start}, report published {held.published}"
    return None


def announces(plan: Report, held: Report) -> str | None:
    """Why a planned report announces a held (occurred or cancelled) one, or None."""
    if plan.status != "planned" or held.status == "planned" or plan.doc_id == held.doc_id:
        return None
    return _match(plan, held, planned=True)


# ------------------------------------------------------------------------ loading

_SELECT = """SELECT r.doc_id, r.local_id, d.rowid, r.kind, r.status, r.date_start, r.date_end,
  d.published, r.location, r.country, r.lat, r.lon, r.name, r.event_id
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
    for doc_id, local_id, rowid, kind, status, ds, de, pub, loc, ctry, lat, lon, name, eid in rows:
        start, end = _date_range(ds, de)
        published = _bound(pub[:10], first=True) if pub else None
        out.append(
            Report(doc_id, local_id, (int(rowid), _local_order(local_id)), kind, status,
                   start, end, published, loc, ctry, lat, lon, name,
                   actors.get((doc_id, local_id), {}), eid)
        )  # fmt: skip
    out.sort(key=lambda r: r.order)
    return out


def _local_order(local_id: str) -> str:
    digits = "".join(c for c in local_id if c.isdigit())
    return f"{int(digits):08d}{local_id}" if digits else local_id


def _candidates(conn: sqlite3.Connection, report: Report, *, placed: bool) -> list[Report]:
    """Reports sharing an actor (or, without actors, the name); ``placed``: in an event."""
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
    cond = "r.event_id IS NOT NULL" if placed else "1"
    if ids:
        marks = ",".join("?" * len(ids))
        where = (
            f"{cond} AND (r.doc_id, r.local_id) IN (SELECT doc_id, local_id "
            f"FROM report_participants WHERE actor_id IN ({marks}))"
        )
        return _load(conn, where, sorted(ids))
    if report.name:
        return _load(conn, f"{cond} AND r.name = ?", (report.name,))
    return []


# ------------------------------------------------------------------------ merging


def update(store: Store, doc_ids: Iterable[str] | None = None) -> int:
    """Merge every report not yet in an event (``doc_ids`` is accepted for clarity; all
    unplaced reports are taken, so an interrupted run heals). Call inside a transaction.
    Returns the number of reports placed."""
    del doc_ids
    conn = store.conn
    pending = _load(conn, "r.event_id IS NULL", ())
    touched: set[int] = set()
    relink: set[int] = set()
    for report in pending:
        matches: dict[int, str] = {}
        for other in _candidates(conn, report, placed=True):
            if other.event_id is None or other.event_id in matches:
                continue
            reason = compatible(report, other)
            if reason is not None:
                matches[other.event_id] = f"{reason} (with {other.doc_id[:12]} {other.local_id})"
        if matches:
            event_id = min(matches)
            for gone in sorted(matches):
                if gone != event_id:
                    _absorb(conn, event_id, gone, relink)
                    touched.discard(gone)
            reason = matches[event_id]
        else:
            event_id = _new_event(conn, report)
            reason = "first report"
        conn.execute(
            "UPDATE reports SET event_id = ? WHERE doc_id = ? AND local_id = ?",
            (event_id, report.doc_id, report.local_id),
        )
        conn.execute(
            "INSERT OR REPLACE INTO event_explanations(event_id, doc_id, local_id, reason) "
            "VALUES (?, ?, ?, ?)",
            (event_id, report.doc_id, report.local_id, reason),
        )
        touched.add(event_id)
    for event_id in sorted(touched):
        _refresh(conn, event_id)
    _relink(conn, sorted(touched | relink))
    return len(pending)


def rebuild(store: Store) -> int:
    """Recompute every merged event from ``reports``; call inside a transaction."""
    conn = store.conn
    conn.execute("UPDATE reports SET event_id = NULL")
    conn.execute("DELETE FROM event_explanations")
    conn.execute("DELETE FROM event_participants")
    conn.execute("UPDATE events SET planned_event_id = NULL")
    conn.execute("DELETE FROM events")
    return update(store)


def _new_event(conn: sqlite3.Connection, report: Report) -> int:
    cur = conn.execute(
        "INSERT INTO events(kind, status, n_sources) VALUES (?, ?, 0)", (report.kind, report.status)
    )
    return int(cur.lastrowid or 0)


def _absorb(conn: sqlite3.Connection, keep: int, gone: int, relink: set[int]) -> None:
    """Move every report of event ``gone`` into ``keep`` and drop ``gone``."""
    conn.execute("UPDATE reports SET event_id = ? WHERE event_id = ?", (keep, gone))
    conn.execute("UPDATE event_explanations SET event_id = ? WHERE event_id = ?", (keep, gone))
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
            for other in _candidates(conn, plan, placed=True):
                if other.event_id is not None and announces(plan, other):
                    held.add(other.event_id)
    for event_id in sorted(held):
        best: int | None = None
        for report in _load(conn, "r.event_id = ?", (event_id,)):
            for other in _candidates(conn, report, placed=True):
                if other.event_id is None or (best is not None and other.event_id >= best):
                    continue
                if announces(other, report):
                    best = other.event_id
        conn.execute("UPDATE events SET planned_event_id = ? WHERE id = ?", (best, event_id))
