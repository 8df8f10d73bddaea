"""The store's registry of actors: what other documents state about a person.

A person whose affiliation a text does not state ("Prime Minister Narendra Modi") may have
been seen in other stored documents with one ("India's Prime Minister Narendra Modi"). The
registry answers by the person's cross-document key (``store.identity``: folded surname and
first initial, so a full name is needed), from the role attestations of *other* documents
(never the one being extracted), and only when they agree: one affiliation, attested at
least ``MIN_ATTESTATIONS`` times, and no other affiliation attested. Affiliations that were
themselves inferred are not attestations (``identity.resolve_actors`` keeps them out), so
knowledge never feeds on itself.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from communique.known import KnownFacts
from communique.record import Actor, Record
from communique.store.identity import actor_key

if TYPE_CHECKING:
    from communique.store.database import Store

MIN_ATTESTATIONS = 1  # documents that must state the affiliation


class StoreRegistry:
    """``KnownActors`` over an open store (see ``communique.known``)."""

    def __init__(self, store: Store, min_attestations: int = MIN_ATTESTATIONS) -> None:
        self.store = store
        self.min_attestations = min_attestations

    def lookup(self, actor: Actor, record: Record) -> KnownFacts | None:
        if actor.kind != "person":
            return None
        key = actor_key(actor, record)
        if key.endswith(":"):
            return None  # a surname alone names too many people
        try:
            row = self.store.conn.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            actor_id = int(row[0])
            rows = self.store.conn.execute(
                "SELECT affiliation, organization, count(DISTINCT doc_id) FROM actor_roles "
                "WHERE actor_id = ? AND affiliation IS NOT NULL AND doc_id != ? "
                "GROUP BY affiliation, organization",
                (actor_id, record.document.id),
            ).fetchall()
        except sqlite3.Error as exc:
            raise self.store.error(exc) from exc
        affiliations = {str(a) for a, _, _ in rows}
        if len(affiliations) != 1:
            return None  # never attested, or attested with several: the text must say
        seen = sum(int(n) for _, _, n in rows)
        if seen < self.min_attestations:
            return None
        organizations = {str(o) for _, o, _ in rows if o}
        return KnownFacts(
            source=f"store:actor/{actor_id}",
            affiliation=affiliations.pop(),
            organization=organizations.pop() if len(organizations) == 1 else None,
        )
