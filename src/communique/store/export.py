"""The store written out for other tools (``communique export``).

``EXPORTERS`` is the one table of formats: the command line derives its ``--format`` choices
and help from it. Each exporter writes either a folder or one file (a stream):

- ``jsonl``: the contract record of every document, one a line.
- ``csv``: a folder with ``events.csv`` (one row per merged event, ``EVENT_COLUMNS``, the same
  layout as ``communique query --format csv``) and ``participants.csv`` (one row per event and
  participant, with the role the event's reports give).
- ``parquet``: the same two tables as ``events.parquet`` and ``participants.parquet``, with
  Arrow types: lists and structs where the CSV joins with ";", dates as strings since they can
  be partial (``communique.store.export_parquet``).
- ``plover``: one PLOVER JSON record a line per merged event (fields of the PLOVER manual,
  "Data Fields"; ``schemas/plover.schema.json``; ``communique.store.plover``). An event without
  an event date takes the story date, the publication date of its earliest source, and says so
  (``"date_source": "publication"``); an event with neither is left out, and the summary's
  notes count them.
- ``dyadic``: one CSV row per ordered pair of participants of an event, with its CAMEO code,
  root code, quad class and Goldstein score, for GDELT/ICEWS-style tools.
- ``graphml``: who met whom: actors as nodes, an edge between two actors weighted by the number
  of merged events (that took place) they both attended; for Gephi and networkx.

No export holds an actor whose name is an event name ("G7 Foreign Ministers Meeting"): see
``communique.store.event_names``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, ClassVar
from xml.sax.saxutils import escape, quoteattr

from communique.codes import (
    CONSULT_CAMEO_BY_MODE,
    HOST_CAMEO,
    ActorCodes,
    goldstein,
    quad_class,
    status_codes,
)
from communique.errors import CommuniqueError
from communique.store.event_names import (
    EventNames,
    event_name_actors,
    exported_events,
    record_without_event_names,
)
from communique.store.export_parquet import write_parquet
from communique.store.plover import (
    NO_PARTICIPANT,
    LeftOut,
    hosts_split,
    plover_date,
    plover_of,
    plover_record,
)
from communique.store.query import EventRow, connection

if TYPE_CHECKING:
    from communique.store.database import Store

EVENT_COLUMNS = (
    "event_id", "kind", "status", "date_start", "date_end", "location", "country", "lat", "lon",
    "name", "topics", "cameo", "n_sources", "planned_event_id", "participants", "affiliations",
    "sources",
)  # fmt: skip
PARTICIPANT_COLUMNS = (
    "event_id", "actor_id", "name", "kind", "affiliation", "role_class", "title",
)  # fmt: skip
DYADIC_COLUMNS = (
    "event_id", "date", "date_end", "status", "kind",
    "actor1_id", "actor1_name", "actor1_code", "actor1_role",
    "actor2_id", "actor2_name", "actor2_code", "actor2_role",
    "event_code", "event_base_code", "event_root_code", "quad_class", "goldstein_scale",
    "num_sources", "location", "location_country", "lat", "lon",
)  # fmt: skip


class ExportError(CommuniqueError):
    """An export cannot be written (unknown format, unwritable target, unreadable store)."""


@dataclass(frozen=True, slots=True)
class Written:
    """What a stream exporter wrote: rows, and events it left out (and why)."""

    rows: int
    skipped: int = 0
    notes: tuple[str, ...] = ()


@dataclass(slots=True)
class ExportSummary:
    format: str
    written: dict[str, int] = field(default_factory=dict)  # path -> rows
    skipped: int = 0  # events left out (PLOVER: no date at all, or no participant)
    notes: list[str] = field(default_factory=list)


def dyadic_rows(conn: sqlite3.Connection, ev: EventRow, codes: ActorCodes) -> Iterator[list[Any]]:
    """One row per ordered pair of distinct participants; a host towards a visitor is 043."""
    cameo = ev.cameo or status_codes(ev.status)[1]
    split = (
        hosts_split(ev, plover_of(conn, ev)[1]) if cameo == CONSULT_CAMEO_BY_MODE["visit"] else None
    )
    hosts = {p.actor_id for p in split[1]} if split else set()
    for a in ev.participants:
        for b in ev.participants:
            if a.actor_id == b.actor_id:
                continue
            code = HOST_CAMEO if a.actor_id in hosts and b.actor_id not in hosts else cameo
            yield [
                ev.id, ev.date_start, ev.date_end, ev.status, ev.kind,
                a.actor_id, a.name, codes.code(a.affiliation), a.role_class,
                b.actor_id, b.name, codes.code(b.affiliation), b.role_class,
                code, code[:3], code[:2], quad_class(code), goldstein(code),
                ev.n_sources, ev.location, ev.country, ev.lat, ev.lon,
            ]  # fmt: skip


def event_table_row(ev: EventRow) -> list[Any]:
    return [
        ev.id, ev.kind, ev.status, ev.date_start, ev.date_end, ev.location, ev.country, ev.lat,
        ev.lon, ev.name, ";".join(ev.topics), ev.cameo, ev.n_sources, ev.planned_event_id,
        ";".join(p.name for p in ev.participants),
        ";".join(p.affiliation or "" for p in ev.participants),
        ";".join(s.doc_id for s in ev.sources),
    ]  # fmt: skip


def participant_table_rows(ev: EventRow) -> Iterator[list[Any]]:
    for p in ev.participants:
        yield [ev.id, p.actor_id, p.name, p.kind, p.affiliation, p.role_class, p.title]


def events_csv(rows: Iterable[EventRow]) -> str:
    """Events as CSV text in the layout of ``events.csv`` (``communique query --format csv``)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(EVENT_COLUMNS)
    w.writerows(event_table_row(ev) for ev in rows)
    return buf.getvalue()


def write_jsonl(conn: sqlite3.Connection, fh: IO[str]) -> Written:
    names, n = EventNames.load(), 0
    for (record,) in conn.execute("SELECT record FROM documents ORDER BY rowid"):
        kept = record_without_event_names(json.loads(record), names)
        fh.write(json.dumps(kept, ensure_ascii=False) + "\n")
        n += 1
    return Written(n)


def write_plover(conn: sqlite3.Connection, fh: IO[str]) -> Written:
    """One record a line per event; an event without an event date takes the publication date
    of its earliest source (``date_source``); events with neither are counted as skipped."""
    codes, today = ActorCodes.load(), dt.date.today().isoformat()
    n = 0
    by_source: Counter[str] = Counter()
    left_out: Counter[str] = Counter()
    for ev in exported_events(conn):
        when = plover_date(ev) if ev.participants else LeftOut(NO_PARTICIPANT)
        if isinstance(when, LeftOut):
            left_out[when.reason] += 1
            continue
        by_source[when.source] += 1
        fh.write(json.dumps(plover_record(conn, ev, codes, today, when), ensure_ascii=False))
        fh.write("\n")
        n += 1
    notes: list[str] = []
    if by_source["publication"]:
        notes.append(
            f"{by_source['publication']} of {n} records dated by the publication date of the "
            "event's earliest source, for want of an event date (date_source: publication)"
        )
    skipped = sum(left_out.values())
    notes.append(
        f"{skipped} event{'' if skipped == 1 else 's'} left out: "
        + "; ".join(f"{k} {why}" for why, k in sorted(left_out.items()))
        if skipped
        else "0 events left out: every event has a date (its own or its story date) and an actor"
    )
    return Written(n, skipped, tuple(notes))


def write_dyadic(conn: sqlite3.Connection, fh: IO[str]) -> Written:
    codes = ActorCodes.load()
    w = csv.writer(fh)
    w.writerow(DYADIC_COLUMNS)
    n = 0
    for ev in exported_events(conn):
        for row in dyadic_rows(conn, ev, codes):
            w.writerow(row)
            n += 1
    return Written(n)


def write_graphml(conn: sqlite3.Connection, fh: IO[str], status: str = "occurred") -> Written:
    """Actors who attended at least one event of ``status`` with someone else, and edges
    weighted by the number of such events they shared. Returns the number of edges."""
    weights: Counter[tuple[int, int]] = Counter()
    cur = conn.execute(
        "SELECT a.actor_id, b.actor_id, count(*) FROM event_participants a"
        " JOIN event_participants b ON b.event_id = a.event_id AND a.actor_id < b.actor_id"
        " JOIN events e ON e.id = a.event_id WHERE e.status = ? GROUP BY 1, 2",
        (status,),
    )
    excluded = event_name_actors(conn, EventNames.load())
    for a, b, n in cur:
        if int(a) not in excluded and int(b) not in excluded:
            weights[(int(a), int(b))] = int(n)
    nodes = sorted({x for pair in weights for x in pair})
    fh.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    fh.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for key, target, name, kind in (
        ("d0", "node", "name", "string"),
        ("d1", "node", "kind", "string"),
        ("d2", "node", "affiliation", "string"),
        ("d3", "edge", "weight", "int"),
    ):
        fh.write(f'<key id="{key}" for="{target}" attr.name="{name}" attr.type="{kind}"/>\n')
    fh.write('<graph id="communique" edgedefault="undirected">\n')
    for i in range(0, len(nodes), 500):
        chunk = nodes[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for aid, name, kind, aff in conn.execute(
            f"SELECT id, name, kind, affiliation FROM actors WHERE id IN ({marks}) ORDER BY id",
            chunk,
        ):
            fh.write(f'<node id="a{aid}"><data key="d0">{escape(name)}</data>')
            fh.write(f'<data key="d1">{escape(kind)}</data>')
            if aff:
                fh.write(f'<data key="d2">{escape(aff)}</data>')
            fh.write("</node>\n")
    for (a, b), n in sorted(weights.items()):
        fh.write(f"<edge source={quoteattr(f'a{a}')} target={quoteattr(f'a{b}')}>")
        fh.write(f'<data key="d3">{n}</data></edge>\n')
    fh.write("</graph>\n</graphml>\n")
    return Written(len(weights))


def write_csv_tables(conn: sqlite3.Connection, folder: Path) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    counts = {"events.csv": 0, "participants.csv": 0}
    with (
        (folder / "events.csv").open("w", encoding="utf-8", newline="") as fe,
        (folder / "participants.csv").open("w", encoding="utf-8", newline="") as fp,
    ):
        we, wp = csv.writer(fe), csv.writer(fp)
        we.writerow(EVENT_COLUMNS)
        wp.writerow(PARTICIPANT_COLUMNS)
        for ev in exported_events(conn):
            we.writerow(event_table_row(ev))
            counts["events.csv"] += 1
            for row in participant_table_rows(ev):
                wp.writerow(row)
                counts["participants.csv"] += 1
    return {str(folder / k): v for k, v in counts.items()}


StreamWriter = Callable[[sqlite3.Connection, IO[str]], Written]
FolderWriter = Callable[[sqlite3.Connection, Path], dict[str, int]]  # path -> rows


@dataclass(frozen=True, slots=True)
class StreamExporter:
    """A format written as one file or to standard output."""

    name: str
    write: StreamWriter
    description: str
    folder: ClassVar[bool] = False


@dataclass(frozen=True, slots=True)
class FolderExporter:
    """A format written as several files in a folder."""

    name: str
    write: FolderWriter
    description: str
    folder: ClassVar[bool] = True


Exporter = StreamExporter | FolderExporter
EXPORTERS: Mapping[str, Exporter] = {
    e.name: e
    for e in (
        StreamExporter("jsonl", write_jsonl, "the contract record of every document, one a line"),
        FolderExporter("csv", write_csv_tables, "events.csv and participants.csv in a folder"),
        FolderExporter(
            "parquet", write_parquet, "events.parquet and participants.parquet in a folder"
        ),
        StreamExporter(
            "plover", write_plover, "PLOVER JSON lines, one per event (or its story date)"
        ),
        StreamExporter("dyadic", write_dyadic, "CSV of actor pairs with CAMEO and Goldstein"),
        StreamExporter("graphml", write_graphml, "who-met-whom network (GraphML)"),
    )
}
FORMATS = tuple(EXPORTERS)
FOLDER_FORMATS = frozenset(name for name, e in EXPORTERS.items() if e.folder)


def formats_help() -> str:
    """One line per format: its name and what it writes (for ``--format`` help)."""
    return "; ".join(f"{e.name}: {e.description}" for e in EXPORTERS.values()) + "."


def exporter(fmt: str) -> Exporter:
    try:
        return EXPORTERS[fmt]
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}") from None


def export_stream(
    store: Store | sqlite3.Connection, fmt: str, fh: IO[str], name: str
) -> ExportSummary:
    """Write a single-file format (jsonl, plover, dyadic, graphml) to an open text stream."""
    chosen = exporter(fmt)
    if not isinstance(chosen, StreamExporter):
        raise ExportError(f"{fmt!r} is not a single-file format; give a folder")
    try:
        written = chosen.write(connection(store), fh)
    except sqlite3.Error as exc:
        raise ExportError(f"the store cannot be read: {exc}") from exc
    return ExportSummary(fmt, {name: written.rows}, written.skipped, list(written.notes))


def export(store: Store | sqlite3.Connection, fmt: str, out: Path) -> ExportSummary:
    """Write the store in ``fmt`` to ``out`` (a folder for csv and parquet, else a file)."""
    chosen = exporter(fmt)
    try:
        if isinstance(chosen, FolderExporter):
            if out.exists() and not out.is_dir():
                raise ExportError(f"{out}: {fmt} export writes a folder, and this is a file")
            return ExportSummary(fmt, chosen.write(connection(store), out))
        if out.is_dir():
            raise ExportError(f"{out}: is a folder; {fmt} export writes one file")
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8", newline="") as fh:
            return export_stream(store, fmt, fh, str(out))
    except OSError as exc:
        raise ExportError(f"{out}: cannot write: {exc.strerror or exc}") from exc
    except sqlite3.Error as exc:
        raise ExportError(f"the store cannot be read: {exc}") from exc
