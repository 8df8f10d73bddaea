"""``communique batch``: extraction of large collections on a Dask cluster, into Parquet.

- ``partitions``: inputs read lazily, in a fixed order, into numbered partitions;
- ``worker``: the extraction of one partition (plain Python, no Dask);
- ``tables``: records and failures of a partition as Arrow tables;
- ``layout``: the output folder (tables, per-partition markers, atomic commits);
- ``reading``: a finished output read back for ``communique ingest``;
- ``run``: the Dask driver and the per-worker engine (the only module that imports Dask).

Importing this package never imports Dask; ``require_dask`` says what to install when it is
missing.
"""

from __future__ import annotations

import importlib.util

from communique.errors import BatchError

INSTALL_HINT = "pip install 'communique[batch]'"


def require_dask() -> None:
    """Raise ``BatchError`` naming the extra to install when dask.distributed is missing."""
    for module in ("dask", "distributed"):
        if importlib.util.find_spec(module) is None:
            raise BatchError(
                f"communique batch needs Dask ({module!r} is not installed): {INSTALL_HINT}"
            )


__all__ = ["INSTALL_HINT", "require_dask"]
