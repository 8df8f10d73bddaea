"""``communique query`` and ``communique export``: thin shells over ``query`` and ``export``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import click

from communique.errors import CommuniqueError
from communique.render import events_table
from communique.store import DEFAULT_DB, Store
from communique.store.export import (
    FOLDER_FORMATS,
    FORMATS,
    events_csv,
    export,
    export_stream,
    formats_help,
)
from communique.store.filters import Codes
from communique.store.query import EventQuery, QueryError, check_date


def open_existing(db: Path) -> Store:
    """The store at ``db`` opened read-only; queries never create, migrate or change one."""
    try:
        return Store(db, readonly=True)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    option = f"--{param.name}".replace("date_", "")
    try:
        return check_date(value, option)
    except QueryError as exc:
        raise click.BadParameter(str(exc).removeprefix(f"{option} ")) from exc


def _codes(ctx: click.Context) -> Codes:
    """The state and organisation codes, read once per command."""
    found = ctx.meta.get("communique.codes")
    if not isinstance(found, Codes):
        found = ctx.meta["communique.codes"] = Codes.load()
    return found


def _mapped(kind: str) -> Callable[[click.Context, click.Parameter, str | None], str | None]:
    def callback(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is None:
            return None
        codes = _codes(ctx)
        try:
            mapped = codes.country(value) if kind == "country" else codes.organization(value)
        except QueryError as exc:
            raise click.BadParameter(str(exc).removeprefix(f"--{param.name} ")) from exc
        if mapped.note:
            click.echo(f"communique: {mapped.note}", err=True)
        return mapped.code

    return callback


def _dyad(
    ctx: click.Context, param: click.Parameter, value: tuple[str, str] | None
) -> tuple[str, str] | None:
    if not value:
        return None
    sides = []
    for side in value:
        mapped = _codes(ctx).side(side)
        if mapped.note:
            click.echo(f"communique: {mapped.note}", err=True)
        sides.append(mapped.code)
    return sides[0], sides[1]


DB_OPTION = click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_DB,
    show_default=True,
    help="The store (written by `communique ingest`).",
)


@click.command(name="query")
@DB_OPTION
@click.option(
    "--actor",
    "actors",
    multiple=True,
    metavar="NAME",
    help="A participant, in any spelling seen (repeat: all must take part).",
)
@click.option(
    "--country",
    metavar="STATE",
    callback=_mapped("country"),
    help="A participant affiliated with this state: ISO3 code (KAZ), or a code or name "
    "that maps to one (KZ, Kazakhstan, Kasachstan; a note says so).",
)
@click.option(
    "--org",
    metavar="CODE",
    callback=_mapped("org"),
    help="A participant of this organisation: its code (EU, OSCE, ...) or name.",
)
@click.option(
    "--dyad",
    nargs=2,
    metavar="A B",
    default=None,
    callback=_dyad,
    help="One participant matching each side (name, ISO3 or organisation code; a "
    "state's name is read as its code).",
)
@click.option("--kind", type=click.Choice(["meeting", "call", "conference"]))
@click.option("--status", type=click.Choice(["occurred", "planned", "cancelled", "denied"]))
@click.option("--topic", metavar="T", help="A PLOVER context (economic, military, ...).")
@click.option(
    "--from",
    "date_from",
    metavar="DATE",
    callback=_date,
    help="Events ending on or after this date (YYYY[-MM[-DD]]).",
)
@click.option(
    "--to",
    "date_to",
    metavar="DATE",
    callback=_date,
    help="Events starting on or before this date (YYYY[-MM[-DD]]).",
)
@click.option("--text", metavar="FTS", help="Full-text query over the source documents.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=100, show_default=True)
def query_command(
    db: Path,
    actors: tuple[str, ...],
    country: str | None,
    org: str | None,
    dyad: tuple[str, str] | None,
    kind: str | None,
    status: str | None,
    topic: str | None,
    date_from: str | None,
    date_to: str | None,
    text: str | None,
    fmt: str,
    limit: int,
) -> None:
    """Merged events in the store matching every filter given, newest first."""
    q = EventQuery(
        actors=actors, country=country, org=org, dyad=dyad or None, kind=kind, status=status,
        topic=topic, date_from=date_from, date_to=date_to, text=text, limit=limit,
    )  # fmt: skip
    try:
        q.check()
    except QueryError as exc:
        raise click.UsageError(str(exc)) from exc
    store = open_existing(db)
    try:
        rows = store.events(q)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(events_csv(rows), nl=False)
    else:
        click.echo(events_table(rows))


@click.command(name="export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    required=True,
    help=formats_help(),
)
@DB_OPTION
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="File (or folder for csv and parquet); default: standard output.",
)
def export_command(fmt: str, db: Path, output: Path | None) -> None:
    """Write the whole store in one of the export formats."""
    if output is None and fmt in FOLDER_FORMATS:
        raise click.UsageError(f"--format {fmt} writes a folder: give it with -o")
    store = open_existing(db)
    try:
        if output is None or str(output) == "-":
            summary = export_stream(store, fmt, sys.stdout, "<stdout>")
        else:
            summary = export(store, fmt, output)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    for path, n in summary.written.items():
        click.echo(f"communique: {fmt}: {n} rows -> {path}", err=True)
    for note in summary.notes:
        click.echo(f"communique: {fmt}: {note}", err=True)
