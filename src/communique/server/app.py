"""The application: the API routers, the dashboard's static files, error handling and limits.

``create_app(settings)`` builds one FastAPI application over one store; ``communique serve``
runs it with uvicorn. Nothing here writes SQL or opens a file a request names.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources as importlib_resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from communique import __version__
from communique.server import errors
from communique.server.limits import BodyLimit
from communique.server.routes import router as read_router
from communique.server.routes_write import router as write_router
from communique.server.settings import Resources, ServerSettings

DESCRIPTION = (
    "Diplomatic events (who met whom, where, when, about what) extracted from press releases "
    "and news, every field traceable to a span of its source text. Read-only unless the "
    "server was started with `--allow-ingest`."
)


def static_dir() -> Path:
    return Path(str(importlib_resources.files("communique.server") / "static"))


SETTINGS_VARIABLE = "COMMUNIQUE_SERVE_SETTINGS"


def create_app_from_environment() -> FastAPI:
    """The application of the settings ``communique serve --workers N`` hands to each worker
    process (as JSON in ``COMMUNIQUE_SERVE_SETTINGS``; the token stays in its own variable)."""
    return create_app(ServerSettings.from_json(os.environ[SETTINGS_VARIABLE]))


def create_app(settings: ServerSettings) -> FastAPI:
    """The application over ``settings.db``; the store must exist unless ingest is allowed
    (then it is created on start)."""
    if settings.allow_ingest:
        settings_store = Resources(settings).writer()  # create or migrate it once, now
        settings_store.close()
    resources = Resources(settings)
    resources.reader()  # fail now, not on the first request, when the store cannot be read

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        resources.close()

    app = FastAPI(
        title="communique",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.resources = resources
    errors.install(app)
    app.include_router(read_router)
    app.include_router(write_router)
    app.add_middleware(BodyLimit, limit=settings.max_body)
    if settings.dashboard:
        static = static_dir()
        if static.is_dir():
            app.mount("/static", StaticFiles(directory=static), name="static")
            index = static / "index.html"

            @app.get("/", include_in_schema=False)
            def dashboard() -> FileResponse:
                return FileResponse(index)

    return app
