"""Overviews of the store for people browsing it: actors found by any spelling, two sides'
meetings over time, the who-met-whom network, event places, filter values and full-text
search of documents.

``Store`` inherits these methods (``store.find_actors("Lavrov")``, ``store.network(q)``...);
like the rest of the read API they raise ``QueryError`` for a malformed question and
``StoreError`` when the database cannot be read, and never write.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from communique.store.identity import fold_name
from communique.store.query import (
    EventQuery,
    QueryError,
    event_ids,
    event_rows,
    participants_of,
)
from communique.store.read import EventSummary, StoreReads, _check_page
from communique.store.schema import fts_text
from communique.store.search import fts_phrase_query

MAX_NETWORK_EVENTS = 20_000
MAX_DYAD_EVENTS = 20_000
SNIPPET_WORDS = 16
RANKED_MATCHES = 10_000  # the newest matching documents a search ranks


@dataclass(frozen=True, slots=True)
class ActorMatch:
    id: int
    kind: str
    name: str
    affiliation: str | None
    n_events: int
    spellings: tuple[str, ...]  # every name seen, in order of first sight (at most 10)


@dataclass(frozen=True, slots=True)
class Count:
    value: str
    n: int


@dataclass(frozen=True, slots=True)
class Dyad:
    """The meetings of two sides: how many, per month, on which topics, and the latest."""

    a: str
    b: str
    n_events: int
    by_month: tuple[Count, ...]  # "YYYY-MM" (undated events not counted), oldest first
    topics: tuple[Count, ...]  # most frequent first
    events: tuple[EventSummary, ...]  # newest first, at most ``limit``


@dataclass(frozen=True, slots=True)
class Node:
    id: int
    name: str
    kind: str
    affiliation: str | None
    n_events: int  # events of the network this actor takes part in


@dataclass(frozen=True, slots=True)
class Edge:
    source: int
    target: int
    weight: int  # events both took part in


@dataclass(frozen=True, slots=True)
class Network:
    nodes: tuple[Node, ...]  # most events first
    edges: tuple[Edge, ...]  # heaviest first
    n_events: int  # events read (at most the query's limit)


@dataclass(frozen=True, slots=True)
class Place:
    location: str
    country: str | None
    lat: float
    lon: float
    n_events: int
    event_ids: tuple[int, ...]  # the newest 20


@dataclass(frozen=True, slots=True)
class Facets:
    kinds: tuple[Count, ...]
    statuses: tuple[Count, ...]
    countries: tuple[Count, ...]  # states (ISO3), most events first
    organizations: tuple[Count, ...]  # every other affiliation (EU, OSCE, ...)
    topics: tuple[Count, ...]
    date_min: str | None
    date_max: str | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    doc_id: str
    title: str | None
    source: str | None
    published: str | None
    language: str | None
    snippet: str  # the best passage, hits between "[" and "]"


def _counts(counter: Counter[str]) -> tuple[Count, ...]:
    return tuple(Count(v, n) for v, n in sorted(counter.items(), key=lambda x: (-x[1], x[0])))


class StoreViews(StoreReads):
    """Read methods for browsing (the HTTP API and dashboard); SQL stays here."""

    def find_actors(self, name: str, *, limit: int = 20) -> tuple[ActorMatch, ...]:
        """Actors with a spelling that starts with ``name`` or has a word that does (in any
        script: ``Lawrow``, ``Лавров`` and ``Lavrov`` find the same actor), most events first."""
        _check_page(limit)
        folded = fold_name(name)
        if not folded:
            raise QueryError(f"the name {name!r} has no letters")
        prefix = (folded, folded + "\uffff")
        ids = [
            int(a)
            for (a,) in self._all(
                "SELECT DISTINCT actor_id FROM actor_names WHERE folded >= ? AND folded < ?"
                " LIMIT ?",
                (*prefix, limit * 5),
            )
        ]
        if len(ids) < limit:  # a later word: "lavrov" in "sergei lavrov" (a scan, bounded)
            seen = set(ids)
            for (a,) in self._all(
                "SELECT DISTINCT actor_id FROM actor_names WHERE instr(folded, ?) > 0 LIMIT ?",
                (" " + folded, limit * 5),
            ):
                if int(a) not in seen:
                    seen.add(int(a))
                    ids.append(int(a))
        found: list[ActorMatch] = []
        for aid in ids:
            kind, full, aff = self._all(
                "SELECT kind, name, affiliation FROM actors WHERE id = ?", (aid,)
            )[0]
            (n,) = self._all("SELECT count(*) FROM event_participants WHERE actor_id = ?", (aid,))[
                0
            ]
            names = self._all(
                "SELECT name FROM actor_names WHERE actor_id = ? ORDER BY rowid LIMIT 10", (aid,)
            )
            found.append(ActorMatch(aid, kind, full, aff, int(n), tuple(s for (s,) in names)))
        found.sort(key=lambda m: (-m.n_events, m.name, m.id))
        return tuple(found[:limit])

    def dyad(
        self,
        a: str,
        b: str,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 100,
    ) -> Dyad:
        """Events with one participant for each side (name, ISO3 or organisation code)."""
        _check_page(limit)
        q = EventQuery(dyad=(a, b), date_from=date_from, date_to=date_to, limit=MAX_DYAD_EVENTS)
        rows = event_rows(self.conn, q)
        months = Counter(r.date_start[:7] for r in rows if r.date_start and len(r.date_start) >= 7)
        topics = Counter(t for r in rows for t in r.topics)
        return Dyad(
            a,
            b,
            len(rows),
            tuple(Count(m, n) for m, n in sorted(months.items())),
            _counts(topics),
            tuple(
                EventSummary(
                    r.id,
                    r.kind,
                    r.status,
                    r.date_start,
                    r.date_end,
                    r.location,
                    r.country,
                    r.name,
                    r.n_sources,
                )  # fmt: skip
                for r in rows[:limit]
            ),
        )

    def network(self, q: EventQuery) -> Network:
        """Who met whom in the events matching ``q`` (newest ``q.limit`` of them): one node per
        actor, one edge per pair of actors in the same event, weighted by shared events."""
        if q.limit is None or q.limit > MAX_NETWORK_EVENTS:
            raise QueryError(f"limit {q.limit}: a network reads at most {MAX_NETWORK_EVENTS}")
        ids = event_ids(self.conn, q)
        try:
            people = participants_of(self.conn, ids, roles=False)
        except sqlite3.Error as exc:
            raise self.error(exc) from exc
        nodes: dict[int, Any] = {}
        n_events: Counter[int] = Counter()
        weights: Counter[tuple[int, int]] = Counter()
        for members in people.values():
            for p in members:
                nodes.setdefault(p.actor_id, p)
                n_events[p.actor_id] += 1
            ids_here = sorted({p.actor_id for p in members})
            for i, x in enumerate(ids_here):
                for y in ids_here[i + 1 :]:
                    weights[(x, y)] += 1
        return Network(
            tuple(
                Node(a, nodes[a].name, nodes[a].kind, nodes[a].affiliation, n)
                for a, n in sorted(n_events.items(), key=lambda x: (-x[1], x[0]))
            ),
            tuple(
                Edge(x, y, w) for (x, y), w in sorted(weights.items(), key=lambda e: (-e[1], e[0]))
            ),
            len(ids),
        )

    def places(self, q: EventQuery) -> tuple[Place, ...]:
        """The places (with coordinates) of the events matching ``q``, most events first."""
        groups: dict[tuple[str, str | None, float, float], list[int]] = {}
        for r in event_rows(self.conn, q):
            if r.location and r.lat is not None and r.lon is not None:
                groups.setdefault((r.location, r.country, r.lat, r.lon), []).append(r.id)
        return tuple(
            Place(loc, country, lat, lon, len(ids), tuple(ids[:20]))
            for (loc, country, lat, lon), ids in sorted(
                groups.items(), key=lambda g: (-len(g[1]), g[0][0])
            )
        )

    def facets(self, states: Collection[str]) -> Facets:
        """The values events can be filtered by, with their number of events; an affiliation
        in ``states`` (the knowledge base's ISO3 codes) is a country, any other one an
        organisation."""
        kinds: Counter[str] = Counter()
        statuses: Counter[str] = Counter()
        for kind, status, n in self._all(
            "SELECT kind, status, count(*) FROM events GROUP BY kind, status"
        ):
            kinds[kind] += int(n)
            statuses[status] += int(n)
        affiliations = Counter(
            {
                str(a): int(n)
                for a, n in self._all(
                    "SELECT affiliation, count(*) FROM event_affiliations GROUP BY affiliation"
                )
            }
        )
        topics = Counter(
            {
                str(t): int(n)
                for t, n in self._all(
                    "SELECT j.value, count(*) FROM events e, json_each(e.topics) j"
                    " WHERE json_valid(e.topics) GROUP BY j.value"
                )
            }
        )
        (low,) = self._all("SELECT min(date_start) FROM events WHERE date_start IS NOT NULL")[0]
        (high,) = self._all("SELECT max(date_start) FROM events")[0]
        countries = Counter({a: n for a, n in affiliations.items() if a in states})
        others = Counter({a: n for a, n in affiliations.items() if a not in states})
        return Facets(
            _counts(kinds), _counts(statuses), _counts(countries), _counts(others),
            _counts(topics), low, high,
        )  # fmt: skip

    def search(self, text: str, *, limit: int = 20) -> tuple[SearchHit, ...]:
        """Documents matching a full-text query (FTS5 syntax, or plain words when it is not
        valid syntax), best first, each with its best passage. A query matching more than
        ``RANKED_MATCHES`` documents ranks the newest that many (ranking costs every match:
        a word in most of a million documents took a second)."""
        _check_page(limit)
        if not text.strip():
            raise QueryError("the full-text query is empty")
        try:
            return self._search(fts_text(text), limit)
        except sqlite3.OperationalError:  # not FTS5 syntax ("Kallas: Brüssel"): the words
            phrase = fts_phrase_query(text)
            if not phrase:
                raise QueryError(f"the full-text query {text!r} has no words") from None
            try:
                return self._search(fts_text(phrase), limit)
            except sqlite3.Error as exc:
                raise self.error(exc) from exc
        except sqlite3.Error as exc:
            raise self.error(exc) from exc

    def _search(self, fts: str, limit: int) -> tuple[SearchHit, ...]:
        oldest = self.conn.execute(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"
            " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (fts, RANKED_MATCHES - 1),
        ).fetchone()
        rows = self.conn.execute(
            "SELECT d.id, d.title, d.source, d.published, d.language,"
            f" snippet(documents_fts, -1, '[', ']', '…', {SNIPPET_WORDS})"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            " WHERE documents_fts MATCH ? AND documents_fts.rowid >= ? ORDER BY rank LIMIT ?",
            (fts, oldest[0] if oldest else 0, limit),
        ).fetchall()
        return tuple(SearchHit(*r) for r in rows)
