"""The event filters of a request (those of ``communique query``), checked and mapped to what
the store keeps, with a note for each value read as something else."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated

from fastapi import Query, Request

from communique.store.filters import Codes
from communique.store.query import EventQuery, QueryError, check_date


@dataclass(frozen=True, slots=True)
class Filters:
    query: EventQuery
    notes: tuple[str, ...]

    def page(self, limit: int | None, offset: int = 0, *, oldest_first: bool = False) -> EventQuery:
        return replace(self.query, limit=limit, offset=offset, oldest_first=oldest_first)


DateFrom = Annotated[str | None, Query(alias="from", max_length=10, description="YYYY[-MM[-DD]]")]
DateTo = Annotated[str | None, Query(alias="to", max_length=10, description="YYYY[-MM[-DD]]")]


def check_dates(date_from: str | None, date_to: str | None) -> None:
    """Raise ``QueryError`` naming the API's parameter (not the command line's option) for a
    date that is not one, or a range that ends before it starts."""
    for name, value in (("from", date_from), ("to", date_to)):
        if value:
            check_date(value, name)
    if date_from and date_to and date_from[: len(date_to)] > date_to:
        raise QueryError(f"from {date_from} is after to {date_to}")


def codes_of(request: Request) -> Codes:
    codes: Codes | None = getattr(request.app.state, "codes", None)
    if codes is None:
        codes = request.app.state.codes = Codes.load()
    return codes


def event_filters(
    request: Request,
    actor: Annotated[
        list[str] | None, Query(description="a participant in any spelling (repeat: all)")
    ] = None,
    country: Annotated[
        str | None, Query(max_length=200, description="a state: ISO3, ISO2 or a name")
    ] = None,
    org: Annotated[
        str | None, Query(max_length=200, description="an organisation: code or name")
    ] = None,
    dyad_a: Annotated[str | None, Query(max_length=200, description="one side of a dyad")] = None,
    dyad_b: Annotated[str | None, Query(max_length=200, description="the other side")] = None,
    kind: Annotated[str | None, Query(max_length=50)] = None,
    status: Annotated[str | None, Query(max_length=50)] = None,
    topic: Annotated[str | None, Query(max_length=100)] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    q: Annotated[str | None, Query(max_length=500, description="full-text query")] = None,
) -> Filters:
    check_dates(date_from, date_to)
    codes = codes_of(request)
    notes: list[str] = []
    mapped_country = mapped_org = None
    if country:
        m = codes.country(country, "country")
        mapped_country = m.code
        notes += [m.note] if m.note else []
    if org:
        m = codes.organization(org, "org")
        mapped_org = m.code
        notes += [m.note] if m.note else []
    dyad = None
    if dyad_a or dyad_b:
        if not (dyad_a and dyad_b):
            raise QueryError("a dyad needs both sides: dyad_a and dyad_b")
        sides = []
        for side in (dyad_a, dyad_b):
            m = codes.side(side)
            sides.append(m.code)
            notes += [m.note] if m.note else []
        dyad = (sides[0], sides[1])
    query = EventQuery(
        actors=tuple(actor or ()),
        country=mapped_country,
        org=mapped_org,
        dyad=dyad,
        kind=kind or None,
        status=status or None,
        topic=topic or None,
        date_from=date_from or None,
        date_to=date_to or None,
        text=q if q and q.strip() else None,
    )
    query.check()
    return Filters(query, tuple(notes))
