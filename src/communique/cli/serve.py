"""``communique serve``: the HTTP API and web dashboard over a store (``communique.server``)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from communique.errors import CommuniqueError
from communique.store import DEFAULT_DB

TOKEN_VARIABLE = "COMMUNIQUE_TOKEN"


@click.command()
@click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_DB,
    show_default=True,
    help="The store to serve (written by `communique ingest`); opened read-only unless "
    "--allow-ingest.",
)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 makes the server reachable from other "
                   "machines.")  # fmt: skip
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--allow-ingest", is_flag=True,
              help=f"Accept POST /api/documents (ingest), only with the bearer token in "
                   f"${TOKEN_VARIABLE}; the store is created when absent.")  # fmt: skip
@click.option("--max-body", type=click.IntRange(min=1), default=2_000_000, show_default=True,
              metavar="BYTES",
              help="Largest request body (a posted text or JSON Lines).")  # fmt: skip
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Server processes: more answer more requests at once (each loads the "
                   "language packs for extraction on first use).")  # fmt: skip
@click.option("--no-dashboard", is_flag=True, help="Serve the API only.")
def serve(
    db: Path,
    host: str,
    port: int,
    allow_ingest: bool,
    max_body: int,
    workers: int,
    no_dashboard: bool,
) -> None:
    """Serve a store over HTTP: a JSON API (OpenAPI description at /docs) and a web dashboard
    at / (events, actors, who met whom, map, documents with every field highlighted at its
    source span, and extraction of a pasted text). Stop with Ctrl-C."""
    import uvicorn

    from communique.server import ServerSettings, create_app

    try:
        settings = ServerSettings(
            db=db,
            allow_ingest=allow_ingest,
            token=os.environ.get(TOKEN_VARIABLE) or None,
            max_body=max_body,
            dashboard=not no_dashboard,
        )
        app = create_app(settings)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"communique: serving {db} at http://{host}:{port}/ (API docs at /docs)", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    from communique.server.app import SETTINGS_VARIABLE

    os.environ[SETTINGS_VARIABLE] = settings.to_json()  # read by each worker process
    uvicorn.run(
        "communique.server.app:create_app_from_environment",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="warning",
    )
