"""The contract's JSON back into a ``Record``: the inverse of ``Record.to_dict``.

Records made elsewhere (by ``communique batch`` on a Dask worker) are stored without being
extracted again; the store needs the typed record for that. Every span is checked against the
document's text, so a record that does not fit its text is refused (``InputError``) instead of
stored.
"""

from __future__ import annotations

from typing import Any

from communique.errors import InputError
from communique.record import (
    Actor,
    Claim,
    DateValue,
    Document,
    Event,
    Location,
    Plover,
    Postponement,
    Quote,
    Record,
    Role,
)
from communique.spans import Span


def record_from_dict(value: dict[str, Any], where: str) -> Record:
    """The ``Record`` of a contract JSON object; ``InputError`` naming ``where`` when it is
    not one (a field missing or of the wrong type, a span outside the text)."""
    try:
        return _Loader(value["document"]["text"]).record(value, where)
    except InputError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(where, f"not a communique record ({type(exc).__name__}: {exc})") from exc


class _Loader:
    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError("document.text is not a string")
        self.text = text
        self.where = ""

    def record(self, value: dict[str, Any], where: str) -> Record:
        self.where = where
        d = value["document"]
        doc = Document(
            text=self.text,
            source=d["source"],
            language=d.get("language"),
            published=d.get("published"),
            title=d.get("title"),
            id=d["id"],
            origin=where,
            published_span=self.span_or_none(d.get("published_span")),
        )
        return Record(
            document=doc,
            actors=[self.actor(a) for a in value.get("actors", [])],
            events=[self.event(e) for e in value.get("events", [])],
            quotes=[
                Quote(q.get("speaker"), q["text"], self.span(q["span"]))
                for q in value.get("quotes", [])
            ],
            claims=[self.claim(c) for c in value.get("claims", [])],
            warnings=[str(w) for w in value.get("warnings", [])],
            extractor=str(value.get("extractor", "")),
        )

    def span(self, value: dict[str, Any]) -> Span:
        start, end, piece = int(value["start"]), int(value["end"]), str(value["text"])
        if not (0 <= start <= end <= len(self.text)) or self.text[start:end] != piece:
            raise InputError(self.where, f"span {start}:{end} does not index the text")
        return Span(start, end, piece)

    def span_or_none(self, value: dict[str, Any] | None) -> Span | None:
        return None if value is None else self.span(value)

    def actor(self, a: dict[str, Any]) -> Actor:
        role = a.get("role")
        org = a.get("organization")
        return Actor(
            id=a["id"],
            kind=a["kind"],
            name=a["name"],
            aliases=list(a.get("aliases", [])),
            role=None
            if role is None
            else Role(
                role["class"], role["title"], self.span_or_none(role.get("span")), role.get("base")
            ),
            organization=org["name"] if org else None,
            affiliation=a.get("affiliation"),
            sector=a.get("sector"),
            mentions=[self.span(m) for m in a.get("mentions", [])],
            inferred=dict(a.get("inferred", {})),
        )

    def date(self, value: dict[str, Any] | None) -> DateValue | None:
        if value is None:
            return None
        return DateValue(
            value["text"],
            value.get("start"),
            value.get("end"),
            self.span_or_none(value.get("span")),
        )

    def event(self, e: dict[str, Any]) -> Event:
        loc = e.get("location")
        plover = e.get("plover")
        postponed = e.get("postponed")
        return Event(
            id=e["id"],
            kind=e["kind"],
            status=e["status"],
            participants=list(e.get("participants", [])),
            location=None
            if loc is None
            else Location(
                loc["name"],
                loc.get("country"),
                loc.get("lat"),
                loc.get("lon"),
                self.span_or_none(loc.get("span")),
                canonical=loc.get("canonical"),
                geonames=loc.get("geonames"),
            ),
            date=self.date(e.get("date")),
            name=e.get("name"),
            topics=list(e.get("topics", [])),
            agenda=list(e.get("agenda", [])),
            plover=None
            if plover is None
            else Plover(plover["event"], plover.get("mode"), list(plover.get("contexts", []))),
            cameo=e.get("cameo"),
            evidence=[self.span(s) for s in e.get("evidence", [])],
            confidence=float(e.get("confidence", 0.5)),
            postponed=None
            if postponed is None
            else Postponement(self.span(postponed["span"]), self.date(postponed.get("to"))),
        )

    def claim(self, c: dict[str, Any]) -> Claim:
        value = c.get("value")
        return Claim(
            c["text"],
            None if value is None else float(value),
            c.get("unit"),
            c.get("qualifier"),
            self.span(c["span"]),
            self.span_or_none(c.get("quantity")),
        )
