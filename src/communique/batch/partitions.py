"""Inputs read lazily into numbered partitions of a fixed size, in a fixed order.

The order is ``documents.read_inputs``'s (the paths as given, folders sorted, the lines or
rows of a file in order), so the same inputs and partition size always give the same
partitions: partition ``n`` holds items ``n * size`` to ``(n + 1) * size - 1``. An input that
cannot be read is an item too (a ``ReadFailure``), so it keeps its place and a rerun finds
the same partitions. Each partition has a fingerprint of what it holds (where each item was
read and its document id, a digest of the text), so a rerun can tell whether a partition
written before still matches its inputs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from communique.documents import ReadSettings, read_inputs
from communique.errors import BatchError, InputError
from communique.record import Document


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input that could not be read: where (file, file:line) and why. A plain value, not
    the ``InputError`` itself, so that it pickles to a worker and back."""

    where: str
    reason: str


Item = Document | ReadFailure


@dataclass(slots=True)
class Partition:
    """Items ``first`` to ``first + len(items) - 1`` of a run, numbered ``number``."""

    number: int
    first: int
    items: list[Item] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return sum(1 for item in self.items if isinstance(item, Document))

    def fingerprint(self) -> str:
        """sha256 of where each item was read and what it holds (hex)."""
        digest = hashlib.sha256()
        for item in self.items:
            if isinstance(item, Document):
                digest.update(f"d\t{item.origin}\t{item.id}\n".encode())
            else:
                digest.update(f"e\t{item.where}\t{item.reason}\n".encode())
        return digest.hexdigest()


def partitions(paths: Sequence[str], settings: ReadSettings, size: int) -> Iterator[Partition]:
    """The partitions of ``paths``, read as they are asked for (one partition in memory)."""
    if size < 1:
        raise BatchError(f"--partition-size must be at least 1, not {size}")
    if "-" in paths:
        raise BatchError("standard input (-) cannot be read in batch: a rerun could not read it")
    number, first = 0, 0
    current: list[Item] = []
    for item in read_inputs(list(paths), settings):
        current.append(
            ReadFailure(item.source, item.reason) if isinstance(item, InputError) else item
        )
        if len(current) == size:
            yield Partition(number, first, current)
            number, first, current = number + 1, first + size, []
    if current:
        yield Partition(number, first, current)
