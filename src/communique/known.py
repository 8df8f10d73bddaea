"""Known actors: what the text does not say about a person, from a named knowledge source.

"Prime Minister Narendra Modi" names no state; a store that has seen "India's Prime
Minister Narendra Modi" in other documents knows it. A ``KnownActors`` source (the store's
registry of actors seen with titles, ``communique.store.registry``) answers for one actor;
the answer fills only fields the text leaves empty, and each filled field is listed in the
actor's ``inferred`` object with the source it came from (``"store:actor/412"``), as the
contract requires: a field without a span or a knowledge source is never output.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from communique.record import Actor, Record


@dataclass(frozen=True, slots=True)
class KnownFacts:
    """What a knowledge source knows of one actor, and its name for where it knows it."""

    source: str  # "store:actor/412"
    affiliation: str | None = None
    organization: str | None = None


class KnownActors(Protocol):
    def lookup(self, actor: Actor, record: Record) -> KnownFacts | None:
        """What is known of ``actor`` of ``record`` from outside its text (None: nothing)."""
        ...


def apply_known(record: Record, known: KnownActors) -> int:
    """Fill the affiliations (and organisations) that the text leaves empty from ``known``;
    returns how many fields were filled."""
    filled = 0
    for actor in record.actors:
        if actor.kind != "person" or actor.affiliation:
            continue
        facts = known.lookup(actor, record)
        if facts is None or not facts.affiliation:
            continue
        actor.affiliation = facts.affiliation
        actor.inferred["affiliation"] = facts.source
        filled += 1
        if actor.organization is None and facts.organization:
            actor.organization = facts.organization
            actor.inferred["organization"] = facts.source
            filled += 1
    return filled
