"""A place, state, organisation, region or venue the knowledge base finds in a text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["state", "state_adj", "region", "city", "org", "venue"]


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    start: int
    end: int
    text: str
    kind: Kind
    key: str
    iso3: str | None
    affiliation: str | None
    lat: float | None
    lon: float | None
