"""Read endpoints: documents, events, actors, dyads, the network, places, facets and search.
Each handler asks the store's read API (``Store``'s methods) and returns its typed values."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request

from communique import __version__
from communique.server.errors import ERROR_RESPONSES
from communique.server.filters import (
    DateFrom,
    DateTo,
    Filters,
    check_dates,
    codes_of,
    event_filters,
)
from communique.server.models import DocumentPageOut, EventDetail, EventOut, EventPage, Health
from communique.server.settings import Resources
from communique.store import Store
from communique.store.read import ActorProfile, StoredDocument
from communique.store.views import ActorMatch, Dyad, Facets, Network, Place, SearchHit

MAX_PAGE = 500

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)


def resources(request: Request) -> Resources:
    found: Resources = request.app.state.resources
    return found


Res = Annotated[Resources, Depends(resources)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"1..{MAX_PAGE}")]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
EventFilters = Annotated[Filters, Depends(event_filters)]


def _store(res: Resources) -> Store:
    return res.reader()


@router.get("/health", response_model=Health, tags=["meta"])
def health(res: Res) -> Health:
    """The server's version, the store's size, and whether ingest is open."""
    counts = _store(res).counts()
    return Health(
        status="ok",
        version=__version__,
        store=counts,
        ingest=res.settings.allow_ingest,
        languages=list(res.engine.languages),
    )


@router.get("/documents", response_model=DocumentPageOut, tags=["documents"])
def documents(res: Res, limit: Limit = 50, offset: Offset = 0) -> DocumentPageOut:
    """One page of the stored documents, in the order they were ingested."""
    page = _store(res).documents(limit=limit, offset=offset)
    return DocumentPageOut(
        documents=list(page.documents),
        total=page.total,
        offset=page.offset,
        limit=page.limit,
        next_offset=page.next_offset,
    )


DocId = Annotated[str, Path(min_length=1, max_length=128, pattern=r"^[0-9A-Za-z_.:-]+$")]


@router.get("/documents/{doc_id}", response_model=StoredDocument, tags=["documents"])
def document(res: Res, doc_id: DocId) -> StoredDocument:
    """One document: its text, its contract record (every span indexes the text) and the
    merged event each of its events joined."""
    return _store(res).document(doc_id)


@router.get("/events", response_model=EventPage, tags=["events"])
def events(
    res: Res,
    filters: EventFilters,
    sort: Annotated[str, Query(pattern=r"^-?date$", description="-date: newest first")] = "-date",
    limit: Limit = 50,
    offset: Offset = 0,
) -> EventPage:
    """Merged events matching every filter given, a page at a time."""
    q = filters.page(limit + 1, offset, oldest_first=sort == "date")
    rows = _store(res).events(q)
    return EventPage(
        events=[EventOut.of(r) for r in rows[:limit]],
        offset=offset,
        limit=limit,
        next_offset=offset + limit if len(rows) > limit else None,
        notes=list(filters.notes),
    )


EventId = Annotated[int, Path(ge=1, le=2**62)]
ActorId = Annotated[int, Path(ge=1, le=2**62)]


@router.get("/events/{event_id}", response_model=EventDetail, tags=["events"])
def event(res: Res, event_id: EventId) -> EventDetail:
    """One merged event in the layout of the events list, with every source report: its
    evidence span in the document's text and the reason it joined."""
    return EventDetail.from_event(_store(res).event(event_id))


@router.get("/actors", tags=["actors"])
def actors(
    res: Res,
    name: Annotated[str, Query(min_length=1, max_length=200, description="any spelling")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, list[ActorMatch]]:
    """Actors with a name (or a word of one) starting with ``name``, in any script."""
    return {"actors": list(_store(res).find_actors(name, limit=limit))}


@router.get("/actors/{actor_id}", response_model=ActorProfile, tags=["actors"])
def actor(
    res: Res, actor_id: ActorId, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> ActorProfile:
    """An actor: spellings, roles over time, counterparts ranked, events (newest first)."""
    return _store(res).actor(actor_id, limit=limit)


Side = Annotated[str, Query(min_length=1, max_length=200, description="name, ISO3 or org code")]


@router.get("/dyads", response_model=Dyad, tags=["actors"])
def dyad(
    request: Request,
    res: Res,
    a: Side,
    b: Side,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = 100,
) -> Dyad:
    """The meetings of two sides: per month, their topics, and the latest events."""
    check_dates(date_from, date_to)
    codes = codes_of(request)
    side_a, side_b = codes.side(a).code, codes.side(b).code
    return _store(res).dyad(side_a, side_b, date_from=date_from, date_to=date_to, limit=limit)


@router.get("/network", response_model=Network, tags=["events"])
def network(
    res: Res,
    filters: EventFilters,
    limit: Annotated[int, Query(ge=1, le=20_000, description="events read, newest first")] = 2000,
) -> Network:
    """Who met whom in the matching events (by default those that took place: ``status``
    occurred): actors as nodes, shared events as weighted edges."""
    q = filters.page(limit)
    if q.status is None:
        q = replace(q, status="occurred")
    return _store(res).network(q)


@router.get("/places", tags=["events"])
def places(
    res: Res,
    filters: EventFilters,
    limit: Annotated[int, Query(ge=1, le=50_000, description="events read, newest first")] = 5000,
) -> dict[str, list[Place]]:
    """The places of the matching events with coordinates, most events first."""
    return {"places": list(_store(res).places(filters.page(limit)))}


@router.get("/facets", response_model=Facets, tags=["events"])
def facets(request: Request, res: Res) -> Facets:
    """Values events can be filtered by, with their numbers of events."""
    states = codes_of(request).states
    return res.memo("facets", lambda: _store(res).facets(states))


@router.get("/search", tags=["documents"])
def search(
    res: Res,
    q: Annotated[str, Query(min_length=1, max_length=500, description="FTS5 query or words")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, list[SearchHit]]:
    """Documents whose title or text match, best first, with their best passage."""
    return {"results": list(_store(res).search(q, limit=limit))}
