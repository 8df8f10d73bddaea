"""``communique batch``: extraction of large collections on a Dask cluster, into Parquet."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from communique.cli.progress import report_failure, run_options, show_progress
from communique.documents import ReadSettings
from communique.errors import CommuniqueError, InputError
from communique.lang import Registry


class _PartitionBar:
    """A tqdm bar of documents done, with the partitions done beside it (or nothing)."""

    def __init__(self, enabled: bool, debug: bool) -> None:
        self._bar: Any = None
        self._debug = debug
        self._done = 0
        self._skipped = 0
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(unit="doc", desc="batch", file=sys.stderr)

    def partition(self, marker: Any, skipped: bool) -> None:
        self._done += 1
        self._skipped += int(skipped)
        if self._debug and not skipped:
            for where, reason in marker.failures:
                click.echo(f"communique: error: {where}: {reason}", err=True)
        if self._bar is not None:
            self._bar.set_postfix_str(
                f"partitions {self._done} ({self._skipped} already complete)", refresh=False
            )
            self._bar.update(marker.items)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


@click.command()
@click.argument("paths", nargs=-1, required=True, type=str)
@click.option("--out", "out", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Output folder of the Parquet tables (a new folder, or the folder of an "
                   "earlier run over the same inputs to resume it).")  # fmt: skip
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Address of a running Dask scheduler (e.g. tcp://host:8786); default: a "
                   "local cluster on this machine.")  # fmt: skip
@click.option("--partition-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Documents per partition: per task and per Parquet file; a kill loses at "
                   "most the partitions in flight.")  # fmt: skip
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes of the local cluster (default: one per core). Not with "
                   "--scheduler: an existing cluster has its own.")  # fmt: skip
@click.option("--lang", type=click.Choice(Registry().codes), default=None,
              help="Language of every input (default: detected per document).")  # fmt: skip
@click.option("--published", metavar="DATE", default=None,
              help="Publication date of every input, over its own metadata.")  # fmt: skip
@run_options
def batch(
    paths: tuple[str, ...],
    out: Path,
    scheduler: str | None,
    partition_size: int,
    workers: int | None,
    lang: str | None,
    published: str | None,
    timeout: float,
    debug: bool,
    progress: bool | None,
) -> None:
    """Extract PATHS (files, folders, .jsonl, .jsonl.gz, .html, .txt, Parquet files with a
    `text` column) on a Dask cluster into Parquet tables under --out.

    The inputs are read here, in a fixed order, into numbered partitions of
    --partition-size documents; each partition is extracted on a worker (each worker loads
    the language data once) and written as OUT/<table>/part-NNNNN.parquet for the tables
    documents (with the full record as JSON and the text), actors, events, participants,
    quotes, claims and errors (inputs that could not be read or extracted, or took longer
    than --timeout, with where and why). A partition's files appear atomically; a run that
    is stopped and started again with the same arguments skips complete partitions, and
    OUT/_SUCCESS marks a finished run. `communique ingest OUT` loads the output into a store.

    \b
    Without --scheduler a local cluster of --workers processes is started. To use a cluster
    you run already, give its scheduler's address:
        communique batch news/ --out out --scheduler tcp://host:8786
    Its workers need communique (the same version) installed, and OUT must be a path every
    worker can write (a shared filesystem); inputs are read here and sent with each task.
    Needs Dask: pip install 'communique[batch]'.

    Exit status 1 when any input failed (see OUT/errors/).
    """
    from communique.batch import require_dask

    if scheduler is not None and workers is not None:
        raise click.UsageError("--workers sets up a local cluster; not with --scheduler")
    try:
        require_dask()
        read = ReadSettings(lang=lang, published=published)
    except InputError as exc:
        raise click.BadParameter(exc.reason, param_hint=exc.source) from exc
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc
    from communique.batch.run import BatchSettings, run_batch

    settings = BatchSettings(
        partition_size=partition_size,
        workers=workers,
        scheduler=scheduler,
        timeout=timeout or None,
        read=read,
    )
    bar = _PartitionBar(show_progress(progress), debug)
    try:
        summary = run_batch(list(paths), out, settings, progress=bar)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc
    except Exception as exc:  # a cluster failure outside communique (connection lost)
        report_failure(str(out), exc, debug=debug)
        sys.exit(1)
    finally:
        bar.close()
    click.echo(f"{out}: " + ", ".join(summary.lines()), err=True)
    if summary.errors:
        click.echo(f"see {out / 'errors'} for the failures", err=True)
        sys.exit(1)
