"""What a caller of the library may choose; everything else has a sensible default."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from communique.lang import PACKAGE_ROOT


@dataclass(frozen=True, slots=True)
class Settings:
    """Settings of one ``Communique``: where its data lives, caches, the time budget."""

    lang_root: Path = PACKAGE_ROOT  # the folder of language packs (lang/<code>/)
    kb_root: Path | None = None  # the knowledge base folder (None: the package's own)
    hanta_cache_size: int = 200_000  # words whose part-of-speech guess is kept
    timeout: float | None = None  # time budget of a document, seconds per 100 KB (None: none)
