"""Each event of a text's record as (kind, status, the names of its participants), shared by
the row tests of whole texts."""

from __future__ import annotations

from communique.pipeline import Communique


def event_rows(
    engine: Communique, lang: str, text: str, published: str
) -> list[tuple[str, str, set[str]]]:
    record = engine.extract(text, lang=lang, published=published)
    names = {a.id: a.name for a in record.actors}
    return [(e.kind, e.status, {names[p] for p in e.participants}) for e in record.events]
