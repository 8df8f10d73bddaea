"""Shared fixtures: where ``/work/shared`` is, and one ``Communique`` for the whole test run.

Loading the language data and knowledge base takes seconds; tests that extract share the
session-scoped ``engine`` so that it happens once per run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from communique.pipeline import Communique

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``/work/shared`` (``../shared`` next to the repository); skips when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared folder absent: {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def corpora_dir(shared_dir: Path) -> Path:
    """The shared text collections; skips when they are absent."""
    root = shared_dir / "corpora"
    if not root.is_dir():
        pytest.skip(f"shared corpora absent: {root}")
    return root


@pytest.fixture(scope="session")
def engine() -> Communique:
    """One extractor for the whole run (its data loads on first use of each language)."""
    return Communique()


# a person's name -> (affiliation, the knowledge source that gave it, "" for the text)
Affiliations = Callable[[str, str], dict[str, tuple[str | None, str]]]


@pytest.fixture(scope="session")
def affiliations(engine: Communique) -> Affiliations:
    """The people a text names, by name: their affiliation and where it came from (the
    actor's ``inferred`` source, "" where the text states it)."""

    def of(text: str, lang: str) -> dict[str, tuple[str | None, str]]:
        record = engine.extract(text, lang=lang)
        return {
            a.name: (a.affiliation, a.inferred.get("affiliation", ""))
            for a in record.actors
            if a.kind == "person"
        }

    return of
