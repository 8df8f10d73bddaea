"""The states listed after a plural counterpart noun ("seine Amtskollegen aus Ungarn und
Serbien, X und Y", "her counterparts from Hungary and Serbia, X and Y"): their list tells the
name finder that names follow, and each name is of its state in order."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.knowledge import PlaceMatch
    from communique.lang.profile import LanguageProfile
    from communique.lexicon import Match

MAX_RESPECTIVE = 6  # states a plural counterpart noun lists at most


def origin_states(
    text: str, end: int, state_at: Callable[[int], PlaceMatch | None], profile: LanguageProfile
) -> list[PlaceMatch]:
    """The states listed after a plural counterpart noun that ends at ``end`` and closed by
    a comma before the names ("Amtskollegen aus Ungarn und Serbien, X und Y", "counterparts
    from Hungary, Austria and Serbia, X, Y and Z"); [] where no such list follows.
    ``state_at``: the state named at an offset, if any."""
    origin = "|".join(re.escape(w) for w in profile.origin_words)
    joins = "|".join(re.escape(w) for w in sorted(profile.additive_coordinators))
    if not origin or not joins:
        return []
    lead = re.compile(rf"\s+(?:{origin})\s+").match(text, end)
    if lead is None:
        return []
    join = re.compile(rf"\s*,?\s+(?:{joins})\s+")
    comma = re.compile(r"\s*,\s*")
    found: list[PlaceMatch] = []
    at, joined = lead.end(), False
    while len(found) < MAX_RESPECTIVE:
        place = state_at(at)
        if place is None:
            return []
        found.append(place)
        step = join.match(text, place.end)
        if step is not None and not joined:
            joined, at = True, step.end()
            continue
        step = comma.match(text, place.end)
        if step is None:
            return []
        if joined:
            return found  # the comma that closes the list
        at = step.end()
    return []


def counterpart_lists(
    text: str, anaphora: list[Match], places: list[PlaceMatch], profile: LanguageProfile
) -> frozenset[int]:
    """Where the states listed after a plural counterpart noun end ("Amtskollegen aus Ungarn
    und Serbien, X und Y"): the names after them are introduced as after a title."""
    states = {p.start: p for p in places if p.kind == "state"}
    out: set[int] = set()
    for a in anaphora:
        if a.row.get("type") == "counterpart":
            listed = origin_states(text, a.end, states.get, profile)
            if listed:
                out.add(listed[-1].end)
    return frozenset(out)
