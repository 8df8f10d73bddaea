"""A time budget for one document, checked between stages and inside their loops.

Extraction is linear in the length of a text, but an archive can still hold a page that
takes far longer than its size suggests; a ``Deadline`` turns that into one failed document
(``ExtractionTimeout``) instead of a stalled run. Each check also reports the stage reached to
an optional callback, so that a progress display can show that a long document is alive.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from communique.errors import ExtractionTimeout

# the budget of a document: this many seconds per 100 KB of text, never less than the floor
DEFAULT_SECONDS_PER_100KB = 5.0
MIN_BUDGET_SECONDS = 5.0


@dataclass(slots=True)
class Deadline:
    """``budget`` seconds from creation (None: no limit); ``on_stage`` hears each stage."""

    budget: float | None = None
    on_stage: Callable[[str], None] | None = None
    started: float = field(default_factory=time.monotonic)

    @classmethod
    def for_text(
        cls,
        chars: int,
        seconds_per_100kb: float | None,
        on_stage: Callable[[str], None] | None = None,
    ) -> Deadline:
        """The budget of a text of ``chars`` characters (None or 0: unlimited)."""
        if not seconds_per_100kb:
            return cls(None, on_stage)
        budget = max(MIN_BUDGET_SECONDS, seconds_per_100kb * chars / 100_000)
        return cls(budget, on_stage)

    def allow(self, seconds: float) -> None:
        """Add ``seconds`` to the budget: time spent on no document's work (loading a
        language's resources once)."""
        if self.budget is not None:
            self.budget += seconds

    def check(self, stage: str) -> None:
        """Raise ``ExtractionTimeout`` when the budget is spent."""
        if self.on_stage is not None:
            self.on_stage(stage)
        if self.budget is not None and time.monotonic() - self.started > self.budget:
            raise ExtractionTimeout(
                f"timed out after {self.budget:.0f} s in stage {stage!r} "
                "(raise --timeout, or 0 for no limit)"
            )

    def elapsed(self) -> float:
        return time.monotonic() - self.started
