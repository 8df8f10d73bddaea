"""Store commands of the command line: ``ingest``, ``errors``, ``explain``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from communique.cli.progress import Bar, report_reason, run_options, show_progress, workers_option
from communique.documents import ReadSettings
from communique.errors import CommuniqueError, InputError
from communique.lang import Registry
from communique.store import DEFAULT_DB, Store

_DB = click.option(
    "--db",
    "db",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_DB,
    show_default=True,
    help="The store (an SQLite file; created when absent).",
)


# how long ingest waits for another writer's batch (a second ingest of the same store)
INGEST_BUSY_SECONDS = 120.0


def _open(db: Path, *, readonly: bool = True) -> Store:
    try:
        if readonly:
            return Store(db, readonly=True)
        return Store(db, busy_timeout=INGEST_BUSY_SECONDS)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command()
@click.argument("paths", nargs=-1, required=True, type=str)
@_DB
@click.option("--batch-size", type=click.IntRange(min=1), default=200, show_default=True,
              help="Documents per transaction: a crash loses at most one batch.")  # fmt: skip
@click.option("--lang", type=click.Choice(Registry().codes), default=None,
              help="Language of every input (default: detected per document).")  # fmt: skip
@click.option("--published", metavar="DATE", default=None,
              help="Publication date of every input, over its own metadata (YYYY, YYYY-MM, "
                   "YYYY-MM-DD or an ISO date-time).")  # fmt: skip
@workers_option
@run_options
def ingest(
    paths: tuple[str, ...],
    db: Path,
    batch_size: int,
    lang: str | None,
    published: str | None,
    workers: int,
    timeout: float,
    debug: bool,
    progress: bool | None,
) -> None:
    """Read PATHS (files, folders, .jsonl, .jsonl.gz, .html, Parquet, or the output folder
    of `communique batch`), extract and store them in the database.

    The records of a batch output are stored without extracting again when this version
    made them (else they are made again from the stored text); --lang and --published do
    not apply to them.

    Idempotent: documents already stored with this extractor version are skipped. Inputs
    that cannot be read or extracted (or take longer than --timeout) are recorded with the
    reason (see ``communique errors``) and do not stop the run. Ends with a summary; exit
    status 1 when anything failed.
    """
    from communique.pipeline import Communique, Settings
    from communique.store.ingest import ingest as run

    try:
        settings = ReadSettings(lang=lang, published=published)
    except InputError as exc:
        raise click.BadParameter(exc.reason, param_hint=exc.source) from exc

    def failed(where: str, reason: str, trace: str | None) -> None:
        if debug:
            report_reason(where, reason, trace, debug=True)

    with _open(db, readonly=False) as store:
        bar = Bar(show_progress(progress), "ingest")
        try:
            summary = run(
                store,
                list(paths),
                Communique(Settings(timeout=timeout or None)),
                settings,
                batch_size=batch_size,
                progress=bar,
                on_failure=failed,
                workers=workers,
            )
        except CommuniqueError as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            bar.close()
    click.echo(f"{db}: " + ", ".join(summary.lines()), err=True)
    if summary.failed:
        click.echo("see `communique errors` for the failures", err=True)
        sys.exit(1)


@click.command()
@_DB
def errors(db: Path) -> None:
    """List inputs that could not be read or extracted, with the reason."""
    with _open(db) as store:
        try:
            failures = store.failures()
        except CommuniqueError as exc:
            raise click.ClickException(str(exc)) from exc
    for f in failures:
        click.echo(f"{f.at}\t{f.source}\t{f.reason}")
    if not failures:
        click.echo("no failures recorded", err=True)


@click.command()
@click.argument("event_id", type=int)
@_DB
def explain(event_id: int, db: Path) -> None:
    """Show a merged event, every source report of it and why each report joined."""
    from communique.render import explanation

    with _open(db) as store:
        try:
            event = store.event(event_id)
        except CommuniqueError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(explanation(event))
