"""Position indexes: mentions sorted by offset, found by bisection instead of scans.

Stages ask "which mentions start inside this sentence?", "does anything cover this token?";
answering by scanning every mention of the document makes a document's time grow with the
square of its length. A ``SpanIndex`` answers in logarithmic time plus the size of the answer.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, Protocol, TypeVar


class HasSpan(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=HasSpan)


class SpanIndex(Generic[T]):
    """Items with ``start``/``end`` sorted by start (stable: equal starts keep their order)."""

    __slots__ = ("items", "_starts", "_longest")

    def __init__(self, items: Iterable[T]) -> None:
        self.items: tuple[T, ...] = tuple(sorted(items, key=lambda x: x.start))
        self._starts = [x.start for x in self.items]
        self._longest = max((x.end - x.start for x in self.items), default=0)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def starting_in(self, lo: int, hi: int) -> Sequence[T]:
        """Items whose start lies in ``[lo, hi)``, in order."""
        i = bisect.bisect_left(self._starts, lo)
        j = bisect.bisect_left(self._starts, hi)
        return self.items[i:j]

    def overlapping(self, lo: int, hi: int) -> list[T]:
        """Items that share at least one character with ``[lo, hi)``."""
        return [x for x in self.starting_in(lo - self._longest, hi) if x.end > lo]

    def covering(self, lo: int, hi: int) -> list[T]:
        """Items that contain all of ``[lo, hi)``."""
        return [x for x in self.starting_in(lo - self._longest, lo + 1) if x.end >= hi]

    def last_before(self, pos: int) -> T | None:
        """The item starting last before ``pos``."""
        i = bisect.bisect_left(self._starts, pos)
        return self.items[i - 1] if i else None


class IntervalSet:
    """Plain ``(start, end)`` pairs, asked whether anything overlaps or covers a range."""

    __slots__ = ("_spans", "_starts", "_longest")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._longest = max((e - s for s, e in self._spans), default=0)

    def _near(self, lo: int, hi: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self._starts, lo - self._longest)
        j = bisect.bisect_left(self._starts, hi)
        return self._spans[i:j]

    def overlaps(self, lo: int, hi: int) -> bool:
        return any(e > lo for _, e in self._near(lo, hi))

    def covers(self, lo: int, hi: int) -> bool:
        return any(s <= lo and hi <= e for s, e in self._near(lo, lo + 1))

    def covering(self, pos: int) -> list[tuple[int, int]]:
        """The spans that hold ``pos``."""
        return [(s, e) for s, e in self._near(pos, pos + 1) if s <= pos < e]
