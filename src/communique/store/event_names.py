"""An event's name is never an actor: the exports' guard.

Extraction does not make a person of a gathering's name ("G7 Foreign Ministers Meeting",
"Ukraine Recovery Conference": ``mentions.find_mentions`` blocks event nouns and the names
before a gathering's noun). A store written by an older extractor may still hold such actors,
and a name heard in one language may stand in a text of another ("Worldwide Developers
Conference" in a German article), so every export leaves out actors whose name is an event
name by the event nouns of *every* language pack (``lang/<code>/events.tsv``): a noun row of
an event kind (not a false friend of kind ``none``) that is ``strong``, or whose words include
one of the pack's ``name_heads`` ("Conference", "Gipfel", "Forum"). A weak noun alone ("Jeff
Sessions": "sessions") is no evidence.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.lang import PACKAGE_ROOT, pack_codes
from communique.lexicon import LanguageData, PatternTable
from communique.store.query import EventRow, iter_events


@dataclass(frozen=True, slots=True)
class EventNames:
    """The event nouns of the language packs, asked whether a name names a gathering."""

    packs: tuple[tuple[PatternTable, frozenset[str]], ...]  # (events table, name heads)

    @classmethod
    def load(cls, root: Path = PACKAGE_ROOT) -> EventNames:
        packs = []
        for code in pack_codes(root):
            data = LanguageData(code, root)
            if data.events.rows:
                packs.append((data.events, data.words("name_heads")))
        return cls(tuple(packs))

    def event_noun(self, name: str) -> str | None:
        """The event noun that makes ``name`` an event's name, if any."""
        for table, heads in self.packs:
            for m in table.finditer(name):
                kind, pos = m.row.get("kind"), m.row.get("pos")
                if kind in ("", "none") or pos != "noun":
                    continue
                if m.row.get("strength") == "strong" or heads & set(re.findall(r"\w+", m.text)):
                    return m.text
        return None

    def is_event_name(self, name: str) -> bool:
        return self.event_noun(name) is not None


def event_name_actors(conn: sqlite3.Connection, names: EventNames) -> frozenset[int]:
    """Ids of the store's actors whose name is an event name."""
    return frozenset(
        int(aid) for aid, name in conn.execute("SELECT id, name FROM actors")
        if names.is_event_name(name)
    )  # fmt: skip


def without_actors(ev: EventRow, actor_ids: frozenset[int]) -> EventRow:
    """The event without the participants ``actor_ids``."""
    if not actor_ids or not any(p.actor_id in actor_ids for p in ev.participants):
        return ev
    kept = tuple(p for p in ev.participants if p.actor_id not in actor_ids)
    return dataclasses.replace(ev, participants=kept)


def exported_events(conn: sqlite3.Connection) -> Iterator[EventRow]:
    """Every merged event as the exports write it: no participant named like an event."""
    excluded = event_name_actors(conn, EventNames.load())
    for ev in iter_events(conn):
        yield without_actors(ev, excluded)


def record_without_event_names(record: dict[str, Any], names: EventNames) -> dict[str, Any]:
    """A document's contract record without actors named like an event: they leave the
    ``actors`` list, the events' participants and the quotes' speakers."""
    actors = record.get("actors") or []
    dropped = {a.get("id") for a in actors if names.is_event_name(str(a.get("name") or ""))}
    if not dropped:
        return record
    out = dict(record)
    out["actors"] = [a for a in actors if a.get("id") not in dropped]
    out["events"] = [
        {**e, "participants": [p for p in e.get("participants") or [] if p not in dropped]}
        for e in record.get("events") or []
    ]
    if record.get("quotes"):
        out["quotes"] = [
            {**q, "speaker": None} if q.get("speaker") in dropped else q for q in record["quotes"]
        ]
    return out
