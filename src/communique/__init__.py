"""communique: diplomatic events from press releases and news, with a span for every fact.

>>> import communique
>>> record = communique.extract(text, lang="de", published="2025-02-17")
>>> record.to_dict()  # the contract's JSON (../shared/CONTRACT.md)
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from communique.pipeline import Communique
    from communique.record import Record


@lru_cache(maxsize=1)
def default() -> Communique:
    """A shared ``Communique`` with default settings (its data load once per process)."""
    from communique.pipeline import Communique

    return Communique()


def extract(text: str, lang: str | None = None, published: str | None = None) -> Record:
    """Extract the record of one text; ``lang`` is "de" or "en" (detected when None)."""
    return default().extract(text, lang=lang, published=published)


__all__ = ["__version__", "default", "extract"]
