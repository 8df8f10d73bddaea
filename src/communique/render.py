"""Readable summaries of records for people at a terminal (``--format table``)."""

from __future__ import annotations

from communique.record import Record


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
        if ev.participants:
            lines.append("   who:   " + "; ".join(_actor_label(record, p) for p in ev.participants))
        if ev.location:
            loc = ev.location
            coords = (
                f" {loc.lat:.2f},{loc.lon:.2f}"
                if loc.lat is not None and loc.lon is not None
                else ""
            )
            lines.append(f"   where: {loc.name} [{loc.country or '?'}]{coords}")
        if ev.date:
            span = ev.date.start or "?"
            if ev.date.end and ev.date.end != ev.date.start:
                span += f" .. {ev.date.end}"
            lines.append(f"   when:  {ev.date.text} → {span}")
        if ev.topics:
            lines.append("   about: " + ", ".join(ev.topics + [f"“{a}”" for a in ev.agenda]))
        if ev.plover:
            lines.append(f"   code:  PLOVER {ev.plover.event}/{ev.plover.mode} · CAMEO {ev.cameo}")
    for q in record.quotes:
        speaker = _actor_label(record, q.speaker) if q.speaker else "unknown speaker"
        snippet = q.text if len(q.text) <= 90 else q.text[:87] + "…"
        lines.append(f"   quote: {speaker}: „{snippet}“")
    for c in record.claims:
        qty = c.quantity.text if c.quantity else c.text
        lines.append(f"   claim: {qty}  (value={c.to_dict()['value']}, unit={c.unit})")
    return "\n".join(lines)
