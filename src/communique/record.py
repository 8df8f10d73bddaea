"""The communique record (``../shared/CONTRACT.md``, schema ``communique.record/1``).

Typed objects that the pipeline fills and that serialise to the contract's JSON.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

from communique.spans import Span

SCHEMA = "communique.record/1"

ActorKind = Literal["person", "organization", "state"]
EventKind = Literal["meeting", "call", "conference"]
Status = Literal["occurred", "planned", "cancelled", "denied"]
STATUSES: tuple[Status, ...] = ("occurred", "planned", "cancelled", "denied")

# the classes of a state's government (its host when a visitor comes)
GOVERNMENT_CLASSES = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "deputy_foreign_minister",
    "minister",
    "deputy_minister",
)
ROLE_CLASSES = (
    *GOVERNMENT_CLASSES,
    "ambassador",
    "special_representative",
    "igo_leader",
    "igo_official",
    "legislator",
    "official",
    "other",
)

PLOVER_CONTEXTS = (
    "military", "intelligence", "executive", "legislative", "election",
    "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
    "reparations", "human_rights", "rights_freedoms", "repression", "human_security",
    "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
    "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime",
    "corruption", "illegal_drugs", "trafficking",
)  # fmt: skip


def text_id(text: str) -> str:
    """The document id: sha256 of the text, hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Document:
    text: str
    source: str = "<string>"
    language: str | None = None
    published: str | None = None
    title: str | None = None
    id: str = ""
    # where it was read ("news.jsonl:12", "page.html"): named in errors, not in the record
    origin: str = ""
    # where the text states its publication date, when ``published`` was read from it
    published_span: Span | None = None

    def __post_init__(self) -> None:
        if not self.origin:
            self.origin = self.source
        if not self.id:
            self.id = text_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "language": self.language,
            "published": self.published,
            "published_span": self.published_span.to_dict() if self.published_span else None,
            "title": self.title,
            "text": self.text,
        }


@dataclass(slots=True)
class Role:
    cls: str
    title: str  # the text's words ("stellvertretenden Außenministers")
    span: Span | None = None
    base: str | None = None  # their base form ("stellvertretende Außenminister")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"class": self.cls, "title": self.title, "base": self.base}
        if self.span is not None:
            out["span"] = self.span.to_dict()
        return out


@dataclass(slots=True)
class Actor:
    id: str
    kind: ActorKind
    name: str
    aliases: list[str] = field(default_factory=list)
    role: Role | None = None
    organization: str | None = None
    affiliation: str | None = None
    sector: str | None = None
    mentions: list[Span] = field(default_factory=list)
    # fields the text does not state, with the knowledge source each came from
    # ({"affiliation": "store:actor/412"}); every other field is stated in the text
    inferred: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "aliases": list(self.aliases),
            "role": self.role.to_dict() if self.role else None,
            "organization": {"name": self.organization} if self.organization else None,
            "affiliation": self.affiliation,
            "sector": self.sector,
            "mentions": [m.to_dict() for m in self.mentions],
            "inferred": dict(self.inferred),
        }


@dataclass(slots=True)
class Location:
    name: str  # as the text writes it ("Brüssel")
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    span: Span | None = None
    canonical: str | None = None  # the gazetteer's (English) name ("Brussels")
    geonames: int | None = None  # GeoNames id of a city

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "canonical": self.canonical,
            "geonames": self.geonames,
        }
        if self.span is not None:
            out["span"] = self.span.to_dict()
        return out


@dataclass(slots=True)
class DateValue:
    """A date as the text gives it: ``start``/``end`` are YYYY, YYYY-MM or YYYY-MM-DD, or None
    when the expression cannot be fixed (relative with no publication date)."""

    text: str
    start: str | None
    end: str | None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.span is not None:
            out["span"] = self.span.to_dict()
        return out


@dataclass(slots=True)
class Postponement:
    """A meeting moved, not refused: status ``cancelled`` with this beside it."""

    span: Span  # the words that say so ("verschoben", "postponed")
    to: DateValue | None = None  # the new date, when the text gives one

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_dict(), "to": self.to.to_dict() if self.to else None}


@dataclass(slots=True)
class Plover:
    event: str
    mode: str | None
    contexts: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.event, "mode": self.mode, "contexts": list(self.contexts)}


@dataclass(slots=True)
class Event:
    id: str
    kind: EventKind
    status: Status
    participants: list[str]
    location: Location | None = None
    date: DateValue | None = None
    name: str | None = None
    topics: list[str] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    plover: Plover | None = None
    cameo: str | None = None
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    postponed: Postponement | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "postponed": self.postponed.to_dict() if self.postponed else None,
            "participants": list(self.participants),
            "location": self.location.to_dict() if self.location else None,
            "date": self.date.to_dict() if self.date else None,
            "name": self.name,
            "topics": list(self.topics),
            "agenda": list(self.agenda),
            "plover": self.plover.to_dict() if self.plover else None,
            "cameo": self.cameo,
            "evidence": [e.to_dict() for e in self.evidence],
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Quote:
    speaker: str | None
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "text": self.text, "span": self.span.to_dict()}


@dataclass(slots=True)
class Claim:
    text: str
    value: float | None
    unit: str | None
    qualifier: str | None
    span: Span
    quantity: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        value: float | int | None = self.value
        if value is not None and float(value).is_integer():
            value = int(value)
        return {
            "text": self.text,
            "value": value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "span": self.span.to_dict(),
            "quantity": self.quantity.to_dict() if self.quantity else None,
        }


@dataclass(slots=True)
class Record:
    document: Document
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extractor: str = ""

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "extractor": self.extractor,
            "document": self.document.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "warnings": list(self.warnings),
        }
