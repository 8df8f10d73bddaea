"""The HTTP API and web dashboard over a store (``communique serve``): a thin shell over
``Store``'s read API and ``Communique.extract``; see ``docs/http-api.md``."""

from __future__ import annotations

from communique.server.app import create_app
from communique.server.settings import ServerSettings

__all__ = ["ServerSettings", "create_app"]
