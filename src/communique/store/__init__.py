"""The store: records of many documents in one SQLite file, merged across documents.

``database`` (schema, migrations, transactions), ``ingest`` (documents in), ``identity``
(actors across documents), ``merging`` (events across documents), ``query`` and ``export``
(events out).
"""

from __future__ import annotations

from communique.store.database import DEFAULT_DB, Store
from communique.store.read import NotFoundError

__all__ = ["DEFAULT_DB", "NotFoundError", "Store"]
