"""Text for people at a terminal: one aligned-table renderer, and the summaries built on it
of a record (``extract --format table``), of query rows (``query --format table``) and of a
merged event's sources (``explain``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from communique.record import Record

if TYPE_CHECKING:
    from communique.store.query import EventRow
    from communique.store.read import Event

_LABEL = 6  # width of the labels of a record summary ("where:", "quote:")
_INDENT = "   "


def table(
    columns: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    *,
    sep: str = "  ",
    indent: str = "",
    min_widths: Sequence[int] = (),
    max_widths: Mapping[int, int] | None = None,
) -> str:
    """Rows of cells as aligned lines under an optional header: each column as wide as its
    widest cell, at least ``min_widths[i]``, padded to at most ``max_widths[i]`` (a longer
    cell runs on, it never wraps); trailing blanks are stripped."""
    lines = [list(columns)] if columns is not None else []
    lines += [list(r) for r in rows]
    if not lines:
        return ""
    widths = [max(len(r[i]) for r in lines) for i in range(len(lines[0]))]
    for i, w in enumerate(min_widths):
        widths[i] = max(widths[i], w)
    for i, w in (max_widths or {}).items():
        widths[i] = min(widths[i], w)
    return "\n".join(
        indent + sep.join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in lines
    )


def _labelled(rows: list[tuple[str, str]]) -> list[str]:
    """``   who:   value`` lines of a record summary, labels aligned."""
    if not rows:
        return []
    return [table(None, rows, sep=" ", indent=_INDENT, min_widths=(_LABEL,))]


def _actor_label(record: Record, actor_id: str) -> str:
    a = record.actor(actor_id)
    if a is None:
        return actor_id
    bits = [a.name]
    extra = ", ".join(x for x in (a.role.title if a.role else None, a.affiliation) if x)
    if extra:
        bits.append(f"({extra})")
    return " ".join(bits)


def render_table(record: Record) -> str:
    doc = record.document
    lines = [
        f"== {doc.source}  [{doc.language or '?'}"
        + (f", published {doc.published}" if doc.published else "")
        + f"]  {len(record.events)} events, {len(record.actors)} people,"
        f" {len(record.quotes)} quotes, {len(record.claims)} claims"
    ]
    for w in record.warnings:
        lines.append(f"   ! {w}")
    for ev in record.events:
        head = f"{ev.id} {ev.kind} · {ev.status}"
        if ev.name:
            head += f" · {ev.name}"
        lines.append(head)
        fields: list[tuple[str, str]] = []
        if ev.participants:
            fields.append(("who:", "; ".join(_actor_label(record, p) for p in ev.participants)))
        if ev.location:
            loc = ev.location
            coords = (
                f" {loc.lat:.2f},{loc.lon:.2f}"
                if loc.lat is not None and loc.lon is not None
                else ""
            )
            fields.append(("where:", f"{loc.name} [{loc.country or '?'}]{coords}"))
        if ev.date:
            span = ev.date.start or "?"
            if ev.date.end and ev.date.end != ev.date.start:
                span += f" .. {ev.date.end}"
            fields.append(("when:", f"{ev.date.text} → {span}"))
        if ev.topics:
            fields.append(("about:", ", ".join(ev.topics + [f"“{a}”" for a in ev.agenda])))
        if ev.plover:
            fields.append(
                ("code:", f"PLOVER {ev.plover.event}/{ev.plover.mode} · CAMEO {ev.cameo}")
            )
        lines += _labelled(fields)
    said: list[tuple[str, str]] = []
    for q in record.quotes:
        speaker = _actor_label(record, q.speaker) if q.speaker else "unknown speaker"
        snippet = q.text if len(q.text) <= 90 else q.text[:87] + "…"
        said.append(("quote:", f"{speaker}: „{snippet}“"))
    for c in record.claims:
        qty = c.quantity.text if c.quantity else c.text
        said.append(("claim:", f"{qty}  (value={c.to_dict()['value']}, unit={c.unit})"))
    lines += _labelled(said)
    return "\n".join(lines)


# ------------------------------------------------------------------------ the store

EVENT_TABLE_COLUMNS = ("id", "date", "kind", "status", "place", "participants", "sources")


def _when(start: str | None, end: str | None) -> str | None:
    return f"{start}..{end}" if start and end and end != start else start


def events_table(rows: Sequence[EventRow]) -> str:
    """Query rows, one line per event; a long participant list runs on, it never wraps."""
    cells = [
        [
            str(ev.id),
            _when(ev.date_start, ev.date_end) or "-",
            ev.kind,
            ev.status,
            ", ".join(x for x in (ev.location, ev.country) if x) or "-",
            "; ".join(
                f"{p.name} ({p.affiliation})" if p.affiliation else p.name for p in ev.participants
            )
            or "-",
            str(ev.n_sources),
        ]
        for ev in rows
    ]
    body = table(EVENT_TABLE_COLUMNS, cells, max_widths={5: 80})
    return f"{body}\n({len(rows)} event{'s' if len(rows) != 1 else ''})"


def explanation(ev: Event) -> str:
    """A merged event, its participants, and every source report with why it joined."""
    when = _when(ev.date_start, ev.date_end) or "date unknown"
    name = f" {ev.name!r}" if ev.name else ""
    lines = [
        f"event {ev.id}: {ev.kind} {ev.status} {when} {ev.location or 'place unknown'}{name}",
        f"participants: {', '.join(p.name for p in ev.participants) or '-'}",
    ]
    if ev.planned_event_id is not None:
        lines.append(f"announced as planned event {ev.planned_event_id}")
    lines.append(f"{ev.n_sources} source report(s):")
    lines += [f"  {r.source or ''} {r.local_id} [{r.doc_id[:12]}]: {r.reason}" for r in ev.reports]
    return "\n".join(lines)
