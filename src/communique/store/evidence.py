"""Whether two reports (events of two documents) tell of the same meeting, call or conference.

A person merging reports by hand weighs who took part, what kind of gathering it was, where,
and when. This module holds that judgement as two relations over :class:`Report`:

- ``compatible(a, b)`` says *why* two reports are the same event (or None): positive evidence
  on participants, time and place, with no contradiction;
- ``conflict(a, b)`` says why two reports can *not* be the same event (or None): a hard
  contradiction (the same document, another kind or status, dates that do not overlap, other
  places, a bilateral meeting of other people, publication dates too far apart). Merging
  (``store.merging``) lets a report join a group only when it conflicts with none of its
  members, so unrelated events never chain together through a neighbour.

Evidence of time is the events' resolved dates, or else the documents' publication dates,
which may be partial (``2025-02``: any day of February) and are used within a window that
depends on the kind: a call is reported within days, a conference for a while after its end.
A publication date known only to the year is no evidence of time.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from communique.store.identity import fold_name, sound_key, surname_of

KIND_GROUP = {"meeting": "meeting", "conference": "meeting", "call": "call"}
# days after an event's (last) date within which a report of it is published
REPORT_WINDOW = {"call": 3, "meeting": 5, "conference": 10}
# a partial publication date wider than this (a year) says nothing about when
_WIDEST_PUBLICATION = 31
_PLANNED_HORIZON = dt.timedelta(days=90)
_SAME_CITY_KM = 30.0
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Report:
    """One event of one document, as the store keeps it. ``published`` is the first day the
    document's publication date allows and ``published_end`` the last (the same day for an
    exact date; None: as ``published``)."""

    doc_id: str
    local_id: str
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
    published_end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None and self.end is not None

    def publication(self) -> tuple[dt.date, dt.date] | None:
        """The publication period, when it is narrow enough to date a report."""
        if self.published is None:
            return None
        last = self.published_end or self.published
        if (last - self.published).days > _WIDEST_PUBLICATION:
            return None
        return self.published, last


def window(a: Report, b: Report) -> dt.timedelta:
    """How long after an event its reports appear, for the kinds of two reports."""
    days = max(REPORT_WINDOW.get(a.kind, 5), REPORT_WINDOW.get(b.kind, 5))
    return dt.timedelta(days=days)


# ---------------------------------------------------------------- participants


def shared(a: Report, b: Report) -> int:
    """Participants the two reports share; a surname-only actor matches by surname, and a
    person by the sound of a name of the same initial (Trump, Трамп): evidence that two
    reports tell one meeting, not that the two are one actor."""
    common = set(a.actors) & set(b.actors)
    count = len(common)
    rest_b = [k for i, k in b.actors.items() if i not in common]
    used: set[int] = set()
    for key in (k for i, k in a.actors.items() if i not in common):
        surname = surname_of(key)
        if surname is None:
            continue
        sound = sound_key(key)
        for j, other in enumerate(rest_b):
            if j in used:
                continue
            same_surname = surname_of(other) == surname
            if (same_surname and (key.endswith(":") or other.endswith(":"))) or (
                sound is not None and not same_surname and sound_key(other) == sound
            ):
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
    common = shared(a, b)
    smaller = min(len(a.actors), len(b.actors))
    if common >= 2:
        return f"{common} shared participants", False
    if common >= 1 and common == smaller:
        return f"all {common} participant(s) of the smaller report shared", common == 1
    return None, False


# ------------------------------------------------------------------------ time


def _published_text(r: Report) -> str:
    """The publication date as given: a day, or a month ("2025-02")."""
    lo, hi = r.published, r.published_end or r.published
    if lo is None or hi is None or lo == hi:
        return f"{lo}"
    if lo.day == 1 and (lo.year, lo.month) == (hi.year, hi.month) and (hi + _DAY).day == 1:
        return f"{lo:%Y-%m}"
    return f"{lo}..{hi}"


def _dates_reason(a: Report, b: Report, *, strict: bool) -> str | None:
    if a.dated and b.dated:
        assert a.start and a.end and b.start and b.end
        if a.start <= b.end and b.start <= a.end:
            return f"dates {a.start}/{b.start} overlap"
        return None
    if strict:  # one shared participant: only known dates are evidence enough
        return None
    late = window(a, b)
    if not a.dated and not b.dated:
        pa, pb = a.publication(), b.publication()
        if pa and pb and pa[0] <= pb[1] + late and pb[0] <= pa[1] + late:
            return (
                f"dates unknown, published {_published_text(a)}/{_published_text(b)} "
                f"within {late.days} days"
            )
        return None
    dated, undated = (a, b) if a.dated else (b, a)
    pub = undated.publication()
    assert dated.start and dated.end
    if pub and dated.start - _DAY <= pub[1] and pub[0] <= dated.end + late:
        return (
            f"date {dated.start}, report published {_published_text(undated)} "
            f"within {late.days} days after"
        )
    return None


def _dates_conflict(a: Report, b: Report) -> str | None:
    late = window(a, b)
    if a.dated and b.dated:
        assert a.start and a.end and b.start and b.end
        if a.start > b.end or b.start > a.end:
            return f"dates {a.start}/{b.start} differ"
        return None
    if not a.dated and not b.dated:
        pa, pb = a.publication(), b.publication()
        if pa and pb and (pa[0] > pb[1] + late or pb[0] > pa[1] + late):
            return f"published {_published_text(a)}/{_published_text(b)} too far apart"
        return None
    dated, undated = (a, b) if a.dated else (b, a)
    pub = undated.publication()
    assert dated.start and dated.end
    if pub is None:
        return None
    if pub[0] > dated.end + late:
        return f"report published {_published_text(undated)} long after {dated.start}"
    if dated.status == "occurred" and pub[1] < dated.start - _DAY:
        return f"report published {_published_text(undated)} before {dated.start}"
    return None


# ----------------------------------------------------------------------- place


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


# -------------------------------------------------------------------- relations


def conflict(a: Report, b: Report) -> str | None:
    """Why two reports cannot tell of the same event, or None when nothing contradicts."""
    if a.doc_id == b.doc_id:
        return "same document"
    if KIND_GROUP.get(a.kind) != KIND_GROUP.get(b.kind):
        return f"{a.kind} / {b.kind}"
    if a.status != b.status:
        return f"{a.status} / {b.status}"
    when = _dates_conflict(a, b)
    if when is not None:
        return when
    if a.location and b.location and _place_reason(a, b) is None:
        return f"places {a.location}/{b.location} differ"
    bilateral = a.kind != "conference" and b.kind != "conference"
    if bilateral and a.actors and b.actors and shared(a, b) == 0:
        return "no participant in common"
    return None


def compatible(a: Report, b: Report) -> str | None:
    """Why two reports describe the same event, or None when they do not."""
    if a.doc_id == b.doc_id or a.status != b.status:
        return None
    return _match(a, b, planned=False)


def _match(a: Report, b: Report, *, planned: bool) -> str | None:
    if KIND_GROUP.get(a.kind) != KIND_GROUP.get(b.kind):
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
    if plan.dated and held.dated:
        assert plan.start and plan.end and held.start and held.end
        if plan.start <= held.end and held.start <= plan.end:
            return f"planned {plan.start} overlaps held {held.start}"
        return None
    held_pub = held.publication()
    when = held.start or (held_pub[0] if held_pub else None)
    plan_pub = plan.publication()
    if not plan.dated and plan_pub and when:
        if plan_pub[0] <= when <= plan_pub[1] + _PLANNED_HORIZON:
            return f"held {when} within 90 days after announcement {_published_text(plan)}"
        return None
    if plan.dated and not held.dated and held_pub:
        assert plan.start and plan.end
        if plan.start <= held_pub[1] and held_pub[0] <= plan.end + window(plan, held):
            return f"planned {plan.start}, report published {_published_text(held)}"
    return None


def announces(plan: Report, held: Report) -> str | None:
    """Why a planned report announces a held (occurred or cancelled) one, or None."""
    if plan.status != "planned" or held.status == "planned" or plan.doc_id == held.doc_id:
        return None
    return _match(plan, held, planned=True)
