"""The command line: a thin shell over the library (``communique --help``).

One module per group of commands: ``extract`` (extract, eval), ``store`` (ingest, errors,
explain), ``query`` (query, export), ``serve`` (the HTTP API and dashboard), ``batch``
(batch: a Dask cluster into Parquet).
"""

from __future__ import annotations

import click

from communique import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="communique")
def main() -> None:
    """communique: diplomatic events (who met whom, where, when, about what) from press
    releases and news in German, English and Russian, with the source span of every fact."""


from communique.cli import batch as _batch  # noqa: E402
from communique.cli import extract as _extract  # noqa: E402
from communique.cli import query as _query  # noqa: E402
from communique.cli import serve as _serve  # noqa: E402
from communique.cli import store as _store  # noqa: E402

for _command in (
    _extract.extract,
    _extract.evaluate,
    _store.ingest,
    _store.errors,
    _store.explain,
    _query.query_command,
    _query.export_command,
    _batch.batch,
    _serve.serve,
):
    main.add_command(_command)
